"""The versions of what turns content into bytes, recorded in the manifest of every build.

Same input, same bytes holds for one set of versions: a new matplotlib draws the Gantt chart
with other pixels, a new zlib deflates the .docx differently, a new pandoc writes other Markdown.
``constraints.txt`` pins the Python distributions the tests ran with; the manifest records what a
build actually used, so that a build after an upgrade says so and rebuilds every document.

Taking the versions costs a build with nothing to do more than the rest of its check (importing
``importlib.metadata``, scanning ``sys.path`` for nine distributions, importing pypandoc and
running every pandoc it finds: 40–100 ms, issue 17). :func:`versions_stamp` stats, instead, the
places those versions come from; the manifest's index records it with the versions, and the
no-op check trusts the recorded versions while the stamp is the same (``incremental/noop.py``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import zlib

from gendocs import __version__
from gendocs.errors import Msg

# distributions whose code ends up in a document's or an export's bytes
RENDERING = (
    "docxtpl",
    "python-docx",
    "lxml",
    "jinja2",
    "matplotlib",
    "matplotlib-fontja",
    "pillow",
    "numpy",
    "pypandoc-binary",
)
MISSING = "-"


@functools.cache  # what is installed does not change while the process runs
def dependency_versions() -> dict[str, str]:
    """gendocs', Python's, zlib's, pandoc's and each rendering distribution's version."""
    import platform

    versions = {
        "gendocs": __version__,
        "python": platform.python_version(),
        "zlib": zlib.ZLIB_RUNTIME_VERSION,
        "pandoc": pandoc_version(),
    }
    return versions | {name: _installed(name) for name in RENDERING}


def versions_digest(versions: dict[str, str]) -> str:
    """A short fingerprint of ``versions`` for each manifest entry."""
    text = json.dumps(versions, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def pandoc_version() -> str:
    """The version of the pandoc that exports run (pypandoc picks the newest it finds)."""
    import pypandoc

    try:
        return str(pypandoc.get_pandoc_version())
    except OSError:  # no pandoc: .docx builds do not need it, an export will say so
        return MISSING


def version_changes(before: dict[str, str], now: dict[str, str]) -> Msg | None:
    """Which versions differ between two builds, as one note; None when none does."""
    changed = [
        f"{name} {before.get(name, MISSING)} → {now.get(name, MISSING)}"
        for name in sorted(before.keys() | now.keys())
        if before.get(name) != now.get(name)
    ]
    if not changed:
        return None
    listed = ", ".join(changed)
    return Msg(
        f"前回の作成からバージョンが変わりました（{listed}）。文書を作り直します"
        "（同じ内容でもバイト列が変わることがあります）",
        f"versions changed since the last build ({listed}); rebuilding the documents "
        "(their bytes may change although the content did not)",
    )


def versions_stamp() -> str:
    """A digest of where :func:`dependency_versions` finds the versions, without reading them.

    A distribution's version is read from the first ``*.dist-info`` (or ``*.egg-info``) for it
    on ``sys.path``, a folder named with the distribution and its version: installing,
    upgrading or removing one adds or removes such a name. The stamp takes, for each ``sys.path``
    entry, the names of these folders it holds (and the inode, size and times of each
    ``.egg-info``, which may carry no version in its name; of an entry that is a file, such as a
    zip, its own). Pandoc's version is the newest of the programs pypandoc tries:
    ``PYPANDOC_PANDOC``, else ``pandoc`` in each folder of ``PATH``, then the one shipped in
    pypandoc's ``files/``, ``~/bin``, ``~/.bin`` and the interpreter's ``bin``; each enters
    with its inode, size, modification and change times (a program overwritten in place
    changes them too). Entries and programs that give no version are left out, so that
    ``gendocs``, ``python -m gendocs`` and ``python -c`` (whose first ``sys.path`` entries
    differ) have one stamp, and an entry listed twice enters once (only its first occurrence
    can give a version); one that appears enters the stamp. gendocs', Python's and zlib's
    versions are the process's own: the stamp takes ``sys.version`` and zlib's version.
    """
    # each entry once: a repeated entry finds no other distribution than its first occurrence
    # (a pytest process may hold the repository twice once some test modules are imported,
    # which made an in-process build's index differ from a child process's: issue 17)
    places = list(dict.fromkeys(os.path.abspath(p) if p else os.getcwd() for p in sys.path))
    pandoc = os.environ.get("PYPANDOC_PANDOC", "")
    folders = os.environ.get("PATH", "").split(os.pathsep)
    candidates = [pandoc] if pandoc else [os.path.join(f or ".", "pandoc") for f in folders]
    candidates += [os.path.join(place, "pypandoc", "files", "pandoc") for place in places]
    candidates += [
        os.path.expanduser("~/bin/pandoc"),
        os.path.expanduser("~/.bin/pandoc"),
        os.path.join(sys.exec_prefix, "bin", "pandoc"),
    ]
    digest = hashlib.sha256()
    for text in (sys.version, zlib.ZLIB_RUNTIME_VERSION, pandoc):
        digest.update(_bytes(text))
    for place in places:  # an entry holding no distribution gives no version: left out
        found = _distributions(place)
        if found != b"\0":
            digest.update(_bytes(place) + found)
    for path in candidates:  # a program that is not there gives no version: left out
        found = _stat(path)
        if found != b"-\0":
            digest.update(_bytes(path) + found)
    return digest.hexdigest()


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape") + b"\0"


def _distributions(place: str) -> bytes:
    """The distribution folders in one ``sys.path`` entry (or the entry's stat if a file)."""
    try:
        names = sorted(os.listdir(place))
    except NotADirectoryError:
        return _stat(place)
    except (OSError, ValueError):
        return b"\0"  # not there: no distribution
    found = b""
    for name in names:
        if name.endswith(".dist-info"):
            found += _bytes(name)
        elif name.endswith(".egg-info"):
            found += _bytes(name) + _stat(os.path.join(place, name))
    return found + b"\0"


def _stat(path: str) -> bytes:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return b"-\0"
    return f"{found.st_ino} {found.st_size} {found.st_mtime_ns} {found.st_ctime_ns}\0".encode()


def _installed(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return MISSING
