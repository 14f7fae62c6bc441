"""Does a document fit the generated schema? A quick answer before cerberus is asked (issue 17).

cerberus validates each mapping and each list item with a child validator of its own, normalises
it on a copy of its schema and looks each rule's handler up by name: 0.8 s of the 1.0 s that
``gendocs validate`` spends validating 200 members, 3 s at 1,000. Valid content is what is
validated nearly every time, so :func:`fits` checks the rules the generated schema uses
(:func:`gendocs.validate.schema.rules_for`) in one walk, and cerberus runs only when it says no:
the problems, their order and their messages are then cerberus' own, as before.

:func:`fits` is strict: it answers True only where cerberus finds no error (every rule below is
cerberus 1.3's, ``tests/test_validate_fits.py`` compares the two on the sample and on thousands of
altered copies); anything else, and any rule it does not know, answers False and cerberus decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from gendocs.validate.schema import Schema

Check = Callable[[Any], bool]

# the rules generate_schema writes (meta and required are read by the mapping's own check)
KNOWN_RULES = frozenset(
    (
        "allowed",
        "empty",
        "keysrules",
        "max",
        "maxlength",
        "meta",
        "min",
        "nullable",
        "regex",
        "required",
        "schema",
        "single_line",
        "type",
        "valuesrules",
    )
)
_LINE_BREAKS = re.compile(r"[\n\t]")  # as ContentValidator's single_line


def fits(schema: Schema, document: Any) -> bool:
    """True only if cerberus (``ContentValidator``) would find no error in ``document``."""
    return _mapping_check(schema)(document)


_COMPILED: dict[int, tuple[Any, Check]] = {}  # id(schema or rules) -> (it, its check)


def _mapping_check(schema: Schema) -> Check:
    known = _COMPILED.get(id(schema))
    if known is None or known[0] is not schema:
        known = _COMPILED[id(schema)] = (schema, _compile_mapping(schema))
    return known[1]


def _compile_mapping(schema: Schema) -> Check:
    fields = {name: _compile_field(rules) for name, rules in schema.items()}
    required = frozenset(name for name, rules in schema.items() if rules.get("required"))

    def check(document: Any) -> bool:
        if type(document) is not dict or not required <= document.keys():
            return False
        for name, value in document.items():
            field = fields.get(name)
            if field is None or not field(value):  # an unknown key
                return False
        return True

    return check


def _never(_value: Any) -> bool:
    return False


def _compile_field(rules: Any) -> Check:
    if not isinstance(rules, dict) or not KNOWN_RULES >= rules.keys():
        return _never  # a rule cerberus knows and this does not: cerberus decides
    nullable = bool(rules.get("nullable", False))
    steps = [s for s in (_type_step(rules), *_value_steps(rules)) if s is not None]

    def check(value: Any) -> bool:
        if value is None:  # cerberus drops every other rule of a None it allows
            return nullable
        try:
            return all(step(value) for step in steps)
        except Exception:  # noqa: BLE001  whatever this cannot tell, cerberus decides
            return False

    return check


def _type_step(rules: Schema) -> Check | None:
    kind = rules.get("type")
    if kind is None:
        return None
    test = _TYPES.get(kind)
    return test if test is not None else _never


_TYPES: dict[str, Check] = {  # ContentValidator.types_mapping, for the loader's plain data
    "string": lambda v: type(v) is str,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float | Decimal) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "date": lambda v: isinstance(v, date) and not isinstance(v, datetime),
    "dict": lambda v: type(v) is dict,
    "list": lambda v: type(v) is list,
}


def _value_steps(rules: Schema) -> list[Check | None]:
    return [
        _empty_step(rules),
        _allowed_step(rules.get("allowed")),
        _length_step(rules.get("maxlength")),
        _regex_step(rules.get("regex")),
        _single_line_step(rules.get("single_line")),
        _bound_step(rules.get("min"), rules.get("max")),
        _schema_step(rules),
        _keys_step(rules.get("keysrules")),
        _values_step(rules.get("valuesrules")),
    ]


def _empty_step(rules: Schema) -> Check | None:
    if "empty" not in rules:
        # an empty value skips allowed, maxlength and regex in cerberus; they cannot fail on it
        return None
    if rules["empty"]:
        return None
    return lambda v: not (hasattr(v, "__len__") and len(v) == 0)


def _allowed_step(allowed: Any) -> Check | None:
    if allowed is None:
        return None
    if not isinstance(allowed, list | tuple):
        return _never
    choices = tuple(allowed)
    # a text is one value; any other iterable is checked item by item (cerberus)
    return lambda v: (
        all(x in choices for x in v)
        if hasattr(v, "__iter__") and not isinstance(v, str)
        else v in choices
    )


def _length_step(limit: Any) -> Check | None:
    if limit is None:
        return None
    return lambda v: not (hasattr(v, "__iter__") and len(v) > limit)


def _regex_step(pattern: Any) -> Check | None:
    if pattern is None:
        return None
    if not isinstance(pattern, str):
        return _never
    # cerberus: a pattern not ending with "$" gets one, then re.match
    compiled = re.compile(pattern if pattern.endswith("$") else pattern + "$")
    return lambda v: not isinstance(v, str) or compiled.match(v) is not None


def _single_line_step(single: Any) -> Check | None:
    if not single:
        return None
    return lambda v: not (isinstance(v, str) and _LINE_BREAKS.search(v))


def _bound_step(low: Any, high: Any) -> Check | None:
    if low is None and high is None:
        return None

    def check(v: Any) -> bool:
        try:
            if low is not None and v < low:
                return False
            if high is not None and v > high:
                return False
        except TypeError:  # cerberus passes over what does not compare
            pass
        return True

    return check


def _schema_step(rules: Schema) -> Check | None:
    schema = rules.get("schema")
    if schema is None:
        return None
    if rules.get("type") == "dict" and isinstance(schema, dict):
        return _mapping_check(schema)
    if rules.get("type") == "list" and isinstance(schema, dict):
        item = _compile_field(schema)
        return lambda v: all(item(x) for x in v)
    return _never


def _keys_step(rules: Any) -> Check | None:
    if rules is None:
        return None
    key = _compile_field(rules)
    return lambda v: all(key(k) for k in v)


def _values_step(rules: Any) -> Check | None:
    if rules is None:
        return None
    value = _compile_field(rules)
    return lambda v: all(value(x) for x in v.values())
