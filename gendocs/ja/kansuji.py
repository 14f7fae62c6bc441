"""漢数字 as written in 法令, and the article labels (第三条の二) built from them."""

from __future__ import annotations

import re

from kanjize import KanjizeConfiguration, KanjizeZero, number2kanji

from gendocs.ja.width import fullwidth_digits

NUMERALS = ("arabic", "kanji", "fullwidth")

# 法令 write zero as 〇 (kanjize's default is 零).
_KANJIZE = KanjizeConfiguration(zero=KanjizeZero.SIGN)
_DIGIT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
# One 万-group (1-9999): 千, 百 and 十 each with an optional multiplier, then the ones digit.
_GROUP = re.compile(
    "(?:([一二三四五六七八九]?)千)?(?:([一二三四五六七八九]?)百)?"
    "(?:([一二三四五六七八九]?)十)?([一二三四五六七八九])?"
)
_SMALL_UNITS = (1000, 100, 10, 1)
_LARGE_UNITS = (("京", 10**16), ("兆", 10**12), ("億", 10**8), ("万", 10**4))
# Stop where parse_kansuji stops (below 一垓), so every number written can be read back.
_KANSUJI_LIMIT = 10**20


def kansuji(n: int) -> str:
    """Write ``n`` in positional 漢数字 (12345 → 一万二千三百四十五)."""
    if not 0 <= n < _KANSUJI_LIMIT:
        raise ValueError(f"kansuji needs an integer from 0 to 10**20 - 1, got {n}")
    return number2kanji(n, _KANJIZE)


def parse_kansuji(s: str) -> int:
    """Read positional (百二十三) or digit-wise (二〇二六) 漢数字 as an integer."""
    if not s:
        raise ValueError("not a kansuji number: ''")
    if all(c in _DIGIT_VALUES for c in s):
        return int("".join(str(_DIGIT_VALUES[c]) for c in s))
    total, rest = 0, s
    for unit, value in _LARGE_UNITS:
        head, found, tail = rest.partition(unit)
        if found:
            total, rest = total + _parse_group(head, s) * value, tail
    return total + (_parse_group(rest, s) if rest else 0)


def render_numeral(n: int, numerals: str = "arabic") -> str:
    """Write ``n`` as arabic (8), kanji (八) or fullwidth (８) numerals."""
    if numerals == "arabic":
        return str(n)
    if numerals == "kanji":
        return kansuji(n)
    if numerals == "fullwidth":
        return fullwidth_digits(str(n))
    raise ValueError(f"numerals must be one of {', '.join(NUMERALS)}; got {numerals!r}")


def article_label(n: int, *, numerals: str = "arabic", branch: tuple[int, ...] = ()) -> str:
    """Label article ``n`` with its 枝番 (第3条の2, 第三条の二)."""
    # 法制執務 (docs/amendment-rules.md 6): articles count from 第1条; an inserted article takes the
    # next 枝番 starting at の2.
    if n < 1 or any(b < 2 for b in branch):
        raise ValueError(f"no such article: 第{n}条 with branch {branch}")
    branches = "".join(f"の{render_numeral(b, numerals)}" for b in branch)
    return f"第{render_numeral(n, numerals)}条{branches}"


def _parse_group(group: str, whole: str) -> int:
    match = _GROUP.fullmatch(group)
    if not group or match is None:
        raise ValueError(f"not a kansuji number: {whole!r}")
    return sum(
        unit * _multiplier(part) for unit, part in zip(_SMALL_UNITS, match.groups(), strict=True)
    )


def _multiplier(part: str | None) -> int:
    # An absent place counts nothing; a bare unit (千 rather than 一千) counts one of it.
    if part is None:
        return 0
    return _DIGIT_VALUES[part] if part else 1
