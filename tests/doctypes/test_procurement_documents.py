"""The five procurement documents, built from the sample consortium, read as a reviewer would.

Each document is built once through ``gendocs.pipeline.build``, read with python-docx and pandoc,
and converted to PDF in one LibreOffice start. Expected values are taken from the content model,
so the assertions say "the document shows what content says", not a copy of the sample.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document

from gendocs import ja
from gendocs.compute.sla import allowed_downtime
from gendocs.load import load_content
from gendocs.model import Content
from gendocs.pipeline import build
from gendocs.project import find_project
from gendocs.validate import validate
from tests.realclient import docx_text, pandoc_text, pdf_fonts, pdf_text, to_pdfs

REPO = Path(__file__).resolve().parents[2]

# Every section the outlines (shared/reference/outlines.md §3, lecture Phase 2, issue 4) name.
HEADINGS = {
    "procurement_plan": [
        "1 調達の目的",
        "2 調達対象となる業務・システムの範囲",
        "3 調達の枠組み及び調達時期",
        "3.1 調達の枠組み",
        "3.2 調達時期",
        "4 調達方式",
        "5 契約方法",
        "6 予算措置",
        "7 選定委員会",
        "8 要求項目",
    ],
    "rfi": [
        "1 目的",
        "2 検討の概要",
        "2.1 検討の内容",
        "2.2 対象業務",
        "2.3 構成団体の利用業務・端末数",
        "3 情報提供を求める事項",
        "4 提出方法",
        "5 スケジュール",
        "6 質問の受付",
        "7 留意事項",
        "8 問合せ先",
    ],
    "procurement_spec": [
        "1 調達案件の概要",
        "1.1 背景",
        "1.2 目的",
        "1.3 件名",
        "1.4 契約の性質",
        "1.5 用語の定義",
        "2 調達範囲",
        "2.1 対象業務",
        "2.2 対象団体",
        "2.3 端末数",
        "2.4 作業の範囲",
        "3 契約期間",
        "4 全体スケジュール",
        "5 サービス要件",
        "5.1 機能要件",
        "5.2 非機能要件",
        "5.2.1 サービス提供時間及び稼働率",
        "5.2.2 サービスレベル",
        "5.2.3 稼働環境",
        "5.3 データ移行",
        "5.3.1 現行システムからの移行",
        "5.3.2 契約終了時のデータの引渡し",
        "5.4 初期導入",
        "5.5 運用・保守",
        "5.6 ヘルプデスク",
        "5.7 連携要件",
        "5.8 文字要件",
        "5.9 セキュリティ要件",
        "6 実施体制及びプロジェクト管理",
        "6.1 実施体制",
        "6.2 プロジェクト管理",
        "7 成果物",
        "8 納入条件",
        "9 再委託",
        "10 契約不適合責任",
        "11 知的財産権",
        "12 個人情報の取扱い",
        "13 秘密保持",
        "14 損害賠償",
        "15 契約の解除",
        "16 サービスの提供の終了",
        "17 その他",
        "別紙1 対象業務一覧",
        "別紙2 団体別利用業務・端末数",
        "別紙3 機能要件確認表",
    ],
    "rfp": [
        "1 提案依頼の概要",
        "1.1 目的",
        "1.2 件名",
        "1.3 調達の範囲",
        "1.4 契約期間及び契約形態",
        "1.5 提案上限額",
        "2 提案要領",
        "2.1 スケジュール",
        "2.2 質問の受付",
        "2.3 提出物",
        "2.4 様式",
        "2.5 提出期限及び提出先",
        "3 参加資格",
        "4 提案を求める事項",
        "5 評価方法",
        "5.1 総合評価",
        "5.2 価格点",
        "5.3 評価項目と配点",
        "5.4 同点の場合の取扱い",
        "6 契約",
        "7 留意事項",
    ],
    "evaluation": [
        "1 目的",
        "2 評価の体制",
        "3 評価の手順",
        "4 配点",
        "5 評価項目一覧",
        "6 技術点の採点",
        "7 機能要件確認表の採点",
        "8 価格点の算定",
        "9 構成団体ごとの評価",
        "10 同点の場合の取扱い",
        "11 評価結果の通知",
    ],
}
NAMES = list(HEADINGS)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project holding a private copy of the sample content."""
    root = tmp_path_factory.mktemp("procurement")
    shutil.copytree(REPO / "content", root / "content")
    return root


@pytest.fixture(scope="module")
def content(folder: Path) -> Content:
    """The content model the documents are built from."""
    return validate(load_content(folder / "content"))


@pytest.fixture(scope="module")
def built(folder: Path) -> dict[str, Path]:
    """Every procurement document, built once."""
    return dict(zip(NAMES, build(find_project(folder), NAMES), strict=True))


@pytest.fixture(scope="module")
def texts(built: dict[str, Path]) -> dict[str, str]:
    """Each document as pandoc's plain text and python-docx's paragraph and cell text."""
    return {name: pandoc_text(path) + "\n" + docx_text(path) for name, path in built.items()}


@pytest.fixture(scope="module")
def pdfs(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """All five documents converted to PDF in one LibreOffice call."""
    outdir = tmp_path_factory.mktemp("pdf")
    return dict(zip(NAMES, to_pdfs(list(built.values()), outdir), strict=True))


def headings(path: Path) -> list[str]:
    """The text of every paragraph styled as a heading."""
    return [
        p.text
        for p in Document(str(path)).paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    ]


def flat(text: str) -> str:
    """Text without any white space (PDF text breaks lines and pads columns)."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("name", NAMES)
def test_every_outline_section_is_a_heading(built: dict[str, Path], name: str) -> None:
    found = headings(built[name])
    assert [h for h in HEADINGS[name] if h not in found] == []


@pytest.mark.parametrize("name", NAMES)
def test_no_placeholder_none_or_stub_text(texts: dict[str, str], name: str) -> None:
    for marker in ("{{", "}}", "{%", "%}", "None", "TODO", "TBD", "Undefined"):
        assert marker not in texts[name], marker


@pytest.mark.parametrize("name", NAMES)
def test_no_empty_table(built: dict[str, Path], name: str) -> None:
    tables = Document(str(built[name])).tables
    assert tables
    for table in tables:
        body = table.rows[1:]
        assert body, "a table with a header row only"
        assert all(any(c.text.strip() for c in row.cells) for row in body), "an empty row"


@pytest.mark.parametrize("name", NAMES)
def test_title_period_and_members_come_from_content(
    texts: dict[str, str], content: Content, name: str
) -> None:
    proc = content.procurement
    text = flat(texts[name])
    assert flat(proc.title) in text or name == "rfi"
    assert (
        f"{ja.wareki_date(proc.contract_start)}から{ja.wareki_date(proc.contract_end)}まで" in text
    )
    for member in content.members:
        assert member.name in text
    assert content.consortium.name in text


@pytest.mark.parametrize("name", ["procurement_plan", "rfi", "procurement_spec"])
def test_each_members_terminals_and_go_live_are_listed(
    built: dict[str, Path], content: Content, name: str
) -> None:
    rows = {
        tuple(c.text for c in row.cells)
        for t in Document(str(built[name])).tables
        for row in t.rows
    }
    go_live = {m.member: m.month for m in content.schedule.migrations}
    for usage in content.systems.usage:
        member = content.member(usage.member)
        month = ja.wareki_month(go_live[member.id].year, go_live[member.id].month)
        assert any(member.name in r and f"{usage.terminals:,}" in r and month in r for r in rows)
    total = f"{sum(u.terminals for u in content.systems.usage):,}台"
    assert total in flat(docx_text(built[name]))


@pytest.mark.parametrize("name", ["procurement_plan", "rfp", "evaluation"])
def test_the_ceiling_price_is_stated(texts: dict[str, str], content: Content, name: str) -> None:
    assert ja.format_yen(content.procurement.ceiling_price) in texts[name]


def test_the_spec_states_a_mixed_contract_and_returns_all_data_at_expiry_and_at_cancellation(
    texts: dict[str, str], content: Content
) -> None:
    """Review 12: the spec said 「請負契約若しくは委託契約ではない」 yet applied 契約不適合責任
    to the 初期導入 work; its handover 3 months before the end lost the last months and did
    not work on 解除; erasure could stop the service before the consortium had the data."""
    text = flat(texts["procurement_spec"])
    assert "請負契約若しくは委託契約ではない" not in text
    assert "とからなる混合契約である" in text
    assert "契約不適合責任（10）は、初期導入の成果物に限り適用する" in text
    assert "10の指針" not in text and "指針6" not in text
    spec = content.procurement.spec
    assert spec is not None
    handover = spec.handover
    assert f"満了の日の{handover.rehearsal_months}か月前までに" in text
    assert f"翌日から起算して{handover.final_days}日以内に引き渡す" in text
    assert "契約を解除した場合は、解除の日の全てのデータを直ちに引き渡す" in text
    assert f"解除の日から{handover.keep_days}日を限度とする" in text
    assert "確認した旨を書面で通知するまで、データを消去してはならない" in text
    assert "消去証明書を提出する" in text


def test_the_spec_quotes_the_sla_figures(texts: dict[str, str], content: Content) -> None:
    text = flat(texts["procurement_spec"])
    sla = content.sla
    downtime = allowed_downtime(sla.availability, sla.service_hours)
    assert f"稼働率は、{sla.availability.normalize():f}%以上とする" in text
    assert f"年間{downtime.per_year.label()}" in text
    assert f"平均{downtime.per_month.label()}" in text
    for item in sla.items:
        assert flat(item.target) in text, item.id
    for part in (
        sla.service_hours.days,
        f"翌月{sla.report_day}日まで",
        f"{sla.meeting_interval_months}か月ごと",
    ):
        assert part in text


def test_the_spec_lists_terms_deliverables_and_every_service(
    texts: dict[str, str], content: Content
) -> None:
    text = flat(texts["procurement_spec"])
    proc = content.procurement
    for term in proc.terms:
        assert flat(term.term + term.definition) in text
    for deliverable in proc.deliverables:
        assert flat(deliverable.name + deliverable.content + deliverable.due) in text
    for service in content.systems.services:
        assert service.name in text
    assert f"検収の日から{proc.nonconformity_years}年以内" in text
    assert f"{proc.delivery.inspection_days}日以内に検査" in text


def test_the_rfi_asks_the_five_questions_with_its_own_dates(
    texts: dict[str, str], content: Content
) -> None:
    text = flat(texts["rfi"])
    rfi = content.procurement.rfi
    for item in rfi.items:
        assert flat(item) in text
    for event in rfi.schedule:
        assert flat(event.name) + ja.wareki_date(event.date) in text


def test_the_rfp_states_eligibility_submissions_and_deadlines(
    texts: dict[str, str], content: Content
) -> None:
    text = flat(texts["rfp"])
    proc = content.procurement
    for line in proc.qualifications + proc.submissions:
        assert flat(line) in text
    question = next(e for e in proc.schedule if e.kind == "質問期限")
    submission = next(e for e in proc.schedule if e.kind == "提出期限")
    assert f"質問は、{ja.wareki_date(question.date)}" in text
    assert f"提出期限は{ja.wareki_date(submission.date)}" in text
    assert f"{proc.proposal_format.max_pages}ページ以内" in text


@pytest.mark.parametrize("name", ["rfp", "evaluation"])
def test_points_formula_and_tie_rule(texts: dict[str, str], content: Content, name: str) -> None:
    text = flat(texts[name])
    ev = content.procurement.evaluation
    technical = sum(i.points for i in ev.items)
    assert f"技術点{technical:,}点" in text or f"技術点計{technical:,}点" in text
    for item in ev.items:
        assert flat(item.name) in text and f"{item.points:,}点" in text
    assert f"価格点＝{ev.price_points:,}点×（1－提案価格÷提案上限額）" in text
    if name == "rfp":  # the RFP addresses vendors: the rule in です・ます (content: 決定する。)
        assert ev.tie_rule.endswith("する。")
        assert flat(ev.tie_rule.removesuffix("する。") + "します。") in text
    else:
        assert flat(ev.tie_rule) in text
    for fit in ev.fit_scores:
        assert fit.mark + flat(fit.meaning) in text


def test_the_evaluation_scores_the_fit_table_and_grades(
    texts: dict[str, str], content: Content
) -> None:
    text = flat(texts["evaluation"])
    ev = content.procurement.evaluation
    fit = next(i for i in ev.items if i.id == ev.fit_item)
    best = max(f.score for f in ev.fit_scores).normalize()
    assert f"{fit.name}の得点＝{fit.points:,}点×各要件の得点の合計÷（要件の数×{best:f}点）" in text
    for grade in ev.grades:
        assert grade.mark + flat(grade.meaning) + ja.format_percent(grade.ratio, places=0) in text
    assert "構成団体ごとの加重は行わない" in text
    assert flat(ev.committee) in text


@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_renders_every_heading_with_ipaex_fonts(
    pdfs: dict[str, Path], name: str
) -> None:
    text = flat(pdf_text(pdfs[name]))
    assert [h for h in HEADINGS[name] if flat(h) not in text] == []
    fonts = pdf_fonts(pdfs[name])
    assert "IPAexMincho" in fonts and "IPAexGothic" in fonts
