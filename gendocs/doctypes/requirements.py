"""アプリケーション要件定義書 (Phase 2, after the 仕様書 group): what the selected service must do
for this consortium, as decided after the selection.

- 機能要件: the 機能要件確認表 (procurement.spec.requirements, the 仕様書's 別紙) with the selected
  proposer's answers, and the Fit & Gap register (content ``fitgap``: each gap's decision per
  member), the customisation requests among them (gendocs.compute.fitgap, from the Facts).
- 非機能要件: 可用性 (the SLA's 稼働率 and the downtime it allows, gendocs.compute.sla), 性能 and
  信頼性 (the SLA's items and incident levels), 継続性 (RPO/RTO), 情報セキュリティ (the 仕様書's
  certifications, the SLA's security items, the policy's 多要素認証).
- データ要件 and 外部インタフェース要件: the 棚卸し's データ一覧 and 連携IF一覧 (content/inventory)
  summed per table and per interface, and the 仕様書's 連携要件.

Outline and sources: tests/doctypes/outlines/requirements.yaml. Values only: the template writes
the headings and the wording.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.compute.fitgap import FitGapResult
from gendocs.compute.sla import Duration, allowed_downtime, service_minutes_per_day
from gendocs.doctypes import Context, DocumentType, register
from gendocs.model import Content
from gendocs.model.fitgap import requirements_of


def requirements_context(content: Content, facts: Facts) -> Context:
    """Return the context of the アプリケーション要件定義書 template."""
    return {
        "req": _functional(content, facts.fitgap),
        "nfr": _non_functional(content),
        "data": _data(content),
    }


def _functional(content: Content, result: FitGapResult | None) -> dict[str, Any]:
    services = {s.id: s.name for s in content.systems.services}
    names = content.member_names()
    rows = requirements_of(content.procurement)
    ev = content.procurement.evaluation
    chosen = None
    if result is not None and content.fitgap is not None:
        chosen = next((p for p in content.fitgap.proposals if p.id == result.selected), None)
    marks = {a.requirement: a for a in chosen.answers} if chosen else {}
    table = []
    for n, r in enumerate(rows, 1):
        key = r.id if r.id is not None else str(n)
        answer = marks.get(key)
        table.append(
            {
                "no": str(n),
                "id": r.id or "",
                "service": services.get(r.service, r.service),
                "function": r.function,
                "required": "必須" if r.required else "任意",
                "kind": r.kind or "",
                "mark": answer.mark if answer else "",
            }
        )
    counts = [
        {
            "mark": f.mark,
            "meaning": f.meaning,
            "count": str(sum(1 for t in table if t["mark"] == f.mark)),
        }
        for f in ev.fit_scores
    ]
    gaps = []
    custom = []
    tally: dict[str, int] = defaultdict(int)
    if result is not None:
        for gap in result.gaps:
            groups: dict[tuple[str, str, str, str], list[str]] = {}
            for d in gap.decisions:
                tally[d.decision] += 1
                group = (d.decision, d.reason, d.decided_by, ja.wareki_date(d.date))
                groups.setdefault(group, []).append(names.get(d.member, d.member))
                if d.decision == "カスタマイズ":
                    custom.append(
                        {
                            "key": gap.row.key,
                            "function": gap.row.requirement.function,
                            "member": names.get(d.member, d.member),
                            "reason": d.reason,
                            "decided_by": d.decided_by,
                            "date": ja.wareki_date(d.date),
                        }
                    )
            gaps.append(
                {
                    "key": gap.row.key,
                    "service": services.get(gap.row.requirement.service, ""),
                    "function": gap.row.requirement.function,
                    "mark": gap.mark,
                    "comment": gap.comment or "",
                    "groups": [
                        {
                            "decision": g[0],
                            "reason": g[1],
                            "decided_by": g[2],
                            "date": g[3],
                            "members": "、".join(m),
                            "count": str(len(m)),
                        }
                        for g, m in groups.items()
                    ],
                    "undecided": "、".join(names.get(m, m) for m in gap.undecided),
                }
            )
    selected_score = None
    if result is not None and chosen is not None:
        mine = next(s for s in result.scores if s.proposer == chosen.id)
        selected_score = f"{mine.points:f}" if mine.points is not None else None
    return {
        "rows": table,
        "count": str(len(table)),
        "required": str(sum(1 for r in rows if r.required)),
        "has_ids": any(r.id for r in rows),
        "has_kinds": any(r.kind for r in rows),
        "selected": chosen.name if chosen else None,
        "answered": ja.wareki_date(chosen.answered) if chosen and chosen.answered else "",
        "score": selected_score,
        "fit_points": str(result.item_points) if result else "",
        "marks": counts,
        "gaps": gaps,
        "undecided": any(g["undecided"] for g in gaps),
        "customisations": custom,
        "tally": [
            {"decision": d, "count": str(tally.get(d, 0))}
            for d in ("運用で対応", "カスタマイズ", "対応不可")
        ],
    }


def _non_functional(content: Content) -> dict[str, Any]:
    sla = content.sla
    hours = sla.service_hours
    allowed = allowed_downtime(sla.availability, hours)
    spec = content.procurement.spec
    security = content.security

    def items(group: str) -> list[dict[str, str]]:
        return [
            {"name": i.name, "target": i.target, "measurement": i.measurement}
            for i in sla.items
            if i.group == group
        ]

    return {
        "availability": ja.format_decimal(sla.availability),
        "hours": {
            "days": hours.days,
            "start": ja.clock_label(hours.start),
            "end": ja.clock_label(hours.end),
            "per_day": Duration(service_minutes_per_day(hours.start, hours.end)).label(),
        },
        "downtime_year": allowed.per_year.label(),
        "downtime_month": allowed.per_month.label(),
        "availability_items": items("可用性"),
        "performance": items("性能"),
        "reliability": items("信頼性"),
        "data_items": items("データ管理"),
        "levels": [
            {"name": lv.name, "notice": lv.notice, "recovery": lv.recovery}
            for lv in sla.incident_levels
        ],
        "continuity": sla.continuity,
        "security_items": items("セキュリティ"),
        "certifications": list(spec.certifications) if spec else [],
        "multi_factor": list(security.multi_factor) if security else [],
        "characters": spec.characters if spec else "",
        "government_cloud": bool(spec and spec.government_cloud),
    }


def _data(content: Content) -> dict[str, Any]:
    services = {s.id: s.name for s in content.systems.services}
    order = {s.id: i for i, s in enumerate(content.systems.services)}
    tables: dict[tuple[str, str], dict[str, Any]] = {}
    for part in content.inventory:
        for d in part.data:
            t = tables.setdefault(
                (d.service, d.table),
                {"columns": set(), "members": set(), "volume": 0, "volumes": {}},
            )
            t["columns"].add(d.column)
            t["members"].add(d.member)
            t["volumes"][d.member] = max(t["volumes"].get(d.member, 0), d.volume)
    interfaces: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for part in content.inventory:
        for f in part.interfaces:
            i = interfaces.setdefault(
                (f.service, f.name, f.partner, f.direction),
                {"methods": [], "timings": [], "members": set()},
            )
            if f.method not in i["methods"]:
                i["methods"].append(f.method)
            if f.timing not in i["timings"]:
                i["timings"].append(f.timing)
            i["members"].add(f.member)
    spec = content.procurement.spec
    return {
        "tables": [
            {
                "service": services.get(s, s),
                "table": name,
                "columns": "、".join(sorted(t["columns"])),
                "members": str(len(t["members"])),
                "volume": f"{sum(t['volumes'].values()):,}",
            }
            for (s, name), t in sorted(
                tables.items(), key=lambda kv: (order.get(kv[0][0], 0), kv[0][1])
            )
        ],
        "interfaces": [
            {
                "service": services.get(s, s),
                "name": name,
                "partner": partner,
                "direction": direction,
                "methods": "、".join(i["methods"]),
                "timings": "、".join(i["timings"]),
                "members": str(len(i["members"])),
            }
            for (s, name, partner, direction), i in sorted(
                interfaces.items(), key=lambda kv: (order.get(kv[0][0], 0), kv[0][1:])
            )
        ],
        "external": [
            {"name": x.name, "information": x.information, "method": x.method}
            for x in (spec.interfaces if spec else ())
        ],
    }


NEEDS = (
    "req.rows[].function",
    "req.rows[].mark",
    "req.gaps[].groups[].decision",
    "req.customisations[].reason",
    "nfr.availability",
    "nfr.downtime_month",
    "nfr.continuity.rpo",
    "nfr.continuity.rto",
    "nfr.performance[].target",
    "nfr.certifications",
    "data.tables[].table",
    "data.interfaces[].partner",
)

register(
    DocumentType(
        name="requirements",
        title="アプリケーション要件定義書",
        template="requirements.docx",
        context=requirements_context,
        order=21,
        phase=2,
        applies=lambda content: bool(requirements_of(content.procurement)),
        needs=NEEDS,
    )
)
