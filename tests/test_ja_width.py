"""全角・半角 and 公用文 width normalisation: expected values written by hand."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gendocs.ja import (
    fullwidth_digits,
    halfwidth_digits,
    normalize_koyobun,
    to_fullwidth,
    to_halfwidth,
)


@pytest.mark.parametrize(
    ("half", "full"),
    [
        ("0123456789", "０１２３４５６７８９"),
        ("第3条", "第３条"),
        ("R7年", "R７年"),
        ("", ""),
    ],
)
def test_digits(half: str, full: str) -> None:
    assert fullwidth_digits(half) == full


@pytest.mark.parametrize(
    ("full", "half"),
    [
        ("０１２３４５６７８９", "0123456789"),
        ("第３条", "第3条"),
        ("Ｒ７年", "Ｒ7年"),
    ],
)
def test_halfwidth_digits(full: str, half: str) -> None:
    assert halfwidth_digits(full) == half


@pytest.mark.parametrize(
    ("half", "full"),
    [
        ("R7", "Ｒ７"),
        ("abcXYZ09", "ａｂｃＸＹＺ０９"),
        # Only letters and digits change: punctuation and spaces stay as they are.
        ("A-1 (b)", "Ａ-１ (ｂ)"),
        ("第3条", "第３条"),
    ],
)
def test_to_fullwidth_and_back(half: str, full: str) -> None:
    assert (to_fullwidth(half), to_halfwidth(full)) == (full, half)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ｒ７", "R7"),
        ("１２３", "123"),
        ("ＳＬＡ第２版", "SLA第2版"),
        ("ｶﾀｶﾅ", "カタカナ"),
        ("ｶﾞｲﾄﾞﾗｲﾝ", "ガイドライン"),
        ("ﾊﾟｽﾜｰﾄﾞ", "パスワード"),
        ("ｼｽﾃﾑ､ﾈｯﾄﾜｰｸ｡", "システム、ネットワーク。"),
        ("｢ｸﾗｳﾄﾞ｣", "「クラウド」"),
        ("ﾞ", "゛"),
        # Japanese punctuation and the full-width space stay full-width.
        ("、。「」（）！？\u3000", "、。「」（）！？\u3000"),
        ("ＡＢＣ！", "ABC！"),
        ("(株)", "（株）"),
        ("(令和7年度)", "（令和7年度）"),
        ("(R7年度)", "（R7年度）"),
        ("(第3条)", "（第3条）"),
        ("(R7)", "(R7)"),
        ("(see p. 3)", "(see p. 3)"),
        ("()", "()"),
        ("((株))", "(（株）)"),
        ("(ｶﾀｶﾅ)", "（カタカナ）"),
        ("f(x) と g(y)", "f(x) と g(y)"),
        ("注(1", "注(1"),
        ("注)", "注)"),
        ("", ""),
    ],
)
def test_normalize_koyobun(text: str, expected: str) -> None:
    assert normalize_koyobun(text) == expected


_INTERESTING = st.sampled_from(list("aZ09 ()（）ＡＺ０９ｶﾀﾞﾟﾜｦｰ､｡｢｣･株令和のカあー、。「」\u3000-."))
_MIXED = st.text(_INTERESTING) | st.text()


@given(_MIXED)
def test_normalize_koyobun_is_idempotent(text: str) -> None:
    once = normalize_koyobun(text)
    assert normalize_koyobun(once) == once


@given(st.text())
def test_digits_round_trip(text: str) -> None:
    assert halfwidth_digits(fullwidth_digits(halfwidth_digits(text))) == halfwidth_digits(text)
