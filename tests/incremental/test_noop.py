"""A ``gendocs build`` with nothing to do answers from the manifest alone (issue 17: a no-op in
≤ 0.15 s): it imports none of the document types, the YAML parser, the validator, the drafter of
amendments or the rendering libraries, and says what the full check says. Anything it cannot tell
from the manifest (a changed value, an edited output file, a manifest of an older gendocs) goes
through the full check, whose reasons the output shows. No timing is asserted: the bench measures
it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from gendocs.incremental.manifest import MANIFEST
from gendocs.pipeline import build
from gendocs.project import find_project
from tests.conftest import copy_project
from tests.review.helpers import ENV, GENDOCS, set_availability

# What a build with nothing to do must not import (the brief of issue 17's no-op item).
HEAVY = ("docxtpl", "docx", "lxml", "jinja2", "cerberus", "ruamel", "matplotlib", "rich")
HEAVY_GENDOCS = ("gendocs.amend", "gendocs.doctypes", "gendocs.validate", "gendocs.compute")
NOOP = (
    "import sys; from gendocs.cli import main\n"
    "try:\n    main(sys.argv[1:])\n"
    "except SystemExit as done:\n    assert not done.code, done.code\n"
    "print(sorted({m.split('.')[0] if not m.startswith('gendocs.') else "
    "'.'.join(m.split('.')[:2]) for m in sys.modules}))"
)


def gendocs_build(folder: Path, *args: str) -> tuple[list[str], str, str]:
    """``gendocs build ARGS`` in a fresh process: the modules it imported, its stdout, stderr."""
    done = subprocess.run(
        [GENDOCS[0], "-c", NOOP, "build", *args],
        cwd=folder,
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    *printed, modules = done.stdout.strip().splitlines() or [""]
    return json.loads(modules.replace("'", '"')), "\n".join(printed), done.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample, every document built once (in this process)."""
    folder = copy_project(tmp_path_factory.mktemp("noop"))
    build(find_project(folder), [])
    return folder


def test_a_build_with_nothing_to_do_imports_nothing_heavy(built: Path) -> None:
    modules, stdout, stderr = gendocs_build(built)
    documents = sorted((built / "output").glob("*.docx"))
    assert len(documents) > 20  # the sample's documents, built by the fixture
    assert stdout == ""  # no document path: nothing was written
    assert stderr.strip() == f"変更のない文書 {len(documents)}件は作り直しません"
    assert [m for m in modules if m in HEAVY or m in HEAVY_GENDOCS] == []


def test_named_documents_and_english_take_the_same_quick_path(built: Path) -> None:
    modules, stdout, stderr = gendocs_build(built, "plan", "sla")
    assert (stdout, stderr.strip()) == ("", "変更のない文書 2件は作り直しません")
    assert "gendocs.doctypes" not in modules
    done = subprocess.run(
        [*GENDOCS, "--lang", "en", "build"], cwd=built, env=ENV, capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout == ""
    assert done.stderr.strip().startswith("up to date: ")


def test_quiet_says_nothing(built: Path) -> None:
    _modules, stdout, stderr = gendocs_build(built, "-q")
    assert (stdout, stderr) == ("", "")


def test_an_edited_output_file_is_rebuilt_through_the_full_check(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    build(find_project(folder), ["plan", "sla"])
    sla = next((folder / "output").glob("30_*.docx"))
    original = sla.read_bytes()
    sla.write_bytes(original + b"\0")
    modules, stdout, stderr = gendocs_build(folder, "plan", "sla")
    assert stdout.strip() == str(folder / "output" / sla.name)
    assert "出力ファイルが gendocs の外で変更されました" in stderr
    assert "gendocs.doctypes" in modules  # the full check decided
    assert sla.read_bytes() == original  # same input, same bytes


def test_a_changed_value_is_found_by_the_full_check(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    build(find_project(folder), ["plan", "sla"])
    set_availability(folder / "content", "99.9")
    _modules, stdout, stderr = gendocs_build(folder, "plan", "sla")
    assert "sla.availability が変わりました" in stderr
    assert [Path(p).name[:3] for p in stdout.split()] == ["30_"]
    modules, stdout, stderr = gendocs_build(folder, "plan", "sla")
    assert (stdout, stderr.strip()) == ("", "変更のない文書 2件は作り直しません")
    assert "gendocs.doctypes" not in modules  # the rebuild's manifest answers the next check


def test_a_manifest_without_the_registry_is_decided_by_the_full_check(tmp_path: Path) -> None:
    """A manifest written before the registry (an older gendocs) is still read, not trusted."""
    folder = copy_project(tmp_path)
    build(find_project(folder), ["plan"])
    manifest = folder / "output" / MANIFEST
    data = json.loads(manifest.read_text(encoding="utf-8"))
    del data["registry"]
    manifest.write_text(json.dumps(data), encoding="utf-8")
    modules, stdout, stderr = gendocs_build(folder, "plan")
    assert (stdout, stderr.strip()) == ("", "変更のない文書 1件は作り直しません")
    assert "gendocs.doctypes" in modules
