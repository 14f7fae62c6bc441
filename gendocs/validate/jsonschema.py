"""JSON Schema and the Japanese key reference, both generated from the content model.

The JSON Schema lets editors with the YAML language server complete and check content files; all
top-level keys are optional in it because content is split over several files.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, get_args, get_origin

from gendocs.model import Content
from gendocs.model.base import (FieldInfo, YearMonth, fields_of, is_content_class,
                                literal_values, unwrap_optional)

SCHEMA_ID = "https://gendocs.invalid/content.schema.json"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a content file."""
    schema = _object(Content, top=True)
    schema.update({"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
                   "title": "gendocs content"})
    return schema


def _object(cls: type, top: bool = False) -> dict[str, Any]:
    infos = fields_of(cls)
    result: dict[str, Any] = {
        "type": "object", "additionalProperties": False,
        "properties": {i.name: _field(i) for i in infos},
    }
    required = [i.name for i in infos if i.required]
    if required and not top:
        result["required"] = required
    if cls.__doc__:
        result["description"] = cls.__doc__.strip().splitlines()[0]
    return result


def _field(info: FieldInfo) -> dict[str, Any]:
    schema = _type(info.type)
    meta = info.meta
    description = meta.get("ja", "") + (f"（単位: {meta['unit']}）" if meta.get("unit") else "")
    if description:
        schema["description"] = description
    for key, target in (("min", "minimum"), ("max", "maximum"), ("regex", "pattern")):
        if meta.get(key) is not None:
            schema[target] = meta[key]
    if meta.get("example") is not None:
        schema["examples"] = [meta["example"]]
    if info.optional:
        schema = {"anyOf": [schema, {"type": "null"}], "description": description}
    return schema


def _type(tp: Any) -> dict[str, Any]:
    inner, _ = unwrap_optional(tp)
    if inner is Any:
        return {}
    allowed = literal_values(inner)
    if allowed is not None:
        return {"enum": list(allowed)}
    if is_content_class(inner):
        return _object(inner)
    origin = get_origin(inner)
    if origin is tuple:
        return {"type": "array", "items": _type(get_args(inner)[0])}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type(get_args(inner)[1])}
    return dict(_SCALARS[inner])


_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"}, int: {"type": "integer"}, bool: {"type": "boolean"},
    Decimal: {"type": "number"}, date: {"type": "string", "format": "date"},
    YearMonth: {"type": "string", "pattern": YearMonth.PATTERN},
}

_TYPE_NAMES = {str: "文字列", int: "整数", bool: "真偽値", Decimal: "数値", date: "日付",
               YearMonth: "年月（YYYY-MM）"}


def reference_markdown() -> str:
    """The key reference page: every key, its type, unit, whether required, and its meaning."""
    lines = ["# content/ のキー一覧", "",
             "このページは `gendocs schema --format markdown` で生成しています（手で編集しないでください）。",
             "キーのパスの `[]` はリストの各要素を表します。", "",
             "| キー | 型 | 単位 | 必須 | 意味 |", "|---|---|---|---|---|"]
    lines += _rows(Content, "")
    return "\n".join(lines) + "\n"


def _rows(cls: type, prefix: str) -> list[str]:
    rows = []
    for info in fields_of(cls):
        path = f"{prefix}{info.name}"
        inner, _ = unwrap_optional(info.type)
        rows.append(f"| `{path}` | {_type_name(inner)} | {info.meta.get('unit', '')} | "
                    f"{'必須' if info.required else '任意'} | {info.meta.get('ja', '')} |")
        element = get_args(inner)[0] if get_origin(inner) is tuple else inner
        if is_content_class(element):
            rows += _rows(element, f"{path}{'[]' if element is not inner else ''}.")
    return rows


def _type_name(tp: Any) -> str:
    allowed = literal_values(tp)
    if allowed is not None:
        return " / ".join(str(a) for a in allowed)
    if is_content_class(tp):
        return "対応表"
    if get_origin(tp) is tuple:
        return f"{_type_name(get_args(tp)[0])}のリスト"
    if get_origin(tp) is dict:
        return f"{_type_name(get_args(tp)[1])}の対応表（キーは id）"
    return "任意" if tp is Any else _TYPE_NAMES.get(tp, str(tp))
