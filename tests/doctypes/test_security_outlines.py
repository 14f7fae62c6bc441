"""情報セキュリティポリシー and 監査実施要綱 against the checked-in outlines of real documents of
their kind (tests/doctypes/outlines/security_*.yaml, each with its sources), built for the sample
(一部事務組合, 14 members) and for tests/fixtures/council5 (任意協議会, 5 members, no 組合規約);
then the content switches (三層の対策, guideline edition, deciding body) read in the document, and
the located errors of the keys the policy added.

The current guideline is 総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」
令和7年3月版 (sources in outlines/security_policy.yaml); the edition printed is content.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from ruamel.yaml import YAML

from gendocs.pipeline import build
from gendocs.project import find_project
from tests.conftest import copy_project
from tests.doctypes.helpers import build_problems, edit_once, line_in
from tests.review.test_council5 import COUNCIL5, council5_project

OUTLINES = Path(__file__).parent / "outlines"
MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "minimal" / "content"
DOCTYPES = ("security_policy", "security_audit")


def outline(doctype: str) -> dict[str, object]:
    data = YAML(typ="safe").load((OUTLINES / f"{doctype}.yaml").read_text(encoding="utf-8"))
    assert data["doctype"] == doctype and data["sources"]
    return dict(data)


def paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style, text) of every body paragraph."""
    return [
        (p.style.name if p.style is not None else "", p.text)
        for p in Document(str(path)).paragraphs
    ]


def text_of(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def build_folder(folder: Path) -> dict[str, Path]:
    paths = build(find_project(folder), list(DOCTYPES))
    return dict(zip(DOCTYPES, paths, strict=True))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    sample = copy_project(tmp_path_factory.mktemp("sample"))
    council = council5_project(tmp_path_factory.mktemp("council5") / "協議会")
    return {"sample": build_folder(sample), "council5": build_folder(council)}


def in_order(patterns: list[str], texts: list[str]) -> list[str]:
    """The patterns not found, each searched after the text the previous one matched."""
    missing, at = [], 0
    for pattern in patterns:
        hit = next((i for i in range(at, len(texts)) if re.fullmatch(pattern, texts[i])), None)
        if hit is None:
            missing.append(pattern)
        else:
            at = hit + 1
    return missing


@pytest.mark.parametrize("consortium", ["sample", "council5"])
def test_policy_has_the_outline_headings_in_order(
    built: dict[str, dict[str, Path]], consortium: str
) -> None:
    path = built[consortium]["security_policy"]
    found = [t for s, t in paragraphs(path) if s.startswith("Heading")]
    headings = list(outline("security_policy")["headings"])  # type: ignore[call-overload]
    assert in_order(headings, found) == []


@pytest.mark.parametrize("consortium", ["sample", "council5"])
def test_audit_rules_have_the_outline_articles_in_order(
    built: dict[str, dict[str, Path]], consortium: str
) -> None:
    found = [t for _, t in paragraphs(built[consortium]["security_audit"])]
    headings = list(outline("security_audit")["headings"])  # type: ignore[call-overload]
    assert in_order([re.escape(h) for h in headings], found) == []


@pytest.mark.parametrize("consortium", ["sample", "council5"])
@pytest.mark.parametrize("doctype", DOCTYPES)
def test_documents_have_the_outline_clauses(
    built: dict[str, dict[str, Path]], consortium: str, doctype: str
) -> None:
    text = text_of(built[consortium][doctype])
    clauses = list(outline(doctype)["clauses"])  # type: ignore[call-overload]
    assert [c for c in clauses if not re.search(c, text)] == []


@pytest.mark.parametrize("consortium", ["sample", "council5"])
def test_audit_checklist_has_the_outline_columns(
    built: dict[str, dict[str, Path]], consortium: str
) -> None:
    table = Document(str(built[consortium]["security_audit"])).tables[-1]
    assert [c.text for c in table.rows[0].cells] == outline("security_audit")["checklist"]


def test_the_policy_names_the_deciding_body_and_binding_article_of_each_consortium(
    built: dict[str, dict[str, Path]],
) -> None:
    sample = text_of(built["sample"]["security_policy"])
    council = text_of(built["council5"]["security_policy"])
    # 一部事務組合: decided by its 管理者; the members bound by the 基本合意書's article
    assert "令和9年3月25日\u3000管理者決定" in sample
    assert re.search(r"情報システムの共同利用に関する基本合意書第\d+条の定めるところにより", sample)
    # 任意協議会: decided by the 協議会総会; bound by the 設置要綱's article
    assert "令和9年3月20日\u3000協議会総会決定" in council
    assert re.search(r"南信州自治体クラウド推進協議会設置要綱第\d+条の定めるところにより", council)
    # no rule for the members' own staff: 懲戒 only for the 組合's own staff, the council has none
    assert "地方公務員法による懲戒処分" not in council
    for text in (sample, council):
        assert "構成団体の情報システム主管課長" not in text


def test_the_binding_article_number_is_the_one_the_agreement_prints(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    paths = build(find_project(folder), ["security_policy", "agreement"])
    policy, agreement = text_of(paths[0]), [p.text for p in Document(str(paths[1])).paragraphs]
    caption = agreement.index("（情報セキュリティ）")
    number = re.match(r"第\S+条", agreement[caption + 1])
    assert number is not None
    assert f"基本合意書{number.group(0)}の定めるところにより" in policy


# --- switches: content changes, the document reads differently ----------------------------


def policy_text(folder: Path) -> str:
    (path,) = build(find_project(folder), ["security_policy"])
    return text_of(path)


def test_the_three_tier_model_is_printed_only_for_a_consortium_that_runs_a_network(
    tmp_path: Path,
) -> None:
    sample = copy_project(tmp_path / "sample")
    text = policy_text(sample)
    assert "マイナンバー利用事務系" in text and "（αモデル）" in text
    assert "組合事務局の庁内ネットワークを次の三つの系に分割" in text
    # the council runs no network: no 三層 text, and the 強靭性 chapter starts with its cloud link
    council = council5_project(tmp_path / "council")
    text = policy_text(council)
    assert "マイナンバー利用事務系" not in text.replace("マイナンバー利用事務系の端末", "")
    assert "三つの系" not in text and "モデル）" not in text
    assert "3.1 クラウドサービスへの接続" in [p for _, p in paragraphs_of(council)]
    # the same council running a β network of its own gets the β text and its measures
    edit_once(
        council,
        "security.yaml",
        (
            "  # network_separation: 協議会は",
            "  network_separation: {model: β, scope: 協議会事務局のネットワーク}\n  # 協議会は",
        ),
    )
    text = policy_text(council)
    assert "協議会事務局のネットワークを次の三つの系に分割" in text
    assert "（βモデル）" in text and "端末の挙動を監視" in text
    assert "3.1 三層の対策" in [p for _, p in paragraphs_of(council)]


def paragraphs_of(folder: Path) -> list[tuple[str, str]]:
    return paragraphs(folder / "output" / "35_情報セキュリティポリシー.docx")


def test_guideline_edition_and_deciding_body_come_from_content(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    edit_once(
        folder,
        "security.yaml",
        ("edition: 令和7年3月版", "edition: 令和6年10月版"),
        ("decided_by: executive ", "decided_by: decision_body "),
    )
    text = policy_text(folder)
    assert "ガイドライン」（令和6年10月版）に準拠" in text and "令和7年3月版" not in text
    assert "令和9年3月25日\u3000組合議会決定" in text and "管理者決定" not in text
    assert "見直した情報セキュリティポリシーは、組合議会が決定する。" in text


# --- bad input: located errors ---------------------------------------------------------------


def test_a_classification_without_its_lowest_level_is_located(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    text = edit_once(
        folder,
        "security.yaml",
        (
            "    - {level: 完全性1, definition: 完全性2以外の情報, handling: 取扱いの制限はない}\n",
            "",
        ),
    )
    (problem,) = build_problems(folder, "security_policy")
    assert f"security.yaml:{line_in(text, '    - {level: 機密性3')}:" in problem
    assert problem.endswith(
        "security.classification: 情報資産の分類に完全性の段階が完全性1から順にそろっていません"
        "（あるもの: 完全性2）"
    )


def test_an_unknown_placeholder_in_the_standards_is_located(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    text = edit_once(
        folder, "security.yaml", ("は〔節:people_incident〕により", "は〔節:people_inc〕により")
    )
    (problem,) = build_problems(folder, "security_policy")
    assert f"security.yaml:{line_in(text, '〔節:people_inc〕')}:" in problem
    assert (
        "security.standards[6].sections[0].paragraphs[0]: 〔節:people_inc〕に当たるものが"
        in problem
    )


def test_a_member_clause_naming_no_article_is_located(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    text = edit_once(folder, "security.yaml", ("article: security}", "article: sec}"))
    (problem,) = build_problems(folder, "security_policy")
    assert f"security.yaml:{line_in(text, 'article: sec}')}:" in problem
    assert (
        "security.member_clause.article: 情報システムの共同利用に関する基本合意書に"
        "識別子「sec」の条がありません" in problem
    )


def test_a_check_of_the_unprinted_three_tier_section_is_located(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    text = edit_once(
        folder,
        "security.yaml",
        ("  network_separation: {model: α", "  # network_separation: {model: α"),
    )
    (problem,) = build_problems(folder, "security_audit")
    assert f"security.yaml:{line_in(text, 'clause: resilience_split,')}:" in problem
    assert problem.endswith(
        "security.checklist[4].clause: 節「resilience_split」（三層の対策）は network_separation が"
        "ないためポリシーに出力されません"
    )


def test_an_executive_that_the_council_does_not_have_is_located(tmp_path: Path) -> None:
    shutil.copytree(COUNCIL5, tmp_path / "content")
    text = edit_once(
        tmp_path, "security.yaml", ("decided_by: decision_body ", "decided_by: executive ")
    )
    (problem,) = build_problems(tmp_path, "security_policy")
    assert f"security.yaml:{line_in(text, 'decided_by: executive')}:" in problem
    assert (
        "security.decided_by: decided_by: executive ですが consortium.executive（執行機関）が"
        in problem
    )


def test_without_a_binding_article_the_policy_only_defers_to_the_members_own_policies(
    tmp_path: Path,
) -> None:
    # tests/fixtures/minimal names no member_clause (a council whose members signed nothing)
    shutil.copytree(MINIMAL, tmp_path / "content")
    text = policy_text(tmp_path)
    assert "それぞれの構成団体の情報セキュリティポリシーによる。" in text
    assert "の定めるところにより、この情報セキュリティポリシーと同等以上" not in text
    assert "4.3 構成団体における対策" in text


@pytest.mark.parametrize("consortium", ["sample", "council5"])
def test_policy_and_audit_reach_only_the_consortium_and_its_bodies(
    built: dict[str, dict[str, Path]], consortium: str
) -> None:
    # documents-review-1: the policy bound the members' staff and networks, the audit audited
    # 「構成町村の部署」; now the scope is the consortium's own bodies and the members are bound by
    # the article of their instrument (4.3).
    found = [t for _, t in paragraphs(built[consortium]["security_policy"])]
    start = found.index("4.1 組織の範囲")
    scope = found[start : found.index("4.2 情報資産の範囲")]
    assert scope[1].endswith("の次の機関及び組織に適用する。")
    assert len(scope) > 2 and not any("構成団体" in line for line in scope)
    audit = text_of(built[consortium]["security_audit"])
    assert "被監査部門\u3000監査の対象となる" in audit and "構成団体の部署" not in audit
    policy = text_of(built[consortium]["security_policy"])
    assert "構成団体の情報システム主管課長" not in policy
    assert "庁内のネットワークを次の三つの系に分割" not in policy  # the old text for the members
