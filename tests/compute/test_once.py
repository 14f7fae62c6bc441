"""Each computation runs once per build: one cost allocation, one draft per ordinance.

The real functions are wrapped by a counter wherever gendocs refers to them (every module that
imported them by name), so a second caller anywhere — a document type, a validation check, the
incremental build — is counted too. Their results are the real ones: the build still runs whole.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gendocs.amend.draft.amendment import draft_amendment
from gendocs.compute.allocate import allocate
from gendocs.load import load_content
from gendocs.pipeline import build
from tests.conftest import copy_project, project_in


def _count_calls(
    monkeypatch: pytest.MonkeyPatch, function: Callable[..., Any], key: Callable[..., str]
) -> Counter[str]:
    """Wrap ``function`` in every gendocs module that holds it; count the calls by ``key``."""
    calls: Counter[str] = Counter()

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[key(*args, **kwargs)] += 1
        return function(*args, **kwargs)

    holders = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("gendocs") and getattr(module, function.__name__, None) is function
    ]
    assert holders, f"{function.__name__} is not used by any loaded gendocs module"
    for module in holders:
        monkeypatch.setattr(module, function.__name__, counted)
    return calls


def _ordinances(folder: Path) -> int:
    return len(load_content(folder / "content").data["ordinances"])


@pytest.mark.parametrize(
    "names", [[], ["plan", "amendment_texts", "amendment_tables"]], ids=["all", "named"]
)
def test_one_allocation_and_one_draft_per_ordinance_per_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str]
) -> None:
    folder = copy_project(tmp_path)
    build(project_in(folder), [])  # imports every document type before the functions are wrapped
    allocations = _count_calls(monkeypatch, allocate, lambda *_a, **_k: "allocate")
    drafts = _count_calls(monkeypatch, draft_amendment, lambda old, new, **_k: old.title)
    build(project_in(folder), names, force=True)
    assert allocations == Counter({"allocate": 1})
    assert sum(drafts.values()) == _ordinances(folder) > 1
    assert set(drafts.values()) == {1}  # each rule drafted (and verified) once


def test_a_build_with_nothing_to_do_computes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_project(tmp_path)
    build(project_in(folder), [])
    allocations = _count_calls(monkeypatch, allocate, lambda *_a, **_k: "allocate")
    drafts = _count_calls(monkeypatch, draft_amendment, lambda old, new, **_k: old.title)
    build(project_in(folder), [])
    assert not allocations and not drafts
