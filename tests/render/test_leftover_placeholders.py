"""A placeholder left in a built document fails the build, located, and writes nothing
(issue 10: 「○」「第○号」「○○」 in any output is an error)."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from gendocs.pipeline import build
from gendocs.render.leftovers import PlaceholderLeftError, leftovers
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


def _docx_with(paragraph: str, rewrite: Callable[[bytes], bytes] = lambda xml: xml) -> bytes:
    """A .docx (python-docx's default package) whose body holds ``paragraph``, its
    word/document.xml then passed through ``rewrite``."""
    document = docx.Document()
    document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, rewrite(data) if item.filename == "word/document.xml" else data)
    return out.getvalue()


@pytest.mark.parametrize(
    "rewrite",
    [
        lambda xml: xml,
        # 「○」 as a character reference: the check does not skip the part for lack of its bytes
        lambda xml: xml.replace("○".encode(), b"&#9675;"),
        lambda xml: xml.replace("○".encode(), b"&#x25CB;"),
        # a part in UTF-16
        lambda xml: xml.decode().replace("UTF-8", "UTF-16").encode("utf-16"),
    ],
    ids=["utf-8", "decimal-reference", "hex-reference", "utf-16"],
)
def test_a_placeholder_is_found_however_the_part_writes_it(
    rewrite: Callable[[bytes], bytes], request: pytest.FixtureRequest
) -> None:
    """The check reads only the parts whose bytes may hold a 「○」: one written as a character
    reference or in UTF-16 (no 「○」 in UTF-8 in the part) is found all the same."""
    template = REPO / "templates" / "establishment.docx"
    data = _docx_with("要綱第○号を定める", rewrite)
    part = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    assert ("○".encode() in part) == request.node.callspec.id.startswith("utf-8")
    (left,) = leftovers(data, "x.docx", template, strict=False)
    assert (left.mark, left.paragraph) == ("第○号", "要綱第○号を定める")
    plain = _docx_with("要綱第一号を定める", rewrite)
    assert leftovers(plain, "x.docx", template, strict=False) == []
