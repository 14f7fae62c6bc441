"""サービスレベル合意書: every outline section, every level from content, derived figures, bad
input.

Built once from a copy of the sample content and converted once by LibreOffice for the module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document

from gendocs.load import load_content
from gendocs.model import Content
from gendocs.pipeline import build
from gendocs.project import find_project
from gendocs.validate import validate
from tests.conftest import copy_project
from tests.doctypes.helpers import build_problems, edit_once, line_in, squeeze
from tests.realclient import docx_text, pandoc_text, pdf_fonts, pdf_text, to_pdfs

SECTIONS = [
    "1 前提・適用範囲・責任分界",
    "1.1 目的",
    "1.2 前提条件",
    "1.3 適用範囲",
    "1.4 責任分界",
    "2 用語と測定方法",
    "2.1 用語",
    "2.2 稼働率の算定式",
    "2.3 許容停止時間",
    "3 サービスレベル項目",
    "3.1 可用性",
    "3.2 信頼性",
    "3.3 性能",
    "3.4 サポート",
    "3.5 データ管理",
    "3.6 セキュリティ",
    "4 報告と見直し",
    "4.1 月次報告",
    "4.2 障害報告",
    "4.3 運用会議",
    "4.4 年次評価",
    "5 未達時の措置",
    "6 有効期間・改定",
    "6.1 有効期間",
    "6.2 改定",
]


@dataclass(frozen=True)
class Built:
    content: Content
    docx: Path
    text: str  # python-docx paragraphs and tables
    plain: str  # pandoc
    pdf: str  # pdftotext, whitespace removed
    fonts: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    folder = copy_project(tmp_path_factory.mktemp("sla"))
    (docx,) = build(find_project(folder), ["sla"])
    (pdf,) = to_pdfs([docx], folder / "pdf")
    return Built(
        validate(load_content(folder / "content")),
        docx,
        docx_text(docx),
        pandoc_text(docx),
        squeeze(pdf_text(pdf)),
        pdf_fonts(pdf),
    )


def test_every_outline_section_is_a_heading_and_printed(built: Built) -> None:
    headings = [
        p.text
        for p in Document(str(built.docx)).paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    ]
    for section in SECTIONS:
        assert section in headings
        assert squeeze(section) in built.pdf


def test_availability_and_the_downtime_it_allows_are_computed(built: Built) -> None:
    # 99.5% of 08:00–22:00 × 245 days = 3,430 h: 17 h 9 min a year, 1 h 25 min a month.
    for shown in (
        "99.5%以上",
        "3,430時間",
        "285時間50分",
        "17時間9分",
        "1時間25分",
        "14時間（8時～22時）",
        "245日",
    ):
        assert shown in built.text
        assert squeeze(shown) in built.pdf
    assert "99.5%以上（月間の許容停止時間1時間25分）" in built.text


def test_every_level_appears_with_target_measurement_and_report(built: Built) -> None:
    assert len(built.content.sla.items) >= 6
    for item in built.content.sla.items:
        for value in (item.name, item.description, item.target, item.measurement, item.report):
            assert value in built.text, value


def test_scope_responsibilities_and_reporting_come_from_content(built: Built) -> None:
    content = built.content
    for usage in content.systems.usage:
        assert content.member(usage.member).name in built.text
    assert f"{sum(u.terminals for u in content.systems.usage):,}台" in built.text
    for row in content.sla.responsibilities:
        assert row.area in built.text and row.provider in built.text
    for measure in content.sla.shortfall_measures:
        assert measure in built.text
    assert content.procurement.title in built.text
    assert "翌月10日までに" in built.text
    assert "四半期ごと（3か月ごと）に運用会議を開催し" in built.text
    assert "令和10年4月1日から利用契約の期間の末日である令和15年3月31日までとする" in built.text


def test_no_placeholder_none_or_empty_table(built: Built) -> None:
    for text in (built.text, built.plain, built.pdf):
        for leftover in ("{{", "{%", "}}", "%}", "None", "〔"):
            assert leftover not in text
    for table in Document(str(built.docx)).tables:
        assert len(table.rows) >= 2
        assert any(cell.text.strip() for row in table.rows[1:] for cell in row.cells)


def test_pdf_embeds_ipaex_fonts(built: Built) -> None:
    assert "IPAexMincho" in built.fonts and "IPAexGothic" in built.fonts


# --- bad input: located content errors ------------------------------------------------------


def seeded(tmp_path: Path, old: str, new: str) -> Path:
    folder = copy_project(tmp_path)
    edit_once(folder, "sla.yaml", (old, new))
    return folder


def problems_of(folder: Path) -> list[str]:
    return build_problems(folder, "sla")


def line_of(folder: Path, fragment: str) -> int:
    return line_in((folder / "content" / "sla.yaml").read_text(encoding="utf-8"), fragment)


def test_an_item_without_a_measurement_method_is_located(tmp_path: Path) -> None:
    folder = seeded(tmp_path, " measurement: 通知日と停止日の差を記録,", "")
    (problem,) = problems_of(folder)
    line = line_of(folder, "{id: planned_stop")
    assert re.fullmatch(
        rf".*sla\.yaml:{line}:\d+: sla\.items\[0\]\.measurement: "
        r"測定方法: 必須の項目がありません",
        problem,
    )


def test_an_empty_measurement_method_is_located(tmp_path: Path) -> None:
    folder = seeded(
        tmp_path, "measurement: 障害管理票の検知時刻と連絡時刻の差,", "measurement: '',"
    )
    (problem,) = problems_of(folder)
    assert "sla.items[2].measurement: 測定方法: 値が必要です（空欄になっています）" in problem


def test_an_availability_of_120_percent_is_located(tmp_path: Path) -> None:
    folder = seeded(tmp_path, "availability: 99.5\n", "availability: 120\n")
    (problem,) = problems_of(folder)
    assert problem.endswith(
        f"sla.yaml:{line_of(folder, 'availability: 120')}:17: sla.availability: "
        "稼働率の協定値（%）: 100以下が必要です（「120」が書かれています）"
    )


def test_a_target_of_120_percent_is_located(tmp_path: Path) -> None:
    folder = seeded(
        tmp_path, "target: 3秒以内（90%以上の処理）", "target: 3秒以内（120%以上の処理）"
    )
    (problem,) = problems_of(folder)
    assert problem.endswith(
        "sla.items[3].target: 協定値の割合は100%以下である必要があります"
        "（「3秒以内（120%以上の処理）」が書かれています）"
    )
    assert f"sla.yaml:{line_of(folder, '{id: response')}:" in problem


def test_service_hours_ending_before_they_start_are_located(tmp_path: Path) -> None:
    folder = seeded(tmp_path, 'start: "08:00", end: "22:00"', 'start: "22:00", end: "08:00"')
    (problem,) = problems_of(folder)
    assert problem.endswith(
        "sla.service_hours.end: 終了時刻（08:00）は開始時刻（22:00）より後である必要があります"
    )
