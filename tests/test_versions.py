"""The manifest records the versions a build rendered with; a build after they changed says so
once and rebuilds every document."""

from __future__ import annotations

import json
import platform
import zlib
from importlib import metadata
from pathlib import Path

import pypandoc
import pytest

from gendocs.review.manifest import MANIFEST
from gendocs.review.versions import versions_digest
from tests.conftest import copy_project
from tests.write.helpers import run_cli

DOCUMENT = "30_サービスレベル合意書.docx"


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = copy_project(tmp_path)
    assert run_cli(capsys, folder, "build", "sla").code == 0
    return folder


def manifest(folder: Path) -> dict[str, object]:
    data = json.loads((folder / "output" / MANIFEST).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_manifest_records_the_versions_the_documents_were_rendered_with(built: Path) -> None:
    installed = {
        name: metadata.version(name)
        for name in (
            "docxtpl",
            "python-docx",
            "lxml",
            "jinja2",
            "matplotlib",
            "matplotlib-fontja",
            "pillow",
            "numpy",
            "pypandoc-binary",
        )
    }
    assert manifest(built)["versions"] == installed | {
        "gendocs": metadata.version("gendocs"),
        "python": platform.python_version(),
        "zlib": zlib.ZLIB_RUNTIME_VERSION,
        "pandoc": pypandoc.get_pandoc_version(),
    }


def pretend_built_with(folder: Path, **older: str) -> None:
    """Rewrite the manifest as if the last build had used the ``older`` versions."""
    data = manifest(folder)
    versions = data["versions"]
    assert isinstance(versions, dict)
    versions.update(older)
    documents = data["documents"]
    assert isinstance(documents, dict)
    for entry in documents.values():
        entry["versions"] = versions_digest(versions)
    (folder / "output" / MANIFEST).write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )


def test_a_build_after_an_upgrade_says_so_once_and_rebuilds(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pretend_built_with(built, matplotlib="3.8.0", lxml="4.9.0")
    result = run_cli(capsys, built, "build", "sla")
    now = {name: metadata.version(name) for name in ("lxml", "matplotlib")}
    note = (
        f"  前回の作成からバージョンが変わりました（lxml 4.9.0 → {now['lxml']}, matplotlib 3.8.0 → "
        f"{now['matplotlib']}）。文書を作り直します（同じ内容でもバイト列が変わることがあります）"
    )
    assert result.code == 0
    assert result.stderr.splitlines().count(note) == 1
    assert (
        "  サービスレベル合意書: 依存パッケージのバージョンが変わりました"
        in result.stderr.splitlines()
    )
    assert str(built / "output" / DOCUMENT) in result.stdout.splitlines()
    again = run_cli(capsys, built, "build", "sla")
    assert again.stderr == "  変更のない文書 1件は作り直しません\n"


def test_the_note_in_english(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pretend_built_with(built, docxtpl="0.19.0")
    result = run_cli(capsys, built, "--lang", "en", "build", "sla")
    assert result.stderr.splitlines() == [
        "  versions changed since the last build (docxtpl 0.19.0 → "
        f"{metadata.version('docxtpl')}); "
        "rebuilding the documents (their bytes may change although the content did not)",
        "  サービスレベル合意書: dependency versions changed",
    ]
