"""The vocabulary of the content model: documented fields and the value types they hold.

A content class is a frozen dataclass whose fields are made with :func:`fld`. The same
definition drives the cerberus schema (``gendocs.validate.schema``), the JSON Schema for editors
(``gendocs schema``), the Japanese key reference and the construction of model objects from
validated YAML (:func:`build`), so a key is described exactly once.
"""

from __future__ import annotations

import dataclasses
import re
import types
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

_NO_DEFAULT: Any = dataclasses.MISSING

ID_PATTERN = r"^[a-z][a-z0-9_]*$"

# Sane maximums: content is typed by people, so anything beyond these is a slip (an extra
# zero, a pasted file) that would otherwise build for minutes or break a document.
NAME = 100  # characters of a name, title or id; one line. (Word's core properties,
# where the consortium name and plan title go, hold at most 255.)
TEXT = 2000  # characters of a free text such as a paragraph; line breaks allowed
ITEMS = 1000  # entries of a list or mapping (Japan has 1,741 municipalities)
YEN = 10**13  # yen of any amount: 10兆円, above any municipal budget
PEOPLE = 20_000_000  # a population: above Tokyo's 14 million
FIRST_DAY = date(1900, 1, 1)  # 和暦 is written from 1873; no content fact is older than 1900
LAST_DAY = date(2100, 12, 31)  # fiscal years run to 2100 (like every 年度 field)


def fld(
    ja: str,
    en: str = "",
    *,
    unit: str = "",
    default: Any = _NO_DEFAULT,
    min: int | float | date | None = None,
    max: int | float | date | None = None,
    max_length: int | None = None,
    max_items: int | None = None,
    regex: str | None = None,
    ref: str | None = None,
    example: Any = None,
) -> Any:
    """Declare a content field with its Japanese meaning, unit and constraints.

    ``ref`` names the collection an id must exist in (e.g. ``"members"``); the domain checks
    resolve it. A field without ``default`` is required in the YAML. For a list or mapping,
    ``min``, ``max``, ``max_length`` and ``regex`` constrain its items and ``max_items`` its size.
    Every number states its ``max``; strings default to :data:`TEXT` characters (:data:`NAME`
    for ids and references), lists to :data:`ITEMS` items, dates to 1900–2100
    (see :func:`text_limits`).
    """
    meta = {
        "ja": ja,
        "en": en,
        "unit": unit,
        "min": min,
        "max": max,
        "regex": regex,
        "ref": ref,
        "example": example,
        "max_length": max_length,
        "max_items": max_items,
    }
    if default is _NO_DEFAULT:
        return dataclasses.field(metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


@dataclass(frozen=True, order=True)
class YearMonth:
    """A month such as 2027-04 (YAML: the string ``"2027-04"``)."""

    year: int
    month: int

    # ASCII digits only: \d would accept ２０２７ and Arabic-Indic digits. Years as for dates.
    PATTERN = r"^(19[0-9][0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])$"

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        """Read ``YYYY-MM``."""
        match = re.fullmatch(r"([0-9]{4})-([0-9]{2})", text)
        if not match:
            raise ValueError(text)
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def index(self) -> int:
        """Months since year 0, for arithmetic."""
        return self.year * 12 + self.month - 1

    @classmethod
    def from_index(cls, index: int) -> YearMonth:
        """Inverse of :attr:`index`."""
        return cls(index // 12, index % 12 + 1)

    def first_day(self) -> date:
        """The first day of the month."""
        return date(self.year, self.month, 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def text_limits(meta: dict[str, Any]) -> tuple[int, bool]:
    """The maximum length of a string field and whether it must be one line.

    Ids, references and patterned values are names (:data:`NAME`, one line) unless the field
    says otherwise; other text is :data:`TEXT` long and may break lines. A field declared
    ``max_length=NAME`` or shorter is one line: a line break in a name or title is a slip.
    """
    named = meta.get("regex") is not None or meta.get("ref") is not None
    length = meta.get("max_length") or (NAME if named else TEXT)
    return length, length <= NAME


# Types a field may carry; everything else is a nested content class, a tuple, a dict or Literal.
SCALARS: dict[type, str] = {
    str: "string",
    int: "integer",
    bool: "boolean",
    date: "date",
    Decimal: "number",
    YearMonth: "yearmonth",
}


@dataclass(frozen=True)
class FieldInfo:
    """A field of a content class as the schema builders see it."""

    name: str
    type: Any
    optional: bool
    required: bool
    meta: dict[str, Any]
    default: Any


_FIELDS: dict[type, tuple[FieldInfo, ...]] = {}


def fields_of(cls: type) -> tuple[FieldInfo, ...]:
    """List the fields of content class ``cls`` with resolved types (cached: classes are fixed)."""
    if cls not in _FIELDS:
        _FIELDS[cls] = _fields(cls)
    return _FIELDS[cls]


def _fields(cls: type) -> tuple[FieldInfo, ...]:
    hints = get_type_hints(cls)
    result = []
    for f in dataclasses.fields(cls):
        inner, optional = unwrap_optional(hints[f.name])
        has_default = f.default is not dataclasses.MISSING
        result.append(
            FieldInfo(
                f.name,
                inner,
                optional,
                not has_default and not optional,
                dict(f.metadata),
                f.default if has_default else None,
            )
        )
    return tuple(result)


def unwrap_optional(tp: Any) -> tuple[Any, bool]:
    """Return (type without None, whether None was allowed)."""
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return args[0], True
    return tp, False


def is_content_class(tp: Any) -> bool:
    """True for a dataclass used as a nested mapping."""
    return isinstance(tp, type) and dataclasses.is_dataclass(tp) and tp is not YearMonth


def literal_values(tp: Any) -> tuple[Any, ...] | None:
    """The allowed values of a ``Literal[...]`` type, else None."""
    if get_origin(tp) is Literal:
        return get_args(tp)
    return None


def build(tp: Any, value: Any) -> Any:
    """Turn validated plain data into model objects of type ``tp``."""
    inner, optional = unwrap_optional(tp)
    if value is None:
        return None
    if is_content_class(inner):
        return _build_class(inner, value)
    origin = get_origin(inner)
    if origin is tuple:
        (item_type, _) = get_args(inner)
        return tuple(build(item_type, v) for v in value)
    if origin is dict:
        _, value_type = get_args(inner)
        return {str(k): build(value_type, v) for k, v in value.items()}
    if inner is Decimal:
        return Decimal(str(value))
    if inner is YearMonth:
        return YearMonth.parse(value)
    return value


def _build_class(cls: type, data: dict[str, Any]) -> Any:
    kwargs = {}
    for info in fields_of(cls):
        if info.name in data:
            kwargs[info.name] = build(info.type, data[info.name])
        elif info.optional and not _has_default(cls, info.name):
            kwargs[info.name] = None
    return cls(**kwargs)


def _has_default(cls: type, name: str) -> bool:
    return any(
        f.name == name and f.default is not dataclasses.MISSING for f in dataclasses.fields(cls)
    )
