"""The compute stage: ``facts = compute(content, raw)``, once per build, after validation.

Everything a document states that is worked out from the content rather than copied from it is
computed here, once: the cost allocation and its effect (費用分担・費用対効果), the drafted,
verified 一部改正 of every rule in content/ordinances/ and the legal texts
(要綱・規約・基本合意書・監査実施要綱) numbered, their placeholders resolved
(``compute/legal/``). Document types receive the frozen :class:`Facts` next to the content and
only format them.

A rule that needs these computations to be checked (an impossible 最低削減率保証, a change an
一部改正 cannot express, a 〔placeholder〕 nothing stands for) fails here with a located
:class:`~gendocs.errors.ContentError`, after validation has passed; ``raw`` is only read to
locate such problems in content/. The cross-document rules (``compute/rules``: the ceiling
against the estimate, the schedule's order, …) then examine the finished facts; what they find,
errors and warnings, is kept in ``Facts.findings`` for the pipeline to enforce (a warning fails
only under ``--strict``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from gendocs.amend import Amendment, Issuance
from gendocs.compute.amendments import as_adopted, draft_amendments
from gendocs.compute.costs import CostResult, compute_costs
from gendocs.compute.errors import AllocationError
from gendocs.compute.fitgap import FitGapResult, compute_fitgap
from gendocs.compute.legal import Frame, legal_frame, legal_text, texts_of
from gendocs.compute.legal.text import Numbering, RenderedText
from gendocs.compute.legal.values import legal_date
from gendocs.compute.operations import MeetingFigures, meeting_figures
from gendocs.compute.rules import check_rules
from gendocs.compute.security import SecurityPolicy, security_policy
from gendocs.compute.sla_evaluation import YearEvaluation, evaluate_sla
from gendocs.errors import ContentError, Location, Problem
from gendocs.load import RawContent, format_path
from gendocs.model import Content


@dataclass(frozen=True)
class Facts:
    """What one build computed from the content; read by the document types, never changed."""

    costs: CostResult
    amendments: tuple[Amendment, ...]  # the rules that change, in content order
    legal: dict[str, RenderedText]  # each legal text numbered and resolved, by key path
    security: SecurityPolicy | None  # the 対策基準 numbered and resolved, when written
    findings: tuple[Problem, ...] = ()  # what the cross-document rules found, located
    # each legal text's 制定日, 通数 and signatories, as adopted for a frozen instrument
    frames: dict[str, Frame] = field(default_factory=dict)
    # where each top-level key of the content is written: a document that needs a key the
    # content lacks (``procurement.spec``) reports it there, not at the content folder
    places: dict[str, Location] = field(default_factory=dict)
    # each fiscal year of content/sla_results/ against the SLA (SLA年次評価報告書), in year order
    sla_evaluation: tuple[YearEvaluation, ...] = ()
    # the 機能要件確認表's scores and the Fit & Gap register (content ``fitgap``), when written
    fitgap: FitGapResult | None = None
    # the instrument (議案 or 公布文) of each of ``amendments``, from its file's ``issued``
    issuances: tuple[Issuance | None, ...] = ()
    # each 運用会議's figures (operations.meetings, in order), omitted ones from sla_results
    meetings: tuple[MeetingFigures, ...] = ()


# How a fact sees the content: ``gendocs diff`` hands each fact a tracked view of its own, to know
# which content keys the documents that read the fact depend on.
View = Callable[[str, Content], Content]


def compute(content: Content, raw: RawContent, view: View = lambda _fact, c: c) -> Facts:
    """Compute every fact of ``content`` once; raise one located ContentError for all problems.

    ``view(name, content)`` is the content the fact ``name`` is computed from (the content itself
    unless a caller tracks what each fact reads).
    """
    problems: list[Problem] = []
    try:
        drafted = draft_amendments(view("amendments", content), raw)
        amendments = tuple(a for a, _ in drafted)
    except ContentError as error:
        problems += error.problems
    try:
        costs = compute_costs(view("costs", content))
    except AllocationError as error:
        problems += [Problem(raw.locate(p), format_path(p), m) for p, m in error.findings]
    legal, frames = {}, {}
    frozen: list[Problem] = []  # instruments whose content changed since they were adopted
    for key in texts_of(content):
        try:
            seen = view(f"legal.{key}", content)
            legal[key], source, changed = as_adopted(seen, raw, key, legal_text(seen, key, raw))
            frames[key] = legal_frame(source, key)
            frozen += changed
        except ContentError as error:
            problems += error.problems
    if problems:
        raise ContentError(problems)
    frames = {
        key: _last_amended(content, key, legal, frame, amendments) for key, frame in frames.items()
    }
    findings = tuple(check_rules(content, raw, costs)) + tuple(frozen)
    security = security_policy(view("security", content), raw, legal)
    return Facts(
        costs=costs,
        amendments=amendments,
        legal=legal,
        security=security,
        findings=findings,
        frames=frames,
        places={str(key): raw.locate_key((key,)) for key in raw.data},
        sla_evaluation=evaluate_sla(view("sla_evaluation", content)),
        fitgap=compute_fitgap(view("fitgap", content)),
        issuances=tuple(i for _, i in drafted),
        meetings=_meetings(view("meetings", content)),
    )


def _meetings(content: Content) -> tuple[MeetingFigures, ...]:
    if content.operations is None:
        return ()
    return tuple(meeting_figures(content, m) for m in content.operations.meetings)


def _last_amended(
    content: Content,
    key: str,
    legal: dict[str, RenderedText],
    frame: Frame,
    amendments: tuple[Amendment, ...],
) -> Frame:
    """``frame`` with the 最終改正 line of an instrument content/ordinances amends: the
    enforcement date and title of its 一部改正 (the last one in content order)."""
    name = key.removeprefix("bylaws.")
    title = legal[key].title + "の一部を改正する"
    drafted = [a for a in amendments if a.title.startswith(title)]
    dates = [
        data.get("enforcement")
        for data in content.ordinances
        if isinstance(data, dict) and data.get("instrument") == name
    ]
    if not drafted or not dates or not isinstance(dates[-1], date):
        return frame
    numbering = Numbering.from_style(content.project.legal_style)
    line = f"{legal_date(dates[-1], numbering)}施行（{drafted[-1].title}）"
    return replace(frame, last_amended=line)
