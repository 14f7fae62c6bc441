"""The adopted revisions validated by a forked process while the current content is validated
(gendocs.compute.revisions, issue 17): the same contents, the same facts, the same errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gendocs.compute.revisions import prevalidated, validated_in_background
from gendocs.errors import ContentError
from gendocs.load import RawContent, load_content
from gendocs.pipeline import prepare
from gendocs.render.workers import can_fork
from gendocs.validate import validate
from tests.compute.test_instrument_history import _adopt, _commit, _edit, _git
from tests.conftest import SAMPLE_CONTENT, copy_project, unfreeze

pytestmark = pytest.mark.skipif(not can_fork(), reason="the revisions are validated in a fork")


def test_the_forked_validation_gives_the_same_contents_and_facts(tmp_path: Path) -> None:
    raw = load_content(copy_project(tmp_path / "project") / "content")
    revisions = {k: v for k, v in raw.revisions.items() if isinstance(v, RawContent)}
    assert len(revisions) == 2  # the sample's 設置要綱 and 規約 as adopted
    expected = prepare(raw)
    with validated_in_background(raw):
        found = {label: prevalidated(label, old) for label, old in revisions.items()}
        facts = prepare(raw)
    for label, old in revisions.items():
        assert found[label] is not None, label  # validated by the child, not again here
        assert found[label] == validate(old)
    assert facts == expected
    assert repr(facts) == repr(expected)


def test_a_revision_that_fails_is_reported_as_without_the_fork(tmp_path: Path) -> None:
    """An invalid date in the content at the adoption: the child cannot validate it, the parent
    validates it when the amendment asks and reports it, located as ever."""
    repo = tmp_path / "project"
    shutil.copytree(SAMPLE_CONTENT, repo / "content")
    unfreeze(repo)
    _git(repo, "init", "-q", "-b", "main")
    _edit(repo, "content/bylaws.yaml", "    enacted: 2011-02-08", "    enacted: 2011-02-31")
    _commit(repo, "誤った制定日", "制定")
    _edit(repo, "content/bylaws.yaml", "    enacted: 2011-02-31", "    enacted: 2011-02-08")
    _adopt(repo, "制定")
    raw = load_content(repo / "content")
    said = []
    for background in (False, True):
        with pytest.raises(ContentError) as caught:
            if background:
                with validated_in_background(raw):
                    assert prevalidated("制定", raw.revisions["制定"]) is None
                    prepare(raw)
            else:
                prepare(raw)
        said.append([p.text() for p in caught.value.problems])
    assert said[0] == said[1]
    assert len(said[1]) == 1 and said[1][0].startswith("制定:content/bylaws.yaml:")
