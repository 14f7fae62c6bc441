"""Facts the procurement documents share (調達計画書, RFI, 調達仕様書, RFP, 評価基準書).

Every document says the contract period, the members, the 業務 and the 端末数 the same way, so
they are formatted once here. SLA levels are read from ``content.sla``, never restated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from gendocs import ja
from gendocs.compute.sla import allowed_downtime
from gendocs.doctypes import Context
from gendocs.model import Content
from gendocs.model.procurement import EventKind, ScheduleEvent

WEEKDAYS = "月火水木金土日"
# the order the SLA groups appear in the 仕様書; サポート is the ヘルプデスク section
NON_FUNCTIONAL_GROUPS = ("可用性", "信頼性", "性能", "データ管理", "セキュリティ")


def procurement_facts(content: Content) -> Context:
    """Return the keys every procurement template uses."""
    return {
        "procurement": content.procurement,
        "deployment": content.plan.deployment,
        "contract": contract_period(content.procurement.contract_start,
                                    content.procurement.contract_end),
        "ceiling_price": ja.format_yen(content.procurement.ceiling_price),
        "scope": scope(content),
        "schedule_rows": event_rows(content.procurement.schedule),
        "deadlines": deadlines(content.procurement.schedule),
        "rfi_rows": event_rows(content.procurement.rfi.schedule),
        "rfi_deadlines": deadlines(content.procurement.rfi.schedule),
        "contact_rows": contact_rows(content),
        "usage_rows": usage_rows(content),
        "service_groups": service_groups(content),
        "sla": sla_facts(content),
    }


def join_names(names: Sequence[str]) -> str:
    """Join names as 公用文 lists them: 「A、B及びC」."""
    if len(names) <= 1:
        return "".join(names)
    return "、".join(names[:-1]) + "及び" + names[-1]


def dated(d: date) -> str:
    """和暦 with the day of the week: 令和9年6月15日（火）."""
    return f"{ja.wareki_date(d)}（{WEEKDAYS[d.weekday()]}）"



def contract_period(start: date, end: date) -> dict[str, str]:
    """The contract period in 和暦, with its length when it runs whole months."""
    text = f"{ja.wareki_date(start)}から{ja.wareki_date(end)}まで"
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    length = ""
    if after.day == start.day and months > 0:
        years, rest = divmod(months, 12)
        length = (f"{years}年" if years else "") + (f"{rest}か月" if rest else "")
    return {"start": ja.wareki_date(start), "end": ja.wareki_date(end), "text": text,
            "length": length, "with_length": f"{text}（{length}）" if length else text}


def scope(content: Content) -> dict[str, Any]:
    """対象業務・対象団体・端末数 in one phrase each."""
    counts: dict[str, int] = {}
    for service in content.systems.services:
        counts[service.category] = counts.get(service.category, 0) + 1
    later = [m.name for m in content.members if m.joining.group == "後続"]
    return {
        "services": "、".join(f"{c}{n}業務" for c, n in counts.items())
                    + (f"の計{len(content.systems.services)}業務" if len(counts) > 1 else ""),
        "service_count": len(content.systems.services),
        "members": join_names([m.name for m in content.members]),
        "member_count": len(content.members),
        "later_members": join_names(later),
        "terminals": f"{sum(u.terminals for u in content.systems.usage):,}台",
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
    keys: dict[str, EventKind] = {"published": "公表", "question": "質問期限", "answer": "回答",
                                  "application": "参加申込期限", "submission": "提出期限",
                                  "hearing": "審査", "result": "結果通知"}
    return {key: found.get(kind, "") for key, kind in keys.items()}


def contact_rows(content: Content) -> list[dict[str, str]]:
    """提出先・問合せ先: the secretariat's address and contact."""
    c = content.consortium
    contact = c.secretariat.contact
    office = c.office
    rows = [{"label": "担当", "value": f"{c.name} {c.secretariat.name}"
                                        + (f" {contact.department}" if contact
                                           and contact.department != c.secretariat.name else "")},
            {"label": "所在地", "value": (f"〒{office.postal_code} " if office.postal_code else "")
                                         + f"{office.address}（{office.name}）"}]
    if contact and contact.phone:
        rows.append({"label": "電話", "value": contact.phone})
    if contact and contact.email:
        rows.append({"label": "電子メール", "value": contact.email})
    return rows


def usage_rows(content: Content) -> list[dict[str, str]]:
    """別紙2: each member's 業務, 端末数 and go-live month."""
    services = content.systems.services
    go_live = {m.member: m.month for m in content.schedule.migrations}
    rows = []
    for no, usage in enumerate(content.systems.usage, 1):
        unused = [s.name for s in services if s.id not in usage.services]
        month = go_live.get(usage.member)
        rows.append({"no": str(no), "name": content.member(usage.member).name,
                     "terminals": f"{usage.terminals:,}", "count": f"{len(usage.services)}業務",
                     "unused": "、".join(unused) if unused else "なし（全業務を利用）",
                     "start": ja.wareki_month(month.year, month.month) if month else "未定"})
    return rows


def service_groups(content: Content) -> list[dict[str, Any]]:
    """別紙1: the 業務 by category with how many members use each."""
    groups: dict[str, list[dict[str, str]]] = {}
    for service in content.systems.services:
        users = sum(service.id in u.services for u in content.systems.usage)
        groups.setdefault(service.category, []).append(
            {"name": service.name, "standard": "○" if service.standard else "―",
             "users": f"{users}団体"})
    numbered = []
    no = 0
    for category, rows in groups.items():
        for row in rows:
            no += 1
            row["no"] = str(no)
        numbered.append({"category": category, "count": len(rows), "rows": rows,
                         "names": "、".join(r["name"] for r in rows)})
    return numbered


def go_live_groups(content: Content) -> list[dict[str, str]]:
    """本稼働の時期 with the members going live in that month."""
    by_month: dict[Any, list[str]] = {}
    for migration in sorted(content.schedule.migrations, key=lambda m: m.month):
        by_month.setdefault(migration.month, []).append(content.member(migration.member).name)
    return [{"month": ja.wareki_month(month.year, month.month), "members": join_names(names),
             "count": f"{len(names)}団体"} for month, names in by_month.items()]


def sla_facts(content: Content) -> dict[str, Any]:
    """The SLA levels the 仕様書 and RFP quote: the same objects the SLA document shows."""
    sla = content.sla
    hours = sla.service_hours
    groups = [{"name": g, "rows": _sla_rows(content, g)} for g in NON_FUNCTIONAL_GROUPS]
    downtime = allowed_downtime(sla.availability, hours)
    return {
        "availability": f"{ja.format_decimal(sla.availability)}%",
        "downtime_year": downtime.per_year.label(),
        "downtime_month": downtime.per_month.label(),
        "hours": f"{hours.days}の{ja.clock_label(hours.start)}から{ja.clock_label(hours.end)}まで"
                 f"（年間{hours.days_per_year}日）",
        "groups": [g for g in groups if g["rows"]],
        "support_rows": _sla_rows(content, "サポート"),
        "responsibilities": sla.responsibilities,
        "report_day": sla.report_day,
        "meeting_interval": sla.meeting_interval_months,
    }


def _sla_rows(content: Content, group: str) -> list[dict[str, str]]:
    rows = [{"name": i.name, "description": i.description, "target": i.target,
             "measurement": i.measurement} for i in content.sla.items if i.group == group]
    return [_availability_row(content)] + rows if group == "可用性" else rows


def _availability_row(content: Content) -> dict[str, str]:
    """The 稼働率 row, from ``sla.availability`` (stated once in content, as in the SLA)."""
    sla = content.sla
    downtime = allowed_downtime(sla.availability, sla.service_hours)
    return {"name": "サービス稼働率",
            "description": "サービス提供時間のうちサービスを利用できる時間の割合",
            "target": f"{ja.format_decimal(sla.availability)}%以上（許容停止時間 年間{downtime.per_year.label()}、"
                      f"1か月当たり平均{downtime.per_month.label()}）",
            "measurement": "（サービス提供時間－停止時間）÷サービス提供時間。計画停止は停止時間に含めない。"}


