"""Helpers for the document tests: edit a copy of the sample content, build it, read the
problems."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gendocs.errors import ContentError
from gendocs.pipeline import build
from gendocs.project import find_project


def squeeze(text: str) -> str:
    """Drop all whitespace, for comparing document text."""
    return re.sub(r"\s+", "", text)


def edit_once(folder: Path, file: str, *changes: tuple[str, str]) -> str:
    """Replace each ``old`` (which must occur once) by ``new`` in content/``file``; return the new
    text."""
    path = folder / "content" / file
    text = path.read_text(encoding="utf-8")
    for old, new in changes:
        assert text.count(old) == 1, f"the sample changed: {old!r} is not in {file} once"
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


def build_problems(folder: Path, name: str) -> list[str]:
    """Build document ``name`` from ``folder``, which must fail; return the problems as printed."""
    with pytest.raises(ContentError) as caught:
        build(find_project(folder), [name])
    return [p.text() for p in caught.value.problems]


def line_in(text: str, fragment: str) -> int:
    """The line number of ``fragment`` in ``text``."""
    return text[: text.index(fragment)].count("\n") + 1
