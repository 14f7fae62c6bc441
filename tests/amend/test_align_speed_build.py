"""A build drafts each ordinance once (issue 17: "ordinances drafted twice").

The 改正文 (50) and the 新旧対照表 (51) documents, the 最終改正 lines of the instruments an
ordinance amends and the cross-document rules all read the drafts that the compute stage made
once (``gendocs.compute.amendments.draft_amendments``, :class:`gendocs.compute.facts.Facts`). The
count is taken where every draft is planned: ``plan_amendment`` runs once per drafted amendment.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from gendocs.amend.draft import amendment
from gendocs.pipeline import build
from tests.conftest import copy_project, project_in


def test_a_forced_build_drafts_every_ordinance_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_project(tmp_path)
    drafted: Counter[str] = Counter()
    plan = amendment.plan_amendment

    def counted(*args: object, **kw: object) -> object:
        drafted[args[0].title] += 1  # type: ignore[attr-defined]
        return plan(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(amendment, "plan_amendment", counted)
    paths = build(project_in(folder), [], force=True)

    names = {path.name for path in paths}
    assert any("改正文" in name for name in names) and any("新旧対照表" in name for name in names)
    ordinances = sorted((folder / "content" / "ordinances").glob("*.yaml"))
    # Every file of content/ordinances changes its rule (the 規約's from the commit it was
    # adopted at, read from git): each is drafted, and only once.
    assert len(drafted) == len(ordinances), drafted
    assert set(drafted.values()) == {1}, drafted
    # The rules written as old and new text are drafted under their own titles.
    texts = [YAML(typ="safe").load(path.read_text(encoding="utf-8")) for path in ordinances]
    titles = {data["old"].splitlines()[0] for data in texts if "old" in data}
    assert len(titles) >= 5 and titles <= set(drafted), (titles, drafted)
