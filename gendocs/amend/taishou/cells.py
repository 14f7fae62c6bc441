"""The 新旧対照表 as data: sections of rows, each row an old and a new cell of text spans.

A span is underlined (傍線) when it is part of the change (docs/amendment-rules.md 3.2); the builder
(:mod:`.build`) fills the cells, the documents (:mod:`gendocs.amend.docx`) print them.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from gendocs.amend.align.morph import word_cuts
from gendocs.amend.align.words import tokenize


@dataclass(frozen=True)
class Span:
    """A run of text in a cell, underlined if it is part of the change."""

    text: str
    underline: bool = False


Cell = tuple[Span, ...]


@dataclass(frozen=True)
class Row:
    """One line of the table: the old text and the new text at the same height."""

    old: Cell
    new: Cell


@dataclass(frozen=True)
class Section:
    """The rows of one 条 (or of the 題名, 目次, 附則 or a 別表)."""

    name: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class ComparisonTable:
    """The whole 新旧対照表: caption sentence, column headings in display order, sections."""

    caption: str
    order: Literal["old_new", "new_old"]
    sections: tuple[Section, ...]

    @property
    def headings(self) -> tuple[str, str]:
        """Return the column headings in display order."""
        return ("改正前", "改正後") if self.order == "old_new" else ("改正後", "改正前")

    def columns(self, row: Row) -> tuple[Cell, Cell]:
        """Return a row's cells in display order."""
        return (row.old, row.new) if self.order == "old_new" else (row.new, row.old)


def plain(cell: Cell) -> str:
    """Return the text of a cell without marks."""
    return "".join(span.text for span in cell)


REPLACED = 0.4
"""A text whose words are less than this alike to what it became is a replaced unit: underlined
whole on both sides, not word by word."""
JOINED_GAP = 2
"""Two changes this few characters apart (「総務課長に事故」) are underlined as one phrase."""
STOPS = frozenset("、。，．｜　 （）()「」")


def diff_cells(old: str, new: str) -> tuple[Cell, Cell]:
    """Return old and new text as spans, the changed words underlined on each side: whole words
    (:func:`tokenize`), changes a particle apart joined into one phrase, a text replaced by an
    unlike one underlined whole."""
    if old and new and SequenceMatcher(None, old, new, autojunk=False).ratio() < REPLACED:
        return (Span(old, True),), (Span(new, True),)
    a, b = tokenize(old), tokenize(new)
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    marks = [tag != "equal" for tag, *_ in opcodes]
    for k, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal" and 0 < k < len(opcodes) - 1:
            gaps = "".join(a[i1:i2]), "".join(b[j1:j2])
            marks[k] = all(len(gap) <= JOINED_GAP and not STOPS & set(gap) for gap in gaps)
    old_marks: list[bool] = []
    new_marks: list[bool] = []
    for changed, (_, i1, i2, j1, j2) in zip(marks, opcodes, strict=True):
        old_marks += [changed] * len("".join(a[i1:i2]))
        new_marks += [changed] * len("".join(b[j1:j2]))
    return _spans(old, _whole_words(old, old_marks)), _spans(new, _whole_words(new, new_marks))


def _whole_words(text: str, marks: list[bool]) -> list[bool]:
    """Widen each underlined stretch to whole words and 文節 (:mod:`gendocs.amend.align.morph`,
    as the 改め文 quotes them): 「設置する」 underlined whole, never 「設置」 bare and 「する」
    underlined (docs/amendment-rules.md 3.2)."""
    if not any(marks) or all(marks):
        return marks
    inside, completes = word_cuts(text)
    widened = list(marks)
    k = 0
    while k < len(text):
        if not marks[k]:
            k += 1
            continue
        end = k
        while end < len(text) and marks[end]:
            end += 1
        start = k
        while start > 0 and (start in inside or start in completes):
            start -= 1
        while end < len(text) and (end in inside or (start < k and end in completes)):
            end += 1
        widened[start:end] = [True] * (end - start)
        k = end
    return widened


def _spans(text: str, marks: list[bool]) -> Cell:
    spans: list[Span] = []
    for char, underline in zip(text, marks, strict=True):
        _append(spans, char, underline)
    return tuple(spans)


def _append(spans: list[Span], text: str, underline: bool) -> None:
    if not text:
        return
    if spans and spans[-1].underline == underline:
        spans[-1] = Span(spans[-1].text + text, underline)
    else:
        spans.append(Span(text, underline))
