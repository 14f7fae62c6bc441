"""Impact search (issue 13, task hoken item 2): a rule that cites a **repealed** rule is listed
like a citation of a deleted provision.

A rule is repealed when its amendment is drafted with ``repeal: true`` or its new text is only its
題名 (docs/amendment-rules.md 2.14, :func:`gendocs.amend.draft.amendment.draft_repeal`): nothing of
it stays, so a citation of one of its 条 (「寒川町手数料条例第3条」) is a citation of a deleted
provision, and a citation of the rule by name alone (「寒川町手数料条例の規定により」) is listed too
(「この例規は廃止されます」). The repealed rule's own text is not listed: it goes whole. The texts
are made up; the expected lines are written out by hand from them.
"""

from __future__ import annotations

from gendocs.amend import RuleChanges, parse_rule_text, rule_changes, search_rule

REPEALED_OLD = """寒川町公園使用料条例
（平成12年寒川町条例第10号）
（趣旨）
第1条　この条例は、公園の使用料に関し必要な事項を定める。
（使用料）
第2条　公園を使用する者は、使用料を納めなければならない。
2　使用料の額は、規則で定める。
附　則
この条例は、公布の日から施行する。
"""

# The new text of a repealed rule: its 題名 and 番号 only (no 本則).
REPEALED_NEW = """寒川町公園使用料条例
（平成12年寒川町条例第10号）
"""

CITING = """寒川町公園管理規則
（平成12年寒川町規則第5号）
（趣旨）
第1条　この規則は、寒川町公園使用料条例（平成12年寒川町条例第10号）の施行に関し必要な事項を定める。
（減免）
第2条　町長は、寒川町公園使用料条例第2条第1項の使用料を減免することができる。
2　前項の申請は、文書でしなければならない。
"""

# A rule of 項 only (項建て) citing it by name in its second 項.
CITING_PARAGRAPHS = """寒川町公園の占用に関する規則
（平成13年寒川町規則第2号）
この規則は、公園の占用に関し必要な事項を定める。
2　占用料は、寒川町公園使用料条例の例による。
"""

UNRELATED = """寒川町手数料条例
（平成12年寒川町条例第3号）
第1条　手数料の額は、別表のとおりとする。
"""


def _changes() -> RuleChanges:
    old = parse_rule_text(REPEALED_OLD)
    new = parse_rule_text(REPEALED_NEW, allow_empty=True)
    return rule_changes(old, new)


def test_repeal_is_seen_by_the_changes() -> None:
    changes = _changes()
    assert changes.repealed
    assert changes.after(((2,), 1, None)) is None


def test_citations_of_a_repealed_rule_are_listed() -> None:
    impact = search_rule("kisoku.txt", CITING, _changes())
    assert impact is not None
    assert [f.message().ja for f in impact.findings] == [
        "kisoku.txt:4:11: 第1条: 「寒川町公園使用料条例（平成12年寒川町条例第10号）」を引用して"
        "います。この例規は廃止されます",
        "kisoku.txt:6:19: 第2条第1項: 第2条第1項を引用しています。この規定は削られます",
    ]
    assert [f.message().en for f in impact.findings][1] == (
        "kisoku.txt:6:19: 第2条第1項: cites 第2条第1項, which is deleted"
    )
    # nothing to draft: what the provision says instead is the drafter's
    assert impact.corrected is None


def test_a_rule_of_paragraphs_only_names_its_provision_honsoku() -> None:
    impact = search_rule("senyou.txt", CITING_PARAGRAPHS, _changes())
    assert impact is not None
    assert [f.message().ja for f in impact.findings] == [
        "senyou.txt:4:8: 本則第2項: 「寒川町公園使用料条例」を引用しています。"
        "この例規は廃止されます",
    ]


def test_the_repealed_rule_itself_and_unrelated_rules_are_not_listed() -> None:
    assert search_rule("jorei.txt", REPEALED_OLD, _changes()) is None
    assert search_rule("tesuryo.txt", UNRELATED, _changes()) is None
