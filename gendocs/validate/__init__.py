"""Validate loaded content: cerberus schemas, then domain checks. Collects every problem.

Validation reads the content only; rules that need a computation (the cost allocation, drafting
the amendments) are checked by the compute stage (``gendocs.compute.facts``), which runs once
validation has passed and reports its problems located the same way.
"""

from __future__ import annotations

from typing import Any

from gendocs.errors import ContentError, Problem
from gendocs.load import KeyPath, RawContent, Rejected, format_path
from gendocs.model import Content
from gendocs.model.base import build, fields_of
from gendocs.validate.checks import all_checks
from gendocs.validate.domain import Check
from gendocs.validate.fits import fits
from gendocs.validate.messages import message_for
from gendocs.validate.schema import content_validator, schema_for

_SCHEMA = schema_for(Content)


def validate(raw: RawContent) -> Content:
    """Return the content model, or raise :class:`ContentError` listing every problem."""
    problems = list(raw.problems) + schema_problems(raw)
    content = _partial_content(raw.data) if problems else build(Content, raw.data)
    problems += _findings(raw, content, all_checks(), bool(problems))
    if problems:
        raise ContentError(problems)
    return content


def _findings(
    raw: RawContent, content: Content, checks: tuple[Check, ...], partial: bool
) -> list[Problem]:
    """The located findings of ``checks``; on ``partial`` content a check may fail to run."""
    problems = []
    for check in checks:
        try:
            findings = list(check(content))
        except _UNUSABLE:
            if not partial:
                raise
            continue  # the check reads a value already reported as invalid
        problems += [Problem(raw.locate(path), format_path(path), msg) for path, msg in findings]
    return problems


# What a domain check may raise when it meets a value the schema already reported as wrong
# (``costs.years: 0`` leaves an empty period to index: LookupError).
_UNUSABLE = (AttributeError, TypeError, ValueError, LookupError, StopIteration, ArithmeticError)


def _partial_content(data: dict[str, Any]) -> Content:
    """A Content holding every section that can be built despite schema problems, so that the
    domain checks still run on it and every problem is reported in one run. A section holding
    a value the loader rejected is left out: checks would read the marker as a wrong id or
    date and report problems that are not there."""
    content: Content = object.__new__(Content)
    for info in fields_of(Content):
        if info.name not in data or _holds_rejected(data[info.name]):
            continue
        try:
            object.__setattr__(content, info.name, build(info.type, data[info.name]))
        except _UNUSABLE:
            continue  # a section missing a required key: its checks are skipped
    return content


def _holds_rejected(value: Any) -> bool:
    if isinstance(value, Rejected):
        return True
    children = (
        value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    )
    return any(_holds_rejected(child) for child in children)


def schema_problems(raw: RawContent) -> list[Problem]:
    """Check ``raw.data`` against the schema; files that failed to load are not 'missing'.

    Content that :func:`~gendocs.validate.fits.fits` the schema has no problem to report;
    cerberus, much slower, looks for them only in content that does not (issue 17)."""
    if fits(_SCHEMA, raw.data):
        return []
    validator = content_validator(_SCHEMA)
    validator.validate(raw.data)
    failed_files = {p.location.file for p in raw.problems}
    problems = []
    for error in _leaf_errors(validator._errors):
        path: KeyPath = tuple(error.document_path)
        if len(path) == 1 and failed_files and error.code == 0x02:
            continue  # its file failed to load; that problem is already reported
        if isinstance(error.value, Rejected):
            continue  # the loader reported why this value cannot be content
        meaning = _meaning(error) if error.schema_path and error.code != 0x03 else ("", "")
        where = raw.locate_key(path) if error.code == 0x03 else raw.locate(path)
        problems.append(Problem(where, format_path(path), message_for(error, meaning)))
    return problems


def _leaf_errors(errors: Any) -> list[Any]:
    leaves = []
    for error in errors:
        if error.is_group_error:
            leaves.extend(_leaf_errors(error.child_errors))
        else:
            leaves.append(error)
    return leaves


def _meaning(error: Any) -> tuple[str, str]:
    meta = _rules_at(error.schema_path).get("meta", {})
    unit = meta.get("unit", "")
    ja = f"{meta['ja']}（{unit}）" if unit else meta.get("ja", "")
    en = f"{meta['en']} ({unit})" if unit and meta.get("en") else meta.get("en", "")
    return ja, en


def _rules_at(schema_path: tuple[Any, ...]) -> dict[str, Any]:
    node: Any = _SCHEMA
    for part in schema_path[:-1]:
        if not isinstance(node, dict) or part not in node:
            return {}
        node = node[part]
    return node if isinstance(node, dict) else {}
