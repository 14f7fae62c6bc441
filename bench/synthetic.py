"""Make a consortium of N members from the sample content (for benchmarks and scale tests).

Members, surveys, usage and migrations are generated; every other file is copied unchanged, so
the result validates like the sample.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ruamel.yaml import YAML

SAMPLE = Path(__file__).resolve().parent.parent / "content"
GENERATED = ("members.yaml", "systems.yaml", "schedule.yaml")


def make_consortium(members: int, target: Path) -> Path:
    """Write a content/ folder with ``members`` members under ``target``; return it."""
    content = target / "content"
    shutil.copytree(SAMPLE, content)
    yaml = YAML()
    base = {name: yaml.load((SAMPLE / name).read_text(encoding="utf-8")) for name in GENERATED}
    template_member = base["members.yaml"]["members"][0]
    template_survey = base["systems.yaml"]["systems"]["surveys"][0]
    template_usage = base["systems.yaml"]["systems"]["usage"][0]
    template_migration = base["schedule.yaml"]["schedule"]["migrations"][0]
    ids = [f"m{i:04d}" for i in range(members)]
    base["members.yaml"]["members"] = [
        _copy(template_member, id=mid, name=f"第{i + 1}町",
              population=_copy(template_member["population"], value=1500 + (i * 7919) % 60000))
        for i, mid in enumerate(ids)]
    systems = base["systems.yaml"]["systems"]
    systems["surveys"] = [_copy(template_survey, member=mid) for mid in ids]
    systems["usage"] = [_copy(template_usage, member=mid) for mid in ids]
    months = ["2028-04", "2028-07", "2028-10", "2029-01"]
    base["schedule.yaml"]["schedule"]["migrations"] = [
        _copy(template_migration, member=mid, month=months[i % 4]) for i, mid in enumerate(ids)]
    _fix_references(content, ids)
    for name, data in base.items():
        with (content / name).open("w", encoding="utf-8") as stream:
            yaml.dump(data, stream)
    return content


def _copy(mapping: dict, **changes: object) -> dict:  # type: ignore[type-arg]
    result = dict(mapping)
    result.update(changes)
    return result


def _fix_references(content: Path, ids: list[str]) -> None:
    """Point the sample's member ids in the other files (代表団体, 部会長, 役員 …) at new members."""
    yaml = YAML()
    sample_ids = [m["id"] for m in yaml.load((SAMPLE / "members.yaml").read_text(
        encoding="utf-8"))["members"]]
    for path in content.glob("*.yaml"):
        if path.name in GENERATED:
            continue
        text = path.read_text(encoding="utf-8")
        for index, old in enumerate(sample_ids):
            text = re.sub(rf"(?<![A-Za-z0-9_]){old}(?![A-Za-z0-9_])", ids[index % len(ids)], text)
        path.write_text(text, encoding="utf-8")
