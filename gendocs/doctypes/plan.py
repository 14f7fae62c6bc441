"""自治体クラウド導入計画書: the lecture's nine sections, from content and computed facts.

Values only: the template writes 「Phase」, 「団体」「業務」「台」, 「○／―」 and the defaults
(「事務所」 when no member hosts the secretariat, 「全構成団体」, 「―」).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.compute.documents import document_facts
from gendocs.compute.inputs import joining_group
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.plan_costs import cost_context
from gendocs.doctypes.plan_inventory import inventory_context
from gendocs.model import Content
from gendocs.model.organisation import Member
from gendocs.model.schedule import Migration, Roles
from gendocs.render.charts import Bar, gantt_chart
from gendocs.render.context import joining_month
from gendocs.render.docx import Image

ROLE_KEYS = ("decision_body", "secretariat", "departments", "vendor")


def plan_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 導入計画書 template."""
    return {
        "plan": content.plan,
        "period": _period(content),
        "organisation": _organisation(content),
        "member_rows": _member_rows(content, document_facts(content, "plan").joining),
        "population_total": f"{sum(m.population.value for m in content.members):,}",
        "targets": content.targets,
        "services": _services(content),
        "usage_rows": _usage_rows(content),
        "system_rows": _system_rows(content),
        "inventory": inventory_context(content),
        "costs": cost_context(content, facts.costs),
        "role_rows": _role_rows(content),
        "phase_rows": _phase_rows(content),
        "migration_rows": _migration_rows(content),
        "milestone_rows": [
            {"name": m.name, "date": ja.wareki_date(m.date)} for m in content.schedule.milestones
        ],
        "gantt": Image(_gantt(content), 160),
    }


def _period(content: Content) -> dict[str, Any]:
    plan = content.plan
    return {
        "start": ja.fiscal_year_label(plan.start_fiscal_year),
        "end": ja.fiscal_year_label(plan.end_fiscal_year),
        "years": plan.end_fiscal_year - plan.start_fiscal_year + 1,
    }


def _organisation(content: Content) -> dict[str, Any]:
    c = content.consortium
    names = content.member_names()
    return {
        "established": ja.wareki_date(c.established),
        "representative": names[c.representative],
        "host": names.get(c.secretariat.host or ""),
        "groups": [
            {
                "name": g.name,
                "purpose": g.purpose,
                "lead": names.get(g.lead or ""),
                "members": "、".join(names[m] for m in g.members),
            }
            for g in c.working_groups
        ],
    }


def _member_rows(content: Content, joining: Sequence[Member]) -> list[dict[str, str]]:
    """The members with their populations; one that joins after the plan's date is 加入予定 and
    comes after the 構成団体, so the rows the text counts (「次の13団体」) come first."""
    ordered = [m for m in content.members if m not in joining] + [
        m for m in content.members if m in joining
    ]
    return [
        {
            "no": str(i),
            "name": m.name,
            "population": f"{m.population.value:,}",
            "as_of": ja.wareki_date(m.population.as_of),
            "basis": m.population.basis,
            "joining": joining_group(content, m),
            "joined": f"{joining_month(m)}加入予定"
            if m in joining
            else ja.wareki_date(m.joining.date),
        }
        for i, m in enumerate(ordered, 1)
    ]


def _services(content: Content) -> list[dict[str, Any]]:
    groups = []
    for category in ("基幹系", "内部情報系"):
        services = [s for s in content.systems.services if s.category == category]
        if services:
            users = {s.id: sum(s.id in u.services for u in content.systems.usage) for s in services}
            groups.append(
                {
                    "category": category,
                    "count": len(services),
                    "rows": [
                        {"name": s.name, "standard": s.standard, "users": users[s.id]}
                        for s in services
                    ],
                }
            )
    return groups


def _usage_rows(content: Content) -> list[dict[str, Any]]:
    names = content.member_names()
    migrations = {m.member: m.month for m in content.schedule.migrations}
    return [
        {
            "name": names[u.member],
            "services": len(u.services),
            "terminals": f"{u.terminals:,}",
            "start": ja.wareki_month(migrations[u.member].year, migrations[u.member].month),
        }
        for u in content.systems.usage
    ]


def _system_rows(content: Content) -> list[dict[str, str]]:
    names = content.member_names()
    return [
        {
            "member": names[s.member],
            "name": sys.name,
            "development": sys.development,
            "location": sys.location,
            "renewal": ja.wareki_date(sys.renewal_due),
            "annual": ja.format_yen(sys.costs.annual_operation + sys.costs.annual_modification),
        }
        for s in content.systems.surveys
        for sys in s.systems
    ]


def _marks(roles: Roles) -> dict[str, str]:
    return {key: getattr(roles, key) or "" for key in ROLE_KEYS}


def _role_rows(content: Content) -> list[dict[str, Any]]:
    phases = {p.id: p for p in content.schedule.phases}
    return [
        {"phase": phases[t.phase].number, "name": t.name} | _marks(t.roles)
        for t in content.schedule.tasks
    ]


def _phase_rows(content: Content) -> list[dict[str, Any]]:
    return [
        {
            "number": p.number,
            "name": p.name,
            "start": ja.wareki_month(p.start.year, p.start.month),
            "end": ja.wareki_month(p.end.year, p.end.month),
            "summary": p.summary,
        }
        | _marks(p.roles)
        for p in content.schedule.phases
    ]


def _migration_rows(content: Content) -> list[dict[str, str]]:
    names = content.member_names()
    return [
        {
            "name": names[m.member],
            "month": ja.wareki_month(m.month.year, m.month.month),
            "reason": m.reason,
        }
        for m in _in_member_order(content, content.schedule.migrations)
    ]


def _in_member_order(content: Content, migrations: Sequence[Migration]) -> list[Migration]:
    """``migrations`` in the order of the members in members.yaml (content order, issue 12)."""
    order = {m.id: i for i, m in enumerate(content.members)}
    return sorted(migrations, key=lambda m: order.get(m.member, len(order)))


def _go_live_bars(content: Content) -> list[Bar]:
    """One mark per go-live month, naming its members (a few by name, then a count), so the
    chart stays readable at 200 members."""
    names = content.member_names()
    months: dict[int, list[str]] = {}
    for migration in _in_member_order(content, content.schedule.migrations):
        months.setdefault(migration.month.index, []).append(names[migration.member])
    bars = []
    for index, members in sorted(months.items()):
        shown = "・".join(members[:GO_LIVE_NAMES])
        more = f"ほか{len(members) - GO_LIVE_NAMES}団体" if len(members) > GO_LIVE_NAMES else ""
        bars.append(Bar(f"◇本稼働 {shown}{more}", index, index, 1, milestone=True))
    return bars


GO_LIVE_NAMES = 3


def _gantt(content: Content) -> bytes:
    schedule = content.schedule
    phase_index = {p.id: i for i, p in enumerate(schedule.phases)}
    bars = []
    for phase in schedule.phases:
        bars.append(
            Bar(
                f"Phase{phase.number} {phase.name}",
                phase.start.index,
                phase.end.index,
                phase_index[phase.id],
            )
        )
        bars += [
            Bar(f"　{t.name}", t.start.index, t.end.index, phase_index[phase.id])
            for t in schedule.tasks
            if t.phase == phase.id
        ]
    bars += [
        Bar(
            f"◆{m.name}",
            m.date.year * 12 + m.date.month - 1,
            m.date.year * 12 + m.date.month - 1,
            0,
            milestone=True,
        )
        for m in schedule.milestones
    ]
    bars += _go_live_bars(content)
    first = min(ja.fiscal_year(p.start.first_day()) for p in schedule.phases)
    last = max(ja.fiscal_year(p.end.first_day()) for p in schedule.phases)
    labels = [ja.fiscal_year_label(fy).replace("令和", "R") for fy in range(first, last + 1)]
    return gantt_chart(bars, first, last, labels)


NEEDS = (
    "plan.title",
    "plan.purpose",
    "plan.background",
    "member_rows[].name",
    "member_rows[].population",
    "services[].rows[].name",
    "system_rows[].renewal",
    "costs.rows[].saving",
    "costs.rows[].rate",
    "costs.total.saving",
    "costs.share_matrix.rows[].amounts",
    "costs.yearly.rows[].amounts",
    "costs.saving_chart",
    "role_rows[].name",
    "phase_rows[].start",
    "migration_rows[].month",
    "milestone_rows[].date",
    "gantt",
)

register(
    DocumentType(
        name="plan",
        title="自治体クラウド導入計画書",
        template="plan.docx",
        context=plan_context,
        order=1,
        phase=1,
        needs=NEEDS,
    )
)
