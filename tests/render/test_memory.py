"""What a build lets go of, and when (issue 17: peak RSS at 1,000 members).

The figures are in docs/performance.md ("Memory at 1,000 members (branch mem)"); these tests
check the behaviours behind them on the sample, with the real dictionary, templates and build:
the morphological dictionary is released after the compute stage and the documents never load
it again; a rendered document's tree is freed when its bytes are made, not at the cyclic
collector's next pass. (A rendered body that is not well-formed XML is still refused, located:
tests/render/test_template_errors.py, test_a_rendering_that_breaks_the_xml_is_refused.)
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import docx.package
import pytest
from docxtpl import RichText
from lxml import etree

from gendocs.amend.align import morph
from gendocs.doctypes import select
from gendocs.docx.reading import text_of
from gendocs.docx.toc import _part, _toc_paragraphs, has_toc
from gendocs.incremental.digests import INDEX, MANIFEST
from gendocs.incremental.manifest import version_note
from gendocs.pipeline import _load_frozen, build, render_document
from gendocs.render.inert import Image, make_inert
from gendocs.render.leftovers import _paragraphs
from tests.conftest import project_in

TEXTS = [
    "第1条　町長は、情報システムを設置する。",
    "町長は、所有し、又は借り受ける公用車を管理しなければならない。",
    "地方公共団体情報システムの標準化に関する法律",
]


def _answers() -> list[object]:
    return [
        (morph.word_cuts(t), morph.compound_points(t), morph.phrase_end(t, len(t) - 3))
        for t in TEXTS
    ]


def test_the_dictionary_gives_the_same_answers_after_it_is_released() -> None:
    before = _answers()
    assert morph.loaded()
    morph.release()
    assert not morph.loaded()
    assert _answers() == before  # loaded again on the first question
    assert morph.loaded()


def test_a_build_drafts_with_the_dictionary_then_renders_without_it(
    project_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample's amendments are drafted with it (its 改め文 quote whole words); once the
    facts are computed it is released, and rendering every document, the 改め文 and the
    新旧対照表 included, does not load it again."""
    morph.release()
    loads = []
    real = morph.Dictionary

    def counted(*args: Any, **kwargs: Any) -> Any:
        loads.append(args or kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(morph, "Dictionary", counted)
    project = project_in(project_dir)
    try:
        prepared = _load_frozen(project, strict=False, warn=lambda _: None, jobs=1)
    finally:
        gc.unfreeze()
    assert len(loads) == 1  # loaded while drafting
    assert not morph.loaded()  # and released before rendering
    names = [d.name for d in select([]) if d.applies(prepared.content)]
    assert {"amendment_texts", "amendment_tables"} <= set(names)
    for doctype in select(names):
        render_document(project, doctype, prepared.content, prepared.facts, {}, {})
    assert not morph.loaded()
    built = build(project, [], force=True)
    assert built and not morph.loaded()
    assert len(loads) == 2  # the build loaded it once more, to draft


def _packages() -> int:
    return sum(isinstance(o, docx.package.Package) for o in gc.get_objects())


def test_a_rendered_document_is_freed_when_its_bytes_are_made(project_dir: Path) -> None:
    """python-docx's package and parts refer to each other: without the collection in
    render_document the tree stayed until the collector's next full pass (here: never, the
    collector is off, as it is for a build's long-lived content between its passes)."""
    project = project_in(project_dir)
    prepared = _load_frozen(project, strict=False, warn=lambda _: None, jobs=1)
    gc.unfreeze()
    (doctype,) = select(["plan"])
    gc.collect()
    alive = _packages()
    gc.disable()
    try:
        data = render_document(project, doctype, prepared.content, prepared.facts, {}, {}).data
        assert _packages() == alive
    finally:
        gc.enable()
    assert data.startswith(b"PK")


def _rezipped(data: bytes, old: bytes, new: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            part = source.read(info.filename)
            out.writestr(
                info, part.replace(old, new) if info.filename == "word/document.xml" else part
            )
    return buffer.getvalue()


def test_the_streamed_toc_check_answers_as_the_tree(built_plan: Path) -> None:
    """``has_toc`` reads document.xml as a stream (the CLI asks it of every rebuilt document:
    the 事業計画書 of 1,000 members made a 130 MiB tree after the build); its answer is
    ``_toc_paragraphs`` on the whole tree, here with a TOC, without its end, and without it."""
    plan = built_plan.read_bytes()
    variants = [
        plan,
        _rezipped(plan, b'w:fldCharType="end"', b'w:fldCharType="separate"'),
        _rezipped(plan, b"TOC \\", b"PAGE \\"),
    ]
    answers = [has_toc(v) for v in variants]
    assert answers == [
        bool(_toc_paragraphs(etree.fromstring(_part(v, "word/document.xml")))) for v in variants
    ]
    assert answers == [True, False, False]


def _index_beside(folder: Path, manifest: bytes, **versions: str) -> None:
    """``manifest`` written in ``folder`` with an index naming it (its SHA-256) whose versions
    are ``versions`` over the built sample's."""
    index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    index["versions"] = index["versions"] | versions
    index["manifest"] = hashlib.sha256(manifest).hexdigest()
    (folder / MANIFEST).write_bytes(manifest)
    (folder / INDEX).write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")


def test_the_versions_note_reads_the_index_not_the_manifest(
    built_plan: Path, tmp_path: Path
) -> None:
    """The CLI's ``version_note`` takes the last build's versions from the manifest's index when
    the index is the one written with that manifest (parsing the 18 MB manifest of 1,000 members
    whole stayed in the build's peak): a manifest the index names but that json cannot read
    still gives the index's versions. An index that names another manifest is not believed:
    the manifest's own versions answer."""
    for name in (MANIFEST, INDEX):
        shutil.copy(built_plan.parent / name, tmp_path / name)
    built = (tmp_path / MANIFEST).read_bytes()
    assert version_note(tmp_path) is None  # built with the versions installed now

    _index_beside(tmp_path, built[: len(built) // 2], lxml="4.9.0")  # not JSON any more
    note = version_note(tmp_path)
    assert note is not None and "lxml 4.9.0 → " in note.ja, note

    _index_beside(tmp_path, built, lxml="4.9.0")
    (tmp_path / MANIFEST).write_bytes(built + b"\n")  # another manifest than the index names
    assert version_note(tmp_path) is None


def test_only_what_holds_a_picture_or_rich_text_is_copied_for_rendering() -> None:
    """``make_inert`` shares every dict, list and tuple with nothing to change (at 1,000 members
    the context was otherwise held twice while the document rendered) and copies the ones on
    the way to a picture or rich text, leaving the caller's context as it was."""
    picture = Image(b"png", 10.0)
    members = [{"name": f"町{i}", "rows": (1, 2)} for i in range(3)]
    context = {"members": members, "charts": [{"gantt": picture}], "note": RichText("注")}
    pictures: list[Image] = []
    inert = make_inert(context, pictures)
    assert inert is not context and inert["members"] is members
    assert all(a is b for a, b in zip(inert["members"], members, strict=True))
    assert inert["charts"] is not context["charts"]
    assert inert["charts"][0]["gantt"] == "\x00picture:0\x00" and pictures == [picture]
    assert context["charts"][0]["gantt"] is picture and isinstance(context["note"], RichText)
    assert isinstance(inert["note"], str) and "注" in inert["note"]
    plain = {"members": members}
    assert make_inert(plain, []) is plain


def test_the_streamed_placeholder_check_reads_the_paragraphs_of_the_whole_tree(
    built_plan: Path,
) -> None:
    """``leftovers`` parses a story part as a stream (the 事業計画書 of 1,000 members parsed whole
    was a peak of its own); it reads the paragraphs the whole tree has that hold no paragraph,
    in the same order: a text box's paragraphs on their own, table cells, the built plan's body."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    box = (
        f'<w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>前</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>枠の外</w:t></w:r><w:r><w:pict><w:txbxContent>"
        "<w:p><w:r><w:t>枠一</w:t></w:r></w:p><w:p><w:r><w:t>枠二</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表一</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>表二</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>後</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    for xml in (box, _part(built_plan.read_bytes(), "word/document.xml")):
        tree = etree.fromstring(xml)
        whole = [text_of(p) for p in tree.iter(f"{{{w}}}p") if p.find(f".//{{{w}}}p") is None]
        assert [text_of(p) for p in _paragraphs(xml)] == whole
    assert whole and [text_of(p) for p in _paragraphs(box)] == [
        "前",
        "枠一",
        "枠二",
        "表一",
        "表二",
        "後",
    ]
