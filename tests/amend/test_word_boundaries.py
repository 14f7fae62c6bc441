"""Quotes at word and 文節 boundaries (issue 13 item 1): the analyser (SudachiPy) keeps a verb
with its する and a word whole; a noun replaced before its する is still quoted alone."""

from __future__ import annotations

import pytest

from gendocs.amend import MUNICIPAL, NATIONAL
from gendocs.amend.align.morph import word_cuts
from tests.amend.helpers import draft, provisions_text, squash


def test_the_analyser_finds_the_cuts_inside_a_bunsetsu() -> None:
    inside, completes = word_cuts("公用車を設置される")
    assert {1, 2} <= inside  # 公用車 is one word (mode C)
    assert {6, 7} <= completes  # 設置|さ|れる: する and the auxiliary complete 設置
    assert not {3, 4} & (inside | completes)  # を stands between words


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "第1条　町長は、情報システムを設置する。",
            "第1条　町長は、情報システムを設置し、又は利用する。",
            "第1条中「設置する」を「設置し、又は利用する」に改める。",
        ),
        (
            "第1条　町長は、所有する公用車を管理する。",
            "第1条　町長は、所有し、又は借り受ける公用車を管理する。",
            "第1条中「所有する」を「所有し、又は借り受ける」に改める。",
        ),
        (
            "第1条　町長は、施設を設置する。",
            "第1条　町長は、施設を設置及び管理する。",
            "第1条中「設置」の次に「及び管理」を加える。",
        ),
        (
            "第1条　町長は、物品を借り受ける。",
            "第1条　町長は、物品を借り入れる。",
            "第1条中「借り受ける」を「借り入れる」に改める。",
        ),
        (
            "第1条　町長は、電子計算組織を管理する。",
            "第1条　町長は、情報システムを運用する。",
            "第1条中「電子計算組織」を「情報システム」に、「管理」を「運用」に改める。",
        ),
    ],
)
def test_a_quote_takes_whole_words(old: str, new: str, expected: str) -> None:
    assert provisions_text(draft(old, new, MUNICIPAL)) == squash(expected)


def test_the_national_style_keeps_the_bunsetsu_too() -> None:
    old = "第一条　国は、施設を設置する。"
    new = "第一条　国は、施設を設置し、又は管理する。"
    expected = "第一条中「設置する」を「設置し、又は管理する」に改める。"
    assert provisions_text(draft(old, new, NATIONAL)) == squash(expected)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "第三条　前条第二項第三号に掲げる者は、届け出る。",
            "第三条　前条第二項第四号に掲げる者は、届け出る。",
            "第三条中「前条第二項第三号」を「前条第二項第四号」に改める。",
        ),
        (
            "第三条　前条第二項第二号から第六号までに掲げる者は、届け出る。",
            "第三条　前条第二項第二号から第七号までに掲げる者は、届け出る。",
            "第三条中「前条第二項第二号から第六号まで」を「前条第二項第二号から第七号まで」に改める。",
        ),
        (
            "第三条　同項各号に掲げる者は、届け出る。",
            "第三条　前項各号に掲げる者は、届け出る。",
            "第三条中「同項各号」を「前項各号」に改める。",
        ),
    ],
)
def test_a_reference_is_quoted_with_what_it_is_relative_to(
    old: str, new: str, expected: str
) -> None:
    assert provisions_text(draft(old, new, NATIONAL)) == squash(expected)


def test_a_long_insertion_stays_an_insertion_after_a_whole_compound() -> None:
    # the inserted words are longer than the 項 they go into: still 「加える」, not a rewrite
    old = "第3条　町長は、情報システムを管理する。"
    new = (
        "第3条　町長は、情報システム及び神奈川県町村情報システム共同事業組合が提供する"
        "クラウドサービスを管理する。"
    )
    expected = (
        "第3条中「情報システム」の次に「及び神奈川県町村情報システム共同事業組合が提供する"
        "クラウドサービス」を加える。"
    )
    assert provisions_text(draft(old, new, MUNICIPAL)) == squash(expected)


def test_a_long_insertion_in_the_national_style_goes_under_its_word() -> None:
    old = "第三条　国は、施設を整備する。\n２　前項の施設は、公表する。"
    new = (
        "第三条　国は、施設及びこれに附属する設備であって政令で定めるものを整備する。\n"
        "２　前項の施設は、公表する。"
    )
    expected = (
        "第三条第一項中「施設」の下に「及びこれに附属する設備であって政令で定めるもの」を加える。"
    )
    assert provisions_text(draft(old, new, NATIONAL)) == squash(expected)


def test_a_proviso_mostly_changed_is_replaced_whole() -> None:
    old = (
        "第2条　既に徴収した使用料は、還付しない。ただし、町長が認めるときは、この限りでない。\n"
        "第3条　使用料は、減額することができる。ただし、営利を目的とするときは、この限りでない。"
    )
    new = old.replace(
        "ただし、町長が認めるときは、この限りでない。",
        "ただし、災害その他使用者の責めに帰することができない理由により使用できなかったときは、"
        "その全部又は一部を還付することができる。",
    ).replace("営利を", "専ら営利を")
    expected = (
        "第2条ただし書を次のように改める。ただし、災害その他使用者の責めに帰することができない"
        "理由により使用できなかったときは、その全部又は一部を還付することができる。"
        "第3条ただし書中「営利」を「専ら営利」に改める。"
    )
    assert provisions_text(draft(old, new, MUNICIPAL)) == squash(expected)
