"""Renumbering (繰上げ・繰下げ): 「第5条を第6条とし」, 「第4条から第6条までを1条ずつ繰り下げ」.

A moved unit keeps its text; moves in one container chain under one citation of it
(「第38条中第7項を第9項とし、第4項から第6項までを2項ずつ繰り下げ」, docs/amendment-rules.md 2.4,
2.7).
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.amend.errors import OpError
from gendocs.amend.ops.base import Clause, Operation, Wording
from gendocs.amend.ops.ref import Ref, show_ref
from gendocs.amend.ops.tree import children, get_unit, single_paragraph, with_children
from gendocs.amend.ops.units import COUNTERS, indices
from gendocs.amend.text.model import Num, Rule, Unit, renumber, unit_number


@dataclass(frozen=True)
class MoveUnit(Operation):
    """「AをBとし」: renumber one unit (繰上げ・繰下げ of a single unit)."""

    target: Ref
    to: Ref

    def apply(self, rule: Rule) -> Rule:
        """Give the unit its new number, within the same container."""
        get_unit(rule, self.target)  # raises if there is no such unit
        if self.to.parent() != self.target.parent():
            shown = f"{show_ref(self.target)}を{show_ref(self.to)}"
            raise OpError(
                f"{shown}に移すことはできません。", f"cannot move {self.target} to {self.to}."
            )
        siblings = children(rule, self.target.parent())
        units = tuple(
            renumber(u, self.to.key) if unit_number(u) == self.target.key else u for u in siblings
        )
        return with_children(rule, self.target.parent(), units)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第5条を第6条とし」, 「第3章中第12条を第13条とし」, 「附則を附則第1項とし」."""
        if (
            self.target.area == "suppl"
            and self.target.paragraph == 1
            and single_paragraph(rule, self.target)
        ):
            w.note(self.to, rule)  # 「附則を附則第一項とし、同項に見出しとして…」
            return [("附則を附則" + w.style.paragraph(1), "とし")]
        head = w.cite_structural(self.target, rule)
        if scope := scope_of(rule, self.target):
            head = w.cite_area(Ref("division", division=scope)) + "中" + head
        after = self.apply(rule)
        target = w.cite_second(self.to, after)
        w.note(self.to, after)
        return [(f"{head}を{target}", "とし")]

    def moves_in(self) -> Ref | None:
        """The container of the moved unit."""
        return self.target.parent()


@dataclass(frozen=True)
class ShiftUnits(Operation):
    """「AからBまでをN条ずつ繰り下げ（繰り上げ）」: renumber a run of consecutive units."""

    first: Ref
    last: Ref
    delta: int

    def apply(self, rule: Rule) -> Rule:
        """Add ``delta`` to the number of every unit from ``first`` to ``last``."""
        first, last = indices(rule, self.first, self.last)
        siblings = children(rule, self.first.parent())
        moved = tuple(_shifted(u, self.delta) for u in siblings[first : last + 1])
        return with_children(
            rule, self.first.parent(), siblings[:first] + moved + siblings[last + 1 :]
        )

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第4条から第6条までを1条ずつ繰り下げ」."""
        first = w.cite_structural(self.first, rule, run=True)
        last = w.cite_second(self.last, rule)
        w.forget(self.first)
        count = w.style.counter(abs(self.delta), COUNTERS[str(self.first.kind)])
        verb = "繰り下げ" if self.delta > 0 else "繰り上げ"
        return [(f"{first}から{last}までを{count}ずつ", verb)]

    def moves_in(self) -> Ref | None:
        """The container of the shifted units."""
        return self.first.parent()


def _shifted(unit: Unit, delta: int) -> Unit:
    number = unit_number(unit)
    return renumber(unit, (number[0] + delta,) + number[1:])


def scope_of(rule: Rule, ref: Ref) -> tuple[Num, ...]:
    """Return the 章・節 to name before a 条 that moves (「第3章第2節中同条を第27条とし」), or ().

    docs/amendment-rules.md 2.7: the last 条 of a 章 or 節 is cited inside its container
    (「第三章中同条を第五条の二十二とする。」 令7法47 第4条; hoti-ak
    「第3章第2節中同条を第27条とし、同条の次に次の1条を加える」), because at a 章・節 boundary the
    number alone could belong to either side. With no 条 after it (the end of the 本則) there is no
    boundary, so nothing is named.
    """
    if ref.area != "main" or ref.kind != "article":
        return ()
    numbers = [a.number for a in rule.articles]
    if ref.article not in numbers:
        return ()
    at = numbers.index(ref.article)
    article = rule.articles[at]
    if (
        not article.division
        or at + 1 == len(numbers)
        or rule.articles[at + 1].division == article.division
    ):
        return ()
    return article.division
