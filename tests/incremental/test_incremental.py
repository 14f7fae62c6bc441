"""Incremental builds: only documents whose inputs changed are rebuilt, and the reason is given."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from gendocs.doctypes import DocumentType
from gendocs.errors import Msg
from gendocs.incremental.manifest import MANIFEST, plan_build
from gendocs.pipeline import build
from gendocs.project import find_project
from tests.conftest import copy_project
from tests.review.helpers import ENV, GENDOCS, set_availability

DOCUMENTS = ["plan", "sla"]


def build_and_explain(folder: Path, force: bool = False) -> dict[str, str | None]:
    reasons: dict[str, str | None] = {}

    def explain(doctype: DocumentType, reason: Msg | None) -> None:
        reasons[doctype.name] = reason.en if reason else None

    build(find_project(folder), DOCUMENTS, force=force, explain=explain)
    return reasons


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = copy_project(tmp_path_factory.mktemp("incremental"))
    assert build_and_explain(folder) == {"plan": "not built before", "sla": "not built before"}
    return folder


def test_a_second_build_with_no_change_rebuilds_nothing(built: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in (built / "output").glob("*.docx")}
    assert build_and_explain(built) == {"plan": None, "sla": None}
    after = {p.name: p.stat().st_mtime_ns for p in (built / "output").glob("*.docx")}
    assert after == before


def test_the_no_op_check_loads_no_content_and_is_fast(built: Path) -> None:
    project = find_project(built)
    started = time.perf_counter()
    plan = plan_build(
        project,
        [d for d in _types() if d.name in DOCUMENTS],
        False,
        lambda: pytest.fail("the content was loaded"),
    )
    assert plan.stale == [] and time.perf_counter() - started < 0.5


def test_a_no_op_build_imports_no_plotting_library(built: Path) -> None:
    import subprocess

    code = (
        "import sys; from gendocs.cli import main; main(['-q', 'build', 'plan', 'sla']); "
        "print(sorted(m for m in sys.modules if m.startswith('matplotlib')))"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [GENDOCS[0], "-c", code], cwd=built, env=ENV, capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - started
    assert done.stdout.strip().endswith("[]"), done.stdout
    assert elapsed < 5, elapsed  # typically 0.5 s including the interpreter; generous for CI


def test_the_manifest_records_what_each_document_read(built: Path) -> None:
    manifest = json.loads((built / "output" / MANIFEST).read_text(encoding="utf-8"))
    reads = {tuple(p) for p, _ in manifest["documents"]["sla"]["reads"]}
    assert ("sla", "availability") in reads
    assert ("sla", "availability") not in {
        tuple(p) for p, _ in manifest["documents"]["plan"]["reads"]
    }


def test_a_changed_value_rebuilds_only_the_documents_that_read_it(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    build_and_explain(folder)
    set_availability(folder / "content", "99.9")
    assert build_and_explain(folder) == {"plan": None, "sla": "sla.availability changed"}
    assert build_and_explain(folder) == {"plan": None, "sla": None}


def test_force_rebuilds_everything_and_a_deleted_output_is_rebuilt(built: Path) -> None:
    assert build_and_explain(built, force=True) == {"plan": "--force", "sla": "--force"}
    next((built / "output").glob("01_*.docx")).unlink()
    assert build_and_explain(built)["plan"] == "output file missing"


def _types() -> list[DocumentType]:
    from gendocs.doctypes import all_types

    return all_types()
