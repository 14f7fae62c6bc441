"""Build the 新旧対照表 of an amendment: per 条, old and new lines side by side, changed words
underlined.

Conventions (docs/amendment-rules.md 3.2): each amended 条 is shown with its 見出し; corresponding
項・号 sit on the same row; in the 改正前 column the changed or deleted words are underlined, in the
改正後 column the new words; a moved unit has its label underlined on both sides; a new 条 shows
「（新設）」 on the old side and is underlined whole on the new side (not the spaces); a deleted one
shows 「（削る）」 on the new side. Unchanged 項・号 may be shown as 「（略）」 (a style setting).
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from itertools import zip_longest

from gendocs.amend.align.divisions import match_divisions, toc_key
from gendocs.amend.align.units import Pair, align
from gendocs.amend.errors import InexpressibleChangeError
from gendocs.amend.taishou.cells import Cell, ComparisonTable, Row, Section, Span, diff_cells
from gendocs.amend.text.inline_tables import CELL_SEPARATOR as SEPARATOR
from gendocs.amend.text.inline_tables import render_inline_table, render_rows
from gendocs.amend.text.model import (
    MAIN_ARTICLE,
    Article,
    Division,
    InlineTable,
    Item,
    Num,
    Paragraph,
    Rule,
    Subitem,
    TableRow,
    Unit,
    split_sentences,
)
from gendocs.amend.text.render import (
    SPACE,
    own_paragraph_label,
    render_division,
    render_table,
    table_heading,
)
from gendocs.amend.text.style import Style

NEW_NOTE = "（新設）"
DELETED_NOTE = "（削る）"
OMITTED = "（略）"
RANGE = "～"  # between the first and the last of a run of omitted 号
RENAMED_ROW = 0.6
"""A table row whose key changed is the same row renamed if its content is this similar."""


def build_table(old: Rule, new: Rule, style: Style) -> ComparisonTable:
    """Build the 新旧対照表 of an amendment."""
    sections: list[Section] = []
    if old.title != new.title:
        sections.append(Section("題名", (_changed_row(old.title, new.title),)))
    if old.toc != new.toc:
        # A renumbered 目次 line stands beside its old self (paired by 章名・節名, as in the
        # 改め文).
        sections.append(Section("目次", _line_rows(old.toc, new.toc, toc_key)))
    sections += _body_sections(old, new, style)
    if old.supplementary[:1] != new.supplementary[:1]:
        rows = _units_rows(_suppl_units(old), _suppl_units(new), style, "附　則")
        sections.append(Section("附則", rows))
    for before, after in zip(old.tables, new.tables, strict=True):
        if before != after:
            name = table_heading(after, style)
            sections.append(
                Section(
                    name,
                    _line_rows(
                        tuple(render_table(before, style)),
                        tuple(render_table(after, style)),
                        _first_cell,
                        by_position=False,
                    ),
                )
            )
    return ComparisonTable(style.table_caption, style.columns, tuple(sections))


DivisionRow = tuple[Division | None, Division | None, Section]


def _division_sections(old: Rule, new: Rule, style: Style) -> list[DivisionRow]:
    """Rows for the 章名・節名 that are added, deleted, moved or renamed, with the old and new
    heading."""
    olds, news = {d.path: d for d in old.divisions}, {d.path: d for d in new.divisions}
    pairs: list[tuple[Division | None, Division | None]]
    if set(olds) == set(news):
        pairs = [(olds[p], news[p]) for p in olds]
    else:
        try:
            matched = dict(match_divisions(old, new))
        except InexpressibleChangeError:
            return []
        pairs = [(olds[o], news[n]) for o, n in matched.items()]
        pairs += [(d, None) for d in olds.values() if d.path not in matched]
        pairs += [(None, d) for d in news.values() if d.path not in matched.values()]
    sections = []
    for before, after in sorted(pairs, key=_division_key):
        if before == after:
            continue
        a = render_division(before, style) if before else ""
        b = render_division(after, style) if after else ""
        row = (
            _changed_row(a, b)
            if a and b
            else Row(
                (Span(a, True),) if a else (Span(NEW_NOTE),),
                (Span(b, True),) if b else (Span(DELETED_NOTE),),
            )
        )
        sections.append((before, after, Section(_division_name(after or before, style), (row,))))
    return sections


def _division_name(division: Division | None, style: Style) -> str:
    # 「第2章」, 「第2章第1節」: a 節 is named with its 章, as in the 改め文.
    assert division is not None
    return style.division_path(division.path)


def _division_key(pair: tuple[Division | None, Division | None]) -> tuple[tuple[Num, ...], int]:
    # In the old order; a new 章 comes before the old one now numbered after it.
    division = pair[0] or pair[1]
    assert division is not None
    return division.path, 0 if pair[0] is None else 1


def _suppl_units(rule: Rule) -> tuple[Unit, ...]:
    if not rule.supplementary:
        return ()
    suppl = rule.supplementary[0]
    return suppl.articles or suppl.paragraphs


def _body_sections(old: Rule, new: Rule, style: Style) -> list[Section]:
    """The 条 that change, with each changed 章名・節名 where that 章・節 begins among them."""
    pairs = align(old.articles, new.articles)
    keyed: list[tuple[tuple[int, int, int], Section]] = []
    for index, pair in enumerate(pairs):
        if pair.old != pair.new:
            article = pair.new or pair.old
            assert isinstance(article, Article)
            rows = _unit_rows(pair.old, pair.new, style, omit=style.omit_unchanged)
            keyed.append(((index, 1, 0), Section(style.article(article.number), rows)))
    for before, after, section in _division_sections(old, new, style):
        division = after or before
        assert division is not None
        keyed.append(((_first_article(pairs, before, after), 0, len(division.path)), section))
    return [section for _, section in sorted(keyed, key=lambda k: k[0])]


def _first_article(pairs: tuple[Pair, ...], before: Division | None, after: Division | None) -> int:
    """Return the index of the first 条 (new side, else old) inside a 章・節: its heading goes above
    it."""
    for index, pair in enumerate(pairs):
        unit, division = (pair.new, after) if after is not None else (pair.old, before)
        if (
            isinstance(unit, Article)
            and division is not None
            and unit.division[: len(division.path)] == division.path
        ):
            return index
    return len(pairs)


def _units_rows(
    old: tuple[Unit, ...], new: tuple[Unit, ...], style: Style, heading: str
) -> tuple[Row, ...]:
    rows = [Row((Span(heading),), (Span(heading),))]
    # a 附則 of several 項 numbers its first 項 too (render_paragraph, docs/amendment-rules.md 2.12)
    numbered = (_several(old), _several(new))
    for pair in align(old, new):
        rows += _unit_rows(
            pair.old,
            pair.new,
            style,
            omit=style.omit_unchanged and pair.old == pair.new,
            numbered=numbered,
        )
    return tuple(rows)


def _several(units: tuple[Unit, ...]) -> bool:
    return sum(isinstance(unit, Paragraph) for unit in units) > 1


def _unit_rows(
    old: Unit | None,
    new: Unit | None,
    style: Style,
    *,
    omit: bool,
    numbered: tuple[bool, bool] = (False, False),
) -> tuple[Row, ...]:
    """Return the rows of one unit and everything inside it; ``numbered`` says, for the old and
    the new side, whether a first 項 standing alone (a 附則 of several 項) carries 「1」."""
    if old is None or new is None:
        unit = new if old is None else old
        assert unit is not None
        side = numbered[1] if old is None else numbered[0]
        cells = [_underlined_line(label, text) for label, text in _lines(unit, style, side)]
        note: Cell = (Span(NEW_NOTE if old is None else DELETED_NOTE),)
        if old is None:
            return tuple(Row(note if i == 0 else (), cell) for i, cell in enumerate(cells))
        return tuple(Row(cell, note if i == 0 else ()) for i, cell in enumerate(cells))
    if isinstance(old, Paragraph) and isinstance(new, Paragraph):
        # a 項 standing alone (附則): its 号 aligned as inside a 条, so an added 号 has its row
        return tuple(
            _paragraph_body_rows(
                old,
                new,
                own_paragraph_label(old.number, style, numbered=numbered[0]),
                own_paragraph_label(new.number, style, numbered=numbered[1]),
                style,
                omit,
                False,
            )
        )
    if isinstance(old, Item) and isinstance(new, Item):
        return tuple(_item_rows(old, new, style))
    old_lines, new_lines = _lines(old, style), _lines(new, style)
    return _paired_rows(old, new, old_lines, new_lines, style, omit)


def _paired_rows(
    old: Unit,
    new: Unit,
    old_lines: list[tuple[str, str]],
    new_lines: list[tuple[str, str]],
    style: Style,
    omit: bool,
) -> tuple[Row, ...]:
    rows: list[Row] = []
    if isinstance(old, Article) and isinstance(new, Article):
        if old.caption is not None or new.caption is not None:
            rows.append(_changed_row(_caption(old), _caption(new)))
        label_moved = old.number != new.number
        for pair in align(old.paragraphs, new.paragraphs):
            first = (pair.new or pair.old) is not None and (pair.new or pair.old).number == 1  # type: ignore[union-attr]
            rows += _paragraph_rows(
                pair.old, pair.new, style, omit, label_moved and first, old.number, new.number
            )
        return tuple(rows)
    # what is left (a 細目 against a 細目, or units of different kinds): line against line, and
    # a line one side lacks stands alone, underlined
    rows = []
    for a, b in zip_longest(old_lines, new_lines):
        if a is None or b is None:
            line = a or b
            assert line is not None
            cell = _underlined_line(*line)
            rows.append(Row((), cell) if a is None else Row(cell, ()))
        else:
            rows.append(_changed_row(a[0] + SPACE + a[1], b[0] + SPACE + b[1]))
    return tuple(rows)


def _paragraph_rows(
    old: Unit | None,
    new: Unit | None,
    style: Style,
    omit: bool,
    moved: bool,
    old_no: tuple[int, ...],
    new_no: tuple[int, ...],
) -> list[Row]:
    if old is None or new is None:
        return list(_unit_rows(old, new, style, omit=False))
    assert isinstance(old, Paragraph) and isinstance(new, Paragraph)
    old_label = (
        _first_label(old_no, style) if old.number == 1 else style.paragraph_label(old.number)
    )
    new_label = (
        _first_label(new_no, style) if new.number == 1 else style.paragraph_label(new.number)
    )
    return _paragraph_body_rows(old, new, old_label, new_label, style, omit, moved)


def _paragraph_body_rows(
    old: Paragraph,
    new: Paragraph,
    old_label: str,
    new_label: str,
    style: Style,
    omit: bool,
    moved: bool,
) -> list[Row]:
    if (
        omit
        and old.text == new.text
        and old.items == new.items
        and old.table == new.table
        and not moved
    ):
        return [Row((Span(old_label + SPACE + OMITTED),), (Span(new_label + SPACE + OMITTED),))]
    rows = [
        _labelled_row(old_label, old.text, new_label, new.text, moved or old.number != new.number)
    ]
    kept: list[Item] = []  # a run of unchanged 号 printed as one 「（略）」 row
    for pair in align(old.items, new.items):
        if omit and pair.old == pair.new:
            assert isinstance(pair.old, Item)
            kept.append(pair.old)
            continue
        rows += _omitted_items(kept, style)
        kept = []
        if pair.old is None or pair.new is None:
            rows += _unit_rows(pair.old, pair.new, style, omit=False)
            continue
        assert isinstance(pair.old, Item) and isinstance(pair.new, Item)
        rows += _item_rows(pair.old, pair.new, style)
    rows += _omitted_items(kept, style)
    # A table in the 項 is shown under it, its rows paired by key (3.2).
    if old.table is not None or new.table is not None:
        rows += _inline_table_rows(old.table, new.table, style)
    return rows


def _omitted_items(items: list[Item], style: Style) -> list[Row]:
    """Unchanged 号 of a changed 項 under ``omit_unchanged``: 「(1)　（略）」, a run of them
    「(1)～(3)　（略）」 (the national 新旧対照表's 「一～三　（略）」), on both sides."""
    if not items:
        return []
    label = style.item_label(items[0].number)
    if len(items) > 1:
        label += RANGE + style.item_label(items[-1].number)
    cell = (Span(label + SPACE + OMITTED),)
    return [Row(cell, cell)]


def _table_lines(table: InlineTable | None, style: Style) -> list[str]:
    return render_inline_table(table, style) if table is not None else []


def _item_rows(old: Item, new: Item, style: Style) -> list[Row]:
    moved = old.number != new.number
    rows = [
        _labelled_row(
            style.item_label(old.number), old.text, style.item_label(new.number), new.text, moved
        )
    ]
    old_subs, new_subs = _sub_lines(old.subitems, style, 0), _sub_lines(new.subitems, style, 0)
    for index in range(max(len(old_subs), len(new_subs))):
        a = old_subs[index] if index < len(old_subs) else None
        b = new_subs[index] if index < len(new_subs) else None
        if a is None or b is None:
            line = a or b
            assert line is not None
            cell = (_underlined_line(*line),)
            rows.append(Row((), cell[0]) if a is None else Row(cell[0], ()))
        else:
            rows.append(_labelled_row(a[0], a[1], b[0], b[1], a[0] != b[0]))
    return rows


def _lines(unit: Unit, style: Style, numbered: bool = False) -> list[tuple[str, str]]:
    """Return a unit's lines as (label, text), 見出し first."""
    if isinstance(unit, Article):
        lines = [("", f"（{unit.caption}）")] if unit.caption is not None else []
        for paragraph in unit.paragraphs:
            label = (
                _first_label(unit.number, style)
                if paragraph.number == 1
                else style.paragraph_label(paragraph.number)
            )
            lines += [(label, paragraph.text)] + _item_lines(paragraph.items, style)
            lines += [("", line) for line in _table_lines(paragraph.table, style)]
        return lines
    if isinstance(unit, Paragraph):
        table = [("", line) for line in _table_lines(unit.table, style)]
        return (
            [(own_paragraph_label(unit.number, style, numbered=numbered), unit.text)]
            + _item_lines(unit.items, style)
            + table
        )
    if isinstance(unit, Subitem):
        return _sub_lines((unit,), style, 0)
    return _item_lines((unit,), style)


def _item_lines(items: tuple[Item, ...], style: Style) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for item in items:
        lines.append((style.item_label(item.number), item.text))
        lines += _sub_lines(item.subitems, style, 0)
    return lines


def _sub_lines(subitems: tuple[Subitem, ...], style: Style, depth: int) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for sub in subitems:
        lines.append((style.subitem_label(sub.number, depth), sub.text))
        lines += _sub_lines(sub.children, style, depth + 1)
    return lines


def _caption(article: Article) -> str:
    return f"（{article.caption}）" if article.caption is not None else ""


def _underlined_line(label: str, text: str) -> Cell:
    if not label:
        return (Span(text, True),)
    return (Span(label, True), Span(SPACE), Span(text, True))


def _first_label(article: Num, style: Style) -> str:
    """Label the first 項 of a 条 with the 条 number; the first 項 of a 本則 of 項 only
    (:data:`MAIN_ARTICLE`) has no label, as it is printed."""
    return "" if article == MAIN_ARTICLE else style.article(article)


def _labelled_row(old_label: str, old_text: str, new_label: str, new_text: str, moved: bool) -> Row:
    old_cell, new_cell = _sentence_cells(old_text, new_text)
    return Row(_with_label(old_label, old_cell, moved), _with_label(new_label, new_cell, moved))


def _sentence_cells(old: str, new: str) -> tuple[Cell, Cell]:
    """Mark the changes of a 項・号 text sentence part by sentence part (本文・前段, 後段,
    ただし書), so that a replaced ただし書 or 後段 is underlined whole."""
    old_cell: Cell = ()
    new_cell: Cell = ()
    for a, b in zip(split_sentences(old), split_sentences(new), strict=True):
        x, y = diff_cells(a, b)
        old_cell, new_cell = old_cell + x, new_cell + y
    return old_cell, new_cell


def _with_label(label: str, cell: Cell, moved: bool) -> Cell:
    if not label:
        # a 項 without a number (a 附則 of one 項) starts one character in, as it is printed
        return (Span(SPACE),) + cell
    return (Span(label, moved), Span(SPACE)) + cell


def _changed_row(old: str, new: str) -> Row:
    return Row(*diff_cells(old, new))


def _first_cell(line: str) -> str:
    return line.split(SEPARATOR)[0]


def _line_rows(
    old: tuple[str, ...],
    new: tuple[str, ...],
    key: Callable[[str], str] = str,
    *,
    by_position: bool = True,
) -> tuple[Row, ...]:
    """Pair old and new lines (those with the same ``key`` side by side) and mark what changed;
    between those, lines are paired by position, or (``by_position`` False: the rows of a 別表)
    only when their content is alike, the others standing alone, underlined whole."""
    rows: list[Row] = []
    keys = [key(line) for line in old], [key(line) for line in new]
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, *keys, autojunk=False).get_opcodes():
        if tag == "equal":
            pairs = zip(old[i1:i2], new[j1:j2], strict=True)
            rows += [
                Row((Span(a),), (Span(b),)) if a == b else _changed_row(a, b) for a, b in pairs
            ]
            continue
        if not by_position:
            rows += _rows_by_content(old[i1:i2], new[j1:j2])
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            a = old[i1 + k] if i1 + k < i2 else ""
            b = new[j1 + k] if j1 + k < j2 else ""
            rows.append(_changed_row(a, b))
    return tuple(rows)


def _rows_by_content(old: tuple[str, ...], new: tuple[str, ...]) -> list[Row]:
    rows: list[Row] = []
    at = 0
    for a in old:
        found = next((j for j in range(at, len(new)) if _alike(a, new[j])), None)
        if found is None:
            rows.append(Row(_underlined_line("", a), ()))
            continue
        rows += [Row((), _underlined_line("", b)) for b in new[at:found]]
        rows.append(_changed_row(a, new[found]))
        at = found + 1
    rows += [Row((), _underlined_line("", b)) for b in new[at:]]
    return rows


def _alike(old: str, new: str) -> bool:
    return SequenceMatcher(None, old, new, autojunk=False).ratio() >= RENAMED_ROW


def _inline_table_rows(old: InlineTable | None, new: InlineTable | None, style: Style) -> list[Row]:
    """Rows of a table in a 項: table rows paired by their key (first cell, with its group),
    a renamed row by its content; inside a pair, the 号 of the last cell paired by content, so a
    moved 号 shows only its number change (docs/amendment-rules.md 3.2)."""
    if old is None or new is None:
        lines = _table_lines(old or new, style)
        cells = [_underlined_line("", line) for line in lines]
        return [Row((), cell) if old is None else Row(cell, ()) for cell in cells]
    rows = [_changed_row(SEPARATOR.join(old.header), SEPARATOR.join(new.header))]
    groups = _same_groups(old) | _same_groups(new)
    for a, b in _pair_table_rows(old.rows, new.rows):
        if b is None:
            assert a is not None
            lines = render_rows((a,), style, same_group=groups[id(a)])
            rows += [Row(_underlined_line("", line), ()) for line in lines]
        elif a is None:
            lines = render_rows((b,), style, same_group=groups[id(b)])
            rows += [Row((), _underlined_line("", line)) for line in lines]
        else:
            rows += _table_row_pair(a, b, style, (groups[id(a)], groups[id(b)]))
    return rows


def _same_groups(table: InlineTable) -> dict[int, bool]:
    # as render_inline_table prints them: a row of the group above leaves its group cell empty
    return {
        id(row): index > 0 and len(row.key) > 1 and table.rows[index - 1].key[0] == row.key[0]
        for index, row in enumerate(table.rows)
    }


def _row_content(row: TableRow) -> str:
    return SEPARATOR.join(row.cells + tuple(item.text for item in row.items))


def _pair_table_rows(
    old: tuple[TableRow, ...], new: tuple[TableRow, ...]
) -> list[tuple[TableRow | None, TableRow | None]]:
    """Pair rows with the same key; among the others, a row whose content stays (a renamed 係)."""
    pairs: list[tuple[TableRow | None, TableRow | None]] = []
    keys = [row.key for row in old], [row.key for row in new]
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, *keys, autojunk=False).get_opcodes():
        if tag == "equal":
            pairs += list(zip(old[i1:i2], new[j1:j2], strict=True))
            continue
        at = j1
        for a in old[i1:i2]:
            found = next(
                (j for j in range(at, j2) if _alike(_row_content(a), _row_content(new[j]))), None
            )
            if found is None:
                pairs.append((a, None))
                continue
            pairs += [(None, b) for b in new[at:found]] + [(a, new[found])]
            at = found + 1
        pairs += [(None, b) for b in new[at:j2]]
    return pairs


def _table_row_pair(a: TableRow, b: TableRow, style: Style, same: tuple[bool, bool]) -> list[Row]:
    """The lines of a table row and of what it became: the cells before the last on the row's
    first line, then each 号 paired by content."""
    # the cells before the last, compared cell by cell with the group cell of both rows (a group
    # cell printed once is no change)
    before = a.key + a.cells[:-1], b.key + b.cells[:-1]
    cut: list[list[Span]] = [[], []]
    for k, (x, y) in enumerate(zip_longest(*before, fillvalue="")):
        for side, spans in enumerate(diff_cells(x, y)):
            if not (k == 0 and same[side]):
                cut[side] += spans
            cut[side].append(Span(SEPARATOR))
    key_old, key_new = tuple(cut[0]), tuple(cut[1])
    if not a.items and not b.items:
        old_text, new_text = diff_cells(a.cells[-1], b.cells[-1])
        return [Row(key_old + old_text, key_new + new_text)]
    blanks = [SEPARATOR * len(b) for b in before]
    olds: list[tuple[str, str]] = (
        [(style.item_label(i.number), i.text) for i in a.items] if a.items else [("", a.cells[-1])]
    )
    news: list[tuple[str, str]] = (
        [(style.item_label(i.number), i.text) for i in b.items] if b.items else [("", b.cells[-1])]
    )
    pairs: list[tuple[int | None, int | None]]
    if a.items and b.items:
        # align keeps both orders: count each side along the pairs
        pairs, counts = [], [0, 0]
        for p in align(a.items, b.items):
            pairs.append(
                (None if p.old is None else counts[0], None if p.new is None else counts[1])
            )
            counts = [counts[0] + (p.old is not None), counts[1] + (p.new is not None)]
    else:
        pairs = [(0, 0)] + [(None, k) for k in range(1, len(news))]
        pairs += [(k, None) for k in range(1, len(olds))]
    rows: list[Row] = []
    first = [True, True]
    for i, j in pairs:
        cells: list[Cell] = []
        for side, at, key in ((0, i, key_old), (1, j, key_new)):
            if at is None:
                cells.append(())
                continue
            lead = key if first[side] else (Span(blanks[side]),)
            first[side] = False
            cells.append(lead)
        if i is not None and j is not None:
            (la, ta), (lb, tb) = olds[i], news[j]
            text_old, text_new = diff_cells(ta, tb)
            if la or lb:
                text_old = (Span(la, la != lb), Span(SPACE)) + text_old if la else text_old
                text_new = (Span(lb, la != lb), Span(SPACE)) + text_new if lb else text_new
            rows.append(Row(cells[0] + text_old, cells[1] + text_new))
        elif i is not None:
            rows.append(Row(cells[0] + _underlined_line(*olds[i]), ()))
        elif j is not None:
            rows.append(Row((), cells[1] + _underlined_line(*news[j])))
    return rows
