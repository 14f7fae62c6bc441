"""gendocs diff: build two revisions of content/ and describe what changed in every document.

compare(project, A, B) = summarise(redline(render(compute(validate(load(extract(A)))))), … of B)

Both sides are loaded, validated and computed, then rendered in memory before anything is
written, so a revision that does not exist or whose content does not validate stops the run with
nothing written. Only the documents whose inputs differ are rendered: the reads recorded by the
last build (output/'s manifest) tell which documents read the same values on both sides
(issue 17, docs/performance.md "diff and PDF export"). Content
and the project's own templates/ come from each revision; gendocs itself and the bundled
templates are the installed ones, so the redline shows what the content change does.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from gendocs import __version__
from gendocs.compute import compute
from gendocs.doctypes import DocumentType, select
from gendocs.errors import GendocsError, Msg, UsageError
from gendocs.incremental.digests import code_hash, template_hash
from gendocs.incremental.manifest import Entry, read_manifest
from gendocs.incremental.tracking import Reads, changed_facts, changed_reads, track
from gendocs.incremental.versions import dependency_versions, versions_digest
from gendocs.load import load_content
from gendocs.pipeline import render_document
from gendocs.project import Project
from gendocs.review.gitrev import Revision, extract, repository_root, resolve
from gendocs.review.redline import redline, same_document
from gendocs.review.summary import (
    ADDED,
    REMOVED,
    DocumentReport,
    KeyChange,
    changed_keys,
    keys_read,
    markdown,
)
from gendocs.validate import validate
from gendocs.write import OutputFile

SUMMARY = "変更概要.md"
REDLINE_SUFFIX = "（見え消し）"
ADDED_SUFFIX = "（新規）"


@dataclass(frozen=True)
class Side:
    """One revision, built: its plain content, rendered documents and what each read."""

    revision: Revision
    raw: dict[str, Any]
    documents: dict[str, OutputFile]
    reads: dict[str, Reads]  # the content keys read, also through the facts read
    inputs: dict[str, Inputs]  # what each document was rendered from (see _unchanged)
    renders: int = 0  # how many documents were rendered (the others were the old side's)


@dataclass(frozen=True)
class Inputs:
    """What one document was rendered from: its template's bytes, its own reads, its facts."""

    template: bytes
    reads: Reads  # content keys the document read itself
    facts: Reads  # the facts it read, each fingerprinted whole


@dataclass(frozen=True)
class Comparison:
    """The result of comparing two revisions: summary data and the files to write."""

    old: Revision
    new: Revision
    keys: list[KeyChange]
    reports: list[DocumentReport]
    files: list[OutputFile]
    folder: Path


class RevisionError(GendocsError):
    """An error in building one revision, shown with the revision's name."""

    def __init__(self, revision: Revision, error: GendocsError, temp: Path, shown: str) -> None:
        super().__init__(error.message)
        self.exit_code = error.exit_code
        self.revision, self.error, self.temp, self.shown = revision, error, temp, shown

    def lines(self, lang: str = "ja") -> list[str]:
        head = (
            f"リビジョン {self.revision.short} の内容から文書を作成できません:"
            if lang == "ja"
            else f"cannot build the documents of revision {self.revision.short}:"
        )
        return [head] + [
            line.replace(f"{self.temp}/", self.shown) for line in self.error.lines(lang)
        ]


def compare(
    project: Project,
    old_label: str | None,
    new_label: str | None,
    names: list[str],
    author: str,
    date: datetime | None,
) -> Comparison:
    """Build both revisions and return the redlines and summary to write; write nothing."""
    if project.embedded_content:
        raise UsageError(
            Msg(
                "比較するには git で管理された content/ が必要です（gendocs init で作成できます）",
                "diff needs a content/ folder under git (gendocs init creates one)",
            )
        )
    root = repository_root(project.content_dir)
    old, new = resolve(root, old_label or "HEAD"), resolve(root, new_label)
    doctypes = select(names)
    recorded = recorded_inputs(project)
    with tempfile.TemporaryDirectory(prefix="gendocs-diff-") as temp:
        # all documents: each side builds those its content calls for, as ``gendocs build``
        # does (a 任意協議会 has no 規約); a document named with -d is built on both sides
        loaded_a = load_side(project, root, old, Path(temp) / "a")
        loaded_b = load_side(project, root, new, Path(temp) / "b")
        same = {
            d.name
            for d in doctypes
            if recorded.get(d.name) and _same_on_both(recorded[d.name], d, loaded_a, loaded_b)
        }
        side_a = build_side(loaded_a, doctypes, not names, same=same, recorded=recorded)
        side_b = build_side(loaded_b, doctypes, not names, side_a, same, recorded)
    doctypes = [d for d in doctypes if d.name in side_a.reads or d.name in side_b.reads]
    keys = changed_keys(side_a.raw, side_b.raw)
    stamp = date or new.date or old.date
    assert stamp is not None  # the old side is always a commit
    reports, files = [], []
    for doctype in doctypes:
        report, file = _compare_document(doctype, side_a, side_b, keys, author, stamp)
        reports.append(report)
        files += [file] if file else []
    summary = markdown(old.short, new.short, keys, reports)
    files.append(OutputFile(SUMMARY, summary.encode("utf-8")))
    folder = project.output_dir / "diff" / f"{_slug(old)}..{_slug(new)}"
    return Comparison(old, new, keys, reports, files, folder)


@dataclass(frozen=True)
class Loaded:
    """One revision loaded, validated and computed, not yet rendered."""

    revision: Revision
    project: Project
    temp: Path
    shown: str
    raw: Any  # the loaded content (``.data``: plain data)
    content: Any
    facts: Any
    fact_sources: dict[str, Reads]  # fact name -> the content keys it was computed from


def load_side(project: Project, root: Path, revision: Revision, temp: Path) -> Loaded:
    """Load, validate and compute ``revision``; errors name the revision."""
    side_project, shown = _project_at(project, root, revision, temp)
    try:
        raw = load_content(side_project.content_dir, (root, _relative(project.content_dir, root)))
        content = validate(raw)
        fact_sources: dict[str, Reads] = {}
        facts = compute(content, raw, lambda name, c: track(c, fact_sources.setdefault(name, {})))
    except GendocsError as error:
        raise RevisionError(revision, error, temp, shown) from error
    return Loaded(revision, side_project, temp, shown, raw, content, facts, fact_sources)


def recorded_inputs(project: Project) -> dict[str, Entry]:
    """What each document of the last build into output/ read (the manifest's entries), if that
    build was made by this gendocs with these dependency versions; else nothing."""
    entries, settings = read_manifest(project.output_dir)
    if settings.get("gendocs") != __version__ or settings.get("code") != code_hash():
        return {}
    versions = versions_digest(dependency_versions())
    return {name: e for name, e in entries.items() if e.versions == versions}


def _same_on_both(entry: Entry, doctype: DocumentType, a: Loaded, b: Loaded) -> bool:
    """Whether ``doctype`` renders the same on both sides, known without rendering it.

    ``entry`` says what the document read when it was last built, from some content and a
    template. A render reads only what it has read so far to decide what to read next, so on a
    side that holds the same values at every recorded key, from the same template, it reads
    exactly those keys and makes the same document. Both sides holding the recorded values, the
    two documents are the same (the test an incremental build makes, ``plan_build``).
    """
    return all(
        doctype.applies(side.content)
        and template_hash(side.project, doctype.template) == entry.template
        and not changed_reads(entry.reads, side.content)
        and not changed_facts(entry.facts, side.facts)
        for side in (a, b)
    )


def build_side(
    loaded: Loaded,
    doctypes: list[DocumentType],
    applying: bool = False,
    before: Side | None = None,
    same: set[str] | frozenset[str] = frozenset(),
    recorded: dict[str, Entry] | None = None,
) -> Side:
    """Render ``loaded``'s documents; errors name the revision.

    A document's reads are the content keys it read itself and those each fact it read was
    computed from, so a change of a cost amount is reported for the documents stating costs.
    With ``applying``, only the documents that the revision's content calls for are rendered.
    A document in ``same`` reads the recorded values of the last build on both sides
    (:func:`_same_on_both`) and is rendered on neither: its reads are the recorded ones and it
    has no bytes here. A document whose inputs are those it had in ``before`` (the other
    revision) is not rendered again: it is the same bytes (issue 17: a diff after one change
    rendered every document twice).
    """
    side_project, content, facts = loaded.project, loaded.content, loaded.facts
    try:
        documents: dict[str, OutputFile] = {}
        reads: dict[str, Reads] = {}
        inputs: dict[str, Inputs] = {}
        renders = 0
        for doctype in doctypes:
            if applying and not doctype.applies(content):
                continue
            known = before.inputs.get(doctype.name) if before else None
            if doctype.name in same and recorded is not None:
                entry = recorded[doctype.name]
                own, fact_reads = dict(entry.reads), dict(entry.facts)
            else:
                template = side_project.template(doctype.template).read_bytes()
                if before and known and _unchanged(known, template, content, facts):
                    documents[doctype.name] = before.documents[doctype.name]
                    own, fact_reads = dict(known.reads), dict(known.facts)
                else:
                    own, fact_reads = {}, {}
                    documents[doctype.name] = render_document(
                        side_project, doctype, content, facts, own, fact_reads
                    )
                    renders += 1
                inputs[doctype.name] = Inputs(template, dict(own), fact_reads)
            reads[doctype.name] = own
            for path in fact_reads:  # ("costs",), ("legal", "bylaws.agreement")
                read = ".".join(map(str, path))
                for name, sources in loaded.fact_sources.items():
                    if name == read or name.startswith(read + "."):
                        reads[doctype.name].update(sources)
    except GendocsError as error:
        raise RevisionError(loaded.revision, error, loaded.temp, loaded.shown) from error
    return Side(loaded.revision, loaded.raw.data, documents, reads, inputs, renders)


def _unchanged(known: Inputs, template: bytes, content: Any, facts: Any) -> bool:
    """Whether a document rendered from ``known`` reads the same values in ``content`` and
    ``facts`` from the same template, so that rendering it again gives the same bytes (the test
    an incremental build makes, ``gendocs.incremental.manifest``)."""
    return (
        known.template == template
        and not changed_reads(known.reads, content)
        and not changed_facts(known.facts, facts)
    )


def _project_at(
    project: Project, root: Path, revision: Revision, temp: Path
) -> tuple[Project, str]:
    if revision.commit is None:
        return project, ""
    content = _relative(project.content_dir, root)
    if not extract(root, revision, content, temp / "content"):
        raise UsageError(
            Msg(
                f"リビジョン {revision.short} に {content.as_posix()}/ がありません",
                f"revision {revision.short} has no {content.as_posix()}/",
            )
        )
    own = project.content_dir.parent / "templates"
    has_own = own.resolve().is_relative_to(root.resolve()) and extract(
        root, revision, _relative(own, root), temp / "templates"
    )
    dirs = ((temp / "templates",) if has_own else ()) + project.template_dirs
    shown = f"{revision.label}:{content.parent.as_posix()}/".replace(":./", ":")
    return Project(temp / "content", dirs, project.output_dir, False), shown


def _relative(path: Path, root: Path) -> Path:
    try:
        return path.resolve().relative_to(root.resolve())
    except ValueError as err:
        raise UsageError(
            Msg(
                f"{path} は git のリポジトリ {root} の外にあります",
                f"{path} is outside the git repository {root}",
            )
        ) from err


def _compare_document(
    doctype: DocumentType,
    side_a: Side,
    side_b: Side,
    keys: list[KeyChange],
    author: str,
    date: datetime,
) -> tuple[DocumentReport, OutputFile | None]:
    old, new = side_a.documents.get(doctype.name), side_b.documents.get(doctype.name)
    read = keys_read(
        keys, [side.reads[doctype.name] for side in (side_a, side_b) if doctype.name in side.reads]
    )
    if doctype.name not in side_a.reads or doctype.name not in side_b.reads:
        # the content calls for the document on one side only
        state = ADDED if doctype.name not in side_a.reads else REMOVED
        if new is None:
            return DocumentReport(
                doctype.title, doctype.filename, None, (), read, state=state
            ), None
        name = f"{Path(doctype.filename).stem}{ADDED_SUFFIX}.docx"
        report = DocumentReport(doctype.title, doctype.filename, name, (), read, state=state)
        return report, OutputFile(name, new.data)
    if old is None or new is None or same_document(old.data, new.data):
        # not rendered: it reads the same values on both sides (``_same_on_both``)
        return DocumentReport(doctype.title, doctype.filename, None, (), read), None
    marked = redline(old.data, new.data, author, date)
    name = f"{Path(doctype.filename).stem}{REDLINE_SUFFIX}.docx"
    report = DocumentReport(
        doctype.title,
        doctype.filename,
        name,
        marked.changes,
        read,
        marked.insertions,
        marked.deletions,
    )
    return report, OutputFile(name, marked.data)


def _slug(revision: Revision) -> str:
    if revision.commit is None:
        return "worktree"
    label = re.sub(r"[^\w.\-]+", "_", revision.label).strip("_") or "rev"
    return f"{label}-{revision.commit[:7]}"
