"""A placeholder left in a built document fails the build, located, and writes nothing
(issue 10: 「○」「第○号」「○○」 in any output is an error)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from gendocs.pipeline import build
from gendocs.render.leftovers import PlaceholderLeftError
from tests.conftest import REPO, project_in, unfreeze


def _seed_template(project_dir: Path, old: str, new: str) -> None:
    """Copy the bundled 設置要綱 template into the project, ``old`` paragraph text made ``new``."""
    (project_dir / "templates").mkdir()
    target = project_dir / "templates" / "establishment.docx"
    shutil.copy(REPO / "templates" / "establishment.docx", target)
    document = docx.Document(str(target))
    (paragraph,) = [p for p in document.paragraphs if p.text == old]
    runs = paragraph.runs
    runs[0].text = new
    for run in runs[1:]:
        run.text = ""
    document.save(str(target))


def test_fixed_text_placeholder_fails_the_build_and_keeps_the_outputs(
    project_dir: Path,
) -> None:
    project = project_in(project_dir)
    (built,) = build(project, ["establishment"])
    before = built.read_bytes()
    _seed_template(project_dir, "{{ enacted }}制定", "{{ enacted }}制定　要綱第○号")

    with pytest.raises(PlaceholderLeftError) as caught:
        build(project_in(project_dir), ["establishment"], force=True)

    (left,) = caught.value.leftovers
    assert left.mark == "第○号"
    assert left.document.endswith("40_推進協議会設置要綱.docx")
    assert left.paragraph.startswith("令和8年4月1日制定")
    assert left.template is not None
    assert left.template.template.endswith("templates/establishment.docx")
    assert left.template.paragraph == "{{ enacted }}制定　要綱第○号"
    text = caught.value.lines("ja")[0]
    assert "40_推進協議会設置要綱.docx: 段落「令和8年4月1日制定　要綱第○号」" in text
    assert "templates/establishment.docx: 段落「{{ enacted }}制定　要綱第○号」" in text
    assert "placeholder '第○号'" in caught.value.lines("en")[0]
    assert built.read_bytes() == before  # the failed build wrote nothing


def test_unfilled_value_fails_only_a_strict_build(project_dir: Path) -> None:
    """「未記入」 (what gendocs init leaves) builds a draft; --strict, documents to hand out."""
    unfreeze(project_dir)  # a 設置要綱 being drafted, not the sample's as enacted
    path = project_dir / "content" / "bylaws.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    short_name: 協議会\n"
    assert text.count(old) == 1
    path.write_text(text.replace(old, "    short_name: 未記入\n"), encoding="utf-8")
    project = project_in(project_dir)
    (built,) = build(project, ["establishment"])
    assert "（以下「未記入」という。）" in "\n".join(
        p.text for p in docx.Document(str(built)).paragraphs
    )

    with pytest.raises(PlaceholderLeftError) as caught:
        build(project, ["establishment"], force=True, strict=True)

    first = caught.value.leftovers[0]
    assert (first.mark, first.template) == ("未記入", None)
    assert "gendocs validate" in caught.value.lines("ja")[0]
