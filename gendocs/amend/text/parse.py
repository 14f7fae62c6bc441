"""Read a rule as printed in a 例規集 (plain text the user pastes) into the model.

One unit per line, leading and trailing spaces ignored::

    寒川町手数料条例                  ← 題名 (a leading ○ is dropped)
    （平成12年寒川町条例第10号）        ← 番号 (any lines before the first heading)
    目次 / 第1章　総則（第1条―第3条） ← optional 目次
    第1章　総則 / 第1節　通則          ← 章・節
    （趣旨）                          ← 見出し
    第1条　…  / 第一条　… / 第8条の2　…  ← 条 with its first 項
    第5条から第8条まで　削除          ← a range placeholder
    2　… / ２　…                      ← 項
    (1)　… / （１）　… / 一　…         ← 号 (一の二, (1)の2 for 枝番)
    ア　… / (ア)　… / イ　… / (1)　…  ← 細目 (ア・(ア) with (1) 号; イ・(1) with 一 号)
    附　則 / 附　則（令和2年条例第3号） ← 附則, then 条 or 項 (unnumbered when single)
    名称｜位置 / 本庁｜寒川町…          ← a table in the 項 above (see :mod:`.inline_tables`)
    別表第1（第3条関係）               ← 別表, then one row per line, cells split by ｜ or tabs

A line that is none of these, and 条・項・号 numbers that skip or repeat, are content errors naming
the line.

This module classifies each line and adds it to the outline, checking the numbering; the line
patterns and number readers are in :mod:`gendocs.amend.text.lines`, and the outline under
construction and its freezing into the model in :mod:`gendocs.amend.text.outline`.
"""

from __future__ import annotations

import re

from gendocs.amend.errors import content_error
from gendocs.amend.text.inline_tables import is_row_line

# The `X as X` are re-exported: other modules import them from here.
from gendocs.amend.text.lines import (
    ARTICLE,
    CAPTION,
    ITEM_KANJI,
    ITEM_PAREN,
    NUMBER_LINE,
    PARAGRAPH,
    SUB_KANA,
    SUB_PAREN_KANA,
    SUPPL,
    TOC_RANGE,
    split_cells,
)
from gendocs.amend.text.lines import (
    CELL as CELL,
)
from gendocs.amend.text.lines import (
    DIVISION as DIVISION,
)
from gendocs.amend.text.lines import (
    TABLE as TABLE,
)
from gendocs.amend.text.lines import (
    read_cell_item as read_cell_item,
)
from gendocs.amend.text.lines import (
    read_num as read_num,
)
from gendocs.amend.text.lines import (
    read_number as read_number,
)
from gendocs.amend.text.model import (
    MAIN_ARTICLE,
    Division,
    Num,
    Rule,
    Table,
    Unit,
    UnitKind,
    next_number,
)
from gendocs.amend.text.outline import (
    _Article,
    _freeze_article,
    _freeze_rule,
    _Item,
    _Para,
    _Reader,
    _Sub,
    _Suppl,
)
from gendocs.amend.text.style import AIUEO, IROHA


def parse_rule_text(
    text: str,
    *,
    source: str = "<text>",
    key_path: str = "",
    allow_gaps: bool = False,
    allow_empty: bool = False,
) -> Rule:
    """Read a whole rule from 例規集 text; raise ContentError naming every bad line.

    With ``allow_empty`` a text with no 条 (only the 題名 and 番号: the new text of a rule that is
    repealed, :func:`gendocs.amend.content.read_ordinance`) is a rule without 本則 instead of an
    error."""
    reader = _Reader(source, key_path, allow_gaps)
    reader.paragraphs_only = _no_article_line(text)
    for number, raw in enumerate(text.splitlines(), start=1):
        reader.line_no = number
        _read_line(reader, raw.strip(" \t\u3000"))
    if not reader.articles and not reader.problems and not allow_empty:
        reader.fail("条が一つもありません。", "no article (第1条) found.")
    if reader.problems:
        raise content_error(reader.problems)
    return _freeze_rule(reader)


def parse_units(
    lines: list[str], kind: UnitKind, *, source: str = "<block>", item_style: str | None = None
) -> tuple[Unit, ...]:
    """Read a block of 条, 項, 号 or 細目 lines (new text in an 改め文) without numbering from 1.

    ``item_style`` ("kanji" or "paren") tells how 細目 are labelled when no 号 line shows it.
    """
    reader = _Reader(
        source, "", allow_gaps=True, free_start=True, area="body", item_style=item_style
    )
    if kind != "article":
        reader.articles.append(_Article((0,), None, None, ()))
    if kind in ("item", "subitem"):
        reader.articles[0].paragraphs.append(_Para(1, ""))
    if kind == "subitem":
        reader.articles[0].paragraphs[0].items.append(_Item((0,), ""))
    for offset, raw in enumerate(lines, start=1):
        reader.line_no = offset
        line = raw.strip(" \t\u3000")
        if (
            kind == "paragraph"
            and line
            and not reader.articles[0].paragraphs
            and not _is_labelled(line)
            and not CAPTION.match(line)
        ):
            reader.articles[0].paragraphs.append(_Para(1, line))
            continue
        _read_line(reader, line)
    if reader.problems:
        raise content_error(reader.problems)
    articles = tuple(_freeze_article(a) for a in reader.articles)
    if kind == "article":
        return articles
    if kind == "paragraph":
        return articles[0].paragraphs
    if kind == "subitem":
        return articles[0].paragraphs[0].items[0].subitems
    return articles[0].paragraphs[0].items


def _is_labelled(line: str) -> bool:
    return any(p.match(line) for p in (PARAGRAPH, ITEM_PAREN, ITEM_KANJI, SUB_KANA, SUB_PAREN_KANA))


def _read_line(reader: _Reader, line: str) -> None:
    if not line:
        return
    if reader.area == "preface":
        if line == "目次":
            reader.area = "toc"
            return
        if reader.paragraphs_only and reader.preface and _starts_paragraph_rule(line):
            reader.area = "body"
            _start_main(reader, line)
            return
        if not _is_structure(line) or NUMBER_LINE.match(line):
            reader.preface.append(line)
            return
        reader.area = "body"
    if reader.area == "toc":
        # The 目次 ends where its first entry comes back as the first heading of the body.
        repeated = bool(reader.toc) and _toc_key(line) == _toc_key(reader.toc[0])
        if not repeated and not ARTICLE.match(line) and not CAPTION.match(line):
            reader.toc.append(line)
            return
        reader.area = "body"
    _read_structure(reader, line)


def _toc_key(line: str) -> tuple[object, ...]:
    line = TOC_RANGE.sub("", line).strip(" \u3000")
    if (m := DIVISION.match(line)) is not None:
        return (m.group(2), read_num(m.group(1), m.group(3)), m.group(4))
    return (line,)


def _is_structure(line: str) -> bool:
    return bool(
        ARTICLE.match(line) or DIVISION.match(line) or CAPTION.match(line) or SUPPL.match(line)
    )


def _read_structure(reader: _Reader, line: str) -> None:
    if (m := SUPPL.match(line)) is not None:
        reader.area = "suppl"
        reader.suppls.append(_Suppl(m.group(1) or None))
        return
    if TABLE.match(line):
        _start_table(reader, line)
        return
    if reader.area == "table":
        _add_row(reader, line)
        return
    if reader.area == "body" and is_row_line(line):
        _add_table_line(reader, line)
        return
    if (m := DIVISION.match(line)) is not None and reader.area == "body":
        _start_division(reader, m)
    elif (m := CAPTION.match(line)) is not None:
        reader.caption = m.group(1)
    elif (m := ARTICLE.match(line)) is not None:
        _start_article(reader, m)
    else:
        _read_inner(reader, line)


def _read_inner(reader: _Reader, line: str) -> None:
    if (m := PARAGRAPH.match(line)) is not None:
        _add_paragraph(reader, read_number(m.group(1)), m.group(2))
    elif (m := ITEM_PAREN.match(line)) is not None:
        if reader.item_style == "kanji" and _in_subitem(reader):
            _add_subitem(reader, read_number(m.group(1)), 1, m.group(3))
        else:
            _add_item(reader, read_num(m.group(1), m.group(2)), m.group(3), "paren")
    elif (m := ITEM_KANJI.match(line)) is not None:
        _add_item(reader, read_num(m.group(1), m.group(2)), m.group(3), "kanji")
    elif (m := SUB_PAREN_KANA.match(line)) is not None:
        _add_subitem(reader, AIUEO.find(m.group(1)) + 1, 1, m.group(2))
    elif (m := SUB_KANA.match(line)) is not None:
        letters = IROHA if reader.item_style == "kanji" else AIUEO
        _add_subitem(reader, letters.find(m.group(1)) + 1, 0, m.group(2))
    elif reader.area == "body" and reader.paragraphs_only and not reader.articles:
        _start_main(reader, line)  # 「（趣旨）」 over the first 項 of a rule of 項 only
    elif (
        reader.area == "suppl"
        and not reader.suppls[-1].articles
        and not reader.suppls[-1].paragraphs
    ):
        reader.suppls[-1].paragraphs.append(_Para(1, line, caption=_suppl_caption(reader)))
    else:
        reader.fail(
            f"条・項・号として読めない行です: 「{line}」",
            f"this line is not an article, paragraph or item: {line!r}",
        )


def _start_division(reader: _Reader, m: re.Match[str]) -> None:
    number = read_num(m.group(1), m.group(3))
    if m.group(2) == "章":
        path: tuple[Num, ...] = (number,)
    elif reader.division:
        path = (reader.division[0], number)
    else:
        reader.fail("章のない節です。", "a section (節) outside any chapter (章).")
        return
    reader.division = path
    reader.divisions.append(Division(path, m.group(4)))


def _no_article_line(text: str) -> bool:
    """Tell whether a text has no 条 line before its 附則 (its 本則, if any, is of 項 only)."""
    for raw in text.splitlines():
        line = raw.strip(" \t\u3000")
        if SUPPL.match(line):
            return True
        if ARTICLE.match(line):
            return False
    return True


_DATE_LINE = re.compile(
    r"^(?:明治|大正|昭和|平成|令和)(?:元|[0-9０-９]+|[〇一二三四五六七八九十]+)年"
    r"(?:[0-9０-９]+|[〇一二三四五六七八九十]+)月(?:[0-9０-９]+|[〇一二三四五六七八九十]+)日$"
)
"""The date line a 例規集 prints under the 題名 (「平成15年3月31日」 over 「条例第2号」)."""


def _starts_paragraph_rule(line: str) -> bool:
    """Tell whether a line after the 題名 opens a 本則 of 項 only: it is no 番号 (「（令和2年寒川町
    条例第3号）」, 「平成15年3月31日」 / 「条例第2号」), heading, 条, 項 or 号, but the unnumbered
    first 項."""
    bracketed = line[:1] in "（(" and line[-1:] in "）)"
    return not (
        bracketed
        or NUMBER_LINE.match(line)
        or _DATE_LINE.match(line)
        or line == "目次"
        or _is_structure(line)
    ) and not _is_labelled(line)


def _start_main(reader: _Reader, text: str) -> None:
    """Open the 本則 of a rule of 項 only (項建て) with its unnumbered first 項: it is held as one
    条 numbered :data:`MAIN_ARTICLE` and cited 「本則」."""
    article = _Article(MAIN_ARTICLE, None, None, ())
    article.paragraphs.append(_Para(1, text))
    reader.articles.append(article)
    reader.caption = None


def _start_article(reader: _Reader, m: re.Match[str]) -> None:
    number = read_num(m.group(1), m.group(2))
    through = read_num(m.group(3), m.group(4)) if m.group(3) else None
    container = reader.container
    previous = (container[-1].through or container[-1].number) if container else None
    _check_sequence(reader, previous, number, "条", start=(1,))
    division = reader.division if reader.area == "body" else ()
    article = _Article(number, through, reader.caption, division)
    article.paragraphs.append(_Para(1, m.group(5)))
    container.append(article)
    reader.caption = None


def _check_sequence(
    reader: _Reader, previous: Num | None, number: Num, unit: str, *, start: Num
) -> None:
    if previous is None:
        ok = number == start or reader.free_start or (reader.allow_gaps and unit == "条")
    elif reader.allow_gaps:
        ok = number > previous
    else:
        ok = number in next_number(previous)
    if not ok:
        shown = "の".join(str(n) for n in number)
        label = f"第{number[0]}{unit}" + "".join(f"の{n}" for n in number[1:])  # 第2条の2
        reader.fail(
            f"{label}の番号が飛んでいるか重複しています。",
            f"{unit} number {shown} skips or repeats a number.",
        )


def _add_paragraph(reader: _Reader, number: int, text: str) -> None:
    paragraphs = reader.current_paragraphs()
    if paragraphs is None:
        reader.fail("条の前に項があります。", "a paragraph appears before any article.")
        return
    caption = _suppl_caption(reader)
    if reader.area == "suppl" and not paragraphs and number == 1:
        paragraphs.append(_Para(1, text, caption=caption))
        return
    previous = paragraphs[-1].number if paragraphs else None
    _check_sequence(reader, (previous,) if previous else None, (number,), "項", start=(1,))
    paragraphs.append(_Para(number, text, caption=caption))


def _suppl_caption(reader: _Reader) -> str | None:
    # A 見出し over a 項 of a 附則 of 項 (「（施行期日）」 over 「１」) belongs to that 項; so
    # in the new text of an 改め文 (a block of 項 read with ``free_start``).
    if reader.area == "suppl":
        if reader.suppls[-1].articles:
            return None
    elif not reader.free_start:
        return None
    caption, reader.caption = reader.caption, None
    return caption


def _add_item(reader: _Reader, number: Num, text: str, style: str) -> None:
    paragraphs = reader.current_paragraphs()
    if not paragraphs:
        reader.fail("項の前に号があります。", "an item appears before any paragraph.")
        return
    reader.item_style = reader.item_style or style
    items = paragraphs[-1].items
    _check_sequence(reader, items[-1].number if items else None, number, "号", start=(1,))
    items.append(_Item(number, text))


def _in_subitem(reader: _Reader) -> bool:
    paragraphs = reader.current_paragraphs()
    return bool(paragraphs and paragraphs[-1].items and paragraphs[-1].items[-1].subitems)


def _add_subitem(reader: _Reader, number: int, depth: int, text: str) -> None:
    paragraphs = reader.current_paragraphs()
    if not paragraphs or not paragraphs[-1].items:
        reader.fail("号の前に細目があります。", "a sub-item appears before any item.")
        return
    siblings = paragraphs[-1].items[-1].subitems
    if depth == 1:
        if not siblings:
            reader.fail(
                "細目の前に細目の細分があります。", "a nested sub-item appears before any sub-item."
            )
            return
        siblings = siblings[-1].children
    _check_sequence(
        reader, (siblings[-1].number,) if siblings else None, (number,), "細目", start=(1,)
    )
    siblings.append(_Sub(number, text))


def _add_table_line(reader: _Reader, line: str) -> None:
    paragraphs = reader.current_paragraphs()
    if not paragraphs:
        reader.fail("条の前に表があります。", "a table appears before any article.")
        return
    paragraphs[-1].table.append(line)


def _start_table(reader: _Reader, line: str) -> None:
    m = TABLE.match(line)
    assert m is not None
    reader.area = "table"
    number = read_number(m.group(1)) if m.group(1) else None
    reader.tables.append(Table(number, m.group(2) or "", ()))


def _add_row(reader: _Reader, line: str) -> None:
    table = reader.tables[-1]
    row = split_cells(line)
    reader.tables[-1] = Table(table.number, table.heading, table.rows + (row,))
