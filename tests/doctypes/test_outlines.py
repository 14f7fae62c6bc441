"""The sections and clauses a real document of each kind has (tests/doctypes/outlines/<name>.yaml,
each with the published document it was taken from), asserted against the sample's documents and
against the same documents built for a second, small consortium (tests/fixtures/council5: a
任意協議会 of five members without 組合規約). Then the switches the 仕様書 and the RFP take
from content (標準準拠, ガバメントクラウド, the data layout, the 様式) are changed and the
documents read.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from ruamel.yaml import YAML

from gendocs.doctypes import all_types
from gendocs.load import load_content
from gendocs.pipeline import build
from gendocs.validate import validate
from tests.conftest import SAMPLE_CONTENT, copy_project, project_in
from tests.doctypes.helpers import build_problems, edit_once, squeeze
from tests.realclient import docx_text

OUTLINES = Path(__file__).resolve().parent / "outlines"
COUNCIL5 = Path(__file__).resolve().parents[1] / "fixtures" / "council5" / "content"


# the outlines this file reads (the other documents' outlines, in their own format, are read by
# test_outlines_eval11.py, test_security_outlines.py and test_phase_documents.py)
OWN = ("procurement_spec", "rfp", "rfi", "form_")


def _outlines() -> dict[str, dict[str, Any]]:
    found = {}
    for path in sorted(p for p in OUTLINES.glob("*.yaml") if p.stem.startswith(OWN)):
        outline = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        assert outline["doctype"] == path.stem, path
        found[path.stem] = outline
    return found


OUTLINE = _outlines()
NAMES = sorted(OUTLINE)


def _headings(path: Path) -> list[str]:
    return [
        p.text
        for p in Document(str(path)).paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    ]


def _build(folder: Path, names: list[str]) -> dict[str, Path]:
    return dict(zip(names, build(project_in(folder), names), strict=True))


@pytest.fixture(scope="module")
def sample_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _build(copy_project(tmp_path_factory.mktemp("sample")), NAMES)


@pytest.fixture(scope="module")
def council_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("council5")
    shutil.copytree(COUNCIL5, folder / "content")
    return _build(folder, NAMES)


def test_every_outline_names_a_document_type_and_cites_its_sources() -> None:
    known = {d.name for d in all_types()}
    assert {"procurement_spec", "rfp", "rfi"} <= set(NAMES)
    assert {n for n in known if n.startswith("form_")} <= set(NAMES)
    for name, outline in OUTLINE.items():
        assert name in known
        sources = outline["sources"]
        assert sources and all(s["title"] for s in sources.values())
        entries = outline["sections"] + outline["clauses"]
        assert entries
        assert all(e["source"] in sources for e in entries), name


def _check(docs: dict[str, Path], name: str) -> None:
    outline = OUTLINE[name]
    found = _headings(docs[name])
    missing = [s["heading"] for s in outline["sections"] if s["heading"] not in found]
    assert missing == [], f"{name}: missing sections {missing}"
    text = squeeze(docx_text(docs[name]))
    absent = [c["clause"] for c in outline["clauses"] if squeeze(c["text"]) not in text]
    assert absent == [], f"{name}: missing clauses {absent}"
    for leftover in ("{{", "{%", "None"):
        assert leftover not in text, name


@pytest.mark.parametrize("name", NAMES)
def test_the_sample_has_every_section_and_clause(sample_docs: dict[str, Path], name: str) -> None:
    _check(sample_docs, name)


@pytest.mark.parametrize("name", NAMES)
def test_a_five_member_council_has_every_section_and_clause(
    council_docs: dict[str, Path], name: str
) -> None:
    _check(council_docs, name)


def test_the_forms_are_addressed_and_numbered_from_content(
    sample_docs: dict[str, Path], council_docs: dict[str, Path]
) -> None:
    for docs, folder in ((sample_docs, SAMPLE_CONTENT), (council_docs, COUNCIL5)):
        content = validate(load_content(folder))
        forms = content.procurement.forms
        assert forms is not None
        rfp = squeeze(docx_text(docs["rfp"]))
        for number, name in enumerate(
            ["form_participation", "form_question", "form_cover", "form_estimate"], 1
        ):
            text = squeeze(docx_text(docs[name]))
            assert squeeze(f"{forms.addressee}　様") in text
            assert f"（様式第{number}号）" in text
            assert f"様式第{number}号" in rfp
        # the 見積書 is broken down by the cost items the ceiling is estimated from
        estimate = squeeze(docx_text(docs["form_estimate"]))
        basis = content.procurement.ceiling_basis
        assert basis is not None
        names = {i.id: i.name for i in content.costs.items}
        assert all(squeeze(names[i]) in estimate for i in basis.items)


def test_the_spec_follows_the_content_switches(
    sample_docs: dict[str, Path], council_docs: dict[str, Path]
) -> None:
    sample = squeeze(docx_text(sample_docs["procurement_spec"]))
    council = squeeze(docx_text(council_docs["procurement_spec"]))
    # the sample marks 20 業務 standard and asks for the Government Cloud
    assert "1.6標準化及びガバメントクラウド" in sample
    assert "国が定める標準仕様書に準拠" in sample
    assert (
        "国が定める標準データレイアウトにより、それ以外の業務については中間標準レイアウト" in sample
    )
    assert "ガバメントクラウド上に構築" in sample
    # the council marks none standard and does not ask for it
    assert "標準仕様書" not in council and "標準データレイアウト" not in council
    assert "ガバメントクラウド" not in council
    assert "現行システムのデータを中間標準レイアウト仕様により受け入れ" in council
    # no internal phase schedule in a vendor document
    for text in (sample, council):
        assert "Phase" not in text and "主な節目" not in text


def test_one_switch_at_a_time(tmp_path: Path) -> None:
    folder = copy_project(tmp_path / "p")
    edit_once(
        folder, "procurement.yaml", ("    government_cloud: true", "    government_cloud: false")
    )
    edit_once(
        folder,
        "procurement.yaml",
        (
            "  forms:\n    addressee: 神奈川県町村情報システム共同事業組合 管理者\n",
            "",
        ),
    )
    docs = _build(folder, ["procurement_spec", "rfp"])
    spec = squeeze(docx_text(docs["procurement_spec"]))
    assert "1.6標準化及びガバメントクラウド" in spec and "ガバメントクラウド上に構築" not in spec
    rfp = squeeze(docx_text(docs["rfp"]))
    assert "質問書（様式は任意）" in rfp and "様式第" not in rfp
    # without procurement.forms a full build makes no 様式
    names = [d.name for d in all_types() if d.applies(validate(load_content(folder / "content")))]
    assert not [n for n in names if n.startswith("form_")]


def test_building_the_spec_or_the_estimate_without_their_content_is_a_located_error(
    tmp_path: Path,
) -> None:
    folder = copy_project(tmp_path / "p")
    text = (folder / "content" / "procurement.yaml").read_text(encoding="utf-8")
    start = text.index("  spec:\n")
    end = text.index("\n  # 様式集")
    edit_once(folder, "procurement.yaml", (text[start:end], ""))
    problems = build_problems(folder, "procurement_spec")
    assert len(problems) == 1 and "procurement.spec" in problems[0], problems
    assert "仕様書を作成するには" in problems[0]
    edit_once(
        folder,
        "procurement.yaml",
        ("  ceiling_basis: {items: [initial, service, migration], tolerance: 0.05}\n", ""),
    )
    problems = build_problems(folder, "form_estimate")
    assert len(problems) == 1 and "procurement.ceiling_basis" in problems[0], problems


def test_the_rfp_says_what_each_part_of_the_proposal_covers(
    sample_docs: dict[str, Path], council_docs: dict[str, Path]
) -> None:
    for docs, folder in ((sample_docs, SAMPLE_CONTENT), (council_docs, COUNCIL5)):
        rfp = validate(load_content(folder)).procurement.rfp
        assert rfp is not None and rfp.topics
        text = squeeze(docx_text(docs["rfp"]))
        for no, topic in enumerate(rfp.topics, 1):
            assert squeeze(f"（{no}）{topic.title}　{topic.cover}") in text
