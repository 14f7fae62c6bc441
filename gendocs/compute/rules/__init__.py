"""Cross-document rules: the consortium's business logic across content files.

``gendocs validate`` checks the shape of each file; these rules check that the documents built
from the content agree with each other and with the consortium's decisions (the ceiling against
the plan's estimate, the schedule's order, no 決算 of a year not yet ended, …). Each rule yields
:class:`Finding` s naming every value involved; :func:`check_rules` locates them in content/.
An ``error`` stops validate and build; a ``warning`` is printed and stops them only with
``--strict`` (:func:`enforce`). docs/rules.md lists every rule.
"""

from __future__ import annotations

from collections.abc import Callable

from gendocs.compute.costs import CostResult, compute_costs
from gendocs.compute.rules import (
    amendments,
    documents,
    history,
    money,
    people,
    schedule,
    scoring,
    wording,
)
from gendocs.compute.rules.base import Facts, Finding, Rule, Severity
from gendocs.errors import ContentError, Msg, Problem
from gendocs.load import RawContent, format_path
from gendocs.model import Content


def check_rules(
    content: Content, raw: RawContent, costs: CostResult | None = None
) -> list[Problem]:
    """Every contradiction the rules find in validated ``content``, located in ``raw``
    (``costs``: the content's cost result when already computed)."""
    unreadable = {k: v for k, v in raw.revisions.items() if isinstance(v, Msg)}
    facts = Facts(
        content, costs if costs is not None else compute_costs(content), raw.data, unreadable
    )
    problems = []
    for module in (money, schedule, people, wording, documents, history, amendments, scoring):
        for rule in module.RULES:
            for finding in rule.check(facts):
                problems.append(_problem(raw, rule.id, finding))
    return problems


def _problem(raw: RawContent, rule: str, finding: Finding) -> Problem:
    first, *others = finding.paths
    message = Msg(f"{finding.message.ja}［規則 {rule}］", f"{finding.message.en} [rule {rule}]")
    return Problem(
        raw.locate(first),
        format_path(first),
        message,
        finding.severity,
        tuple((raw.locate(path), format_path(path)) for path in others),
    )


def enforce(problems: list[Problem], strict: bool, warn: Callable[[Problem], None]) -> None:
    """Raise for errors (and for warnings when ``strict``); hand the other warnings to ``warn``."""
    if strict or any(problem.severity == "error" for problem in problems):
        if problems:
            raise ContentError(problems)
    for problem in problems:
        warn(problem)


__all__ = ["Facts", "Finding", "Rule", "Severity", "check_rules", "enforce"]
