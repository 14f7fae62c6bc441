"""Context every template shares: the document's own data (title, 版数, 日付, 案) and the
consortium."""

from __future__ import annotations

from typing import Any

from gendocs import ja
from gendocs.compute.documents import document_facts
from gendocs.model import Content


def base_context(content: Content, title: str, name: str = "") -> dict[str, Any]:
    """Return the keys every template may use; ``doc`` is the document ``name``'s own date,
    status, edition and 改訂履歴 (``gendocs.compute.documents``)."""
    facts = document_facts(content, name)
    return {
        "doc": {
            "title": title,
            "edition": facts.edition,
            "date": ja.wareki_date(facts.date),
            "draft": facts.status == "案",
            "revisions": [
                {"edition": r.edition, "date": ja.wareki_date(r.date), "summary": r.summary}
                for r in facts.revisions
            ],
        },
        "consortium": content.consortium,
        "members": content.members,
    }
