"""What every operation declares: what it does to a rule, and how an 改め文 says it.

An operation (:class:`Operation`) is one clause of an 改正規定: 「第3条中「A」を「B」に改め」,
「第5条を第6条とし」, 「第2条の次に次の1条を加える。」 followed by the new 条. Its class says, in
one place, how it changes a rule (:meth:`Operation.apply`) and how it is written
(:meth:`Operation.clauses`, :meth:`Operation.block`); adding an operation is adding one class
(and listing it in :data:`gendocs.amend.ops.AmendmentOp`).

How a clause names a unit depends on what its sentence named before (「同条」「同項」,
「第38条中第7項」), so an operation does not cite units itself: it asks the sentence it is written
in (:class:`Wording`, implemented by :class:`gendocs.amend.write.sentences.SentenceWriter`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar, Protocol

from gendocs.amend.align.words import WordEdit
from gendocs.amend.ops.ref import Part, Ref
from gendocs.amend.text.model import Num, Rule
from gendocs.amend.text.style import Style

Clause = tuple[str, str]
"""A clause as (words, verb in 連用形): ("第5条を第7条", "とし") is written 「第5条を第7条とし」."""


class Wording(Protocol):
    """The sentence an operation is written in: it cites units as the sentence so far allows."""

    @property
    def style(self) -> Style:
        """The style the sentence is written in."""

    def cite(self, ref: Ref, rule: Rule) -> str:
        """Cite a unit (「同条」「同項」「同号」 where they apply) and remember it as named last."""

    def cite_apart(self, ref: Ref, rule: Rule) -> str:
        """Cite a unit in full, without 「同…」 and without remembering it (the end of a replaced
        range)."""

    def cite_structural(self, ref: Ref, rule: Rule, *, run: bool = False) -> str:
        """Cite the unit a move, shift, deletion or addition acts on (「第38条中第7項」 in a
        run)."""

    def cite_second(self, ref: Ref, rule: Rule) -> str:
        """Cite the second unit of a clause (the new number, the end of a range) without remembering
        it."""

    def cite_several(self, refs: tuple[Ref, ...], part: Part, rule: Rule) -> str:
        """Cite several units at once (「第3条及び第5条」) and start the 「同…」 references
        afresh."""

    def cite_area(self, ref: Ref) -> str:
        """Cite a whole area: 目次, 別表第2, 第2章第1節, 附則."""

    def cite_division(self, path: tuple[Num, ...]) -> str:
        """Cite a 章 or 節 (「同章第4節」 after its 章 was named)."""

    def last_article(self) -> Ref | None:
        """The 条 (or 附則) named last in the sentence, if any."""

    def note(self, ref: Ref, rule: Rule) -> None:
        """Remember ``ref`` as the unit named last (「AをBとし」 names B last)."""

    def forget(self, ref: Ref) -> None:
        """Drop a unit that was deleted or shifted from what 「同…」 may name."""

    def forget_division(self, path: tuple[Num, ...]) -> None:
        """Drop a deleted 章 from what 「同章」 may name."""

    def leave_container(self) -> None:
        """End a 「C中」 context: the units cited next are named in full again."""

    def word_clauses(self, edits: tuple[WordEdit, ...]) -> list[Clause]:
        """Return the 字句 clauses 「「A」を「B」に改め」, 「「C」を削り」 of ``edits`` in text
        order."""


class Operation(ABC):
    """One operation of an 改め文, addressed to units of the rule (see
    :mod:`gendocs.amend.ops.ref`).

    Every operation is listed in :data:`gendocs.amend.ops.AmendmentOp`.
    """

    followed_by_text: ClassVar[bool] = False
    """New text follows the operation (「次のように改める。」, 「次の1条を加える。」) and ends its
    sentence."""

    @abstractmethod
    def apply(self, rule: Rule) -> Rule:
        """Return ``rule`` with this operation applied; raise OpError if it does not fit the
        rule."""

    @abstractmethod
    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """Return the clauses that say this operation, citing units as they stand in ``rule``."""

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """Return the new text that follows the sentence, as 例規集 lines (none by default)."""
        return ()

    def ends_sentence(self) -> bool:
        """Tell whether new text follows this operation, so that its sentence ends there."""
        return self.followed_by_text

    def moves_in(self) -> Ref | None:
        """Return the container whose units this operation moves, deletes or adds among, if any.

        Moves in one container chain under one citation of it
        (「第38条中第7項を第9項とし、第4項から…」).
        """
        return None
