"""The versions of what turns content into bytes, recorded in the manifest of every build.

Same input, same bytes holds for one set of versions: a new matplotlib draws the Gantt chart
with other pixels, a new zlib deflates the .docx differently, a new pandoc writes other Markdown.
``constraints.txt`` pins the Python distributions the tests ran with; the manifest records what a
build actually used, so that a build after an upgrade says so and rebuilds every document.
"""

from __future__ import annotations

import functools
import hashlib
import json
import platform
import zlib
from importlib import metadata

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


def _installed(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return MISSING
