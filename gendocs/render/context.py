"""Context every template shares: the document's own data (title, 版数, 日付, 案) and the
consortium."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from gendocs import ja
from gendocs.model import Content
from gendocs.model.organisation import Member
from gendocs.model.plan import Revision


class OwnFacts(Protocol):
    """What a document says about itself (``gendocs.compute.documents.DocumentFacts``)."""

    @property
    def date(self) -> date: ...
    @property
    def status(self) -> str: ...
    @property
    def edition(self) -> str: ...
    @property
    def revisions(self) -> Sequence[Revision]: ...
    @property
    def members(self) -> Sequence[Member]: ...
    @property
    def joining(self) -> Sequence[Member]: ...


def base_context(content: Content, title: str, facts: OwnFacts) -> dict[str, Any]:
    """Return the keys every template may use; ``doc`` is the document's own title, date,
    status, edition and 改訂履歴 as ``facts`` (worked out by ``gendocs.compute.documents``) say;
    ``membership`` its 構成団体 at its date (``names``, ``count``) and the members that join
    later (``joining``: 「令和11年4月加入予定の愛川町」, empty when none)."""
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
        "terms": content.consortium.terms,  # one word per concept: terms.member, terms.ceiling
        "membership": {
            "names": ja.join_names([m.name for m in facts.members]),
            "count": len(facts.members),
            "joining": ja.join_names(
                [f"{joining_month(m)}加入予定の{m.name}" for m in facts.joining]
            ),
        },
    }


def joining_month(member: Member) -> str:
    """The month a member joins, in 和暦 (令和11年4月)."""
    return ja.wareki_month(member.joining.date.year, member.joining.date.month)
