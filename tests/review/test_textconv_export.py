"""git diff through gendocs textconv, exports by LibreOffice and pandoc, and version metadata."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest
from docx import Document

from tests.realclient import pdf_fonts, pdf_text
from tests.review.helpers import ENV, GENDOCS, gendocs, git, make_repo, rename_member


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository whose committed output/ has the plan; the working tree renames a member."""
    folder = make_repo(tmp_path_factory.mktemp("textconv") / "repo")
    assert gendocs("build", "plan", cwd=folder).returncode == 0
    git(folder, "add", "output")
    git(folder, "commit", "-qm", "文書")
    return folder


def test_git_diff_through_textconv_shows_the_changed_character(repo: Path) -> None:
    old, new = rename_member(repo / "content")
    assert gendocs("build", "plan", cwd=repo).returncode == 0
    (repo / ".gitattributes").write_text("*.docx diff=docx\n")
    textconv = " ".join(shlex.quote(a) for a in GENDOCS) + " textconv"
    diff = subprocess.run(
        [
            "git",
            "-C",
            str(repo),
            "-c",
            f"diff.docx.textconv={textconv}",
            "diff",
            "--word-diff=plain",
            "--word-diff-regex=.",
            "--",
            "output",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    ).stdout
    assert f"{old[:-1]}[-町-]{{+市+}}" in diff


def test_textconv_prints_one_paragraph_or_row_per_line(repo: Path) -> None:
    (docx,) = (repo / "output").glob("01_*.docx")
    text = gendocs("textconv", str(docx)).stdout
    assert "| No | 団体名 |" in text.replace("**", "")
    assert "本計画の期間は、" in text and "\n本計画の期間は、" in text


def test_pdf_export_fills_the_table_of_contents_and_embeds_japanese_fonts(repo: Path) -> None:
    result = gendocs("build", "plan", "--format", "pdf", "--format", "md", cwd=repo)
    assert result.returncode == 0, result.stderr
    (pdf,) = (repo / "output").glob("01_*.pdf")
    text = pdf_text(pdf)
    toc = text[text.index("目次") :].split("\f", 1)[0]  # the TOC page, which lists no 目次
    assert re.search(r"^1 構成団体\.{3,}\s*\d+$", toc, re.MULTILINE), toc
    assert re.search(r"^2 計画期間・組織形態\.{3,}\s*\d+$", toc, re.MULTILINE), toc
    fonts = pdf_fonts(pdf)
    assert "IPAexMincho" in fonts and " no " not in fonts.split("\n", 2)[2].replace("  ", " ")
    (md,) = (repo / "output").glob("01_*.md")
    assert "# 1 構成団体" in md.read_text(encoding="utf-8")


def test_documents_carry_edition_history_and_properties(repo: Path) -> None:
    (docx,) = (repo / "output").glob("01_*.docx")
    document = Document(str(docx))
    props = document.core_properties
    consortium = git(repo, "show", "HEAD:content/consortium.yaml")
    assert props.title == "自治体クラウド導入計画書" and props.subject
    assert props.version == "第1.0版" and props.author and props.author in consortium
    history = next(t for t in document.tables if t.rows[0].cells[0].text.strip() == "版数")
    assert [r.cells[0].text for r in history.rows[1:]] == ["第0.9版", "第1.0版"]
