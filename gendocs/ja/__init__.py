"""Japanese conventions for formal documents: 和暦, 年度, 漢数字, 金額, 全角・半角.

Pure functions only: no I/O, no clock. Templates reach them as filters through render/.
"""

from gendocs.ja.kansuji import NUMERALS, article_label, kansuji, parse_kansuji, render_numeral
from gendocs.ja.lists import join_names
from gendocs.ja.money import (
    NEGATIVE_MARK,
    ROUNDINGS,
    format_amount,
    format_decimal,
    format_percent,
    format_thousand_yen,
    format_yen,
)
from gendocs.ja.wareki import (
    ERAS,
    Era,
    clock_label,
    era_of,
    fiscal_year,
    fiscal_year_label,
    fiscal_year_range,
    wareki_date,
    wareki_month,
    wareki_year,
)
from gendocs.ja.width import (
    fullwidth_digits,
    halfwidth_digits,
    normalize_koyobun,
    to_fullwidth,
    to_halfwidth,
)

__all__ = [
    "ERAS",
    "NEGATIVE_MARK",
    "NUMERALS",
    "ROUNDINGS",
    "Era",
    "article_label",
    "clock_label",
    "era_of",
    "fiscal_year",
    "fiscal_year_label",
    "fiscal_year_range",
    "format_amount",
    "format_decimal",
    "format_percent",
    "format_thousand_yen",
    "format_yen",
    "fullwidth_digits",
    "halfwidth_digits",
    "join_names",
    "kansuji",
    "normalize_koyobun",
    "parse_kansuji",
    "render_numeral",
    "to_fullwidth",
    "to_halfwidth",
    "wareki_date",
    "wareki_month",
    "wareki_year",
]
