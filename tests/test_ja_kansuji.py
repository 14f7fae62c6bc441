"""漢数字 as in 法令, and article labels: expected values written by hand."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gendocs.ja import article_label, kansuji, parse_kansuji

POSITIONAL = [
    (0, "〇"),
    (1, "一"),
    (10, "十"),
    (12, "十二"),
    (20, "二十"),
    (100, "百"),
    (123, "百二十三"),
    (1000, "千"),
    (1010, "千十"),
    (2026, "二千二十六"),
    (10000, "一万"),
    (12345, "一万二千三百四十五"),
    (100000, "十万"),
    (10000000, "千万"),
    (100000000, "一億"),
    (100010001, "一億一万一"),
    (999999999999, "九千九百九十九億九千九百九十九万九千九百九十九"),
    (10**12, "一兆"),
]


@pytest.mark.parametrize(("n", "expected"), POSITIONAL)
def test_kansuji(n: int, expected: str) -> None:
    assert kansuji(n) == expected


@pytest.mark.parametrize(("expected", "s"), POSITIONAL)
def test_parse_kansuji_positional(s: str, expected: int) -> None:
    assert parse_kansuji(s) == expected


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("零", 0),
        ("〇〇", 0),
        ("二〇二六", 2026),
        ("一〇", 10),
        ("〇一", 1),
        ("二三", 23),
        ("一千", 1000),
        ("一百一十", 110),
        ("一千万", 10000000),
    ],
)
def test_parse_kansuji_other_forms(s: str, expected: int) -> None:
    assert parse_kansuji(s) == expected


@pytest.mark.parametrize(
    "s",
    [
        "",
        "abc",
        "12",
        "十十",
        "千千",
        "百千",
        "万",
        "億一",
        "一万万",
        "一万一億",
        "〇十",
        "十〇",
        "二十 ",
        "-十",
        "壱",
    ],
)
def test_parse_kansuji_refuses_junk(s: str) -> None:
    with pytest.raises(ValueError, match="not a kansuji number"):
        parse_kansuji(s)


@pytest.mark.parametrize("n", [-1, 10**20])
def test_kansuji_refuses_numbers_it_cannot_read_back(n: int) -> None:
    with pytest.raises(ValueError, match=rf"from 0 to 10\*\*20 - 1, got {n}$"):
        kansuji(n)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_parse_kansuji_reads_back_kansuji(n: int) -> None:
    assert parse_kansuji(kansuji(n)) == n


@pytest.mark.parametrize(
    ("n", "numerals", "branch", "expected"),
    [
        (1, "arabic", (), "第1条"),
        (1, "kanji", (), "第一条"),
        (1, "fullwidth", (), "第１条"),
        (12, "kanji", (), "第十二条"),
        (3, "arabic", (2,), "第3条の2"),
        (3, "kanji", (2,), "第三条の二"),
        (3, "fullwidth", (2,), "第３条の２"),
        (3, "kanji", (2, 3), "第三条の二の三"),
        (100, "kanji", (10,), "第百条の十"),
    ],
)
def test_article_label(n: int, numerals: str, branch: tuple[int, ...], expected: str) -> None:
    assert article_label(n, numerals=numerals, branch=branch) == expected


@pytest.mark.parametrize(("n", "branch"), [(0, ()), (3, (1,)), (3, (2, 0))])
def test_article_label_refuses_articles_that_cannot_exist(n: int, branch: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match="no such article"):
        article_label(n, branch=branch)
