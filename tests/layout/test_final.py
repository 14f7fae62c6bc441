"""Issue 12 item 2: documents to hand out carry their TOC page numbers in the .docx itself.

``gendocs build --final`` lays the documents out in LibreOffice and writes each TOC entry with
its page; the .docx keeps no ``updateFields``. The check converts the final .docx with a plain
``soffice --convert-to pdf`` (which updates no field) and finds every heading on the page its
TOC entry names.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gendocs.pipeline import build
from tests.conftest import copy_project, project_in
from tests.realclient import to_pdf

DOT_LEADER = re.compile(r"^\s*(.+?)\s*(?:\.{3,}|…{2,})\s*(\d+)\s*$")


@pytest.fixture(scope="module")
def final_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = copy_project(tmp_path_factory.mktemp("final"))
    (path,) = build(project_in(folder), ["plan"], final=True)
    return path


def pages(pdf: Path) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout.split("\f")[:-1]


def test_final_docx_asks_nothing_on_opening(final_plan: Path) -> None:
    with zipfile.ZipFile(final_plan) as package:
        settings = package.read("word/settings.xml").decode()
        document = package.read("word/document.xml").decode()
    assert "updateFields" not in settings
    assert 'w:dirty="true"' not in document


def test_toc_page_numbers_match_the_headings(final_plan: Path, tmp_path: Path) -> None:
    text = pages(to_pdf(final_plan, tmp_path))
    toc_page = next(i for i, page in enumerate(text) if "目次" in page)
    entries = [m.groups() for m in map(DOT_LEADER.match, text[toc_page].splitlines()) if m]
    assert len(entries) >= 20
    assert not any(title in ("目次", "改訂履歴") for title, _ in entries)
    for title, number in entries:
        page = text[int(number) - 1]
        lines = [line.strip() for line in page.splitlines()]
        assert title in lines, f"{title} is not on page {number}"


def test_a_fast_build_says_once_that_word_fills_the_toc(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "gendocs", "build", "plan", "sla"],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("--final") == 1
    with zipfile.ZipFile(folder / "output" / "01_自治体クラウド導入計画書.docx") as package:
        assert "updateFields" in package.read("word/settings.xml").decode()


def test_a_final_build_rebuilds_a_fast_one(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    (fast,) = build(project_in(folder), ["plan"])
    before = fast.read_bytes()
    (final,) = build(project_in(folder), ["plan"], final=True)
    assert final.read_bytes() != before
    (again,) = build(project_in(folder), ["plan"])  # up to date: the final file stays
    assert again.read_bytes() == final.read_bytes()
