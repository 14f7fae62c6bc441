"""Incremental builds and computed facts: a document is rebuilt when a fact it read changes.

The facts (cost allocation, drafted amendments) are computed once from the untracked content, so
the manifest records which facts each document read, fingerprinted whole.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from gendocs.doctypes import DocumentType
from gendocs.errors import Msg
from gendocs.incremental.manifest import MANIFEST
from gendocs.pipeline import build
from gendocs.project import find_project
from tests.conftest import copy_project

DOCUMENTS = ["plan", "sla", "amendment_texts"]


def build_and_explain(folder: Path) -> dict[str, str | None]:
    reasons: dict[str, str | None] = {}

    def explain(doctype: DocumentType, reason: Msg | None) -> None:
        reasons[doctype.name] = reason.en if reason else None

    build(find_project(folder), DOCUMENTS, explain=explain)
    return reasons


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_manifest_records_the_facts_each_document_read(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    build_and_explain(folder)
    documents = json.loads((folder / "output" / MANIFEST).read_text(encoding="utf-8"))["documents"]
    facts = {name: [tuple(p) for p, _ in entry["facts"]] for name, entry in documents.items()}
    assert facts == {
        "plan": [("costs",)],
        "sla": [],
        "amendment_texts": [("amendments",), ("issuances",)],
    }


def test_a_changed_cost_rebuilds_the_documents_that_read_the_costs(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    build_and_explain(folder)
    _edit(folder / "content" / "costs.yaml", "amount: 150000000}", "amount: 160000000}")
    reasons = build_and_explain(folder)
    assert reasons["sla"] is None and reasons["amendment_texts"] is None
    assert reasons["plan"] is not None and "facts.costs" in reasons["plan"]
    assert build_and_explain(folder) == dict.fromkeys(DOCUMENTS)


def test_a_changed_rule_text_rebuilds_the_amendments_only(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    build_and_explain(folder)
    rule = folder / "content" / "ordinances" / "samukawa-tesuryo.yaml"
    _edit(
        rule,
        "住民票の写しの交付｜1通につき｜300円｜200円",
        "住民票の写しの交付｜1通につき｜300円｜150円",
    )
    assert build_and_explain(folder) == {
        "plan": None,
        "sla": None,
        # each rule's ``issued`` (its 議案 / 公布文) comes with the drafts (facts.issuances):
        # 50 reads no rule file itself
        "amendment_texts": "facts.amendments changed",
    }


def test_a_changed_instrument_rebuilds_the_amendment_texts_from_the_issuances(
    tmp_path: Path,
) -> None:
    folder = copy_project(tmp_path)
    rule = folder / "content" / "ordinances" / "samukawa-tesuryo.yaml"
    issued = (
        "issued:\n  form: bill\n  number: 議案第12号\n  date: {day}\n"
        "  signatory: {{title: 寒川町長, name: 山田太郎}}\n  reason: 手数料の額を改定するため。\n"
    )
    text = rule.read_text(encoding="utf-8")
    rule.write_text(text + issued.format(day="2027-02-20"), encoding="utf-8")
    build_and_explain(folder)
    rule.write_text(text + issued.format(day="2027-02-21"), encoding="utf-8")
    assert build_and_explain(folder) == {
        "plan": None,
        "sla": None,
        "amendment_texts": "facts.issuances changed",
    }


def test_a_fact_has_the_same_fingerprint_in_every_process() -> None:
    """Fingerprints are compared across runs: no set order or object address may enter them."""
    code = (
        "from gendocs.pipeline import load_and_prepare; from gendocs.project import find_project;"
        "from gendocs.incremental.tracking import fact_fingerprint; import pathlib;"
        "facts = load_and_prepare(find_project(pathlib.Path('.'))).facts;"
        "print(fact_fingerprint(facts.costs), fact_fingerprint(facts.amendments))"
    )
    repo = Path(__file__).resolve().parents[2]
    printed = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=repo,
            env=os.environ | {"PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(printed) == 1 and printed.pop().startswith("whole:")


def test_a_legal_text_is_a_fact_of_its_own(tmp_path: Path) -> None:
    """``facts.legal`` is read entry by entry: a changed 規約 leaves the 基本合意書 as it was."""
    folder = copy_project(tmp_path)
    names = ["union_rules", "agreement"]
    build(find_project(folder), names)
    _edit(folder / "content" / "bylaws.yaml", "title: 〔名称〕規約", "title: 〔名称〕共同処理規約")
    reasons: dict[str, str | None] = {}

    def explain(doctype: DocumentType, reason: Msg | None) -> None:
        reasons[doctype.name] = reason.en if reason else None

    build(find_project(folder), names, explain=explain)
    assert reasons["agreement"] is None
    assert reasons["union_rules"] is not None and "facts.legal" in reasons["union_rules"]
