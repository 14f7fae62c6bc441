"""Placeholders left in a built document: 「○○」「第○号」「○年○月○日」 (「未記入」 with --strict).

The rule ``wording.placeholders`` finds them in content; this finds them in what a build made,
whatever they came from: a template's fixed text, a value the compute stage formatted, or content
that the rules do not read. The build checks every document it rendered before it writes any
(:func:`gendocs.pipeline.build`), so a document with a placeholder is never written and the
previous outputs stay as they were. Each placeholder is located at the document's paragraph and,
when the template's fixed text holds it, at the template's paragraph; 「未記入」 comes from
content, where ``gendocs validate`` locates it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gendocs.docx.reading import outer_paragraphs, text_of
from gendocs.errors import GendocsError, Msg, TemplatePlace
from gendocs.ja.placeholder import PLACEHOLDER, WHOLE
from gendocs.render.docx import template_sources

UNFILLED = "未記入"  # what gendocs init leaves in content (gendocs.validate.placeholders)
_STORIES = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TAG = re.compile(r"<[^>]+>")
# A part whose bytes hold none of these has no placeholder (each match of PLACEHOLDER holds a
# 「○」) and is not parsed: 「○」 in UTF-8, or a character reference that may stand for it.
_MARKS = ("○".encode(), b"&#")
_UTF16 = (b"\xff\xfe", b"\xfe\xff")  # a part in UTF-16 (the byte order mark) is always parsed


@dataclass(frozen=True)
class Leftover:
    """One placeholder in one paragraph of a built document."""

    document: str  # the output file as the user would type it
    paragraph: str  # the paragraph's text in the built document
    mark: str  # 「第○号」, 「○○」, 「未記入」 …
    template: TemplatePlace | None  # the template paragraph whose fixed text holds it

    def message(self) -> Msg:
        shown = _short(self.paragraph)
        if self.template is not None:
            return Msg(
                f"{self.document}: 段落「{shown}」に仮の記号「{self.mark}」が残っています。"
                f"テンプレートの固定の文言です（{self.template.text('ja')}）。"
                "実際の文言に直すか、内容から差し込んでください",
                f'{self.document}: paragraph "{shown}" still holds the placeholder '
                f"'{self.mark}', from the template's fixed text ({self.template.text('en')}); "
                "write the actual wording or take it from content",
            )
        if self.mark == UNFILLED:
            return Msg(
                f"{self.document}: 段落「{shown}」に「{UNFILLED}」の値が残っています。"
                "gendocs validate が示す内容の場所に値を書いてください",
                f'{self.document}: paragraph "{shown}" still shows a value not filled in '
                f"('{UNFILLED}'); gendocs validate shows where it is in content",
            )
        return Msg(
            f"{self.document}: 段落「{shown}」に仮の記号「{self.mark}」が残っています。"
            "テンプレートの固定の文言ではなく、差し込んだ値にあります。"
            "その値を実際の値にしてください",
            f'{self.document}: paragraph "{shown}" still holds the placeholder '
            f"'{self.mark}', from a value the template inserts; make that value the actual one",
        )


class PlaceholderLeftError(GendocsError):
    """Built documents still hold placeholders; none of the build's documents is written."""

    def __init__(self, leftovers: list[Leftover]) -> None:
        self.leftovers = tuple(leftovers)
        lines = [left.message() for left in leftovers]
        count = len(leftovers)
        super().__init__(
            Msg(
                "\n".join([m.ja for m in lines] + [f"文書に仮の記号が{count}件残っています。"]),
                "\n".join([m.en for m in lines] + [f"{count} placeholder(s) left in documents."]),
            )
        )


def leftovers(data: bytes, document: str, template: Path, *, strict: bool) -> list[Leftover]:
    """The placeholders in the built .docx ``data`` (named ``document``) rendered from
    ``template``; 「未記入」 counts only when ``strict``."""
    pattern = re.compile(PLACEHOLDER.pattern + (f"|{UNFILLED}" if strict else ""))
    fixed: list[tuple[TemplatePlace, str]] | None = None
    found = []
    marks = _MARKS + ((UNFILLED.encode(),) if strict else ())
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = sorted(n for n in package.namelist() if _STORIES.fullmatch(n))
        for part in parts:
            xml = package.read(part)
            if not xml.startswith(_UTF16) and not any(mark in xml for mark in marks):
                continue  # every placeholder holds a ○, written as such or as a reference
            for paragraph in _paragraphs(xml):
                text = text_of(paragraph)
                match = pattern.search(text)
                if match is None:
                    continue
                whole = WHOLE.search(text, max(0, match.start() - 1))
                mark = whole.group() if whole and match.group() != UNFILLED else match.group()
                if fixed is None:
                    fixed = _fixed_text(template)
                place = next((p for p, line in fixed if mark in line), None)
                found.append(Leftover(document, text.strip(), mark, place))
    return found


def _paragraphs(xml: bytes) -> Iterator[Any]:
    """The paragraphs of a story part that hold no paragraph (a text box's paragraphs are read
    on their own), in document order, read as a stream (:func:`outer_paragraphs`): parsed whole,
    the 事業計画書 of 1,000 members was the peak of a forced build (issue 17)."""
    for outer in outer_paragraphs(io.BytesIO(xml)):
        for paragraph in outer.iter(f"{_W}p"):
            if paragraph.find(f".//{_W}p") is None:
                yield paragraph


def _fixed_text(template: Path) -> list[tuple[TemplatePlace, str]]:
    """Each paragraph of ``template`` as written (Jinja tags and all), with its place."""
    found = []
    for source in template_sources(template):
        for line in source.text.splitlines():
            text = _TAG.sub("", line)
            if text.strip():
                place = TemplatePlace(
                    source.place.template,
                    source.place.part,
                    _short(text.strip()),
                    source.place.property,
                )
                found.append((place, _without_tags(text)))
    return found


def _without_tags(text: str) -> str:
    """The fixed text of a paragraph: its Jinja expressions and statements taken out."""
    return re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", "\0", text)


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"
