"""改訂履歴 from git: the commits that changed content/ since the last recorded revision.

The 改訂履歴 table of the documents is content (``project.revisions``), so builds stay the same
bytes for the same YAML. This module only proposes the next row from ``git log``: the commits
after the date of the newest recorded revision (commits on that day count as part of it), a
版数 one minor step up (第1.0版 → 第1.1版) and the commit subjects as the 改訂内容.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from gendocs.model.plan import Project
from gendocs.review.gitrev import Change

_EDITION = re.compile(r"^(.*?)(\d+)\.(\d+)(\D*)$")
FIRST_EDITION = "初版"


@dataclass(frozen=True)
class Proposal:
    """The 改訂履歴 row to add: the commits it covers and the row itself."""

    since: date | None
    changes: tuple[Change, ...]
    edition: str
    day: date
    summary: str


def propose_revision(project: Project, changes: tuple[Change, ...]) -> Proposal | None:
    """The next 改訂履歴 row for the commits after the newest recorded revision, or None."""
    since = last_revision_date(project)
    newer = tuple(c for c in changes if since is None or c.day > since)
    if not newer:
        return None
    subjects = list(dict.fromkeys(c.subject for c in newer))  # repeated subjects once, in order
    return Proposal(since, newer, next_edition(project.edition), newer[-1].day, "、".join(subjects))


def propose_revisions(project: Project, changes: tuple[Change, ...]) -> list[Proposal]:
    """The 改訂履歴 rows to add. With none recorded yet, the first commit is the 初版 (the
    project's own edition) and the later commits make the next row, not one row with them all."""
    if project.revisions or not changes:
        proposal = propose_revision(project, changes)
        return [proposal] if proposal else []
    first = changes[0]
    rows = [Proposal(None, (first,), project.edition, first.day, FIRST_EDITION)]
    rest = changes[1:]
    if rest:
        subjects = list(dict.fromkeys(c.subject for c in rest))
        rows.append(
            Proposal(
                first.day, rest, next_edition(project.edition), rest[-1].day, "、".join(subjects)
            )
        )
    return rows


def last_revision_date(project: Project) -> date | None:
    """The date of the newest recorded 改訂履歴 row, if any."""
    return max((r.date for r in project.revisions), default=None)


def next_edition(edition: str) -> str:
    """第1.0版 → 第1.1版; an edition without a minor number is returned unchanged."""
    m = _EDITION.match(edition)
    if m is None:
        return edition
    return f"{m.group(1)}{m.group(2)}.{int(m.group(3)) + 1}{m.group(4)}"
