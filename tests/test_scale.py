"""Any consortium works from YAML alone: 4 members or 200, none of the sample's names leak."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from bench.synthetic import make_consortium
from gendocs.pipeline import build
from gendocs.project import find_project
from tests.golden import document_text

SAMPLE_MEMBERS = ["葉山町", "寒川町", "清川村"]


@pytest.mark.parametrize("members", [4, 200])
def test_the_plan_builds_for_any_number_of_members(tmp_path: Path, members: int) -> None:
    make_consortium(members, tmp_path)
    (plan,) = build(find_project(tmp_path), ["plan"])
    text = document_text(plan)
    for name in SAMPLE_MEMBERS:
        assert name not in text
    assert f"第{members}町" in text
    table = next(
        t
        for t in Document(str(plan)).tables
        if [c.text for c in t.rows[0].cells][:3] == ["No", "団体名", "人口（人）"]
    )
    assert len(table.rows) == members + 2  # header, one row per member, total
