"""gendocs diff renders only the documents whose recorded inputs differ (issue 17).

Each document's reads recorded by the last build (output/'s manifest) tell, without rendering,
which documents read the same values on both revisions: those are rendered on neither side, the
others on both, so a diff after one change makes 2 × the changed documents' renders. Without a
usable manifest the old revision is rendered whole and the new one where its inputs differ. The
files written are the same either way. Renders are counted at docxtpl's entry point
(bench/count_renders.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from gendocs.incremental.manifest import MANIFEST
from tests.review.helpers import ENV, make_repo, set_availability

ROOT = Path(__file__).resolve().parents[2]
COUNTING = "import sys; from bench.count_renders import main; main(sys.argv[1:])"
ENV_HERE = ENV | {"PYTHONPATH": str(ROOT)}


def _run(repo: Path, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", *args],
        cwd=repo,
        env=ENV_HERE,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr


def _build(repo: Path) -> dict[str, dict[str, object]]:
    _run(repo, "from gendocs.cli import main; main()", "-q", "build")
    manifest = json.loads((repo / "output" / MANIFEST).read_text(encoding="utf-8"))
    return dict(manifest["documents"])


def _diff(repo: Path, count: Path, kept: Path) -> tuple[int, dict[str, bytes]]:
    """Run ``gendocs diff`` counting renders; the count and the files written (moved to kept)."""
    _run(repo, COUNTING, str(count), "diff", "--date", "2026-12-01")
    (folder,) = (repo / "output" / "diff").iterdir()
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    shutil.move(folder, kept)
    return int(count.read_text(encoding="utf-8")), files


def test_a_diff_after_one_change_renders_only_the_documents_whose_inputs_differ(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "consortium")
    old = _build(repo)  # the committed content: the old side of ``gendocs diff``
    set_availability(repo / "content", "99.9")
    after_old_build, files = _diff(repo, tmp_path / "renders", tmp_path / "first")
    new = _build(repo)  # the edited content: the new side
    after_new_build, files_again = _diff(repo, tmp_path / "renders", tmp_path / "second")
    (repo / "output" / MANIFEST).unlink()
    without_manifest, files_without = _diff(repo, tmp_path / "renders", tmp_path / "third")

    # the documents whose inputs differ: those whose recorded reads (and facts read) differ
    # between a build of the committed content and one of the edited content
    def inputs(entry: dict[str, object]) -> tuple[object, object]:
        return entry["reads"], entry.get("facts")

    assert set(old) == set(new)
    differing = [n for n in new if inputs(new[n]) != inputs(old[n])]
    # among them every document reading the 稼働率 itself (the SLA, the RFP …), and those
    # reading a fact computed from it (the 監査実施要綱 reads the numbered 対策基準), not all
    reading = [n for n, e in new.items() if ["sla", "availability"] in (p for p, _ in e["reads"])]
    assert 0 < len(reading) and set(reading) <= set(differing) < set(new)
    redlines = [name for name in files if name.endswith("（見え消し）.docx")]
    assert 0 < len(redlines) <= len(differing)
    # the manifest of either side's build tells the same: both sides render the differing ones
    assert after_old_build == 2 * len(differing)
    assert after_new_build == 2 * len(differing)
    # no manifest: the old side whole, the new side where inputs differ (as before issue 17)
    assert without_manifest == len(new) + len(differing)
    # and the same files written every way (redlines dated by --date: byte-identical)
    assert files_again == files
    assert files_without == files
