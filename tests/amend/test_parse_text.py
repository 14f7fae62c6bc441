"""Reading 例規集 text: both styles, every level, and errors that name the line."""

from __future__ import annotations

import pytest

from gendocs.amend.text.model import (
    DELETED,
    Article,
    Division,
    Item,
    Paragraph,
    Subitem,
    SupplProvision,
    Table,
)
from gendocs.amend.text.parse import parse_rule_text, parse_units
from gendocs.errors import ContentError

MUNICIPAL_TEXT = """\
○寒川町手数料条例
（平成12年寒川町条例第10号）
（趣旨）
第1条　この条例は、手数料に関し必要な事項を定める。
第2条　町は、次に掲げる事務について手数料を徴収する。
(1)　住民票の写しの交付
ア　窓口
(ア)　本庁
(2)　印鑑登録証明書の交付
2　手数料の額は、別表に定める。
第2条の2　削除
第3条から第5条まで　削除
第6条　必要な事項は、規則で定める。
附　則
この条例は、平成12年4月1日から施行する。
附　則（令和2年3月27日条例第3号）
1　この条例は、令和2年4月1日から施行する。
2　経過措置は、規則で定める。
別表（第2条関係）
住民票の写し｜1通につき｜300円
"""

NATIONAL_TEXT = """\
借地借家法
目次
第一章　総則（第一条・第二条）
第二章　借地（第三条）
附則
第一章　総則
（趣旨）
第一条　この法律は、借地権に関し特別の定めをする。
第二条　この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　借地権　建物の所有を目的とする地上権をいう。
イ　地上権
（１）　登記されたもの
一の二　借地権者　借地権を有する者をいう。
第二章　借地
第一節　通則
第三条　借地権の存続期間は、三十年とする。
２　契約でこれより長い期間を定めたときは、その期間とする。
"""


def test_municipal_text_reads_every_level() -> None:
    rule = parse_rule_text(MUNICIPAL_TEXT)
    assert rule.title == "寒川町手数料条例"
    assert rule.number == "平成12年寒川町条例第10号"
    assert rule.articles[0] == Article(
        (1,), "趣旨", (Paragraph(1, "この条例は、手数料に関し必要な事項を定める。"),)
    )
    second = rule.articles[1]
    assert second.paragraphs[0].items[0] == Item(
        (1,), "住民票の写しの交付", (Subitem(1, "窓口", (Subitem(1, "本庁"),)),)
    )
    assert second.paragraphs[1] == Paragraph(2, "手数料の額は、別表に定める。")
    assert rule.articles[2] == Article((2, 2), None, (Paragraph(1, DELETED),))
    assert rule.articles[3].number == (3,) and rule.articles[3].through == (5,)
    assert rule.supplementary[0] == SupplProvision(
        None, (Paragraph(1, "この条例は、平成12年4月1日から施行する。"),)
    )
    assert rule.supplementary[1].label == "（令和2年3月27日条例第3号）"
    assert [p.number for p in rule.supplementary[1].paragraphs] == [1, 2]
    assert rule.tables == (Table(None, "（第2条関係）", (("住民票の写し", "1通につき", "300円"),)),)


def test_national_text_reads_kanji_numbers_chapters_and_toc() -> None:
    rule = parse_rule_text(NATIONAL_TEXT)
    assert rule.toc == ("第一章　総則（第一条・第二条）", "第二章　借地（第三条）", "附則")
    assert rule.divisions == (
        Division(((1,),), "総則"),
        Division(((2,),), "借地"),
        Division(((2,), (1,)), "通則"),
    )
    items = rule.articles[1].paragraphs[0].items
    assert [i.number for i in items] == [(1,), (1, 2)]
    assert items[0].subitems == (Subitem(1, "地上権", (Subitem(1, "登記されたもの"),)),)
    assert rule.articles[2].division == ((2,), (1,))
    assert rule.articles[2].paragraphs[1].number == 2


@pytest.mark.parametrize(
    "body, line, message",
    [
        ("第1条　甲。\n第3条　乙。", 3, "第3条の番号が飛んでいるか重複しています。"),
        ("第1条　甲。\n第1条　乙。", 3, "第1条の番号が飛んでいるか重複しています。"),
        ("第1条　甲。\n3　乙。", 3, "第3項の番号が飛んでいるか重複しています。"),
        ("第1条　甲。\n(2)　乙", 3, "第2号の番号が飛んでいるか重複しています。"),
        (
            "第1条　甲。\n乙は、丙とする。",
            3,
            "条・項・号として読めない行です: 「乙は、丙とする。」",
        ),
        ("第2条　甲。", 2, "第2条の番号が飛んでいるか重複しています。"),
    ],
)
def test_bad_numbering_and_unreadable_lines_name_the_line(
    body: str, line: int, message: str
) -> None:
    with pytest.raises(ContentError) as raised:
        parse_rule_text("寒川町テスト条例\n" + body + "\n", source="old.txt", key_path="old")
    problem = raised.value.problems[0]
    assert (problem.location.file, problem.location.line) == ("old.txt", line)
    assert problem.text() == f"old.txt:{line}:1: old: {message}"


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ContentError) as raised:
        parse_rule_text("T\n第1条　甲。\n3　乙。\nよく分からない行\n")
    assert [p.location.line for p in raised.value.problems] == [3, 4]


def test_text_without_articles_is_an_error() -> None:
    with pytest.raises(ContentError) as raised:
        parse_rule_text("寒川町テスト条例\n")
    assert raised.value.problems[0].message.en == "no article (第1条) found."


def test_gaps_are_allowed_when_asked_for_deleted_articles() -> None:
    rule = parse_rule_text("T\n第1条　甲。\n第3条　乙。\n", allow_gaps=True)
    assert [a.number for a in rule.articles] == [(1,), (3,)]


def test_blocks_of_new_units_start_at_any_number() -> None:
    paragraphs = parse_units(["3　管理者は、監査を行う。", "(1)　年1回"], "paragraph")
    assert paragraphs == (Paragraph(3, "管理者は、監査を行う。", (Item((1,), "年1回"),)),)
    assert parse_units(["（４）　介護保険に関する事務"], "item") == (
        Item((4,), "介護保険に関する事務"),
    )
