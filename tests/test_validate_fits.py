"""gendocs.validate.fits answers whether content fits the schema without cerberus (issue 17), and
cerberus runs only when it says no: it must never say yes where cerberus finds an error. The two
are compared here on the sample, the fixtures and altered copies of the sample, one value changed
at a time in every way the content can be wrong (a missing key, a wrong type, an empty or too long
text, a line break, a number out of range, an unknown key …)."""

from __future__ import annotations

import copy
import random
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from gendocs.load import load_content
from gendocs.validate import _SCHEMA, schema_problems, validate
from gendocs.validate.fits import KNOWN_RULES, fits
from gendocs.validate.schema import content_validator
from tests.conftest import REPO

CONTENTS = [REPO / "content", *sorted((REPO / "tests" / "fixtures").glob("*/content"))]

BAD = [
    None,
    "",
    "一行\n二行",
    "タブ\tあり",
    "x" * 5000,
    0,
    -1,
    10**15,
    1.5,
    True,
    [],
    {},
    ["x"],
    {"unknown": 1},
    date(1800, 1, 1),
    date(2999, 1, 1),
    datetime(2026, 4, 1, 10, 0),
    "2026-13",
    "見本",
]


def cerberus_finds_nothing(schema: dict[str, Any], document: dict[str, Any]) -> bool:
    validator = content_validator(schema)
    return bool(validator.validate(document)) and not validator._errors


def paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths(child, path + (index,))
    return found


def altered(data: dict[str, Any], path: tuple[Any, ...], how: Any) -> dict[str, Any]:
    """A copy of ``data``'s section ``path[0]`` with the value at ``path`` changed ``how``."""
    section = {path[0]: copy.deepcopy(data[path[0]])}
    holder: Any = section
    for part in path[:-1]:
        holder = holder[part]
    if how == "delete":
        del holder[path[-1]]
    elif how == "unknown key" and isinstance(holder[path[-1]], dict):
        holder[path[-1]]["未知のキー"] = 1
    elif how == "extra item" and isinstance(holder[path[-1]], list):
        holder[path[-1]].append(holder[path[-1]][0] if holder[path[-1]] else 1)
        holder[path[-1]].append({"未知のキー": 1})
    else:
        holder[path[-1]] = how
    return section


def test_the_schema_uses_only_rules_fits_knows() -> None:
    used: set[str] = set()

    def rules(field: dict[str, Any]) -> None:
        used.update(field)
        for key in ("keysrules", "valuesrules"):
            if key in field:
                rules(field[key])
        inner = field.get("schema")
        if isinstance(inner, dict):
            for child in inner.values() if field.get("type") == "dict" else [inner]:
                rules(child)

    for field in _SCHEMA.values():
        rules(field)
    assert used == KNOWN_RULES


@pytest.mark.parametrize("folder", CONTENTS, ids=lambda p: str(p.relative_to(REPO)))
def test_valid_content_fits_and_cerberus_agrees(folder: Path) -> None:
    raw = load_content(folder)
    assert fits(_SCHEMA, raw.data)
    assert cerberus_finds_nothing(_SCHEMA, raw.data)
    validate(raw)  # and the content is valid as a whole


def test_altered_content_fits_only_where_cerberus_finds_nothing() -> None:
    data = load_content(REPO / "content").data
    every = paths(data)
    pick = random.Random(17)
    cases = [
        (path, how)
        for path in every
        if len(path) <= 2
        for how in ("delete", None, "", 1, "一行\n二行", {}, pick.choice(BAD))
    ]
    cases += [
        (path, how)
        for path in pick.sample(every, 300)
        for how in (
            "delete",
            "unknown key",
            "extra item",
            pick.choice(BAD),
            pick.choice(BAD),
        )
    ]
    outcomes = {True: 0, False: 0}
    for path, how in cases:
        section = altered(data, path, how)
        schema = {path[0]: _SCHEMA[path[0]]}
        quick, slow = fits(schema, section), cerberus_finds_nothing(schema, section)
        assert quick == slow, (path, how)
        outcomes[quick] += 1
    assert min(outcomes.values()) > 200, outcomes  # both answers are exercised


def test_problems_are_cerberus_messages(tmp_path: Path) -> None:
    """Content that does not fit is reported by cerberus, located, as before."""
    content = tmp_path / "content"
    content.mkdir()
    for path in (REPO / "content").iterdir():
        if path.is_file():
            (content / path.name).write_bytes(path.read_bytes())
    text = (content / "sla.yaml").read_text(encoding="utf-8")
    assert "availability: 99.5" in text
    (content / "sla.yaml").write_text(
        text.replace("availability: 99.5", "availability: 九十九"), encoding="utf-8"
    )
    raw = load_content(content)
    assert not fits(_SCHEMA, raw.data)
    problems = schema_problems(raw)
    assert [p.key_path for p in problems] == ["sla.availability"]
    assert problems[0].location.file.endswith("sla.yaml") and problems[0].location.line > 1
