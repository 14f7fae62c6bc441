"""Page images of the sample's 導入計画書 for docs/images/: the cover, the table of contents, a cost
table and a chart, as LibreOffice lays out the document built with ``--final``.

    python -m tools.page_images            # writes docs/images/plan-*.png

Run it after a change to the templates or the layout code and look at the images: they show a
reader of the README what the documents look like. Needs LibreOffice (with python3-uno) and
poppler-utils (pdftoppm, pdftotext, pdfimages).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from gendocs.export.convert import to_pdf
from gendocs.pipeline import build
from gendocs.project import find_project

REPO = Path(__file__).resolve().parent.parent
IMAGES = REPO / "docs" / "images"
RESOLUTION = "60"


def page_images(target: Path = IMAGES) -> list[Path]:
    """Build the sample plan, convert it to PDF and write the four page images to ``target``."""
    with tempfile.TemporaryDirectory(prefix="gendocs-images-") as scratch:
        folder = Path(scratch)
        shutil.copytree(REPO / "content", folder / "content")
        (docx,) = build(find_project(folder), ["plan"], final=True)
        (pdf_file,) = to_pdf([docx])
        pdf = folder / "plan.pdf"
        pdf.write_bytes(pdf_file.data)
        pages = _pages(pdf)
        chosen = {
            "cover": 1,
            "toc": _first(pages, lambda p: "目次" in p),
            "cost-table": _first(pages, lambda p: "7.4年度別負担額" in p and "（単位：円）" in p),
            "chart": _chart_page(pdf),
        }
        target.mkdir(parents=True, exist_ok=True)
        written = []
        for name, number in chosen.items():
            stem = folder / name
            subprocess.run(
                ["pdftoppm", "-r", RESOLUTION, "-png", "-singlefile", "-f", str(number)]
                + ["-l", str(number), str(pdf), str(stem)],
                check=True,
            )
            written.append(Path(shutil.copy(f"{stem}.png", target / f"plan-{name}.png")))
        return written


def _pages(pdf: Path) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return [re.sub(r"[ \t]+", "", page) for page in done.stdout.split("\f")]


def _first(pages: list[str], wanted: Callable[[str], bool]) -> int:
    for number, page in enumerate(pages, 1):
        if wanted(page):
            return number
    raise SystemExit("the sample plan has no such page: the template changed")


def _chart_page(pdf: Path) -> int:
    done = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    )
    rows = [line.split() for line in done.stdout.splitlines()[2:] if line.strip()]
    if not rows:
        raise SystemExit("the sample plan has no chart")
    return int(rows[0][0])


if __name__ == "__main__":
    for path in page_images():
        sys.stdout.write(f"{path.relative_to(REPO)}\n")
