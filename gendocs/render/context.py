"""Context every template shares: the document's own data (title, 版数, 日付, 案) and the
consortium."""

from __future__ import annotations

from typing import Any

from gendocs import ja
from gendocs.model import Content


def base_context(content: Content, title: str) -> dict[str, Any]:
    """Return the keys every template may use."""
    project = content.project
    return {
        "doc": {
            "title": title,
            "edition": project.edition,
            "date": ja.wareki_date(project.date),
            "draft": project.status == "案",
            "revisions": [
                {"edition": r.edition, "date": ja.wareki_date(r.date), "summary": r.summary}
                for r in project.revisions
            ],
        },
        "consortium": content.consortium,
        "members": content.members,
    }
