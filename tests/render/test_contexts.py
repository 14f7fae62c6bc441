"""What every document type hands its template: plain values and gendocs' frozen value types.

The sandbox (gendocs/render/sandbox.py) lets a template read dict keys, sequence items and the
fields of gendocs' frozen dataclasses, nothing else; this checks that nothing else is there to
read — no docxtpl object holding the template (issue 18), no function, no file or path object.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from markupsafe import Markup

from gendocs.compute.documents import document_facts
from gendocs.doctypes import all_types
from gendocs.incremental.tracking import track, track_facts
from gendocs.pipeline import load_and_prepare
from gendocs.render.context import base_context
from gendocs.render.inert import make_inert
from gendocs.render.limits import SCALARS
from gendocs.render.sandbox import value_fields
from tests.conftest import copy_project, project_in


def leaves(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every value under ``value`` that is neither a container nor a value type, with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}.{key}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from leaves(item, f"{path}[{index}]")
    elif not isinstance(value, Markup) and value_fields(value) is not None:
        for name in sorted(value_fields(value) or ()):
            yield from leaves(getattr(value, name), f"{path}.{name}")
    else:
        yield path, value


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return load_and_prepare(project_in(copy_project(tmp_path_factory.mktemp("contexts"))))


@pytest.mark.parametrize("doctype", all_types(), ids=lambda d: d.name)
def test_a_context_holds_only_what_templates_may_read(content: Any, doctype: Any) -> None:
    tracked = track(content.content, {})  # as the pipeline renders: model objects behind proxies
    facts = track_facts(content.facts, {})
    own = document_facts(tracked, doctype.name)
    context = base_context(tracked, doctype.title, own) | doctype.context(tracked, facts)
    others = [
        (path, type(value).__name__)
        for path, value in leaves(make_inert(context, []))
        if not isinstance(value, SCALARS)
    ]
    assert others == []
