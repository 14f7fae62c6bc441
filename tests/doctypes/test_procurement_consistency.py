"""One fact changed in content changes every procurement document, and no document keeps the old
one.

Issue 4, item 6: a member renamed, the contract period moved or the SLA's 稼働率 raised must show
in the 調達計画書, RFI, 仕様書, RFP and 評価基準書 alike (the SLA value only where it is quoted).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from gendocs.pipeline import build
from gendocs.project import find_project
from tests.realclient import docx_text, pandoc_text

REPO = Path(__file__).resolve().parents[2]
NAMES = ["procurement_plan", "rfi", "procurement_spec", "rfp", "evaluation"]

# (file, old text, new text): applied to a copy of the sample content
EDITS = [
    ("members.yaml", "    name: 葉山町\n", "    name: 葉山新町\n"),
    ("procurement.yaml", "  contract_end: 2033-03-31\n", "  contract_end: 2034-03-31\n"),
    ("sla.yaml", "  availability: 99.5\n", "  availability: 99.9\n"),
]


def flat(text: str) -> str:
    """Text without white space."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The documents built from a copy of the sample with every edit applied, as text."""
    root = tmp_path_factory.mktemp("changed")
    shutil.copytree(REPO / "content", root / "content")
    for file, old, new in EDITS:
        path = root / "content" / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"the sample changed: {old!r} is not in {file} once"
        path.write_text(text.replace(old, new), encoding="utf-8")
    paths = build(find_project(root), NAMES)
    return {name: flat(pandoc_text(p) + docx_text(p)) for name, p in zip(NAMES, paths, strict=True)}


@pytest.mark.parametrize("name", NAMES)
def test_a_renamed_member_is_renamed_everywhere(changed: dict[str, str], name: str) -> None:
    assert "葉山新町" in changed[name]
    assert "葉山町" not in changed[name]


@pytest.mark.parametrize("name", NAMES)
def test_a_longer_contract_shows_its_new_end_everywhere(changed: dict[str, str], name: str) -> None:
    assert "令和9年10月1日から令和16年3月31日まで" in changed[name]
    assert "令和15年3月31日" not in changed[name]
    assert "5年6か月" not in changed[name]


# where each document quotes the SLA's 稼働率
AVAILABILITY = {
    "procurement_plan": "稼働率99.9%以上",
    "procurement_spec": "稼働率は、99.9%以上とする",
    "rfp": "において99.9%以上であり",
}


@pytest.mark.parametrize("name", list(AVAILABILITY))
def test_a_new_availability_target_is_quoted_where_the_sla_is(
    changed: dict[str, str], name: str
) -> None:
    assert AVAILABILITY[name] in changed[name]
    assert "99.5%" not in changed[name]


def test_the_longer_contract_is_six_and_a_half_years(changed: dict[str, str]) -> None:
    assert "令和9年10月1日から令和16年3月31日まで（6年6か月）" in changed["procurement_spec"]
