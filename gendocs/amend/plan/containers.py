"""Plan the units of one container (本則, 附則, a 条 or a 項): keep, delete, move, add.

Order (docs/amendment-rules.md 2.3, 2.7, 4.3):

1. front to back: the changes inside units that keep their number, deletions (削る), and units
   moving up (繰上げ) — each unit's 字句 before its move; without any 繰下げ, new units are
   added here too, in text order;
2. back to front: units moving down (繰下げ), so that the target number is free, each after its
   own 字句; new units are added as soon as the unit before them stands at its final number.

A run of at least K consecutive units moving the same distance is moved with 「…から…までを
N条ずつ繰り下げ」 except the unit nearest the free space, which moves alone (ワークブック法制執務,
as cited in the joureikun FAQ p=170); units with 枝番 always move one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from gendocs.amend.align.units import Pair, align
from gendocs.amend.errors import InexpressibleChangeError
from gendocs.amend.ops import AddUnits, DeleteUnits, MoveUnit, Ref, ReplaceUnit, ShiftUnits
from gendocs.amend.ops.words import SetCaption
from gendocs.amend.plan.units import Emitter, plan_unit
from gendocs.amend.text.model import (
    MAIN_ARTICLE,
    Article,
    Subitem,
    Unit,
    renumber,
    unit_kind,
    unit_number,
)
from gendocs.amend.text.style import Style
from gendocs.errors import Msg


@dataclass
class Container:
    """Plans the units of one container (本則, 附則, a 条 or a 項)."""

    out: Emitter
    style: Style
    top: bool
    added: set[int] = field(default_factory=set)

    def _children(
        self, out: Emitter, parent: Ref, old: tuple[Unit, ...], new: tuple[Unit, ...]
    ) -> None:
        Container(out, self.style, top=False).plan(parent, old, new)

    def plan(self, parent: Ref, old: tuple[Unit, ...], new: tuple[Unit, ...]) -> None:
        pairs = align(old, new)
        if self.top:
            _check_divisions(pairs)
        self.added = set()
        if self.top and self._main_to_articles(parent, pairs):
            return
        self._forward(parent, pairs)
        self._backward(parent, pairs)

    def _main_to_articles(self, parent: Ref, pairs: tuple[Pair, ...]) -> bool:
        """Turn a 本則 of 項 only into a 条 among new 条, as published (joureikun FAQ p=848):
        「本則中…に改め、本則を第2条とし、同条に見出しとして「（委任）」を付し、同条の前に次の1条を
        加える。」 then 「本則に次の1条を加える。」; tell whether the pairs had that shape."""
        at = [i for i, p in enumerate(pairs) if p.old is not None]
        if len(at) != 1:
            return False
        main = pairs[at[0]]
        if (
            not isinstance(main.old, Article)
            or not isinstance(main.new, Article)
            or main.old.number != MAIN_ARTICLE
            or main.new.number == MAIN_ARTICLE
        ):
            return False
        ref = parent.child("article", MAIN_ARTICLE)
        to = parent.child("article", main.new.number)
        plan_unit(
            self.out, ref, main.old, replace(main.new, caption=main.old.caption), self._children
        )
        self.out.add(MoveUnit(ref, to))
        if main.new.caption != main.old.caption:
            self.out.add(SetCaption(to, main.new.caption))
        before = tuple(p.new for p in pairs[: at[0]] if p.new is not None)
        after = tuple(p.new for p in pairs[at[0] + 1 :] if p.new is not None)
        if before:
            self.out.add(AddUnits(to, "before", before))
            self.out.end()  # 「本則に次の1条を加える。」 is a sentence of its own (p=848)
        if after:
            self.out.add(AddUnits(Ref("main"), "end", after))
            self.out.end()
        return True

    # -- pass 1: keep, delete, move up ---------------------------------------------------------

    def _forward(self, parent: Ref, pairs: tuple[Pair, ...]) -> None:
        # Without 繰下げ, new units are added in text order, right after the unit before them.
        early = not any(p.moved > 0 for p in pairs)
        i = 0
        while i < len(pairs):
            pair = pairs[i]
            if pair.old is not None and pair.new is None:
                i = self._delete_run(parent, pairs, i)
                continue
            if pair.old is not None and pair.new is not None and pair.moved == 0:
                i = self._keep(parent, pairs, i)
            elif pair.moved < 0:
                i = self._move_run(parent, pairs, i, step=1)
            else:
                i += 1
                continue
            if early:
                self._add_early(parent, pairs, i)

    def _add_early(self, parent: Ref, pairs: tuple[Pair, ...], i: int) -> None:
        end = i
        while end < len(pairs) and pairs[end].old is None:
            end += 1
        before = pairs[i - 1].new
        if end == i or before is None:
            return
        group = [p.new for p in pairs[i:end] if p.new is not None]
        if isinstance(before, Article) and any(
            isinstance(u, Article) and u.division != before.division for u in group
        ):
            return  # placed before a 条 of another 章, which may not stand at its number yet
        # Units still to be deleted or moved up keep their numbers until then.
        waiting = {
            unit_number(p.old)
            for p in pairs[end:]
            if p.old is not None and (p.new is None or p.moved < 0)
        }
        if any(unit_number(u) in waiting for u in group):
            return
        self._add(parent, pairs, before, group)
        self.added.update(range(i, end))

    def _keep(self, parent: Ref, pairs: tuple[Pair, ...], i: int) -> int:
        pair = pairs[i]
        assert pair.old is not None and pair.new is not None
        ref = parent.child(unit_kind(pair.old), unit_number(pair.old))
        absorbed = _absorbed(pairs, i)
        if absorbed:
            last = pairs[i + absorbed].old
            assert last is not None
            self.out.add(
                ReplaceUnit(
                    ref, (pair.new,), through=parent.child(unit_kind(last), unit_number(last))
                )
            )
            return i + absorbed + 1
        if pair.old != pair.new:
            if self.top:
                self.out.end()
            plan_unit(self.out, ref, pair.old, pair.new, self._children)
            if self.top:
                self.out.end()
        return i + 1

    def _delete_run(self, parent: Ref, pairs: tuple[Pair, ...], i: int) -> int:
        run: list[Ref] = []
        while i < len(pairs) and pairs[i].new is None:
            unit = pairs[i].old
            assert unit is not None
            run.append(parent.child(unit_kind(unit), unit_number(unit)))
            i += 1
        if len(run) >= 3:
            self.out.add(DeleteUnits((run[0],), through=run[-1]))
        else:
            self.out.add(DeleteUnits(tuple(run)))
        return i

    # -- pass 2: move down and add ---------------------------------------------------------------

    def _backward(self, parent: Ref, pairs: tuple[Pair, ...]) -> None:
        pending: list[Unit] = []
        i = len(pairs) - 1
        while i >= 0:
            pair = pairs[i]
            if i in self.added:
                i -= 1
                continue
            if pair.old is None:
                assert pair.new is not None
                pending.insert(0, pair.new)
                i -= 1
                continue
            if pair.new is None:
                i -= 1
                continue
            if pair.moved > 0:
                i = self._move_run(parent, pairs, i, step=-1)
            else:
                i -= 1
            if pending:
                self._add(parent, pairs, pair.new, pending)
                pending = []
        if pending:
            self._add(parent, pairs, None, pending)

    def _add(
        self, parent: Ref, pairs: tuple[Pair, ...], before: Unit | None, units: list[Unit]
    ) -> None:
        following = _following(pairs, units[-1])
        kind = unit_kind(units[0])
        if kind == "article":
            # New 条 of different 章 are added separately, each next to a 条 of its own 章.
            for run in _division_runs(units):
                moved = before is not None and self._just_moved(
                    parent.child("article", unit_number(before))
                )
                self.out.add(
                    _add_articles(parent, before, _following(pairs, run[-1]), tuple(run), moved)
                )
                before = run[-1]
        elif following is None:
            self.out.add(AddUnits(parent, "end", tuple(units)))
        elif before is not None:
            self.out.add(AddUnits(parent.child(kind, unit_number(before)), "after", tuple(units)))
        else:
            self.out.add(
                AddUnits(parent.child(kind, unit_number(following)), "before", tuple(units))
            )

    def _just_moved(self, ref: Ref) -> bool:
        """Tell whether the sentence so far ends by moving a unit to ``ref``."""
        last = self.out.current[-1] if self.out.current else None
        return isinstance(last, MoveUnit) and last.to == ref

    # -- moves -----------------------------------------------------------------------------------

    def _move_run(self, parent: Ref, pairs: tuple[Pair, ...], i: int, *, step: int) -> int:
        """Move the unit at ``i`` and any run it starts (step +1: upward pass, -1: downward)."""
        run = _run(pairs, i, step)
        singles = max(self.style.single_moves, 1)
        if len(run) >= self.style.run_threshold and len(run) - singles >= 2:
            # The unit at the moving end goes first, alone (so its target number is free), then the
            # rest.
            for pair in run[:singles]:
                self._move_one(parent, pair)
            first, last = sorted((run[singles], run[-1]), key=lambda p: unit_number(p.old))  # type: ignore[arg-type]
            assert first.old is not None and last.old is not None and first.new is not None
            kind = unit_kind(first.old)
            delta = unit_number(first.new)[0] - unit_number(first.old)[0]
            self.out.add(
                ShiftUnits(
                    parent.child(kind, unit_number(first.old)),
                    parent.child(kind, unit_number(last.old)),
                    delta,
                )
            )
            return i + step * len(run)
        self._move_one(parent, pairs[i])
        return i + step

    def _move_one(self, parent: Ref, pair: Pair) -> None:
        assert pair.old is not None and pair.new is not None
        kind = unit_kind(pair.old)
        ref = parent.child(kind, unit_number(pair.old))
        plan_unit(self.out, ref, pair.old, pair.new, self._children)
        self.out.add(MoveUnit(ref, parent.child(kind, unit_number(pair.new))))


def _check_divisions(pairs: tuple[Pair, ...]) -> None:
    for pair in pairs:
        if (
            isinstance(pair.old, Article)
            and isinstance(pair.new, Article)
            and pair.old.division != pair.new.division
        ):
            raise InexpressibleChangeError(
                "第" + "の".join(map(str, pair.old.number)) + "条",
                Msg(
                    "条を他の章・節へ移しています。",
                    "moves an article to another chapter or section.",
                ),
            )


def _absorbed(pairs: tuple[Pair, ...], i: int) -> int:
    """Count the deleted units a new range placeholder (第5条から第8条まで　削除) takes in."""
    new = pairs[i].new
    if not isinstance(new, Article) or new.through is None:
        return 0
    count = 0
    while i + count + 1 < len(pairs):
        nxt = pairs[i + count + 1]
        if nxt.new is not None or nxt.old is None or unit_number(nxt.old) > new.through:
            break
        count += 1
    return count


def _run(pairs: tuple[Pair, ...], i: int, step: int) -> list[Pair]:
    """Return the run of plain, consecutive units starting at ``i`` that move the same distance."""
    run = [pairs[i]]
    if not _plain_move(pairs[i]):
        return run
    delta = _delta(pairs[i])
    j = i + step
    while 0 <= j < len(pairs) and _plain_move(pairs[j]) and _delta(pairs[j]) == delta:
        a, b = run[-1].old, pairs[j].old
        assert a is not None and b is not None
        if abs(unit_number(a)[0] - unit_number(b)[0]) != 1:
            break
        if isinstance(a, Article) and isinstance(b, Article) and a.division != b.division:
            break  # a range stays inside its 章・節 (「第3章中第13条を…」 names one 章)
        run.append(pairs[j])
        j += step
    return run


def _plain_move(pair: Pair) -> bool:
    # 字句 changes of a unit come right before its own move; 枝番 cannot be written as 「N条ずつ」.
    if pair.old is None or pair.new is None or pair.moved == 0:
        return False
    if isinstance(pair.old, Subitem):
        return (
            False  # 細目 have no counter for 「…ずつ」: each moves alone (「同号ハを同号ロとし」)
        )
    if len(unit_number(pair.old)) > 1 or len(unit_number(pair.new)) > 1:
        return False
    return renumber(pair.new, unit_number(pair.old)) == pair.old


def _delta(pair: Pair) -> int:
    assert pair.old is not None and pair.new is not None
    return unit_number(pair.new)[0] - unit_number(pair.old)[0]


def _following(pairs: tuple[Pair, ...], unit: Unit) -> Unit | None:
    """Return the unit after ``unit`` in the new text."""
    news = [p.new for p in pairs if p.new is not None]
    at = news.index(unit)
    return news[at + 1] if at + 1 < len(news) else None


def _division_runs(units: list[Unit]) -> list[list[Unit]]:
    runs: list[list[Unit]] = []
    for unit in units:
        division = unit.division if isinstance(unit, Article) else ()
        last = runs[-1][-1] if runs else None
        if isinstance(last, Article) and last.division == division:
            runs[-1].append(unit)
        else:
            runs.append([unit])
    return runs


def _add_articles(
    parent: Ref,
    before: Unit | None,
    following: Unit | None,
    units: tuple[Unit, ...],
    moved: bool = False,
) -> AddUnits:
    division = units[0].division if isinstance(units[0], Article) else ()
    if isinstance(before, Article) and before.division == division:
        # After the last 条 of a 章・節 that has just moved, named with its 章・節
        # (「第3章第2節中同条を第27条とし、同条の次に次の1条を加える」 hoti-ak), the new 条 follow
        # it; otherwise at a boundary they are added to the 章・節 itself
        # (「第1章に次の1条を加える」).
        if (
            division
            and not moved
            and not (isinstance(following, Article) and following.division == division)
        ):
            return AddUnits(Ref("division", division=division), "end", units)
        if not division and following is None and parent.area == "main" and not moved:
            # after the last 条 of a 本則 without 章: 「本則に次の1条を加える」
            return AddUnits(Ref("main"), "end", units)
        return AddUnits(parent.child("article", before.number), "after", units)
    if isinstance(following, Article) and following.division == division:
        return AddUnits(parent.child("article", following.number), "before", units)
    if division and parent.area == "main":
        # The 章・節 has no 条 left next to them (its 条 were all deleted):
        # 「第1章に次の1条を加える」.
        return AddUnits(Ref("division", division=division), "end", units)
    raise InexpressibleChangeError(
        "第"
        + "の".join(map(str, units[0].number if isinstance(units[0], Article) else (0,)))
        + "条",
        Msg("新しい章・節を設ける改正です。", "creates a new chapter or section."),
    )
