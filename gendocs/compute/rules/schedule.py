"""Schedule order across documents: drafting before publication, RFI → RFP → contract,
current systems that renew before their member's go-live, and the renewal (更改) steps of the
移行計画書 inside the contract, after the last go-live and with the time the procurement took.
(Go-live inside the contract and every step before the contract are domain checks:
gendocs/validate/checks/procurement.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from gendocs.compute.documents import VENDOR_DOCUMENTS, publication
from gendocs.compute.migration import contract_end_month, renewal_timeline
from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import Msg
from gendocs.ja.wareki import wareki_date, wareki_month
from gendocs.load import KeyPath
from gendocs.model.base import YearMonth


def _month(day: date) -> YearMonth:
    return YearMonth(day.year, day.month)


def _ym(month: YearMonth) -> str:
    return wareki_month(month.year, month.month)


def _names(deliverable: str, title: str) -> bool:
    return deliverable == title or title.endswith(deliverable) or deliverable.startswith(title)


def drafting(facts: Facts) -> Iterator[Finding]:
    """A task that drafts a vendor document ends in a month before the document is published."""
    content = facts.content
    for i, task in enumerate(content.schedule.tasks):
        for d, deliverable in enumerate(task.deliverables):
            for name, (title, _) in VENDOR_DOCUMENTS.items():
                published = publication(content, name)
                if not _names(deliverable, title) or published is None:
                    continue
                where, day = published
                if task.end.index >= _month(day).index:
                    yield Finding(
                        (
                            ("schedule", "tasks", i, "end"),
                            ("schedule", "tasks", i, "deliverables", d),
                            where,
                        ),
                        Msg(
                            f"作業「{task.name}」は{_ym(task.end)}まで{title}を作成しますが、"
                            f"{title}は{wareki_date(day)}に公表されます。作業を公表の前月までに"
                            "終えるか、公表日を後にしてください",
                            f"the task '{task.id}' drafts the {name} document until "
                            f"{task.end.year}-{task.end.month:02d}, but it is published on {day}; "
                            "end the task in an earlier month or publish later",
                        ),
                    )


def procurement_order(facts: Facts) -> Iterator[Finding]:
    """RFI before RFP before evaluation before contract; each schedule in date order."""
    proc = facts.content.procurement
    steps: list[tuple[KeyPath, date, str]] = []
    for base, events in (
        (("procurement", "rfi", "schedule"), proc.rfi.schedule),
        (("procurement", "schedule"), proc.schedule),
    ):
        steps += [(base + (i, "date"), e.date, e.name) for i, e in enumerate(events)]
    steps.append((("procurement", "contract_start"), proc.contract_start, "契約期間の開始"))
    pairs = zip(steps, steps[1:], strict=False)
    for (before, day_before, name_before), (after, day_after, name_after) in pairs:
        if day_after < day_before:
            yield Finding(
                (after, before),
                Msg(
                    f"「{name_after}」（{wareki_date(day_after)}）が前の手続「{name_before}」"
                    f"（{wareki_date(day_before)}）より前です。情報提供依頼・提案依頼・審査・契約の"
                    "順に日付を並べてください",
                    f"'{name_after}' ({day_after}) comes before the step before it, "
                    f"'{name_before}' ({day_before}); date RFI, RFP, evaluation and contract "
                    "in that order",
                ),
            )


def renewals(facts: Facts) -> Iterator[Finding]:
    """A current system that renews before its member's go-live has its bridging cost."""
    content = facts.content
    live = {m.member: (i, m) for i, m in enumerate(content.schedule.migrations)}
    names = {m.id: m.name for m in content.members}
    for s, survey in enumerate(content.systems.surveys):
        if survey.member not in live:
            continue
        m, migration = live[survey.member]
        month = migration.month
        first_day = date(month.year, month.month, 1)
        bridged = {b.system for b in migration.bridging}
        here: KeyPath = ("schedule", "migrations", m, "month")
        for k, system in enumerate(survey.systems):
            if system.renewal_due >= first_day or system.id in bridged:
                continue
            path: KeyPath = ("systems", "surveys", s, "systems", k)
            yield Finding(
                (path + ("renewal_due",), here),
                Msg(
                    f"{names[survey.member]}の「{system.name}」は{wareki_date(system.renewal_due)}に"
                    f"更新予定ですが、本稼働は{_ym(month)}です。本稼働までの延長・再リースの費用を"
                    "移行時期の bridging に書くか、移行時期を見直してください",
                    f"'{survey.member}' system '{system.id}' renews on {system.renewal_due}, "
                    f"before its go-live {month.year}-{month.month:02d}; give the extension or "
                    "re-lease cost in the migration's bridging, or move the go-live",
                ),
                "warning",
            )
        known = {system.id for system in survey.systems}
        for b, bridging in enumerate(migration.bridging):
            if bridging.system not in known:
                yield Finding(
                    (
                        ("schedule", "migrations", m, "bridging", b, "system"),
                        ("systems", "surveys", s),
                    ),
                    Msg(
                        f"{names[survey.member]}の現行システム調査に「{bridging.system}」がありません"
                        f"（あるもの: {'、'.join(sorted(known))}）",
                        f"no current system '{bridging.system}' in the survey of "
                        f"'{survey.member}' (known: {', '.join(sorted(known))})",
                    ),
                )


def renewal(facts: Facts) -> Iterator[Finding]:
    """The renewal steps: in order, each ending by the contract's last month, the first starting
    after the last member's go-live, and the next procurement (its steps from the first start to
    the last end) given at least the months this procurement took (RFI or publication to the
    contract start)."""
    content = facts.content
    if content.migration is None:
        return
    proc = content.procurement
    base: KeyPath = ("migration", "renewal")
    entries = renewal_timeline(content.migration.renewal, proc.contract_end)
    last = contract_end_month(proc.contract_end)
    for i, (a, b) in enumerate(zip(entries, entries[1:], strict=False)):
        if b.step.months_before_end > a.step.months_before_end:
            yield Finding(
                (base + (i + 1, "months_before_end"), base + (i, "months_before_end")),
                Msg(
                    f"更改の手順「{b.step.name}」が前の手順「{a.step.name}」より早く始まります。"
                    "契約期間の終了から遠い順に並べてください",
                    f"renewal step '{b.step.name}' starts before the step above it; list the "
                    "steps from the earliest",
                ),
            )
    for i, entry in enumerate(entries):
        if entry.end.index > last.index:
            yield Finding(
                (
                    base + (i, "months"),
                    base + (i, "months_before_end"),
                    ("procurement", "contract_end"),
                ),
                Msg(
                    f"更改の手順「{entry.step.name}」は{_ym(entry.end)}まで続き、契約期間の終了"
                    f"（{wareki_date(proc.contract_end)}）を越えます。開始を早めるか期間を短くして"
                    "ください",
                    f"renewal step '{entry.step.name}' runs to {entry.end}, past the contract "
                    f"end {proc.contract_end}; start it earlier or shorten it",
                ),
            )
    live = [(m, migration) for m, migration in enumerate(content.schedule.migrations)]
    if entries and live:
        m, latest = max(live, key=lambda item: item[1].month.index)
        first = entries[0]
        if first.start.index <= latest.month.index:
            yield Finding(
                (base + (0, "months_before_end"), ("schedule", "migrations", m, "month")),
                Msg(
                    f"更改の最初の手順「{first.step.name}」（{_ym(first.start)}）が、最後の本稼働"
                    f"（{_ym(latest.month)}）より前に始まります。移行を終えてから更改の検討を"
                    "始めるよう月数を見直してください",
                    f"the first renewal step starts {first.start}, not after the last go-live "
                    f"{latest.month}; start the renewal after migration ends",
                ),
                "warning",
            )
    steps = [(i, e) for i, e in enumerate(entries) if e.step.procurement]
    if not steps:
        return
    opened = proc.rfi.schedule[0] if proc.rfi.schedule else proc.schedule[0]
    opened_path: KeyPath = (
        ("procurement", "rfi", "schedule", 0, "date")
        if proc.rfi.schedule
        else ("procurement", "schedule", 0, "date")
    )
    took = _month(proc.contract_start).index - _month(opened.date).index
    given = steps[-1][1].end.index + 1 - steps[0][1].start.index
    if given < took:
        yield Finding(
            (
                base + (steps[0][0], "months_before_end"),
                opened_path,
                ("procurement", "contract_start"),
            ),
            Msg(
                f"更改の調達手続（{_ym(steps[0][1].start)}～{_ym(steps[-1][1].end)}）は{given}か月"
                f"ですが、今回の調達は「{opened.name}」（{wareki_date(opened.date)}）から契約期間の"
                f"開始（{wareki_date(proc.contract_start)}）まで{took}か月を要しました。調達の手順を"
                "早めに始めてください",
                f"the renewal procurement is given {given} months, but this procurement took "
                f"{took} months from '{opened.name}' ({opened.date}) to the contract start "
                f"({proc.contract_start}); start its steps earlier",
            ),
            "warning",
        )


RULES = (
    Rule("schedule.drafting", drafting),
    Rule("schedule.procurement_order", procurement_order),
    Rule("schedule.renewals", renewals),
    Rule("schedule.contract_renewal", renewal),
)
