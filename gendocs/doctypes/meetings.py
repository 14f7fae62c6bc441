"""運用会議資料 and 運用会議議事録 (Phase 4, issue 15 item 5): the quarterly pack of the last
meeting in ``operations.meetings`` — agenda, the quarter's 稼働率 against the SLA and each SLA
item's result, open issues and change requests, decisions taken and pending — and its minutes, ready
to fill in, with the decisions content already records for that day.

Values only: the template writes 「達成」「未達」, the headings and the blanks of the minutes.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.compute.operations import next_meeting
from gendocs.doctypes import Context, DocumentType, all_types, register
from gendocs.model import Content
from gendocs.model.operations import Decision, Meeting, Operations

# a field's meaning ends in a note the reader of a meeting pack does not need: 「（翌月の日）」
_NOTE = re.compile(r"（[^（）]*）$")


def _operations(content: Content) -> tuple[Operations, Meeting]:
    if content.operations is None or not content.operations.meetings:
        raise ValueError("operations.meetings is absent: the document does not apply")
    return content.operations, content.operations.meetings[-1]


def _meeting(content: Content) -> dict[str, Any]:
    ops, m = _operations(content)
    nxt = next_meeting(m, content.sla)
    return {
        "number": str(m.number),
        "date": ja.wareki_date(m.date),
        "place": m.place,
        "period_start": ja.wareki_date(m.period_start),
        "period_end": ja.wareki_date(m.period_end),
        "attendees": m.attendees,
        "agenda": m.agenda,
        "pending": m.pending,
        "next": ja.wareki_month(nxt.year, nxt.month),
        "decided": [
            {"date": ja.wareki_date(d.date), "body": d.body, "decision": d.decision}
            for d in ops.decisions
            if d.date == m.date
        ],
    }


def meeting_pack_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 運用会議資料 template."""
    ops, m = _operations(content)
    figures = facts.meetings[-1]
    items = {i.id: i for i in content.sla.items}
    names = content.member_names()
    return {
        "meeting": _meeting(content),
        "quarter": {
            "availability": ja.format_decimal(figures.availability),
            "target": ja.format_decimal(content.sla.availability),
            "availability_met": figures.availability_met,
            "results": [
                {
                    "name": items[r.item].name,
                    "target": items[r.item].target,
                    "value": r.value,
                    "met": r.met,
                }
                for r in figures.results
            ],
            "missed": str(sum(not r.met for r in figures.results)),
        },
        "issues": [
            {
                "title": i.title,
                "raised": ja.wareki_date(i.raised),
                "owner": i.owner,
                "status": i.status,
                "note": i.note,
            }
            for i in ops.issues
            if i.status != "完了" or i.raised >= m.period_start
        ],
        "requests": [
            {
                "title": c.title,
                "member": names[c.requested_by],
                "raised": ja.wareki_date(c.raised),
                "status": c.status,
                "reason": c.reason,
            }
            for c in ops.change_requests
        ],
        "decisions": [
            {
                "date": ja.wareki_date(d.date),
                "body": d.body,
                "decision": d.decision,
                "changes": _changes(d),
            }
            for d in ops.decisions
            if d.date < m.date
        ],
    }


def _key_meaning(key: str) -> str:
    """The meaning content's schema gives ``key`` (「sla.report_day」 → 「月次報告の提出日」): the
    meeting's readers know the documents, not the YAML; an unknown key is printed as written."""
    kind: Any = Content
    meaning = key
    for part in re.sub(r"\[\d+\]", "", key).split("."):
        fields = (
            {f.name: f for f in dataclasses.fields(kind)} if dataclasses.is_dataclass(kind) else {}
        )
        if part not in fields:
            return key
        meaning = _NOTE.sub("", fields[part].metadata.get("ja", "")) or key
        kind = typing.get_type_hints(kind).get(part)
        for arg in typing.get_args(kind):  # Optional[X], tuple[X, ...]
            if dataclasses.is_dataclass(arg):
                kind = arg
    return meaning


def _changes(decision: Decision) -> str:
    """What a decision changed, in words: the changed items' meanings and the documents revised
    with their new edition — 「月次報告の提出日（サービスレベル合意書 第1.1版）」."""
    titles = {d.name: d.title for d in all_types()}
    items = "、".join(_key_meaning(k) for k in decision.changes)
    documents = "、".join(titles.get(n, n) for n in decision.documents)
    if documents and decision.edition:
        documents = f"{documents} {decision.edition}"
    if items and documents:
        return f"{items}（{documents}）"
    return items or documents


def meeting_minutes_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 運用会議議事録 template."""
    return {"meeting": _meeting(content)}


def _applies(content: Content) -> bool:
    return content.operations is not None and bool(content.operations.meetings)


register(
    DocumentType(
        name="meeting_pack",
        title="運用会議資料",
        template="meeting_pack.docx",
        context=meeting_pack_context,
        order=60,
        phase=4,
        applies=_applies,
        needs=(
            "meeting.agenda",
            "quarter.availability",
            "quarter.target",
            "quarter.results[].value",
            "meeting.pending",
        ),
    )
)
register(
    DocumentType(
        name="meeting_minutes",
        title="運用会議議事録",
        template="meeting_minutes.docx",
        context=meeting_minutes_context,
        order=61,
        phase=4,
        applies=_applies,
        needs=("meeting.date", "meeting.agenda", "meeting.attendees"),
    )
)
