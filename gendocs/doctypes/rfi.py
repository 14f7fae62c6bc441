"""情報提供依頼書（RFI）: the lecture's five questions to vendors before the 仕様書 is fixed."""

from __future__ import annotations

from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.evaluation import evaluation_facts
from gendocs.doctypes.procurement import requirement_rows
from gendocs.doctypes.procurement_facts import polite, procurement_facts
from gendocs.model import Content


def rfi_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 情報提供依頼書 template."""
    spec = content.procurement.spec
    return (
        procurement_facts(content)
        | {
            "scoring": evaluation_facts(content),
            # the content's である purpose in the RFI's です・ます
            "polite": {"purpose": [polite(p) for p in content.procurement.purpose]},
            # 別紙 機能一覧: the 仕様書's 機能要件確認表 rows, when content has them
            "requirement_rows": requirement_rows(content, spec) if spec else [],
        }
        | current_systems(content)
    )


def current_systems(content: Content) -> dict[str, Any]:
    """2.4: each member's current systems from the 現行システム概要調査 (name, vendor, renewal),
    a renewal before the member's go-live marked, so a vendor knows what it migrates from and
    when. The survey date is the latest of the answers'."""
    surveys = content.systems.surveys
    go_live = {m.member: m.month for m in content.schedule.migrations}
    names = content.member_names()
    rows: list[dict[str, Any]] = []
    for survey in surveys:
        if survey.member not in names:
            continue  # not a member at this document's date
        month = go_live.get(survey.member)
        for system in survey.systems:
            due = system.renewal_due
            rows.append(
                {
                    "no": str(len(rows) + 1),
                    "name": names[survey.member],
                    "system": system.name,
                    "vendor": system.vendor,
                    "renewal": ja.wareki_month(due.year, due.month),
                    "before": month is not None
                    and (due.year, due.month) < (month.year, month.month),
                }
            )
    return {
        "current_rows": rows,
        "current_as_of": ja.wareki_date(max(s.as_of for s in surveys)) if surveys else "",
        "current_before": any(r["before"] for r in rows),
    }


NEEDS = (
    "procurement.rfi.items",
    "rfi_deadlines.submission",
    "rfi_rows[].date",
    "contact.address",
    "membership.names",
    "scope.categories[].count",
    "polite.purpose[].text",
    "current_rows[].vendor",
)

register(
    DocumentType(
        name="rfi",
        title="情報提供依頼書",
        template="rfi.docx",
        context=rfi_context,
        order=11,
        phase=2,
        needs=NEEDS,
    )
)
