"""The baseline: a bare docxtpl process that renders and saves gendocs' templates with its contexts.

    python -c "from bench.bare import main; main()" JOB.pickle OUTPUT_FOLDER

JOB holds, per document, the template path, the file name and the context gendocs computed (made
plain by :mod:`bench.contexts`, so unpickling needs no gendocs module). The process pays what any
docxtpl program pays: importing docxtpl, rendering, saving. The one gendocs import is the
templates' filters (``yen``, ``wareki`` …, ~18 ms), without which the templates cannot render.
No sandbox, no East-Asian font pass, no reproducible zip, no atomic write, no tracking.
"""

from __future__ import annotations

import io
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import Environment, StrictUndefined

from gendocs.render.environment import FILTERS

Job = list[tuple[str, str, dict[str, Any]]]  # (template path, output file name, context)


class Record(SimpleNamespace):
    """A content object as plain attributes (fields and properties); ``_text`` is its str()."""

    def __str__(self) -> str:
        return str(self.__dict__.get("_text", repr(self)))


@dataclass(frozen=True)
class Picture:
    """An image of the context: PNG bytes and width, placed as an InlineImage."""

    png: bytes
    width_mm: float


def main(argv: list[str] | None = None) -> None:
    """Render every document of the job file into the output folder."""
    job, output = argv if argv is not None else sys.argv[1:]
    jobs: Job = pickle.loads(Path(job).read_bytes())
    environment = plain_environment()
    for template, filename, context in jobs:
        render(template, context, environment).save(Path(output) / filename)


def plain_environment() -> Environment:
    """An unsandboxed Jinja environment with the templates' filters.

    StrictUndefined only so that a context that lost a value fails instead of rendering less
    (which would flatter the baseline); it costs nothing while every name is defined.
    """
    environment = Environment(autoescape=True, undefined=StrictUndefined)
    environment.filters.update(FILTERS)
    return environment


def render(template: str, context: dict[str, Any], environment: Environment) -> DocxTemplate:
    """``template`` rendered with ``context`` by plain docxtpl."""
    document = DocxTemplate(template)
    document.render(
        {k: _inline(document, v) for k, v in context.items()},
        jinja_env=environment,
        autoescape=True,
    )
    return document


def render_bytes(template: str, context: dict[str, Any], environment: Environment) -> bytes:
    """``template`` rendered and saved into memory (for the in-process comparison)."""
    buffer = io.BytesIO()
    render(template, context, environment).save(buffer)
    return buffer.getvalue()


def _inline(document: DocxTemplate, value: Any) -> Any:
    # Where gendocs' render_template turns its Image values into pictures: in nested dicts.
    if isinstance(value, Picture):
        return InlineImage(document, io.BytesIO(value.png), width=Mm(value.width_mm))
    if isinstance(value, dict):
        return {k: _inline(document, v) for k, v in value.items()}
    return value
