"""The 新旧対照表 as data: sections of rows, each row an old and a new cell of text spans.

A span is underlined (傍線) when it is part of the change (docs/amendment-rules.md 3.2); the builder
(:mod:`.build`) fills the cells, the documents (:mod:`gendocs.amend.docx`) print them.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

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
    old_spans: list[Span] = []
    new_spans: list[Span] = []
    for changed, (_, i1, i2, j1, j2) in zip(marks, opcodes, strict=True):
        _append(old_spans, "".join(a[i1:i2]), changed)
        _append(new_spans, "".join(b[j1:j2]), changed)
    return tuple(old_spans), tuple(new_spans)


def _append(spans: list[Span], text: str, underline: bool) -> None:
    if not text:
        return
    if spans and spans[-1].underline == underline:
        spans[-1] = Span(spans[-1].text + text, underline)
    else:
        spans.append(Span(text, underline))
