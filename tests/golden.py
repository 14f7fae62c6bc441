"""Golden text of generated documents: one line per paragraph of word/document.xml.

Regenerate after checking the change:  python -m tests.golden --regenerate
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

from gendocs.pipeline import build
from gendocs.project import find_project

GOLDEN = Path(__file__).resolve().parent / "golden"
CONTENT = Path(__file__).resolve().parent.parent / "content"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENTS = ["plan"]


def document_text(docx: Path) -> str:
    """The text of every paragraph of the body, one per line (table cells included)."""
    with zipfile.ZipFile(docx) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    lines = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]
    return "\n".join(lines) + "\n"


def built_texts() -> dict[str, str]:
    """Build the golden documents from the sample content and return their texts."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(CONTENT, Path(tmp) / "content")
        project = find_project(Path(tmp))
        return {
            name: document_text(path)
            for name, path in zip(DOCUMENTS, build(project, DOCUMENTS), strict=True)
        }


if __name__ == "__main__":
    if "--regenerate" not in sys.argv:
        raise SystemExit(__doc__)
    GOLDEN.mkdir(exist_ok=True)
    for name, text in built_texts().items():
        (GOLDEN / f"{name}.txt").write_text(text, encoding="utf-8")
        print(f"wrote tests/golden/{name}.txt")
