"""和暦 (令和8年4月1日) and 年度, the fiscal year that starts on 1 April."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from gendocs.ja.kansuji import render_numeral


@dataclass(frozen=True)
class Era:
    """An era (元号): its name, the first day we write it, and the Gregorian year of its 元年."""

    name: str
    start: date
    first_year: int


# Newest first. 明治 (元年 1868) is written only from the day Japan adopted the Gregorian
# calendar, 明治6年1月1日; before it the calendar was lunisolar, so a Gregorian date has no
# exact 和暦 and we refuse it.
ERAS = (
    Era("令和", date(2019, 5, 1), 2019),
    Era("平成", date(1989, 1, 8), 1989),
    Era("昭和", date(1926, 12, 25), 1926),
    Era("大正", date(1912, 7, 30), 1912),
    Era("明治", date(1873, 1, 1), 1868),
)


def era_of(d: date) -> Era:
    """Return the era in force on ``d``."""
    for era in ERAS:
        if d >= era.start:
            return era
    raise ValueError(f"no 和暦 before 1873-01-01 (Gregorian calendar adopted): {d.isoformat()}")


def wareki_date(d: date, *, numerals: str = "arabic") -> str:
    """Write ``d`` in 和暦 (令和8年4月1日)."""
    month, day = render_numeral(d.month, numerals), render_numeral(d.day, numerals)
    return f"{wareki_year(d, numerals=numerals)}{month}月{day}日"


def wareki_year(d: date, *, numerals: str = "arabic") -> str:
    """Write the 和暦 year of ``d`` (令和8年)."""
    era = era_of(d)
    return f"{era.name}{_era_year(era, d.year, numerals)}年"


def wareki_month(year: int, month: int, *, numerals: str = "arabic") -> str:
    """Write a calendar month in 和暦 (令和8年4月)."""
    # A month in which an era began (1989年1月, 2019年5月) takes the new era, like 年度 below.
    last_day = date(year, month, calendar.monthrange(year, month)[1])
    return f"{wareki_year(last_day, numerals=numerals)}{render_numeral(month, numerals)}月"


def fiscal_year(d: date) -> int:
    """Return the 年度 that ``d`` falls in, named by the calendar year it starts in."""
    # 地方自治法第208条: 会計年度は毎年四月一日に始まり、翌年三月三十一日に終わる.
    return d.year if d.month >= 4 else d.year - 1


def fiscal_year_range(fy: int) -> tuple[date, date]:
    """Return the first and last day of 年度 ``fy`` (1 April to 31 March)."""
    return date(fy, 4, 1), date(fy + 1, 3, 31)


def fiscal_year_label(fy: int, *, numerals: str = "arabic") -> str:
    """Write 年度 ``fy`` in 和暦 (令和8年度)."""
    # The era in force at the end of calendar year fy names the 年度: an era that began between
    # April and December renames its own 年度 (2019 → 令和元年度), while one that began in
    # January to March starts with the next (1988 → 昭和63年度, 1989 → 平成元年度).
    era = era_of(date(fy, 12, 31))
    return f"{era.name}{_era_year(era, fy, numerals)}年度"


def _era_year(era: Era, year: int, numerals: str) -> str:
    number = year - era.first_year + 1
    # The first year of an era is 元年 whatever the numerals (令和元年, never 令和1年).
    return "元" if number == 1 else render_numeral(number, numerals)


def clock_label(hhmm: str) -> str:
    """Write a time of day the Japanese way: 「08:30」→「8時30分」, 「22:00」→「22時」."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return f"{hour}時" + (f"{minute}分" if minute else "")
