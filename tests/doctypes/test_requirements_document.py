"""アプリケーション要件定義書 (issue 15 item 2, from issue 14 item 5's 機能要件確認表 and Fit & Gap
register): it follows tests/doctypes/outlines/requirements.yaml section by section for the sample
and for tests/fixtures/council5 (no answers, no register, no 棚卸し yet); values are checked
against hand arithmetic on the YAML. Sections are read from LibreOffice's rendering (pdftotext),
table rows from the .docx (python-docx)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from ruamel.yaml import YAML

from gendocs.doctypes import all_types
from gendocs.pipeline import build
from tests.conftest import SAMPLE_CONTENT, copy_project, problems_after_edit, project_in
from tests.doctypes.helpers import squeeze
from tests.realclient import pdf_text, to_pdfs
from tests.review.test_council5 import COUNCIL5, SAMPLE_WORDS

OUTLINE = YAML(typ="safe").load(
    (Path(__file__).resolve().parent / "outlines" / "requirements.yaml").read_text(encoding="utf-8")
)
HEADINGS = [squeeze(s["heading"]) for s in OUTLINE["sections"]]


def _yaml(file: str) -> dict:  # type: ignore[type-arg]
    data: dict = YAML(typ="safe").load((SAMPLE_CONTENT / file).read_text(encoding="utf-8"))  # type: ignore[type-arg]
    return data


def _built(folder: Path) -> tuple[str, list[str]]:
    """The document's text (PDF, whitespace dropped) and a line per table row (cells joined)."""
    (path,) = build(project_in(folder), ["requirements"])
    (pdf,) = to_pdfs([path], folder / "pdf")
    rows = [
        "|".join(squeeze(c.text) for c in row.cells)
        for table in Document(str(path)).tables
        for row in table.rows
    ]
    return squeeze(pdf_text(pdf)), rows


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    return _built(copy_project(tmp_path_factory.mktemp("sample")))


@pytest.fixture(scope="module")
def council5(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    folder = tmp_path_factory.mktemp("council5")
    shutil.copytree(COUNCIL5, folder / "content")
    return _built(folder)


def _sections(text: str) -> dict[str, str]:
    starts, at = [], 0
    for heading in HEADINGS:
        found = text.find(heading, at)
        assert found >= 0, f"no section 「{heading}」 after position {at}"
        starts.append(found)
        at = found + len(heading)
    ends = starts[1:] + [len(text)]
    return {h: text[s:e] for h, s, e in zip(HEADINGS, starts, ends, strict=True)}


def test_registered_in_phase_2_after_the_specification() -> None:
    types = {d.name: d for d in all_types()}
    doc = types["requirements"]
    assert (OUTLINE["doctype"], OUTLINE["title"], OUTLINE["phase"]) == (
        doc.name,
        doc.title,
        doc.phase,
    )
    assert doc.order > max(types[n].order for n in ("procurement_spec", "rfp", "evaluation"))
    assert all(s["source"] in OUTLINE["sources"] for s in OUTLINE["sections"])
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "アプリケーション要件定義書" in readme


def test_every_section_in_order_and_nothing_left_unrendered(
    sample: tuple[str, list[str]], council5: tuple[str, list[str]]
) -> None:
    for text, rows in (sample, council5):
        _sections(text)
        for bad in ("{{", "{%", "None", "none"):
            assert bad not in text and bad not in "\n".join(rows)
    assert not any(word in council5[0] for word in SAMPLE_WORDS)


def test_functional_requirements_and_the_register_of_the_sample(
    sample: tuple[str, list[str]],
) -> None:
    text, rows = sample
    s = _sections(text)
    # dated at the last Fit & Gap decision (内部情報系部会, 2027-11-19), before its first section
    assert "令和9年11月19日1本書の目的" in text
    assert "相模クラウドサービス株式会社（以下「事業者」という。）" in s["1本書の目的"]
    assert "事業者の回答（令和9年7月30日提出）" in s["1本書の目的"]
    requirements = _yaml("procurement.yaml")["procurement"]["spec"]["requirements"]
    required = sum(1 for r in requirements if r["required"])
    assert (
        f"機能要件確認表の{len(requirements)}件（うち必須{required}件）" in s["2.1機能要件確認表"]
    )
    # no row of the sample has a 機能ID: the sentence about them is left out
    assert "機能ID" not in s["2.1機能要件確認表"]
    # 相模: ◎8 ○2 △1 → 24 + 4 + 0.5 = 28.5; 200 × 28.5 ÷ 33 = 172.7272… → 172.73
    assert "200点中172.73点" in s["2.1機能要件確認表"]
    assert "3|戸籍|戸籍の届出の受付、審査及び戸籍の記録|必須|○" in rows
    assert "11|文書管理|電子決裁及び文書の保存期間の管理|任意|◎" in rows
    assert "◎|標準機能で対応可能|8件" in rows and "×|対応不可|0件" in rows
    # 3 gaps × 14 members = 42 decisions: 国保 has one カスタマイズ (箱根町) and one 対応不可
    # (清川村), the other 40 are 運用で対応
    assert "運用で対応40件、カスタマイズ1件、対応不可1件" in s["2.2Fit&Gapの対応方針"]
    assert (
        "（2）国民健康保険の資格管理及び保険税の賦課（国民健康保険、番号6、回答△）"
        in (s["2.2Fit&Gapの対応方針"])
    )
    assert any(
        r.startswith("カスタマイズ|箱根町（1団体）|観光業の季節雇用者")
        and r.endswith("|住民情報系部会（令和9年11月12日）")
        for r in rows
    )
    assert any(r.startswith("運用で対応|葉山町、寒川町") and "（14団体）|" in r for r in rows)
    assert "未決定" not in text
    assert any(r.startswith("6|国民健康保険の資格管理及び保険税の賦課|箱根町|") for r in rows)


def test_non_functional_data_and_interfaces_of_the_sample(sample: tuple[str, list[str]]) -> None:
    text, rows = sample
    s = _sections(text)
    sla = _yaml("sla.yaml")["sla"]
    # 8:00–22:00 is 840 minutes a day, × 245 days = 205,800 minutes a year; 0.5% of it is 1,029
    # minutes (17時間9分) a year, and of a twelfth (17,150) 85.75 → 85 minutes (1時間25分)
    assert sla["service_hours"]["days_per_year"] == 245 and sla["availability"] == 99.5
    assert "稼働率は99.5%以上とする" in s["3.1可用性"]
    assert "年間17時間9分、月平均1時間25分" in s["3.1可用性"]
    assert "オンライン応答時間|3秒以内（90%以上の処理）|" in "\n".join(rows)
    assert squeeze(sla["continuity"]["rpo"]) in s["3.4継続性（RPO・RTO）"]
    assert f"目標復旧時間（RTO）|{sla['continuity']['rto']}" in rows
    certifications = _yaml("procurement.yaml")["procurement"]["spec"]["certifications"]
    assert all(squeeze(c) in s["3.5情報セキュリティ"] for c in certifications)
    assert "ガバメントクラウド上に構築されたもの" in s["3.5情報セキュリティ"]
    # データ一覧: 住民基本情報 (住民基本台帳) of 葉山町 (36,500) and 寒川町 (55,800)
    data = _yaml("inventory/6_data.yaml")["data"]
    volumes = {
        d["member"]: d["volume"]
        for d in data
        if d["service"] == "juki" and d["table"] == "住民基本情報"
    }
    assert volumes == {"hayama": 36500, "samukawa": 55800}
    assert "住民基本台帳|住民基本情報|住民コード、氏名、生年月日|2|92,300" in rows
    assert (
        "住民基本台帳|住民異動情報|福祉・保健システム|送信|ファイル、データベース|日次、即時|2"
        in rows
    )
    assert "住民基本台帳ネットワークシステム|本人確認情報及び住民票コード|" in "\n".join(rows)


def test_council5_before_selection_and_inventory(council5: tuple[str, list[str]]) -> None:
    text, _rows = council5
    s = _sections(text)
    assert "選定する事業者から提供を受けるサービス" in s["1本書の目的"]
    assert "事業者の回答は、選定の後に記載する" in s["2.1機能要件確認表"]
    assert "Fit&Gap分析は、事業者の選定の後に行い" in s["2.2Fit&Gapの対応方針"]
    assert "カスタマイズにより対応することとした要望はない" in s["2.3カスタマイズの要望と決定"]
    assert "データ一覧（棚卸し）は作成されていない" in s["4データ要件"]


def test_a_decision_on_a_requirement_answered_standard_is_a_located_error(
    project_dir: Path,
) -> None:
    problems = problems_after_edit(
        project_dir,
        "fitgap.yaml",
        "{requirement: '9', member: kiyokawa,",
        "{requirement: '1', member: kiyokawa,",
    )
    assert [(p.location.line, p.key_path, p.message.ja) for p in problems] == [
        (
            problems[0].location.line,
            "fitgap.decisions[41].requirement",
            "要件「1」は相模クラウドサービス株式会社が ◎（標準）と回答しており、"
            "ギャップではありません",
        )
    ]
    assert problems[0].location.file.endswith("fitgap.yaml") and problems[0].location.line > 0
