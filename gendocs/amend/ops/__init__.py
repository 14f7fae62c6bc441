"""The operations an 改め文 is made of: what each does to a rule and how it is said.

Reading order: :mod:`.ref` (addresses of units, valid at the moment an operation applies),
:mod:`.base` (:class:`Operation`: ``apply``, ``clauses``, ``block``; the :class:`Wording` a clause
cites units through), :mod:`.tree` and :mod:`.parts` (finding and replacing units and their texts),
then one module per family of operations: :mod:`.words` (字句, 見出し), :mod:`.units` (replace,
delete, add units), :mod:`.moves` (繰上げ・繰下げ), :mod:`.sentence_parts` (ただし書, 後段),
:mod:`.divisions` (章・節), :mod:`.rows` (rows of a 表 in a 項), :mod:`.whole` (題名, 目次, 別表).
A new operation is one class in one of these modules, listed in :data:`AmendmentOp` here.
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.amend.ops.base import Clause, Operation, Wording
from gendocs.amend.ops.divisions import (
    AddDivision,
    DeleteDivision,
    MoveDivision,
    ReplaceDivisionTitle,
)
from gendocs.amend.ops.moves import MoveUnit, ShiftUnits
from gendocs.amend.ops.ref import PART_WORDS, Area, Part, Ref
from gendocs.amend.ops.rows import AddRows, DeleteRow, ReplaceRow
from gendocs.amend.ops.sentence_parts import (
    AddLatter,
    AddProviso,
    DeleteLatter,
    DeleteProviso,
    ReplaceLatter,
    ReplaceProviso,
)
from gendocs.amend.ops.units import AddUnits, DeleteUnits, ReplaceItems, ReplaceUnit
from gendocs.amend.ops.whole import AddTables, NumberTable, ReplaceTable, ReplaceTitle, ReplaceToc
from gendocs.amend.ops.words import EditWords, SetCaption

AmendmentOp = (
    EditWords
    | SetCaption
    | ReplaceUnit
    | DeleteUnits
    | MoveUnit
    | ShiftUnits
    | AddUnits
    | ReplaceItems
    | DeleteProviso
    | AddProviso
    | ReplaceProviso
    | DeleteLatter
    | ReplaceLatter
    | AddLatter
    | ReplaceTitle
    | ReplaceToc
    | ReplaceDivisionTitle
    | MoveDivision
    | DeleteDivision
    | AddDivision
    | ReplaceTable
    | NumberTable
    | AddTables
    | ReplaceRow
    | DeleteRow
    | AddRows
)
"""Every operation an 改め文 is made of (each an :class:`Operation`)."""


@dataclass(frozen=True)
class Provision:
    """One 改正規定: a sentence of chained operations; only the last may carry new text."""

    ops: tuple[AmendmentOp, ...]


__all__ = [
    "AddDivision",
    "AddLatter",
    "AddProviso",
    "AddRows",
    "AddTables",
    "AddUnits",
    "AmendmentOp",
    "Area",
    "Clause",
    "DeleteDivision",
    "DeleteLatter",
    "DeleteProviso",
    "DeleteRow",
    "DeleteUnits",
    "EditWords",
    "MoveDivision",
    "MoveUnit",
    "NumberTable",
    "Operation",
    "PART_WORDS",
    "Part",
    "Provision",
    "Ref",
    "ReplaceDivisionTitle",
    "ReplaceItems",
    "ReplaceLatter",
    "ReplaceProviso",
    "ReplaceRow",
    "ReplaceTable",
    "ReplaceTitle",
    "ReplaceToc",
    "ReplaceUnit",
    "SetCaption",
    "ShiftUnits",
    "Wording",
]
