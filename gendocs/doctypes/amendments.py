"""条例・規則等の改正: every rule in content/ordinances/ as 改正文 and as 新旧対照表.

Two documents, each holding every rule of the consortium's members one after another (a new page
per rule), so legal review receives one 改正文 file and one 新旧対照表 file per build; ``gendocs
amend`` writes a pair for a single rule. Rules whose old and new texts are the same are left out.

A rule whose file has ``issued`` is printed in 50 as that instrument: the 議案 (番号, 提出日, the
proposer, 提案理由 after the 附則) or the 公布文 (公布日, signatory, the instrument's number); a
rule in the 新旧対照表方式 (``style_options: {method: taishou}``) has the table as its body.
"""

from __future__ import annotations

from typing import Any

from gendocs.amend import (
    TABLE_NEEDS,
    TABLE_TEMPLATE,
    TEXT_NEEDS,
    TEXT_TEMPLATE,
    finish_table,
    finish_text,
    table_context,
    text_context,
)
from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register
from gendocs.model import Content


def texts_context(content: Content, facts: Facts) -> Context:
    """The 改正文 of every rule, each in the instrument its file describes."""
    return {
        "amendments": [
            text_context(a, i) for a, i in zip(facts.amendments, facts.issuances, strict=True)
        ]
    }


def tables_context(content: Content, facts: Facts) -> Context:
    """The 新旧対照表 of every rule."""
    return {"amendments": [table_context(a) for a in facts.amendments]}


def lay_out_texts(document: Any, context: Context) -> None:
    """Finish the collected 改正文: tables as Word tables, 縦書き for rules in the national
    profile."""
    finish_text(document, [a["vertical"] for a in context["amendments"]])


def lay_out_tables(document: Any, context: Context) -> None:
    """Show the lines of tables in the 新旧対照表 as tables inside their cells."""
    finish_table(document)


def _has_rules(content: Content) -> bool:
    return bool(content.ordinances)


def _template(name: str) -> str:
    return name.replace("amendment_", "amendments_")


register(
    DocumentType(
        name="amendment_texts",
        title="条例等の一部改正（改正文）",
        template=_template(TEXT_TEMPLATE),
        context=texts_context,
        order=50,
        phase=2,
        applies=_has_rules,
        finish=lay_out_texts,
        needs=tuple(f"amendments[].{need}" for need in TEXT_NEEDS),
    )
)
register(
    DocumentType(
        name="amendment_tables",
        title="条例等の一部改正（新旧対照表）",
        template=_template(TABLE_TEMPLATE),
        context=tables_context,
        order=51,
        phase=2,
        applies=_has_rules,
        finish=lay_out_tables,
        needs=tuple(f"amendments[].{need}" for need in TABLE_NEEDS),
    )
)

__all__ = ["texts_context", "tables_context"]
