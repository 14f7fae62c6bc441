"""One member's 負担金 as a Word document (templates/member_costs.docx) for its budget request:
by year (the year's items and the 年度別負担額 billed), by item with its method, the year × item
lines, and the method in words. The figures are the cost engine's, as in the workbooks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from gendocs import __version__, ja
from gendocs.compute import CostResult
from gendocs.compute.describe import describe_sharing
from gendocs.compute.documents import document_facts
from gendocs.docx.save import CoreProperties, save_docx
from gendocs.excel.costs import method_rows
from gendocs.model import Content
from gendocs.project import Project
from gendocs.render.context import base_context
from gendocs.render.docx import render_template

TEMPLATE = "member_costs.docx"


def member_costs_context(
    result: CostResult, member_id: str, years: tuple[int, ...]
) -> dict[str, Any]:
    """The ``costs`` of the template: amounts as 1,234,567 (円 is in the headings)."""
    allocation = result.allocation
    columns = allocation.columns
    by_year = [(y, sum(allocation.amount(member_id, c.id, y) for c in columns)) for y in years]
    payments = [allocation.payments[member_id][y] for y in years]
    lines: list[dict[str, str]] = []
    for y, total in by_year:
        first = True
        for c in columns:
            amount = allocation.amount(member_id, c.id, y)
            if amount:
                label = ja.fiscal_year_label(y) if first else ""
                lines.append({"year": label, "label": c.label, "amount": ja.format_amount(amount)})
                first = False
        lines.append(
            {
                "year": ja.fiscal_year_label(y) if first else "",
                "label": "計",
                "amount": ja.format_amount(total),
            }
        )
    return {
        "years": [
            {
                "label": ja.fiscal_year_label(y),
                "total": ja.format_amount(total),
                "payment": ja.format_amount(payment),
            }
            for (y, total), payment in zip(by_year, payments, strict=True)
        ],
        "total": ja.format_amount(sum(t for _, t in by_year)),
        "payment_total": ja.format_amount(sum(payments)),
        "profiled": result.inputs.payment_profile is not None,
        "by_item": [
            {
                "label": label,
                "method": method,
                "amount": ja.format_amount(
                    sum(allocation.amount(member_id, c.id, y) for y in years)
                ),
            }
            for (label, method), c in zip(method_rows(result), columns, strict=True)
        ],
        "lines": lines,
        "method": describe_sharing(result.inputs),
    }


def member_document(
    project: Project,
    content: Content,
    result: CostResult,
    member_id: str,
    years: tuple[int, ...],
    stamp: datetime,
) -> bytes:
    """The member's 負担金 .docx as reproducible bytes."""
    member = content.member(member_id)
    title = f"{member.name}負担金の内訳"
    own = document_facts(content, "member_costs")  # the project's date, status and edition
    context = base_context(content, title, own) | {
        "member": member,
        "costs": member_costs_context(result, member_id, years),
    }
    document = render_template(project.template(TEMPLATE), context)
    return save_docx(
        document.docx,
        stamp,
        CoreProperties(
            title=title,
            subject=f"{content.consortium.name}負担金",
            author=content.consortium.name,
            last_modified_by=content.consortium.name,
            version=own.edition,
            comments=f"gendocs {__version__}",
        ),
    )
