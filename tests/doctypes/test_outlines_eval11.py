"""The 評価基準書, 調達計画書, SLA and サービス利用契約書 against the outline a real document of
its kind has (tests/doctypes/outlines/<doctype>.yaml, each entry with its public sources): every
listed section is a heading of the built document and every listed clause's phrases are in its
text, for the sample (一部事務組合, 14 members) and for tests/fixtures/council5 (任意協議会, five
members, no 規約). Also: no unrendered tag, no 「None」, no empty table, and the parties follow
the organisational form.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from ruamel.yaml import YAML

from gendocs.pipeline import build
from tests.conftest import copy_project, project_in
from tests.realclient import pdf_text, to_pdfs

OUTLINES = Path(__file__).with_name("outlines")
NAMES = ("evaluation", "procurement_plan", "sla", "contract")
COUNCIL5 = Path(__file__).resolve().parents[1] / "fixtures" / "council5" / "content"


@dataclass(frozen=True)
class Built:
    headings: dict[str, list[str]]
    text: dict[str, str]  # pdftotext, whitespace removed
    docx: dict[str, Path]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _build(folder: Path) -> Built:
    paths = dict(zip(NAMES, build(project_in(folder), list(NAMES)), strict=True))
    pdfs = dict(zip(NAMES, to_pdfs(list(paths.values()), folder / "pdf"), strict=True))
    headings = {
        name: [
            p.text.strip()
            for p in Document(str(path)).paragraphs
            if p.style is not None and p.style.name.startswith("Heading")
        ]
        for name, path in paths.items()
    }
    return Built(headings, {n: _squeeze(pdf_text(p)) for n, p in pdfs.items()}, paths)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return _build(copy_project(tmp_path_factory.mktemp("sample")))


@pytest.fixture(scope="module")
def council5(tmp_path_factory: pytest.TempPathFactory) -> Built:
    folder = tmp_path_factory.mktemp("council5")
    shutil.copytree(COUNCIL5, folder / "content")
    return _build(folder)


def _outline(name: str) -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe").load((OUTLINES / f"{name}.yaml").read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", NAMES)
def test_every_outline_entry_names_its_sources(name: str) -> None:
    outline = _outline(name)
    assert outline["doctype"] == name
    sources = outline["sources"]
    assert all(s["url"].startswith("http") and s["seen"] for s in sources.values())
    for entry in outline["sections"] + outline["clauses"]:
        assert set(entry["sources"]) <= set(sources), entry
        assert entry["sources"] or "[inferred]" in entry.get("note", ""), entry


@pytest.mark.parametrize("consortium", ["sample", "council5"])
@pytest.mark.parametrize("name", NAMES)
def test_the_built_document_has_the_outline(
    request: pytest.FixtureRequest, consortium: str, name: str
) -> None:
    built: Built = request.getfixturevalue(consortium)
    outline = _outline(name)
    missing = [
        s["heading"] for s in outline["sections"] if s["heading"] not in built.headings[name]
    ]
    assert missing == [], f"{name}: headings missing: {missing}"
    text = built.text[name]
    absent = [
        (c["name"], p) for c in outline["clauses"] for p in c["phrases"] if _squeeze(p) not in text
    ]
    assert absent == [], f"{name}: clauses missing: {absent}"
    for leftover in ("{{", "{%", "None"):
        assert leftover not in text, f"{name}: {leftover}"
    for table in Document(str(built.docx[name])).tables:
        assert len(table.rows) > 1, f"{name}: a table with its header only"


def test_a_union_signs_in_its_own_name(sample: Built) -> None:
    contract = sample.text["contract"]
    assert "神奈川県町村情報システム共同事業組合（以下「甲」という。）" in contract
    assert "甲1" not in contract and "管理者" in contract
    assert "提案上限額2,500,000,000円を超えない" in contract  # the RFP's term and ceiling
    assert "令和9年10月1日から令和15年3月31日まで" in contract
    assert "横浜地方裁判所" in contract and "10日以内に甲に引き渡す" in contract


def test_a_councils_members_sign_and_a_later_member_joins(council5: Built) -> None:
    contract = council5.text["contract"]
    assert "高森町、松川町、豊丘村及び喬木村（以下総称して「甲」といい" in contract
    assert all(f"甲{n}" in contract for n in range(1, 5)) and "甲5" not in contract
    assert "阿智村は、加入の日に" in contract
    assert "長野地方裁判所" in contract
    for name in NAMES:
        assert "神奈川" not in council5.text[name] and "組合" not in council5.text[name], name


def test_the_sample_credits_are_exact(sample: Built) -> None:
    sla = sample.text["sla"]
    # 30,000,000円 × 5% = 1,500,000円; the cap 30% = 9,000,000円
    # the band's bounds are stated: 99.0 (content) to the 協定値 99.5
    assert "99%以上99.5%（協定値）未満5%1,500,000円" in sla
    assert "上限は9,000,000円" in sla


def test_equal_weights_print_no_population_and_add_up(council5: Built) -> None:
    evaluation = council5.text["evaluation"]
    assert evaluation.count("20.0%") == 5 and "人口（人）" not in evaluation
    assert "小数点以下を切り捨て、整数とする" in evaluation


def _edit(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / "content" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_switches_change_the_documents(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    _edit(folder, "procurement.yaml", "method: 公募型プロポーザル", "method: 総合評価一般競争入札")
    _edit(folder, "procurement.yaml", "member_weights: なし", "member_weights: 人口比")
    _edit(folder, "procurement.yaml", "mandatory_cross: 失格", "mandatory_cross: 要件の得点を0点")
    _edit(folder, "procurement.yaml", "rounding: {places: 2, method: 四捨五入}", "")
    built = _build(folder)
    plan, evaluation = built.text["procurement_plan"], built.text["evaluation"]
    assert "地方自治法施行令第167条の10の2" in plan and "第167条の2第1項第2号" not in plan
    assert "学識経験を有する者の意見を聴く" in plan
    assert "人口（人）" in evaluation and "人口の比による" in evaluation
    assert "その要件の得点を0点とする" in evaluation and "失格とし、以後の評価" not in evaluation
    assert "小数点以下第" not in evaluation
