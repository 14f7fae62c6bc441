"""The sample amendments and their expected 改正文 (golden files).

The samples are the text ordinances of content/ordinances (those with ``old``/``new``; an
``instrument:`` file is drafted from the bylaws' history by ``gendocs build``) and the texts kept
here beside their golden files (the 規約 text that the sample's 規約 replaced: it exercises 目次,
章 and moves that no other sample has).

Regenerate the golden files after checking the change with::

    python -m tests.amend.samples --regenerate
"""

from __future__ import annotations

import sys
from pathlib import Path

from ruamel.yaml import YAML

from gendocs.amend import Amendment, draft_amendment
from gendocs.amend.content import OrdinanceDraft, read_ordinance

SAMPLES = Path(__file__).resolve().parents[2] / "content" / "ordinances"
GOLDEN = Path(__file__).parent / "samples" / "ordinances"


def sample_paths() -> list[Path]:
    """Return every sample ordinance file written as old and new text."""
    paths = sorted(SAMPLES.glob("*.yaml")) + sorted(GOLDEN.glob("*.yaml"))
    return [path for path in paths if "\ninstrument:" not in "\n" + path.read_text("utf-8")]


def read_sample(path: Path) -> OrdinanceDraft:
    """Read one sample ordinance file."""
    return read_ordinance(
        YAML(typ="safe").load(path.read_text(encoding="utf-8")), name=path.stem, source=str(path)
    )


def draft_sample(path: Path) -> Amendment:
    """Draft the amendment of one sample."""
    sample = read_sample(path)
    return draft_amendment(sample.old, sample.new, style=sample.style, enactment=sample.enactment)


def golden_path(path: Path) -> Path:
    """Return the golden 改正文 of a sample."""
    return GOLDEN / f"{path.stem}.expected.txt"


if __name__ == "__main__" and "--regenerate" in sys.argv:
    for sample in sample_paths():
        golden_path(sample).write_text(draft_sample(sample).text(), encoding="utf-8")
