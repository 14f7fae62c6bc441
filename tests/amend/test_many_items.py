"""Renumbering of any size (issue 13 item 2): 号 added, deleted and moved in any number in a 条
that mostly stays are amended one by one, never by rewriting the 条; 号 are paired by what their
own words say (「に関すること。」 shared by the whole list tells none apart), before by number."""

from __future__ import annotations

from gendocs.amend import MUNICIPAL
from gendocs.amend.apply.sentences import apply_text
from gendocs.amend.text.parse import parse_rule_text
from tests.amend.helpers import draft, provisions_text, rule_text, squash

OLD_DUTIES = ["企画", "統計", "広報", "文書", "法規", "人事", "財政", "税務", "防災", "情報"]
OLD_DUTIES += ["契約", "監査"]
NEW_DUTIES = ["企画", "共同利用", "統計", "広報", "法規", "人事", "財政", "公有財産", "税務"]
NEW_DUTIES += ["防災", "情報", "セキュリティ", "契約", "監査", "公平"]


def article(duties: list[str]) -> str:
    lines = [f"({k})　{duty}に関すること。" for k, duty in enumerate(duties, 1)]
    return "第2条　課の事務は、次のとおりとする。\n" + "\n".join(lines)


def test_many_items_added_deleted_and_moved_are_amended_one_by_one() -> None:
    amendment = draft(article(OLD_DUTIES), article(NEW_DUTIES), MUNICIPAL)
    text = provisions_text(amendment)
    assert "次のように改める" not in text  # no whole-条 rewrite because of a count
    assert "「" not in text  # no 号 amended into another one's words (統計 → 共同利用)
    assert "第4号を削り" in text  # 文書 goes
    for added in ("(2)共同利用", "(8)公有財産", "(12)セキュリティ", "(15)公平"):
        assert squash(added) in text
    old = parse_rule_text(rule_text(article(OLD_DUTIES)), allow_gaps=True)
    new = parse_rule_text(rule_text(article(NEW_DUTIES)), allow_gaps=True)
    assert apply_text(old, amendment.text(), MUNICIPAL) == new
