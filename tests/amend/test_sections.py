"""節 inside a 章 and 章・節-scoped 条 moves: what gendocs writes, and that the applier reads it
back.

Forms: docs/amendment-rules.md 2.3 (joureikun k15), 2.5 (章名 → 節名 by analogy), 2.6, 2.7 (last 条
of a 章・節), 2.10. Every draft below is also verified by applying it back to the old text.
"""

from __future__ import annotations

import pytest

from gendocs.amend import MUNICIPAL, ApplyError, InexpressibleChangeError
from gendocs.amend.apply.sentences import apply_sentence
from gendocs.amend.text.parse import parse_rule_text
from tests.amend.helpers import draft, provisions_text, rule_text, squash

MANAGEMENT = """
第1章　総則
第1条　この条例は、目的を定める。
第2章　管理
第1節　通則
第2条　管理者は、管理する。
第2節　監査
第3条　監査委員は、監査する。
第3章　雑則
第4条　必要な事項は、規則で定める。
"""


def sentences(old: str, new: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.text, s.block) for s in draft(old, new, MUNICIPAL).sentences]


def test_a_new_section_is_added_after_the_following_ones_move_back() -> None:
    new = MANAGEMENT.replace(
        "第2節　監査\n第3条", "第2節　報告\n第3条　管理者は、報告する。\n第3節　監査\n第4条"
    ).replace("第4条　必要", "第5条　必要")
    assert sentences(MANAGEMENT, new) == [
        ("第4条を第5条とし、第2章第2節中第3条を第4条とする。", ()),
        (
            "第2章第2節を同章第3節とし、同章第1節の次に次の1節を加える。",
            ("第2節　報告", "第3条　管理者は、報告する。"),
        ),
    ]


def test_a_deleted_section_goes_and_the_one_after_moves_up_with_its_chapter() -> None:
    old = (
        MANAGEMENT.replace("第2章　管理\n", "第2章　補助\n第2条　町は、補助する。\n第3章　管理\n")
        .replace("第2条　管理者", "第3条　管理者")
        .replace("第3条　監査委員", "第4条　監査委員")
        .replace("第3章　雑則\n第4条", "第4章　雑則\n第5条")
    )
    new = (
        MANAGEMENT.replace("第1節　通則\n第2条　管理者は、管理する。\n第2節　監査", "第1節　監査")
        .replace("第3条　監査委員", "第2条　監査委員")
        .replace("第4条　必要", "第3条　必要")
    )
    assert sentences(old, new) == [
        ("第2章を削る。", ()),
        ("第3章第1節を削る。", ()),
        ("第3章第2節を同章第1節とし、同章を第2章とする。", ()),
        ("第4章を第3章とする。", ()),
        ("第2章第1節中第4条を第2条とし、第5条を第3条とする。", ()),
    ]


def test_a_renamed_section_is_written_like_a_renamed_chapter() -> None:
    new = MANAGEMENT.replace("第1節　通則", "第1節　総則的規定")
    assert sentences(MANAGEMENT, new) == [
        ("第2章第1節の節名を次のように改める。", ("第1節　総則的規定",))
    ]


def test_the_last_article_of_a_section_moves_inside_it_but_the_last_of_the_rule_does_not() -> None:
    # 第4条 ends the 本則: nothing follows it, so no 章 is named (docs/amendment-rules.md 2.7).
    new = (
        MANAGEMENT.replace("第3条　監査委員", "第4条　監査委員")
        .replace("第4条　必要", "第5条　必要")
        .replace("第2節　監査", "第2節　監査\n第3条　監査委員は、監査計画を定める。")
    )
    assert sentences(MANAGEMENT, new) == [
        (
            "第4条を第5条とし、第2章第2節中第3条を第4条とし、同条の前に次の1条を加える。",
            ("第3条　監査委員は、監査計画を定める。",),
        ),
    ]


def test_a_section_before_the_first_one_goes_in_front_of_it() -> None:
    new = (
        MANAGEMENT.replace(
            "第1節　通則", "第1節　基本\n第2条　管理者は、基本を定める。\n第2節　通則"
        )
        .replace("第2節　監査\n第3条", "第3節　監査\n第4条")
        .replace("第2条　管理者は、管理する。", "第3条　管理者は、管理する。")
        .replace("第4条　必要", "第5条　必要")
    )
    assert sentences(MANAGEMENT, new)[-1] == (
        "第2章第2節を同章第3節とし、同章第1節を同章第2節とし、同章第2節の前に次の1節を加える。",
        ("第1節　基本", "第2条　管理者は、基本を定める。"),
    )


def test_the_applier_reads_the_same_chapter_and_checks_the_scope() -> None:
    rule = parse_rule_text(rule_text(MANAGEMENT))
    moved = apply_sentence(rule, "第3章を第4章とし、第2章第2節を同章第3節とする。", ())
    assert [d.path for d in moved.divisions] == [
        ((1,),),
        ((2,),),
        ((2,), (1,)),
        ((2,), (3,)),
        ((4,),),
    ]
    assert moved.articles[2].division == ((2,), (3,))
    with pytest.raises(ApplyError):
        apply_sentence(rule, "同章を第4章とする。", ())
    with pytest.raises(ApplyError):
        apply_sentence(rule, "第1章中第2条を第5条とする。", ())


def test_a_removed_toc_line_is_quoted_with_the_line_after_it() -> None:
    old = (
        "目次\n第1章　総則（第1条）\n第2章　補助（第2条）\n第3章　管理（第3条）\n"
        "第4章　監査（第4条）\n第5章　雑則（第5条）\n附則\n"
        "第1章　総則\n第1条　町は、情報を管理する。\n第2章　補助\n第2条　町は、補助する。\n"
        "第3章　管理\n第3条　管理者を置く。\n"
        "第4章　監査\n第4条　監査委員を置く。\n第5章　雑則\n第5条　必要な事項は、規則で定める。"
    )
    new = (
        "目次\n第1章　総則（第1条）\n第2章　管理（第2条）\n第3章　監査（第3条）\n"
        "第4章　雑則（第4条）\n附則\n"
        "第1章　総則\n第1条　町は、情報を管理する。\n第2章　管理\n第2条　管理者を置く。\n"
        "第3章　監査\n第3条　監査委員を置く。\n第4章　雑則\n第4条　必要な事項は、規則で定める。"
    )
    assert sentences(old, new)[0] == (
        "目次中「第2章　補助（第2条）第3章　管理（第3条）」を「第2章　管理（第2条）」に、"
        "「第4章」を「第3章」に、"
        "「第4条」を「第3条」に、「第5章」を「第4章」に、「第5条」を「第4条」に改める。",
        (),
    )


def test_a_section_is_added_in_a_chapter_that_has_moved_up() -> None:
    old = MANAGEMENT.replace("第3章　雑則\n第4条　必要な事項は、規則で定める。\n", "").replace(
        "第2章　管理", "第2章　補助\n第2条　町は、補助する。\n第3章　管理"
    )
    old = old.replace("第2条　管理者", "第3条　管理者").replace(
        "第3条　監査委員", "第4条　監査委員"
    )
    new = MANAGEMENT.replace("第3章　雑則\n第4条　必要な事項は、規則で定める。\n", "").replace(
        "第2節　監査\n第3条", "第2節　報告\n第3条　管理者は、報告する。\n第3節　監査\n第4条"
    )
    # The 節 are cited by the number their 章 has once it moved up (第3章 → 第2章).
    assert sentences(old, new) == [
        ("第2章を削り、第3章を第2章とする。", ()),
        ("第2章第1節中第3条を第2条とする。", ()),
        (
            "第2章第2節を同章第3節とし、同章第1節の次に次の1節を加える。",
            ("第2節　報告", "第3条　管理者は、報告する。"),
        ),
    ]


def test_dividing_a_chapter_into_sections_suggests_a_full_revision() -> None:
    old = (
        "第1章　総則\n第1条　目的を定める。\n第2章　管理\n第2条　管理者は、管理する。\n"
        "第3条　監査委員は、監査する。"
    )
    new = old.replace("第2章　管理\n", "第2章　管理\n第1節　通則\n").replace(
        "第3条", "第2節　監査\n第3条"
    )
    with pytest.raises(InexpressibleChangeError) as raised:
        draft(old, new, MUNICIPAL)
    assert raised.value.message.ja.startswith("章・節: 章を節に分ける改正です。")


def test_after_a_section_is_deleted_its_chapter_is_still_the_same_chapter() -> None:
    new = (
        "第1章　総則\n第1条　この条例は、目的を定める。\n第2章　管理\n"
        "第2条　管理者は、管理する。\n第3条　監査委員は、監査する。"
    )
    old = MANAGEMENT.replace("第3章　雑則\n第4条　必要な事項は、規則で定める。\n", "")
    assert sentences(old, new)[0] == ("第2章第1節を削り、同章第2節を削る。", ())


def test_a_chapter_renamed_in_place_comes_after_the_changes_of_the_articles_before_it() -> None:
    # front to back (issue 13 item 3): 第1条 is changed before 第2章's 章名, not after it
    old = "第1章　総則\n第1条　甲は、届け出る。\n第2章　財務\n第2条　乙は、届け出る。"
    new = "第1章　総則\n第1条　甲は、申請する。\n第2章　経費及び財務\n第2条　乙は、届け出る。"
    expected = (
        "第1条中「届け出る」を「申請する」に改める。"
        "第2章の章名を次のように改める。第2章　経費及び財務"
    )
    assert provisions_text(draft(old, new, MUNICIPAL)) == squash(expected)
