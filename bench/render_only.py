"""Render-only, in this process (a diagnosis, not what a user waits for): gendocs' rendering of
precomputed contexts against bare docxtpl rendering the same templates with the same contexts.

gendocs' side is what ``render_document`` does after the context: the sandboxed render, the
East-Asian font pass, the document type's finishing touch, saving and the reproducible zip.
Before timing, each bare render is checked to hold the same text as gendocs' render (before the
finishing touch, which lays out tables in the amendments): a baseline that rendered less would
flatter gendocs.
"""

from __future__ import annotations

from datetime import UTC, datetime

from docxtpl import DocxTemplate

from bench.bare import Job, plain_environment, render, render_bytes
from bench.contexts import Contexts
from bench.measure import BenchError, Series, alternate, stopwatch
from gendocs.docx.save import save_docx
from gendocs.project import Project
from gendocs.render.docx import render_template
from gendocs.write import document_stamp


def render_only(project: Project, contexts: Contexts, job: Job, times: int) -> Series:
    """The ratio gendocs render / bare render over ``times`` alternating in-process runs."""
    check_same_text(project, contexts, job)
    stamp = document_stamp(datetime(2000, 1, 1, tzinfo=UTC))
    ours, bare = alternate(
        times,
        lambda: stopwatch(lambda: _gendocs(project, contexts, stamp)),
        lambda: stopwatch(lambda: _bare(job)),
    )
    return Series(tuple(a / b for a, b in zip(ours, bare, strict=True)))


def _gendocs(project: Project, contexts: Contexts, stamp: datetime) -> None:
    for doctype, context in contexts:
        document = render_template(project.template(doctype.template), context)
        doctype.finish(document, context)
        save_docx(document.docx, stamp)


def _bare(job: Job) -> None:
    environment = plain_environment()
    for template, _filename, context in job:
        render_bytes(template, context, environment)


def check_same_text(project: Project, contexts: Contexts, job: Job) -> None:
    """Raise BenchError if a bare render's text differs from gendocs' render of that document."""
    environment = plain_environment()
    for (doctype, context), (template, filename, plain) in zip(contexts, job, strict=True):
        ours = _text(render_template(project.template(doctype.template), context))
        if ours != _text(render(template, plain, environment)):
            raise BenchError(
                f"bare docxtpl renders other text than gendocs for {filename}: "
                "bench/contexts.py lost a value"
            )


def _text(document: DocxTemplate) -> str:
    return "".join(document.docx.element.body.itertext())
