"""情報セキュリティポリシー and 監査実施要綱: outline sections, content values, real client, bad
input.

Both documents are built once from a copy of the sample content and converted in one
LibreOffice call for the module.
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

POLICY_SECTIONS = [
    "第1編 情報セキュリティ基本方針",
    "1 目的",
    "2 定義",
    "3 対象とする脅威",
    "4 適用範囲",
    "5 職員等の遵守義務",
    "6 情報セキュリティ対策",
    "7 情報セキュリティ監査及び自己点検の実施",
    "8 情報セキュリティポリシーの見直し",
    "9 情報セキュリティ対策基準の策定",
    "10 情報セキュリティ実施手順の策定",
    "第2編 情報セキュリティ対策基準",
    "1 組織体制",
    "2 情報資産の分類と管理",
    "3 情報システム全体の強靭性の向上",
    "4 物理的セキュリティ",
    "5 人的セキュリティ",
    "6 技術的セキュリティ",
    "7 運用",
    "8 業務委託と外部サービスの利用",
    "9 評価・見直し",
]
# 監査実施要綱: the outline's sections are the articles' headings (見出し).
AUDIT_CAPTIONS = [
    "（目的）",
    "（定義）",
    "（監査の種類）",
    "（監査人）",
    "（監査計画）",
    "（監査の実施）",
    "（監査の報告）",
    "（改善及びフォローアップ）",
]
AUDIT_TERMS = ["中期計画", "年度計画", "実施計画", "監査調書", "特命監査", "フォローアップ"]


@dataclass(frozen=True)
class Doc:
    path: Path
    text: str
    plain: str
    pdf: str
    fonts: str
    pages: tuple[str, ...]  # each page's text, as pdftotext reads it


@dataclass(frozen=True)
class Built:
    content: Content
    policy: Doc
    audit: Doc


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    folder = copy_project(tmp_path_factory.mktemp("security"))
    paths = build(find_project(folder), ["security_policy", "security_audit"])
    pdfs = to_pdfs(paths, folder / "pdf")
    docs = []
    for d, p in zip(paths, pdfs, strict=True):
        text = pdf_text(p)
        pages = tuple(text.split("\f")[:-1] if text.endswith("\f") else text.split("\f"))
        docs.append(Doc(d, docx_text(d), pandoc_text(d), squeeze(text), pdf_fonts(p), pages))
    return Built(validate(load_content(folder / "content")), *docs)


def headings(path: Path) -> list[str]:
    return [
        p.text
        for p in Document(str(path)).paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    ]


def test_policy_has_every_section_of_basic_policy_and_standards(built: Built) -> None:
    found = headings(built.policy.path)
    assert [h for h in found if h in POLICY_SECTIONS] == POLICY_SECTIONS
    for section in POLICY_SECTIONS:
        assert squeeze(section) in built.policy.pdf


def test_policy_shows_scope_threats_roles_and_classes_from_content(built: Built) -> None:
    security = built.content.security
    text = built.policy.text
    for value in security.scope_organisations + security.scope_assets:
        assert value in text
    for threat in security.threats:
        assert threat.name in text and threat.description in text
    for role in security.roles:
        assert role.title in text and role.holder in text and role.duties in text
    for cls in security.classification:
        assert cls.level in text and cls.handling in text
    assert "3年を1期とする" in text and "内部監査及び外部監査" in text
    assert "研修を年1回以上実施し" in text
    assert f"稼働率{built.content.sla.availability}%以上" in text
    assert built.content.consortium.name + "情報セキュリティ監査実施要綱" in text


def test_audit_rules_have_the_outline_articles_numbered(built: Built) -> None:
    text = built.audit.text
    for caption in AUDIT_CAPTIONS:
        assert caption in text
        assert squeeze(caption) in built.audit.pdf
    for term in AUDIT_TERMS:
        assert term in text
    assert "第1条\u3000この要綱は、" in text
    # 〔条:kansanin〕 in the 定義 resolves to the 監査人 article, wherever it stands.
    assert "(1)\u3000監査人\u3000第4条の規定により監査を行う者をいう。" in text
    assert "最高情報セキュリティ責任者が指名する" in text
    assert "附\u3000則" in text and "この要綱は、令和9年6月1日から施行する。" in text


def test_audit_checklist_is_the_appendix_of_the_citing_article(built: Built) -> None:
    assert "別表（第6条関係）" in built.audit.text
    table = Document(str(built.audit.path)).tables[-1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["No", "対策基準の節", "監査項目", "確認方法", "重点", "結果"]
    checklist = built.content.security.checklist
    assert [r[2] for r in rows[1:]] == [c.item for c in checklist]
    assert [r[4] for r in rows[1:]] == ["◎" if c.priority else "" for c in checklist]
    assert all(r[5] == "" for r in rows[1:])  # the auditor writes ○ △ × －
    assert "結果欄には、適合の場合は「○」" in built.audit.text


def test_audit_checklist_cites_the_policy_sections_as_the_policy_numbers_them(
    built: Built,
) -> None:
    # The clause column is read against the built policy's own headings (3.1, 5.4 …), so the
    # 監査実施要綱 cannot cite a number the policy gives to another section.
    found = headings(built.policy.path)
    part2 = found[found.index("第2編 情報セキュリティ対策基準") :]
    sections = [re.fullmatch(r"(\d+\.\d+) (.+)", h) for h in part2]
    printed = {m.group(2): m.group(1) for m in sections if m}
    table = Document(str(built.audit.path)).tables[-1]
    cited = [row.cells[1].text for row in table.rows[1:]]
    titles = {s.id: s.title for ch in built.content.security.standards or () for s in ch.sections}
    for check, clause in zip(built.content.security.checklist, cited, strict=True):
        number, title = clause.split("\u3000")
        assert title == titles[check.clause]
        assert printed[title] == number
    assert "5.4\u3000多要素認証及びID等の管理" in cited


@pytest.mark.parametrize("which", ["policy", "audit"])
def test_no_placeholder_none_or_empty_table(built: Built, which: str) -> None:
    doc: Doc = getattr(built, which)
    for text in (doc.text, doc.plain, doc.pdf):
        for leftover in ("{{", "{%", "}}", "%}", "None", "〔"):
            assert leftover not in text
    for table in Document(str(doc.path)).tables:
        assert len(table.rows) >= 2
        assert any(cell.text.strip() for row in table.rows[1:] for cell in row.cells)


@pytest.mark.parametrize("which", ["policy", "audit"])
def test_pdf_embeds_ipaex_fonts(built: Built, which: str) -> None:
    assert "IPAexMincho" in getattr(built, which).fonts


# --- bad input: located content errors ------------------------------------------------------


def problems_after(tmp_path: Path, *changes: tuple[str, str]) -> tuple[list[str], str]:
    folder = copy_project(tmp_path)
    text = edit_once(folder, "security.yaml", *changes)
    return build_problems(folder, "security_audit"), text


def test_an_unknown_article_reference_in_the_audit_rules_is_located(tmp_path: Path) -> None:
    problems, text = problems_after(
        tmp_path, ("〔条:kansanin〕の規定により", "〔条:kansa〕の規定により")
    )
    (problem,) = problems
    assert f"security.yaml:{line_in(text, '監査人　〔条:kansa〕')}:" in problem
    assert problem.endswith(
        "security.audit_rules.articles[1].items[0]: "
        "〔条:kansa〕の条がありません（この文書の条の識別子: "
        "mokuteki、teigi、shurui、kansanin、keikaku、jisshi、hokoku、kaizen、hozon、hosoku）"
    )


def test_an_unknown_role_placeholder_is_located(tmp_path: Path) -> None:
    problems, _ = problems_after(
        tmp_path, ("特命監査は、〔役割:ciso〕が", "特命監査は、〔役割:cso〕が")
    )
    (problem,) = problems
    assert problem.endswith(
        "security.audit_rules.articles[2].paragraphs[2]: 〔役割:cso〕に当たるものが"
        "ありません（指定できるもの: admin、ciso、csirt、manager、officer）"
    )


def test_a_checklist_missing_a_chapter_of_the_standards_is_reported(tmp_path: Path) -> None:
    problems, _ = problems_after(
        tmp_path,
        (
            "area: 物理的セキュリティ, clause: physical_device,",
            "area: 運用, clause: ops_monitor,",
        ),
        (
            "area: 物理的セキュリティ, clause: physical_area,",
            "area: 運用, clause: ops_monitor,",
        ),
    )
    (problem,) = problems
    assert problem.endswith(
        "security.checklist: 監査チェックリストに対策基準「物理的セキュリティ」の項目がありません"
    )


def test_a_chief_that_is_not_a_role_is_located(tmp_path: Path) -> None:
    problems, text = problems_after(tmp_path, ("chief: ciso ", "chief: cio "))
    (problem,) = problems
    assert f"security.yaml:{line_in(text, 'chief: cio')}:" in problem
    assert problem.endswith(
        "security.chief: 組織体制（roles）に識別子「cio」の役割がありません"
        "（あるもの: ciso、officer、manager、admin、csirt）"
    )


def test_a_section_reference_in_the_standards_prints_the_cited_sections_number(
    built: Built,
) -> None:
    found = headings(built.policy.path)
    (incident,) = [h for h in found if h.endswith(" 情報セキュリティインシデントの報告")]
    (auth,) = [h for h in found if h.endswith(" 多要素認証及びID等の管理")]
    assert f"異常を検知したときは{incident.split(' ')[0]}により報告する。" in built.policy.text
    assert f"利用者の認証は、{auth.split(' ')[0]}による。" in built.policy.text


@pytest.mark.parametrize("which", ["policy", "audit"])
def test_no_page_is_blank_but_for_its_running_header_and_number(built: Built, which: str) -> None:
    # documents-review-1 found a blank page 3 in the policy: every page must carry body text,
    # not only the running header (title, edition) and the page number
    doc: Doc = getattr(built, which)
    assert len(doc.pages) > 1
    for n, page in enumerate(doc.pages, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if "第1.0版" not in squeeze(line)]
        body = [line for line in body if not re.fullmatch(r"-\s*\d+\s*-", line)]
        assert body, f"page {n} of the {which} is blank"
