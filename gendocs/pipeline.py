"""build(project) = write(render(compute(validate(load(project)))))

Everything is validated, computed and rendered before the first file is written, so a broken
input or template fails the run and leaves output/ as it was. Builds are incremental: a manifest
in output/ records what each document read (``gendocs.review.manifest``), and only documents
whose inputs changed are rendered again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from gendocs import __version__
from gendocs.doctypes import DocumentType, select
from gendocs.docx.save import CoreProperties, save_docx
from gendocs.docx.table_flow import fit_columns, flow_tables
from gendocs.docx.titles import fit_titles
from gendocs.errors import Msg
from gendocs.load import load_content
from gendocs.model import Content
from gendocs.project import Project
from gendocs.render.context import base_context
from gendocs.render.docx import render_template
from gendocs.review.final import finalize
from gendocs.review.manifest import plan_build
from gendocs.review.tracking import Reads, track
from gendocs.validate import validate
from gendocs.write import OutputFile, document_stamp, output_lock, write_outputs

Progress = Callable[[str], None]
Explain = Callable[[DocumentType, Msg | None], None]  # why a document is rebuilt (None: current)


def load_and_validate(project: Project) -> Content:
    """Load content/ and return the validated model."""
    return validate(load_content(project.content_dir))


def build(
    project: Project,
    names: list[str],
    progress: Progress = lambda _: None,
    *,
    force: bool = False,
    explain: Explain = lambda _d, _r: None,
    final: bool = False,
) -> list[Path]:
    """Build the named documents (all when empty) whose inputs changed; return all their paths.

    ``final``: documents to hand out, their TOC page numbers laid out by LibreOffice and written
    in the .docx, and no ``updateFields`` (:func:`gendocs.review.final.finalize`).
    """
    with output_lock(project.output_dir):  # the manifest read below must be the one replaced
        return _build(project, select(names), not names, progress, force, explain, final)


def _build(
    project: Project,
    doctypes: list[DocumentType],
    full: bool,
    progress: Progress,
    force: bool,
    explain: Explain,
    final: bool,
) -> list[Path]:
    plan = plan_build(project, doctypes, force, lambda: load_and_validate(project), final)
    if full and plan.content is not None:  # a full build writes what the content calls for
        doctypes = [d for d in doctypes if d.applies(plan.content)]
        plan.stale = [d for d in plan.stale if d in doctypes]
    for doctype in doctypes:
        explain(doctype, plan.reasons[doctype.name])
    files = []
    reads: list[Reads] = []
    for doctype in plan.stale:
        progress(doctype.title)
        reads.append({})
        files.append(render_document(project, doctype, plan.loaded(), reads[-1]))
    if final and files:
        files = finalize(files)
    for doctype, file, read in zip(plan.stale, files, reads, strict=True):
        plan.record(doctype, file, read, final)
    write_outputs(project.output_dir, files + plan.manifest_files())
    return [project.output_dir / doctype.filename for doctype in doctypes]


def render_document(
    project: Project, doctype: DocumentType, content: Content, reads: Reads | None = None
) -> OutputFile:
    """Render one document to reproducible .docx bytes, recording the content it reads."""
    source = track(content, reads) if reads is not None else content
    context = base_context(source, doctype.title) | doctype.context(source)
    document = render_template(project.template(doctype.template), context, needs=doctype.needs)
    doctype.finish(document, context)
    flow_tables(document.docx.element.body)
    fit_columns(document.docx.element.body)
    fit_titles(document.docx, [source.consortium.name, source.consortium.short_name])
    # The properties are read through ``source`` too: a value only they show (plan.title as
    # the subject) must rebuild the document when it changes.
    stamp = document_stamp(datetime.combine(source.project.date, datetime.min.time(), UTC))
    return OutputFile(
        doctype.filename,
        save_docx(
            document.docx,
            stamp,
            CoreProperties(
                title=doctype.title,
                subject=source.plan.title,
                author=source.consortium.name,
                last_modified_by=source.consortium.name,
                version=source.project.edition,
                revision=max(1, len(source.project.revisions)),
                comments=f"gendocs {__version__}",
            ),
        ),
    )
