"""Round trip: random edits of a rule → generated 改め文 → applied to the old rule → the new rule.

The default run tries a few hundred edits per style so the suite stays fast. To try thousands:

    GENDOCS_AMEND_EXAMPLES=5000 python -m pytest tests/amend/test_roundtrip.py
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from gendocs.amend import MUNICIPAL, NATIONAL, NoChangeError, Style, draft_amendment
from gendocs.amend.apply.sentences import apply_text
from gendocs.amend.text.model import Rule
from gendocs.amend.text.parse import parse_rule_text
from gendocs.amend.text.render import render_rule
from gendocs.amend.text.style import Style as StyleType
from tests.amend.rules import edited, rules

EXAMPLES = int(os.environ.get("GENDOCS_AMEND_EXAMPLES", "70"))
FULLWIDTH = StyleType(
    name="fullwidth",
    numerals="fullwidth",
    comma=",",
    kana_connectives=True,
    run_threshold=3,
    first_paragraph="as_first",
    single_moves=2,
)
# 川崎市規則16: 条 in 漢数字, 項・号 and counters in full-width digits (「第九条第１項中…」).
MIXED_NUMERALS = StyleType(name="mixed-numerals", numerals="fullwidth", article_numerals="kanji")
STYLES = [MUNICIPAL, NATIONAL, FULLWIDTH, MIXED_NUMERALS]
SAKUJO = StyleType(name="sakujo", deletion="sakujo")
ROUND_TRIP = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def round_trip(old: Rule, new: Rule, style: Style) -> None:
    note("OLD\n" + "\n".join(render_rule(old, style)))
    note("NEW\n" + "\n".join(render_rule(new, style)))
    try:
        amendment = draft_amendment(old, new, style=style)
    except NoChangeError:
        assert old == new
        return
    assert apply_text(old, amendment.text(), style) == new


@pytest.mark.parametrize("style", STYLES, ids=lambda s: s.name)
@ROUND_TRIP
@given(pair=edited())
def test_generated_amendment_applies_back_to_the_new_text(
    style: Style, pair: tuple[Rule, Rule]
) -> None:
    old, new = pair
    round_trip(old, new, style)


@pytest.mark.parametrize("style", STYLES, ids=lambda s: s.name)
@settings(max_examples=max(EXAMPLES // 4, 25), deadline=None)
@given(rule=rules())
def test_rule_text_reads_back_as_the_same_rule(style: Style, rule: Rule) -> None:
    assert parse_rule_text("\n".join(render_rule(rule, style))) == rule


@ROUND_TRIP
@given(rule=rules(), data=st.data())
def test_deleted_articles_become_placeholders_with_sakujo(rule: Rule, data: st.DataObject) -> None:
    # 削除: the new text drops a 条 and keeps the numbers of the others.
    index = data.draw(st.integers(0, len(rule.articles) - 1))
    gap = replace(rule, articles=rule.articles[:index] + rule.articles[index + 1 :])
    if index == len(rule.articles) - 1 or not gap.articles:
        return  # the last 条 leaves no gap: that is an ordinary 削る
    amendment = draft_amendment(rule, gap, style=SAKUJO)
    assert amendment.new.articles[index].paragraphs[0].text == "削除"
    assert apply_text(rule, amendment.text()) == amendment.new
