"""Apply amendment operations to a rule, one after another (the semantics in :mod:`ops`).

Tree navigation lives in :mod:`apply_tree`, text edits in :mod:`apply_words`; this module applies
the operations on whole units (replace, delete, move, shift, add) and dispatches the rest.
"""

from __future__ import annotations

from dataclasses import replace

from gendocs.amend.text.model import Article, Paragraph, Rule, Unit, renumber, sentences, split_proviso, split_sentences, unit_number
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
    Ref,
    ReplaceDivisionTitle,
    ReplaceItems,
    ReplaceLatter,
    ReplaceTable,
    ReplaceTitle,
    ReplaceToc,
    ReplaceUnit,
    ROW_OPS,
    SetCaption,
    ShiftUnits,
)
from gendocs.amend.apply_divisions import DIVISION_OPS, apply_division, apply_toc_words, require_division, spans_toc_lines
from gendocs.amend.apply_tables import apply_row_op
from gendocs.amend.apply_tree import (  # re-exported: callers import the tree helpers from here
    article_at,
    children as children,
    get_unit as get_unit,
    has_unit as has_unit,
    numbers_of as numbers_of,
    show_ref,
    toc_lines as toc_lines,
    with_children as with_children,
    with_unit as with_unit,
)
from gendocs.amend.apply_words import (  # re-exported: the 字句 readers and writers
    edit_words,
    part_texts as part_texts,
    table_at,
    text_holder,
    with_holder_text,
    with_part_texts as with_part_texts,
    with_table,
)
from gendocs.amend.errors import OpError as OpError  # re-exported: the applier's error


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
            rule = edit_words(rule, target, op)
        return rule
    if isinstance(op, SetCaption):
        article = article_at(rule, op.target)
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
            raise OpError(f"{show_ref(op.target)}は項ではありません。", f"{op.target} is not a paragraph.")
        return with_children(rule, op.target, op.items)
    if isinstance(op, (DeleteProviso, AddProviso)):
        return _proviso(rule, op)
    if isinstance(op, (DeleteLatter, ReplaceLatter, AddLatter)):
        return _latter(rule, op)
    if isinstance(op, DIVISION_OPS):
        return apply_division(rule, op)
    if isinstance(op, ROW_OPS):
        return apply_row_op(rule, op)
    return _replace_whole(rule, op)


# --- structure ---------------------------------------------------------------------------------


def _indices(rule: Rule, target: Ref, through: Ref | None) -> tuple[int, int]:
    siblings = children(rule, target.parent())
    numbers = [unit_number(u) for u in siblings]
    if target.key not in numbers:
        raise OpError(f"{show_ref(target)}がありません。", f"{target} does not exist.")
    last = through.key if through is not None else target.key
    if last not in numbers:
        raise OpError(f"{show_ref(through or target)}がありません。", f"{through} does not exist.")
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
    get_unit(rule, target)  # raises if there is no such unit
    if to.parent() != target.parent():
        raise OpError(f"{show_ref(target)}を{show_ref(to)}に移すことはできません。", f"cannot move {target} to {to}.")
    siblings = children(rule, target.parent())
    units = tuple(renumber(u, to.key) if unit_number(u) == target.key else u for u in siblings)
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
    holder = text_holder(unit)
    main, proviso = split_proviso(holder.text)
    if isinstance(op, AddProviso):
        if proviso:
            raise OpError("既にただし書があります。", "there is a proviso already.")
        return with_unit(rule, op.target, with_holder_text(unit, holder.text + op.text))
    if not proviso:
        raise OpError(f"{show_ref(op.target)}にただし書がありません。", f"{op.target} has no proviso.")
    return with_unit(rule, op.target, with_holder_text(unit, main))


def _latter(rule: Rule, op: DeleteLatter | ReplaceLatter | AddLatter) -> Rule:
    unit = get_unit(rule, op.target)
    former, latter, proviso = split_sentences(text_holder(unit).text)
    if isinstance(op, AddLatter):
        if latter or len(sentences(former)) != 1:
            raise OpError(f"{show_ref(op.target)}は一文ではありません。", f"{op.target} is not one sentence.")
        return with_unit(rule, op.target, with_holder_text(unit, former + op.text + proviso))
    if not latter:
        raise OpError(f"{show_ref(op.target)}に後段がありません。", f"{op.target} has no 後段.")
    text = former + (op.text if isinstance(op, ReplaceLatter) else "") + proviso
    return with_unit(rule, op.target, with_holder_text(unit, text))


def _replace_whole(rule: Rule, op: AmendmentOp) -> Rule:
    if isinstance(op, ReplaceTitle):
        return replace(rule, title=op.title)
    if isinstance(op, ReplaceToc):
        return replace(rule, toc=op.lines)
    if isinstance(op, ReplaceTable):
        table_at(rule, Ref("table", table=op.table.number))  # raises if there is no such 別表
        return with_table(rule, op.table)
    if isinstance(op, ReplaceDivisionTitle):
        require_division(rule, op.division.path)
        divisions = tuple(op.division if d.path == op.division.path else d for d in rule.divisions)
        return replace(rule, divisions=divisions)
    raise OpError("未対応の改正です。", f"unsupported operation {op!r}.")
