"""Put imported 棚卸し lists into content/inventory/ (ruamel round trip: a file keeps its
comments and its other lists; the imported list is written whole, one flow mapping a row)."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from gendocs.excel.inventory import ListAnswer


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # one row a line, as the sample writes them
    yaml.preserve_quotes = True
    return yaml


def holds(text: str, key: str) -> bool:
    """True when the YAML ``text`` has the top-level key ``key``."""
    data = _yaml().load(text)
    return isinstance(data, dict) and key in data


def plain(row: Any) -> dict[str, Any]:
    """A row as YAML values in the model's order, without the empty optional values."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(row):
        value = getattr(row, f.name)
        if value is None:
            continue
        values[f.name] = list(value) if isinstance(value, tuple) else value
    return values


def apply_list(text: str, answers: Sequence[ListAnswer]) -> str:
    """``text`` (an inventory file, possibly empty) with the answers' list put in: all of it for
    a workbook of every member; for one member's workbook, that member's rows replace its rows
    where the first of them was (or are added at the end), the other members' rows stay."""
    yaml = _yaml()
    data = yaml.load(text) if text.strip() else None
    if data is None:
        data = CommentedMap()
    key = answers[0].key
    old = [_as_plain(r) for r in (data.get(key) or [])]
    rows = old
    for answer in answers:
        new = [plain(r) for r in answer.rows]
        if answer.member is None:
            rows = new
            continue
        at = next((i for i, r in enumerate(rows) if r.get("member") == answer.member), len(rows))
        kept = [r for r in rows if r.get("member") != answer.member]
        before = sum(1 for r in rows[:at] if r.get("member") != answer.member)
        rows = kept[:before] + new + kept[before:]
    if rows == old and key in data:
        return text
    seq = CommentedSeq()
    for values in rows:
        item = CommentedMap()
        for name, value in values.items():
            if isinstance(value, list):
                inner = CommentedSeq(value)
                inner.fa.set_flow_style()
                value = inner
            item[name] = value
        item.fa.set_flow_style()
        seq.append(item)
    data[key] = seq
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _as_plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _as_plain(v) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_as_plain(v) for v in node]
    return node
