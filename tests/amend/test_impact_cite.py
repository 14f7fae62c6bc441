"""How the impact search reads citations (gendocs/amend/impact/cite.py), on one-line texts
written for each case, against the fixture amendment of tests/fixtures/corpus_impact (a 条
inserted after 第3条: 第4条 to 第7条 move down one; a 号 inserted in 第4条第2項 before its 第2号).
Expected words are written out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from gendocs.amend import RuleChanges, parse_rule_text, rule_changes, search_rule

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_impact" / "amended"
HEAD = "寒川町甲規則\n（平成11年寒川町規則第1号）\n"


@pytest.fixture(scope="module")
def changes() -> RuleChanges:
    old = parse_rule_text((FIXTURE / "old.txt").read_text(encoding="utf-8"))
    new = parse_rule_text((FIXTURE / "new.txt").read_text(encoding="utf-8"))
    return rule_changes(old, new)


def corrected(changes: RuleChanges, body: str) -> str | None:
    impact = search_rule("x.txt", HEAD + body + "\n", changes)
    if impact is None or impact.corrected is None:
        return None
    return impact.corrected.splitlines()[2]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # kanji numerals stay kanji; the instrument's own number is no 号
        (
            "第一条　寒川町個人情報保護条例（平成十年寒川町条例第三号）第四条第二項第三号の規定"
            "による。",
            "第一条　寒川町個人情報保護条例（平成十年寒川町条例第三号）第五条第二項第四号の規定"
            "による。",
        ),
        # 「及び」 joins a second citation of the same rule; 「同条例」 names it again
        (
            "第1条　寒川町個人情報保護条例第4条第2項第1号及び第6条並びに同条例第7条の規定による。",
            "第1条　寒川町個人情報保護条例第5条第2項第1号及び第7条並びに同条例第8条の規定による。",
        ),
        # 「同条第2項」 follows its antecedent 第6条 → 第7条 and stays 「同条」
        (
            "第1条　寒川町個人情報保護条例第6条第1項の審議会は、同条第2項の委員で組織する。",
            "第1条　寒川町個人情報保護条例第7条第1項の審議会は、同条第2項の委員で組織する。",
        ),
        # another law's 第4条, and the citing rule's own bare 第5条, are not the amended rule's
        (
            "第1条　住民基本台帳法（昭和42年法律第81号）第4条及び第5条の規定による。",
            None,
        ),
        # a 略称 given in the first citation
        (
            "第1条　寒川町個人情報保護条例（平成10年寒川町条例第3号。以下「条例」という。）"
            "第5条及び条例第6条第2項の規定による。",
            "第1条　寒川町個人情報保護条例（平成10年寒川町条例第3号。以下「条例」という。）"
            "第6条及び条例第7条第2項の規定による。",
        ),
    ],
)
def test_citations_are_said_as_they_become(
    changes: RuleChanges, body: str, expected: str | None
) -> None:
    assert corrected(changes, body) == expected


def test_a_range_that_takes_in_the_inserted_article_is_flagged(changes: RuleChanges) -> None:
    body = "第1条　寒川町個人情報保護条例第3条から第5条までの規定による。"
    impact = search_rule("x.txt", HEAD + body + "\n", changes)
    assert impact is not None
    (finding,) = impact.findings
    assert finding.old == "第5条" and finding.written == "第6条"
    assert finding.message().ja == (
        "x.txt:3:21: 第1条: 第5条を引用しています。改正後は第6条です"
        "（範囲の中に新しい規定が入ります。範囲で引用してよいか確かめてください）"
    )


def test_a_rule_that_does_not_cite_the_amended_rule_is_not_listed(changes: RuleChanges) -> None:
    assert search_rule("x.txt", HEAD + "第1条　第4条第2項第2号の規定による。\n", changes) is None
