"""現行システム概要調査報告書: the members' survey answers aggregated (lecture 1-2, 作業項目5).

Per member: its systems, yearly running cost and build cost, the earliest renewal against its
go-live; per 業務: which members run it on which system; the vendors and their shares; the
development forms. Every figure is counted from ``systems.surveys``.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any, get_type_hints

from gendocs import ja
from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register
from gendocs.model import Content
from gendocs.model.base import literal_values
from gendocs.model.systems import PrintJob, Priority, SurveyIssue
from gendocs.render.charts import Timeline, timeline_chart
from gendocs.render.docx import Image


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
            "renewal_chart": Image(_renewal_chart(content), 160),
            **_answers(content),
            "forms": [
                {"name": f, "systems": str(n)}
                for f, n in sorted(
                    Counter(x.development for _, x in systems).items(),
                    key=lambda item: (-item[1], item[0]),
                )
            ],
        }
    }


def _renewal_chart(content: Content) -> bytes:
    """Each member's renewals (調査項目6) against its go-live (the plan's 移行時期), one row a
    member in the order of the surveys."""
    names = content.member_names()
    go_live = {m.member: m.month for m in content.schedule.migrations}
    rows = []
    days = []
    for survey in content.systems.surveys:
        month = go_live.get(survey.member)
        renewals = sorted(
            {x.renewal_due.year * 12 + x.renewal_due.month - 1 for x in survey.systems}
        )
        rows.append(Timeline(names[survey.member], tuple(renewals), month.index if month else None))
        days += [x.renewal_due for x in survey.systems]
        if month is not None:
            days.append(month.first_day())
    first = ja.fiscal_year(min(days))
    last = ja.fiscal_year(max(days))
    labels = [ja.fiscal_year_label(fy).replace("令和", "R") for fy in range(first, last + 1)]
    return timeline_chart(
        rows, first, last, labels, ["現行システムの更新予定", "本稼働", "本稼働までの延長等の期間"]
    )


def _answers(content: Content) -> dict[str, Any]:
    """The 課題 per category and member, the 重視する点 per point and weight, the 大量帳票 per
    member and paper (the categories, points and papers in the model's order)."""
    names = content.member_names()
    surveys = content.systems.surveys
    service_names = {s.id: s.name for s in content.systems.services}
    categories = literal_values(get_type_hints(SurveyIssue)["category"]) or ()
    issues = [(s.member, x) for s in surveys for x in s.issues]
    by_category = []
    for category in categories:
        found = [m for m, x in issues if x.category == category]
        if found:
            by_category.append(
                {
                    "name": str(category),
                    "count": str(len(found)),
                    "members": str(len(set(found))),
                    "by_member": _counted(found, names),
                }
            )
    points = literal_values(get_type_hints(Priority)["point"]) or ()
    priorities = [(s.member, x) for s in surveys for x in s.priorities]
    by_point = []
    for point in points:
        weights = [(m, x.level) for m, x in priorities if x.point == point]
        if weights:
            levels = Counter(level for _, level in weights)
            by_point.append(
                {
                    "name": str(point),
                    "high": str(levels["高"]),
                    "middle": str(levels["中"]),
                    "low": str(levels["低"]),
                    "members": str(len({m for m, _ in weights})),
                    "high_members": "、".join(names[m] for m, level in weights if level == "高")
                    or "なし",
                }
            )
    papers = literal_values(get_type_hints(PrintJob)["paper"]) or ()
    jobs = [(s.member, x) for s in surveys for x in s.print_jobs]
    by_paper = [
        {
            "name": str(paper),
            "forms": str(len(printed)),
            "sheets": ja.format_amount(sum(x.sheets for x in printed)),
        }
        for paper in papers
        if (printed := [x for _, x in jobs if x.paper == paper])
    ]
    jobs_by_member = [
        {
            "name": names[s.member],
            "forms": str(len(s.print_jobs)),
            "sheets": ja.format_amount(sum(x.sheets for x in s.print_jobs)),
            "largest": max(s.print_jobs, key=lambda x: (x.sheets, x.name)).name,
        }
        for s in surveys
        if s.print_jobs
    ]
    return {
        "issue_count": str(len(issues)),
        "issue_members": str(len({m for m, _ in issues})),
        "issues_by_category": by_category,
        "issues": [
            {
                "category": x.category,
                "member": names[m],
                "services": "、".join(service_names[i] for i in x.services) or "業務全般",
                "issue": x.issue,
                "remedy": x.remedy or "（未記入）",
            }
            for category in categories
            for m, x in issues
            if x.category == category
        ],
        "priority_members": str(len({m for m, _ in priorities})),
        "priorities": by_point,
        "print_members": str(len(jobs_by_member)),
        "print_forms": str(len(jobs)),
        "print_sheets": ja.format_amount(sum(x.sheets for _, x in jobs)),
        "print_by_member": jobs_by_member,
        "print_by_paper": by_paper,
    }


def _counted(members: list[str], names: dict[str, str]) -> str:
    """「葉山町（2）、寒川町（1）」: each member once, in the order first seen, with its count."""
    counts = Counter(members)
    return "、".join(f"{names[m]}（{counts[m]}）" for m in dict.fromkeys(members))


NEEDS = (
    "survey.by_member[].running",
    "survey.by_member[].renewal",
    "survey.by_service[].systems",
    "survey.vendors[].share",
    "survey.issues_by_category[].by_member",
    "survey.priorities[].high",
    "survey.print_by_paper[].sheets",
    "survey.renewal_chart",
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
