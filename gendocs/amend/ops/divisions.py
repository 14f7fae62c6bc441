"""Whole 章 and 節 (docs/amendment-rules.md 2.3 joureikun k15, 2.6, 2.7, 2.10): rename, move,
delete, add.

Forms: 「第2章の章名を次のように改める。」, 「第3章を第4章とし」, 「第4章を削り」,
「第2章の次に次の1章を加え」, 「第5章第4節を同章第3節とし、同章を第4章とする」. A 章 carries its 節
and the 章・節 headings of its 条; the 条 keep their own numbers (moving them is a separate
operation on the 本則).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from gendocs.amend.errors import OpError
from gendocs.amend.ops.base import Clause, Operation, Wording
from gendocs.amend.ops.ref import Ref
from gendocs.amend.text.model import Article, Division, Num, Rule, unit_number
from gendocs.amend.text.render import render_article, render_division
from gendocs.amend.text.style import Style

Path = tuple[Num, ...]
UNITS = ("章", "節")


@dataclass(frozen=True)
class ReplaceDivisionTitle(Operation):
    """「第2章の章名を次のように改める。」 followed by the new heading."""

    division: Division

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Put the new heading in place of the old one."""
        require_division(rule, self.division.path)
        divisions = tuple(
            self.division if d.path == self.division.path else d for d in rule.divisions
        )
        return replace(rule, divisions=divisions)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第2章の章名を次のように改め」, 「第2章第1節の節名を次のように改め」."""
        name = "の章名" if len(self.division.path) == 1 else "の節名"
        return [
            (
                w.cite_area(Ref("division", division=self.division.path)) + name + "を次のように",
                "改め",
            )
        ]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new heading."""
        return (render_division(self.division, style),)


@dataclass(frozen=True)
class MoveDivision(Operation):
    """「第3章を第4章とし」: renumber a 章 (with its 節 and 条 headings); its 条 keep their
    numbers."""

    path: Path
    to: Path

    def apply(self, rule: Rule) -> Rule:
        """Give the 章・節, its 節 and the headings of its 条 the new number."""
        require_division(rule, self.path)
        if self.to in {d.path for d in rule.divisions}:
            raise OpError("移す先の章・節が既にあります。", f"division {self.to} exists already.")

        def moved(p: Path) -> Path:
            return self.to + p[len(self.path) :] if _inside(p, self.path) else p

        divisions = tuple(replace(d, path=moved(d.path)) for d in rule.divisions)
        _check_order([d.path for d in divisions if len(d.path) == len(self.to)])
        articles = tuple(replace(a, division=moved(a.division)) for a in rule.articles)
        return replace(rule, divisions=divisions, articles=articles)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第3章を第4章とし」, 「第5章第4節を同章第3節とし」."""
        head = w.cite_division(self.path)
        return [(f"{head}を{w.cite_division(self.to)}", "とし")]


@dataclass(frozen=True)
class DeleteDivision(Operation):
    """「第4章を削り」: a 章 goes with its 節 and all its 条."""

    path: Path

    def apply(self, rule: Rule) -> Rule:
        """Remove the 章・節 with everything inside it."""
        require_division(rule, self.path)
        return replace(
            rule,
            divisions=tuple(d for d in rule.divisions if not _inside(d.path, self.path)),
            articles=tuple(a for a in rule.articles if not _inside(a.division, self.path)),
        )

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第4章を削り」, 「第5章第3節を削り」."""
        head = w.cite_division(self.path)
        w.forget_division(self.path)
        return [(f"{head}を", "削り")]


@dataclass(frozen=True)
class AddDivision(Operation):
    """「第2章の次に次の1章を加える。」 followed by the 章名 and the new 章's 条 (``after`` the 章
    before it).

    With ``where`` "before", ``after`` names the 章・節 the new one goes in front of:
    「第1章を第2章とし、同章の前に次の1章を加える。」 (by analogy with
    「…第一号を第二号とし、同号の前に次の一号を加える。」).
    """

    after: Path
    division: Division
    articles: tuple[Article, ...]
    where: Literal["after", "before"] = "after"

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Insert the 章・節 and its 条 after (or before) the 章・節 named."""
        require_division(rule, self.after)
        if self.division.path in {d.path for d in rule.divisions}:
            raise OpError(
                "その章・節は既にあります。", f"division {self.division.path} exists already."
            )
        at_division = self._position([d.path for d in rule.divisions])
        divisions = rule.divisions[:at_division] + (self.division,) + rule.divisions[at_division:]
        _check_order([d.path for d in divisions if len(d.path) == len(self.division.path)])
        at = self._position([a.division for a in rule.articles])
        new = tuple(replace(a, division=self.division.path) for a in self.articles)
        articles = rule.articles[:at] + new + rule.articles[at:]
        _check_order([unit_number(a) for a in articles])
        return replace(rule, divisions=divisions, articles=articles)

    def _position(self, paths: list[Path]) -> int:
        """Return where the new 章・節 (or its 条) goes: after everything in ``after``, or before
        it."""
        inside = [i for i, p in enumerate(paths) if _inside(p, self.after)]
        if self.where == "before":
            return inside[0] if inside else 0
        return inside[-1] + 1 if inside else 0

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第2章の次に次の1章を加え」, 「同章の前に次の1章を加え」."""
        count = w.style.counter(1, UNITS[len(self.division.path) - 1])
        where = "の前に" if self.where == "before" else "の次に"
        return [(f"{w.cite_division(self.after)}{where}次の{count}を", "加え")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The 章名 (節名) and the new 条."""
        lines = [render_division(self.division, style)]
        return tuple(
            lines + [line for article in self.articles for line in render_article(article, style)]
        )


def require_division(rule: Rule, path: Path) -> None:
    """Raise OpError unless ``rule`` has the 章・節 at ``path``."""
    if path not in {d.path for d in rule.divisions}:
        raise OpError("その章・節はありません。", f"no division {path}.")


def _inside(path: Path, division: Path) -> bool:
    return path[: len(division)] == division


def _check_order(numbers: list[Path] | list[Num]) -> None:
    if any(a >= b for a, b in pairwise(numbers)):
        raise OpError("章又は条の番号の順序が崩れます。", f"numbers out of order: {numbers}.")
