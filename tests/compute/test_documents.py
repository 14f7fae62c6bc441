"""Each document's own date, status, edition and 改訂履歴 (issue 10 item 2): vendor documents are
dated at their publication and carry no internal revision history; project.documents overrides."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gendocs.compute.documents import document_facts
from gendocs.compute.rules import check_rules
from gendocs.load import load_content
from gendocs.model import Content
from gendocs.pipeline import build
from gendocs.render.context import base_context
from gendocs.validate import validate
from tests.conftest import project_in
from tests.realclient import docx_text


def _content(project_dir: Path) -> Content:
    return validate(load_content(project_dir / "content"))


def _doc(content: Content, title: str, name: str) -> dict[str, Any]:
    """The ``doc`` every template of the document ``name`` reads."""
    return base_context(content, title, document_facts(content, name))["doc"]  # type: ignore[no-any-return]


def _add_documents(project_dir: Path, lines: str) -> None:
    path = project_dir / "content" / "project.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "  documents:\n" + lines, encoding="utf-8")


def test_vendor_documents_carry_their_publication_date_and_no_history(project_dir: Path) -> None:
    content = _content(project_dir)
    rfp = _doc(content, "提案依頼書", "rfp")
    assert rfp["date"] == "令和9年6月15日"  # procurement.yaml: 実施要領の公表 2027-06-15
    assert rfp["revisions"] == []
    rfi = _doc(content, "情報提供依頼書", "rfi")
    assert rfi["date"] == "令和9年2月1日"  # procurement.yaml: 情報提供依頼の公表 2027-02-01
    plan = _doc(content, "自治体クラウド導入計画書", "plan")
    assert plan["date"] == "令和8年11月20日"
    assert [r["edition"] for r in plan["revisions"]] == ["第0.9版", "第1.0版"]


def test_a_document_entry_overrides_the_project(project_dir: Path) -> None:
    _add_documents(
        project_dir,
        "    - {document: plan, date: 2026-12-01, status: 確定, edition: 第1.1版}\n"
        "    - {document: rfp, status: 公表, revisions: "
        "[{edition: 第1.0版, date: 2027-06-15, summary: 公表版}]}\n",
    )
    content = _content(project_dir)
    plan = _doc(content, "自治体クラウド導入計画書", "plan")
    assert (plan["date"], plan["draft"], plan["edition"]) == ("令和8年12月1日", False, "第1.1版")
    assert len(plan["revisions"]) == 2  # the project's
    rfp = _doc(content, "提案依頼書", "rfp")
    assert (rfp["date"], rfp["draft"]) == ("令和9年6月15日", False)
    assert [r["summary"] for r in rfp["revisions"]] == ["公表版"]


def test_a_vendor_document_dated_off_its_publication(project_dir: Path) -> None:
    _add_documents(project_dir, "    - {document: rfi, date: 2027-03-10}\n")
    raw = load_content(project_dir / "content")
    (problem,) = check_rules(validate(raw), raw)
    assert problem.key_path == "project.documents[0].date"
    assert "［規則 documents.vendor_dates］" in problem.message.ja
    assert "令和9年3月10日" in problem.message.ja and "令和9年2月1日" in problem.message.ja
    text = (project_dir / "content" / "procurement.yaml").read_text(encoding="utf-8")
    line = text[: text.index("情報提供依頼の公表")].count("\n") + 1
    assert [where.line for where, _ in problem.related] == [line]


def test_the_plan_date_decides_which_actuals_exist(project_dir: Path) -> None:
    path = project_dir / "content" / "costs.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "  guarantee: {min_saving: 0.3}\n",
            "  guarantee: {min_saving: 0.3}\n  settlements:\n"
            "    - {item: organisation, fiscal_year: 2028, budget: 36000000, actual: 34900000}\n",
        ),
        encoding="utf-8",
    )
    raw = load_content(project_dir / "content")
    assert [p.key_path for p in check_rules(validate(raw), raw)] == ["costs.settlements[0].actual"]
    _add_documents(project_dir, "    - {document: plan, date: 2029-06-01}\n")
    raw = load_content(project_dir / "content")
    assert check_rules(validate(raw), raw) == []


def test_the_built_rfp_shows_its_date_and_no_revision_history(project_dir: Path) -> None:
    (path,) = build(project_in(project_dir), ["rfp"])
    text = docx_text(path)
    assert "令和9年6月15日" in text
    assert "改訂履歴" not in text and "組合議会への提出版" not in text
    assert "令和8年11月20日" not in text
