"""The public API: drafting, plain text output, no change, inexpressible changes, YAML data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from gendocs.amend import (
    MUNICIPAL,
    Enactment,
    Enforcement,
    InexpressibleChangeError,
    NoChangeError,
    draft_from_text,
    parse_enforcement,
    parse_rule_data,
    parse_rule_text,
    style_named,
)
from gendocs.amend.apply.sentences import apply_text
from gendocs.amend.text.model import Article, Division, Item, Paragraph, Subitem
from gendocs.errors import ContentError, UsageError
from tests.amend.helpers import draft, provisions_text, squash

OLD = """寒川町電子計算組織管理条例
（平成5年寒川町条例第12号）
（目的）
第1条　この条例は、電子計算組織の管理に関し必要な事項を定める。
第2条　町長は、電子計算組織の管理者を置く。
"""
NEW = OLD.replace(
    "第2条　町長は、電子計算組織の管理者を置く。", "第2条　町長は、情報システムの管理者を置く。"
)


def test_plain_text_has_title_enacting_sentence_provisions_and_supplementary() -> None:
    amendment = draft_from_text(
        OLD, NEW, enactment=Enactment(Enforcement("date", date(2026, 4, 1)))
    )
    assert amendment.text() == (
        "寒川町電子計算組織管理条例の一部を改正する条例\n"
        "\u3000寒川町電子計算組織管理条例（平成5年寒川町条例第12号）の一部を次のように改正する。\n"
        "\u3000第2条中「電子計算組織」を「情報システム」に改める。\n"
        "\u3000\u3000\u3000附\u3000則\n"
        "\u3000この条例は、令和8年4月1日から施行する。\n"
    )


def test_text_reapplies_to_the_old_rule() -> None:
    amendment = draft_from_text(OLD, NEW)
    assert apply_text(amendment.old, amendment.text()) == amendment.new


def test_title_and_number_options_override_the_text() -> None:
    amendment = draft_from_text(
        OLD, NEW, title="寒川町情報管理条例", number="平成6年寒川町条例第1号"
    )
    assert (
        amendment.enacting
        == "寒川町情報管理条例（平成6年寒川町条例第1号）の一部を次のように改正する。"
    )


def test_identical_texts_are_no_change_with_exit_status_zero() -> None:
    with pytest.raises(NoChangeError) as raised:
        draft_from_text(OLD, OLD)
    assert raised.value.exit_code == 0


def test_moving_an_article_to_another_chapter_suggests_a_full_revision() -> None:
    old = "T\n第1章　総則\n第1条　甲。\n第2条　乙。\n第2章　雑則\n第3条　丙。\n"
    new = "T\n第1章　総則\n第1条　甲。\n第2章　雑則\n第2条　乙。\n第3条　丙。\n"
    with pytest.raises(InexpressibleChangeError) as raised:
        draft_from_text(old, new)
    assert raised.value.message.ja.startswith("第2条: 条を他の章・節へ移しています。")
    assert "全部改正" in raised.value.message.ja


CHAPTERS = (
    "T\n目次\n第1章　総則\n第2章　管理\n第3章　雑則\n附則\n"
    "第1章　総則\n第1条　甲。\n第2章　管理\n第2条　乙。\n第3章　雑則\n第3条　丙。\n"
)
WITH_AUDIT = (
    "T\n目次\n第1章　総則\n第2章　管理\n第3章　監査\n第4章　雑則\n附則\n"
    "第1章　総則\n第1条　甲。\n第2章　管理\n第2条　乙。\n第3章　監査\n第3条　監査する。\n"
    "第4章　雑則\n第4条　丙。\n"
)


def test_a_new_chapter_is_added_after_the_following_ones_move_back() -> None:
    amendment = draft_from_text(CHAPTERS, WITH_AUDIT)
    assert [(s.text, s.block) for s in amendment.sentences] == [
        ("目次中「第3章　雑則」を「第3章　監査第4章　雑則」に改める。", ()),
        ("第3条を第4条とする。", ()),
        ("第3章を第4章とし、第2章の次に次の1章を加える。", ("第3章　監査", "第3条　監査する。")),
    ]


def test_a_deleted_chapter_goes_before_the_following_ones_move_up() -> None:
    amendment = draft_from_text(WITH_AUDIT, CHAPTERS)
    # The removed 目次 line is quoted with the line after it (not the whole 目次 replaced).
    assert [s.text for s in amendment.sentences] == [
        "目次中「第3章　監査第4章　雑則」を「第3章　雑則」に改める。",
        "第3章を削り、第4章を第3章とする。",
        "第4条を第3条とする。",
    ]


def test_one_chapter_is_deleted_before_the_articles_and_others_added_after_them() -> None:
    # The deletion and the 章 moving up come first, the new 章 last (docs/amendment-rules.md 2.6,
    # 2.7).
    new = (
        "T\n目次\n第1章　総則\n第2章　雑則\n第3章　報告\n第4章　補則\n附則\n"
        "第1章　総則\n第1条　甲。\n第2章　雑則\n第2条　丙。\n第3章　報告\n第3条　丁。\n"
        "第4章　補則\n第4条　戊。\n"
    )
    amendment = draft_from_text(CHAPTERS, new)
    assert [(s.text, s.block) for s in amendment.sentences][1:] == [
        ("第2章を削り、第3章を第2章とする。", ()),
        ("第3条を第2条とする。", ()),
        ("第2章の次に次の1章を加える。", ("第3章　報告", "第3条　丁。")),
        ("第3章の次に次の1章を加える。", ("第4章　補則", "第4条　戊。")),
    ]


def test_a_new_first_chapter_goes_in_front_of_the_old_first_one() -> None:
    new = (
        "T\n目次\n第1章　定義\n第2章　総則\n第3章　管理\n第4章　雑則\n附則\n"
        "第1章　定義\n第1条　定義する。\n第2章　総則\n第2条　甲。\n第3章　管理\n第3条　乙。\n"
        "第4章　雑則\n第4条　丙。\n"
    )
    amendment = draft_from_text(CHAPTERS, new)
    assert (amendment.sentences[-1].text, amendment.sentences[-1].block) == (
        "第3章を第4章とし、第2章を第3章とし、第1章を第2章とし、同章の前に次の1章を加える。",
        ("第1章　定義", "第1条　定義する。"),
    )


def test_parse_errors_of_both_texts_name_their_source() -> None:
    with pytest.raises(ContentError) as raised:
        draft_from_text(OLD, "T\n第1条　甲。\n第3条　乙。\n", sources=("old.txt", "new.txt"))
    assert raised.value.problems[0].location.file == "new.txt"


def test_style_names_and_enforcement_option() -> None:
    assert style_named("national").numerals == "kanji"
    with pytest.raises(UsageError):
        style_named("tate")
    assert parse_enforcement("公布の日") == Enforcement()
    assert parse_enforcement("2026-04-01") == Enforcement("date", date(2026, 4, 1))
    assert parse_enforcement("規則で定める日") == Enforcement(
        "delegated", delegate="規則で定める日"
    )
    with pytest.raises(UsageError):
        parse_enforcement("2026-02-30")


def test_structured_data_reads_like_text() -> None:
    data = {
        "title": "寒川町手数料条例",
        "number": "平成12年寒川町条例第10号",
        "chapters": [
            {
                "number": 1,
                "title": "総則",
                "articles": [
                    {"caption": "趣旨", "text": "この条例は、手数料に関し必要な事項を定める。"},
                    {
                        "paragraphs": [
                            {
                                "text": "町は、次に掲げる事務について手数料を徴収する。",
                                "items": [
                                    "住民票の写しの交付",
                                    {"text": "証明", "subitems": ["窓口"]},
                                ],
                            },
                            "手数料の額は、別表に定める。",
                        ]
                    },
                ],
            }
        ],
        "supplementary": [{"paragraphs": ["この条例は、公布の日から施行する。"]}],
        "tables": [{"heading": "（第2条関係）", "rows": [["住民票の写し", "300円"]]}],
    }
    rule = parse_rule_data(data, source="content/ordinances/x.yaml")
    text = parse_rule_text(
        "寒川町手数料条例\n（平成12年寒川町条例第10号）\n第1章　総則\n（趣旨）\n"
        "第1条　この条例は、手数料に関し必要な事項を定める。\n"
        "第2条　町は、次に掲げる事務について手数料を徴収する。\n(1)　住民票の写しの交付\n"
        "(2)　証明\nア　窓口\n"
        "2　手数料の額は、別表に定める。\n附　則\nこの条例は、公布の日から施行する。\n"
        "別表（第2条関係）\n住民票の写し｜300円\n"
    )
    assert rule == text
    assert rule.divisions == (Division(((1,),), "総則"),)
    assert rule.articles[1].paragraphs[0].items[1] == Item((2,), "証明", (Subitem(1, "窓口"),))


def test_structured_data_reports_every_problem_with_its_key_path() -> None:
    data = {
        "title": "",
        "articles": [{"number": 1, "text": "甲。"}, {"number": 3, "paragraphs": "乙"}],
    }
    with pytest.raises(ContentError) as raised:
        parse_rule_data(data, source="x.yaml")
    paths = [p.key_path for p in raised.value.problems]
    assert paths == ["articles[1]", "articles[1].number", "articles[1].paragraphs", "title"]


def test_deleted_article_in_data() -> None:
    rule = parse_rule_data(
        {
            "title": "T",
            "articles": [{"text": "甲。"}, {"deleted": True, "through": 4}, {"text": "乙。"}],
        }
    )
    assert rule.articles[1] == Article((2,), None, (Paragraph(1, "削除"),), through=(4,))
    assert rule.articles[2].number == (5,)


def test_municipal_is_the_default_style() -> None:
    assert draft_from_text(OLD, NEW).style == MUNICIPAL


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "町長は、委員を委嘱する。この場合において、町長は、委員の氏名を公表する。",
            "町長は、委員を任命する。この場合において、町長は、委員の氏名を公表する。",
            "第3条第1項前段中「委嘱」を「任命」に改める。",
        ),
        (
            "町長は、委員を委嘱する。この場合において、町長は、委員の氏名を公表する。",
            "町長は、委員を委嘱する。この場合において、町長は、委員の氏名及び職業を公表する。",
            "第3条第1項後段中「氏名」の次に「及び職業」を加える。",
        ),
        (
            "町長は、委員を委嘱する。この場合において、町長は、委員の氏名を公表する。",
            "町長は、委員を委嘱する。",
            "第3条第1項後段を削る。",
        ),
    ],
    ids=["former-words", "latter-words", "delete-latter"],
)
def test_a_change_confined_to_one_sentence_cites_its_zendan_or_koudan(
    old: str, new: str, expected: str
) -> None:
    # docs/amendment-rules.md 2.5: a 項 of two sentences is 前段 and 後段; a change in one is cited
    # there.
    amendment = draft(
        f"第3条　{old}\n2　委員の任期は、2年とする。",
        f"第3条　{new}\n2　委員の任期は、2年とする。",
        MUNICIPAL,
    )
    assert [s.text for s in amendment.sentences] == [expected]


def test_article_numerals_can_differ_from_paragraph_numerals() -> None:
    # docs/amendment-rules.md 2.13: 条 in 漢数字 with 項 numbered 2, 3 (the mix reported for
    # 岐阜県); the 改め文 reads back.
    mixed = replace(MUNICIPAL, name="kanji-articles", article_numerals="kanji")
    old = "第八条　委員会は、議長が招集する。\n2　議長は、会議を主宰する。"
    amendment = draft(old, old.replace("主宰", "総理"), mixed)
    assert amendment.sentences[0].text == "第八条第2項中「主宰」を「総理」に改める。"
    assert apply_text(amendment.old, amendment.text()) == amendment.new


def test_a_range_of_articles_is_not_written_over_an_unchanged_branch_article() -> None:
    # 「第31条から第33条までの規定」 would take in 第32条の2, which keeps its 「懲役」.
    old = """
第31条　懲役に処する。
第32条　懲役に処する。
第32条の2　懲役の例による。
第33条　懲役に処する。
"""
    new = old.replace("懲役に処する", "拘禁刑に処する")
    amendment = draft(old, new, MUNICIPAL)
    assert provisions_text(amendment) == squash(
        "第31条、第32条及び第33条中「懲役」を「拘禁刑」に改める。"
    )


def test_a_chapter_renamed_while_another_goes_and_a_new_one_comes_first() -> None:
    # Found by the round trip: 総則 (renamed 通則) keeps its 条 but moves to 第2章, 管理 goes, and a
    # new 第1章 comes in front. Pairing 総則 with the new 第1章 because both are 第1章 would move
    # its 条 into another 章; pairing by the 条 they keep finds the rename.
    old = """
目次
第1章　総則（第1条）
第2章　管理（第2条）
附則
第1章　総則
第1条　この条例は、管理について定める。
第2章　管理
第2条　町長は、台帳を備える。
"""
    new = """
目次
第1章　報告（第1条）
第2章　通則（第2条）
附則
第1章　報告
第1条　町長は、毎年度報告する。
第2章　通則
第2条　この条例は、管理について定める。
"""
    assert provisions_text(draft(old, new, MUNICIPAL)) == squash(
        "目次中「総則」を「報告」に、「管理」を「通則」に改める。"
        "第1章の章名を次のように改める。第1章　通則"
        "第2章を削る。"
        "第1条を第2条とする。"
        "第1章を第2章とし、同章の前に次の1章を加える。第1章　報告第1条　町長は、毎年度報告する。"
    )
