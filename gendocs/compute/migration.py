"""The 移行計画書's months: each member's rehearsals, training and parallel running counted back
and forth from its go-live, its current systems against that go-live, and the renewal (更改)
steps counted back from the contract end. Pure: the content in, months and sums out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from gendocs.model import Content
from gendocs.model.base import YearMonth
from gendocs.model.migration import MigrationPlan, RenewalStep
from gendocs.model.schedule import Bridging
from gendocs.model.systems import CurrentSystem


@dataclass(frozen=True)
class SystemRenewal:
    """A current system of a member: whether it renews before the go-live, and its bridging."""

    system: CurrentSystem
    before_go_live: bool
    bridging: Bridging | None


@dataclass(frozen=True)
class MemberTimeline:
    """One member's migration months."""

    member: str
    go_live: YearMonth
    rehearsals: tuple[YearMonth, ...]  # one per migration.rehearsals, same order
    training: tuple[YearMonth, ...]  # one per migration.training, same order
    parallel_end: YearMonth | None  # the last month of parallel running; None: no parallel
    systems: tuple[SystemRenewal, ...]
    bridging_total: int  # yen until go-live, the sum of the member's bridging amounts


@dataclass(frozen=True)
class RenewalEntry:
    """A renewal step placed in months: first and last month (inclusive)."""

    step: RenewalStep
    start: YearMonth
    end: YearMonth


def _shift(month: YearMonth, months: int) -> YearMonth:
    return YearMonth.from_index(month.index + months)


def member_timelines(content: Content, plan: MigrationPlan) -> tuple[MemberTimeline, ...]:
    """Each member with a go-live month, in the order of members.yaml."""
    order = {m.id: i for i, m in enumerate(content.members)}
    surveys = {s.member: s for s in content.systems.surveys}
    timelines = []
    for migration in sorted(
        content.schedule.migrations, key=lambda m: order.get(m.member, len(order))
    ):
        live = migration.month
        bridged = {b.system: b for b in migration.bridging}
        survey = surveys.get(migration.member)
        systems = tuple(
            SystemRenewal(x, x.renewal_due < live.first_day(), bridged.get(x.id))
            for x in (survey.systems if survey else ())
        )
        timelines.append(
            MemberTimeline(
                member=migration.member,
                go_live=live,
                rehearsals=tuple(_shift(live, -r.months_before) for r in plan.rehearsals),
                training=tuple(_shift(live, -t.months_before) for t in plan.training),
                parallel_end=_shift(live, plan.parallel_months - 1)
                if plan.parallel_months
                else None,
                systems=systems,
                bridging_total=sum(b.amount for b in migration.bridging),
            )
        )
    return tuple(timelines)


def contract_end_month(end: date) -> YearMonth:
    """The month the service contract ends in."""
    return YearMonth(end.year, end.month)


def renewal_timeline(steps: Sequence[RenewalStep], contract_end: date) -> tuple[RenewalEntry, ...]:
    """The renewal steps placed back from the contract's last month, in content order."""
    end = contract_end_month(contract_end)
    return tuple(
        RenewalEntry(
            step,
            _shift(end, -step.months_before_end),
            _shift(end, -step.months_before_end + step.months - 1),
        )
        for step in steps
    )
