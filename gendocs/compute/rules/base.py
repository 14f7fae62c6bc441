"""What every cross-document rule is made of: the facts it reads, its findings, its id."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from gendocs.compute.costs import CostResult
from gendocs.compute.documents import document_facts
from gendocs.errors import Msg
from gendocs.load import KeyPath
from gendocs.model import Content

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One contradiction: the values involved (the first is where it is reported) and why."""

    paths: tuple[KeyPath, ...]
    message: Msg
    severity: Severity = "error"


@dataclass
class Facts:
    """What the rules read: the content, the cost allocation and comparison the plan prints (as
    the compute stage worked it out) and the content's plain data (content/ordinances)."""

    content: Content
    costs: CostResult
    data: dict[str, Any] = field(default_factory=dict)
    unreadable: dict[str, Msg] = field(
        default_factory=dict
    )  # adopted revisions load could not read

    def document_date(self, name: str) -> date:
        """The date the document ``name`` carries (``project.documents`` or the project's)."""
        return document_facts(self.content, name).date


RuleCheck = Callable[[Facts], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    """A named rule (``money.ceiling``) and its check."""

    id: str
    check: RuleCheck
