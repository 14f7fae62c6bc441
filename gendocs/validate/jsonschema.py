"""JSON Schema and the Japanese key reference, both generated from the content model.

The JSON Schema lets editors with the YAML language server complete and check content files; all
top-level keys are optional in it because content is split over several files.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, get_args, get_origin

from gendocs.model import Content
from gendocs.model.base import (
    FIRST_DAY,
    ITEMS,
    LAST_DAY,
    FieldInfo,
    YearMonth,
    fields_of,
    is_content_class,
    literal_values,
    text_limits,
    unwrap_optional,
)
from gendocs.validate.messages import readable
from gendocs.validate.schema import item_meta

SCHEMA_ID = "https://gendocs.invalid/content.schema.json"
ONE_LINE = "^[^\\n\\t]*$"  # a name or title: no line break, no tab


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a content file."""
    schema = _object(Content, top=True)
    schema.update(
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID,
            "title": "gendocs content",
        }
    )
    return schema


def _object(cls: type, top: bool = False) -> dict[str, Any]:
    infos = fields_of(cls)
    result: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {i.name: _field(i) for i in infos},
    }
    required = [i.name for i in infos if i.required]
    if required and not top:
        result["required"] = required
    if cls.__doc__:
        result["description"] = cls.__doc__.strip().splitlines()[0]
    return result


def _field(info: FieldInfo) -> dict[str, Any]:
    schema = _type(info.type, info.meta)
    meta = info.meta
    description = meta.get("ja", "") + (f"（単位: {meta['unit']}）" if meta.get("unit") else "")
    if description:
        schema["description"] = description
    if meta.get("example") is not None:
        schema["examples"] = [meta["example"]]
    if info.optional:
        schema = {"anyOf": [schema, {"type": "null"}], "description": description}
    return schema


def _type(tp: Any, meta: dict[str, Any]) -> dict[str, Any]:
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
        return {
            "type": "array",
            "maxItems": meta.get("max_items") or ITEMS,
            "items": _type(get_args(inner)[0], item_meta(meta)),
        }
    if origin is dict:
        return {
            "type": "object",
            "maxProperties": meta.get("max_items") or ITEMS,
            "additionalProperties": _type(get_args(inner)[1], item_meta(meta)),
        }
    return _scalar(inner, meta)


def _scalar(tp: Any, meta: dict[str, Any]) -> dict[str, Any]:
    schema = dict(_SCALARS[tp])
    if tp is str:
        schema["maxLength"], single_line = text_limits(meta)
        if single_line and meta.get("regex") is None:
            schema["pattern"] = ONE_LINE
    bounds = (("min", "minimum"), ("max", "maximum")) if tp in (int, Decimal) else ()
    for key, target in bounds + (("regex", "pattern"),):
        if meta.get(key) is not None:
            schema[target] = meta[key]
    return schema


_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    Decimal: {"type": "number"},
    date: {"type": "string", "format": "date"},
    YearMonth: {"type": "string", "pattern": YearMonth.PATTERN},
}

_TYPE_NAMES = {
    str: "文字列",
    int: "整数",
    bool: "真偽値",
    Decimal: "数値",
    date: "日付",
    YearMonth: "年月（YYYY-MM）",
}


def reference_markdown() -> str:
    """The key reference page: every key, its type, unit, limits, whether required, its meaning."""
    lines = [
        "# content/ のキー一覧",
        "",
        "このページは `gendocs schema --format markdown` で生成しています"
        "（手で編集しないでください）。",
        "キーのパスの `[]` はリストの各要素を表します。",
        "「範囲・上限」を外れる値は誤りとして報告します。文字数の上限を超える文字列、"
        "「1行」の項目の改行・タブ、件数の上限を超えるリストも同じです。"
        "どの文字列にも、制御文字（改行・タブを除く）、文字の表示順を変える文字（U+202A〜U+202E、"
        "U+2066〜U+2069 など）、幅のない文字（U+200B〜U+200D、U+FEFF）は書けません。",
        "",
        "| キー | 型 | 単位 | 範囲・上限 | 必須 | 意味 |",
        "|---|---|---|---|---|---|",
    ]
    lines += _rows(Content, "")
    return "\n".join(lines) + "\n"


def _rows(cls: type, prefix: str) -> list[str]:
    rows = []
    for info in fields_of(cls):
        path = f"{prefix}{info.name}"
        inner, _ = unwrap_optional(info.type)
        rows.append(
            f"| `{path}` | {_type_name(inner)} | {info.meta.get('unit', '')} | "
            f"{limits_text(inner, info.meta)} | "
            f"{'必須' if info.required else '任意'} | {info.meta.get('ja', '')} |"
        )
        element = get_args(inner)[0] if get_origin(inner) is tuple else inner
        if is_content_class(element):
            rows += _rows(element, f"{path}{'[]' if element is not inner else ''}.")
    return rows


def limits_text(tp: Any, meta: dict[str, Any]) -> str:
    """The limits of a field in words: 「1〜20,000,000」, 「100文字・1行」, 「1,000件まで」."""
    inner, _ = unwrap_optional(tp)
    origin = get_origin(inner)
    if origin in (tuple, dict):
        items = f"{meta.get('max_items') or ITEMS:,}件まで"
        element = limits_text(get_args(inner)[0 if origin is tuple else 1], item_meta(meta))
        return f"{items}（各{element}）" if element else items
    if inner is str:
        length, single_line = text_limits(meta)
        return f"{length:,}文字" + ("・1行" if single_line else "")
    if inner in (int, Decimal):
        return f"{_number(meta.get('min'))}〜{_number(meta.get('max'))}"
    if inner is date:
        return f"{meta.get('min') or FIRST_DAY}〜{meta.get('max') or LAST_DAY}"
    if inner is YearMonth:
        return "1900-01〜2100-12"
    return ""


def _number(value: Any) -> str:
    return "" if value is None else readable(value)


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
