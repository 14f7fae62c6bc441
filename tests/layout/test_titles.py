"""Issue 12 item 2: long titles break at a boundary (after the consortium's name, at a space),
never inside a word, as LibreOffice lays them out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gendocs.pipeline import build
from tests.conftest import copy_project, project_in
from tests.realclient import to_pdfs


def _first_page_lines(pdf: Path) -> list[str]:
    import subprocess

    done = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [re.sub(r"\s+", "", line) for line in done.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def first_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = copy_project(tmp_path_factory.mktemp("titles"))
    docs = build(project_in(folder), ["security_audit", "sla"])
    pdfs = to_pdfs(docs, tmp_path_factory.mktemp("pdf"))
    return {d.name: _first_page_lines(p) for d, p in zip(docs, pdfs, strict=True)}


def test_a_rule_title_breaks_after_the_consortium_name(first_pages: dict[str, list[str]]) -> None:
    lines = next(v for k, v in first_pages.items() if "監査実施要綱" in k)
    at = lines.index("神奈川県町村情報システム共同事業組合")
    assert lines[at + 1] == "情報セキュリティ監査実施要綱（案）"


def test_a_cover_line_breaks_at_a_space(first_pages: dict[str, list[str]]) -> None:
    lines = next(v for k, v in first_pages.items() if "サービスレベル" in k)
    assert "基幹系・内部情報系システムクラウドサービス利用業務" in lines
    assert not any(line.endswith("システ") for line in lines)
