"""Errors gendocs raises. The library raises; only the CLI prints.

Every message exists in Japanese (the default) and English (``--lang en``), so an error is built
from a :class:`Msg` pair rather than a plain string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

# Characters a terminal acts on or hides: C0 and C1 controls (ESC starts colour and cursor
# sequences, BEL rings), DEL, bidi embeddings/overrides/isolates and marks (they reorder what
# follows, e.g. U+202E shows "exe.txt" as "txt.exe"), zero-width characters, the BOM and the
# Unicode line separators. Content text and unknown keys are echoed in messages, so every
# printed line passes through :func:`terminal_safe`.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def terminal_safe(text: str, *, keep_newlines: bool = False) -> str:
    """Return ``text`` with control and invisible characters written as escapes (``\\x1b``)."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if keep_newlines and char == "\n":
            return char
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE.sub(escape, text)


@dataclass(frozen=True)
class Msg:
    """A message in both languages the CLI can print."""

    ja: str
    en: str

    def text(self, lang: str) -> str:
        """Return the message in ``lang`` ("ja" or "en")."""
        return self.en if lang == "en" else self.ja


@dataclass(frozen=True, order=True)
class Location:
    """A place in a content file; line and column count from 1."""

    file: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content: where, which key, and what was expected and found.

    A cross-document rule (``gendocs.compute.rules``) names every value involved: the first in
    ``location``/``key_path``, the others in ``related``. A ``warning`` does not stop a build
    unless ``--strict`` is given.
    """

    location: Location
    key_path: str
    message: Msg
    severity: Literal["error", "warning"] = "error"
    related: tuple[tuple[Location, str], ...] = ()

    def text(self, lang: str = "ja") -> str:
        """Format as ``file:line:col: key.path: message``, on one line safe to print."""
        prefix = f"{self.location}: "
        key = f"{self.key_path}: " if self.key_path else ""
        level = ""
        if self.severity == "warning":
            level = "warning: " if lang == "en" else "警告: "
        also = ""
        if self.related:
            places = [f"{where} {path}".rstrip() for where, path in self.related]
            also = (
                f" (see {', '.join(places)})" if lang == "en" else f"（関連: {'、'.join(places)}）"
            )
        return terminal_safe(f"{prefix}{key}{level}{self.message.text(lang)}{also}")


class GendocsError(Exception):
    """Base of every error the CLI turns into a message and an exit status."""

    exit_code = 1

    def __init__(self, message: Msg) -> None:
        super().__init__(message.en)
        self.message = message

    def lines(self, lang: str = "ja") -> list[str]:
        """Return the lines the CLI prints for this error."""
        return [terminal_safe(self.message.text(lang), keep_newlines=True)]


class ContentError(GendocsError):
    """The content in content/ is wrong; carries every problem found in one run."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(problems, key=_problem_order))
        count = sum(p.severity == "error" for p in self.problems)
        warnings = len(self.problems) - count
        message = Msg(f"内容に{count}件の誤りがあります。", f"{count} problem(s) in the content.")
        if warnings:  # reported with the errors, or made errors by --strict
            message = Msg(
                f"内容に{count}件の誤りと{warnings}件の警告があります。",
                f"{count} problem(s) and {warnings} warning(s) in the content.",
            )
        super().__init__(message)

    def lines(self, lang: str = "ja") -> list[str]:
        return [p.text(lang) for p in self.problems] + [self.message.text(lang)]


class UsageError(GendocsError):
    """The command line was wrong (unknown document, missing folder, bad option)."""

    exit_code = 2


class TemplateError(GendocsError):
    """A Word template is broken or refers to something the context does not have."""


class OutputError(GendocsError):
    """A document could not be written (permissions, two documents on one path)."""


def _problem_order(problem: Problem) -> tuple[str, int, int, str]:
    loc = problem.location
    return (loc.file, loc.line, loc.col, problem.key_path)


@dataclass(frozen=True)
class TemplatePlace:
    """Where in a Word template something went wrong: the file, the part and the paragraph.

    ``paragraph`` is the paragraph's text as written in Word (``{{ plan.title }}`` and all);
    ``part`` is empty for the document body, else the part's name (``word/header1.xml``);
    ``property`` names a document property (``title``) whose text is itself a template.
    """

    template: str
    part: str = ""
    paragraph: str | None = None
    property: str = ""

    def text(self, lang: str) -> str:
        """Format as ``templates/plan.docx: 段落「…」`` (``paragraph "…"`` in English)."""
        pieces = [self.template] + ([self.part] if self.part else [])
        if self.property:
            pieces.append(
                f'document property "{self.property}"'
                if lang == "en"
                else f"文書のプロパティ「{self.property}」"
            )
        if self.paragraph is not None:
            pieces.append(
                f'paragraph "{self.paragraph}"' if lang == "en" else f"段落「{self.paragraph}」"
            )
        return ": ".join(pieces)


class LocatedTemplateError(TemplateError):
    """A template failed at a known place; prints as ``place: problem`` in either language."""

    def __init__(self, place: TemplatePlace, problem: Msg) -> None:
        self.place = place
        self.problem = problem
        super().__init__(
            Msg(f"{place.text('ja')}: {problem.ja}", f"{place.text('en')}: {problem.en}")
        )
