"""Put imported requirements and answers into content (ruamel round trip: a file keeps its
comments and its other keys; the rows are written one flow mapping a line, as the sample does).

- ``procurement.spec.requirements``: a row with the 機能ID of an imported row is replaced where it
  stands, the other imported rows are added at the end, rows without a 機能ID stay (or, with
  ``replace``, the imported rows are the whole table).
- ``fitgap.proposals``: a proposer's answers replace its earlier answers, or are added.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from gendocs.excel.inventory_yaml import _as_plain, _yaml, plain
from gendocs.model.fitgap import Answer, GapDecision
from gendocs.model.procurement import Requirement


def holds(text: str, *path: str) -> bool:
    """True when the YAML ``text`` has the mapping keys ``path``."""
    data: Any = _yaml().load(text) if text.strip() else None
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return False
        data = data[key]
    return True


def _flow(values: dict[str, Any]) -> CommentedMap:
    item = CommentedMap()
    for name, value in values.items():
        item[name] = value
    item.fa.set_flow_style()
    return item


def _dump(data: Any) -> str:
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def apply_requirements(text: str, rows: Sequence[Requirement], replace: bool = False) -> str:
    """``text`` (the file holding ``procurement.spec``) with the imported rows put in."""
    yaml = _yaml()
    data = yaml.load(text)
    spec = data["procurement"]["spec"]
    old = [_as_plain(r) for r in (spec.get("requirements") or [])]
    new = [_ordered(plain(r)) for r in rows]
    if replace:
        merged = new
    else:
        by_id = {r["id"]: r for r in new}
        merged = [by_id.pop(r["id"]) if r.get("id") in by_id else r for r in old]
        merged += [r for r in new if r["id"] in by_id]
    if merged == old:
        return text
    seq = spec.get("requirements")
    if not isinstance(seq, CommentedSeq):
        seq = CommentedSeq()
        spec["requirements"] = seq
    # a comment after the last row (the next key's heading) stays after the last row
    tail = seq.ca.items.pop(len(seq) - 1, None) if len(seq) else None
    kept = {i: item for i, item in enumerate(seq) if _as_plain(item) in merged}
    del seq[:]
    for values in merged:
        same = next((item for item in kept.values() if _as_plain(item) == values), None)
        seq.append(same if same is not None else _flow(values))
    if tail is not None and len(seq):
        seq.ca.items[len(seq) - 1] = tail
    return _dump(data)


def _ordered(values: dict[str, Any]) -> dict[str, Any]:
    """機能ID first, as a reader of the YAML looks a row up."""
    first = {k: values[k] for k in ("id",) if k in values}
    return first | {k: v for k, v in values.items() if k != "id"}


def apply_proposal(
    text: str, proposer: str, name: str, answered: date | None, answers: Sequence[Answer]
) -> str:
    """``text`` (the file holding ``fitgap``, possibly empty) with the proposer's answers."""
    yaml = _yaml()
    data = yaml.load(text) if text.strip() else None
    if data is None:
        data = CommentedMap()
    if data.get("fitgap") is None:
        data["fitgap"] = CommentedMap()
    fitgap = data["fitgap"]
    if fitgap.get("proposals") is None:
        fitgap["proposals"] = CommentedSeq()
    proposals = fitgap["proposals"]
    entry = CommentedMap()
    entry["id"] = proposer
    entry["name"] = name
    if answered is not None:
        entry["answered"] = answered
    seq = CommentedSeq()
    for a in answers:
        seq.append(_flow(plain(a)))
    entry["answers"] = seq
    at = next((i for i, p in enumerate(proposals) if p.get("id") == proposer), None)
    if at is None:
        proposals.append(entry)
    else:
        if _as_plain(proposals[at]) == _as_plain(entry):
            return text
        proposals[at] = entry
    return _dump(data)


def apply_decisions(text: str, decisions: Sequence[GapDecision]) -> str:
    """``text`` (the file holding ``fitgap``) with ``fitgap.decisions`` replaced by the
    register's; a comment after the last decision stays after the last one."""
    yaml = _yaml()
    data = yaml.load(text)
    fitgap = data["fitgap"]
    old = [_as_plain(d) for d in (fitgap.get("decisions") or [])]
    new = [plain(d) for d in decisions]
    if old == new:
        return text
    seq = fitgap.get("decisions")
    if not isinstance(seq, CommentedSeq):
        seq = CommentedSeq()
        fitgap["decisions"] = seq
    tail = seq.ca.items.pop(len(seq) - 1, None) if len(seq) else None
    del seq[:]
    for values in new:
        seq.append(_flow(values))
    if tail is not None and len(seq):
        seq.ca.items[len(seq) - 1] = tail
    return _dump(data)
