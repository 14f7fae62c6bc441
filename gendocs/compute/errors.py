"""The error the cost engine raises when the rules cannot be applied to the content."""

from __future__ import annotations

from collections.abc import Iterable

from gendocs.errors import ContentError, Location, Msg, Problem
from gendocs.load import KeyPath, format_path

Finding = tuple[KeyPath, Msg]


class AllocationError(ContentError):
    """The sharing rules cannot be met (e.g. an impossible 最低削減率保証).

    ``findings`` keep the key paths so that validation can give each one its file:line:col; raised
    outside validation, the problems carry no line number.
    """

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__(
            Problem(Location("content"), format_path(path), msg) for path, msg in self.findings
        )
