"""Redlines of two renders of the 導入計画書: table rows inserted and deleted as whole rows."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from gendocs.doctypes import select
from gendocs.pipeline import load_and_prepare, render_document
from gendocs.project import find_project
from gendocs.review.redline import redline, same_document
from tests.conftest import copy_project
from tests.review.helpers import tracked_rows, tracked_texts

DATE = datetime(2026, 12, 1, tzinfo=UTC)
EXTRA = "    - {edition: 第1.1版, date: 2026-12-01, summary: 稼働率の見直し}\n"


def render_plan(folder: Path) -> bytes:
    project = find_project(folder)
    return render_document(project, select(["plan"])[0], *load_and_prepare(project)).data


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """The plan as sampled, and with one more 改訂履歴 row and a sentence edited."""
    folder = copy_project(tmp_path_factory.mktemp("redline"))
    old = render_plan(folder)
    project_yaml = folder / "content" / "project.yaml"
    text = project_yaml.read_text(encoding="utf-8")
    start = text.index("  revisions:\n") + len("  revisions:\n")
    end = text.index("\n", text.index("summary:", start)) + 1
    end = text.index("\n", text.index("summary:", end)) + 1  # after the second revision
    project_yaml.write_text(text[:end] + EXTRA + text[end:], encoding="utf-8")
    return old, render_plan(folder)


def save(data: bytes, folder: Path, name: str) -> Path:
    (folder / name).write_bytes(data)
    return folder / name


def test_an_added_history_entry_is_one_inserted_row(
    versions: tuple[bytes, bytes], tmp_path: Path
) -> None:
    marked = redline(*versions, "法務担当", DATE)
    path = save(marked.data, tmp_path, "added.docx")
    assert tracked_rows(path) == (1, 0)
    inserted, deleted = tracked_texts(path)
    assert {"第1.1版", "稼働率の見直し"} <= set(inserted) and deleted == []
    assert any(
        c.where == "表「版数・改訂日・改訂内容」" and c.detail == "1行追加" for c in marked.changes
    )


def test_the_reverse_is_one_deleted_row(versions: tuple[bytes, bytes], tmp_path: Path) -> None:
    old, new = versions
    path = save(redline(new, old, "法務担当", DATE).data, tmp_path, "removed.docx")
    assert tracked_rows(path) == (0, 1)
    assert "第1.1版" in tracked_texts(path)[1]


def test_identical_renders_are_the_same_document_and_redline_to_nothing(
    versions: tuple[bytes, bytes], tmp_path: Path
) -> None:
    old, _ = versions
    assert same_document(old, old)
    marked = redline(old, old, "法務担当", DATE)
    assert (marked.insertions, marked.deletions, marked.changes) == (0, 0, ())


def test_redlines_are_reproducible(versions: tuple[bytes, bytes]) -> None:
    assert redline(*versions, "法務担当", DATE).data == redline(*versions, "法務担当", DATE).data


def test_the_redline_opens_in_python_docx(versions: tuple[bytes, bytes]) -> None:
    from docx import Document

    document = Document(io.BytesIO(redline(*versions, "法務担当", DATE).data))
    assert document.core_properties.title == "自治体クラウド導入計画書"
