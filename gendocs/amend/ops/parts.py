"""Read and write the texts of a unit or part of it (柱書, ただし書, 前段・後段, 別表 cells), and
the 目次 lines.

A 字句 clause searches these texts (:func:`part_texts`) and writes them back
(:func:`with_part_texts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from gendocs.amend.align.words import EditConflict, WordEdit, apply_edits
from gendocs.amend.errors import OpError
from gendocs.amend.ops.ref import Part, Ref, show_ref
from gendocs.amend.ops.tree import (
    article_at,
    children,
    get_unit,
    row_at,
    table_at,
    with_children,
    with_row,
    with_table,
    with_unit,
)
from gendocs.amend.text.model import (
    Article,
    Item,
    Paragraph,
    Rule,
    Subitem,
    Unit,
    split_proviso,
    split_sentences,
    unit_texts,
)


def part_texts(rule: Rule, target: Ref, part: Part) -> list[str]:
    """Return the texts a 字句 clause on ``part`` of ``target`` searches."""
    if target.kind == "toc":
        return list(rule.toc)
    if target.kind == "table":
        return [cell for row in table_at(rule, target).rows for cell in row]
    if target.kind == "suppl":
        return [t for u in children(rule, target) for t in unit_texts(u)]
    if target.kind == "row":
        return list(row_at(rule, target).cells)  # its 号 are cited on their own (…の項第2号中)
    unit = get_unit(rule, target)
    if part == "caption":
        return [article_at(rule, target).caption or ""]
    if part == "all":
        return [article_at(rule, target).caption or ""] + unit_texts(unit)
    if part in ("chapeau", "proviso"):
        paragraph = text_holder(unit)
        return [paragraph.text] if part == "chapeau" else [split_proviso(paragraph.text)[1]]
    if part == "main":
        return [_main_and_proviso(unit, target)[0]]
    if part in ("former", "latter"):
        former, latter, _ = _sentence_parts(unit, target)
        return [former] if part == "former" else [latter]
    return unit_texts(unit)


def with_part_texts(rule: Rule, target: Ref, part: Part, texts: list[str]) -> Rule:
    """Write back texts read by :func:`part_texts`."""
    if target.kind == "toc":
        # A line that took in new 目次 lines (「…」を「第2章の2　…第3章　…」に改める) is split
        # again.
        lines = [
            t if t == before else toc_lines(t) for before, t in zip(rule.toc, texts, strict=True)
        ]
        return replace(
            rule,
            toc=tuple(
                line for group in lines for line in ([group] if isinstance(group, str) else group)
            ),
        )
    if target.kind == "table":
        return _with_table_cells(rule, target, texts)
    if target.kind == "suppl":
        feed = iter(texts)
        units = tuple(_fill(u, feed) for u in children(rule, target))
        return with_children(rule, target, units)
    if target.kind == "row":
        return with_row(rule, target, replace(row_at(rule, target), cells=tuple(texts)))
    unit = get_unit(rule, target)
    if part == "caption":
        return with_unit(rule, target, replace(article_at(rule, target), caption=texts[0]))
    if part == "all":
        article = article_at(rule, target)
        feed = iter(texts[1:])
        paragraphs = tuple(_fill_paragraph(p, feed) for p in article.paragraphs)
        caption = texts[0] if article.caption is not None else None
        return with_unit(rule, target, replace(article, caption=caption, paragraphs=paragraphs))
    if part in ("chapeau", "proviso"):
        holder = text_holder(unit)
        text = texts[0] if part == "chapeau" else split_proviso(holder.text)[0] + texts[0]
        return with_unit(rule, target, with_holder_text(unit, text))
    if part == "main":
        proviso = _main_and_proviso(unit, target)[1]
        return with_unit(rule, target, with_holder_text(unit, texts[0] + proviso))
    if part in ("former", "latter"):
        former, latter, proviso = _sentence_parts(unit, target)
        text = (texts[0] + latter if part == "former" else former + texts[0]) + proviso
        return with_unit(rule, target, with_holder_text(unit, text))
    return with_unit(rule, target, _fill(unit, iter(texts)))


def _sentence_parts(unit: Unit, target: Ref) -> tuple[str, str, str]:
    # 前段・後段 exist only where the main text is exactly two sentences.
    former, latter, proviso = split_sentences(text_holder(unit).text)
    if not latter:
        raise OpError(
            f"{show_ref(target)}に前段・後段がありません。", f"{target} has no 前段・後段."
        )
    return former, latter, proviso


def _main_and_proviso(unit: Unit, target: Ref) -> tuple[str, str]:
    # 本文 exists only where there is a ただし書.
    main, proviso = split_proviso(text_holder(unit).text)
    if not proviso:
        raise OpError(f"{show_ref(target)}にただし書がありません。", f"{target} has no proviso.")
    return main, proviso


def main_text_only(unit: Unit, edits: tuple[WordEdit, ...]) -> bool:
    """True if ``unit`` is one text with a ただし書 and ``edits`` quote words of its 本文 only (the
    words then may be cited 「…本文中」)."""
    if unit_texts(unit) != [getattr(unit, "text", None)] and not (
        isinstance(unit, Article) and len(unit.paragraphs) == 1 and not unit.paragraphs[0].items
    ):
        return False
    main, proviso = split_proviso(text_holder(unit).text)
    return bool(proviso) and all(e.old and e.old in main and e.old not in proviso for e in edits)


def text_holder(unit: Unit) -> Paragraph | Item | Subitem:
    """Return the 項, 号 or 細目 whose text is the 柱書 of ``unit`` (a 条 of one 項 counts as that
    項)."""
    if isinstance(unit, Article):
        if len(unit.paragraphs) != 1:
            raise OpError("項が複数ある条の柱書は項を指定してください。", "name the paragraph.")
        return unit.paragraphs[0]
    return unit


def with_holder_text(unit: Unit, text: str) -> Unit:
    """Return ``unit`` with the text of its :func:`text_holder` replaced."""
    if isinstance(unit, Article):
        return replace(unit, paragraphs=(replace(unit.paragraphs[0], text=text),))
    return replace(unit, text=text)


def _fill(unit: Unit, feed: Iterator[str]) -> Unit:
    if isinstance(unit, Article):
        return replace(unit, paragraphs=tuple(_fill_paragraph(p, feed) for p in unit.paragraphs))
    if isinstance(unit, Paragraph):
        return _fill_paragraph(unit, feed)
    if isinstance(unit, Subitem):
        return _fill_subitems((unit,), feed)[0]
    return _fill_item(unit, feed)


def _fill_paragraph(paragraph: Paragraph, feed: Iterator[str]) -> Paragraph:
    text = next(feed)
    return replace(paragraph, text=text, items=tuple(_fill_item(i, feed) for i in paragraph.items))


def _fill_item(item: Item, feed: Iterator[str]) -> Item:
    text = next(feed)
    return replace(item, text=text, subitems=_fill_subitems(item.subitems, feed))


def _fill_subitems(subitems: tuple[Subitem, ...], feed: Iterator[str]) -> tuple[Subitem, ...]:
    out = []
    for sub in subitems:
        text = next(feed)
        out.append(replace(sub, text=text, children=_fill_subitems(sub.children, feed)))
    return tuple(out)


def _with_table_cells(rule: Rule, ref: Ref, cells: list[str]) -> Rule:
    table = table_at(rule, ref)
    feed = iter(cells)
    rows = tuple(tuple(next(feed) for _ in row) for row in table.rows)
    return with_table(rule, replace(table, rows=rows))


# --- the 目次 -----------------------------------------------------------------------------------


_TOC_HEADING = re.compile(
    r"(?<=.)(?=第[0-9０-９〇一二三四五六七八九十百千]+[章節]"
    r"(?:の[0-9０-９〇一二三四五六七八九十百千]+)*[\u3000 ]|附則$)"
)


def toc_lines(text: str) -> list[str]:
    """Split a 目次 text that begins with a heading at each 章・節 heading (and a final 附則)."""
    lines = _TOC_HEADING.split(text)
    return lines if all(_TOC_HEADING.match("。" + line, 1) for line in lines) else [text]


def spans_toc_lines(toc: tuple[str, ...], edits: tuple[WordEdit, ...]) -> bool:
    """Tell whether a 目次 clause quotes across lines (a removed line quoted with its neighbour)."""
    return any(not any(edit.old in line for line in toc) for edit in edits)


def edit_toc_across_lines(toc: tuple[str, ...], edits: tuple[WordEdit, ...]) -> tuple[str, ...]:
    """Apply 目次 edits to the lines read as one text, then split it at each 章・節 heading again.

    「目次中「第2章　管理第3章　雑則」を「第2章　雑則」に改める。」: a line that goes is quoted with
    the line after it (or before it, at the end), as a new line is in 令7法47 第4条.
    """

    try:
        (text,) = apply_edits(["".join(toc)], edits)
    except EditConflict as conflict:
        raise OpError(f"目次: {conflict}", f"目次: {conflict}") from None
    lines = toc_lines(text)
    if len(lines) == 1 and len(toc) > 1:
        raise OpError("目次を行に分けられません。", "cannot split the 目次 into its lines again.")
    return tuple(lines)
