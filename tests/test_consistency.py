"""One fact, one place: change a value in content/ and every document that showed it follows.

Covers every document type at once (issue 4's consistency rule): a member's name, the 稼働率, the
contract period and a cost-sharing ratio.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from gendocs.pipeline import build
from tests.conftest import REPO, copy_project, project_in
from tests.golden import document_text

# (file, text in the sample, replacement, pattern of the old value, pattern of the new value)
CHANGES = [
    ("members.yaml", "name: 葉山町", "name: 葉山港町", "葉山町", "葉山港町"),
    ("sla.yaml", "availability: 99.5\n", "availability: 99.9\n", r"99\.5", r"99\.9"),
    (
        "procurement.yaml",
        "contract_end: 2033-03-31",
        "contract_end: 2034-03-31",
        "令和15年3月31日",
        "令和16年3月31日",
    ),
    (
        "costs.yaml",
        "{basis: 均等割, weight: 0.4}, {basis: 人口割, weight: 0.6}",
        "{basis: 均等割, weight: 0.3}, {basis: 人口割, weight: 0.7}",
        "均等割(?:40%|100分の40)",
        "均等割(?:30%|100分の30)",
    ),
]


# Edits that go with CHANGES so that the content still agrees with itself: the 債務負担行為
# covers the longer contract (docs/rules.md, money.debt_burden).
WITH_CHANGES = [("procurement.yaml", "end_fiscal_year: 2032}", "end_fiscal_year: 2033}")]


AMENDMENTS = ("50_", "51_")  # 条例等の一部改正（改正文・新旧対照表）
# the document of each instrument bylaws content can freeze at its adoption
INSTRUMENT_DOCUMENTS = {"establishment": "40_", "union_rules": "41_", "agreement": "42_"}


def _frozen() -> tuple[str, ...]:
    """The documents the sample renders from the content at their adoption
    (``bylaws.<instrument>.adopted``): they read as enacted, whatever content says now."""
    bylaws = YAML(typ="safe").load((REPO / "content" / "bylaws.yaml").read_text(encoding="utf-8"))
    return tuple(
        prefix
        for key, prefix in INSTRUMENT_DOCUMENTS.items()
        if isinstance(bylaws["bylaws"].get(key), dict) and bylaws["bylaws"][key].get("adopted")
    )


def _texts(folder: Path) -> dict[str, str]:
    return {path.name: document_text(path) for path in build(project_in(folder), [])}


@pytest.fixture(scope="module")
def before_after(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, str]]:
    before = _texts(copy_project(tmp_path_factory.mktemp("before")))
    changed = copy_project(tmp_path_factory.mktemp("after"))
    for file, old, new, *_patterns in CHANGES + WITH_CHANGES:
        path = changed / "content" / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"the sample no longer has {old!r} once in {file}"
        path.write_text(text.replace(old, new), encoding="utf-8")
    return before, _texts(changed)


@pytest.mark.parametrize(("old", "new"), [(c[3], c[4]) for c in CHANGES])
def test_every_document_that_showed_a_value_shows_the_new_one(
    before_after: tuple[dict[str, str], dict[str, str]], old: str, new: str
) -> None:
    before, after = before_after
    showing = [name for name, text in before.items() if re.search(old, text)]
    assert showing, f"no document shows {old}: the test would prove nothing"
    frozen = _frozen()
    for name in showing:
        if name.startswith(frozen):  # an instrument as enacted keeps what it said then
            assert re.search(old, after[name]), f"{name} is frozen but changed"
            continue
        assert re.search(new, after[name]), f"{name} does not show {new}"
    stale = [
        name for name, text in after.items() if re.search(old, text) and not name.startswith(frozen)
    ]
    # 50/51 amend the 規約 from the content it was adopted at (content/ordinances `adopted:`): a
    # value the 規約 states that changed since is an amendment, drafted from the old value to the
    # new one. There the old value is right, and only beside the new one.
    drafted = [n for n in stale if n.startswith(AMENDMENTS) and re.search(new, after[n])]
    assert [name for name in stale if name not in drafted] == []
