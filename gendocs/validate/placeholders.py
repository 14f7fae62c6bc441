"""「未記入」: what ``gendocs init`` leaves for the consortium to fill in.

A text the consortium must write is the value 「未記入」; a number, date or list that cannot hold
that word carries an example value and the comment ``# 未記入`` on its line. Both are reported,
located, until they are replaced (the comment removed): the documents build meanwhile and show
「未記入」 where a text is missing, so a draft can be read while it is being filled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gendocs.errors import ContentError, Location, Msg, Problem
from gendocs.load import RawContent, format_path
from gendocs.load.files import read_file
from gendocs.load.yaml_file import KeyPath

PLACEHOLDER = "未記入"
_MARK = re.compile(r"#\s*" + PLACEHOLDER)


def placeholders(raw: RawContent, content_dir: Path) -> list[Problem]:
    """Every placeholder left in the content, in file and line order."""
    found = {(raw.locate(path), format_path(path)) for path in _values(raw.data, ()) if path}
    if mentions_placeholder(content_dir):  # else no line can end with the mark: the positions
        found |= set(_marked_lines(raw, content_dir))  # of every key are not read (issue 17)
    return [
        Problem(
            where,
            key,
            Msg(
                f"{PLACEHOLDER}です（gendocs init が置いた仮の値を書き換えてください）",
                "not filled in yet (replace the placeholder gendocs init wrote)",
            ),
        )
        for where, key in sorted(found)
    ]


def _values(value: Any, path: KeyPath) -> Iterator[KeyPath]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _values(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _values(item, path + (index,))
    elif isinstance(value, str) and PLACEHOLDER in value:
        yield path


def _marked_lines(raw: RawContent, content_dir: Path) -> Iterator[tuple[Location, str]]:
    """The keys written on a line that ends with the comment ``# 未記入``."""
    by_line: dict[tuple[str, int], tuple[Location, KeyPath]] = {}
    for path, where in raw.key_positions.items():
        known = by_line.get((where.file, where.line))
        if known is None or len(path) < len(known[1]):  # the outermost key on the line
            by_line[(where.file, where.line)] = (where, path)
    files = {where.file for where, _ in by_line.values()}
    for shown in sorted(files):
        file = Path(shown)
        if not file.is_absolute() and not file.is_file():
            file = content_dir / file.name
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue  # the loader has reported it
        for number, line in enumerate(lines, start=1):
            if "#" in line and _MARK.search(line[line.index("#") :]):
                hit = by_line.get((shown, number))
                if hit is not None:
                    yield hit[0], format_path(hit[1])


class PlaceholderError(ContentError):
    """The content is valid but still holds placeholders; each is listed with its place."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        count = len(self.problems)
        self.message = Msg(
            f"{PLACEHOLDER}の項目が{count}件あります。文書は作成できますが、"
            f"書き換えるまで文書に「{PLACEHOLDER}」などの仮の値が残ります。",
            f"{count} item(s) not filled in yet; the documents build, but show the "
            "placeholders until they are replaced.",
        )


def mentions_placeholder(content_dir: Path) -> bool:
    """Whether any content file contains the word at all (a quick check without parsing)."""
    word = PLACEHOLDER.encode()
    try:
        paths = sorted(content_dir.rglob("*.yaml"))
    except OSError:
        return False
    # read as the loader reads: a FIFO named like a content file is refused, not waited on
    return any(isinstance(raw := read_file(path), bytes) and word in raw for path in paths)
