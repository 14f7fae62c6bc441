"""gendocs build drafts every rule in content/ordinances/ into the 改正文 and 新旧対照表
documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from gendocs.errors import ContentError
from gendocs.load import load_content
from gendocs.pipeline import build, prepare
from tests.amend.samples import draft_sample, sample_paths
from tests.conftest import copy_project, project_in
from tests.golden import document_text
from tests.realclient import pdf_fonts, pdf_text, pdf_vertical_text, to_pdfs

NAMES = ["amendment_texts", "amendment_tables"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return build(project_in(copy_project(tmp_path_factory.mktemp("amend"))), NAMES)


def test_every_rule_is_in_both_documents(built: list[Path]) -> None:
    texts, tables = (document_text(p) for p in built)
    for sample in sample_paths():
        amendment = draft_sample(sample)
        assert amendment.title in texts  # 題名 of the amending rule
        assert amendment.enacting in texts  # 制定文
        assert f"{amendment.old.title}\u3000新旧対照表" in tables
    for bad in ("{{", "{%", "None"):
        assert bad not in texts and bad not in tables


def test_the_documents_open_in_libreoffice(built: list[Path], tmp_path: Path) -> None:
    pdfs = to_pdfs(built, tmp_path)
    assert "附" in pdf_text(pdfs[0]) and "改正前" in pdf_text(pdfs[1])
    assert "IPAexMincho" in pdf_fonts(pdfs[0])


def test_a_broken_rule_text_is_located_in_its_file(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    path = project / "content" / "ordinances" / "samukawa-tesuryo.yaml"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    new_at = next(i for i, line in enumerate(lines) if line.startswith("new:"))
    article = next(i for i in range(new_at, len(lines)) if lines[i].lstrip().startswith("第2条"))
    lines[article] = lines[article].replace("第2条", "第9条", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        prepare(load_content(project / "content"))
    first = caught.value.problems[0]
    assert first.location.file.endswith("samukawa-tesuryo.yaml")
    assert first.location.line == article + 1
    assert "第9条の番号が飛んでいるか重複しています" in first.message.ja
    assert all("第2条の2" in p.message.ja for p in caught.value.problems[1:])


def test_a_national_rule_gets_a_vertical_section_of_its_own(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    path = project / "content" / "ordinances" / "samukawa-tesuryo.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("style: municipal", "style: national"),
        encoding="utf-8",
    )
    (texts,) = build(project_in(project), ["amendment_texts"])
    sections = Document(str(texts)).sections
    directions = [s._sectPr.find(qn("w:textDirection")) for s in sections]
    values = [d.get(qn("w:val")) if d is not None else None for d in directions]
    rules = [p.stem for p in sorted((project / "content" / "ordinances").glob("*.yaml"))]
    assert len(values) == len(rules)  # one section per rule (the 規約 from its history included)
    assert values[rules.index("samukawa-tesuryo")] == "tbRl"
    assert values.count(None) == len(rules) - 1
    columns = pdf_vertical_text(to_pdfs([texts], tmp_path)[0]).splitlines()
    assert "寒川町手数料条例の一部を改正する条例" in columns
