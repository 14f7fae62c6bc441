"""条例・規則等の改正: every rule in content/ordinances/ as 改正文 and as 新旧対照表.

Two documents, each holding every rule of the consortium's members one after another (a new page
per rule), so legal review receives one 改正文 file and one 新旧対照表 file per build; ``gendocs
amend`` writes a pair for a single rule. Rules whose old and new texts are the same are left out.
"""

from __future__ import annotations

from typing import Any

from gendocs.amend import (
    TABLE_NEEDS,
    TABLE_TEMPLATE,
    TEXT_NEEDS,
    TEXT_TEMPLATE,
    Amendment,
    NoChangeError,
    draft_ordinance,
    finish_text,
    read_ordinance,
    table_context,
    tabulate_cells,
    text_context,
)
from gendocs.doctypes import Context, DocumentType, register
from gendocs.model import Content

# Both documents of a build need the same drafts, and drafting verifies each one by applying it
# back: keep the drafts of the last ordinances seen (the tuple itself, so its id stays valid).
_LAST: list[tuple[tuple[dict[str, Any], ...], list[Amendment]]] = []


def drafts(content: Content) -> list[Amendment]:
    """Draft (and verify) the amendment of every rule that changes, once per content."""
    ordinances = content.ordinances
    if not _LAST or _LAST[0][0] is not ordinances:
        _LAST[:] = [(ordinances, _draft_all(ordinances))]
    return _LAST[0][1]


def _draft_all(ordinances: tuple[dict[str, Any], ...]) -> list[Amendment]:
    result = []
    for index, data in enumerate(ordinances):
        rule = read_ordinance(data, name=f"ordinances[{index}]", source="content/ordinances")
        try:
            result.append(draft_ordinance(rule))
        except NoChangeError:
            continue
    return result


def texts_context(content: Content) -> Context:
    """The 改正文 of every rule."""
    return {"amendments": [text_context(a) for a in drafts(content)]}


def tables_context(content: Content) -> Context:
    """The 新旧対照表 of every rule."""
    return {"amendments": [table_context(a) for a in drafts(content)]}


def lay_out_texts(document: Any, context: Context) -> None:
    """Finish the collected 改正文: tables as Word tables, 縦書き for rules in the national
    profile."""
    finish_text(document, [a["vertical"] for a in context["amendments"]])


def lay_out_tables(document: Any, context: Context) -> None:
    """Show the lines of tables in the 新旧対照表 as tables inside their cells."""
    tabulate_cells(document)


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
        applies=_has_rules,
        finish=lay_out_tables,
        needs=tuple(f"amendments[].{need}" for need in TABLE_NEEDS),
    )
)

__all__ = ["drafts", "texts_context", "tables_context"]
