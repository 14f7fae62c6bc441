"""Every template failure is a located error: the file, the part and the paragraph as in Word.

A broken template package (garbage, truncated, empty, broken or missing XML) and a broken
template text (syntax, names, runtime errors) stop the build with exit 1, one message naming
the place, no traceback and output/ as it was.
"""

from __future__ import annotations

import dataclasses
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from gendocs.pipeline import build
from gendocs.render.legal import RenderedText
from tests.conftest import copy_project, project_in
from tests.render.sandbox_helpers import TEMPLATES, add_paragraph, rewrite_part, run_cli, snapshot

SLA = ["-q", "build", "--force", "sla"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with the sample content and its SLA built."""
    folder = copy_project(tmp_path_factory.mktemp("built") / "project")
    build(project_in(folder), ["sla"])
    return folder


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A private copy of the built project."""
    return Path(shutil.copytree(built, tmp_path / "project"))


def fails(
    project: Path,
    args: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> list[str]:
    """Run ``args``, which must fail with exit 1 and change no file; return the stderr lines."""
    before = snapshot(project)
    code, stderr = run_cli(project, args, monkeypatch, capsys)
    assert code == 1, stderr
    assert snapshot(project) == before
    assert "Traceback" not in stderr
    return stderr.splitlines()


def write_template(project: Path, name: str, data: bytes) -> None:
    (project / "templates").mkdir(exist_ok=True)
    (project / "templates" / name).write_bytes(data)


UNREADABLE = (
    "templates/sla.docx: Word 文書（.docx）として開けません（zip 形式でないか、壊れています）"
)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"PK\x03\x04 this is not a zip package" * 20, id="garbage"),
        pytest.param((TEMPLATES / "sla.docx").read_bytes()[:5000], id="truncated"),
        pytest.param(b"", id="empty"),
    ],
)
def test_a_package_that_is_not_a_docx(
    project: Path, data: bytes, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_template(project, "sla.docx", data)
    assert fails(project, SLA, monkeypatch, capsys) == [UNREADABLE]


def test_a_missing_document_part(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rewrite_part("sla.docx", project, "word/document.xml", None, b"")
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: Word 文書に必要な部分 word/document.xml がありません"
    ]


def test_a_zip_that_is_no_word_document(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with zipfile.ZipFile(project / "notes.zip", "w") as package:
        package.writestr("notes.txt", "hello")
    write_template(project, "sla.docx", (project / "notes.zip").read_bytes())
    (project / "notes.zip").unlink()
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: Word 文書に必要な部分 [Content_Types].xml がありません"
    ]


def test_a_package_of_another_kind_is_no_word_document(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # what an .xlsx renamed to .docx looks like to python-docx: its main part is a workbook
    rewrite_part(
        "sla.docx",
        project,
        "[Content_Types].xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    )
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: Word 文書ではありません（内容の種類: "
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml）"
    ]


@pytest.mark.parametrize("part", ["word/document.xml", "word/header1.xml"])
def test_broken_xml_names_its_part(
    project: Path, part: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with zipfile.ZipFile(TEMPLATES / "sla.docx") as package:
        whole = package.read(part)
    broken = whole[: len(whole) // 2]
    rewrite_part("sla.docx", project, part, None, broken)
    with pytest.raises(etree.XMLSyntaxError) as lxml_says:
        etree.fromstring(broken)
    assert fails(project, SLA, monkeypatch, capsys) == [
        f"templates/sla.docx: {part} の XML が壊れています（{lxml_says.value}）"
    ]


def test_an_unclosed_expression_names_its_paragraph(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_paragraph("sla.docx", "{{ doc.title", project)
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: 段落「{{ doc.title」: 「{{」が「}}」で閉じられていません"
    ]
    assert fails(project, ["--lang", "en", *SLA], monkeypatch, capsys) == [
        "templates/sla.docx: paragraph \"{{ doc.title\": '{{' is not closed by '}}'"
    ]


def test_an_unclosed_block_names_the_paragraph_that_opens_it(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = Document(str(TEMPLATES / "sla.docx"))
    document.add_paragraph("{% if doc.draft %}下書き")
    document.add_paragraph("この段落のあとに endif がない")
    (project / "templates").mkdir()
    document.save(str(project / "templates" / "sla.docx"))
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: 段落「{% if doc.draft %}下書き」: "
        "{% if %} が閉じられていません（{% endif %} がありません）"
    ]


def test_a_paragraph_in_the_middle_of_the_body(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rewrite_part("sla.docx", project, "word/document.xml", "{{ doc.title }}", "{{ doc.titel }}")
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: 段落「{{ doc.titel }}」: 「titel」という項目はありません"
    ]


def test_a_paragraph_tag_is_shown_as_its_own_paragraph(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # docxtpl turns the paragraph {%p for l in law.lines %} into a bare tag between paragraphs
    rewrite_part("establishment.docx", project, "word/document.xml", "law.lines", "law.linez")
    lines = fails(project, ["-q", "build", "--force", "establishment"], monkeypatch, capsys)
    fields = ", ".join(sorted(f.name for f in dataclasses.fields(RenderedText)))
    assert lines == [
        "templates/establishment.docx: 段落「{% for l in law.linez %}」: "
        f"テンプレートから使えない属性です（linez）。使える属性: {fields}"
    ]


def test_a_header_is_named(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rewrite_part("sla.docx", project, "word/header1.xml", "{{ doc.edition }}", "{{ 1/0 }}")
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: word/header1.xml: 段落「{{ doc.title }}{% if doc.draft %}（案）"
        "{% endif %}　{{ 1/0 }}」: 0 で割っています"
    ]


def test_a_document_property_is_named(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = Document(str(TEMPLATES / "sla.docx"))
    document.core_properties.subject = "{{ consortium.__class__ }}"
    (project / "templates").mkdir()
    document.save(str(project / "templates" / "sla.docx"))
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: 文書のプロパティ「subject」"
        ": テンプレートから使えない属性です（__class__）"
    ]


def test_a_rendering_that_breaks_the_xml_is_refused(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # the if drops the end of a paragraph and the start of a table: docxtpl's lenient parser
    # used to repair the XML silently, dropping content
    document = Document(str(TEMPLATES / "sla.docx"))
    document.add_paragraph("{% if false %}")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "{% endif %}"
    (project / "templates").mkdir()
    document.save(str(project / "templates" / "sla.docx"))
    (line,) = fails(project, SLA, monkeypatch, capsys)
    assert line.startswith("templates/sla.docx: 処理した結果が正しい XML になりません（")
    assert line.endswith("）。{%p %}・{%tr %} の位置を確かめてください")
