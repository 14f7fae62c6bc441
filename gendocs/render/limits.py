"""How much a template may make: loop iterations, value sizes, output — each a located error.

A template is a small program, so a careless or hostile one could loop for hours or build a
string larger than memory (``{{ 'x' * 10**10 }}``, ``range(10**9)``, a string doubled in a loop)
and end in a MemoryError, an OOM kill or a hang instead of a message. The caps below are far
above what a real document needs (the sample's largest document makes a few hundred loop
iterations and under 2 MB of XML) and are checked *before* the large value is made:

- ``range()`` gives at most :data:`MAX_RANGE` numbers;
- all loops of one document together run at most :data:`MAX_ITERATIONS` times;
- a value a template makes (string, list, or the result of ``*``, ``**``, ``%``, ``+``, ``~``, a
  filter or a call) has at most :data:`MAX_LENGTH` characters or items and an integer at most
  :data:`MAX_INT_BITS` bits; filters that grow their input by an argument (``center``,
  ``indent``, ``wordwrap``, ``replace``, ``format``, ``join``, ``batch``, ``slice``) check the
  size they would make first;
- text is made only from scalars (strings, numbers, dates, months, None): printing, ``~``, ``%`` and
  the text filters refuse a list or an object (whose Python repr could be any size and means
  nothing in a document);
- one document's output is at most :data:`MAX_OUTPUT` characters.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import wraps
from typing import Any

from jinja2 import pass_context, pass_eval_context
from jinja2.filters import do_join, make_attrgetter
from jinja2.nodes import EvalContext
from jinja2.runtime import Context, Undefined

from gendocs.errors import Msg
from gendocs.model.base import YearMonth
from gendocs.render.sandbox import Refused

MAX_RANGE = 10_000
MAX_ITERATIONS = 100_000
MAX_LENGTH = 1_000_000
MAX_INT_BITS = 10_000
MAX_OUTPUT = 50_000_000

SCALARS = (str, int, float, Decimal, date, YearMonth, type(None))  # YearMonth prints as 2026-04
TEXT_FILTERS = frozenset(
    {
        "capitalize",
        "center",
        "e",
        "escape",
        "forceescape",
        "format",
        "indent",
        "lower",
        "replace",
        "string",
        "striptags",
        "title",
        "trim",
        "truncate",
        "upper",
        "wordcount",
        "wordwrap",
    }
)
GUARDED_BINOPS = frozenset({"+", "*", "**", "%"})
_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add,
    "*": operator.mul,
    "**": operator.pow,
    "%": operator.mod,
}


@dataclass
class Budget:
    """What one document's rendering has used so far."""

    iterations: int = 0
    output: int = 0


def capped_range(*args: int) -> range:
    """``range`` with at most :data:`MAX_RANGE` numbers."""
    numbers = range(*args)
    try:
        count = len(numbers)
    except OverflowError:  # more numbers than a machine integer holds
        count = MAX_RANGE + 1
    if count > MAX_RANGE:
        raise Refused(
            Msg(
                f"range の数が多すぎます（上限 {MAX_RANGE:,}個）",
                f"range too large (at most {MAX_RANGE:,} numbers)",
            )
        )
    return numbers


@pass_context
def counted(context: Context, iterable: Iterable[Any]) -> Iterator[Any]:
    """Pass ``iterable`` through, counting its items against the document's loop budget."""
    budget: Budget = getattr(context.environment, "budget")
    for item in iterable:
        budget.iterations += 1
        if budget.iterations > MAX_ITERATIONS:
            raise Refused(
                Msg(
                    f"繰り返しの回数が上限（{MAX_ITERATIONS:,}回）を超えました",
                    f"more than {MAX_ITERATIONS:,} loop iterations",
                )
            )
        yield item


def sized(value: Any) -> Any:
    """``value`` itself, if it is not larger than a template may make."""
    if isinstance(value, (str, list, tuple, dict)) and len(value) > MAX_LENGTH:
        raise _too_large(len(value))
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise Refused(
            Msg(
                f"数が大きすぎます（上限 {MAX_INT_BITS:,}ビット）",
                f"number too large (at most {MAX_INT_BITS:,} bits)",
            )
        )
    return value


def text_operand(value: Any, what: str = "~") -> Any:
    """``value`` itself, if it is a scalar that may become text."""
    if isinstance(value, Undefined):
        str(value)  # a missing value raises its own error, naming what is missing
    if not isinstance(value, SCALARS):
        kind = type(value).__name__
        raise Refused(
            Msg(
                f"{what} で文字列にできるのは文字列・数値・日付だけです（{kind} が渡されました）",
                f"{what} turns only strings, numbers and dates into text ({kind} given)",
            )
        )
    return value


@pass_context
def printable(context: Context, value: Any) -> Any:
    """Jinja's ``finalize``: every printed value is a scalar, and the document has a size cap."""
    text_operand(value, "{{ }}")
    budget: Budget = getattr(context.environment, "budget")
    budget.output += len(value) if isinstance(value, str) else len(str(value))
    if budget.output > MAX_OUTPUT:
        raise Refused(
            Msg(
                f"出力が上限（{MAX_OUTPUT:,}文字）を超えました",
                f"output larger than {MAX_OUTPUT:,} characters",
            )
        )
    if isinstance(value, str) and len(value) > MAX_LENGTH:
        raise _too_large(len(value))
    return value


def binop(op: str, left: Any, right: Any) -> Any:
    """Apply one of :data:`GUARDED_BINOPS`, refusing a result too large to make."""
    if op == "*":
        _check_product(left, right)
    elif op == "**":
        _check_power(left, right)
    elif op == "%" and isinstance(left, str):
        _check_size(_format_size(left, right))
    return sized(_OPERATORS[op](left, right))


def _check_product(left: Any, right: Any) -> None:
    for seq, n in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(n, int):
            _check_size(len(seq) * n)
    if isinstance(left, int) and isinstance(right, int):
        _check_bits(left.bit_length() + right.bit_length())


def _check_power(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and exponent > 0 and abs(base) > 1:
        _check_bits(exponent * base.bit_length())


def _check_bits(bits: int) -> None:
    if bits > MAX_INT_BITS:
        raise Refused(
            Msg(
                f"数が大きすぎます（上限 {MAX_INT_BITS:,}ビット）",
                f"number too large (at most {MAX_INT_BITS:,} bits)",
            )
        )


def _check_size(size: int) -> None:
    if size > MAX_LENGTH:
        raise _too_large(size)


def _too_large(size: int) -> Refused:
    return Refused(
        Msg(
            f"作ろうとした値が大きすぎます（{size:,}、上限 {MAX_LENGTH:,}文字・要素）",
            f"value too large ({size:,}; at most {MAX_LENGTH:,} characters or items)",
        )
    )


# a %-conversion: the field width and precision are what can make it large
_CONVERSION = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")


def _format_size(template: str, args: Any) -> int:
    """An upper bound on the length of ``template % args``; a ``*`` width is refused."""
    values = (
        args.values() if isinstance(args, dict) else args if isinstance(args, tuple) else (args,)
    )
    size = len(template) + sum(len(str(text_operand(v, "%"))) for v in values)
    for match in _CONVERSION.finditer(template):
        for number in match.groups():
            if number == "*":
                raise Refused(Msg("% の幅「*」は使えません", "a '*' width in % is not available"))
            size += int(number or 0)
    return size


def guard_filters(filters: dict[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """Every filter wrapped so that its input and result sizes are checked."""
    return {name: _guarded(name, function) for name, function in filters.items()}


def _guarded(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    skip = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0
    precheck = _PRECHECKS.get(name)

    @wraps(function)  # keeps jinja_pass_arg, so Jinja still passes the context/environment
    def run(*args: Any, **kwargs: Any) -> Any:
        given = args[skip:]
        if name in TEXT_FILTERS and given:
            text_operand(given[0], f"|{name}")
        if precheck is not None:
            _check_size(precheck(*given, **kwargs))
        return sized(function(*args, **kwargs))

    return run


def _center_size(value: Any, width: int = 80) -> int:
    return max(len(str(value)), width)


def _indent_size(value: Any, width: int | str = 4, *_: Any, **__: Any) -> int:
    text = str(value)
    step = len(width) if isinstance(width, str) else width
    return len(text) + (text.count("\n") + 1) * step


def _wordwrap_size(
    value: Any,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    *_: Any,
    **__: Any,
) -> int:
    text = str(value)
    lines = len(text) // max(width, 1) + text.count("\n") + 1
    return len(text) + lines * len(wrapstring or "\n")


def _replace_size(value: Any, old: str, new: str, count: int | None = None) -> int:
    text = str(value)
    found = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        found = min(found, count)
    return len(text) + found * max(len(new) - len(old), 0)


def _format_filter_size(value: Any, *args: Any, **kwargs: Any) -> int:
    return _format_size(str(value), kwargs or args)


def _count_size(value: Any, count: int, *_: Any, **__: Any) -> int:
    return count  # batch and slice pad or split into up to ``count`` pieces


_PRECHECKS: dict[str, Callable[..., int]] = {
    "center": _center_size,
    "indent": _indent_size,
    "wordwrap": _wordwrap_size,
    "replace": _replace_size,
    "format": _format_filter_size,
    "batch": _count_size,
    "slice": _count_size,
}


@pass_eval_context
def join(
    eval_ctx: EvalContext, value: Iterable[Any], d: str = "", attribute: str | int | None = None
) -> Any:
    """Jinja's ``join``, made only of scalars and refused when the result would be too large."""
    items = list(value)
    texts = (
        items
        if attribute is None
        else [make_attrgetter(eval_ctx.environment, attribute)(item) for item in items]
    )
    size = sum(len(str(text_operand(t, "|join"))) for t in texts)
    _check_size(size + len(str(d)) * max(len(texts) - 1, 0))
    return do_join(eval_ctx, items, d, attribute)  # Markup when the items are: keep it
