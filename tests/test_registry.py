"""The document registry: listing, unknown names, and documents the content does not call for."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from gendocs.doctypes import DocumentType, all_types, register, select
from gendocs.errors import UsageError
from gendocs.pipeline import build
from tests.conftest import project_in


def test_names_are_unique_and_registered_once() -> None:
    names = [d.name for d in all_types()]
    assert len(names) == len(set(names))
    with pytest.raises(ValueError):
        register(all_types()[0])


def test_unknown_name_lists_the_valid_ones() -> None:
    with pytest.raises(UsageError) as caught:
        select(["plan", "nosuch"])
    assert "nosuch" in caught.value.message.ja
    for doctype in all_types():
        assert doctype.name in caught.value.message.ja


def test_outputs_have_distinct_files() -> None:
    files = [d.filename for d in all_types()]
    assert len(files) == len(set(files))


def test_a_council_without_union_rules_builds_everything_else(project_dir: Path) -> None:
    path = project_dir / "content" / "bylaws.yaml"
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    del data["bylaws"]["union_rules"]
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(data, stream)
    # nor does it amend one (the sample's kumiai-kiyaku.yaml amends bylaws.union_rules)
    (project_dir / "content" / "ordinances" / "kumiai-kiyaku.yaml").unlink()
    written = build(project_in(project_dir), [])
    names = {p.name for p in written}
    union: DocumentType = next(d for d in all_types() if d.name == "union_rules")
    assert union.filename not in names
    assert len(written) == len(all_types()) - 1
    assert all(p.exists() for p in written)
