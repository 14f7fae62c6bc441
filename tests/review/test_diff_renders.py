"""gendocs diff renders the new revision's documents only where their inputs differ (issue 17).

The old revision is rendered whole (its documents' reads are what tell which inputs differ); a
document of the new revision that reads the same values from the same template is the old
document's bytes. Renders are counted at docxtpl's entry point (bench/count_renders.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from gendocs.incremental.manifest import MANIFEST
from tests.review.helpers import ENV, make_repo, set_availability

ROOT = Path(__file__).resolve().parents[2]
COUNTING = "import sys; from bench.count_renders import main; main(sys.argv[1:])"


def test_a_diff_after_one_change_renders_the_old_side_and_the_changed_documents(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "consortium")
    set_availability(repo / "content", "99.9")
    count = tmp_path / "renders"
    env = ENV | {"PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", COUNTING, str(count), "diff", "--date", "2026-12-01"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    (folder,) = (repo / "output" / "diff").iterdir()
    redlines = list(folder.glob("*（見え消し）.docx"))
    built = subprocess.run(
        [sys.executable, "-c", "from gendocs.cli import main; main()", "-q", "build"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert built.returncode == 0, built.stderr
    documents = list((repo / "output").glob("*.docx"))
    manifest = json.loads((repo / "output" / MANIFEST).read_text(encoding="utf-8"))["documents"]
    # the documents whose inputs differ: those the incremental build records reading the 稼働率
    # (the SLA, the RFP …; some read it without printing it differently), not all of them
    reading = [
        n for n, e in manifest.items() if ["sla", "availability"] in (p for p, _ in e["reads"])
    ]
    assert 0 < len(redlines) <= len(reading) < len(documents)
    # and those reading a fact computed from it (the 監査実施要綱 reads the numbered 対策基準,
    # which quotes the 稼働率): the documents whose recorded inputs differ between a build of the
    # committed content (the old side) and one of the edited content (the new side)
    subprocess.run(["git", "checkout", "-q", "HEAD", "--", "content"], cwd=repo, check=True)
    rebuilt = subprocess.run(
        [sys.executable, "-c", "from gendocs.cli import main; main()", "-q", "build"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    old = json.loads((repo / "output" / MANIFEST).read_text(encoding="utf-8"))["documents"]

    def inputs(entry: dict[str, object]) -> tuple[object, object]:
        return entry["reads"], entry.get("facts")

    differing = [n for n in manifest if inputs(manifest[n]) != inputs(old[n])]
    assert set(reading) <= set(differing) < set(manifest)
    assert int(count.read_text(encoding="utf-8")) == len(documents) + len(differing)
