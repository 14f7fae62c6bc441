"""Issue 12 item 6: the layout of every document of the sample, and of the plan of a 200-member
consortium, checked in the PDF LibreOffice makes of the final .docx (tests/layout/pdf_layout.py).

The .docx files are built with ``--final`` (TOC page numbers written by gendocs) and converted
with a plain ``soffice --convert-to pdf``, which updates no field: the TOC checked is gendocs'.
Rows never split because every row that fits a page carries ``cantSplit``
(test_table_flow.py); the PDF checks catch what that leaves: lone total rows, pages holding one
row, headings and table headers at a page bottom, blank pages, covers with numbers.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from bench.synthetic import make_consortium
from gendocs.pipeline import build
from gendocs.project import find_project
from tests.conftest import copy_project, project_in
from tests.layout.pdf_layout import Docx, Pdf, check
from tests.realclient import to_pdfs


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    folder = copy_project(tmp_path_factory.mktemp("layout"))
    docs = build(project_in(folder), [], final=True)
    pdfs = to_pdfs(docs, tmp_path_factory.mktemp("pdf"))
    return list(zip(docs, pdfs, strict=True))


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("large")
    make_consortium(200, folder)
    docs = build(find_project(folder), ["plan", "sla"], final=True)
    pdfs = to_pdfs(docs, tmp_path_factory.mktemp("pdf"))
    return list(zip(docs, pdfs, strict=True))


def test_every_sample_document_lays_out_well(sample: list[tuple[Path, Path]]) -> None:
    assert len(sample) >= 14
    faults = [fault for docx, pdf in sample for fault in check(docx, pdf)]
    assert faults == []


def test_the_200_member_plan_lays_out_well(large: list[tuple[Path, Path]]) -> None:
    (plan, pdf), _sla = large
    assert len(Pdf.read(pdf).pages) > 40
    faults = [fault for docx, pdf in large for fault in check(docx, pdf)]
    assert faults == []


def test_the_checks_see_covers_tocs_and_headings(sample: list[tuple[Path, Path]]) -> None:
    """The checks above must have something to check: covers, TOCs and headings are found."""
    read = [Docx.read(docx) for docx, _ in sample]
    assert sum(d.has_cover for d in read) >= 6
    assert sum(d.has_toc for d in read) >= 6
    assert sum(len(d.headings) for d in read) > 100
    rules = [d for (docx, _), d in zip(sample, read, strict=True) if "規約" in docx.name]
    assert rules and len(rules[0].headings) >= 10  # 条見出し 「（目的）」 count as headings


def _spoiled(docx: Path, target: Path) -> Path:
    """``docx`` with its cover numbered again and every TOC page number one too high."""
    with zipfile.ZipFile(docx) as package:
        items = [(info, package.read(info.filename)) for info in package.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in items:
            if info.filename == "word/document.xml":
                text = data.decode("utf-8").replace("<w:titlePg/>", "")
                text = re.sub(
                    r"(<w:tab/><w:t>)(\d+)(</w:t>)",
                    lambda m: f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}",
                    text,
                )
                data = text.encode("utf-8")
            package.writestr(info, data)
    return target


def test_the_checks_catch_a_numbered_cover_and_wrong_toc_pages(
    sample: list[tuple[Path, Path]], tmp_path: Path
) -> None:
    plan = next(docx for docx, _ in sample if "計画書" in docx.name)
    bad = _spoiled(plan, tmp_path / "spoiled.docx")
    (pdf,) = to_pdfs([bad], tmp_path)
    faults = check(bad, pdf)
    assert "spoiled.docx: the cover shows a page number" in faults
    assert any("TOC entry '1 構成団体' is not on page" in f for f in faults)
