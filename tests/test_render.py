"""Rendering: content is data, the sandbox holds, builds are reproducible and atomic."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from docx import Document

from gendocs.errors import ContentError, TemplateError
from gendocs.pipeline import build
from gendocs.render.docx import render_template
from tests.conftest import copy_project, project_in
from tests.golden import document_text


def _template(folder: Path, text: str) -> Path:
    doc = Document()
    doc.add_paragraph(text)
    path = folder / "t.docx"
    doc.save(str(path))
    return path


TRICKY = ["{{ 7*7 }}", "{% for x in y %}", "<w:p>", "&amp;", "]]>", "A & B <株>", "{_{ x }_}"]


@pytest.mark.parametrize("value", TRICKY)
def test_a_content_value_renders_literally(tmp_path: Path, value: str) -> None:
    doc = render_template(_template(tmp_path, "[{{ value }}]"), {"value": value})
    out = tmp_path / "out.docx"
    doc.save(str(out))
    assert Document(str(out)).paragraphs[0].text == f"[{value}]"


def test_tricky_values_survive_the_whole_pipeline(project_dir: Path) -> None:
    consortium = project_dir / "content" / "consortium.yaml"
    name = "A&B <w:p> {{ 7*7 }} {% if x %} ]]> 組合"
    text = consortium.read_text(encoding="utf-8").replace(
        "name: 神奈川県町村情報システム共同事業組合", f"name: '{name}'"
    )
    consortium.write_text(text, encoding="utf-8")
    (path,) = build(project_in(project_dir), ["plan"])
    assert name in document_text(path)


def test_an_undefined_name_is_an_error_not_an_empty_string(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        render_template(_template(tmp_path, "{{ missing }}"), {})
    assert "missing" in caught.value.message.en


def test_templates_cannot_reach_python_internals(tmp_path: Path) -> None:
    with pytest.raises(TemplateError):
        render_template(_template(tmp_path, "{{ ''.__class__.__mro__ }}"), {})


def test_templates_cannot_mutate_the_context(tmp_path: Path) -> None:
    with pytest.raises(TemplateError):
        render_template(_template(tmp_path, "{{ items.append(1) }}"), {"items": []})


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_builds_give_identical_bytes(tmp_path: Path) -> None:
    first = build(project_in(copy_project(tmp_path / "a")), ["plan"])
    second = build(project_in(copy_project(tmp_path / "b")), ["plan"])
    assert [_digest(p) for p in first] == [_digest(p) for p in second]


def test_dates_come_from_content_or_source_date_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (plain,) = build(project_in(copy_project(tmp_path / "a")), ["plan"])
    with zipfile.ZipFile(plain) as package:
        core = package.read("docProps/core.xml").decode()
        stamps = {i.date_time for i in package.infolist()}
    assert "2026-11-20T00:00:00Z" in core  # project.date of the sample
    assert stamps == {(2026, 11, 20, 0, 0, 0)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    (epoch,) = build(project_in(copy_project(tmp_path / "b")), ["plan"])
    with zipfile.ZipFile(epoch) as package:
        assert "2026-01-01T00:00:00Z" in package.read("docProps/core.xml").decode()


def test_document_properties(tmp_path: Path) -> None:
    (path,) = build(project_in(copy_project(tmp_path)), ["plan"])
    props = Document(str(path)).core_properties
    assert props.title == "自治体クラウド導入計画書"
    assert props.author == "神奈川県町村情報システム共同事業組合"
    assert props.version == "第1.0版"


def test_a_failed_build_leaves_previous_outputs_untouched(tmp_path: Path) -> None:
    project = project_in(copy_project(tmp_path))
    (path,) = build(project, ["plan"])
    before = _digest(path)
    members = tmp_path / "content" / "members.yaml"
    members.write_text(
        members.read_text(encoding="utf-8").replace("value: 8902,", "value: x,"), encoding="utf-8"
    )
    with pytest.raises(ContentError):
        build(project, ["plan"])
    assert _digest(path) == before
    (tmp_path / "templates").mkdir()
    _template(tmp_path / "templates", "{{ broken")
    (tmp_path / "templates" / "t.docx").rename(tmp_path / "templates" / "plan.docx")
    members.write_text(
        members.read_text(encoding="utf-8").replace("value: x,", "value: 8902,"), encoding="utf-8"
    )
    with pytest.raises(TemplateError):
        build(project_in(tmp_path), ["plan"])
    assert _digest(path) == before
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
