"""Review 2 (docs/review-2-findings.md): what a reader of the built documents would flag, each
read back from the built .docx with python-docx, for the sample and for tests/fixtures/council5.

Expected values are written by hand from the YAML: the sample's 価格点 is 400 points against its
「提案上限額」 (consortium.terms.ceiling); council5's 200 points against its 「予定価格」.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document

from gendocs.pipeline import build
from tests.conftest import copy_project, project_in
from tests.doctypes.helpers import squeeze
from tests.review.test_council5 import COUNCIL5


def _texts(folder: Path, names: list[str]) -> dict[str, str]:
    """Each built document's paragraphs and table rows (cells joined by 「|」), squeezed."""
    texts = {}
    for name, path in zip(names, build(project_in(folder), names), strict=True):
        document = Document(str(path))
        lines = [squeeze(p.text) for p in document.paragraphs]
        lines += [
            "|".join(squeeze(c.text) for c in row.cells)
            for table in document.tables
            for row in table.rows
        ]
        texts[name] = "\n".join(lines)
    return texts


def _council5(folder: Path) -> Path:
    shutil.copytree(COUNCIL5, folder / "content")
    return folder


NAMES = ["selection_procedure", "evaluation"]


@pytest.mark.parametrize(
    ("which", "formula"),
    [
        ("sample", "400点×（1－提案価格÷提案上限額）"),
        ("council5", "200点×（1－提案価格÷予定価格）"),
    ],
)
def test_the_selection_procedure_states_the_price_formula_as_the_evaluation_does(
    tmp_path: Path, which: str, formula: str
) -> None:
    """R2-1: the サービス選定手順書 printed content's generic formula
    「配分×(1−提案価格÷予定価格)」: 「配分」 is no figure and 「予定価格」 is not the sample's
    word (「提案上限額」 in every other document)."""
    folder = copy_project(tmp_path) if which == "sample" else _council5(tmp_path)
    texts = _texts(folder, NAMES)
    assert f"価格点は「{formula}」により算出する" in texts["selection_procedure"]
    assert "配分" not in texts["selection_procedure"]
    # the 評価基準書 states the same formula: 「価格点 ＝ 400点 ×（1 － 提案価格 ÷ 提案上限額）」
    stated = re.search(r"^価格点＝(.+)$", texts["evaluation"], re.MULTILINE)
    assert stated is not None
    assert stated.group(1) == formula


def test_the_meeting_pack_names_what_a_decision_changed_in_words(tmp_path: Path) -> None:
    """R2-2: 「変更した項目」 printed the YAML key 「sla.report_day」 to the meeting."""
    text = _texts(copy_project(tmp_path), ["meeting_pack"])["meeting_pack"]
    # content/operations.yaml: changes [sla.report_day], documents [sla], edition 第1.1版;
    # the schema calls sla.report_day 「月次報告の提出日（翌月の日）」
    assert (
        "令和10年7月21日|第1回運用会議|月次報告書の様式を組合と事業者で統一し、"
        "報告の提出日を翌月10日とした。|月次報告の提出日（サービスレベル合意書第1.1版）"
    ) in text.split("\n")
    assert "sla." not in text


def test_a_councils_decision_without_documents_names_the_item(tmp_path: Path) -> None:
    """R2-2 for council5: a decision that changed a key and revised no document."""
    folder = _council5(tmp_path)
    path = folder / "content" / "operations.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "  decisions:\n"
        + "    - {date: 2028-07-01, body: 協議会総会, decision: 稼働率の協定値を改めた。,"
        + " changes: [sla.availability, sla.report_day]}\n",
        encoding="utf-8",
    )
    text = _texts(folder, ["meeting_pack"])["meeting_pack"]
    # the schema's words for the keys (validation rejects a key it does not know)
    row = "令和10年7月1日|協議会総会|稼働率の協定値を改めた。|稼働率の協定値、月次報告の提出日"
    assert row in text.split("\n")
    assert "sla." not in text


def test_the_meeting_pack_reads_the_quarters_figures_in_whole_sentences(tmp_path: Path) -> None:
    """R2-3: 「サービスレベル合意書の未達時の措置による。」 was a fragment, and the count of missed
    items left out the 稼働率 the sentence before reported: the sample missed 99.5 (99.42) and two
    other items (recovery, batch) — a reader counted three where the pack said 「2項目」."""
    text = _texts(copy_project(tmp_path), ["meeting_pack"])["meeting_pack"]
    assert (
        "稼働率の実績は99.42%で、協定値99.5%を下回った。サービスレベル合意書に定める未達時の措置"
        "の対象となる。稼働率以外のサービスレベル項目のうち協定値を満たさなかったものは2項目である。"
    ) in text
    assert "措置による。" not in text


def test_a_quarter_without_a_miss_says_so_rather_than_counting_none(tmp_path: Path) -> None:
    """R2-3 for council5: 99.5% against 99.5% and its one item (response 95.0%) met — the pack
    said 「満たさなかったものは0項目である」."""
    text = _texts(_council5(tmp_path), ["meeting_pack"])["meeting_pack"]
    assert (
        "稼働率の実績は99.5%で、協定値99.5%を満たした。"
        "稼働率以外のサービスレベル項目は、いずれも協定値を満たした。"
    ) in text
    assert "0項目" not in text


@pytest.mark.parametrize(
    ("which", "members"),
    [
        # content/members.yaml: 14 members, 愛川町 joins 2029-04-01, after the date 令和8年11月20日
        ("sample", "構成団体及び令和11年4月加入予定の愛川町の14団体"),
        # council5: five members, 阿智村 joins 2029-04-01
        ("council5", "構成団体及び令和11年4月加入予定の阿智村の5団体"),
    ],
)
def test_the_migration_plan_counts_members_as_the_other_documents_define_them(
    tmp_path: Path, which: str, members: str
) -> None:
    """R2-4: 「移行の対象は構成団体14団体」 while the 導入計画書, 調達計画書, RFI and 仕様書 of the
    same date define 構成団体 as the 13 members and name 愛川町 apart as 加入予定."""
    folder = copy_project(tmp_path) if which == "sample" else _council5(tmp_path)
    texts = _texts(folder, ["migration_plan", "survey_report"])
    assert f"移行の対象は{members}とし、" in texts["migration_plan"]
    # the 現行システム概要調査報告書 (same date) names the same set in the same words
    assert members in texts["survey_report"]


def test_without_a_later_member_the_migration_plan_counts_the_members(tmp_path: Path) -> None:
    """R2-4: nobody joins later (愛川町 moved to the others' date): 「構成団体14団体」."""
    folder = copy_project(tmp_path)
    path = folder / "content" / "members.yaml"
    text = path.read_text(encoding="utf-8")
    later = "joining: {group: 後続, date: 2029-04-01}"
    assert text.count(later) == 1, "the sample changed: one member joins 2029-04-01"
    path.write_text(text.replace(later, "joining: {group: 先行, date: 2026-04-01}"), "utf-8")
    text = _texts(folder, ["migration_plan"])["migration_plan"]
    assert "移行の対象は構成団体14団体とし、" in text
    assert "加入予定" not in text


def test_the_sla_evaluation_names_the_provider_the_requirements_name(tmp_path: Path) -> None:
    """R2-5: the SLA年次評価報告書 said 「サービス提供事業者（SLAに名称の記載なし）」 while the
    アプリケーション要件定義書 of the same content names the selected provider (content/fitgap.yaml
    selected: sagami → 相模クラウドサービス株式会社; the sample's SLA leaves sla.provider out)."""
    texts = _texts(copy_project(tmp_path), ["sla_evaluation", "requirements"])
    provider = "相模クラウドサービス株式会社"
    assert (
        f"神奈川県町村情報システム共同事業組合が{provider}（以下「事業者」という。）"
        in (texts["requirements"])
    )
    assert (
        f"神奈川県町村情報システム共同事業組合と{provider}（以下「事業者」という。）"
        in (texts["sla_evaluation"])
    )
    assert f"事業者|{provider}" in texts["sla_evaluation"].split("\n")
    assert "記載なし" not in texts["sla_evaluation"]


def test_without_a_provider_the_sla_evaluation_leaves_the_sla_blank(tmp_path: Path) -> None:
    """R2-5: no sla.provider and no selected proposer: the cell is the SLA's own blank."""
    folder = copy_project(tmp_path)
    (folder / "content" / "fitgap.yaml").unlink()  # optional: no proposer recorded yet
    text = _texts(folder, ["sla_evaluation"])["sla_evaluation"]
    assert "事業者|（事業者の名称）" in text.split("\n")
    assert "記載なし" not in text


def test_the_selection_step_that_publishes_the_call_starts_by_its_publication(
    tmp_path: Path,
) -> None:
    """R2-6: the サービス選定手順書's 4 had 「事業者選定（公示・提案書評価）」 from 令和9年7月
    while its own 6 (and the RFP) publish the call on 令和9年6月15日: the 公示 came before the
    step that does it.
    The sample's schedule.tasks select now starts 2027-06 (content/schedule.yaml)."""
    text = _texts(copy_project(tmp_path), ["selection_procedure"])["selection_procedure"]
    rows = text.split("\n")
    assert "実施要領の公表|令和9年6月15日" in rows
    step = next(r for r in rows if r.startswith("2|事業者選定（公示・提案書評価）|"))
    assert step.split("|")[2] == "令和9年6月～令和9年9月"


@pytest.mark.parametrize("which", ["sample", "council5"])
def test_the_plan_says_what_the_population_column_shows(tmp_path: Path, which: str) -> None:
    """R2-7: 「人口は、各団体の人口とその基準日及び出典を示す。」 explained 人口 by 人口."""
    folder = copy_project(tmp_path) if which == "sample" else _council5(tmp_path)
    text = _texts(folder, ["plan"])["plan"]
    assert "人口欄には、各団体の人口を基準日及び出典とともに示す。" in text
    assert "人口は、各団体の人口" not in text


@pytest.mark.parametrize(
    ("which", "applies"),
    [
        ("sample", "清川村）及び令和11年4月加入予定の愛川町の全てに適用する。"),
        ("council5", "）及び令和11年4月加入予定の阿智村の全てに適用する。"),
    ],
)
def test_the_requirements_apply_to_the_member_joining_later(
    tmp_path: Path, which: str, applies: str
) -> None:
    """R2-8: 1 applied the requirements to the 13 構成団体 only, while 2.2 decides the gaps for
    愛川町 too (「…愛川町、清川村（14団体）」); council5's 阿智村 the same."""
    folder = copy_project(tmp_path) if which == "sample" else _council5(tmp_path)
    text = _texts(folder, ["requirements"])["requirements"]
    assert applies in text


@pytest.mark.parametrize(
    ("which", "count", "last"),
    [
        # content/members.yaml lists 愛川町 13th of 14, before 清川村; it joins 2029-04-01
        ("sample", 13, "14|愛川町|39,763|"),
        # council5 lists 阿智村 third of five; it joins 2029-04-01
        ("council5", 4, "5|阿智村|"),
    ],
)
def test_the_plans_member_table_lists_the_joining_member_after_those_it_counts(
    tmp_path: Path, which: str, count: int, last: str
) -> None:
    """R2-9: 「次の13団体とし、令和11年4月加入予定の愛川町を併せて示す」 above a table that numbered
    愛川町 13 between 湯河原町 and 清川村: a reader counting 13 rows found 愛川町 among them."""
    folder = copy_project(tmp_path) if which == "sample" else _council5(tmp_path)
    rows = _texts(folder, ["plan"])["plan"].split("\n")
    assert any(f"次の{count}団体とし、" in r for r in rows)
    numbered = [r for r in rows if re.match(r"^\d+\|[^|]+\|[\d,]+\|", r)]
    index = next(i for i, r in enumerate(numbered) if r.startswith(last))
    assert "加入予定" in numbered[index]
    assert not any("加入予定" in r for r in numbered[:index])
    assert index == count
