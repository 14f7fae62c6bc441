"""tools/new_template: an empty copy of a template, for a new document type; it never overwrites."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from gendocs.docx.save import save_docx
from gendocs.render.docx import render_template
from tests.render.sandbox_helpers import TEMPLATES
from tools.new_template import new_template

DOC = {"title": "運用会議議事録", "draft": True, "edition": "第1.0版"}


def test_the_copy_keeps_styles_page_and_header_and_has_an_empty_body(tmp_path: Path) -> None:
    new_template(TEMPLATES / "sla.docx", tmp_path / "minutes.docx")
    made, source = Document(str(tmp_path / "minutes.docx")), Document(str(TEMPLATES / "sla.docx"))
    assert [(p.text, p.style.name) for p in made.paragraphs] == [("{{ doc.title }}", "Title")]
    assert made.tables == []
    assert {s.style_id for s in made.styles} == {s.style_id for s in source.styles}
    assert made.sections[-1].page_width == source.sections[-1].page_width
    header = made.sections[-1].header.paragraphs[0].text
    assert header == source.sections[-1].header.paragraphs[0].text


def test_the_copy_renders_as_a_template(tmp_path: Path) -> None:
    new_template(TEMPLATES / "sla.docx", tmp_path / "minutes.docx")
    document = render_template(tmp_path / "minutes.docx", {"doc": DOC}).docx
    rendered = Document(io.BytesIO(save_docx(document, datetime(2026, 4, 1))))
    assert [p.text for p in rendered.paragraphs] == ["運用会議議事録"]
    assert rendered.sections[-1].header.paragraphs[0].text == "運用会議議事録（案）\u3000第1.0版"


def test_an_existing_template_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "sla.docx"
    target.write_bytes(b"edited in Word")
    with pytest.raises(FileExistsError):
        new_template(TEMPLATES / "sla.docx", target)
    assert target.read_bytes() == b"edited in Word"
