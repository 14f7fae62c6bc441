"""The no-op check reads the manifest's small index and takes no dependency version it can
trust (issue 17: no-op ≤ 0.15 s; at 200 and 1,000 members the whole manifest, 2 and 9 MB of
recorded reads, was parsed to get each document's digests).

The index (``output/.gendocs-manifest-index.json``) is written with the manifest and believed
only beside the manifest it was written with (its SHA-256). The recorded dependency versions are
believed while the places they come from are unchanged (``versions_stamp``: the
``*.dist-info`` names on ``sys.path``, the pandoc programs pypandoc would try); the tests below
install a distribution and a pandoc the way a user would (a ``.dist-info`` folder on
``PYTHONPATH``, a ``pandoc`` on ``PATH``) and check that the no-op then finds the change and the
build says which version changed, as it did when every no-op took the versions anew.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gendocs.incremental import noop
from gendocs.incremental.digests import INDEX
from gendocs.incremental.manifest import MANIFEST
from gendocs.pipeline import build
from gendocs.project import find_project
from tests.conftest import copy_project
from tests.incremental.test_noop import gendocs_build
from tests.review.helpers import ENV, GENDOCS


def test_the_check_reads_the_index_and_not_the_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_project(tmp_path)
    project = find_project(folder)
    build(project, ["plan", "sla"])
    manifest = (folder / "output" / MANIFEST).read_bytes()
    index = json.loads((folder / "output" / INDEX).read_text(encoding="utf-8"))
    assert set(index["documents"]) == {"plan", "sla"}
    recorded = json.loads(manifest)
    for name, entry in index["documents"].items():  # the manifest's entry less its reads
        assert recorded["documents"][name]["reads"]
        assert entry == {
            k: v for k, v in recorded["documents"][name].items() if k not in ("reads", "facts")
        }
    parsed: list[int] = []
    original = json.loads

    def loads(text: str) -> object:
        parsed.append(len(text))
        return original(text)

    def versions() -> dict[str, str]:
        raise AssertionError("the versions were taken again although their places are the same")

    monkeypatch.setattr(json, "loads", loads)  # the module noop reads the index with
    monkeypatch.setattr(noop, "dependency_versions", versions)
    assert noop.current_documents(project, ["plan", "sla"]) == 2
    assert len(parsed) == 1 and parsed[0] < len(manifest) / 2, (parsed, len(manifest))


def test_an_index_beside_another_manifest_is_not_believed(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    project = find_project(folder)
    build(project, ["plan"])
    manifest = folder / "output" / MANIFEST
    assert noop.current_documents(project, ["plan"]) == 1
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["documents"]["plan"]["output"] = "0" * 64  # as if another build had written it
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert noop.current_documents(project, ["plan"]) is None
    (folder / "output" / INDEX).unlink()
    assert noop.current_documents(project, ["plan"]) is None
    # the full check still decides (and finds the file changed against the manifest)
    _modules, stdout, stderr = gendocs_build(folder, "plan")
    assert "出力ファイルが gendocs の外で変更されました" in stderr


def _cli(folder: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*GENDOCS, "build", *args], cwd=folder, env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize("how", ["python -c", "in-process"])
def test_a_quick_no_op_imports_neither_pypandoc_nor_the_metadata_scanner(
    tmp_path: Path, how: str
) -> None:
    """Whether the build ran as ``python -c`` in the project or inside pytest (other first
    ``sys.path`` entries, none holding a distribution), the no-op trusts the recorded versions."""
    folder = copy_project(tmp_path)
    if how == "in-process":
        build(find_project(folder), ["plan"])
    else:
        assert _cli(folder, ENV, "plan").returncode == 0
    modules, stdout, stderr = gendocs_build(folder, "plan")
    assert (stdout, stderr.strip()) == ("", "変更のない文書 1件は作り直しません")
    assert "pypandoc" not in modules


def test_a_distribution_installed_since_the_build_is_found(tmp_path: Path) -> None:
    """A newer docxtpl installed ahead of the one the build used (a ``.dist-info`` folder on
    PYTHONPATH, as pip would leave it): versions changed, every document rebuilt."""
    folder = copy_project(tmp_path / "project")
    extra = tmp_path / "site"
    extra.mkdir()
    env = ENV | {"PYTHONPATH": os.pathsep.join([ENV["PYTHONPATH"], str(extra)])}
    assert _cli(folder, env, "plan").returncode == 0
    assert _cli(folder, env, "plan").stderr.strip() == "変更のない文書 1件は作り直しません"
    info = extra / "docxtpl-99.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: docxtpl\nVersion: 99.0\n", encoding="utf-8"
    )
    done = _cli(folder, env, "plan")
    assert done.returncode == 0, done.stderr
    assert "docxtpl" in done.stderr and "→ 99.0" in done.stderr, done.stderr
    assert done.stdout.strip().endswith("01_自治体クラウド導入計画書.docx")


def test_a_pandoc_put_on_path_since_the_build_is_found(tmp_path: Path) -> None:
    """pypandoc takes the newest pandoc it finds, ``pandoc`` on PATH among them: one put there
    after the build changes the versions."""
    folder = copy_project(tmp_path / "project")
    tools = tmp_path / "bin"
    tools.mkdir()
    env = ENV | {"PATH": os.pathsep.join([str(tools), ENV["PATH"]])}
    assert _cli(folder, env, "plan").returncode == 0
    assert _cli(folder, env, "plan").stderr.strip() == "変更のない文書 1件は作り直しません"
    pandoc = tools / "pandoc"
    pandoc.write_text("#!/bin/sh\necho 'pandoc 99.1'\n", encoding="utf-8")
    pandoc.chmod(0o755)
    done = _cli(folder, env, "plan")
    assert done.returncode == 0, done.stderr
    assert "pandoc" in done.stderr and "→ 99.1" in done.stderr, done.stderr
    assert done.stdout.strip().endswith("01_自治体クラウド導入計画書.docx")


def test_a_library_build_and_a_gendocs_process_write_the_same_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index (its ``stamp``) depends on what is installed, not on the process: a build in
    this pytest process, whose ``sys.path`` may hold an entry twice (the repository was listed
    twice once tests/render/test_parallel.py had been imported, and the next in-process build's
    index differed from a child's: tests/write/test_kill.py failed after it), writes the bytes a
    ``gendocs build`` process writes in a copy of the same project."""
    here = [os.path.abspath(p) if p else os.getcwd() for p in sys.path]
    monkeypatch.setattr(sys, "path", [here[0], *here, here[-1]])  # entries listed twice
    folders = [copy_project(tmp_path / name) for name in ("library", "process")]
    build(find_project(folders[0]), ["sla"])
    done = _cli(folders[1], ENV, "-q", "sla")
    assert done.returncode == 0, done.stderr
    library, process = ((f / "output" / INDEX).read_bytes() for f in folders)
    assert json.loads(library)["stamp"] == json.loads(process)["stamp"]
    assert library == process
