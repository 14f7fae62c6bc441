"""The sentences of a 項 or 号: its ただし書 and its 後段, added, replaced or deleted.

Forms: 「同条ただし書を削り」, 「同項に次のただし書を加える。」,
「同条ただし書を次のように改める。」, 「同条後段を次のように改める。」,
「同項に後段として次のように加える。」 (令5法53 第125条). 前段・後段 exist only where the main text
is exactly two sentences (:func:`gendocs.amend.text.model.split_sentences`).
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.amend.errors import OpError
from gendocs.amend.ops.base import Clause, Operation, Wording
from gendocs.amend.ops.parts import text_holder, with_holder_text
from gendocs.amend.ops.ref import Ref, show_ref
from gendocs.amend.ops.tree import get_unit, with_unit
from gendocs.amend.text.model import Rule, sentences, split_proviso, split_sentences
from gendocs.amend.text.style import Style


@dataclass(frozen=True)
class DeleteProviso(Operation):
    """「…ただし書を削り」."""

    target: Ref

    def apply(self, rule: Rule) -> Rule:
        """Cut the ただし書 off the text."""
        unit = get_unit(rule, self.target)
        main, proviso = split_proviso(text_holder(unit).text)
        if not proviso:
            raise OpError(
                f"{show_ref(self.target)}にただし書がありません。", f"{self.target} has no proviso."
            )
        return with_unit(rule, self.target, with_holder_text(unit, main))

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第3条ただし書を削り」."""
        return [(w.cite(self.target, rule) + "ただし書を", "削り")]


@dataclass(frozen=True)
class AddProviso(Operation):
    """「…に次のただし書を加える。」 followed by the ただし書."""

    target: Ref
    text: str

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Append the ただし書 to a text that has none."""
        unit = get_unit(rule, self.target)
        holder = text_holder(unit)
        if split_proviso(holder.text)[1]:
            raise OpError("既にただし書があります。", "there is a proviso already.")
        return with_unit(rule, self.target, with_holder_text(unit, holder.text + self.text))

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第3条に次のただし書を加え」."""
        return [(w.cite(self.target, rule) + "に次のただし書を", "加え")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The ただし書."""
        return (self.text,)


@dataclass(frozen=True)
class ReplaceProviso(Operation):
    """「…ただし書を次のように改める。」 followed by the new ただし書 (most of it changes)."""

    target: Ref
    text: str

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Put the new ただし書 in place of the old one."""
        unit = get_unit(rule, self.target)
        main, proviso = split_proviso(text_holder(unit).text)
        if not proviso:
            raise OpError(
                f"{show_ref(self.target)}にただし書がありません。", f"{self.target} has no proviso."
            )
        return with_unit(rule, self.target, with_holder_text(unit, main + self.text))

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第3条ただし書を次のように改め」."""
        return [(w.cite(self.target, rule) + "ただし書を次のように", "改め")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new ただし書."""
        return (self.text,)


@dataclass(frozen=True)
class DeleteLatter(Operation):
    """「…後段を削り」: the second sentence of a 項 goes."""

    target: Ref

    def apply(self, rule: Rule) -> Rule:
        """Cut the 後段 off the text."""
        return _with_latter(rule, self.target, "")

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「同条後段を削り」."""
        return [(w.cite(self.target, rule) + "後段を", "削り")]


@dataclass(frozen=True)
class ReplaceLatter(Operation):
    """「…後段を次のように改める。」 followed by the new 後段."""

    target: Ref
    text: str

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Put the new 後段 in place of the old one."""
        return _with_latter(rule, self.target, self.text)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「同条後段を次のように改め」."""
        return [(w.cite(self.target, rule) + "後段を次のように", "改め")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new 後段."""
        return (self.text,)


@dataclass(frozen=True)
class AddLatter(Operation):
    """「…に後段として次のように加える。」 followed by the 後段 (the 項 has one sentence)."""

    target: Ref
    text: str

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Add the 後段 after the one sentence of the text (before its ただし書)."""
        unit = get_unit(rule, self.target)
        former, latter, proviso = split_sentences(text_holder(unit).text)
        if latter or len(sentences(former)) != 1:
            raise OpError(
                f"{show_ref(self.target)}は一文ではありません。",
                f"{self.target} is not one sentence.",
            )
        return with_unit(rule, self.target, with_holder_text(unit, former + self.text + proviso))

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「同項に後段として次のように加え」."""
        return [(w.cite(self.target, rule) + "に後段として次のように", "加え")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The 後段."""
        return (self.text,)


def _with_latter(rule: Rule, target: Ref, text: str) -> Rule:
    """Return ``rule`` with the 後段 of ``target`` replaced by ``text`` ("" deletes it)."""
    unit = get_unit(rule, target)
    former, latter, proviso = split_sentences(text_holder(unit).text)
    if not latter:
        raise OpError(f"{show_ref(target)}に後段がありません。", f"{target} has no 後段.")
    return with_unit(rule, target, with_holder_text(unit, former + text + proviso))
