"""What several documents format alike is worked out once per build, each document's reads intact.

``gendocs.doctypes.once`` (used by ``procurement_facts``, which eleven documents format) computes
on a tracked content once and replays the reads it made into every document that asks
(``gendocs.incremental.tracking``): the manifest must record for each document exactly the content
keys it recorded when each document computed the facts itself, since ``gendocs diff`` and the
incremental build decide from them what a change touches.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gendocs.doctypes import all_types, once
from gendocs.doctypes import procurement_facts as facts_module
from gendocs.incremental.manifest import ordered_reads
from gendocs.incremental.tracking import Reads, track
from gendocs.pipeline import Prepared, load_and_prepare, render_document
from gendocs.project import find_project
from tests.conftest import copy_project
from tests.review.test_council5 import council5_project

# the documents that format procurement_facts (they import it; 仕様書 … 様式, 契約書)
USERS = {
    "procurement_plan",
    "rfi",
    "procurement_spec",
    "rfp",
    "evaluation",
    "form_participation",
    "form_question",
    "form_cover",
    "form_estimate",
    "form_withdrawal",
    "contract",
}


def _render_all(folder: Path, prepared: Prepared) -> dict[str, tuple[bytes, Reads, Reads]]:
    project = find_project(folder)
    out = {}
    for doctype in all_types():
        if doctype.name not in USERS:
            continue
        reads: Reads = {}
        facts: Reads = {}
        file = render_document(project, doctype, prepared.content, prepared.facts, reads, facts)
        out[doctype.name] = (file.data, ordered_reads(reads), ordered_reads(facts))
    return out


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    compute = facts_module._procurement_facts

    def counted(content: Any) -> Any:
        calls[0] += 1
        return compute(content)

    monkeypatch.setattr(facts_module, "_procurement_facts", counted)
    return calls


@pytest.mark.parametrize("consortium", ["sample", "council5"])
def test_shared_facts_leave_every_document_and_its_reads_as_computing_them_itself(
    consortium: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample (一部事務組合) and council5 (任意協議会: the members contract, other parties):
    the same bytes and the same recorded reads, content and facts, with the facts computed once
    and with every document computing them on its own tracked content."""
    folder = (
        copy_project(tmp_path / "sample")
        if consortium == "sample"
        else council5_project(tmp_path / "council5")
    )
    calls = _counting(monkeypatch)
    shared = _render_all(folder, load_and_prepare(find_project(folder)))
    assert calls == [1]
    assert set(shared) == USERS

    monkeypatch.setattr(facts_module, "once", lambda content, compute: compute(content))
    alone = _render_all(folder, load_and_prepare(find_project(folder)))
    assert calls == [1 + len(USERS)]

    for name in USERS:
        data, reads, facts = shared[name]
        assert data == alone[name][0], name
        assert list(reads.items()) == list(alone[name][1].items()), name
        assert facts == alone[name][2], name
    # the facts' own reads are in every document, and so are the template's reads of the
    # content objects the facts hand on (procurement.contract_form is read by the templates only)
    for name in USERS:
        assert ("procurement", "contract_start") in shared[name][1]
    assert any(("procurement", "contract_form") in shared[n][1] for n in USERS)


def _proxies_once() -> tuple[Callable[[Any], dict[str, Any]], list[Any]]:
    seen: list[Any] = []

    def compute(tracked: Any) -> dict[str, Any]:
        seen.append(tracked)
        return {
            "name": tracked.consortium.name,
            "procurement": tracked.procurement,
            "members": [{"member": m, "id": m.id} for m in tracked.members[:2]],
        }

    return compute, seen


def test_reads_through_the_shared_result_count_for_the_document_that_makes_them(
    tmp_path: Path,
) -> None:
    prepared = load_and_prepare(find_project(copy_project(tmp_path)))
    compute, seen = _proxies_once()
    first: Reads = {}
    second: Reads = {}
    a = once(track(prepared.content, first), compute)
    b = once(track(prepared.content, second), compute)
    assert len(seen) == 1  # computed once, for the first document
    # both documents read what the computation read
    for reads in (first, second):
        assert ("consortium", "name") in reads
        assert ("members",) in reads and ("members", 1, "id") in reads
        assert ("procurement", "ceiling_price") not in reads
    # a read through the second document's result is the second document's alone
    assert b["procurement"].ceiling_price == prepared.content.procurement.ceiling_price
    assert ("procurement", "ceiling_price") in second
    assert ("procurement", "ceiling_price") not in first
    assert b["members"][0]["member"].name == prepared.content.members[0].name
    assert ("members", 0, "name") in second and ("members", 0, "name") not in first
    # each document gets its own lists and dicts: a document changing its context changes no other's
    assert a is not b and a["members"] is not b["members"]
    assert a["members"][0] is not b["members"][0]
    b["members"].append("changed")
    assert len(a["members"]) == 2


def test_untracked_content_is_computed_each_time(tmp_path: Path) -> None:
    prepared = load_and_prepare(find_project(copy_project(tmp_path)))
    compute, seen = _proxies_once()
    assert once(prepared.content, compute) == once(prepared.content, compute)
    assert len(seen) == 2
    assert seen[0] is prepared.content


def test_another_content_is_computed_again(tmp_path: Path) -> None:
    """Shared by the content's identity: a second load (another build in the same process, a
    revision) is computed for itself."""
    project = find_project(copy_project(tmp_path))
    compute, seen = _proxies_once()
    once(track(load_and_prepare(project).content, {}), compute)
    once(track(load_and_prepare(project).content, {}), compute)
    assert len(seen) == 2


def test_what_is_shared_does_not_keep_the_content_alive(tmp_path: Path) -> None:
    """The shared store lives as long as the content it is for (a process that builds again,
    the test suite, keeps no earlier content): nothing in it holds the content."""
    folder = copy_project(tmp_path)
    project = find_project(folder)
    prepared = load_and_prepare(project)
    contract = next(d for d in all_types() if d.name == "contract")
    render_document(project, contract, prepared.content, prepared.facts, {}, {})
    tracked = track(prepared.content, {})
    held = once(tracked, _members_and_procurement)
    assert held["procurement"].ceiling_price == prepared.content.procurement.ceiling_price
    # whole reads: a member and the content itself compared
    assert tracked.members[0] == prepared.content.members[0]
    assert tracked == prepared.content
    gone = weakref.ref(prepared.content)
    del prepared, tracked, held
    gc.collect()
    assert gone() is None


def _members_and_procurement(content: Any) -> dict[str, Any]:
    return {"members": content.members, "procurement": content.procurement, "all": content}
