"""現行システム概要調査報告書: the members' survey answers aggregated (lecture 1-2, 作業項目5).

Per member: its systems, yearly running cost and build cost, the earliest renewal against its
go-live; per 業務: which members run it on which system; the vendors and their shares; the
development forms. Every figure is counted from ``systems.surveys``.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from gendocs import ja
from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register
from gendocs.model import Content


def survey_report_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 概要調査報告書 template."""
    names = content.member_names()
    go_live = {m.member: m.month for m in content.schedule.migrations}
    surveys = content.systems.surveys
    systems = [(s.member, system) for s in surveys for system in s.systems]
    members = []
    for survey in surveys:
        month = go_live.get(survey.member)
        early = [
            x
            for x in survey.systems
            if month is not None
            and (x.renewal_due.year, x.renewal_due.month) < (month.year, month.month)
        ]
        members.append(
            {
                "name": names[survey.member],
                "as_of": ja.wareki_date(survey.as_of),
                "systems": str(len(survey.systems)),
                "running": ja.format_amount(
                    sum(
                        x.costs.annual_operation + x.costs.annual_modification
                        for x in survey.systems
                    )
                ),
                "build": ja.format_amount(sum(x.costs.build for x in survey.systems)),
                "renewal": ja.wareki_date(min(x.renewal_due for x in survey.systems)),
                "go_live": ja.wareki_month(month.year, month.month) if month else "未定",
                "before_go_live": str(len(early)),
            }
        )
    by_service = []
    for service in content.systems.services:
        users = [(m, x) for m, x in systems if service.id in x.services]
        by_service.append(
            {
                "name": service.name,
                "members": str(len({m for m, _ in users})),
                "systems": "、".join(
                    f"{name}（{count}）"
                    for name, count in sorted(
                        Counter(x.name for _, x in users).items(), key=lambda i: (-i[1], i[0])
                    )
                )
                or "なし",
            }
        )
    vendors = Counter(x.vendor for _, x in systems)
    vendor_members = {v: {m for m, x in systems if x.vendor == v} for v in vendors}
    total = len(systems)
    return {
        "survey": {
            "members": str(len(surveys)),
            "systems": str(total),
            "first": ja.wareki_date(min(s.as_of for s in surveys)),
            "last": ja.wareki_date(max(s.as_of for s in surveys)),
            "by_member": members,
            "running_total": ja.format_amount(
                sum(x.costs.annual_operation + x.costs.annual_modification for _, x in systems)
            ),
            "by_service": by_service,
            "vendors": [
                {
                    "name": v,
                    "systems": str(n),
                    "members": str(len(vendor_members[v])),
                    "share": ja.format_percent(Decimal(n) / Decimal(total)),
                }
                for v, n in sorted(vendors.items(), key=lambda item: (-item[1], item[0]))
            ],
            "forms": [
                {"name": f, "systems": str(n)}
                for f, n in sorted(
                    Counter(x.development for _, x in systems).items(),
                    key=lambda item: (-item[1], item[0]),
                )
            ],
        }
    }


NEEDS = (
    "survey.by_member[].running",
    "survey.by_member[].renewal",
    "survey.by_service[].systems",
    "survey.vendors[].share",
)

register(
    DocumentType(
        name="survey_report",
        title="現行システム概要調査報告書",
        template="survey_report.docx",
        context=survey_report_context,
        order=2,
        phase=1,
        applies=lambda content: bool(content.systems.surveys),
        needs=NEEDS,
    )
)
