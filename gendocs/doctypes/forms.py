"""様式集: the numbered forms a vendor fills in (様式第1号 参加表明書 … 様式第5号 辞退届).

Each 様式 is a document type of its own, built from its own template of one family
(templates/form_*.docx: the number, the date line, the addressee and the submitter's block in
the same place). The numbers are the order of ``FORMS``; the 提案依頼書 quotes them from
:func:`form_rows`. The forms are built when content has ``procurement.forms``; without it the
RFP asks for free-format documents.
"""

from __future__ import annotations

from collections.abc import Callable

from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, missing, register
from gendocs.doctypes.procurement_facts import procurement_facts
from gendocs.errors import Msg
from gendocs.model import Content

# (document type, title): 様式第N号 is the N-th
FORMS = (
    ("form_participation", "参加表明書"),
    ("form_question", "質問書"),
    ("form_cover", "提案書表紙"),
    ("form_estimate", "見積書"),
    ("form_withdrawal", "辞退届"),
)
FIRST_ORDER = 15


def form_rows() -> list[dict[str, str]]:
    """The forms by number, for the RFP's list of 様式."""
    return [{"number": str(n), "title": title} for n, (_, title) in enumerate(FORMS, 1)]


def _number(name: str) -> int:
    return [n for n, _ in FORMS].index(name) + 1


def _context(name: str) -> Callable[[Content, Facts], Context]:
    def context(content: Content, facts: Facts) -> Context:
        forms = content.procurement.forms
        if forms is None:
            raise missing(
                facts,
                "procurement.forms",
                Msg(
                    "様式を作成するには procurement.forms（宛名）が必要です",
                    "procurement.forms (the addressee) is needed to build the forms",
                ),
            )
        return procurement_facts(content) | {
            "form": {"number": str(_number(name)), "addressee": forms.addressee},
            "estimate_rows": estimate_rows(content, facts) if name == "form_estimate" else [],
        }

    return context


def estimate_rows(content: Content, facts: Facts) -> list[dict[str, str]]:
    """見積書: one row per cost item the ceiling is estimated from (``ceiling_basis.items``), so
    the vendor prices the same breakdown the 予定価格 was built on."""
    basis = content.procurement.ceiling_basis
    if basis is None:
        raise missing(
            facts,
            "procurement.ceiling_basis",
            Msg(
                "見積書の内訳には procurement.ceiling_basis（予定価格の積算根拠の費用項目）"
                "が必要です",
                "procurement.ceiling_basis (the cost items of the ceiling) is needed "
                "for the breakdown of the 見積書",
            ),
        )
    items = {i.id: i for i in content.costs.items}
    return [
        {"no": str(n), "name": items[i].name, "kind": items[i].kind}
        for n, i in enumerate(basis.items, 1)
    ]


def _applies(content: Content) -> bool:
    return content.procurement.forms is not None


NEEDS = ("form.number", "form.addressee", "procurement.title")

for _index, (_name, _title) in enumerate(FORMS):
    register(
        DocumentType(
            name=_name,
            title=_title,
            template=f"{_name}.docx",
            context=_context(_name),
            order=FIRST_ORDER + _index,
            phase=2,
            applies=_applies,
            needs=NEEDS
            + (("estimate_rows[].name", "ceiling_price") if _name == "form_estimate" else ()),
        )
    )
