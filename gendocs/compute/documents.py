"""Each document's own date, status, edition and revision history (issue 10 item 2).

A document takes ``project``'s date, status, edition and 改訂履歴 unless ``project.documents``
names it. A document given to vendors (RFI, 仕様書, RFP, 評価基準書, SLA) is dated at its
publication (the 公表 step of its procurement schedule) and carries no internal revision
history, unless content says otherwise.

A document also states who its 構成団体 are at its date (:func:`members_at`): a member that joins
later (後続, its joining date after the document's) is not one yet; the documents name it as
加入予定 with the month of its joining date.

The SLA年次評価報告書 is dated at its fiscal year's ``reported`` day (the latest year of
``sla_results``), without the project's revision history. The 運用会議 documents are dated at
the last meeting (``operations.meetings``), the アプリケーション要件定義書 at the last Fit & Gap
decision (``fitgap.decisions``). A decision of
``operations.decisions`` that names a document enters its 改訂履歴 (with the decision's edition)
once the document's date has reached the decision's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gendocs.load import KeyPath
from gendocs.model import Content
from gendocs.model.organisation import Member, joining_group
from gendocs.model.plan import Revision

# The documents given to vendors and the schedule that publishes each. The titles are the
# document types' (tests/compute/test_rules.py checks them against the registry).
VENDOR_DOCUMENTS: dict[str, tuple[str, KeyPath]] = {
    "rfi": ("情報提供依頼書", ("procurement", "rfi", "schedule")),
    "procurement_spec": ("サービス利用調達仕様書", ("procurement", "schedule")),
    "rfp": ("提案依頼書", ("procurement", "schedule")),
    "evaluation": ("事業者選定評価基準書", ("procurement", "schedule")),
    "sla": ("サービスレベル合意書", ("procurement", "schedule")),
}


# The documents of a 運用会議: dated at the last meeting, without an internal revision history.
MEETING_DOCUMENTS = ("meeting_pack", "meeting_minutes")

# The SLA年次評価報告書: dated at its year's report (``sla_results[].reported``).
SLA_EVALUATION = "sla_evaluation"
# The アプリケーション要件定義書: dated at the last Fit & Gap decision (fitgap.decisions), which it
# lists, without an internal revision history (it is written after the selection).
FITGAP_DOCUMENT = "requirements"


@dataclass(frozen=True)
class DocumentFacts:
    """What a document says about itself."""

    date: date
    status: str
    edition: str
    revisions: tuple[Revision, ...]
    members: tuple[Member, ...]  # the 構成団体 at ``date``, in content order
    joining: tuple[Member, ...]  # the members that join after ``date`` (加入予定)


def publication(content: Content, name: str) -> tuple[KeyPath, date] | None:
    """Where and when the vendor document ``name`` is published (its schedule's 公表)."""
    path = VENDOR_DOCUMENTS[name][1]
    events = content.procurement.rfi.schedule if name == "rfi" else content.procurement.schedule
    for i, event in enumerate(events):
        if event.kind == "公表":
            return path + (i, "date"), event.date
    return None


def members_at(content: Content, day: date) -> tuple[tuple[Member, ...], tuple[Member, ...]]:
    """The 構成団体 at ``day`` and the members that join after it, each in content order.

    A 後続 member (``joining.group``, or a joining date in a fiscal year after the costs start)
    whose joining date is after ``day`` is not yet a member. A 先行 member is one from the start,
    even when the consortium is founded after ``day`` (a plan drawn up before it is set up).
    """
    start = content.costs.start_fiscal_year
    members = content.members
    # One flag per member, not ``m not in later``: comparing members is quadratic in them (and,
    # in a tracked build, fingerprints both members whole at every comparison).
    joins_later = [
        joining_group(m.joining, start) == "後続" and m.joining.date > day for m in members
    ]
    return (
        tuple(m for m, flag in zip(members, joins_later, strict=True) if not flag),
        tuple(m for m, flag in zip(members, joins_later, strict=True) if flag),
    )


def document_facts(content: Content, name: str) -> DocumentFacts:
    """The date, status, edition and 改訂履歴 of the document ``name``."""
    project = content.project
    day, revisions = project.date, project.revisions
    if name in VENDOR_DOCUMENTS:
        published = publication(content, name)
        day = published[1] if published is not None else day
        revisions = ()
    if name == SLA_EVALUATION and content.sla_results:
        latest = max(content.sla_results, key=lambda r: r.fiscal_year)
        day = latest.reported or day
        revisions = ()
    if name in MEETING_DOCUMENTS and content.operations and content.operations.meetings:
        day = content.operations.meetings[-1].date
        revisions = ()
    if name == FITGAP_DOCUMENT and content.fitgap and content.fitgap.decisions:
        day = max(d.date for d in content.fitgap.decisions)
        revisions = ()
    status: str = project.status
    edition = project.edition
    own = next((d for d in project.documents if d.document == name), None)
    if own is not None:
        day = own.date or day
        status, edition = own.status or status, own.edition or edition
        revisions = own.revisions if own.revisions is not None else revisions
    revisions += _decided(content, name, day)
    return DocumentFacts(day, status, edition, revisions, *members_at(content, day))


def _decided(content: Content, name: str, day: date) -> tuple[Revision, ...]:
    """The decisions of ``operations.decisions`` naming document ``name``, up to ``day``."""
    if content.operations is None:
        return ()
    return tuple(
        Revision(edition=d.edition, date=d.date, summary=d.decision)
        for d in sorted(content.operations.decisions, key=lambda d: d.date)
        if name in d.documents and d.edition is not None and d.date <= day
    )
