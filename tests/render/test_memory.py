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
import io
import zipfile
from pathlib import Path
from typing import Any

import docx.package
import pytest
from lxml import etree

from gendocs.amend.align import morph
from gendocs.doctypes import select
from gendocs.docx.toc import _part, _toc_paragraphs, has_toc
from gendocs.pipeline import _load_frozen, build, render_document
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
