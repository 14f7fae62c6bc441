"""The quick answer to "is everything current?", for a ``gendocs build`` with nothing to do.

:func:`gendocs.incremental.manifest.plan_build` decides which documents are stale; to know the
documents it imports every document type, and with them the YAML parser, the validator, the
drafter of amendments and the rendering libraries (docxtpl, lxml, jinja2): a quarter of a second
before the manifest is even read. :func:`current_documents` reads the manifest alone and answers
only when the answer is "every document is current" by the same tests ``plan_build`` makes
before it loads the content: the same gendocs (its code hashed), the same dependency versions, the
same template and output file of every document, the same content files, revisions naming the same
commits. Anything else (a document not built yet, a changed input, a manifest of an older gendocs
without the document registry) returns None, and ``plan_build`` decides as always: this is a
shortcut to the answer it would give, never another answer (issue 17: no-op ≤ 0.15 s).

It reads the manifest's index (``.gendocs-manifest-index.json``, written with the manifest by
:meth:`gendocs.incremental.manifest.BuildPlan.manifest_files`), not the manifest, whose reads
are most of its bytes: the index is believed only when the manifest beside it has the SHA-256
it records. The recorded dependency versions are believed while
:func:`~gendocs.incremental.versions.versions_stamp` is the one recorded with them; otherwise
they are taken again (:func:`~gendocs.incremental.versions.dependency_versions`) and compared.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from gendocs import __version__
from gendocs.errors import UsageError
from gendocs.incremental.digests import (
    code_hash,
    content_hash,
    read_index,
    resolve_revisions,
    template_hash,
)
from gendocs.incremental.versions import dependency_versions, versions_digest, versions_stamp
from gendocs.project import Project


def current_documents(project: Project, names: list[str], *, final: bool = False) -> int | None:
    """How many documents the build of ``names`` (all when empty) would leave as they are, when
    that is all of them; None when any may be stale or the manifest cannot tell.

    ``final``: a document last built without ``--final`` is not current."""
    data = _manifest(project.output_dir)
    if data is None:
        return None
    settings = (data.get("gendocs"), data.get("code"), data.get("epoch"))
    if settings != (__version__, code_hash(), os.environ.get("SOURCE_DATE_EPOCH")):
        return None  # another gendocs: its document types may differ too
    known = {row[0]: row for row in data["registry"]}
    if any(name not in known for name in names):
        return None  # the full check reports an unknown name
    selected = [known[name] for name in names] if names else data["registry"]
    recorded = data.get("versions")
    if data.get("stamp") != versions_stamp() and recorded != dependency_versions():
        return None  # the full check rebuilds and says which versions changed
    if not isinstance(recorded, dict):
        return None
    versions = versions_digest(recorded)
    inputs = content_hash(project.content_dir)
    documents = data["documents"]
    for name, template, filename in selected:
        entry = documents.get(name)
        if not isinstance(entry, dict) or not _current(
            project, entry, template, filename, versions, inputs, final
        ):
            return None
    revisions = data.get("revisions")
    if not isinstance(revisions, dict) or not all(isinstance(v, str) for v in revisions.values()):
        return None
    if resolve_revisions(project.content_dir, list(revisions)) != revisions:
        return None  # a tag moved: the full check finds the documents that read it
    return len(selected)


def _manifest(folder: Path) -> dict[str, Any] | None:
    """The manifest's index (:func:`~gendocs.incremental.digests.read_index`), when it holds
    the document registry."""
    data = read_index(folder)
    if data is None:
        return None
    registry = data.get("registry")
    if not isinstance(registry, list) or not isinstance(data.get("documents"), dict):
        return None
    if not all(
        isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row)
        for row in registry
    ):
        return None
    return data


def _current(
    project: Project,
    entry: dict[str, Any],
    template: str,
    filename: str,
    versions: str,
    inputs: str,
    final: bool,
) -> bool:
    """Whether one document is current by its manifest entry, as ``plan_build`` would find it
    without loading the content."""
    if entry.get("versions") != versions or entry.get("content") != inputs:
        return False
    if entry.get("file") != filename or (final and entry.get("final") is not True):
        return False
    try:
        if entry.get("template") != template_hash(project, template):
            return False
    except UsageError:  # the template is gone: the full check says so
        return False
    output = project.output_dir / filename
    try:
        return hashlib.sha256(output.read_bytes()).hexdigest() == entry.get("output")
    except OSError:
        return False
