"""Apply amendment operations to a rule, one after another (the semantics in :mod:`ops`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace


from gendocs.amend.model import (
    Article,
    Item,
    Num,
    Paragraph,
    Rule,
    Subitem,
    SupplProvision,
    Table,
    Unit,
    renumber,
    split_proviso,
    sentences,
    split_sentences,
    unit_number,
    unit_texts,
)
from gendocs.amend.ops import (
    AddLatter,
    AddProviso,
    AddUnits,
    AmendmentOp,
    DeleteLatter,
    DeleteProviso,
    DeleteUnits,
    EditWords,
    MoveUnit,
    Part,
    Ref,
    ReplaceDivisionTitle,
    ReplaceItems,
    ReplaceLatter,
    ReplaceTable,
    ReplaceTitle,
    ReplaceToc,
    ReplaceUnit,
    SetCaption,
    ShiftUnits,
)
from gendocs.amend.apply_divisions import DIVISION_OPS, apply_division, apply_toc_words, spans_toc_lines
from gendocs.amend.errors import OpError as OpError  # re-exported: the applier's error
from gendocs.amend.words import EditConflict, apply_edits





def apply_ops(rule: Rule, ops: tuple[AmendmentOp, ...]) -> Rule:
    """Apply operations in order and return the amended rule."""
    for op in ops:
        rule = apply_op(rule, op)
    return rule


def apply_op(rule: Rule, op: AmendmentOp) -> Rule:
    """Apply one operation and return the amended rule."""
    if isinstance(op, EditWords) and op.targets == (Ref("toc"),) and spans_toc_lines(rule.toc, op.edits):
        return apply_toc_words(rule, op)
    if isinstance(op, EditWords):
        for target in op.targets:
            rule = _edit_words(rule, target, op)
        return rule
    if isinstance(op, SetCaption):
        article = _article(rule, op.target)
        return with_unit(rule, op.target, replace(article, caption=op.caption))
    if isinstance(op, ReplaceUnit):
        return _replace_units(rule, op)
    if isinstance(op, DeleteUnits):
        return _delete_units(rule, op)
    if isinstance(op, MoveUnit):
        return _move(rule, op.target, op.to)
    if isinstance(op, ShiftUnits):
        return _shift(rule, op)
    if isinstance(op, AddUnits):
        return _add_units(rule, op)
    if isinstance(op, ReplaceItems):
        if not isinstance(get_unit(rule, op.target), Paragraph):
            raise OpError(f"{_show(op.target)}は項ではありません。", f"{op.target} is not a paragraph.")
        return with_children(rule, op.target, op.items)
    if isinstance(op, (DeleteProviso, AddProviso)):
        return _proviso(rule, op)
    if isinstance(op, (DeleteLatter, ReplaceLatter, AddLatter)):
        return _latter(rule, op)
    if isinstance(op, DIVISION_OPS):
        return apply_division(rule, op)
    return _replace_whole(rule, op)


# --- reading and writing units ---------------------------------------------------------------


def children(rule: Rule, parent: Ref) -> tuple[Unit, ...]:
    """Return the units directly inside ``parent`` (本則, a 条, a 項, or the 附則)."""
    if parent.kind == "main":
        return rule.articles
    if parent.kind == "suppl":
        suppl = _original_suppl(rule)
        return suppl.articles or suppl.paragraphs
    unit = get_unit(rule, parent)
    if isinstance(unit, Article):
        return unit.paragraphs
    if isinstance(unit, Paragraph):
        return unit.items
    raise OpError(f"{_show(parent)}の下に単位はありません。", f"{parent} holds no units.")


def with_children(rule: Rule, parent: Ref, units: tuple[Unit, ...]) -> Rule:
    """Return ``rule`` with the units inside ``parent`` replaced."""
    _check_order(units, parent)
    if parent.kind == "main":
        return replace(rule, articles=tuple(u for u in units if isinstance(u, Article)))
    if parent.kind == "suppl":
        suppl = _original_suppl(rule)
        if suppl.articles:
            suppl = replace(suppl, articles=tuple(u for u in units if isinstance(u, Article)))
        else:
            suppl = replace(suppl, paragraphs=tuple(u for u in units if isinstance(u, Paragraph)))
        return replace(rule, supplementary=(suppl,) + rule.supplementary[1:])
    unit = get_unit(rule, parent)
    if isinstance(unit, Article):
        unit = replace(unit, paragraphs=tuple(u for u in units if isinstance(u, Paragraph)))
    elif isinstance(unit, Paragraph):
        unit = replace(unit, items=tuple(u for u in units if isinstance(u, Item)))
    return with_unit(rule, parent, unit)


def get_unit(rule: Rule, ref: Ref) -> Unit:
    """Return the unit at ``ref``; raise OpError if there is none."""
    for unit in children(rule, ref.parent()):
        if unit_number(unit) == ref.key:
            return unit
    raise OpError(f"{_show(ref)}がありません。", f"{ref} does not exist.")


def has_unit(rule: Rule, ref: Ref) -> bool:
    """Tell whether a unit exists at ``ref``."""
    try:
        get_unit(rule, ref)
    except OpError:
        return False
    return True


def with_unit(rule: Rule, ref: Ref, unit: Unit) -> Rule:
    """Return ``rule`` with the unit at ``ref`` replaced by ``unit``."""
    siblings = children(rule, ref.parent())
    units = tuple(unit if unit_number(u) == ref.key else u for u in siblings)
    return with_children(rule, ref.parent(), units)


def _original_suppl(rule: Rule) -> SupplProvision:
    if not rule.supplementary or rule.supplementary[0].label is not None:
        raise OpError("附則がありません。", "the rule has no original 附則.")
    return rule.supplementary[0]


def _article(rule: Rule, ref: Ref) -> Article:
    unit = get_unit(rule, ref)
    if not isinstance(unit, Article):
        raise OpError(f"{_show(ref)}は条ではありません。", f"{ref} is not an article.")
    return unit


def _check_order(units: tuple[Unit, ...], parent: Ref) -> None:
    numbers = [unit_number(u) for u in units]
    if any(a >= b for a, b in zip(numbers, numbers[1:])):
        shown = ", ".join("の".join(map(str, n)) for n in numbers)
        raise OpError(f"番号の順序が崩れます（{shown}）。", f"numbers out of order in {parent}: {shown}.")


_TOC_HEADING = re.compile(r"(?<=.)(?=第[0-9０-９〇一二三四五六七八九十百千]+[章節](?:の[0-9０-９〇一二三四五六七八九十百千]+)*[\u3000 ]|附則$)")


def toc_lines(text: str) -> list[str]:
    """Split a 目次 text that begins with a heading at each 章・節 heading (and a final 附則)."""
    lines = _TOC_HEADING.split(text)
    return lines if all(_TOC_HEADING.match("。" + line, 1) for line in lines) else [text]


def _show(ref: Ref) -> str:
    parts = [] if ref.area == "main" else ["附則"]
    if ref.article is not None:
        parts.append("第" + "の".join(map(str, ref.article)) + "条")
    if ref.paragraph is not None:
        parts.append(f"第{ref.paragraph}項")
    if ref.item is not None:
        parts.append("第" + "の".join(map(str, ref.item)) + "号")
    return "".join(parts) or ref.area


# --- 字句 ---------------------------------------------------------------------------------------


def _edit_words(rule: Rule, target: Ref, op: EditWords) -> Rule:
    texts = part_texts(rule, target, op.part)
    try:
        edited = apply_edits(texts, op.edits)
    except EditConflict as conflict:
        raise OpError(f"{_show(target)}: {conflict}", f"{target}: {conflict}") from None
    return with_part_texts(rule, target, op.part, edited)


def part_texts(rule: Rule, target: Ref, part: Part) -> list[str]:
    """Return the texts a 字句 clause on ``part`` of ``target`` searches."""
    if target.kind == "toc":
        return list(rule.toc)
    if target.kind == "table":
        return [cell for row in _table(rule, target).rows for cell in row]
    if target.kind == "suppl":
        return [t for u in children(rule, target) for t in unit_texts(u)]
    unit = get_unit(rule, target)
    if part == "caption":
        return [_article(rule, target).caption or ""]
    if part == "all":
        return [_article(rule, target).caption or ""] + unit_texts(unit)
    if part in ("chapeau", "proviso"):
        paragraph = _text_holder(unit)
        return [paragraph.text] if part == "chapeau" else [split_proviso(paragraph.text)[1]]
    if part in ("former", "latter"):
        former, latter, _ = _sentence_parts(unit, target)
        return [former] if part == "former" else [latter]
    return unit_texts(unit)


def with_part_texts(rule: Rule, target: Ref, part: Part, texts: list[str]) -> Rule:
    """Write back texts read by :func:`part_texts`."""
    if target.kind == "toc":
        # A line that took in new 目次 lines (「…」を「第2章の2　…第3章　…」に改める) is split again.
        lines = [t if t == before else toc_lines(t) for before, t in zip(rule.toc, texts)]
        return replace(rule, toc=tuple(line for group in lines for line in ([group] if isinstance(group, str) else group)))
    if target.kind == "table":
        return _with_table_cells(rule, target, texts)
    if target.kind == "suppl":
        feed = iter(texts)
        units = tuple(_fill(u, feed) for u in children(rule, target))
        return with_children(rule, target, units)
    unit = get_unit(rule, target)
    if part == "caption":
        return with_unit(rule, target, replace(_article(rule, target), caption=texts[0]))
    if part == "all":
        article = _article(rule, target)
        feed = iter(texts[1:])
        paragraphs = tuple(_fill_paragraph(p, feed) for p in article.paragraphs)
        caption = texts[0] if article.caption is not None else None
        return with_unit(rule, target, replace(article, caption=caption, paragraphs=paragraphs))
    if part in ("chapeau", "proviso"):
        holder = _text_holder(unit)
        text = texts[0] if part == "chapeau" else split_proviso(holder.text)[0] + texts[0]
        return with_unit(rule, target, _with_holder_text(unit, text))
    if part in ("former", "latter"):
        former, latter, proviso = _sentence_parts(unit, target)
        text = (texts[0] + latter if part == "former" else former + texts[0]) + proviso
        return with_unit(rule, target, _with_holder_text(unit, text))
    return with_unit(rule, target, _fill(unit, iter(texts)))


def _sentence_parts(unit: Unit, target: Ref) -> tuple[str, str, str]:
    # 前段・後段 exist only where the main text is exactly two sentences.
    former, latter, proviso = split_sentences(_text_holder(unit).text)
    if not latter:
        raise OpError(f"{_show(target)}に前段・後段がありません。", f"{target} has no 前段・後段.")
    return former, latter, proviso


def _text_holder(unit: Unit) -> Paragraph | Item:
    if isinstance(unit, Article):
        if len(unit.paragraphs) != 1:
            raise OpError("項が複数ある条の柱書は項を指定してください。", "name the paragraph.")
        return unit.paragraphs[0]
    return unit


def _with_holder_text(unit: Unit, text: str) -> Unit:
    if isinstance(unit, Article):
        return replace(unit, paragraphs=(replace(unit.paragraphs[0], text=text),))
    return replace(unit, text=text)


def _fill(unit: Unit, feed: Iterator[str]) -> Unit:
    if isinstance(unit, Article):
        return replace(unit, paragraphs=tuple(_fill_paragraph(p, feed) for p in unit.paragraphs))
    if isinstance(unit, Paragraph):
        return _fill_paragraph(unit, feed)
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


def _table(rule: Rule, ref: Ref) -> Table:
    for table in rule.tables:
        if table.number == ref.table:
            return table
    raise OpError("その別表はありません。", f"no table {ref.table}.")


def _with_table_cells(rule: Rule, ref: Ref, cells: list[str]) -> Rule:
    table = _table(rule, ref)
    feed = iter(cells)
    rows = tuple(tuple(next(feed) for _ in row) for row in table.rows)
    return _with_table(rule, replace(table, rows=rows))


def _with_table(rule: Rule, table: Table) -> Rule:
    tables = tuple(table if t.number == table.number else t for t in rule.tables)
    return replace(rule, tables=tables)


# --- structure ---------------------------------------------------------------------------------


def _indices(rule: Rule, target: Ref, through: Ref | None) -> tuple[int, int]:
    siblings = children(rule, target.parent())
    numbers = [unit_number(u) for u in siblings]
    if target.key not in numbers:
        raise OpError(f"{_show(target)}がありません。", f"{target} does not exist.")
    last = through.key if through is not None else target.key
    if last not in numbers:
        raise OpError(f"{_show(through or target)}がありません。", f"{through} does not exist.")
    return numbers.index(target.key), numbers.index(last)


def _replace_units(rule: Rule, op: ReplaceUnit) -> Rule:
    first, last = _indices(rule, op.target, op.through)
    siblings = children(rule, op.target.parent())
    units = op.units
    if isinstance(siblings[first], Article):
        division = siblings[first].division  # type: ignore[union-attr]
        units = tuple(replace(u, division=division) if isinstance(u, Article) else u for u in units)
    return with_children(rule, op.target.parent(), siblings[:first] + units + siblings[last + 1 :])


def _delete_units(rule: Rule, op: DeleteUnits) -> Rule:
    if op.through is not None:
        first, last = _indices(rule, op.targets[0], op.through)
        siblings = children(rule, op.targets[0].parent())
        return with_children(rule, op.targets[0].parent(), siblings[:first] + siblings[last + 1 :])
    for target in op.targets:
        get_unit(rule, target)
        siblings = children(rule, target.parent())
        rule = with_children(rule, target.parent(), tuple(u for u in siblings if unit_number(u) != target.key))
    return rule


def _move(rule: Rule, target: Ref, to: Ref) -> Rule:
    unit = get_unit(rule, target)
    if to.parent() != target.parent():
        raise OpError(f"{_show(target)}を{_show(to)}に移すことはできません。", f"cannot move {target} to {to}.")
    siblings = children(rule, target.parent())
    units = tuple(renumber(u, to.key) if unit_number(u) == target.key else u for u in siblings)
    del unit
    return with_children(rule, target.parent(), units)


def _shift(rule: Rule, op: ShiftUnits) -> Rule:
    first, last = _indices(rule, op.first, op.last)
    siblings = children(rule, op.first.parent())
    moved = tuple(_shifted(u, op.delta) for u in siblings[first : last + 1])
    return with_children(rule, op.first.parent(), siblings[:first] + moved + siblings[last + 1 :])


def _shifted(unit: Unit, delta: int) -> Unit:
    number = unit_number(unit)
    return renumber(unit, (number[0] + delta,) + number[1:])


def _add_units(rule: Rule, op: AddUnits) -> Rule:
    if op.where == "end":
        return _append(rule, op)
    first, _ = _indices(rule, op.anchor, None)
    siblings = children(rule, op.anchor.parent())
    at = first + 1 if op.where == "after" else first
    units = _placed(op.units, siblings[first])
    return with_children(rule, op.anchor.parent(), siblings[:at] + units + siblings[at:])


def _append(rule: Rule, op: AddUnits) -> Rule:
    if op.anchor.kind == "division":
        siblings = rule.articles
        inside = [i for i, a in enumerate(siblings) if a.division[: len(op.anchor.division)] == op.anchor.division]
        if inside:
            at = inside[-1] + 1
            units = _placed(op.units, siblings[inside[-1]])
        elif op.anchor.division in {d.path for d in rule.divisions}:
            # An empty 章・節 (its 条 were deleted): its new 条 follow those of the 章・節 before it.
            at = len([a for a in siblings if a.division < op.anchor.division])
            units = tuple(replace(u, division=op.anchor.division) if isinstance(u, Article) else u for u in op.units)
        else:
            raise OpError("その章・節はありません。", f"no division {op.anchor.division}.")
        return with_children(rule, Ref("main"), siblings[:at] + units + siblings[at:])
    existing = children(rule, op.anchor)
    return with_children(rule, op.anchor, existing + op.units)


def _placed(units: tuple[Unit, ...], neighbour: Unit) -> tuple[Unit, ...]:
    # A new 条 belongs to the 章・節 of the 条 it is placed next to.
    if isinstance(neighbour, Article):
        return tuple(replace(u, division=neighbour.division) if isinstance(u, Article) else u for u in units)
    return units


def _proviso(rule: Rule, op: DeleteProviso | AddProviso) -> Rule:
    unit = get_unit(rule, op.target)
    holder = _text_holder(unit)
    main, proviso = split_proviso(holder.text)
    if isinstance(op, AddProviso):
        if proviso:
            raise OpError("既にただし書があります。", "there is a proviso already.")
        return with_unit(rule, op.target, _with_holder_text(unit, holder.text + op.text))
    if not proviso:
        raise OpError(f"{_show(op.target)}にただし書がありません。", f"{op.target} has no proviso.")
    return with_unit(rule, op.target, _with_holder_text(unit, main))


def _latter(rule: Rule, op: DeleteLatter | ReplaceLatter | AddLatter) -> Rule:
    unit = get_unit(rule, op.target)
    former, latter, proviso = split_sentences(_text_holder(unit).text)
    if isinstance(op, AddLatter):
        if latter or len(sentences(former)) != 1:
            raise OpError(f"{_show(op.target)}は一文ではありません。", f"{op.target} is not one sentence.")
        return with_unit(rule, op.target, _with_holder_text(unit, former + op.text + proviso))
    if not latter:
        raise OpError(f"{_show(op.target)}に後段がありません。", f"{op.target} has no 後段.")
    text = former + (op.text if isinstance(op, ReplaceLatter) else "") + proviso
    return with_unit(rule, op.target, _with_holder_text(unit, text))


def _replace_whole(rule: Rule, op: AmendmentOp) -> Rule:
    if isinstance(op, ReplaceTitle):
        return replace(rule, title=op.title)
    if isinstance(op, ReplaceToc):
        return replace(rule, toc=op.lines)
    if isinstance(op, ReplaceTable):
        if op.table.number not in {t.number for t in rule.tables}:
            raise OpError("その別表はありません。", f"no table {op.table.number}.")
        return _with_table(rule, op.table)
    if isinstance(op, ReplaceDivisionTitle):
        paths = {d.path for d in rule.divisions}
        if op.division.path not in paths:
            raise OpError("その章・節はありません。", f"no division {op.division.path}.")
        divisions = tuple(op.division if d.path == op.division.path else d for d in rule.divisions)
        return replace(rule, divisions=divisions)
    raise OpError("未対応の改正です。", f"unsupported operation {op!r}.")


def numbers_of(units: tuple[Unit, ...]) -> list[Num]:
    """Return the numbers of units in order."""
    return [unit_number(u) for u in units]
