"""Incremental builds: ``output/.gendocs-manifest.json`` says what each document was built from.

Per document it records the content values the document read (key path → fingerprint, from
``tracking``), the computed facts it read (``costs`` → fingerprint of the whole fact), a hash of
its template, of the content files and of gendocs itself, a fingerprint of the versions of its
rendering dependencies (``versions``), and a hash of the file written. A document is rebuilt when
any of these changed; the reason is reported in the user's words
(「SLA: sla.availability が変わりました」).

The check is two-staged so that a build with nothing to do stays well under a second: when the
content files are byte-identical to the last build, nothing is loaded or validated at all; only
when they changed is the content loaded and each document's recorded reads compared.

Next to it, ``output/.gendocs-manifest-index.json`` holds what the check of a build with
nothing to do reads (:mod:`gendocs.incremental.noop`): the build settings, the document
registry and each document's digests, without the reads and facts that make the manifest
(12 KB of the 3.9 MB at 200 members), and the SHA-256 of the manifest it was written with, so
that an index left beside another manifest is not believed. Both are written in one
``write_outputs`` (one journal: both or neither).

The manifest also records the commit each revision named in content (``adopted:``, a tag or a
branch) resolved to. A tag moved since (``git tag -f``) is content changed outside content/: the
content is loaded and the documents whose facts (the instrument as adopted, its amendment) read
from it are rebuilt, the reason naming the revision.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from gendocs import __version__
from gendocs.compute import Facts
from gendocs.doctypes import DocumentType, all_types
from gendocs.errors import Msg
from gendocs.incremental.digests import (
    FORMAT,
    INDEX,
    MANIFEST,
    code_hash,
    content_hash,
    read_index,
    resolve_revisions,
    template_hash,
)
from gendocs.incremental.tracking import Reads, changed_facts, changed_reads
from gendocs.incremental.versions import (
    dependency_versions,
    version_changes,
    versions_digest,
    versions_stamp,
)
from gendocs.load import adopted_revisions
from gendocs.model import Content
from gendocs.project import Project
from gendocs.write import OutputFile

SHOWN_KEYS = 3


@dataclass
class Entry:
    """What one document was last built from."""

    file: str
    template: str
    content: str
    output: str
    reads: Reads
    facts: Reads  # the computed facts read, each fingerprinted whole
    versions: str = ""  # versions_digest of the dependencies it was rendered with
    final: bool = False  # built with --final: TOC page numbers written, no updateFields

    def to_json(self) -> dict[str, Any]:
        """Data for json.dumps (the pairs are tuples: written as arrays)."""
        return {
            "file": self.file,
            "template": self.template,
            "content": self.content,
            "output": self.output,
            # pairs of the key path's own tuple and the fingerprint: JSON arrays as lists would
            # be, without a copy of each path (300,000 reads at 1,000 members, issue 17)
            "reads": list(self.reads.items()),
            "facts": list(self.facts.items()),
            "versions": self.versions,
            "final": self.final,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        """Read an entry written by :meth:`to_json`."""
        reads = {tuple(path): str(value) for path, value in data["reads"]}
        facts = {tuple(path): str(value) for path, value in data["facts"]}
        return cls(
            str(data["file"]),
            str(data["template"]),
            str(data["content"]),
            str(data["output"]),
            reads,
            facts,
            str(data.get("versions", "")),
            bool(data.get("final", False)),
        )


@dataclass
class BuildPlan:
    """Which documents to render and why; updated with each rendered document."""

    project: Project
    stale: list[DocumentType]
    reasons: dict[str, Msg | None]  # document name -> why it is rebuilt (None: current)
    content: Content | None
    facts: Facts | None
    code: str
    inputs: str
    entries: dict[str, Entry] = field(default_factory=dict)
    changed: bool = False
    versions: dict[str, str] = field(default_factory=dict)
    revisions: dict[str, str] = field(default_factory=dict)  # adopted label -> commit ("" unread)

    def loaded(self) -> tuple[Content, Facts]:
        """The content and its facts; :func:`plan_build` loads them whenever a document is stale."""
        if self.content is None or self.facts is None:
            raise RuntimeError("content was not loaded although a document is stale")
        return self.content, self.facts

    def record(
        self,
        doctype: DocumentType,
        output: OutputFile,
        reads: Reads,
        facts: Reads,
        final: bool = False,
        *,
        ordered: bool = False,
    ) -> None:
        """Remember what ``doctype`` was built from: the content and the facts it read
        (``final``: with ``--final``; ``ordered``: both already in :func:`ordered_reads`' order,
        as the render workers send them)."""
        self.entries[doctype.name] = Entry(
            output.name,
            template_hash(self.project, doctype.template),
            self.inputs,
            hashlib.sha256(output.data).hexdigest(),
            reads if ordered else ordered_reads(reads),
            facts if ordered else ordered_reads(facts),
            versions_digest(self.versions),
            final,
        )
        self.changed = True

    def manifest_files(self) -> list[OutputFile]:
        """The manifest to write, if anything changed."""
        if not self.changed:
            return []
        data: dict[str, Any] = {
            "format": FORMAT,
            "gendocs": __version__,
            "code": self.code,
            "epoch": os.environ.get("SOURCE_DATE_EPOCH"),
            "versions": self.versions,
            "revisions": dict(sorted(self.revisions.items())),
            "documents": {name: e.to_json() for name, e in sorted(self.entries.items())},
            # every document type as [name, template, file name]: what the check of a build
            # with nothing to do needs to know of them without importing them (``noop``)
            "registry": [[d.name, d.template, d.filename] for d in all_types()],
        }
        text = _json(data)
        index = {k: v for k, v in data.items() if k != "documents"} | {
            "manifest": hashlib.sha256(text).hexdigest(),
            "stamp": versions_stamp(),  # where ``versions`` were read from (noop)
            "documents": {
                name: {k: v for k, v in entry.items() if k not in ("reads", "facts")}
                for name, entry in data["documents"].items()
            },
        }
        return [OutputFile(MANIFEST, text), OutputFile(INDEX, _json(index))]


def _json(data: dict[str, Any]) -> bytes:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode()


def plan_build(
    project: Project,
    doctypes: list[DocumentType],
    force: bool,
    load: Callable[[], tuple[Content, Facts]],
    final: bool = False,
    every: bool = False,
) -> BuildPlan:
    """Decide which of ``doctypes`` need rendering; load the content (and compute its facts) only
    if that is needed. With ``final`` a document last built without ``--final`` is rebuilt.
    ``every``: ``doctypes`` are all the document types; forced, every entry of the manifest is
    then replaced and it is not read (9 MB, 0.46 s of CPU at 1,000 members, issue 17)."""
    previous, settings = ({}, {}) if force and every else _read(project.output_dir)
    code, inputs = code_hash(), content_hash(project.content_dir)
    plan = BuildPlan(
        project, [], {}, None, None, code, inputs, dict(previous), versions=dependency_versions()
    )
    same_code = {k: settings.get(k) for k in ("gendocs", "code", "epoch")} == {
        "gendocs": __version__,
        "code": code,
        "epoch": os.environ.get("SOURCE_DATE_EPOCH"),
    }
    versions = versions_digest(plan.versions)
    recorded = settings.get("revisions")
    before: dict[str, str] = recorded if isinstance(recorded, dict) else {}
    plan.revisions = dict(before)
    now = resolve_revisions(project.content_dir, list(before))
    moved = [label for label in before if now.get(label) != before[label]]
    pending = []
    for doctype in doctypes:
        reason = _static_reason(
            project, doctype, previous.get(doctype.name), force, same_code, versions
        )
        if reason is None and final and not previous[doctype.name].final:
            reason = Msg(
                "配布用（--final）の目次のページ番号がまだ入っていません",
                "not yet built --final (table of contents page numbers)",
            )
        if reason is None and (moved or previous[doctype.name].content != inputs):
            pending.append(doctype)
        else:
            plan.reasons[doctype.name] = reason
    if pending or any(r is not None for r in plan.reasons.values()):
        plan.content, plan.facts = load()
        plan.revisions = resolve_revisions(project.content_dir, _adopted(plan.content))
        plan.changed = plan.changed or plan.revisions != before
    for doctype in pending:
        entry = previous[doctype.name]
        keys = changed_reads(entry.reads, plan.content) + changed_facts(entry.facts, plan.facts)
        plan.reasons[doctype.name] = _keys_changed(keys, moved) if keys else None
        if not keys:  # content files changed elsewhere: remember them so the next check is quick
            plan.entries[doctype.name] = replace(entry, content=inputs)
            plan.changed = True
    plan.stale = [d for d in doctypes if plan.reasons[d.name] is not None]
    return plan


def _static_reason(
    project: Project,
    doctype: DocumentType,
    entry: Entry | None,
    force: bool,
    same_code: bool,
    versions: str,
) -> Msg | None:
    """Why the document must be rebuilt without looking at the content, or None."""
    if force:
        return Msg("--force が指定されました", "--force")
    if entry is None:
        return Msg("新規に作成します", "not built before")
    if not same_code:
        return Msg("gendocs が更新されました", "gendocs changed")
    if entry.versions != versions:
        return Msg("依存パッケージのバージョンが変わりました", "dependency versions changed")
    if entry.template != template_hash(project, doctype.template):
        return Msg(
            f"テンプレート {doctype.template} が変わりました",
            f"template {doctype.template} changed",
        )
    output = project.output_dir / entry.file
    if entry.file != doctype.filename or not output.is_file():
        return Msg("出力ファイルがありません", "output file missing")
    if hashlib.sha256(output.read_bytes()).hexdigest() != entry.output:
        return Msg(
            "出力ファイルが gendocs の外で変更されました", "output file changed outside gendocs"
        )
    return None


def _keys_changed(keys: list[str], moved: Sequence[str] = ()) -> Msg:
    shown = ", ".join(keys[:SHOWN_KEYS])
    more_ja = f" ほか{len(keys) - SHOWN_KEYS}件" if len(keys) > SHOWN_KEYS else ""
    more_en = f" and {len(keys) - SHOWN_KEYS} more" if len(keys) > SHOWN_KEYS else ""
    if moved:
        labels = "、".join(f"「{label}」" for label in moved)
        return Msg(
            f"リビジョン{labels}の指すコミットが変わりました（{shown}{more_ja}）",
            f"revision {', '.join(moved)} now names another commit ({shown}{more_en})",
        )
    return Msg(f"{shown}{more_ja} が変わりました", f"{shown}{more_en} changed")


def _adopted(content: Content) -> list[str]:
    """The revisions content names as adoptions (bylaws texts, ordinances), in content order."""
    bylaws = content.bylaws
    texts = [bylaws.establishment, bylaws.union_rules, bylaws.agreement]
    return adopted_revisions(
        {
            "bylaws": {str(i): {"adopted": t.adopted} for i, t in enumerate(texts) if t},
            "ordinances": list(content.ordinances),
        }
    )


def _read(folder: Path) -> tuple[dict[str, Entry], dict[str, Any]]:
    """The previous manifest's entries and build settings; empty when missing or unreadable."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return {}, {}
        entries = {str(k): Entry.from_json(v) for k, v in data["documents"].items()}
        keys = ("gendocs", "code", "epoch", "versions", "revisions")
        return entries, {k: data.get(k) for k in keys}
    except (OSError, ValueError, KeyError, TypeError):
        return {}, {}  # no manifest, or a damaged one: rebuild everything


def read_manifest(folder: Path) -> tuple[dict[str, Entry], dict[str, Any]]:
    """The entries and build settings of the manifest in ``folder`` (empty when there is none or
    it cannot be read): ``gendocs diff`` takes the documents' recorded reads from it."""
    return _read(folder)


def version_note(folder: Path) -> Msg | None:
    """Which dependency versions differ from those of the last build into ``folder``, if any.

    Only the manifest's versions are read: its entries (every document's reads, 2 MB at 200
    members) are not made into :class:`Entry` objects for this (issue 17)."""
    before = _recorded_versions(folder)
    return version_changes(before, dependency_versions()) if isinstance(before, dict) else None


def _recorded_versions(folder: Path) -> Any:
    """The ``versions`` of the manifest in ``folder`` (``None`` when there is none).

    They are taken from the manifest's index, which holds the same ``versions``, when the index
    is the one written with that manifest (its SHA-256, the manifest digested block by block):
    parsing the manifest whole (18 MB at 1,000 members) left ~5 MiB of a forced build's peak
    before the content was even loaded (issue 17). A manifest without its index (written before
    there was one, or the index damaged) is read whole, as before."""
    index = read_index(folder)
    if index is not None:
        return index.get("versions")
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return data.get("versions") if data.get("format") == FORMAT else None
    except (OSError, ValueError, AttributeError):
        return None  # no manifest, or a damaged one: nothing to compare with


def ordered_reads(reads: Reads) -> Reads:
    """``reads`` in the manifest's order: by key path, list indexes in numeric order."""
    return dict(sorted(reads.items(), key=_path_order))


def _path_order(item: tuple[tuple[Any, ...], str]) -> list[str]:
    return [f"{p:08d}" if isinstance(p, int) else str(p) for p in item[0]]
