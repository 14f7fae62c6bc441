"""Whole units (条, 項, 号, 細目): replace, delete, add, and the 各号 of a 項.

Forms (docs/amendment-rules.md 2.3, 2.4): 「第3条を次のように改める。」,
「第4条から第6条までを削り」, 「第2条の次に次の1条を加える。」,
「同条に第1項として次の1項を加える」, 「第2項各号を次のように改める。」. Renumbering
(「第5条を第6条とし」, 「第4条から第6条までを1条ずつ繰り下げ」) is in :mod:`.moves`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from gendocs.amend.errors import OpError
from gendocs.amend.ops.base import Clause, Operation, Wording
from gendocs.amend.ops.ref import Ref, show_ref
from gendocs.amend.ops.tree import children, get_unit, with_children
from gendocs.amend.text.model import (
    Article,
    Item,
    Num,
    Paragraph,
    Rule,
    Subitem,
    Unit,
    unit_kind,
    unit_number,
)
from gendocs.amend.text.render import render_article, render_item, render_paragraph, render_subitems
from gendocs.amend.text.style import Style

COUNTERS = {"article": "条", "paragraph": "項", "item": "号"}


@dataclass(frozen=True)
class ReplaceUnit(Operation):
    """「…を次のように改める。」 followed by the new unit(s); ``through`` for a range."""

    target: Ref
    units: tuple[Unit, ...]
    through: Ref | None = None

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Put the new units in place of the target (or of the range up to ``through``)."""
        first, last = indices(rule, self.target, self.through)
        siblings = children(rule, self.target.parent())
        units = self.units
        if isinstance(siblings[first], Article):
            division = siblings[first].division  # type: ignore[union-attr]
            units = tuple(
                replace(u, division=division) if isinstance(u, Article) else u for u in units
            )
        return with_children(
            rule, self.target.parent(), siblings[:first] + units + siblings[last + 1 :]
        )

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第3条を次のように改め」, 「第4条から第6条までを次のように改め」."""
        head = w.cite(self.target, rule)
        if self.through is not None:
            head += "から" + w.cite_apart(self.through, rule) + "まで"
        return [(head + "を次のように", "改め")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new units."""
        return tuple(
            line for unit in self.units for line in unit_lines(unit, style, self.target, 0, rule)
        )


@dataclass(frozen=True)
class DeleteUnits(Operation):
    """「…を削り」: one unit, two joined by 及び, or a range 「AからBまで」 (``through``)."""

    targets: tuple[Ref, ...]
    through: Ref | None = None

    def apply(self, rule: Rule) -> Rule:
        """Remove the units; the numbers of the others stay as they are."""
        if self.through is not None:
            first, last = indices(rule, self.targets[0], self.through)
            siblings = children(rule, self.targets[0].parent())
            return with_children(
                rule, self.targets[0].parent(), siblings[:first] + siblings[last + 1 :]
            )
        for target in self.targets:
            get_unit(rule, target)
            siblings = children(rule, target.parent())
            rule = with_children(
                rule, target.parent(), tuple(u for u in siblings if unit_number(u) != target.key)
            )
        return rule

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第4条を削り」, 「第4条及び第6条を削り」, 「第4条から第6条までを削り」."""
        run = self.through is not None or len(self.targets) > 1
        head = w.cite_structural(self.targets[0], rule, run=run)
        if self.through is not None and self.through.parent() == self.targets[0].parent():
            # The end of a range in the same container is cited by its own number
            # (「附則第三項から第十項までを削る」).
            head += "から" + _own_number(w.style, self.through) + "まで"
        elif self.through is not None:
            head += "から" + w.cite_second(self.through, rule) + "まで"
        elif len(self.targets) == 2:
            head += w.style.and_() + w.cite_second(self.targets[1], rule)
        w.forget(self.targets[0])
        return [(head + "を", "削り")]

    def moves_in(self) -> Ref | None:
        """The container of the deleted units."""
        return self.targets[0].parent()


MAIN = "本則"


@dataclass(frozen=True)
class AddUnits(Operation):
    """「Aの次に次のN条を加える」 (after), 「Aの前に…」 (before), 「Aに次の…を加える」 (end)."""

    anchor: Ref
    where: Literal["after", "before", "end"]
    units: tuple[Unit, ...]

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Insert the units next to the anchor, or at the end of the anchor container."""
        if self.where == "end":
            return self._append(rule)
        first, _ = indices(rule, self.anchor, None)
        siblings = children(rule, self.anchor.parent())
        at = first + 1 if self.where == "after" else first
        units = _placed(self.units, siblings[first])
        return with_children(rule, self.anchor.parent(), siblings[:at] + units + siblings[at:])

    def _append(self, rule: Rule) -> Rule:
        if self.anchor.kind == "division":
            return self._append_to_division(rule, self.anchor.division)
        existing = children(rule, self.anchor)
        return with_children(rule, self.anchor, existing + self.units)

    def _append_to_division(self, rule: Rule, path: tuple[Num, ...]) -> Rule:
        articles = rule.articles
        inside = [i for i, a in enumerate(articles) if a.division[: len(path)] == path]
        if inside:
            at = inside[-1] + 1
            units = _placed(self.units, articles[inside[-1]])
        elif path in {d.path for d in rule.divisions}:
            # An empty 章・節 (its 条 were deleted): its new 条 follow those of the 章・節 before
            # it.
            at = len([a for a in articles if a.division < path])
            units = tuple(
                replace(u, division=path) if isinstance(u, Article) else u for u in self.units
            )
        else:
            raise OpError("その章・節はありません。", f"no division {path}.")
        return with_children(rule, Ref("main"), articles[:at] + units + articles[at:])

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第2条の次に次の1条を加え」, 「第3章に次の1条を加え」,
        「同条に第1項として次の1項を加え」."""
        if isinstance(self.units[0], Subitem):
            return [self._subitems_clause(w, rule)]
        count = w.style.counter(len(self.units), COUNTERS[unit_kind(self.units[0])])
        if self.where == "end":
            head = (
                w.cite_area(self.anchor)
                if self.anchor.kind in ("division", "suppl")
                else MAIN
                if self.anchor.kind == "main"
                else w.cite(self.anchor, rule)
            )
            return [(f"{head}に次の{count}を", "加え")]
        if self.where == "before" and self._as_first_paragraph(w.style):
            # 「同条に第一項として次の一項を加える」 (hoti-ak: recent practice for 項).
            head = w.cite(self.anchor.parent(), rule)
            return [(f"{head}に{w.style.paragraph(1)}として次の{count}を", "加え")]
        head = w.cite_structural(self.anchor, rule)
        where = "の次に" if self.where == "after" else "の前に"
        return [(f"{head}{where}次の{count}を", "加え")]

    def _subitems_clause(self, w: Wording, rule: Rule) -> Clause:
        # 細目 are not counted: 「同号ロの次に次のように加える。」, 「同号に次のように加える。」.
        if self.where == "end":
            return f"{w.cite(self.anchor, rule)}に次のように", "加え"
        where = "の次に" if self.where == "after" else "の前に"
        return f"{w.cite_structural(self.anchor, rule)}{where}次のように", "加え"

    def _as_first_paragraph(self, style: Style) -> bool:
        one_paragraph = len(self.units) == 1 and unit_kind(self.units[0]) == "paragraph"
        return (
            style.first_paragraph == "as_first"
            and one_paragraph
            and self.anchor.parent().kind == "article"
        )

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new units."""
        added = len(self.units)
        return tuple(
            line
            for unit in self.units
            for line in unit_lines(unit, style, self.anchor, added, rule)
        )

    def moves_in(self) -> Ref | None:
        """The container the units are added to, when they go next to a unit in it."""
        return self.anchor.parent() if self.where != "end" else None


def _placed(units: tuple[Unit, ...], neighbour: Unit) -> tuple[Unit, ...]:
    # A new 条 belongs to the 章・節 of the 条 it is placed next to.
    if isinstance(neighbour, Article):
        return tuple(
            replace(u, division=neighbour.division) if isinstance(u, Article) else u for u in units
        )
    return units


@dataclass(frozen=True)
class ReplaceItems(Operation):
    """「…各号を次のように改める。」 followed by every new 号; with no 号, 「…各号を削る」."""

    target: Ref
    items: tuple[Item, ...]

    def apply(self, rule: Rule) -> Rule:
        """Put the new 号 in place of all the 号 of the 項."""
        if not isinstance(get_unit(rule, self.target), Paragraph):
            raise OpError(
                f"{show_ref(self.target)}は項ではありません。", f"{self.target} is not a paragraph."
            )
        return with_children(rule, self.target, self.items)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第2項各号を次のように改め」, 「第2項各号を削り」."""
        head = w.cite(self.target, rule) + "各号を"
        return [(head + "次のように", "改め") if self.items else (head, "削り")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new 号."""
        return tuple(line for item in self.items for line in render_item(item, style))

    def ends_sentence(self) -> bool:
        """The new 号 follow, if there are any."""
        return bool(self.items)


def indices(rule: Rule, target: Ref, through: Ref | None) -> tuple[int, int]:
    """Return the positions of ``target`` and of ``through`` (or ``target`` again) among their
    siblings."""
    siblings = children(rule, target.parent())
    numbers = [unit_number(u) for u in siblings]
    if target.key not in numbers:
        raise OpError(f"{show_ref(target)}がありません。", f"{target} does not exist.")
    last = through.key if through is not None else target.key
    if last not in numbers:
        raise OpError(f"{show_ref(through or target)}がありません。", f"{through} does not exist.")
    return numbers.index(target.key), numbers.index(last)


def unit_lines(unit: Unit, style: Style, ref: Ref, added: int, rule: Rule) -> list[str]:
    """Return a new unit as 例規集 lines; a 項 of the 附則 is numbered when the 附則 has (will have)
    several."""
    if isinstance(unit, Article):
        return render_article(unit, style)
    if isinstance(unit, Subitem):
        return render_subitems((unit,), style, 0)
    if unit_kind(unit) == "item":
        return render_item(unit, style)  # type: ignore[arg-type]
    return render_paragraph(unit, style, numbered=_in_suppl_numbered(ref, added, rule))  # type: ignore[arg-type]


def _in_suppl_numbered(ref: Ref, added: int, rule: Rule) -> bool:
    if ref.area != "suppl" or ref.article is not None or not rule.supplementary:
        return False
    return len(rule.supplementary[0].paragraphs) + added > 1


def _own_number(style: Style, ref: Ref) -> str:
    """A unit's own number (「第十項」, 「第3号」), for the end of a range in its container."""
    if ref.kind == "subitem" and ref.subitem:
        return style.subitem_label(ref.subitem[-1], len(ref.subitem) - 1)
    if ref.kind == "item":
        return style.item(ref.item or ())
    if ref.kind == "paragraph":
        return style.paragraph(ref.paragraph or 1)
    return style.article(ref.article or ())
