"""gendocs init makes a project that validates and builds at once, every key explained."""

from __future__ import annotations

from pathlib import Path

from gendocs.model import Content
from gendocs.model.base import fields_of
from tests.review.helpers import gendocs


def test_init_then_validate_and_build_in_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "新しい組合"
    assert gendocs("init", str(folder)).returncode == 0
    assert gendocs("validate", cwd=folder).returncode == 0
    built = gendocs("build", "plan", cwd=folder)
    assert built.returncode == 0, built.stderr
    assert (folder / "output" / "01_自治体クラウド導入計画書.docx").is_file()
    assert (folder / ".gitignore").read_text() == "output/\n"
    assert "*.docx diff=docx" in (folder / ".gitattributes").read_text()
    assert "gendocs validate" in (folder / "README.md").read_text(encoding="utf-8")


def test_every_top_level_key_and_its_fields_are_explained_in_japanese(tmp_path: Path) -> None:
    assert gendocs("init", str(tmp_path)).returncode == 0
    text = "\n".join(p.read_text(encoding="utf-8") for p in (tmp_path / "content").rglob("*.yaml"))
    for info in fields_of(Content):
        assert f"# {info.name}: {info.meta['ja']}" in text
    assert "#   availability: " in text and "#   edition: 版数（文字列、例: 第1.0版）" in text


def test_init_refuses_to_overwrite_content(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    result = gendocs("init", str(tmp_path))
    assert result.returncode == 2 and "上書きしません" in result.stderr
