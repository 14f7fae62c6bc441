"""The findings of ../shared/reviews/documents-review-1.md on the issue-11 documents, re-read on the
built documents (docs/review-1-status.md lists each finding with the test that says it is gone).

Each document is built through ``gendocs.pipeline.build`` from a copy of the sample (一部事務組合,
14 members) or of tests/fixtures/council5 (任意協議会, five members) and read with python-docx.
Expected values are read from the content, or written out here from the drafting rule, never
taken from the code under test; the switch tests change content and read the document again.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document

from gendocs.doctypes.procurement_facts import polite
from gendocs.load import load_content
from gendocs.model import Content
from gendocs.pipeline import build
from gendocs.validate import validate
from tests.conftest import copy_project, problems_after_edit, project_in
from tests.doctypes.helpers import build_problems, edit_once, line_in, squeeze
from tests.realclient import docx_text

COUNCIL5 = Path(__file__).resolve().parents[1] / "fixtures" / "council5" / "content"
VENDOR = ["rfi", "rfp"]  # the documents that address vendors in です・ます
NAMES = ["procurement_plan", "rfi", "procurement_spec", "rfp", "sla"]

# a sentence that ends in the plain (である) style: the ending, then 「。」 not closing a （…）
PLAIN_END = re.compile(r"(?:する|である|とする|図る|行う|できる|定める)。(?![）」])")


def _build(folder: Path, names: list[str]) -> dict[str, str]:
    paths = build(project_in(folder), names)
    return {name: docx_text(path) for name, path in zip(names, paths, strict=True)}


def _content(folder: Path) -> Content:
    return validate(load_content(folder / "content"))


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="module")
def sample(sample_dir: Path) -> dict[str, str]:
    return _build(sample_dir, NAMES)


@pytest.fixture(scope="module")
def council_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("council5")
    shutil.copytree(COUNCIL5, folder / "content")
    return folder


@pytest.fixture(scope="module")
def council(council_dir: Path) -> dict[str, str]:
    return _build(council_dir, NAMES)


def _body_paragraphs(folder: Path, name: str) -> list[str]:
    (path,) = build(project_in(folder), [name])
    return [p.text for p in Document(str(path)).paragraphs]


# --- 13 RFP: 「10 copies for a 15-member committee」 ---


def test_rfp_copies_follow_the_committee(sample_dir: Path, sample: dict[str, str]) -> None:
    content = _content(sample_dir)
    panel = content.procurement.evaluation.panel
    assert panel is not None and content.procurement.proposal_format.copies is None
    # the 正本 and one 副本 for each member of the committee
    total = panel.members + 1
    assert f"{total}部（正本1部を含む。副本の数は{panel.name}の委員の数）" in sample["rfp"]
    # the 提案書表紙 (様式第3号) states the same 部数
    cover = _build(sample_dir, ["form_cover"])["form_cover"]
    assert f"{total}部（正本1部を含む。）" in cover and "None" not in cover


def test_rfp_copies_change_with_the_committee(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    edit_once(folder, "procurement.yaml", ("members: 15, quorum", "members: 9, quorum"))
    text = _build(folder, ["rfp"])["rfp"]
    assert "10部（正本1部を含む。副本の数は" in text and "16部" not in text


def test_rfp_copies_given_in_content_are_printed_as_given(
    council_dir: Path, council: dict[str, str]
) -> None:
    copies = _content(council_dir).procurement.proposal_format.copies
    assert copies is not None
    assert f"{copies}部（正本1部を含む。）" in council["rfp"]


# --- 11, 13: です・ます where the consortium asks; content's である quoted in that style ---


@pytest.mark.parametrize("name", VENDOR)
def test_vendor_documents_have_no_plain_style_sentence(
    sample_dir: Path, council_dir: Path, name: str
) -> None:
    for folder in (sample_dir, council_dir):
        for paragraph in _body_paragraphs(folder, name):
            assert not PLAIN_END.search(paragraph), (folder.name, paragraph)


def test_the_purpose_and_tie_rule_read_in_desu_masu(
    sample_dir: Path, sample: dict[str, str]
) -> None:
    content = _content(sample_dir)
    # the sample's purpose ends 「…を目的とする。」「…を図る。」 and its tie rule 「…決定する。」
    first, second = content.procurement.purpose
    assert first.endswith("目的とする。") and second.endswith("図る。")
    for name in VENDOR:
        assert first.removesuffix("する。") + "します。" in sample[name]
        assert second.removesuffix("図る。") + "図ります。" in sample[name]
        assert first not in sample[name]
    tie = content.procurement.evaluation.tie_rule
    assert tie.removesuffix("する。") + "します。" in sample["rfp"]
    # the 調達計画書 (an internal である document) keeps the content's words
    assert first in sample["procurement_plan"]


def test_a_purpose_that_cannot_be_converted_is_quoted(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    odd = "本調達は、現行の契約の更新を行わない。"
    edit_once(
        folder,
        "procurement.yaml",
        ("    - 国の標準仕様書に準拠した", f"    - {odd}\n    - 国の標準仕様書に準拠した"),
    )
    texts = _build(folder, VENDOR)
    for name in VENDOR:
        assert f"「{odd}」" in texts[name]


@pytest.mark.parametrize(
    ("plain", "expected"),
    [
        ("事業者を選定することを目的とする。", "事業者を選定することを目的とします。"),
        ("くじにより決定する。", "くじにより決定します。"),
        ("強化を図る。", "強化を図ります。"),
        ("この規定による。", "この規定によります。"),
        ("部数は（正本を含む。）10部である。", "部数は（正本を含む。）10部です。"),
        ("提出を求める。次のとおりとする。", "提出を求めます。次のとおりとします。"),
        ("既に丁寧です。", "既に丁寧です。"),
    ],
)
def test_polite_converts_the_known_sentence_ends(plain: str, expected: str) -> None:
    assert polite(plain) == {"text": expected, "quoted": False}


def test_polite_leaves_an_unknown_end_to_be_quoted() -> None:
    assert polite("変更しない。")["quoted"] is True


# --- 12: a missing procurement.spec reported at content only ---


def test_a_missing_spec_is_located_at_the_procurement_key(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    path = folder / "content" / "procurement.yaml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("  spec:\n"), text.index("  forms:")
    text = text[:start] + text[end:]
    path.write_text(text, encoding="utf-8")
    line = line_in(text, "\nprocurement:") + 1
    # the file is named as the CLI shows it: under the project folder
    assert [p.removeprefix(f"{folder}/") for p in build_problems(folder, "procurement_spec")] == [
        f"content/procurement.yaml:{line}:1: procurement.spec: "
        "サービス利用調達仕様書を作成するには procurement.spec"
        "（連携要件、文字、認証、実施体制、機能要件確認表など）が必要です"
    ]


# --- 10, 11: 「中間標準レイアウト」 required for every 業務 whatever content marks standard ---


def test_the_data_layout_follows_the_standard_services(
    sample: dict[str, str], council: dict[str, str]
) -> None:
    # the sample marks 20 業務 standard and 3 not: both layouts, each for its 業務
    plan, rfi = squeeze(sample["procurement_plan"]), squeeze(sample["rfi"])
    assert (
        "現行システムのデータを、標準化の対象である業務は国が定める標準データレイアウトにより、"
        "それ以外の業務は中間標準レイアウト仕様により移行し" in plan
    )
    assert "標準化の対象である業務は国が定める標準データレイアウト、それ以外の業務は中間標準" in rfi
    # the council marks none standard: only the 中間標準レイアウト
    for name in ("procurement_plan", "rfi"):
        text = squeeze(council[name])
        assert "標準データレイアウト" not in text and "中間標準レイアウト仕様" in text, name


def test_all_services_standard_asks_only_the_standard_layout(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    path = folder / "content" / "systems.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("standard: false") == 3
    path.write_text(text.replace("standard: false", "standard: true"), encoding="utf-8")
    texts = _build(folder, ["procurement_plan", "rfi", "procurement_spec"])
    assert "データを、国が定める標準データレイアウトにより移行し" in squeeze(
        texts["procurement_plan"]
    )
    assert "国が定める標準データレイアウトによる移行" in squeeze(texts["rfi"])
    for name in ("procurement_plan", "rfi"):
        assert "中間標準レイアウト" not in texts[name], name
        # the 機能要件 row of the plan / the RFI say 標準準拠 only with standard 業務
    assert "国が定める標準仕様書に準拠し" in texts["procurement_plan"]


def test_no_standard_service_drops_the_standard_wording_from_the_plan(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    path = folder / "content" / "systems.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("standard: true", "standard: false"), encoding="utf-8")
    plan = _build(folder, ["procurement_plan"])["procurement_plan"]
    # (the sample's own purpose paragraph, content, still speaks of 「国の標準仕様書」)
    assert "標準データレイアウト" not in plan and "国が定める標準仕様書に準拠" not in plan
    assert "現行システムのデータを、中間標準レイアウト仕様により移行し" in squeeze(plan)


# --- 30 SLA: credits, 開庁日/閉庁日/営業日, a recovery target for every level ---


def _sla_tables(folder: Path) -> list[list[list[str]]]:
    (path,) = build(project_in(folder), ["sla"])
    return [[[c.text for c in row.cells] for row in t.rows] for t in Document(str(path)).tables]


def _table_with(tables: list[list[list[str]]], header: str) -> list[list[str]]:
    (table,) = [t for t in tables if header in t[0]]
    return table


@pytest.mark.parametrize("which", ["sample", "council5"])
def test_the_credit_table_states_each_band_and_rate(
    sample_dir: Path, council_dir: Path, which: str
) -> None:
    folder = sample_dir if which == "sample" else council_dir
    content = _content(folder)
    credits = content.sla.credits
    assert credits is not None
    rows = _table_with(_sla_tables(folder), "達成水準")[1:]
    assert len(rows) == len(credits.levels)
    target = f"{content.sla.availability.normalize():f}%（協定値）"
    for row, level in zip(rows, credits.levels, strict=True):
        assert row[2] == f"{level.rate.normalize():f}%"
        if level.level is not None:
            assert row[1] == level.level
            continue
        # each bound written out: 「…%以上」 and 「…%未満」, the 協定値 named
        if level.at_least is not None:
            assert f"{level.at_least.normalize():f}%以上" in row[1]
        upper = f"{level.below.normalize():f}%未満" if level.below else f"{target}未満"
        assert row[1].endswith(upper), row[1]


def test_the_top_band_follows_the_target(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    edit_once(folder, "sla.yaml", ("availability: 99.5", "availability: 99.9"))
    rows = _table_with(_sla_tables(folder), "達成水準")[1:]
    assert rows[0][1] == "99%以上99.9%（協定値）未満"


def test_a_band_above_the_target_is_located(project_dir: Path) -> None:
    problems = problems_after_edit(
        project_dir,
        "sla.yaml",
        "{metric: availability, at_least: 98.0, below: 99.0, rate: 10}",
        "{metric: availability, at_least: 98.0, below: 99.8, rate: 10}",
    )
    text = (project_dir / "content" / "sla.yaml").read_text(encoding="utf-8")
    line = line_in(text, "below: 99.8")
    (problem,) = [p for p in problems if p.key_path.startswith("sla.credits")]
    column = text.splitlines()[line - 1].index("99.8") + 1  # the bound itself
    assert problem.location.file.endswith("content/sla.yaml")
    assert (problem.location.line, problem.location.col) == (line, column)
    assert problem.key_path == "sla.credits.levels[1].below"
    assert "上限（99.8%）は協定値（99.5%）以下である必要があります" in problem.text()


def test_a_credit_row_without_its_level_is_located(project_dir: Path) -> None:
    problems = problems_after_edit(
        project_dir,
        "sla.yaml",
        "{metric: availability, below: 98.0, rate: 20}",
        "{metric: availability, rate: 20}",
    )
    (problem,) = [p for p in problems if p.key_path.startswith("sla.credits")]
    assert problem.key_path == "sla.credits.levels[2].level"
    assert "達成水準を level（文章）か、稼働率の範囲 at_least・below で示してください" in (
        problem.message.ja
    )


@pytest.mark.parametrize("which", ["sample", "council5"])
def test_the_sla_defines_its_days_and_a_recovery_target_for_every_level(
    sample_dir: Path, council_dir: Path, which: str
) -> None:
    folder = sample_dir if which == "sample" else council_dir
    content = _content(folder)
    tables = _sla_tables(folder)
    terms = {row[0]: row[1] for row in _table_with(tables, "用語")[1:]}
    for day in ("閉庁日", "開庁日", "営業日"):
        assert terms.get(day), day
    assert terms["開庁日"] == "閉庁日以外の日"
    levels = _table_with(tables, "復旧の目標")[1:]
    assert [r[0] for r in levels] == [lv.name for lv in content.sla.incident_levels]
    for row, level in zip(levels, content.sla.incident_levels, strict=True):
        assert row[3] and row[3] == level.recovery, row


# --- 11 RFI: 「組合が示す機能一覧」 cited but not attached ---


@pytest.mark.parametrize("which", ["sample", "council5"])
def test_the_rfi_attaches_the_function_list_it_asks_about(
    sample_dir: Path, council_dir: Path, which: str
) -> None:
    folder = sample_dir if which == "sample" else council_dir
    content = _content(folder)
    spec = content.procurement.spec
    assert spec is not None and spec.requirements
    (path,) = build(project_in(folder), ["rfi"])
    doc = Document(str(path))
    assert "別紙 機能一覧" in [p.text for p in doc.paragraphs]
    (table,) = [t for t in doc.tables if t.rows[0].cells[0].text == "No" and "回答" in t._tbl.xml]
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    names = {s.id: s.name for s in content.systems.services}
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (names[q.service], q.function, "必須" if q.required else "任意") for q in spec.requirements
    ]
    assert "別紙の機能一覧" in docx_text(path)  # the 提出方法 points to it


def test_without_requirements_the_rfi_has_no_function_list(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    path = folder / "content" / "procurement.yaml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("  spec:\n"), text.index("  forms:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert "別紙 機能一覧" not in _build(folder, ["rfi"])["rfi"]


# --- 11 RFI: no current-system facts (vendor, renewal) for the vendors to plan a migration ---


@pytest.mark.parametrize("which", ["sample", "council5"])
def test_the_rfi_lists_each_members_current_systems(
    sample_dir: Path, council_dir: Path, which: str
) -> None:
    folder = sample_dir if which == "sample" else council_dir
    content = _content(folder)
    (path,) = build(project_in(folder), ["rfi"])
    doc = Document(str(path))
    assert any(p.text.endswith("の現行システム") for p in doc.paragraphs)
    (table,) = [
        t
        for t in doc.tables
        if [c.text for c in t.rows[0].cells][2:] == ["システム名称", "構築・運用事業者", "更新予定"]
    ]
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    names = {m.id: m.name for m in content.members}
    go_live = {m.member: (m.month.year, m.month.month) for m in content.schedule.migrations}
    expected = []
    for survey in content.systems.surveys:
        for s in survey.systems:
            due = (s.renewal_due.year, s.renewal_due.month)
            before = survey.member in go_live and due < go_live[survey.member]
            era = f"令和{due[0] - 2018}年{due[1]}月"
            expected.append([names[survey.member], s.name, s.vendor, ("※" if before else "") + era])
    assert [r[1:] for r in rows] == expected
    assert [r[0] for r in rows] == [str(n) for n in range(1, len(rows) + 1)]
    if which == "sample":
        # by hand from content/systems.yaml and schedule.yaml: 葉山町 goes live 2028-04; its
        # 住民記録・税システム renews 2026-04-01 (before: ※), its 戸籍システム 2028-10-01 (after)
        assert rows[0][1:] == ["葉山町", "住民記録・税システム", rows[0][3], "※令和8年4月"]
        assert rows[1][4] == "令和10年10月"
        assert "更新予定に※を付したシステムは" in docx_text(path)
