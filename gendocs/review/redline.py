"""A redline (見え消し) .docx: the new document with Word tracked changes against the old one.

Why a structural diff of our own rather than python-redlines[docxodus] (docs/docx-notes.md §1),
measured on the sample consortium (see docs/review-workflow.md for the numbers):

* Both sides are rendered by gendocs from the same template, so body blocks and table rows line
  up; the hard problem a general comparer solves (aligning arbitrary documents) does not arise.
  Anchoring identical blocks and rows with difflib, then pairing the rest by similarity, gives
  exactly one ``w:ins``/``w:del`` per edited stretch, one inserted ``w:tr`` per added member
  (``w:trPr/w:ins``), and character-level edits in Japanese text (``textdiff``).
* It runs in-process in a fraction of a second per document, is deterministic (author and date
  are arguments) and needs no 100 MB self-contained .NET engine, which has no musllinux wheel
  and unpacks into a user cache directory on first use.
* Docxodus remains the fallback for comparing documents gendocs did not render (a file returned
  by a reviewer with their own edits); LibreOffice's compare rewrites whole tables.

The output is the new package (styles, numbering, headers, media) with body and header/footer
content replaced by the merged blocks. Old images that appear in deleted content are copied in.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from gendocs.docx.marks import Element, Marker, clone
from gendocs.docx.package import number_drawings
from gendocs.docx.reading import (
    cell_span,
    grid_columns,
    heading_levels,
    largest_id,
    paragraph_style,
    text_of,
)
from gendocs.docx.runs import Atom, runs_of
from gendocs.docx.save import save_docx
from gendocs.docx.stories import import_relations, shared_story_parts
from gendocs.review.align import align
from gendocs.review.textdiff import diff_text

_SKIP_IN_PARAGRAPH = {qn("w:pPr"), qn("w:proofErr")}
_BOOKMARKS = {qn("w:bookmarkStart"), qn("w:bookmarkEnd")}
_SKIP_IN_RUN = {qn("w:rPr"), qn("w:lastRenderedPageBreak")}
EXCERPT = 40


@dataclass(frozen=True)
class Change:
    """One place where the documents differ, as the change summary lists it."""

    section: str  # the heading the change sits under ('' before the first heading)
    where: str  # 本文, or 表「header cells」
    detail: str  # 「99.5」→「99.9」, 2行変更・1行追加, …


@dataclass(frozen=True)
class Redline:
    """The redline package and what it marks."""

    data: bytes
    changes: tuple[Change, ...]
    insertions: int
    deletions: int


def same_document(old: bytes, new: bytes) -> bool:
    """True when every part except the document properties is byte-identical."""
    return _parts(old) == _parts(new)


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {n: package.read(n) for n in package.namelist() if not n.startswith("docProps/")}


def redline(old: bytes, new: bytes, author: str, date: datetime) -> Redline:
    """Return ``new`` with tracked changes (author, date) that turn ``old`` into it."""
    doc_a, doc_b = Document(io.BytesIO(old)), Document(io.BytesIO(new))
    marker = Marker(author, date, largest_id(doc_b.element.body) + 1)
    differ = _Differ(marker, heading_levels(doc_b))
    differ.merge_story(doc_a.part, doc_b.part, doc_a.element.body, doc_b.element.body)
    differ.outline = {0: "ヘッダー・フッター"}
    for part_a, part_b in shared_story_parts(doc_a.part, doc_b.part):
        differ.merge_story(part_a, part_b, part_a.element, part_b.element)
    number_drawings(doc_b.element.body)  # deleted pictures came from the old package's numbering
    return Redline(
        save_docx(doc_b, date),
        tuple(differ.changes),
        differ.marker.count["ins"],
        differ.marker.count["del"],
    )


def _ratio(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.3 or matcher.quick_ratio() < 0.3:
        return matcher.quick_ratio()
    return matcher.ratio()


def _excerpt(text: str) -> str:
    text = re.sub(r"[\ue000-\uf8ff]", "", text).strip()
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


class _Differ:
    """Merges two stories block by block, recording what changed."""

    def __init__(self, marker: Marker, headings: dict[str, int]) -> None:
        self.marker = marker
        self.headings = headings
        self.changes: list[Change] = []
        self.outline: dict[int, str] = {0: "表紙・冒頭"}  # heading level -> current heading
        self.table_notes: list[str] | None = None  # set while inside a table
        self.specials: dict[str, str] = {}

    # -- stories and blocks ---------------------------------------------------------------
    def merge_story(
        self, part_a: Element, part_b: Element, root_a: Element, root_b: Element
    ) -> None:
        """Replace the content of ``root_b`` by the merge of ``root_a`` into it."""
        import_relations(root_a, part_a, part_b)
        keep_last = root_b[-1] if len(root_b) and root_b[-1].tag == qn("w:sectPr") else None
        blocks_a = [c for c in root_a if c.tag != qn("w:sectPr")]
        blocks_b = [c for c in root_b if c is not keep_last]
        merged = self.merge_blocks(blocks_a, blocks_b)
        for child in list(root_b):
            root_b.remove(child)
        root_b.extend(merged + ([keep_last] if keep_last is not None else []))

    def merge_blocks(self, blocks_a: list[Element], blocks_b: list[Element]) -> list[Element]:
        """Merged blocks: equal ones from the new side, edited ones diffed, the rest marked."""
        out: list[Element] = []
        for i, j in align(blocks_a, blocks_b, _key, _similarity):
            if i is not None and j is not None:
                out += self.merge_pair(blocks_a[i], blocks_b[j])
            elif i is not None:
                out.append(self.deleted(blocks_a[i]))
            elif j is not None:
                out.append(self.inserted(blocks_b[j]))
            if j is not None and self.table_notes is None:
                self._follow_outline(blocks_b[j])
        return out

    def merge_pair(self, a: Element, b: Element) -> list[Element]:
        """Merge two blocks that the alignment paired."""
        if _key(a) == _key(b):
            return [b]
        if a.tag == b.tag == qn("w:p"):
            merged = self.merge_paragraph(a, b)
            if merged is not None:
                return [merged]
        if a.tag == b.tag == qn("w:tbl") and grid_columns(a) == grid_columns(b):
            return [self.merge_table(a, b)]
        return [self.deleted(a), self.inserted(b)]

    def deleted(self, block: Element) -> Element:
        """A copy of an old block, all marked deleted."""
        block = clone(block)
        for mark in [m for m in block.iter() if m.tag in _BOOKMARKS]:
            mark.getparent().remove(mark)
        self._mark_block(block, "del")
        return block

    def inserted(self, block: Element) -> Element:
        """A new block, all marked inserted."""
        self._mark_block(block, "ins")
        return block

    def _mark_block(self, block: Element, kind: str) -> None:
        if block.tag == qn("w:tbl"):
            for row in block.findall(qn("w:tr")):
                self.marker.mark_row(row, kind)
        else:
            self.marker.mark_content(block, kind)
        self._note(kind, _excerpt(text_of(block)), block.tag == qn("w:tbl"), block)

    def _note(self, kind: str, text: str, table: bool, block: Element) -> None:
        label = {"ins": "追加", "del": "削除"}[kind]
        if self.table_notes is not None:
            self.table_notes.append(f"{label}「{text}」" if text else label)
        elif table:
            self.changes.append(
                Change(self.section, f"表「{_table_label(block)}」", f"表を{label}")
            )
        elif text or block.find(".//" + qn("w:drawing")) is not None:
            self.changes.append(Change(self.section, "本文", f"{label}「{text or '図'}」"))

    @property
    def section(self) -> str:
        """The current heading path, e.g. 「7 費用対効果 › 7.3 費用分担」."""
        deepest = [self.outline[level] for level in sorted(self.outline) if level > 0]
        return " › ".join(deepest[-2:]) if deepest else self.outline[0]

    def _follow_outline(self, block: Element) -> None:
        level = self.headings.get(paragraph_style(block) or "") if block.tag == qn("w:p") else None
        if level:
            self.outline = {k: v for k, v in self.outline.items() if k < level}
            self.outline[level] = _excerpt(text_of(block))

    # -- paragraphs -----------------------------------------------------------------------
    def merge_paragraph(self, a: Element, b: Element) -> Element | None:
        """The new paragraph with character-level ins/del, or None if it holds unusual content."""
        atoms_a, atoms_b = self._atoms(a), self._atoms(b)
        if atoms_a is None or atoms_b is None:
            return None
        text_a = "".join(ch for ch, _, _ in atoms_a)
        text_b = "".join(ch for ch, _, _ in atoms_b)
        out = b.makeelement(b.tag, dict(b.attrib))
        if b.find(qn("w:pPr")) is not None:
            out.append(b.find(qn("w:pPr")))
        out.extend([m for m in b if m.tag == qn("w:bookmarkStart")])
        edits = []
        for op in diff_text(text_a, text_b):
            if op.tag == "equal":
                out.extend(runs_of(atoms_b[op.b0 : op.b1]))
                continue
            if op.a1 > op.a0:
                out.append(self.marker.wrap_runs(runs_of(atoms_a[op.a0 : op.a1]), "del"))
            if op.b1 > op.b0:
                out.append(self.marker.wrap_runs(runs_of(atoms_b[op.b0 : op.b1]), "ins"))
            edits.append(_edit(text_a[op.a0 : op.a1], text_b[op.b0 : op.b1]))
        out.extend([m for m in b if m.tag == qn("w:bookmarkEnd")])
        if edits:
            self._record_text(edits)
        return out

    def _record_text(self, edits: list[str]) -> None:
        detail = "、".join(edits[:3]) + (f" ほか{len(edits) - 3}か所" if len(edits) > 3 else "")
        if self.table_notes is not None:
            self.table_notes.append(detail)
        else:
            self.changes.append(Change(self.section, "本文", detail))

    def _atoms(self, paragraph: Element) -> list[Atom] | None:
        """(character, source run, special element) per visible unit; None if not plain runs."""
        atoms: list[Atom] = []
        for child in paragraph:
            if child.tag in _SKIP_IN_PARAGRAPH or child.tag in _BOOKMARKS:
                continue
            if child.tag != qn("w:r"):
                return None
            for item in child:
                if item.tag == qn("w:t"):
                    atoms += [(ch, child, None) for ch in item.text or ""]
                elif item.tag not in _SKIP_IN_RUN:
                    atoms.append((self._special(item), child, item))
        return atoms

    def _special(self, item: Element) -> str:
        """A private-use character standing for a tab, break, picture or field code."""
        canon = etree.tostring(item)
        if item.tag in (qn("w:drawing"), qn("w:pict")):
            canon = re.sub(rb'\s(?:wp14:anchorId|wp14:editId|id)="[^"]*"', b"", canon)
        key = hashlib.sha1(canon).hexdigest()
        return self.specials.setdefault(key, chr(0xE000 + len(self.specials) % 6400))

    # -- tables ---------------------------------------------------------------------------
    def merge_table(self, a: Element, b: Element) -> Element:
        """The new table with rows inserted, deleted or edited cell by cell."""
        outer, self.table_notes = self.table_notes, []
        rows_a, rows_b = a.findall(qn("w:tr")), b.findall(qn("w:tr"))
        counts = {"changed": 0, "ins": 0, "del": 0}
        merged: list[Element] = []
        for i, j in align(rows_a, rows_b, _key, _similarity):
            if i is not None and j is not None:
                if _key(rows_a[i]) != _key(rows_b[j]):
                    counts["changed"] += 1
                merged += self.merge_row(rows_a[i], rows_b[j])
            elif i is not None:
                row = clone(rows_a[i])
                self.marker.mark_row(row, "del")
                counts["del"] += 1
                merged.append(row)
            elif j is not None:
                self.marker.mark_row(rows_b[j], "ins")
                counts["ins"] += 1
                merged.append(rows_b[j])
        for row in rows_b:
            b.remove(row)
        b.extend(merged)
        notes, self.table_notes = self.table_notes, outer
        self._record_table(b, counts, notes)
        return b

    def merge_row(self, a: Element, b: Element) -> list[Element]:
        """One row edited cell by cell, or deleted and re-inserted if its cells differ."""
        cells_a, cells_b = a.findall(qn("w:tc")), b.findall(qn("w:tc"))
        if _key(a) == _key(b):
            return [b]
        if [cell_span(c) for c in cells_a] != [cell_span(c) for c in cells_b]:
            old = clone(a)
            self.marker.mark_row(old, "del")
            self.marker.mark_row(b, "ins")
            return [old, b]
        for cell_a, cell_b in zip(cells_a, cells_b, strict=True):
            if _key(cell_a) != _key(cell_b):
                self._merge_cell(cell_a, cell_b)
        return [b]

    def _merge_cell(self, a: Element, b: Element) -> None:
        props = b.find(qn("w:tcPr"))
        blocks_a = [c for c in a if c.tag != qn("w:tcPr")]
        blocks_b = [c for c in b if c.tag != qn("w:tcPr")]
        merged = self.merge_blocks(blocks_a, blocks_b)
        for child in list(b):
            b.remove(child)
        b.extend(([props] if props is not None else []) + merged)

    def _record_table(self, table: Element, counts: dict[str, int], notes: list[str]) -> None:
        if self.table_notes is not None:  # a table inside a table cell: report in the outer one
            self.table_notes += notes
            return
        parts = [f"{counts['changed']}行変更"] if counts["changed"] else []
        parts += [f"{counts['ins']}行追加"] if counts["ins"] else []
        parts += [f"{counts['del']}行削除"] if counts["del"] else []
        shown = list(dict.fromkeys(n for n in notes if n))[:3]
        detail = "・".join(parts) + (f"（{'、'.join(shown)}）" if shown else "")
        self.changes.append(Change(self.section, f"表「{_table_label(table)}」", detail))


def _edit(old: str, new: str) -> str:
    old, new = _excerpt(old), _excerpt(new)
    if not old and not new:
        return "図・記号の変更"
    if old and new:
        return f"「{old}」→「{new}」"
    return f"「{new}」を追加" if new else f"「{old}」を削除"


def _key(element: Element) -> str:
    return str(etree.tostring(element, encoding="unicode"))


def _similarity(a: Element, b: Element) -> float:
    if a.tag != b.tag:
        return 0.0
    text_a, text_b = text_of(a), text_of(b)
    if a.tag == qn("w:tbl"):
        same_header = _table_label(a) == _table_label(b)
        return max(0.8 if same_header else 0.0, _ratio(text_a[:2000], text_b[:2000]))
    if not text_a and not text_b:
        return 1.0 if paragraph_style(a) == paragraph_style(b) else 0.5
    return _ratio(text_a, text_b)


def _table_label(table: Element) -> str:
    row = table.find(qn("w:tr"))
    if row is None:
        return ""
    cells = [text_of(c).strip() for c in row.findall(qn("w:tc"))]
    return _excerpt("・".join(c for c in cells if c))
