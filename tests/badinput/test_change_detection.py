"""Change detection sees what the loader sees: entries that are not regular files too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gendocs.review.manifest import content_hash


@pytest.mark.parametrize("kind", ["folder", "fifo", "loop", "broken", "unreadable"])
def test_an_entry_that_is_not_a_regular_file_changes_the_content_hash(project_dir: Path,
                                                                      kind: str) -> None:
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
