"""Schedule order across documents: drafting before publication, RFI → RFP → contract, and
current systems that renew before their member's go-live. (Go-live inside the contract and
every step before the contract are domain checks: gendocs/validate/checks/procurement.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from gendocs.compute.documents import VENDOR_DOCUMENTS, publication
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


RULES = (
    Rule("schedule.drafting", drafting),
    Rule("schedule.procurement_order", procurement_order),
    Rule("schedule.renewals", renewals),
)
