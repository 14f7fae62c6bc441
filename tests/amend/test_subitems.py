"""細目 (イ・ロ / ア・イ) are cited after their 号 and added, deleted and moved like 号
(docs/amendment-rules.md 2.2, 2.13)."""

from __future__ import annotations

from gendocs.amend import MUNICIPAL, NATIONAL
from gendocs.amend.apply.sentences import apply_text
from gendocs.amend.text.parse import parse_rule_text
from tests.amend.helpers import draft, provisions_text, rule_text, squash

MUNICIPAL_OLD = """
第3条　委員会は、次に掲げる事務を行う。
(1)　調査
(2)　次に掲げる事項
ア　禁錮の刑の執行
イ　その他
ウ　報告
"""

NATIONAL_OLD = """
第三条　委員会は、次に掲げる事務を行う。
一　調査
二　次に掲げる事項
イ　禁錮の刑の執行
ロ　その他の規則で定める事務
ハ　報告
"""


def test_a_change_inside_a_subitem_is_cited_at_the_subitem() -> None:
    new = MUNICIPAL_OLD.replace("禁錮", "拘禁刑")
    assert provisions_text(draft(MUNICIPAL_OLD, new, MUNICIPAL)) == squash(
        "第3条第2号ア中「禁錮」を「拘禁刑」に改める。"
    )


def test_national_subitems_are_cited_with_iroha() -> None:
    new = NATIONAL_OLD.replace("の規則で", "の条例で")
    assert provisions_text(draft(NATIONAL_OLD, new, NATIONAL)) == squash(
        "第三条第二号ロ中「規則」を「条例」に改める。"
    )


def test_a_deleted_subitem_is_removed_and_the_next_moves_up() -> None:
    new = NATIONAL_OLD.replace("ロ　その他の規則で定める事務\n", "").replace("ハ　報告", "ロ　報告")
    assert provisions_text(draft(NATIONAL_OLD, new, NATIONAL)) == squash(
        "第三条第二号中ロを削り、ハをロとする。"
    )


def test_a_new_subitem_is_added_without_a_counter() -> None:
    new = MUNICIPAL_OLD.replace("ウ　報告", "ウ　報告\nエ　記録")
    expected = "第3条第2号に次のように加える。エ　記録"
    assert provisions_text(draft(MUNICIPAL_OLD, new, MUNICIPAL)) == squash(expected)


def test_the_applier_reads_subitem_labels_in_the_style_of_the_text() -> None:
    # The same letter イ is the first 細目 in イロハ and the second in アイウ.
    old = parse_rule_text(rule_text(NATIONAL_OLD), allow_gaps=True)
    text = "題\n制定文\n　第三条第二号イ中「禁錮」を「拘禁刑」に改める。\n"
    applied = apply_text(old, text, NATIONAL)
    assert applied.articles[0].paragraphs[0].items[1].subitems[0].text == "拘禁刑の刑の執行"
