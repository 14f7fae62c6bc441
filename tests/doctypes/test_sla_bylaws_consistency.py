"""One fact, every document: change the 稼働率 and a member's name once in content/, and every SLA,
security and legal document that shows them follows; none keeps the old value."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gendocs.pipeline import build
from gendocs.project import find_project
from tests.realclient import docx_text

SAMPLE = Path(__file__).resolve().parents[2] / "content"
DOCUMENTS = [
    "sla",
    "security_policy",
    "security_audit",
    "establishment",
    "union_rules",
    "agreement",
]
# (file, old YAML, new YAML, old text in documents, new text, documents expected to show it)
CHANGES = [
    (
        "sla.yaml",
        "availability: 99.5\n",
        "availability: 99.9\n",
        "99.5%",
        "99.9%",
        {"sla", "security_policy"},
    ),
    # 0.1% of 3,430 h = 205.8 min → 3 h 25 min a year (was 17 h 9 min at 99.5%).
    ("sla.yaml", None, None, "17時間9分", "3時間25分", {"sla"}),
    (
        "members.yaml",
        "name: 葉山町\n",
        "name: 葉山港町\n",
        "葉山町",
        "葉山港町",
        {"sla", "establishment", "union_rules", "agreement"},
    ),
]


def texts(folder: Path) -> dict[str, str]:
    paths = build(find_project(folder), DOCUMENTS)
    return {name: docx_text(path) for name, path in zip(DOCUMENTS, paths, strict=True)}


@pytest.fixture(scope="module")
def before_after(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, str]]:
    before, after = tmp_path_factory.mktemp("before"), tmp_path_factory.mktemp("after")
    for folder in (before, after):
        shutil.copytree(SAMPLE, folder / "content")
    for file, old, new, *_ in CHANGES:
        if old is None or new is None:
            continue
        path = after / "content" / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        path.write_text(text.replace(old, new), encoding="utf-8")
    return texts(before), texts(after)


@pytest.mark.parametrize(
    "old,new,shown_in",
    [(c[3], c[4], c[5]) for c in CHANGES],
    ids=["稼働率", "許容停止時間", "団体名"],
)
def test_every_document_showing_a_value_follows_its_change(
    before_after: tuple[dict[str, str], dict[str, str]], old: str, new: str, shown_in: set[str]
) -> None:
    before, after = before_after
    assert {name for name, text in before.items() if old in text} == shown_in
    for name in DOCUMENTS:
        assert old not in after[name], f"{name} still shows {old}"
    assert {name for name, text in after.items() if new in text} == shown_in
