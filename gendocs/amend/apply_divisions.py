"""Apply the operations on whole 章 (amendment-rules.md 2.6, 2.7, 2.10): move, delete, add.

A 章 carries its 節 and the 章・節 headings of its 条; the 条 keep their own numbers (moving them
is a separate operation on the 本則).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Union

from gendocs.amend.apply_tree import toc_lines
from gendocs.amend.errors import OpError
from gendocs.amend.text.model import Num, Rule, unit_number
from gendocs.amend.ops import AddDivision, DeleteDivision, EditWords, MoveDivision
from gendocs.amend.align.words import EditConflict, WordEdit, apply_edits

DivisionOp = Union[MoveDivision, DeleteDivision, AddDivision]
DIVISION_OPS = (MoveDivision, DeleteDivision, AddDivision)
Path = tuple[Num, ...]


def apply_division(rule: Rule, op: DivisionOp) -> Rule:
    """Apply one operation on a whole 章."""
    if isinstance(op, MoveDivision):
        return _move(rule, op.path, op.to)
    if isinstance(op, DeleteDivision):
        require_division(rule, op.path)
        return replace(
            rule,
            divisions=tuple(d for d in rule.divisions if not _inside(d.path, op.path)),
            articles=tuple(a for a in rule.articles if not _inside(a.division, op.path)),
        )
    return _add(rule, op)


def _inside(path: Path, division: Path) -> bool:
    return path[: len(division)] == division


def require_division(rule: Rule, path: Path) -> None:
    """Raise OpError unless ``rule`` has the 章・節 at ``path``."""
    if path not in {d.path for d in rule.divisions}:
        raise OpError("その章・節はありません。", f"no division {path}.")


def _move(rule: Rule, path: Path, to: Path) -> Rule:
    require_division(rule, path)
    if to in {d.path for d in rule.divisions}:
        raise OpError("移す先の章・節が既にあります。", f"division {to} exists already.")

    def moved(p: Path) -> Path:
        return to + p[len(path) :] if _inside(p, path) else p

    divisions = tuple(replace(d, path=moved(d.path)) for d in rule.divisions)
    _check_order([d.path for d in divisions if len(d.path) == len(to)])
    return replace(rule, divisions=divisions, articles=tuple(replace(a, division=moved(a.division)) for a in rule.articles))


def _add(rule: Rule, op: AddDivision) -> Rule:
    require_division(rule, op.after)
    if op.division.path in {d.path for d in rule.divisions}:
        raise OpError("その章・節は既にあります。", f"division {op.division.path} exists already.")
    at_division = _position([d.path for d in rule.divisions], op)
    divisions = rule.divisions[:at_division] + (op.division,) + rule.divisions[at_division:]
    _check_order([d.path for d in divisions if len(d.path) == len(op.division.path)])
    at = _position([a.division for a in rule.articles], op)
    new = tuple(replace(a, division=op.division.path) for a in op.articles)
    articles = rule.articles[:at] + new + rule.articles[at:]
    _check_order([unit_number(a) for a in articles])
    return replace(rule, divisions=divisions, articles=articles)


def _position(paths: list[Path], op: AddDivision) -> int:
    """Return where a new 章・節 (or its 条) goes: after everything in ``op.after``, or before it."""
    inside = [i for i, p in enumerate(paths) if _inside(p, op.after)]
    if op.where == "before":
        return inside[0] if inside else 0
    return inside[-1] + 1 if inside else 0


def _check_order(numbers: list[Path] | list[Num]) -> None:
    if any(a >= b for a, b in zip(numbers, numbers[1:])):
        raise OpError("章又は条の番号の順序が崩れます。", f"numbers out of order: {numbers}.")



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


def apply_toc_words(rule: Rule, op: EditWords) -> Rule:
    """Apply a 目次 clause whose quotes run across lines."""
    return replace(rule, toc=edit_toc_across_lines(rule.toc, op.edits))
