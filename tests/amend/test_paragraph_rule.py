"""A 本則 of 項 only (項建て, issue 13): read, cited 「本則」, amended and shown in the 新旧対照表.

Many small 例規 have no 条: the first 項 is unnumbered, the others 2, 3 …, 号 under a 項. gendocs
holds that 本則 as one 条 numbered ``MAIN_ARTICLE`` (0) and cites it 「本則」, never 「同条」:

* 字句: 「本則中「A」を「B」に改める」 when the 本則 has one 項, 「本則第2項中…」 otherwise;
* 項 added, deleted, replaced and renumbered: 「本則第3項を本則第4項とし、本則第2項の次に次の1項を
  加える」, 「本則に次の1項を加える」, 「本則第3項を削る」, 「本則第3項を次のように改める」
  (「本則」 named again each time); the whole: 「本則を次のように改める」;
* 号 of a 本則 of one 項: 「本則第二号中…」, 「本則に次の1号を加える」;
* 本則 becoming 条建て: 「本則を第1条とし、本則に次の1条を加える」, and with a 条 in front the form
  of the joureikun FAQ p=848 (項建ての条例を条建てに改正する手法,
  https://lawinfo.joureikun.jp/faq/?p=848), reproduced exactly in
  tests/amend/test_reference_cases2.py.

Each 改め文 is drafted and verified by the applier (:func:`draft_amendment` applies the text to the
old rule and compares with the new one), in the municipal (3, (1)) and national (三, 一) styles.
The expected sentences are written out by hand.
"""

from __future__ import annotations

import pytest

from gendocs.amend import MUNICIPAL, NATIONAL, Style, rule_changes, search_rule
from gendocs.amend.apply.verify import verify
from gendocs.amend.taishou.cells import Cell
from gendocs.amend.text.model import MAIN_ARTICLE, is_paragraph_rule
from gendocs.amend.text.parse import parse_rule_text
from gendocs.amend.text.render import render_rule
from tests.amend.helpers import draft, provisions_text, rule_text, squash

MUNICIPAL_OLD = """
この条例は、公園の管理に関し必要な事項を定める。
2　公園は、次に掲げるとおりとする。
(1)　中央公園
(2)　北公園
3　この条例の施行に関し必要な事項は、市長が定める。
"""

NATIONAL_OLD = """
この法律は、公園の管理に関し必要な事項を定める。
２　公園は、次に掲げるとおりとする。
一　中央公園
二　北公園
３　この法律の施行に関し必要な事項は、政令で定める。
"""


def test_a_rule_of_paragraphs_is_read_and_printed_back() -> None:
    text = (
        rule_text(MUNICIPAL_OLD, number="平成12年寒川町条例第10号")
        + "附　則\nこの条例は、公布の日から施行する。\n"
    )
    rule = parse_rule_text(text)
    assert is_paragraph_rule(rule)
    (main,) = rule.articles
    assert main.number == MAIN_ARTICLE
    assert [p.number for p in main.paragraphs] == [1, 2, 3]
    assert [i.text for i in main.paragraphs[1].items] == ["中央公園", "北公園"]
    assert rule.number == "平成12年寒川町条例第10号"
    assert rule.supplementary[0].paragraphs[0].text == "この条例は、公布の日から施行する。"
    assert "\n".join(render_rule(rule, MUNICIPAL)) + "\n" == text


def test_a_rule_of_paragraphs_in_kanji_is_read() -> None:
    rule = parse_rule_text(rule_text(NATIONAL_OLD, title="公園法"))
    (main,) = rule.articles
    assert [p.number for p in main.paragraphs] == [1, 2, 3]
    assert [i.number for i in main.paragraphs[1].items] == [(1,), (2,)]


def test_date_and_number_lines_stay_the_number() -> None:
    # A 例規集 page prints the date and the number under the 題名 (加古川市 例規集:
    # 「平成15年3月31日」 / 「条例第2号」): they are the 番号, not a 本則 of 項, with or without 条.
    head = "○加古川市テスト条例\n平成15年3月31日\n条例第2号\n"
    with_articles = parse_rule_text(head + "（趣旨）\n第1条　この条例は、テストについて定める。\n")
    paragraphs = parse_rule_text(head + "この条例は、テストについて定める。\n2　前項に定める。\n")
    for rule in (with_articles, paragraphs):
        assert (rule.title, rule.number) == ("加古川市テスト条例", "平成15年3月31日条例第2号")
    assert [a.number for a in with_articles.articles] == [(1,)]
    assert [a.number for a in paragraphs.articles] == [MAIN_ARTICLE]
    assert [p.text for p in paragraphs.articles[0].paragraphs] == [
        "この条例は、テストについて定める。",
        "前項に定める。",
    ]


CASES = [
    (
        "words-single-paragraph",
        MUNICIPAL,
        "この条例は、公園の管理に関し必要な事項を定める。",
        "この条例は、都市公園の管理に関し必要な事項を定める。",
        "本則中「公園」を「都市公園」に改める。",
    ),
    (
        "words-second-paragraph",
        MUNICIPAL,
        MUNICIPAL_OLD,
        MUNICIPAL_OLD.replace("市長が", "教育委員会が"),
        "本則第3項中「市長」を「教育委員会」に改める。",
    ),
    (
        "words-second-paragraph-kanji",
        NATIONAL,
        NATIONAL_OLD,
        NATIONAL_OLD.replace("政令で", "省令で"),
        "本則第三項中「政令」を「省令」に改める。",
    ),
    (
        "paragraph-inserted",
        MUNICIPAL,
        MUNICIPAL_OLD,
        MUNICIPAL_OLD.replace("3　この", "3　公園の使用料は、無料とする。\n4　この"),
        "本則第3項を本則第4項とし、本則第2項の次に次の1項を加える。3　公園の使用料は、無料とする。",
    ),
    (
        "paragraph-inserted-kanji",
        NATIONAL,
        NATIONAL_OLD,
        NATIONAL_OLD.replace("３　この", "３　公園の使用料は、無料とする。\n４　この"),
        "本則第三項を本則第四項とし、本則第二項の次に次の一項を加える。"
        "３　公園の使用料は、無料とする。",
    ),
    (
        "item-inserted",
        MUNICIPAL,
        MUNICIPAL_OLD,
        MUNICIPAL_OLD.replace("(2)　北公園", "(2)　南公園\n(3)　北公園"),
        "本則第2項第2号を同項第3号とし、同項第1号の次に次の1号を加える。(2)　南公園",
    ),
    (
        "paragraph-added-at-the-end",
        MUNICIPAL,
        "この条例は、公園の管理に関し必要な事項を定める。",
        "この条例は、公園の管理に関し必要な事項を定める。\n"
        "2　この条例の施行に関し必要な事項は、市長が定める。",
        "本則に次の1項を加える。2　この条例の施行に関し必要な事項は、市長が定める。",
    ),
    (
        "paragraph-replaced",
        MUNICIPAL,
        MUNICIPAL_OLD,
        MUNICIPAL_OLD.replace(
            "3　この条例の施行に関し必要な事項は、市長が定める。",
            "3　町長は、公園の利用者から使用料を徴収することができる。",
        ),
        "本則第3項を次のように改める。3　町長は、公園の利用者から使用料を徴収することができる。",
    ),
    (
        "last-paragraph-deleted",
        MUNICIPAL,
        MUNICIPAL_OLD,
        MUNICIPAL_OLD.replace("3　この条例の施行に関し必要な事項は、市長が定める。\n", ""),
        "本則第3項を削る。",
    ),
    (
        "whole-main-provision-replaced",
        MUNICIPAL,
        "この条例は、公園の管理に関し必要な事項を定める。\n2　公園の使用料は、無料とする。",
        "町長は、毎年度、公園の利用状況を公表しなければならない。\n"
        "2　前項の公表は、インターネットの利用その他の方法により行う。",
        "本則を次のように改める。町長は、毎年度、公園の利用状況を公表しなければならない。"
        "2　前項の公表は、インターネットの利用その他の方法により行う。",
    ),
    (
        "item-added-single-paragraph",
        MUNICIPAL,
        "公園は、次に掲げるとおりとする。\n(1)　中央公園\n(2)　北公園",
        "公園は、次に掲げるとおりとする。\n(1)　中央公園\n(2)　北公園\n(3)　南公園",
        "本則に次の1号を加える。(3)　南公園",
    ),
    (
        "item-words-single-paragraph-kanji",
        NATIONAL,
        "公園は、次に掲げるとおりとする。\n一　中央公園\n二　北公園",
        "公園は、次に掲げるとおりとする。\n一　中央公園\n二　西公園",
        "本則第二号中「北公園」を「西公園」に改める。",
    ),
    (
        "to-articles",
        MUNICIPAL,
        "この条例は、公園の管理に関し必要な事項を定める。",
        "（趣旨）\n第1条　この条例は、公園の管理に関し必要な事項を定める。\n"
        "（委任）\n第2条　この条例の施行に関し必要な事項は、規則で定める。",
        "本則を第1条とし、同条に見出しとして「（趣旨）」を付し、本則に次の1条を加える。"
        "（委任）第2条　この条例の施行に関し必要な事項は、規則で定める。",
    ),
    (
        "to-articles-kanji",
        NATIONAL,
        "この法律は、公園の管理に関し必要な事項を定める。",
        "第一条　この法律は、公園の管理に関し必要な事項を定める。\n"
        "第二条　この法律の施行に関し必要な事項は、政令で定める。",
        "本則を第一条とし、本則に次の一条を加える。"
        "第二条　この法律の施行に関し必要な事項は、政令で定める。",
    ),
]


@pytest.mark.parametrize(
    ("style", "old", "new", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_paragraph_rule_amendment(style: Style, old: str, new: str, expected: str) -> None:
    amendment = draft(old, new, style)
    assert provisions_text(amendment) == squash(expected)
    # and the written text, applied to the old rule by the applier, gives the new one
    old_rule = parse_rule_text(rule_text(old), allow_gaps=True)
    new_rule = parse_rule_text(rule_text(new), allow_gaps=True)
    verify(old_rule, new_rule, amendment.text(), style)


def test_a_paragraph_deleted_is_cited_inside_the_main_provision() -> None:
    # 「第5条中第2項を削り、第3項を第2項とする」 (docs/amendment-rules.md 2.3) with 本則 for the 条
    old = MUNICIPAL_OLD
    new = old.replace("2　公園は、次に掲げるとおりとする。\n(1)　中央公園\n(2)　北公園\n3", "2")
    assert provisions_text(draft(old, new, MUNICIPAL)) == squash(
        "本則中第2項を削り、第3項を第2項とする。"
    )


def _plain(cell: Cell) -> str:
    return "".join(span.text for span in cell)


def _underlined(cell: Cell) -> list[str]:
    return [span.text for span in cell if span.underline]


def test_comparison_table_of_a_paragraph_inserted() -> None:
    new = MUNICIPAL_OLD.replace("3　この", "3　公園の使用料は、無料とする。\n4　この")
    (section,) = draft(MUNICIPAL_OLD, new, MUNICIPAL).table.sections
    assert section.name == "本則"
    rows = [(_plain(r.old), _plain(r.new)) for r in section.rows]
    # the first 項 of a 本則 of 項 only has no label on either side
    assert not any(old.startswith("本則") or new.startswith("本則") for old, new in rows)
    assert ("（新設）", "3\u3000公園の使用料は、無料とする。") in rows
    moved = [r for r in section.rows if _plain(r.new).startswith("4\u3000")]
    (row,) = moved
    assert _plain(row.old) == "3\u3000この条例の施行に関し必要な事項は、市長が定める。"
    assert _underlined(row.old) == ["3"] and _underlined(row.new) == ["4"]


def test_comparison_table_of_a_main_provision_becoming_an_article() -> None:
    amendment = draft(
        "この条例は、公園の管理に関し必要な事項を定める。",
        "（趣旨）\n第1条　この条例は、公園の管理に関し必要な事項を定める。\n"
        "（委任）\n第2条　この条例の施行に関し必要な事項は、規則で定める。",
        MUNICIPAL,
    )
    first, second = amendment.table.sections
    assert (first.name, second.name) == ("第1条", "第2条")
    body = first.rows[-1]
    # old: the 項 as printed, unlabelled; new: 第1条, its number underlined, the words not
    assert _plain(body.old) == "\u3000この条例は、公園の管理に関し必要な事項を定める。"
    assert _underlined(body.old) == []
    assert _plain(body.new) == "第1条\u3000この条例は、公園の管理に関し必要な事項を定める。"
    assert _underlined(body.new) == ["第1条"]
    assert [_plain(r.new) for r in first.rows[:-1]] == ["（趣旨）"]


AMENDED_OLD = """寒川町公園条例
第1条　この条例は、公園について定める。
第2条　公園の使用料は、規則で定める。
"""

AMENDED_NEW = """寒川町公園条例
第1条　この条例は、公園について定める。
第2条　公園は、町長が管理する。
第3条　公園の使用料は、規則で定める。
"""

CITING_PARAGRAPHS = """寒川町公園使用料規則
この規則は、寒川町公園条例第2条の使用料について定める。
2　使用料は、前項の規定にかかわらず、免除することができる。
"""


def test_impact_on_a_rule_of_paragraphs_only() -> None:
    # A 項建て rule citing a 条 the amendment renumbers: its provision is 「本則第1項」, and the
    # corrected text (for the 一括改正) says the new number.
    changes = rule_changes(parse_rule_text(AMENDED_OLD), parse_rule_text(AMENDED_NEW))
    impact = search_rule("kisoku.txt", CITING_PARAGRAPHS, changes)
    assert impact is not None
    assert [f.message().ja for f in impact.findings] == [
        "kisoku.txt:2:14: 本則第1項: 第2条を引用しています。改正後は第3条です"
    ]
    assert impact.corrected == CITING_PARAGRAPHS.replace("条例第2条", "条例第3条")
