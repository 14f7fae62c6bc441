"""Change detection sees what the loader sees: entries that are not regular files, and every
value a document shows, including its core properties (plan.title is the docx subject)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from docx import Document

from gendocs.incremental.manifest import content_hash
from gendocs.pipeline import build
from tests.conftest import project_in


@pytest.mark.parametrize("kind", ["folder", "fifo", "loop", "broken", "unreadable"])
def test_an_entry_that_is_not_a_regular_file_changes_the_content_hash(
    project_dir: Path, kind: str
) -> None:
    content = project_dir / "content"
    before = content_hash(content)
    entry = content / "extra.yaml"
    if kind == "folder":
        entry.mkdir()
    elif kind == "fifo":
        os.mkfifo(entry)
    elif kind == "loop":
        os.symlink("extra.yaml", entry)
    elif kind == "broken":
        os.symlink("nowhere.yaml", entry)
    else:
        entry.write_text("x: 1\n", encoding="utf-8")
        entry.chmod(0)
    assert content_hash(content) != before


def test_the_same_entries_give_the_same_hash(project_dir: Path) -> None:
    content = project_dir / "content"
    os.mkfifo(content / "ordinances" / "pipe.yaml")
    assert content_hash(content) == content_hash(content)


def test_a_new_plan_title_rebuilds_every_document_as_force_would(project_dir: Path) -> None:
    project = project_in(project_dir)
    paths = build(project, [])
    plan = project_dir / "content" / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "  title: 自治体クラウド導入計画書\n", "  title: 自治体クラウド導入計画書（改訂版）\n"
        ),
        encoding="utf-8",
    )
    rebuilt: list[str] = []
    build(
        project,
        [],
        explain=lambda doctype, reason: rebuilt.extend(
            [doctype.name] if reason is not None else []
        ),
    )
    assert len(rebuilt) == len(paths)
    incremental = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    for path in paths:
        assert Document(str(path)).core_properties.subject == "自治体クラウド導入計画書（改訂版）"
    build(project, [], force=True)
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths} == incremental
