"""The one Jinja environment every template renders in: sandboxed, strict, autoescaping.

Content is data: a value such as ``{{ 7*7 }}`` or ``<w:p>`` is inserted as text, never run or
parsed as XML, and a name the context lacks is an error instead of an empty string.
"""

from __future__ import annotations

from typing import Any, Callable

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from gendocs import ja


def make_environment() -> ImmutableSandboxedEnvironment:
    """Return a fresh sandboxed environment with the Japanese filters."""
    env = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=True)
    env.filters.update(FILTERS)
    return env


FILTERS: dict[str, Callable[..., Any]] = {
    "wareki": ja.wareki_date,
    "wareki_month": lambda ym: ja.wareki_month(ym.year, ym.month),
    "nendo": ja.fiscal_year_label,
    "yen": ja.format_yen,
    "amount": ja.format_amount,
    "sen_yen": ja.format_thousand_yen,
    "percent": ja.format_percent,
    "kansuji": ja.kansuji,
    "article": ja.article_label,
    "num": lambda n: f"{n:,}",
}
