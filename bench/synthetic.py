"""Make a consortium of N members from the sample content (for benchmarks and scale tests).

Member i is a renamed copy of the sample's member i mod 14, with that member's survey, usage and
migration, so a large consortium keeps the sample's variety (先行 and 後続 groups, different 業務
and start months) instead of N clones of one town. Every other file is copied unchanged, with the
sample's member ids pointed at new members, so the result validates like the sample.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

SAMPLE = Path(__file__).resolve().parent.parent / "content"
GENERATED = ("members.yaml", "systems.yaml", "schedule.yaml")
Mapping = dict[str, Any]


def make_consortium(members: int, target: Path) -> Path:
    """Write a content/ folder with ``members`` members under ``target``; return it."""
    content = target / "content"
    shutil.copytree(SAMPLE, content)
    yaml = YAML()
    base = {name: yaml.load((SAMPLE / name).read_text(encoding="utf-8")) for name in GENERATED}
    sample = list(base["members.yaml"]["members"])
    systems, schedule = base["systems.yaml"]["systems"], base["schedule.yaml"]["schedule"]
    by_member = {
        key: _by_member(entries)
        for key, entries in (
            ("surveys", systems["surveys"]),
            ("usage", systems["usage"]),
            ("migrations", schedule["migrations"]),
        )
    }
    ids = [f"m{i:04d}" for i in range(members)]
    sources = [sample[i % len(sample)] for i in range(members)]
    base["members.yaml"]["members"] = [
        _member(s, mid, i) for i, (s, mid) in enumerate(zip(sources, ids, strict=True))
    ]
    for key, holder in (("surveys", systems), ("usage", systems), ("migrations", schedule)):
        holder[key] = [
            _copy(by_member[key][s["id"]], member=mid) for s, mid in zip(sources, ids, strict=True)
        ]
    _fix_references(content, [m["id"] for m in sample], ids)
    _drop_gap_decisions(content / "fitgap.yaml")
    _keep_the_ceiling(content / "procurement.yaml")
    # written out as a secretariat writes them: copies shared with the sample's members would
    # otherwise be dumped as anchors and aliases (&id001 / *id001)
    yaml.representer.ignore_aliases = lambda _data: True
    for name, data in base.items():
        with (content / name).open("w", encoding="utf-8") as stream:
            yaml.dump(data, stream)
    return content


def _drop_gap_decisions(path: Path) -> None:
    """The sample's Fit & Gap decisions are one per member and gap: with fewer members the ids
    mapped back onto them would decide a gap twice for one member. The synthetic consortium keeps
    the answers and the selection, and has decided no gap yet."""
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    at = text.find("\n  decisions:")
    if at >= 0:
        path.write_text(text[: at + 1], encoding="utf-8")


def _keep_the_ceiling(path: Path) -> None:
    """The sample's 予定価格 stays, though N members' costs estimate another amount: say so
    (docs/rules.md, money.ceiling), as a consortium would explain a gap."""
    text = path.read_text(encoding="utf-8")
    old = "tolerance: 0.05}"
    assert text.count(old) == 1, "the sample's ceiling_basis changed"
    reason = "tolerance: 0.05, reason: 合成した構成団体の試験用の内容で、予定価格は見本のまま}"
    path.write_text(text.replace(old, reason), encoding="utf-8")


def _member(source: Mapping, member_id: str, index: int) -> Mapping:
    """A copy of ``source`` under a new id, name (第N町) and population."""
    population = _copy(source["population"], value=1500 + (index * 7919) % 60000)
    return _copy(source, id=member_id, name=f"第{index + 1}町", population=population)


def _by_member(entries: list[Mapping]) -> dict[str, Mapping]:
    return {entry["member"]: entry for entry in entries}


def _copy(mapping: Mapping, **changes: object) -> Mapping:
    result = dict(mapping)
    result.update(changes)
    return result


def _fix_references(content: Path, sample_ids: list[str], ids: list[str]) -> None:
    """Point the sample's member ids in the other files (代表団体, 部会長, 役員 …) at new
    members; the 棚卸し lists of content/inventory/ name members on every row."""
    for path in [*content.glob("*.yaml"), *content.glob("inventory/*.yaml")]:
        if path.name in GENERATED:
            continue
        text = path.read_text(encoding="utf-8")
        for index, old in enumerate(sample_ids):
            text = re.sub(rf"(?<![A-Za-z0-9_]){old}(?![A-Za-z0-9_])", ids[index % len(ids)], text)
        path.write_text(text, encoding="utf-8")
