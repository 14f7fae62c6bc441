"""build(project) = write(render(compute(validate(load(project)))))

Everything is validated, computed and rendered before the first file is written, so a broken
input or template fails the run and leaves output/ as it was.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from gendocs import __version__
from gendocs.doctypes import DocumentType, select
from gendocs.load import load_content
from gendocs.model import Content
from gendocs.project import Project
from gendocs.render.context import base_context
from gendocs.render.docx import render_template
from gendocs.validate import validate
from gendocs.write import OutputFile, document_stamp, reproducible_docx, write_outputs

Progress = Callable[[str], None]


def load_and_validate(project: Project) -> Content:
    """Load content/ and return the validated model."""
    return validate(load_content(project.content_dir))


def build(project: Project, names: list[str], progress: Progress = lambda _: None) -> list[Path]:
    """Build the named documents (all when empty) and return the written paths."""
    content = load_and_validate(project)
    doctypes = select(names)
    files = []
    for doctype in doctypes:
        progress(doctype.title)
        files.append(render_document(project, doctype, content))
    return write_outputs(project.output_dir, files)


def render_document(project: Project, doctype: DocumentType, content: Content) -> OutputFile:
    """Render one document to reproducible .docx bytes."""
    context = base_context(content, doctype.title) | doctype.context(content)
    document = render_template(project.template(doctype.template), context)
    stamp = document_stamp(datetime.combine(content.project.date, datetime.min.time(),
                                            timezone.utc))
    props = document.docx.core_properties
    props.title = doctype.title
    props.subject = content.plan.title
    props.author = content.consortium.name
    props.last_modified_by = content.consortium.name
    props.version = content.project.edition
    props.revision = max(1, len(content.project.revisions))
    props.comments = f"gendocs {__version__}"
    props.created = props.modified = stamp.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    return OutputFile(doctype.filename, reproducible_docx(buffer.getvalue(), stamp))
