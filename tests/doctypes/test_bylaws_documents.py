"""設置要綱・一部事務組合規約・基本合意書: outline articles, facts from content, style, bad input.

The three texts are built once from a copy of the sample content and converted in one
LibreOffice call; the style and renumbering tests build into their own folders without PDF.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from ruamel.yaml import YAML

from gendocs.compute import compute
from gendocs.doctypes.bylaws import establishment_context
from gendocs.errors import ContentError
from gendocs.ja import wareki_date, wareki_month
from gendocs.load import RawContent, load_content
from gendocs.model import Content
from gendocs.model.organisation import Member
from gendocs.pipeline import build
from gendocs.project import find_project
from gendocs.validate import validate
from tests.conftest import SAMPLE_CONTENT, copy_project, unfreeze
from tests.doctypes.helpers import build_problems, edit_once, line_in, squeeze
from tests.realclient import docx_text, pandoc_text, pdf_fonts, pdf_text, to_pdfs

NAMES = ["establishment", "union_rules", "agreement"]
# The outline (reference/outlines.md §5) section by section, as the article captions that hold them.
OUTLINES = {
    "establishment": [
        "（設置）",
        "（所掌事務）",
        "（組織）",
        "（会長及び副会長）",
        "（会議）",
        "（検討部会）",
        "（経費）",
        "（事務局）",
        "（補則）",
        "附\u3000則",
    ],
    "union_rules": [
        "（組合の名称）",
        "（組合を組織する地方公共団体）",
        "（組合の共同処理する事務）",
        "（組合の事務所の位置）",
        "（組合の議会の組織及び議員の選挙の方法）",
        "（組合の執行機関の組織及び選任の方法）",
        "（組合の経費の支弁の方法）",
        "附\u3000則",
    ],
    "agreement": ["（基本方針）", "（スケジュール）", "（費用負担）", "（運営要領）", "（脱退）"],
}


@dataclass(frozen=True)
class Doc:
    path: Path
    text: str
    plain: str
    pdf: str
    fonts: str


@pytest.fixture(scope="module")
def sample() -> Content:
    return validate(load_content(SAMPLE_CONTENT))


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Doc]:
    folder = copy_project(tmp_path_factory.mktemp("bylaws"))
    paths = build(find_project(folder), NAMES)
    pdfs = to_pdfs(paths, folder / "pdf")
    return {
        name: Doc(d, docx_text(d), pandoc_text(d), squeeze(pdf_text(p)), pdf_fonts(p))
        for name, d, p in zip(NAMES, paths, pdfs, strict=True)
    }


@pytest.mark.parametrize("name", NAMES)
def test_every_outline_section_is_an_article_in_order(docs: dict[str, Doc], name: str) -> None:
    text = docs[name].text
    positions = [text.index(caption) for caption in OUTLINES[name]]
    assert positions == sorted(positions)
    for caption in OUTLINES[name]:
        assert squeeze(caption) in docs[name].pdf


@pytest.mark.parametrize("name", NAMES)
def test_articles_are_numbered_from_one_without_gaps(docs: dict[str, Doc], name: str) -> None:
    numbers = [int(n) for n in re.findall(r"^第(\d+)条\u3000", docs[name].text, re.M)]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) >= 7


def parties(sample: Content, key: str) -> list[Member]:
    """The members a text of content/bylaws.yaml names: its parties, or every member."""
    ids = getattr(sample.bylaws, key).parties
    return [m for m in sample.members if not ids or m.id in ids]


def test_establishment_names_members_officers_and_meeting_rules(
    docs: dict[str, Doc], sample: Content
) -> None:
    text = docs["establishment"].text
    c = sample.consortium
    assert "神奈川県町村情報システム共同化推進協議会設置要綱" in text
    assert "令和8年4月1日制定" in text
    assert "愛川町" not in text  # joins 令和11年4月: not a party (docs/rules.md people.membership)
    # the 組合 exists since 平成23年: the 協議会 is set up within it, not to found it
    assert f"{c.name}（以下「{c.short_name}」という。）の構成団体が" in text
    assert (
        f"{c.short_name}に神奈川県町村情報システム共同化推進協議会（以下「協議会」という。）を置く"
        in text
    )
    assert "設立" not in text
    officers = {"葉山町長", "寒川町長", "大磯町長"}
    for member in parties(sample, "establishment"):
        head = f"{member.name}{member.head_title[1:]}"
        # 第3条第3項: the 委員, one item each; the 会長 and 副会長 are not listed again
        assert (f"\u3000{head}\n" in text) == (head not in officers)
        assert text.count(head) == 1
    assert "会長は葉山町長を、副会長は寒川町長及び大磯町長をもって充てる。" in text
    assert "は、会長が招集し、会長がその議長となる" in text  # 招集
    assert "会長、副会長及び委員の過半数が出席しなければ開くことができない" in text  # 定足数
    assert "可否同数のときは、議長の決するところによる" in text  # 議決
    for group in c.working_groups:
        assert f"{group.name}\u3000{group.purpose}に関すること。\n" in text  # 号 end in 。
    assert f"協議会の庶務は、{c.secretariat.name}において処理する。" in text
    assert "管理者会議" not in text  # review: 40 第8条 named a body defined nowhere
    assert "前条に規定する会議に報告しなければならない" in text
    assert "最終改正" not in text  # not amended
    assert "この要綱は、令和8年4月1日から施行する。" in text


@pytest.mark.parametrize(
    "name,title",
    [
        ("establishment", "神奈川県町村情報システム共同化推進協議会設置要綱"),
        ("union_rules", "神奈川県町村情報システム共同事業組合規約"),
        ("agreement", "情報システムの共同利用に関する基本合意書"),
    ],
)
def test_the_running_header_is_the_documents_own_title(
    docs: dict[str, Doc], name: str, title: str
) -> None:
    """Review: 「推進協議会設置要綱」 headed a 検討会's 要綱; the header is its own title."""
    headers = [
        p.text
        for section in Document(str(docs[name].path)).sections
        for p in section.header.paragraphs
    ]
    assert any(h.startswith(title) for h in headers), headers


def test_union_rules_state_the_statutory_items_from_content(
    docs: dict[str, Doc], sample: Content
) -> None:
    text = docs["union_rules"].text
    c = sample.consortium
    assert f"この組合は、{c.name}（以下「{c.short_name}」という。）という。" in text
    for member in parties(sample, "union_rules"):
        assert f"\u3000{member.name}\n" in text
    for work in sample.bylaws.kind_of_joint_work:
        assert work in text
    assert f"{c.office.address}（{c.office.name}内）に置く" in text
    assert f"定数は、{len(parties(sample, 'union_rules'))}人とする" in text
    assert "管理者1人及び副管理者2人を置く" in text
    # the 管理者 is chosen from the 長, so the 議員 are the 議会の議長: a 管理者 may not also be a
    # 組合議員 (地方自治法第292条・第141条第2項; the real 組合's 規約 第5条, docs/bylaws-sources.md)
    assert "組合議員は、構成団体の議会の議長をもって充てる。" in text
    # the 規約 as amended by content/ordinances/kumiai-kiyaku.yaml: its 最終改正 line, as 例規集
    # print it under the 制定 line (issue 10 item 4)
    assert (
        "平成23年2月8日制定\n最終改正\u3000令和9年4月1日施行"
        f"（{c.name}規約の一部を改正する規約）\n" in text
    )
    assert "管理者及び副管理者は、構成団体の長のうちから" in text
    # 経費の支弁の方法: one item per cost rule of content.costs, ratios as 100分の….
    for rule in cost_rules(sample):
        assert rule in text
    assert "100分の30以上の削減となるよう" in text
    assert "第2項の人口割に用いる人口は" in text  # same article: 第2項, not 第11条第2項
    assert f"この規約は、{wareki_date(c.established)}から施行する。" in text


def test_agreement_has_parties_schedule_costs_and_signatures(
    docs: dict[str, Doc], sample: Content
) -> None:
    text = docs["agreement"].text
    names = [m.name for m in parties(sample, "agreement")]
    assert len(names) == 13  # 愛川町 joins 令和11年4月, after the 合意書
    assert "、".join(names[:-1]) + "及び" + names[-1] + "（以下「構成団体」という。）は" in text
    for phase in sample.schedule.phases:
        start = wareki_month(phase.start.year, phase.start.month)
        end = wareki_month(phase.end.year, phase.end.month)
        assert f"{phase.name}\u3000{start}から{end}まで" in text
    for rule in cost_rules(sample):
        assert rule in text
    assert f"本書{len(names)}通を作成し" in text
    assert "参加していれば負担した額の全額を負担する" in text  # not 「100分の100に相当する額」
    assert "100分の100" not in text
    assert "令和8年12月18日" in text
    signatures = [
        p.text for p in Document(str(docs["agreement"].path)).paragraphs if p.text.endswith("\t印")
    ]
    assert signatures == [f"{m.name}{m.head_title[1:]}\t印" for m in parties(sample, "agreement")]
    assert "前条第3項の規定は、脱退した団体が再び参加する場合について準用する" not in text
    assert "第4条第3項の規定は、脱退した団体が再び参加する場合について準用する" in text


def cost_rules(content: Content) -> list[str]:
    """Each cost item's name and, for a mixed 按分, its ratios as 100分の… ."""
    rules = []
    for item in content.costs.items:
        rules.append(f"\u3000{item.name}\u3000")
        if item.method == "按分" and len(item.shares) > 1:
            rules.append(
                "、".join(f"{s.basis}100分の{(s.weight * 100).normalize():f}" for s in item.shares)
                + "の割合により按分した額"
            )
    return rules


@pytest.mark.parametrize("name", NAMES)
def test_no_placeholder_none_or_empty_table(docs: dict[str, Doc], name: str) -> None:
    doc = docs[name]
    for text in (doc.text, doc.plain, doc.pdf):
        for leftover in ("{{", "{%", "}}", "%}", "None", "〔", "〕"):
            assert leftover not in text
    for table in Document(str(doc.path)).tables:
        assert len(table.rows) >= 2


@pytest.mark.parametrize("name", NAMES)
def test_pdf_embeds_ipaex_fonts(docs: dict[str, Doc], name: str) -> None:
    assert "IPAexMincho" in docs[name].fonts and "IPAexGothic" in docs[name].fonts


# --- style and renumbering (docx only) ------------------------------------------------------


def test_national_style_writes_kanji_articles_fullwidth_paragraphs_and_kanji_items(
    tmp_path: Path,
) -> None:
    folder = copy_project(tmp_path)
    edit_once(
        folder,
        "project.yaml",
        ("article_numerals: 算用数字", "article_numerals: 漢数字"),
        ("paragraph_numerals: 算用数字", "paragraph_numerals: 全角数字"),
        ('item_labels: "(1)"', "item_labels: 一"),
    )
    (path,) = build(find_project(folder), ["union_rules"])
    text = docx_text(path)
    assert "第一条\u3000この組合は、" in text
    assert "\n２\u3000組合議員は、構成団体の議会の議長をもって充てる。" in text
    # 13 members: 愛川町 joins 令和11年4月 (docs/rules.md people.membership)
    assert "\n一\u3000葉山町\n" in text and "\n十三\u3000清川村\n" in text
    assert "定数は、十三人とする" in text
    assert "均等割百分の四十、人口割百分の六十" in text
    assert "この規約は、平成二十三年四月一日から施行する。" in text
    assert not re.search(r"第\d+条", text)


def test_references_follow_an_inserted_article(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    edit_once(
        folder,
        "bylaws.yaml",
        (
            """      - id: hoshin
        heading: 基本方針
""",
            """      - id: teigi
        heading: 定義
        paragraphs:
          - この合意において「自治体クラウド」とは、構成団体が共同で利用するクラウドサービスをいう。
      - id: hoshin
        heading: 基本方針
""",
        ),
    )
    (path,) = build(find_project(folder), ["agreement"])
    text = docx_text(path)
    assert "第5条第3項の規定は、脱退した団体が再び参加する場合について準用する" in text
    assert "第4条第3項の規定" not in text


# --- any consortium: nothing of the sample is in the code or the templates ------------------


def reshape_consortium(folder: Path, count: int) -> list[str]:
    """Give the copied sample ``count`` members (a subset, or generated ones) and make it an
    任意協議会 without an executive; return the members' names in order."""
    yaml = YAML()

    def rewrite(file: str, change: Callable[[Any], None]) -> None:
        path = folder / "content" / file
        data = yaml.load(path.read_text(encoding="utf-8"))
        change(data)
        with path.open("w", encoding="utf-8") as out:
            yaml.dump(data, out)

    kept = ["hayama", "samukawa", "oiso", "kaisei", "ninomiya"]  # the ids other files name
    members: list[Any] = []

    def reshape(data: Any) -> None:
        by_id = {m["id"]: m for m in data["members"]}
        for n in range(count):
            member = copy.deepcopy(by_id[kept[n] if n < len(kept) else "hayama"])
            if n >= len(kept):
                member["id"], member["name"] = f"town{n:03d}", f"見本{n + 1}町"
            members.append(member)
        data["members"] = members

    def per_member(section: Any, key: str) -> None:
        template = section[key][0]
        section[key] = [dict(copy.deepcopy(template), member=m["id"]) for m in members]

    def council(data: Any) -> None:
        data["consortium"].update(
            form="任意協議会", name="見本地域情報システム推進協議会", short_name="協議会"
        )
        data["consortium"]["office"].update(name="見本会館", address="見本市本町1番地")
        del data["consortium"]["executive"]

    rewrite("members.yaml", reshape)

    def migrations(schedule: Any) -> None:
        first = schedule["migrations"][0]
        first["bridging"] = [b for b in first["bridging"] if b["system"] == "jumin"]
        per_member(schedule, "migrations")

    def systems(data: Any) -> None:
        data["systems"]["surveys"][0]["systems"][1:] = []  # one system each keeps the YAML small
        per_member(data["systems"], "surveys")
        per_member(data["systems"], "usage")

    rewrite("systems.yaml", systems)
    # one system's current cost cannot carry the sample's saving guarantee; the texts only cite it
    rewrite("costs.yaml", lambda d: d["costs"]["guarantee"].update(min_saving=0))
    # the kept system renews before go-live: its bridging is the only one left (docs/rules.md)
    rewrite("schedule.yaml", lambda d: migrations(d["schedule"]))
    rewrite("consortium.yaml", council)
    # without an executive, the 協議会's decision body decides the security policy
    rewrite("security.yaml", lambda d: d["security"].update(decided_by="decision_body"))

    def every_member_a_party(data: Any) -> None:  # the sample's parties are its own ids
        for key in ("establishment", "union_rules", "agreement"):
            data["bylaws"][key].pop("parties", None)

    rewrite("bylaws.yaml", every_member_a_party)
    # the Fit & Gap register decides per member: keep the decisions of the members kept
    ids = {m["id"] for m in members}
    rewrite(
        "fitgap.yaml",
        lambda d: d["fitgap"].update(
            decisions=[x for x in d["fitgap"]["decisions"] if x["member"] in ids]
        ),
    )
    # the sample's ceiling is the sample's estimate; these members' costs are another estimate
    rewrite(
        "procurement.yaml",
        lambda d: d["procurement"]["ceiling_basis"].update(
            reason="構成団体を入れ替えた試験用の内容"
        ),
    )
    return [m["name"] for m in members]


@pytest.mark.parametrize("count", [5, 200])
def test_any_consortium_gets_its_own_members_and_name(tmp_path: Path, count: int) -> None:
    folder = copy_project(tmp_path)
    unfreeze(folder)  # another consortium: its own 設置要綱, not the sample's as enacted
    names = reshape_consortium(folder, count)
    paths = build(find_project(folder), NAMES)
    establishment, rules, agreement = (docx_text(p) for p in paths)
    items = re.findall(r"^\((\d+)\)\u3000(.+)$", rules, re.M)
    assert [name for _, name in items[:count]] == names
    assert f"定数は、{count}人とする" in rules
    assert "この組合は、見本地域情報システム推進協議会（以下「協議会」という。）という。" in rules
    assert f"本書{count}通を作成し" in agreement
    assert agreement.count("\t印") == count
    assert "、".join(names[:-1]) + "及び" + names[-1] + "（以下「構成団体」という。）" in agreement
    assert "見本市本町1番地（見本会館内）に置く" in rules
    for text in (establishment, rules, agreement):  # only bylaws.yaml's own wording is the sample's
        assert "神奈川" not in text.replace("神奈川県町村情報システム共同化推進協議会", "")


# --- bad input: located content errors ------------------------------------------------------


def test_rules_naming_a_member_not_in_members_are_located(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    text = edit_once(
        folder,
        "bylaws.yaml",
        (
            "    parties: [hayama, samukawa, oiso, ninomiya, nakai, oi, matsuda, yamakita, kaisei, "
            "hakone, manazuru, yugawara, kiyokawa]   # 愛川町は令和11年4月加入予定"
            "（加入前の文書の当事者ではない）\n  agreement:",
            "    parties: [hayama, zushi]\n  agreement:",
        ),
    )
    (problem,) = build_problems(folder, "union_rules")
    assert f"bylaws.yaml:{line_in(text, 'parties: [hayama, zushi]')}:" in problem
    assert problem.endswith(
        "bylaws.union_rules.parties[1]: members に識別子「zushi」がありません"
        "（あるもの: aikawa、hakone、hayama、kaisei、kiyokawa、manazuru、matsuda、nakai…）"
    )


def test_an_officer_who_is_not_a_member_is_located(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    edit_once(folder, "bylaws.yaml", ("members: [samukawa, oiso]", "members: [samukawa, odawara]"))
    (problem,) = build_problems(folder, "establishment")
    assert (
        "bylaws.establishment.officers[1].members[1]: members に識別子「odawara」がありません"
        in problem
    )


def test_an_unknown_article_reference_is_located(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    text = edit_once(
        folder, "bylaws.yaml", ("〔条:kaigi〕に規定する会議", "〔条:kaigii〕に規定する会議")
    )
    (problem,) = build_problems(folder, "establishment")
    assert f"bylaws.yaml:{line_in(text, '〔条:kaigii〕')}:" in problem
    assert problem.endswith(
        "bylaws.establishment.articles[5].paragraphs[3]: "
        "〔条:kaigii〕の条がありません（この文書の条の識別子: "
        "setchi、shosho、soshiki、kaicho、kaigi、bukai、keihi、jimukyoku、hosoku）"
    )


def test_a_placeholder_naming_an_unknown_member_is_located(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    edit_once(
        folder,
        "bylaws.yaml",
        ("共同利用を推進する。", "共同利用を推進する。〔団体:zushi〕も同様とする。"),
    )
    (problem,) = build_problems(folder, "agreement")
    assert (
        "bylaws.agreement.articles[1].paragraphs[0]: 〔団体:zushi〕に当たるものがありません"
        in problem
    )


def test_building_the_rules_without_them_names_the_missing_key(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    path = folder / "content" / "bylaws.yaml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("  union_rules:\n"), text.index("  agreement:\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    # without a 規約 nothing amends it (an ordinance amending a missing instrument is an error
    # of its own: tests/compute/test_instrument_history.py)
    (folder / "content" / "ordinances" / "kumiai-kiyaku.yaml").unlink()
    # located where the text would go: the bylaws key of bylaws.yaml
    line = line_in(text[:start] + text[end:], "\nbylaws:") + 1
    # the file is named as the CLI shows it: under the project folder
    assert [p.removeprefix(f"{folder}/") for p in build_problems(folder, "union_rules")] == [
        f"content/bylaws.yaml:{line}:1: bylaws.union_rules: 一部事務組合規約を作成するには "
        "bylaws.union_rules（条文）が必要です"
    ]
    (built,) = build(find_project(folder), ["agreement"])  # the other texts still build
    assert built.exists()


def test_computing_the_facts_of_unvalidated_content_fails_with_a_content_error(
    sample: Content,
) -> None:
    text = sample.bylaws.establishment
    assert text is not None
    broken = replace(
        text,
        articles=(replace(text.articles[0], paragraphs=("〔条:nowhere〕",)),) + text.articles[1:],
    )
    content = replace(sample, bylaws=replace(sample.bylaws, establishment=broken))
    with pytest.raises(ContentError) as caught:
        establishment_context(content, compute(content, RawContent()))
    assert [p.text() for p in caught.value.problems] == [
        "content/bylaws.yaml: bylaws.establishment.articles[0].paragraphs[0]: "
        "〔条:nowhere〕の条がありません"
        "（この文書の条の識別子: setchi、shosho、soshiki、kaicho、kaigi、bukai、keihi、"
        "jimukyoku、hosoku）"
    ]
