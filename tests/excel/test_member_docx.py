"""gendocs costs --member ID --format docx: the member's 負担金 for its budget request, read back
with python-docx and pdftotext (after LibreOffice), holding what ``gendocs costs`` prints."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from gendocs.cli import cli
from tests.realclient import to_pdf


def _run(project_dir: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["costs", "--content", str(project_dir / "content"), *args])
    assert result.exit_code == 0, result.output
    return result.output


def _amount(text: str) -> int:
    return -int(text[1:].replace(",", "")) if text.startswith("△") else int(text.replace(",", ""))


def test_the_members_document_holds_the_printed_figures(project_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "samukawa.docx"
    _run(project_dir, "--member", "samukawa", "--format", "docx", "--out", str(out))
    printed = [
        r
        for r in csv.DictReader(io.StringIO(_run(project_dir, "--format", "csv")))
        if r["member_id"] == "samukawa"
    ]
    document = Document(str(out))
    assert document.paragraphs[0].text == "寒川町負担金の内訳"
    by_year, by_item, lines = document.tables
    rows = [[c.text for c in row.cells] for row in by_year.rows]
    assert rows[0] == ["年度", "費目別の額の合計", "年度別負担額"]
    assert [(r[0], _amount(r[1]), _amount(r[2])) for r in rows[1:-1]] == [
        (p["年度"], int(p["合計"]), int(p["年度別負担額"])) for p in printed
    ]
    total = sum(int(p["年度別負担額"]) for p in printed)
    assert rows[-1][0] == "合計" and _amount(rows[-1][1]) == _amount(rows[-1][2]) == total
    items = [[c.text for c in row.cells] for row in by_item.rows][1:-1]
    header = list(printed[0])[4:-2]  # the item columns of the CSV
    assert [r[0] for r in items] == header
    assert [_amount(r[2]) for r in items] == [sum(int(p[h]) for p in printed) for h in header]
    assert items[header.index("組織運営費")][1] == "均等割40%・人口割60%"
    detail = [[c.text for c in row.cells] for row in lines.rows][1:]
    assert [_amount(r[2]) for r in detail if r[1] == "計"] == [int(p["合計"]) for p in printed]
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("（1）導入費用") for t in texts)
    assert any(t.startswith("年度別負担額は、各年度に請求する額") for t in texts)
    pdf = to_pdf(out, tmp_path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "寒川町負担金の内訳" in text and f"{total:,}" in text


def test_the_same_content_gives_the_same_document(project_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.docx", tmp_path / "2.docx"
    _run(project_dir, "--member", "oi", "--format", "docx", "--out", str(first))
    _run(project_dir, "--member", "oi", "--format", "docx", "--out", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_without_out_it_goes_to_the_output_folder(
    project_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project_dir)
    output = _run(project_dir, "--member", "oi", "--format", "docx")
    assert Path(output.strip()) == project_dir / "output" / "負担金_大井町.docx"
    assert (project_dir / "output" / "負担金_大井町.docx").is_file()
