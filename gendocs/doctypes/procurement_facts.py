"""Facts the procurement documents share (調達計画書, RFI, 調達仕様書, RFP, 評価基準書).

The contract period, the members, the 業務 and the 端末数 are formatted once here; the templates
write the words around them (「から…まで」, 「台」, 「の計…業務」, 「なし（全業務を利用）」, the
稼働率 row of the 仕様書). SLA levels are read from ``content.sla``, never restated.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from gendocs import ja
from gendocs.compute.inputs import joining_group
from gendocs.compute.sla import allowed_downtime
from gendocs.doctypes import Context, once
from gendocs.model import Content
from gendocs.model.procurement import EventKind, ScheduleEvent

WEEKDAYS = "月火水木金土日"
# the order the SLA groups appear in the 仕様書; サポート is the ヘルプデスク section
NON_FUNCTIONAL_GROUPS = ("可用性", "信頼性", "性能", "データ管理", "セキュリティ")


def procurement_facts(content: Content) -> Context:
    """Return the keys every procurement template uses (worked out once per build: eleven
    documents use them)."""
    return once(content, _procurement_facts)


def _procurement_facts(content: Content) -> Context:
    return {
        "procurement": content.procurement,
        "deployment": content.plan.deployment,
        "contract": contract_period(
            content.procurement.contract_start, content.procurement.contract_end
        ),
        "ceiling_price": ja.format_yen(content.procurement.ceiling_price),
        "debt_burden": debt_burden(content),
        "scope": scope(content),
        "schedule_rows": event_rows(content.procurement.schedule),
        "deadlines": deadlines(content.procurement.schedule),
        "rfi_rows": event_rows(content.procurement.rfi.schedule),
        "rfi_deadlines": deadlines(content.procurement.rfi.schedule),
        "contact": contact(content),
        "usage_rows": usage_rows(content),
        "service_groups": service_groups(content),
        "sla": sla_facts(content),
        "parties": parties(content),
        "standard": standard_services(content),
        "copies": proposal_copies(content),
    }


def proposal_copies(content: Content) -> dict[str, Any]:
    """提案書の部数: as content gives it, or the 正本 and one 副本 per 選定委員会 member
    (``evaluation.panel.members``) when ``proposal_format.copies`` is omitted; ``total`` 0 when
    neither is known (the documents then ask for the 正本 only)."""
    given = content.procurement.proposal_format.copies
    panel = content.procurement.evaluation.panel
    if given is not None:
        return {"total": f"{given:,}", "panel": None}
    if panel is not None:
        return {"total": f"{panel.members + 1:,}", "panel": panel.name}
    return {"total": 0, "panel": None}


def standard_services(content: Content) -> dict[str, object]:
    """The 業務 marked 標準化対象 and the others, so the template states 標準準拠 and the data
    layout (標準データレイアウト / 中間標準レイアウト) only for the 業務 it applies to."""
    services = content.systems.services
    standard = [s.name for s in services if s.standard]
    others = [s.name for s in services if not s.standard]
    return {
        "count": len(standard),
        "names": "、".join(standard),
        "other_count": len(others),
        "others": "、".join(others),
    }


OWN_NAME_FORMS = ("一部事務組合", "広域連合")


def parties(content: Content) -> dict[str, Any]:
    """Who contracts with the vendor: a 一部事務組合 or 広域連合 in its own name (its executive
    signs), otherwise each member in at the contract's start (its head signs)."""
    consortium = content.consortium
    own = consortium.form in OWN_NAME_FORMS
    start = content.procurement.contract_start
    if own:
        executive = consortium.executive
        names = [consortium.name]
        signers: list[dict[str, str | None]] = [
            {
                "name": consortium.name,
                "title": executive.head if executive else None,
                "address": consortium.office.address,
            }
        ]
    else:
        names = [m.name for m in content.members if m.joining.date <= start]
        signers = [
            {"name": m.name, "title": m.head_title, "address": None}
            for m in content.members
            if m.joining.date <= start
        ]
    later = [m.name for m in content.members if m.joining.date > start]
    return {
        "own_name": own,
        "signers": signers,
        "names": ja.join_names(names),
        "later": ja.join_names(later) if later and not own else None,
        "count": len(signers),
        "provider": content.sla.provider,
    }


def dated(d: date) -> str:
    """和暦 with the day of the week: 令和9年6月15日（火）."""
    return f"{ja.wareki_date(d)}（{WEEKDAYS[d.weekday()]}）"


def contract_period(start: date, end: date) -> dict[str, Any]:
    """The contract period in 和暦, with its length in years and months when it runs whole
    months."""
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    whole = after.day == start.day and months > 0
    years, rest = divmod(months, 12) if whole else (0, 0)
    return {
        "start": ja.wareki_date(start),
        "end": ja.wareki_date(end),
        "years": years,
        "months": rest,
    }


def scope(content: Content) -> dict[str, Any]:
    """対象業務・後続団体・端末数 in one phrase each (the 構成団体 at the document's date are the
    base context's ``membership``)."""
    counts: dict[str, int] = {}
    for service in content.systems.services:
        counts[service.category] = counts.get(service.category, 0) + 1
    later = [m.name for m in content.members if joining_group(content, m) == "後続"]
    return {
        "categories": [{"name": c, "count": n} for c, n in counts.items()],
        "service_count": len(content.systems.services),
        "later_members": ja.join_names(later),
        "terminals": f"{sum(u.terminals for u in content.systems.usage):,}",
        "go_live": go_live_groups(content),
    }


def event_rows(events: Iterable[ScheduleEvent]) -> list[dict[str, str]]:
    """One row per procurement step, in date order."""
    return [{"name": e.name, "date": dated(e.date)} for e in sorted(events, key=lambda e: e.date)]


def deadlines(events: Iterable[ScheduleEvent]) -> dict[str, str]:
    """The dates the text quotes, by kind (an absent kind is the empty string)."""
    found: dict[EventKind, str] = {}
    for event in sorted(events, key=lambda e: e.date):
        found.setdefault(event.kind, dated(event.date))
    keys: dict[str, EventKind] = {
        "published": "公表",
        "question": "質問期限",
        "answer": "回答",
        "application": "参加申込期限",
        "submission": "提出期限",
        "hearing": "審査",
        "result": "結果通知",
    }
    return {key: found.get(kind, "") for key, kind in keys.items()}


def contact(content: Content) -> dict[str, str | None]:
    """提出先・問合せ先: the secretariat's office and contact (None where content has none)."""
    secretariat, office = content.consortium.secretariat, content.consortium.office
    point = secretariat.contact
    # the department is named after the secretariat unless it is the secretariat itself
    department = point.department if point and point.department != secretariat.name else None
    return {
        "department": department,
        "postal_code": office.postal_code,
        "address": office.address,
        "office": office.name,
        "phone": point.phone if point else None,
        "email": point.email if point else None,
    }


def usage_rows(content: Content) -> list[dict[str, Any]]:
    """別紙2: each member's 業務, 端末数 and go-live month."""
    services = content.systems.services
    go_live = {m.member: m.month for m in content.schedule.migrations}
    names = content.member_names()  # once: content.member(id) per row scans every member
    rows = []
    for no, usage in enumerate(content.systems.usage, 1):
        unused = [s.name for s in services if s.id not in usage.services]
        month = go_live.get(usage.member)
        rows.append(
            {
                "no": str(no),
                "name": names[usage.member],
                "terminals": f"{usage.terminals:,}",
                "count": len(usage.services),
                "unused": "、".join(unused),
                "start": ja.wareki_month(month.year, month.month) if month else None,
            }
        )
    return rows


def service_groups(content: Content) -> list[dict[str, Any]]:
    """別紙1: the 業務 by category with how many members use each."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for service in content.systems.services:
        users = sum(service.id in u.services for u in content.systems.usage)
        groups.setdefault(service.category, []).append(
            {"name": service.name, "standard": service.standard, "users": users}
        )
    numbered = []
    no = 0
    for category, rows in groups.items():
        for row in rows:
            no += 1
            row["no"] = str(no)
        numbered.append(
            {
                "category": category,
                "count": len(rows),
                "rows": rows,
                "names": "、".join(r["name"] for r in rows),
            }
        )
    return numbered


def go_live_groups(content: Content) -> list[dict[str, Any]]:
    """本稼働の時期 with the members going live in that month."""
    by_month: dict[Any, list[str]] = {}
    order = {m.id: i for i, m in enumerate(content.members)}  # names in content order
    names = content.member_names()
    for migration in sorted(
        content.schedule.migrations, key=lambda m: (m.month, order.get(m.member, len(order)))
    ):
        by_month.setdefault(migration.month, []).append(names[migration.member])
    return [
        {
            "month": ja.wareki_month(month.year, month.month),
            "members": ja.join_names(names),
            "count": len(names),
        }
        for month, names in by_month.items()
    ]


def sla_facts(content: Content) -> dict[str, Any]:
    """The SLA levels the 仕様書 and RFP quote: the same objects the SLA document shows."""
    sla = content.sla
    hours = sla.service_hours
    # the 稼働率 row that heads 可用性 is written in the 仕様書 template, from ``availability``
    groups = [
        {"name": g, "availability": g == "可用性", "rows": _sla_rows(content, g)}
        for g in NON_FUNCTIONAL_GROUPS
    ]
    downtime = allowed_downtime(sla.availability, hours)
    return {
        "availability": ja.format_decimal(sla.availability),
        "downtime_year": downtime.per_year.label(),
        "downtime_month": downtime.per_month.label(),
        "hours": {
            "days": hours.days,
            "start": ja.clock_label(hours.start),
            "end": ja.clock_label(hours.end),
            "days_per_year": hours.days_per_year,
        },
        "groups": [g for g in groups if g["rows"] or g["availability"]],
        "support_rows": _sla_rows(content, "サポート"),
        "responsibilities": sla.responsibilities,
        "report_day": sla.report_day,
        "meeting_interval": sla.meeting_interval_months,
    }


def _sla_rows(content: Content, group: str) -> list[dict[str, str]]:
    return [
        {
            "name": i.name,
            "description": i.description,
            "target": i.target,
            "measurement": i.measurement,
        }
        for i in content.sla.items
        if i.group == group
    ]


def debt_burden(content: Content) -> Context | None:
    """The 債務負担行為 as the 調達計画書 states it (None when content gives none)."""
    debt = content.procurement.debt_burden
    if debt is None:
        return None
    first, last = debt.start_fiscal_year, debt.end_fiscal_year
    years = (
        ja.fiscal_year_label(first)
        if first == last
        else f"{ja.fiscal_year_label(first)}から{ja.fiscal_year_label(last)}まで"
    )
    return {"amount": ja.format_yen(debt.amount), "years": years}


# Sentence ends of a である sentence and their です・ます form, longest first. A document that
# addresses vendors (RFP, RFI) is written in です・ます and quotes the content's である text (the
# purpose, the tie rule) in that style: 「公用文作成の考え方」 (文化審議会建議, 令和4年1月7日),
# 「伝わる公用文のために」: one style in one document (常体か敬体に統一). 図る, 行う … are listed
# one by one: whether a verb ending in 「る」 is 一段 (求める → 求めます) or 五段 (図る →
# 図ります) cannot be told from its kana.
POLITE_ENDS = (
    ("ものとする", "ものとします"),
    ("とする", "とします"),
    ("である", "です"),
    ("する", "します"),
    ("図る", "図ります"),
    ("行う", "行います"),
    ("よる", "よります"),
    ("なる", "なります"),
    ("ある", "あります"),
    ("いる", "います"),
    ("できる", "できます"),
    ("求める", "求めます"),
    ("定める", "定めます"),
    ("努める", "努めます"),
    ("目指す", "目指します"),
)
_OPEN, _CLOSE = "（「『(", "）」』)"


def _sentences(text: str) -> list[str]:
    """``text`` cut after each 「。」 that is not inside （…） or 「…」."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
        elif ch == "。" and depth == 0:
            out.append(text[start : i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return out


def polite(text: str) -> dict[str, Any]:
    """``text`` in です・ます: ``{"text": …, "quoted": False}``; when a sentence ends in a form
    :data:`POLITE_ENDS` does not know, the text as written with ``quoted`` True, for the template
    to quote it in 「」 as the words of the document it comes from."""
    converted = []
    for sentence in _sentences(text):
        body = sentence.removesuffix("。")
        if body.endswith(("ます", "です", "ません", "でした", "ました")):
            converted.append(sentence)
            continue
        for plain, polite_end in POLITE_ENDS:
            if body.endswith(plain):
                converted.append(body[: -len(plain)] + polite_end + sentence[len(body) :])
                break
        else:
            return {"text": text, "quoted": True}
    return {"text": "".join(converted), "quoted": False}
