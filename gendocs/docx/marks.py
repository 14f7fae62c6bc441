"""Word's revision marks: ``w:ins`` / ``w:del`` around runs, on paragraph marks and on table rows.

ECMA-376 places them as follows, and Word and LibreOffice rely on the order:
run content in ``<w:ins>``/``<w:del>`` (deleted text as ``w:delText``), a paragraph mark in
``w:pPr/w:rPr`` (first children of CT_ParaRPr), a table row in ``w:trPr`` (after the row
properties). Every mark has a document-unique ``w:id``, an author and a date.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from docx.oxml.ns import qn

Element = Any  # lxml element; lxml ships no type information

# Elements that may hold runs directly; runs elsewhere (text boxes in drawings) are left alone.
RUN_PARENTS = {
    qn(f"w:{t}") for t in ("p", "hyperlink", "smartTag", "fldSimple", "sdtContent", "customXml")
}
_PPR_AFTER_RPR = {qn("w:sectPr"), qn("w:pPrChange")}
_TRPR_AFTER = {qn("w:trPrChange")}


@dataclass
class Marker:
    """Makes revision marks with one author and date and ids counting up from ``next_id``."""

    author: str
    date: datetime
    next_id: int = 1
    count: dict[str, int] = field(default_factory=lambda: {"ins": 0, "del": 0})

    def mark(self, kind: str) -> Element:
        """A new empty ``w:ins`` or ``w:del`` element."""
        from docx.oxml.parser import OxmlElement

        element = OxmlElement(f"w:{kind}")
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date.strftime("%Y-%m-%dT%H:%M:%SZ"))
        self.next_id += 1
        self.count[kind] += 1
        return element

    def wrap_runs(self, runs: list[Element], kind: str) -> Element:
        """Put ``runs`` (new elements, not yet in a tree) inside one ``w:ins``/``w:del``."""
        wrapper = self.mark(kind)
        for run in runs:
            if kind == "del":
                to_deleted(run)
            wrapper.append(run)
        return wrapper

    def mark_paragraph(self, paragraph: Element, kind: str) -> None:
        """Mark the paragraph mark of ``paragraph`` inserted or deleted."""
        ppr = paragraph.find(qn("w:pPr"))
        if ppr is None:
            ppr = paragraph.makeelement(qn("w:pPr"), {})
            paragraph.insert(0, ppr)
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = ppr.makeelement(qn("w:rPr"), {})
            _insert_before(ppr, rpr, _PPR_AFTER_RPR)
        rpr.insert(0, self.mark(kind))

    def mark_row(self, row: Element, kind: str) -> None:
        """Mark a whole table row inserted or deleted, with its text."""
        trpr = row.find(qn("w:trPr"))
        if trpr is None:
            trpr = row.makeelement(qn("w:trPr"), {})
            prex = row.find(qn("w:tblPrEx"))
            row.insert(0 if prex is None else 1, trpr)
        _insert_before(trpr, self.mark(kind), _TRPR_AFTER)
        self.mark_content(row, kind, paragraph_marks=False)

    def mark_content(self, root: Element, kind: str, paragraph_marks: bool = True) -> None:
        """Mark every run (and optionally every paragraph mark) under ``root``."""
        for run in list(top_runs(root)):
            wrapper = self.mark(kind)
            run.addprevious(wrapper)
            if kind == "del":
                to_deleted(run)
            wrapper.append(run)
        if paragraph_marks:
            paragraphs = [root] if root.tag == qn("w:p") else list(root.iter(qn("w:p")))
            for paragraph in paragraphs:
                self.mark_paragraph(paragraph, kind)


def top_runs(root: Element) -> Iterator[Element]:
    """Runs under ``root`` that sit directly in paragraph-level containers."""
    for run in root.iter(qn("w:r")):
        parent = run.getparent()
        if parent is not None and parent.tag in RUN_PARENTS and not _in_textbox(run, root):
            yield run


def _in_textbox(run: Element, root: Element) -> bool:
    node = run.getparent()
    while node is not None and node is not root:
        if node.tag == qn("w:txbxContent"):
            return True
        node = node.getparent()
    return False


def to_deleted(run: Element) -> None:
    """Turn text in ``run`` into deleted text (``w:t`` → ``w:delText``)."""
    for child in run:
        if child.tag == qn("w:t"):
            child.tag = qn("w:delText")
        elif child.tag == qn("w:instrText"):
            child.tag = qn("w:delInstrText")


def _insert_before(parent: Element, child: Element, later: set[str]) -> None:
    for index, existing in enumerate(parent):
        if existing.tag in later:
            parent.insert(index, child)
            return
    parent.append(child)


def clone(element: Element) -> Element:
    """A deep copy that can be placed in another tree."""
    return copy.deepcopy(element)
