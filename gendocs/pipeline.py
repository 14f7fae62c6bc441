"""build(project) = write(render(compute(validate(load(project)))))

Each stage runs once per build: :func:`prepare` loads, validates and computes the facts (cost
allocation, drafted amendments) that every document then only formats. Everything is validated,
computed and rendered before the first file is written, so a broken input or template, or a
placeholder left in a built document (:mod:`gendocs.render.leftovers`), fails the run and leaves
output/ as it was. Builds are incremental: a manifest in output/ records what each
document read, content and facts (``gendocs.incremental.manifest``), and only documents whose inputs
changed are rendered again.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable
from contextlib import nullcontext
from datetime import UTC, datetime
from functools import cache, partial
from pathlib import Path
from typing import NamedTuple

from gendocs import __version__
from gendocs.amend import release_dictionary
from gendocs.compute import Facts, compute
from gendocs.compute.documents import document_facts
from gendocs.compute.revisions import validated_in_background
from gendocs.compute.rules import enforce
from gendocs.doctypes import DocumentType, all_types, select
from gendocs.docx.save import CoreProperties, save_docx
from gendocs.docx.table_flow import fit_columns, flow_tables
from gendocs.docx.titles import fit_titles
from gendocs.errors import Msg, Problem
from gendocs.export.final import finalize
from gendocs.incremental.charts import chart_files, chart_stamp, read_charts
from gendocs.incremental.manifest import ordered_reads, plan_build
from gendocs.incremental.tracking import Reads, track, track_facts
from gendocs.load import KeyPath, RawContent, display_name, format_path, load_content
from gendocs.model import Content
from gendocs.project import Project
from gendocs.render.charts import ChartCache, cached_charts
from gendocs.render.context import base_context
from gendocs.render.docx import render_template
from gendocs.render.leftovers import Leftover, PlaceholderLeftError, leftovers
from gendocs.render.workers import render_all
from gendocs.validate import validate
from gendocs.write import OutputFile, document_stamp, output_lock, write_outputs

Progress = Callable[[str], None]
Warn = Callable[[Problem], None]  # a cross-document rule's warning
Explain = Callable[[DocumentType, Msg | None], None]  # why a document is rebuilt (None: current)


class Rendered(NamedTuple):
    """A rendered document, the content and facts it read (ordered as the manifest records
    them) and the placeholders left in it."""

    file: OutputFile
    reads: Reads
    facts: Reads
    leftovers: list[Leftover]


class Prepared(NamedTuple):
    """The validated content and the facts computed from it: what documents are rendered from."""

    content: Content
    facts: Facts


def prepare(raw: RawContent, *, strict: bool = False, warn: Warn = lambda _: None) -> Prepared:
    """Validate ``raw``, then compute its facts; either stage raises a located ContentError.

    The cross-document rules are part of the compute stage (``Facts.findings``): their errors
    fail here, their warnings go to ``warn`` unless ``strict`` makes them errors too."""
    content = validate(raw)
    facts = compute(content, raw)
    enforce(list(facts.findings) + unknown_documents(content, raw), strict, warn)
    return Prepared(content, facts)


def unknown_documents(content: Content, raw: RawContent) -> list[Problem]:
    """Document names content gives (``project.documents[].document``,
    ``operations.decisions[].documents``) that are not registered document types: a misspelt
    name would otherwise leave a date or a 改訂履歴 line out without a word."""
    known = [d.name for d in all_types()]
    named: list[tuple[KeyPath, str]] = [
        (("project", "documents", i, "document"), d.document)
        for i, d in enumerate(content.project.documents)
    ]
    if content.operations is not None:
        named += [
            (("operations", "decisions", i, "documents", k), name)
            for i, d in enumerate(content.operations.decisions)
            for k, name in enumerate(d.documents)
        ]
    valid = ", ".join(known)
    return [
        Problem(
            raw.locate(path),
            format_path(path),
            Msg(
                f"文書「{name}」はありません（gendocs list の名前: {valid}）",
                f"no document '{name}' (the names of gendocs list: {valid})",
            ),
        )
        for path, name in named
        if name not in known
    ]


def load_and_prepare(
    project: Project, *, strict: bool = False, warn: Warn = lambda _: None
) -> Prepared:
    """Load content/, validate it and compute its facts (everything ``gendocs validate`` checks)."""
    return prepare(load_content(project.content_dir), strict=strict, warn=warn)


def build(
    project: Project,
    names: list[str],
    progress: Progress = lambda _: None,
    *,
    force: bool = False,
    explain: Explain = lambda _d, _r: None,
    strict: bool = False,
    warn: Warn = lambda _: None,
    final: bool = False,
    jobs: int = 1,
) -> list[Path]:
    """Build the named documents (all when empty) whose inputs changed; return all their paths.

    The content is checked against the cross-document rules whenever it is loaded; ``strict``
    loads it even when every document is current, so that a warning fails the build.
    ``final``: documents to hand out, their TOC page numbers laid out by LibreOffice and written
    in the .docx, and no ``updateFields`` (:func:`gendocs.export.final.finalize`).
    ``jobs``: how many processes render the documents (:mod:`gendocs.render.workers`).
    """
    load = partial(_load_frozen, project, strict=strict, warn=warn, jobs=jobs)
    try:
        with output_lock(project.output_dir):  # the manifest read below must be the one replaced
            return _build(
                project,
                select(names),
                not names,
                progress,
                force,
                explain,
                load,
                strict,
                final,
                jobs,
            )
    finally:
        gc.unfreeze()  # see _load_frozen


def _load_frozen(project: Project, *, strict: bool, warn: Warn, jobs: int) -> Prepared:
    """:func:`load_and_prepare`, the loaded content and then the computed facts moved out of
    the cyclic garbage collector's sight (``gc.freeze``).

    They live until the build ends, and the collector's full passes over them were 4–7 % of a
    forced build's CPU at 200 members (the render alone: 6.6 → 4.4 s, issue 17); frozen before
    the render workers are forked, the collector in a worker does not touch (and so copy) the
    pages it shares with the parent. Reference counting still frees what is dropped; the build
    unfreezes everything when it ends (a library caller's process keeps collecting as before).
    With ``jobs`` > 1 the earlier revisions amendments read are validated by a forked process
    meanwhile (:mod:`gendocs.compute.revisions`).

    The morphological dictionary the amendments were drafted with is released before the
    documents are rendered: they only format the drafts, and it was ~110 MiB of a 1,000-member
    build's peak (:func:`gendocs.amend.release_dictionary`, issue 17).
    """
    raw = load_content(project.content_dir)
    gc.freeze()
    release_memory()  # the parser's events and the files' text
    with validated_in_background(raw) if jobs > 1 else nullcontext():
        prepared = prepare(raw, strict=strict, warn=warn)
    release_dictionary()
    gc.freeze()
    release_memory()  # what loading, validating and drafting freed
    return prepared


def _build(
    project: Project,
    doctypes: list[DocumentType],
    full: bool,
    progress: Progress,
    force: bool,
    explain: Explain,
    load: Callable[[], Prepared],
    strict: bool,
    final: bool,
    jobs: int,
) -> list[Path]:
    plan = plan_build(project, doctypes, force, load, final, every=full)
    if strict and plan.content is None:
        load()  # every document is current: the rules still decide under --strict
    if full and plan.content is not None:  # a full build writes what the content calls for
        doctypes = [d for d in doctypes if d.applies(plan.content)]
        plan.stale = [d for d in plan.stale if d in doctypes]
    for doctype in doctypes:
        explain(doctype, plan.reasons[doctype.name])
    rendered: list[Rendered] = []
    cached = []  # the chart cache, read only when something is rendered
    if plan.stale:
        before = read_charts(project.output_dir, chart_stamp(plan.code, plan.versions)).pngs
        charts = ChartCache(chart_stamp(plan.code, plan.versions), dict(before))
        content, known = plan.loaded()
        stale = plan.stale

        def render(index: int) -> Rendered:
            """One document and what the parent needs of it, made in whichever process renders
            it: the placeholder check and the ordering of its reads are done there too."""
            doctype = stale[index]
            read: Reads = {}
            fact: Reads = {}
            file = render_document(project, doctype, content, known, read, fact)
            release_memory()  # the tree's memory, before the check parses the parts again
            left = leftovers(
                file.data,
                display_name(project.output_dir / doctype.filename),
                project.template(doctype.template),
                strict=strict,
            )
            done = Rendered(file, ordered_reads(read), ordered_reads(fact), left)
            release_memory()
            return done

        with cached_charts(charts):
            rendered = render_all(
                len(stale), render, charts, jobs, lambda i: progress(stale[i].title)
            )
        cached = chart_files(charts, before, every=len(plan.stale) == len(doctypes))
    files = [r.file for r in rendered]
    left = [found for r in rendered for found in r.leftovers]
    if left:  # nothing is written: the previous outputs stay as they were
        raise PlaceholderLeftError(left)
    if final and files:
        files = finalize(files)
    for doctype, file, done in zip(plan.stale, files, rendered, strict=True):
        plan.record(doctype, file, done.reads, done.facts, final, ordered=True)
    write_outputs(project.output_dir, files + plan.manifest_files() + cached)
    return [project.output_dir / doctype.filename for doctype in doctypes]


def render_document(
    project: Project,
    doctype: DocumentType,
    content: Content,
    facts: Facts,
    reads: Reads | None = None,
    fact_reads: Reads | None = None,
) -> OutputFile:
    """Render one document to reproducible .docx bytes, recording the content and facts it reads."""
    source = track(content, reads) if reads is not None else content
    known = track_facts(facts, fact_reads) if fact_reads is not None else facts
    own = document_facts(source, doctype.name)  # the document's date, edition and history
    context = base_context(source, doctype.title, own) | doctype.context(source, known)
    document = render_template(project.template(doctype.template), context, needs=doctype.needs)
    doctype.finish(document, context)
    del context  # its lists and proxies are not needed to lay out and save (issue 17)
    flow_tables(document.docx.element.body)
    release_memory()
    fit_columns(document.docx.element.body)
    release_memory()
    fit_titles(document.docx, [source.consortium.name, source.consortium.short_name])
    release_memory()
    # The properties are read through ``source`` too: a value only they show (plan.title as
    # the subject) must rebuild the document when it changes.
    stamp = document_stamp(datetime.combine(own.date, datetime.min.time(), UTC))
    data = save_docx(
        document.docx,
        stamp,
        CoreProperties(
            title=doctype.title,
            subject=source.plan.title,
            author=source.consortium.name,
            last_modified_by=source.consortium.name,
            version=own.edition,
            revision=max(1, len(own.revisions)),
            comments=f"gendocs {__version__}",
        ),
    )
    # python-docx's package and its parts refer to each other, so the rendered tree (~120 MiB for
    # the 事業計画書 of 1,000 members) would wait for the cyclic collector's next full pass,
    # beside the next document's (or the placeholder check's parse of it): free it now (issue 17).
    del document
    gc.collect()
    return OutputFile(doctype.filename, data)


def release_memory() -> None:
    """Hand the memory a finished stage freed back to the system (glibc only; issue 17).

    glibc keeps freed memory in the process for the next allocation, and what a large document's
    tree and strings freed mostly stays there, fragmented, beside the next document's: at 1,000
    members a forced build held ~240 MiB more than it used. ``malloc_trim`` returns the free
    pages; elsewhere (musl, macOS, Windows) nothing is done."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    return trim
