"""Laws cited by name get their 法令番号 the first time (issue 13 item 5), from the table
gendocs/data/laws.yaml; and the instrument says 法律 / 条例 / 規則 / 規約 as the rule is.

The numbers below are written out by hand from e-Gov 法令検索 (https://laws.e-gov.go.jp/law/<id>,
the id of each law in the table); the issue names 地方公共団体情報システムの標準化に関する法律
(令和3年法律第40号).
"""

from __future__ import annotations

import re

import pytest
from ruamel.yaml import YAML

from gendocs.amend import draft_from_text, new_unnumbered, parse_rule_text, with_number
from gendocs.amend.impact.laws import LAWS_FILE, laws

EXPECTED = {
    "地方自治法": "昭和22年法律第67号",
    "行政手続における特定の個人を識別するための番号の利用等に関する法律": "平成25年法律第27号",
    "個人情報の保護に関する法律": "平成15年法律第57号",
    "住民基本台帳法": "昭和42年法律第81号",
    "戸籍法": "昭和22年法律第224号",
    "デジタル社会形成基本法": "令和3年法律第35号",
    "地方公共団体情報システムの標準化に関する法律": "令和3年法律第40号",
    "地方公務員法": "昭和25年法律第261号",
    "生活保護法": "昭和25年法律第144号",
    "地方自治法施行令": "昭和22年政令第16号",
}
ERA_CODES = {"明治": 1, "大正": 2, "昭和": 3, "平成": 4, "令和": 5}


def test_the_table_holds_the_laws_the_sample_and_fixtures_cite() -> None:
    table = {law.name: law.number_text() for law in laws()}
    for name, number in EXPECTED.items():
        assert table[name] == number


def test_each_number_agrees_with_its_e_gov_id() -> None:
    # the e-Gov id encodes the number: 322AC0000000067 = 昭和(3) 22年 法律(AC) 第67号
    text = LAWS_FILE.read_text(encoding="utf-8")
    for row in YAML(typ="safe").load(text)["laws"]:
        kind = {"法律": "AC", "政令": "CO"}[row["kind"]]
        expected = f"{ERA_CODES[row['era']]}{row['year']:02d}{kind}{row['number']:010d}"
        assert row["egov"] == expected, row["name"]


def test_kanji_numbers_for_the_national_style() -> None:
    (law,) = [law for law in laws() if law.name == "地方自治法"]
    assert with_number(law, "kanji") == "地方自治法（昭和二十二年法律第六十七号）"


def rule(body: str) -> str:
    return f"寒川町手数料条例\n（平成12年寒川町条例第10号）\n{body}"


@pytest.mark.parametrize(
    ("new_body", "expected"),
    [
        (
            "第1条　住民基本台帳法第12条第1項の写しの交付の手数料は、300円とする。\n",
            ["住民基本台帳法"],
        ),
        (
            "第1条　住民基本台帳法（昭和42年法律第81号）第12条第1項の写しの交付の手数料は、"
            "300円とする。\n"
            "2　住民基本台帳法第12条の2の写しも、同様とする。\n",
            [],
        ),
        # 地方自治法施行令 is another law: 地方自治法 is not cited here
        ("第1条　地方自治法施行令第167条の2の規定による随意契約とする。\n", ["地方自治法施行令"]),
        # 地方自治法 is cited by the old text already, without number: not the amendment's doing
        ("第1条　地方自治法第227条の手数料とする。\n", []),
    ],
)
def test_a_law_first_cited_by_the_new_text_without_its_number(
    new_body: str, expected: list[str]
) -> None:
    old = parse_rule_text(rule("第1条　地方自治法の規定による手数料とする。\n"))
    new = parse_rule_text(rule(new_body))
    assert [c.law.name for c in new_unnumbered(old, new)] == expected


def test_title_and_supplementary_say_the_kind_of_the_rule() -> None:
    cases = {
        "神奈川県町村情報システム共同事業組合規約": "規約",
        "寒川町情報システム規則": "規則",
        "寒川町情報システム条例": "条例",
        "情報システム法": "法律",
    }
    for title, kind in cases.items():
        drafted = draft_from_text(
            f"{title}\n第1条　甲は、乙とする。\n", f"{title}\n第1条　甲は、丙とする。\n"
        )
        assert drafted.title == f"{title}の一部を改正する{kind}"
        assert re.fullmatch(f"\u3000この{kind}は、公布の日から施行する。", drafted.lines()[-1])
