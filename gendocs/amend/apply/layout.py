"""The layout of 改め文 text: where the sentences, their new text and the 附則 are.

Layout read (the layout ``Amendment.text()`` writes): 題名 on the first line, the 制定文 on the
second, then sentences indented by at most one full-width space, the lines of new text after a
sentence indented by two or more, and 「附　則」 closing the 改正規定. A sentence is split into
clauses at each verb in the 連用形 (改め、削り、加え、とし、繰り下げ、繰り上げ、付し) outside
quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gendocs.amend.errors import ApplyError
from gendocs.errors import Msg

Q = "\x00"
"""Stands for a quotation 「…」 in the skeleton of a clause."""
VERB_STEMS = ("繰り下げ", "繰り上げ", "改め", "削り", "加え", "とし", "付し")
FINAL = {
    "改める": "改め",
    "削る": "削り",
    "加える": "加え",
    "とする": "とし",
    "繰り下げる": "繰り下げ",
    "繰り上げる": "繰り上げ",
    "付する": "付し",
}
SUPPL_HEADING = re.compile(r"^附[\s\u3000]*則")


@dataclass(frozen=True)
class WrittenAmendment:
    """An 改め文 split into its parts: title, 制定文, sentences with their new text, 附則 lines."""

    title: str
    enacting: str
    sentences: tuple[tuple[str, tuple[str, ...]], ...]
    supplementary: tuple[str, ...]


def split_amendment(text: str) -> WrittenAmendment:
    """Split 改め文 text into title, 制定文, (sentence, block lines) and the 附則."""
    lines = [line for line in text.splitlines() if line.strip()]
    title = lines[0].strip() if lines else ""
    enacting = lines[1].strip() if len(lines) > 1 else ""
    sentences: list[tuple[str, list[str]]] = []
    rest = lines[2:]
    for index, line in enumerate(rest):
        stripped = line.strip(" \t\u3000")
        indent = len(line) - len(line.lstrip(" \t\u3000"))
        if (
            SUPPL_HEADING.match(stripped)
            and len(stripped) <= 4
            and not _toc_line(sentences, indent, stripped)
        ):
            return WrittenAmendment(title, enacting, _freeze(sentences), tuple(rest[index + 1 :]))
        if indent >= 2 and sentences:
            sentences[-1][1].append(stripped)
        else:
            sentences.append((stripped, []))
    return WrittenAmendment(title, enacting, _freeze(sentences), ())


def _toc_line(sentences: list[tuple[str, list[str]]], indent: int, line: str) -> bool:
    # The 「附則」 line of a new 目次 is new text, not the heading 「附　則」 that closes the
    # 改正規定.
    return (
        indent >= 2
        and line == "附則"
        and bool(sentences)
        and sentences[-1][0].startswith("目次を次のように")
    )


def _freeze(sentences: list[tuple[str, list[str]]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((s, tuple(b)) for s, b in sentences)


def split_clauses(sentence: str) -> list[tuple[str, list[str], str]]:
    """Split a sentence into clauses (skeleton with quotes as \\x00, quotes, 連用形 verb)."""
    skeleton, quotes = _skeleton(sentence.rstrip("。"))
    for final, stem in FINAL.items():
        if skeleton.endswith(final):
            skeleton = skeleton[: -len(final)] + stem
            break
    clauses: list[tuple[str, list[str], str]] = []
    pattern = re.compile(rf"({'|'.join(VERB_STEMS)})(?:[、,]|$)")
    start, quote_at = 0, 0
    for match in pattern.finditer(skeleton):
        body = skeleton[start : match.start()]
        used = body.count(Q)
        clauses.append((body, quotes[quote_at : quote_at + used], match.group(1)))
        quote_at += used
        start = match.end()
    if start != len(skeleton):
        raise ApplyError(
            sentence, Msg("文末の動詞が読めません。", "cannot find the verb at the end.")
        )
    return clauses


def _skeleton(sentence: str) -> tuple[str, list[str]]:
    out, quotes, depth, current = [], [], 0, []
    for char in sentence:
        if char == "「":
            if depth:
                current.append(char)
            depth += 1
        elif char == "」" and depth:
            depth -= 1
            if depth:
                current.append(char)
            else:
                quotes.append("".join(current))
                current = []
                out.append(Q)
        elif depth:
            current.append(char)
        else:
            out.append(char)
    return "".join(out), quotes
