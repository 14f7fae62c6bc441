"""Validate loaded content: cerberus schemas, then domain checks. Collects every problem."""

from __future__ import annotations

from typing import Any

from gendocs.errors import ContentError, Problem
from gendocs.load import KeyPath, RawContent, format_path
from gendocs.model import Content
from gendocs.model.base import build
from gendocs.validate.checks import all_checks
from gendocs.validate.messages import message_for
from gendocs.validate.schema import ContentValidator, schema_for

_SCHEMA = schema_for(Content)


def validate(raw: RawContent) -> Content:
    """Return the content model, or raise :class:`ContentError` listing every problem."""
    problems = list(raw.problems) + schema_problems(raw)
    if problems:
        raise ContentError(problems)
    content: Content = build(Content, raw.data)
    problems = [Problem(raw.locate(path), format_path(path), msg)
                for check in all_checks() for path, msg in check(content)]
    if problems:
        raise ContentError(problems)
    return content


def schema_problems(raw: RawContent) -> list[Problem]:
    """Check ``raw.data`` against the schema; files that failed to load are not 'missing'."""
    validator = ContentValidator(_SCHEMA)
    validator.validate(raw.data)
    failed_files = {p.location.file for p in raw.problems}
    problems = []
    for error in _leaf_errors(validator._errors):
        path: KeyPath = tuple(error.document_path)
        if len(path) == 1 and failed_files and error.code == 0x02:
            continue  # its file failed to load; that problem is already reported
        meaning = (error.schema_path and _meaning(error)) or ""
        problems.append(Problem(raw.locate(path), format_path(path), message_for(error, meaning)))
    return problems


def _leaf_errors(errors: Any) -> list[Any]:
    leaves = []
    for error in errors:
        if error.is_group_error:
            leaves.extend(_leaf_errors(error.child_errors))
        else:
            leaves.append(error)
    return leaves


def _meaning(error: Any) -> str:
    rules = error.rule and error.info and None
    del rules
    meta = _rules_at(error.schema_path).get("meta", {})
    unit = f"（{meta['unit']}）" if meta.get("unit") else ""
    return f"{meta['ja']}{unit}" if meta.get("ja") else ""


def _rules_at(schema_path: tuple[Any, ...]) -> dict[str, Any]:
    node: Any = _SCHEMA
    for part in schema_path[:-1]:
        if not isinstance(node, dict) or part not in node:
            return {}
        node = node[part]
    return node if isinstance(node, dict) else {}
