"""Put survey answers into the content's YAML (ruamel round trip): the file keeps its comments,
its order and its style; only the answering members' ``systems.surveys`` entries change, and
inside them only the values that differ."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from gendocs.excel.survey import Answer
from gendocs.model.systems import CurrentSystem


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.preserve_quotes = True
    return yaml


def has_surveys(text: str) -> bool:
    """True when the YAML ``text`` holds ``systems.surveys``."""
    data = _yaml().load(text)
    return (
        isinstance(data, dict)
        and isinstance(data.get("systems"), dict)
        and ("surveys" in data["systems"])
    )


def apply_answers(text: str, answers: Sequence[Answer]) -> str:
    """``text`` (the YAML holding ``systems.surveys``) with every answer put in."""
    yaml = _yaml()
    data = yaml.load(text)
    surveys = data["systems"]["surveys"]
    for answer in answers:
        entry = next((s for s in surveys if s.get("member") == answer.member), None)
        if entry is None:
            entry = CommentedMap([("member", answer.member)])
            surveys.append(entry)
        _set(entry, "as_of", answer.survey.as_of)
        old = entry.get("systems") or CommentedSeq()
        by_id: dict[Any, CommentedMap] = {
            m.get("id"): m for m in old if isinstance(m, CommentedMap)
        }
        systems = CommentedSeq()
        for system in answer.survey.systems:
            target = by_id.get(system.id, CommentedMap())
            _update(target, _plain(system))
            systems.append(target)
        if [m.get("id") for m in old] != [s.id for s in answer.survey.systems] or not old:
            entry["systems"] = systems
        else:
            for i, target in enumerate(systems):
                old[i] = target
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _plain(system: CurrentSystem) -> dict[str, Any]:
    """The system as YAML values, in the model's order (no ``package`` when there is none)."""
    values: dict[str, Any] = {}
    for name in CurrentSystem.__dataclass_fields__:
        value = getattr(system, name)
        if name == "package" and value is None:
            continue
        if name == "costs":
            value = {k: getattr(value, k) for k in value.__dataclass_fields__}
        values[name] = value
    return values


def _update(target: CommentedMap, values: dict[str, Any]) -> None:
    for key in [k for k in target if k not in values]:
        del target[key]
    for key, value in values.items():
        if isinstance(value, dict):
            inner = target.get(key)
            if not isinstance(inner, CommentedMap):
                inner = CommentedMap()
                inner.fa.set_flow_style()
                target[key] = inner
            _update(inner, value)
        elif isinstance(value, tuple):
            if list(target.get(key) or []) != list(value):
                seq = CommentedSeq(value)
                seq.fa.set_flow_style()
                target[key] = seq
        else:
            _set(target, key, value)


def _set(target: CommentedMap, key: str, value: str | int | date | None) -> None:
    if target.get(key) != value or key not in target:
        target[key] = value
