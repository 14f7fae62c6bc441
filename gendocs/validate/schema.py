"""Cerberus schemas, generated from the content model so that a key is described once."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any, get_args, get_origin

from cerberus import TypeDefinition, Validator
from cerberus.errors import ErrorDefinition
from cerberus.schema import DefinitionSchema

from gendocs.model.base import (
    FIRST_DAY,
    ITEMS,
    LAST_DAY,
    NAME,
    YearMonth,
    fields_of,
    is_content_class,
    literal_values,
    text_limits,
    unwrap_optional,
)

Schema = dict[str, Any]


# A field that must be one line holds no line break or tab (raised as this error code).
SINGLE_LINE = ErrorDefinition(0x49, "single_line")
_LINE_BREAKS = re.compile(r"[\n\t]")


class ContentValidator(Validator):  # type: ignore[misc]
    """Cerberus validator whose integers and numbers refuse booleans (YAML ``yes`` is no count),
    whose dates refuse timestamps (``2026-04-01 10:00``), and with the rule ``single_line``."""

    types_mapping = Validator.types_mapping.copy()
    types_mapping["integer"] = TypeDefinition("integer", (int,), (bool,))
    types_mapping["number"] = TypeDefinition("number", (int, float, Decimal), (bool,))
    types_mapping["date"] = TypeDefinition("date", (date,), (datetime,))

    def _validate_single_line(self, single_line: bool, field: str, value: Any) -> None:
        """{'type': 'boolean'}"""
        if single_line and isinstance(value, str) and _LINE_BREAKS.search(value):
            self._error(field, SINGLE_LINE)


class GeneratedSchema(DefinitionSchema):  # type: ignore[misc]
    """A schema generated from the model: expanded as cerberus expands any schema, but not
    checked against cerberus' rules for schemas in every process. That check of the content's
    schema took twice as long as validating the sample's content (0.6 s against 0.3 s, issue 17);
    the schema depends on gendocs' code only, and tests/test_validate.py makes the check."""

    def __init__(self, validator: Validator, schema: Schema) -> None:
        self._checked = False
        super().__init__(validator, schema)
        self._checked = True  # a schema changed after this is checked, as cerberus does

    def validate(self, schema: Any = None) -> None:
        if self._checked:
            super().validate(schema)

    def __setitem__(self, key: str, value: Any) -> None:
        """Set ``key``'s rules, checked unless they are the very rules already there: cerberus
        normalises every mapping on a copy of its schema whose fields it sets again to their own
        resolved rules, which re-checked the whole generated schema on every validation (1.2 of
        1.6 s of the sample's validation under a profiler, issue 17)."""
        if self.schema.get(key) is value:
            return
        super().__setitem__(key, value)


def content_validator(schema: Schema) -> ContentValidator:
    """A validator of the generated ``schema`` (see :class:`GeneratedSchema`)."""
    validator = ContentValidator()
    validator.schema = GeneratedSchema(validator, schema)
    return validator


def schema_for(cls: type) -> Schema:
    """Return the cerberus schema of the mapping described by content class ``cls``."""
    return {
        info.name: rules_for(info.type, info.meta, info.required, info.optional)
        for info in fields_of(cls)
    }


def rules_for(tp: Any, meta: dict[str, Any], required: bool, nullable: bool) -> Schema:
    """Return the cerberus rules of one field of type ``tp``."""
    rules: Schema = {"required": required, "nullable": nullable, "meta": meta}
    rules.update(_type_rules(tp, meta))
    if rules.get("type") == "string" or (rules.get("type") == "list" and required):
        rules["empty"] = False
    return rules


def _type_rules(tp: Any, meta: dict[str, Any]) -> Schema:
    inner, _ = unwrap_optional(tp)
    if inner is Any:
        return {}  # checked by the area's own reader (e.g. content/ordinances/)
    allowed = literal_values(inner)
    if allowed is not None:
        kind = "integer" if all(isinstance(a, int) for a in allowed) else "string"
        return {"type": kind, "allowed": list(allowed)}
    if is_content_class(inner):
        return {"type": "dict", "schema": schema_for(inner)}
    origin = get_origin(inner)
    if origin is tuple:
        return {
            "type": "list",
            "maxlength": meta.get("max_items") or ITEMS,
            "schema": rules_for(get_args(inner)[0], item_meta(meta), True, False),
        }
    if origin is dict:
        return {
            "type": "dict",
            "maxlength": meta.get("max_items") or ITEMS,
            "keysrules": {"type": "string"},
            "valuesrules": rules_for(get_args(inner)[1], item_meta(meta), True, False),
        }
    return _scalar_rules(inner, meta)


def item_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """The constraints a list or mapping field places on each of its items."""
    return {
        key: meta[key]
        for key in ("min", "max", "max_length", "regex", "ref")
        if meta.get(key) is not None
    }


def _scalar_rules(inner: Any, meta: dict[str, Any]) -> Schema:
    rules: Schema = {"type": _SCALAR_TYPES[inner]}
    if inner is YearMonth:
        rules.update(regex=YearMonth.PATTERN, maxlength=NAME, single_line=True)
    if inner is str:
        rules["maxlength"], rules["single_line"] = text_limits(meta)
    if inner is date:
        rules.update(min=FIRST_DAY, max=LAST_DAY)
    for key in ("min", "max", "regex"):
        if meta.get(key) is not None:
            rules[key] = meta[key]
    return rules


_SCALAR_TYPES = {
    str: "string",
    int: "integer",
    bool: "boolean",
    date: "date",
    Decimal: "number",
    YearMonth: "string",
}
