"""The 棚卸し in the 導入計画書: how many rows each of the nine lists has, per member and per
業務 (members in members.yaml's order, 業務 in the services' order; only those with rows)."""

from __future__ import annotations

from typing import Any

from gendocs.model import Content
from gendocs.model.inventory import LISTS


def inventory_context(content: Content) -> dict[str, Any]:
    """``rows`` (all rows of every list), ``by_member`` and ``by_service`` (a name and one count
    per list, keyed by the list's content key), ``total`` (the counts of all members)."""
    rows = [
        (key, row) for part in content.inventory for key, _ in LISTS for row in getattr(part, key)
    ]

    def counts(selected: list[Any]) -> dict[str, str]:
        return {key: str(sum(1 for k, _ in selected if k == key)) for key, _ in LISTS}

    by_member = [
        {"name": m.name} | counts(chosen)
        for m in content.members
        if (chosen := [(k, r) for k, r in rows if r.member == m.id])
    ]
    by_service = [
        {"name": s.name} | counts(chosen)
        for s in content.systems.services
        if (chosen := [(k, r) for k, r in rows if r.service == s.id])
    ]
    return {
        "rows": str(len(rows)),
        "members": str(len(by_member)),
        "services": str(len(by_service)),
        "by_member": by_member,
        "by_service": by_service,
        "total": {"name": "合計"} | counts(rows),
    }
