"""Cerberus schemas, generated from the content model so that a key is described once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, get_args, get_origin

from cerberus import TypeDefinition, Validator

from gendocs.model.base import (
    YearMonth,
    fields_of,
    is_content_class,
    literal_values,
    unwrap_optional,
)

Schema = dict[str, Any]


class ContentValidator(Validator):  # type: ignore[misc]
    """Cerberus validator whose integers and numbers refuse booleans (YAML ``yes`` is no count)."""

    types_mapping = Validator.types_mapping.copy()
    types_mapping["integer"] = TypeDefinition("integer", (int,), (bool,))
    types_mapping["number"] = TypeDefinition("number", (int, float, Decimal), (bool,))
    types_mapping["date"] = TypeDefinition("date", (date,), ())


def schema_for(cls: type) -> Schema:
    """Return the cerberus schema of the mapping described by content class ``cls``."""
    return {info.name: rules_for(info.type, info.meta, info.required, info.optional)
            for info in fields_of(cls)}


def rules_for(tp: Any, meta: dict[str, Any], required: bool, nullable: bool) -> Schema:
    """Return the cerberus rules of one field of type ``tp``."""
    rules: Schema = {"required": required, "nullable": nullable, "meta": meta}
    rules.update(_type_rules(tp))
    if rules.get("type") == "string" or (rules.get("type") == "list" and required):
        rules["empty"] = False
    for key in ("min", "max", "regex"):
        if meta.get(key) is not None:
            rules[key] = meta[key]
    return rules


def _type_rules(tp: Any) -> Schema:
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
        item = get_args(inner)[0]
        return {"type": "list", "schema": rules_for(item, {}, True, False)}
    if origin is dict:
        value = get_args(inner)[1]
        return {"type": "dict", "keysrules": {"type": "string"},
                "valuesrules": rules_for(value, {}, True, False)}
    if inner is YearMonth:
        return {"type": "string", "regex": YearMonth.PATTERN}
    return {"type": _SCALAR_TYPES[inner]}


_SCALAR_TYPES = {str: "string", int: "integer", bool: "boolean", date: "date",
                 Decimal: "number"}
