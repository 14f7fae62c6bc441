"""和暦 and 年度: the expected strings are written by hand from the era table."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gendocs.ja import (
    clock_label,
    fiscal_year,
    fiscal_year_label,
    fiscal_year_range,
    wareki_date,
    wareki_month,
    wareki_year,
)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2026, 4, 1), "令和8年4月1日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2020, 1, 1), "令和2年1月1日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1912, 7, 30), "大正元年7月30日"),
        (date(1873, 1, 1), "明治6年1月1日"),
        (date(2026, 12, 31), "令和8年12月31日"),
    ],
)
def test_wareki_date_arabic(d: date, expected: str) -> None:
    assert wareki_date(d) == expected


@pytest.mark.parametrize(
    ("d", "numerals", "expected"),
    [
        (date(2026, 4, 1), "kanji", "令和八年四月一日"),
        (date(2026, 12, 31), "kanji", "令和八年十二月三十一日"),
        (date(2019, 5, 1), "kanji", "令和元年五月一日"),
        (date(2019, 4, 30), "kanji", "平成三十一年四月三十日"),
        (date(2026, 4, 1), "fullwidth", "令和８年４月１日"),
        (date(2026, 12, 31), "fullwidth", "令和８年１２月３１日"),
        (date(2019, 5, 1), "fullwidth", "令和元年５月１日"),
    ],
)
def test_wareki_date_numerals(d: date, numerals: str, expected: str) -> None:
    assert wareki_date(d, numerals=numerals) == expected


@pytest.mark.parametrize(
    ("d", "numerals", "expected"),
    [
        (date(2026, 4, 1), "arabic", "令和8年"),
        (date(2026, 4, 1), "kanji", "令和八年"),
        (date(2026, 4, 1), "fullwidth", "令和８年"),
        (date(2019, 5, 1), "kanji", "令和元年"),
        (date(2019, 4, 30), "arabic", "平成31年"),
    ],
)
def test_wareki_year(d: date, numerals: str, expected: str) -> None:
    assert wareki_year(d, numerals=numerals) == expected


@pytest.mark.parametrize(
    ("year", "month", "numerals", "expected"),
    [
        (2026, 4, "arabic", "令和8年4月"),
        (2026, 11, "kanji", "令和八年十一月"),
        (2026, 4, "fullwidth", "令和８年４月"),
        (2019, 4, "arabic", "平成31年4月"),
        # A month in which an era began is named by the new era.
        (2019, 5, "arabic", "令和元年5月"),
        (1989, 1, "arabic", "平成元年1月"),
        (1926, 12, "arabic", "昭和元年12月"),
        (1912, 7, "arabic", "大正元年7月"),
        (1873, 1, "arabic", "明治6年1月"),
    ],
)
def test_wareki_month(year: int, month: int, numerals: str, expected: str) -> None:
    assert wareki_month(year, month, numerals=numerals) == expected


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2027, 3, 31), 2026),
        (date(2027, 4, 1), 2027),
        (date(2026, 1, 1), 2025),
        (date(2026, 12, 31), 2026),
    ],
)
def test_fiscal_year(d: date, expected: int) -> None:
    assert fiscal_year(d) == expected


@pytest.mark.parametrize(
    ("fy", "numerals", "expected"),
    [
        (2026, "arabic", "令和8年度"),
        (2026, "kanji", "令和八年度"),
        (2026, "fullwidth", "令和８年度"),
        (2019, "arabic", "令和元年度"),
        (2019, "kanji", "令和元年度"),
        (2018, "arabic", "平成30年度"),
        (1988, "arabic", "昭和63年度"),
        (1989, "arabic", "平成元年度"),
        (1926, "arabic", "昭和元年度"),
        (1912, "arabic", "大正元年度"),
        (1873, "arabic", "明治6年度"),
    ],
)
def test_fiscal_year_label(fy: int, numerals: str, expected: str) -> None:
    assert fiscal_year_label(fy, numerals=numerals) == expected


@pytest.mark.parametrize(
    ("fy", "expected"),
    [
        (2026, (date(2026, 4, 1), date(2027, 3, 31))),
        (2019, (date(2019, 4, 1), date(2020, 3, 31))),
    ],
)
def test_fiscal_year_range(fy: int, expected: tuple[date, date]) -> None:
    assert fiscal_year_range(fy) == expected


def test_dates_before_the_gregorian_calendar_are_refused() -> None:
    with pytest.raises(ValueError, match="1872-12-31"):
        wareki_date(date(1872, 12, 31))


def test_fiscal_year_before_meiji_6_is_refused() -> None:
    with pytest.raises(ValueError, match="1872-12-31"):
        fiscal_year_label(1872)


def test_unknown_numerals_are_refused() -> None:
    with pytest.raises(ValueError, match="numerals must be one of arabic, kanji, fullwidth"):
        wareki_date(date(2026, 4, 1), numerals="roman")


@given(st.dates(min_value=date(1873, 1, 1)))
def test_every_day_of_a_fiscal_year_lies_in_its_range(d: date) -> None:
    first, last = fiscal_year_range(fiscal_year(d))
    assert first <= d <= last


@pytest.mark.parametrize(
    ("hhmm", "expected"),
    [
        ("08:30", "8時30分"),
        ("22:00", "22時"),
        ("00:05", "0時5分"),
        ("24:00", "24時"),
    ],
)
def test_clock_label(hhmm: str, expected: str) -> None:
    assert clock_label(hhmm) == expected
