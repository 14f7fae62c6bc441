"""``gendocs build --format pdf`` starts LibreOffice once (issue 17).

Before, the TOC page numbers (``--final``, implied by ``--format pdf``) started LibreOffice once
for all the layouts and the PDF export started it again. Now the command holds one LibreOffice
(``gendocs.export.convert.office_session``) that lays out, reads the TOCs and exports. The starts
are counted by an ``soffice`` on PATH that logs each start and runs the real one; the results
are compared with those of the library calls outside a session (two starts): the same .docx
bytes, the same PDF text (pdftotext; PDFs carry a creation date, so never their bytes).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gendocs.export.convert import export
from gendocs.pipeline import build
from tests.conftest import copy_project, project_in
from tests.realclient import pdf_text
from tests.review.helpers import ENV, GENDOCS

NAMES = ["plan", "sla"]  # two documents with a table of contents


def _counting_soffice(folder: Path, log: Path) -> str:
    """A PATH whose ``soffice`` appends a line to ``log`` and runs the real LibreOffice."""
    real = shutil.which("soffice") or shutil.which("libreoffice")
    if real is None:
        pytest.skip("LibreOffice is not installed")
    folder.mkdir()
    wrapper = folder / "soffice"
    wrapper.write_text(f'#!/bin/sh\necho start >> "{log}"\nexec "{real}" "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    return f"{folder}{os.pathsep}{os.environ['PATH']}"


def test_a_pdf_build_starts_libreoffice_once_with_the_same_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_log, separate_log = tmp_path / "session.log", tmp_path / "separate.log"
    one = copy_project(tmp_path / "one")
    done = subprocess.run(
        [*GENDOCS, "-q", "build", *NAMES, "--format", "pdf"],
        cwd=one,
        env=ENV | {"PATH": _counting_soffice(tmp_path / "bin1", session_log)},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    assert session_log.read_text(encoding="utf-8").splitlines() == ["start"]

    # the same through the library, outside a session: a LibreOffice for the TOCs, one for PDFs
    two = copy_project(tmp_path / "two")
    monkeypatch.setenv("PATH", _counting_soffice(tmp_path / "bin2", separate_log))
    paths = build(project_in(two), NAMES, final=True)
    pdfs = export(paths, "pdf")
    assert separate_log.read_text(encoding="utf-8").splitlines() == ["start", "start"]

    assert len(pdfs) == len(NAMES)
    for path, pdf in zip(paths, pdfs, strict=True):
        assert (one / "output" / path.name).read_bytes() == path.read_bytes(), path.name
        (tmp_path / pdf.name).write_bytes(pdf.data)
        text = pdf_text(tmp_path / pdf.name)
        assert pdf_text(one / "output" / pdf.name) == text, pdf.name
        assert "目次" in text or "目　次" in text, pdf.name


def test_without_uno_the_session_says_what_to_install(tmp_path: Path) -> None:
    """The session's LibreOffice helper cannot import uno: a located message, no traceback."""
    folder = copy_project(tmp_path / "project")
    done = subprocess.run(
        [*GENDOCS, "-q", "build", "plan", "--format", "pdf"],
        cwd=folder,
        env=ENV | {"GENDOCS_UNO_PYTHON": sys.executable},  # this venv's Python has no uno
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode != 0
    assert "python3-uno" in done.stderr
    assert "Traceback" not in done.stderr
