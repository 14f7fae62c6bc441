"""``gendocs build --format pdf`` loads each document in LibreOffice once and updates its indexes
in that one load (issue 17).

Before, ``--format pdf`` (which implies ``--final``) loaded every document with a TOC to read its
page numbers (indexes updated twice), ``finish_toc`` wrote them into the .docx, then the PDF
export loaded the written .docx and updated its indexes twice again. Now the TOC layout exports
the PDF from the document it laid out, and that PDF is used for the .docx written from the TOC
it read. The LibreOffice helper logs each load, index update pass and output when
``GENDOCS_UNO_LOG`` names a file (``gendocs/export/uno_convert.py``); the tests count them.

Is that PDF the .docx written? It is made before ``finish_toc`` writes the entries, from the
document whose layout gave them, so the tests compare it with two fresh conversions of the
final .docx: a plain ``soffice --convert-to pdf`` (which updates no field, so it shows the
entries and pages as written) and gendocs' own export outside a session (which loads the file
and updates its indexes again). The text of every page (pdftotext, pages split at form feeds)
must be the same, for documents with a TOC (the 仕様書, the 導入計画書) and one without (the
契約書).
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest

from gendocs.export.convert import export, office_session
from gendocs.pipeline import build
from tests.conftest import copy_project, project_in
from tests.realclient import pdf_text, soffice, to_pdfs
from tests.review.helpers import ENV, GENDOCS

WITH_TOC = ["plan", "procurement_spec"]  # 導入計画書, サービス利用調達仕様書
WITHOUT_TOC = ["contract"]  # サービス利用契約書
NAMES = WITH_TOC + WITHOUT_TOC


@pytest.fixture(scope="module")
def pdf_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The sample's three documents built with ``--format pdf``; the LibreOffice log."""
    soffice()  # skips without LibreOffice
    folder = copy_project(tmp_path_factory.mktemp("pdfonce"))
    log = folder / "uno.log"
    done = subprocess.run(
        [*GENDOCS, "-q", "build", *NAMES, "--force", "--format", "pdf"],
        cwd=folder,
        env=ENV | {"GENDOCS_UNO_LOG": str(log)},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    return folder / "output", log.read_text(encoding="utf-8").splitlines()


def _by_load(log: list[str]) -> list[list[str]]:
    """The log cut at each load: one list of events per loaded document."""
    loads: list[list[str]] = []
    for line in log:
        event, _name = line.split(" ", 1)
        if event == "load":
            loads.append([])
        assert loads, f"{line} before any load"
        loads[-1].append(event)
    return loads


def test_each_document_is_loaded_and_laid_out_once(pdf_build: tuple[Path, list[str]]) -> None:
    output, log = pdf_build
    loads = _by_load(log)
    assert len(loads) == len(NAMES), log  # was 2 per document with a TOC + 1
    events = Counter(tuple(dict.fromkeys(events)) for events in loads)
    # a TOC document: loaded, its indexes updated until they hold, TOC read and PDF stored from
    # that same load; the 契約書 has no index: loaded and stored
    assert events == {("load", "update", "toc", "store"): 2, ("load", "store"): 1}, log
    for events in loads:
        # two passes here: the first fills the TOC, which moves what follows it; the second
        # finds it in place (before: two passes in each of two loads)
        assert events.count("update") <= 2, log
    assert sorted(p.name for p in output.glob("*.pdf")) == sorted(
        p.with_suffix(".pdf").name for p in output.glob("*.docx")
    )


def _pages(pdf: Path) -> list[str]:
    return pdf_text(pdf).split("\f")


def test_the_pdf_is_what_the_written_docx_gives(
    pdf_build: tuple[Path, list[str]], tmp_path: Path
) -> None:
    output, _log = pdf_build
    docx = sorted(output.glob("*.docx"))
    assert len(docx) == len(NAMES)
    plain = to_pdfs(docx, tmp_path)  # no field updated: the TOC as written in the .docx
    again = export(docx, "pdf")  # loaded again, indexes updated again (outside a session)
    for path, written, exported in zip(docx, plain, again, strict=True):
        (tmp_path / f"again-{exported.name}").write_bytes(exported.data)
        pages = _pages(output / exported.name)
        assert len(pages) > 2, path.name
        assert pages == _pages(written), path.name
        assert pages == _pages(tmp_path / f"again-{exported.name}"), path.name
    spec = _pages(output / "12_サービス利用調達仕様書.pdf")
    toc = next(page for page in spec if "目次" in page)
    assert "別紙" in toc and "......" in toc  # the TOC is filled, with its page numbers


def test_final_without_pdf_exports_nothing_in_the_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--final`` alone reads the TOCs and stores no PDF; a PDF export of a file whose PDF was
    not made in the session loads it (once)."""
    soffice()
    folder = copy_project(tmp_path / "project")
    log = tmp_path / "uno.log"
    monkeypatch.setenv("GENDOCS_UNO_LOG", str(log))
    with office_session():
        paths = build(project_in(folder), ["procurement_spec"], final=True)
        laid_out = _by_load(log.read_text(encoding="utf-8").splitlines())
        (pdf,) = export(paths, "pdf")
    assert pdf.name == "12_サービス利用調達仕様書.pdf"
    assert [tuple(dict.fromkeys(events)) for events in laid_out] == [("load", "update", "toc")]
    loads = _by_load(log.read_text(encoding="utf-8").splitlines())
    assert [tuple(dict.fromkeys(events)) for events in loads[1:]] == [("load", "update", "store")]
