"""Put survey answers into the content's YAML (ruamel round trip): the file keeps its comments,
its order and its style; only the answering members' ``systems.surveys`` entries change, and
inside them only the values that differ."""

from __future__ import annotations

import copy
import dataclasses
import io
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.util import load_yaml_guess_indent

from gendocs.excel.survey import Answer
from gendocs.model.systems import CurrentSystem


def _yaml(text: str = "") -> YAML:
    """A round-trip YAML that writes with the indentation ``text`` uses."""
    yaml = YAML(typ="rt")
    if text:
        _, indent, offset = load_yaml_guess_indent(text)
        indent = indent or 2
        offset = offset or 0
        yaml.indent(mapping=indent, sequence=indent + offset, offset=offset)
    # keep the file's line wrapping: a flow list folded after a comma is ruamel's 80 columns
    yaml.width = 80 if re.search(r"[,:] ?\n +[^\s#-]", text) else 4096
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
    """``text`` (the YAML holding ``systems.surveys``) with every answer put in.

    Only the lines of the members' entries that change are rewritten (from ruamel's round trip
    of the entry, which keeps its comments); every other byte of ``text`` stays as it was.
    """
    yaml = _yaml(text)
    data = yaml.load(text)
    surveys = data["systems"]["surveys"]
    lines = text.splitlines(keepends=True)
    if not surveys:  # nothing to keep in place: write the whole file
        for answer in answers:
            entry = CommentedMap([("member", answer.member)])
            _put(entry, answer)
            surveys.append(entry)
        out = io.StringIO()
        yaml.dump(data, out)
        return out.getvalue()
    starts = [surveys.lc.item(i)[0] for i in range(len(surveys))]
    end = _end_of_surveys(data, len(lines))
    dash = surveys.lc.item(0)[1] - 2
    replaced: dict[int, str] = {}  # index of the entry -> its new text
    added: list[str] = []
    for answer in answers:
        index = next((i for i, s in enumerate(surveys) if s.get("member") == answer.member), None)
        if index is None:
            entry = CommentedMap([("member", answer.member)])
        else:  # a copy: an aliased node (*id018) shared with another member must not change
            entry = surveys[index] = copy.deepcopy(surveys[index])
        before = _dump_entry(yaml, entry, dash)
        _put(entry, answer)
        after = _dump_entry(yaml, entry, dash)
        if index is None:
            added.append(after)
        elif after != before:
            replaced[index] = after
    result: list[str] = lines[: starts[0]]
    for i, first in enumerate(starts):
        last = starts[i + 1] if i + 1 < len(starts) else end
        result.append(replaced[i] if i in replaced else "".join(lines[first:last]))
    if result and not result[-1].endswith("\n"):
        result[-1] += "\n"
    spliced = "".join(result + added + lines[end:])
    try:  # an entry rewritten whole loses the anchors (&id017) other entries may refer to
        YAML(typ="rt").load(spliced)
    except Exception:  # noqa: BLE001 - then the whole file is written by the round trip
        out = io.StringIO()
        yaml.dump(data, out)
        return out.getvalue()
    return spliced


def _end_of_surveys(data: CommentedMap, count: int) -> int:
    """The line after the surveys list: the next key of ``systems`` or of the file, or the end."""
    systems = data["systems"]
    keys = list(systems)
    after = keys[keys.index("surveys") + 1 :]
    if after:
        return int(systems.lc.key(after[0])[0])
    top = list(data)
    later = top[top.index("systems") + 1 :]
    return int(data.lc.key(later[0])[0]) if later else count


def _dump_entry(yaml: YAML, entry: CommentedMap, dash: int) -> str:
    """One survey entry as the lines of a list item whose dash is at column ``dash``."""
    fresh = YAML(typ="rt")  # a new dumper each time: no anchors carried from an earlier dump
    fresh.indent(
        mapping=yaml.map_indent, sequence=yaml.sequence_indent, offset=yaml.sequence_dash_offset
    )
    fresh.width = yaml.width
    fresh.representer.ignore_aliases = lambda _data: True
    out = io.StringIO()
    fresh.dump([entry], out)
    lines = out.getvalue().splitlines(keepends=True)
    shift = dash - lines[0].index("-")
    if shift > 0:
        return "".join(" " * shift + line if line.strip() else line for line in lines)
    return "".join(line[-shift:] if line[:-shift].isspace() else line for line in lines)


def _put(entry: CommentedMap, answer: Answer) -> None:
    """Put ``answer`` into a survey entry, changing only what differs."""
    _set(entry, "as_of", answer.survey.as_of)
    old = entry.get("systems") or CommentedSeq()
    by_id: dict[Any, CommentedMap] = {m.get("id"): m for m in old if isinstance(m, CommentedMap)}
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
    for key in ANSWER_LISTS:
        items = getattr(answer.survey, key)
        plain = [_item(x) for x in items]
        current = entry.get(key)
        if not items and key not in entry:
            continue  # nothing answered, nothing written: the file stays as it was
        if current is not None and _as_plain(current) == _as_plain(plain):
            continue
        seq = CommentedSeq()
        for values in plain:
            item = CommentedMap()
            _update(item, values)
            seq.append(item)
        entry[key] = seq


# The survey's lists answered on sheets of their own (課題, 重視する点, 大量帳票).
ANSWER_LISTS = ("issues", "priorities", "print_jobs")


def _item(item: Any) -> dict[str, Any]:
    """An answer's values as YAML values, in the model's order, without the empty optional
    ones (the model's defaults)."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        if value is None or value == ():
            continue
        values[f.name] = value
    return values


def _as_plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _as_plain(v) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_as_plain(v) for v in node]
    return node


# What the secretariat decides about a system rather than the member answers: the survey
# workbook does not carry it, and an import keeps it as systems.yaml has it.
NOT_SURVEYED = frozenset({"bridging"})


def _plain(system: CurrentSystem) -> dict[str, Any]:
    """The system's surveyed values as YAML values, in the model's order (no ``package`` when
    there is none)."""
    values: dict[str, Any] = {}
    for name in CurrentSystem.__dataclass_fields__:
        value = getattr(system, name)
        if name in NOT_SURVEYED or (name == "package" and value is None):
            continue
        if name == "costs":
            value = {k: getattr(value, k) for k in value.__dataclass_fields__}
        values[name] = value
    return values


def _update(target: CommentedMap, values: dict[str, Any]) -> None:
    for key in [k for k in target if k not in values and k not in NOT_SURVEYED]:
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
            if key not in target or list(target[key] or []) != list(value):
                seq = CommentedSeq(value)
                seq.fa.set_flow_style()
                target[key] = seq
        else:
            _set(target, key, value)


def _set(target: CommentedMap, key: str, value: str | int | date | None) -> None:
    if target.get(key) != value or key not in target:
        target[key] = value
