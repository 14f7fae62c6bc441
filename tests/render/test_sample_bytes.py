"""The sample's documents, byte for byte: a change that is not meant to change output does not.

``sample_digests.txt`` holds the sha256 of every document ``gendocs build --force`` makes from
the bundled sample. It was recorded before the template sandbox (issue 18) replaced docxtpl's
InlineImage and policy, which changed no byte. After a change that is *meant* to change the
documents, review the change (``gendocs diff``), then record the new digests with
``python -m tests.render.test_sample_bytes``.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

import pytest

from gendocs.pipeline import build
from tests.conftest import copy_project, project_in

DIGESTS = Path(__file__).with_name("sample_digests.txt")


def sample_digests(folder: Path) -> dict[str, str]:
    """Build every sample document into ``folder``; return file name -> sha256."""
    paths = build(project_in(copy_project(folder)), [], force=True)
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(paths)}


def recorded() -> dict[str, str]:
    lines = DIGESTS.read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split("  ", 1) for line in lines)}


def test_every_sample_document_builds_to_the_recorded_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert sample_digests(tmp_path) == recorded()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        digests = sample_digests(Path(scratch))
    DIGESTS.write_text("".join(f"{d}  {n}\n" for n, d in digests.items()), encoding="utf-8")
    sys.stdout.write(f"recorded {len(digests)} digests in {DIGESTS}\n")
