"""A .docx as text for ``git diff``: one paragraph and one table row per line.

pandoc writes GitHub Markdown without raw HTML and without wrapping, so every paragraph is one
line and every table row one ``| … |`` line; ``git diff --word-diff-regex=.`` then shows Japanese
edits character by character. Pictures are named by a hash of their bytes, so a redrawn chart
shows as a changed line.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

from gendocs.errors import Msg, UsageError
from gendocs.export.convert import run_pandoc

_PICTURE = re.compile(r"\]\((media/[^)\s]+)\)")


def docx_text(path: Path) -> str:
    """The text of the .docx at ``path``."""
    try:
        with zipfile.ZipFile(path) as package:
            pictures = {
                name[len("word/") :]: hashlib.sha1(package.read(name)).hexdigest()[:12]
                for name in package.namelist()
                if name.startswith("word/media/")
            }
    except (OSError, zipfile.BadZipFile) as err:
        raise UsageError(
            Msg(
                f"{path} は .docx として読めません: {err}", f"{path} is not a readable .docx: {err}"
            )
        ) from err
    text = run_pandoc(["-f", "docx", "-t", "gfm-raw_html", "--wrap=none", str(path)])
    return _PICTURE.sub(lambda m: f"](図 {pictures.get(m.group(1), m.group(1))})", text)
