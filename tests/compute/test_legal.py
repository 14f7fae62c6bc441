"""The 条・項・号 renderer: numbering styles, references by id, facts and their problems."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from gendocs.compute.legal.text import (
    Facts,
    LegalTextError,
    Line,
    Numbering,
    relative_reference,
    render_legal_text,
    text_problems,
)
from gendocs.compute.legal.values import legal_facts
from gendocs.load import load_content
from gendocs.model.bylaws import Article, LegalText
from gendocs.model.plan import LegalStyle
from gendocs.validate import validate
from tests.conftest import SAMPLE_CONTENT

FACTS = Facts(
    values={"名称": "甲乙推進協議会", "略称": "協議会", "団体:a": "甲町"},
    lists={"構成団体": ("甲町", "乙村")},
)


def article(id: str, *paragraphs: str, **more: object) -> Article:
    return Article(id=id, heading=f"見出し{id}", paragraphs=paragraphs, **more)  # type: ignore[arg-type]


def legal(
    *articles: Article,
    supplementary: tuple[str, ...] = ("この要綱は、公布の日から施行する。",),
    title: str = "〔名称〕設置要綱",
    preamble: str | None = None,
) -> LegalText:
    return LegalText(
        title=title,
        enacted=date(2026, 4, 1),
        articles=articles,
        supplementary=supplementary,
        preamble=preamble,
    )


def lines(text: LegalText, numbering: Numbering = Numbering()) -> list[tuple[str, str, str]]:
    return [
        (line.kind, line.label, line.text)
        for line in render_legal_text(text, numbering, FACTS).lines
    ]


def test_articles_paragraphs_and_items_are_numbered_in_order() -> None:
    text = legal(
        article("setchi", "〔名称〕を設置する。"),
        article("soshiki", "次に掲げる団体で組織する。", "会長を置く。", items=("甲町", "乙村")),
    )
    assert lines(text) == [
        ("caption", "", "（見出しsetchi）"),
        ("article", "第1条", "甲乙推進協議会を設置する。"),
        ("caption", "", "（見出しsoshiki）"),
        ("article", "第2条", "次に掲げる団体で組織する。"),
        ("item", "(1)", "甲町"),
        ("item", "(2)", "乙村"),
        ("paragraph", "2", "会長を置く。"),
    ]


@pytest.mark.parametrize(
    "style,article_label,paragraph_label,item_label",
    [
        (LegalStyle(), "第2条", "2", "(1)"),
        (
            LegalStyle(article_numerals="漢数字", paragraph_numerals="全角数字", item_labels="一"),
            "第二条",
            "２",
            "一",
        ),
        (LegalStyle(paragraph_numerals="丸数字"), "第2条", "②", "(1)"),
    ],
)
def test_numbering_follows_the_legal_style(
    style: LegalStyle, article_label: str, paragraph_label: str, item_label: str
) -> None:
    text = legal(article("a", "一。"), article("b", "本文。", "次項。", items=("号",), items_in=2))
    body = lines(text, Numbering.from_style(style))
    assert body[3][1] == article_label
    assert body[4][1] == paragraph_label
    assert body[5][1] == item_label


def test_a_reference_follows_the_article_when_one_is_inserted_before_it() -> None:
    target = article("kaigi", "会議は、会長が招集する。", "会議は、過半数で決する。")
    citing = article("hosoku", "〔条:kaigi:2〕の規定にかかわらず、会長が定める。")
    before = legal(article("setchi", "設置する。"), target, article("x", "他。"), citing)
    after = legal(
        article("setchi", "設置する。"),
        article("new", "新しい条。"),
        target,
        article("x", "他。"),
        citing,
    )
    assert lines(before)[-1][2] == "第2条第2項の規定にかかわらず、会長が定める。"
    assert lines(after)[-1][2] == "第3条第2項の規定にかかわらず、会長が定める。"


def test_references_are_relative_where_legal_drafting_says_so() -> None:
    numbering = Numbering()
    assert relative_reference(4, None, (5, 1), numbering) == "前条"
    assert relative_reference(6, 2, (5, 1), numbering) == "次条第2項"
    assert relative_reference(5, 2, (5, 3), numbering) == "前項"
    assert relative_reference(5, 1, (5, 3), numbering) == "第1項"
    assert relative_reference(2, None, (5, 1), numbering) == "第2条"
    assert relative_reference(2, 3, None, Numbering(articles="kanji")) == "第二条第三項"


def test_items_from_content_and_supplementary_numbering() -> None:
    text = legal(
        article("setchi", "次に掲げる団体は、〔略称〕を設置する。", items_from="構成団体"),
        supplementary=("この要綱は、公布の日から施行する。", "〔条:setchi〕の規定は、準用する。"),
    )
    rendered = render_legal_text(text, Numbering(), FACTS)
    assert [line.text for line in rendered.lines if line.kind == "item"] == ["甲町", "乙村"]
    assert rendered.supplementary == (
        Line("paragraph", "1", "この要綱は、公布の日から施行する。"),
        Line("paragraph", "2", "第1条の規定は、準用する。"),
    )
    assert rendered.title == "甲乙推進協議会設置要綱"
    assert rendered.labels == {"setchi": "第1条"}


def test_a_single_supplementary_paragraph_has_no_number() -> None:
    rendered = render_legal_text(legal(article("a", "本文。")), Numbering(), FACTS)
    assert rendered.supplementary == (Line("paragraph", "", "この要綱は、公布の日から施行する。"),)


def test_an_unknown_article_id_is_reported_with_its_path_and_the_known_ids() -> None:
    text = legal(article("setchi", "設置する。"), article("kaigi", "〔条:kaigl〕による。"))
    assert list(text_problems(text, FACTS))[0][0] == ("articles", 1, "paragraphs", 0)
    message = list(text_problems(text, FACTS))[0][1]
    assert message.ja == "〔条:kaigl〕の条がありません（この文書の条の識別子: setchi、kaigi）"


def test_a_reference_to_a_missing_paragraph_is_reported() -> None:
    text = legal(article("a", "一項だけ。"), article("b", "〔条:a:2〕による。"))
    assert [m.ja for _, m in text_problems(text, FACTS)] == [
        "〔条:a:2〕の項がありません（条「a」の項は1つです）"
    ]


def test_unknown_facts_name_what_can_be_used() -> None:
    text = legal(article("a", "〔団体:z〕及び〔名前〕とする。"))
    assert [m.ja for _, m in text_problems(text, FACTS)] == [
        "〔団体:z〕に当たるものがありません（指定できるもの: a）",
        "〔名前〕は使えない差込みです（使えるもの: 名称、団体、条、略称）",
    ]


def test_item_problems() -> None:
    text = legal(
        article("a", "本文。", items=("号",), items_from="構成団体"),
        article("b", "本文。", items=("号",), items_in=2),
        article("c", "本文。", items_from="費用分担"),
    )
    assert [path for path, _ in text_problems(text, FACTS)] == [
        ("articles", 0, "items_from"),
        ("articles", 1, "items_in"),
        ("articles", 2, "items_from"),
    ]


def test_unbalanced_brackets_are_reported() -> None:
    text = legal(article("a", "〔名称を設置する。"))
    assert [m.ja for _, m in text_problems(text, FACTS)] == [
        "「〔」の対応が取れていません（〔名称〕の形で書いてください）"
    ]


def test_rendering_an_unresolvable_text_raises_with_the_path() -> None:
    with pytest.raises(LegalTextError) as caught:
        render_legal_text(legal(article("a", "〔条:nothing〕")), Numbering(), FACTS)
    assert caught.value.path == ("articles", 0, "paragraphs", 0)


def test_circled_paragraph_numbers_run_to_fifty() -> None:
    numbering = Numbering(paragraphs="circled")
    assert [numbering.paragraph(n) for n in (2, 20, 21, 35, 36, 50)] == [
        "②",
        "⑳",
        "㉑",
        "㉟",
        "㊱",
        "㊿",
    ]
    with pytest.raises(ValueError):
        numbering.paragraph(51)


def test_items_that_end_as_clauses_take_a_full_stop() -> None:
    """法制執務: a 号 ending 「こと」「とき」 ends with 「。」, a noun does not, whether the article
    writes its items or ``items_from`` makes them (review: 40 第2条 with 「。」, 第6条 without)."""
    text = legal(
        article("a", "次に掲げる事項", items=("会議の運営に関すること", "甲町", "欠けたとき。")),
    )
    assert [t for kind, _, t in lines(text) if kind == "item"] == [
        "会議の運営に関すること。",
        "甲町",
        "欠けたとき。",
    ]


def _sample_facts(
    edit: tuple[str, str, str] | None = None,
) -> tuple[dict[str, str], dict[str, Sequence[str]]]:
    """The 設置要綱's placeholder values and item lists from the sample (``edit``: file, old,
    new applied to a copy first)."""
    with tempfile.TemporaryDirectory() as folder:
        content_dir = Path(folder) / "content"
        shutil.copytree(SAMPLE_CONTENT, content_dir)
        if edit is not None:
            path = content_dir / edit[0]
            source = path.read_text(encoding="utf-8")
            assert source.count(edit[1]) == 1
            path.write_text(source.replace(edit[1], edit[2]), encoding="utf-8")
        content = validate(load_content(content_dir))
    assert content.bylaws.establishment is not None
    facts = legal_facts(content, content.bylaws.establishment, Numbering())
    return dict(facts.values), dict(facts.lists)


def test_committee_members_besides_the_officers() -> None:
    """会長・副会長 are not listed again among the 委員 (review: 40 第3条)."""
    values, lists = _sample_facts()
    officers = {"葉山町長", "寒川町長", "大磯町長"}
    assert values["役員:会長"] == "葉山町長"
    assert officers <= set(lists["構成団体の長"])
    assert officers.isdisjoint(lists["役員以外の長"])
    assert len(lists["役員以外の長"]) == len(lists["構成団体の長"]) - 3


def test_a_joining_fee_of_the_whole_amount_is_written_zengaku() -> None:
    """「100分の100に相当する額」 is 「全額」 (review: 42); another rate keeps its fraction."""
    values, _ = _sample_facts()
    assert values["加入負担額"] == "全額"
    half, _ = _sample_facts(("costs.yaml", "joining_fee: {rate: 1,", "joining_fee: {rate: 0.5,"))
    assert half["加入負担額"] == "100分の50に相当する額"
