"""The digests an incremental build compares, cheap to take: nothing here imports the document
types, the YAML parser or the rendering libraries, so that the check of a build with nothing to
do (:mod:`gendocs.incremental.noop`) stays fast (issue 17). :mod:`gendocs.incremental.manifest`
records them and decides which documents are stale.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from gendocs.errors import UsageError
from gendocs.load.files import entry_states
from gendocs.load.git import git, repository_root
from gendocs.project import PACKAGE_ROOT, Project

MANIFEST = ".gendocs-manifest.json"
# what the no-op check needs of the manifest, without the reads (12 KB of 3.9 MB at 200 members)
INDEX = ".gendocs-manifest-index.json"
FORMAT = 2  # 2: the facts each document read


def resolve_revisions(content_dir: Path, labels: list[str]) -> dict[str, str]:
    """The commit each of ``labels`` names in the repository holding ``content_dir`` ("" when it
    names none, or content/ is not in a repository); no git call without labels."""
    if not labels:
        return {}
    try:
        root = repository_root(content_dir)
    except UsageError:
        return dict.fromkeys(labels, "")
    found = {}
    for label in labels:
        if label.startswith("-"):  # not a revision name (history.adopted reports it)
            found[label] = ""
            continue
        done = git(root, "rev-parse", "--verify", "--quiet", f"{label}^{{commit}}", check=False)
        found[label] = done.stdout.strip() if done.returncode == 0 else ""
    return found


def content_hash(folder: Path) -> str:
    """A hash of every entry the loader reads: names, kinds and bytes.

    Kinds count: a folder, FIFO or symlink loop named ``*.yaml`` changes the hash, so the build
    loads the content and reports it instead of finding everything up to date.
    """
    digest = hashlib.sha256()
    for name, state in entry_states(folder):
        digest.update(name.encode() + b"\0" + state + b"\0")
    return digest.hexdigest()


def code_hash() -> str:
    """A hash of gendocs' own source and data, so a changed gendocs rebuilds everything."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_ROOT.rglob("*")):
        if path.suffix in (".py", ".conf", ".json") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(PACKAGE_ROOT)).encode() + path.read_bytes())
    return digest.hexdigest()


def template_hash(project: Project, template: str) -> str:
    """A hash of the template file ``template`` resolves to in ``project``: its path and bytes."""
    path = project.template(template)
    return hashlib.sha256(str(path).encode() + b"\0" + path.read_bytes()).hexdigest()


def read_index(folder: Path) -> dict[str, Any] | None:
    """The manifest's index in ``folder`` (:data:`INDEX`), when it is one of this format and the
    manifest beside it is the one it was written with (the SHA-256 it records, the manifest
    digested block by block); ``None`` otherwise (none, damaged, or left beside another
    manifest). Read by the no-op check and the version note, which need no reads (issue 17)."""
    try:
        index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        if not isinstance(index, dict) or index.get("format") != FORMAT:
            return None
        with (folder / MANIFEST).open("rb") as manifest:
            digest = hashlib.file_digest(manifest, "sha256").hexdigest()
    except (OSError, ValueError):
        return None
    return index if index.get("manifest") == digest else None
