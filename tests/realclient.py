"""Real clients for checking documents: LibreOffice headless, pdftotext, pdffonts, pandoc.

Tests never mock a client. LibreOffice runs with the project's fontconfig alias file so that the
Japanese faces the templates name are embedded as IPAex Mincho/Gothic.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypandoc
from docx import Document

FONTS_CONF = Path(__file__).resolve().parent.parent / "gendocs" / "data" / "fonts.conf"


def soffice() -> str:
    """Path of the LibreOffice binary; fails the test run when it is missing."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise RuntimeError("LibreOffice (soffice) is not installed: run the README's test command")
    return found


def to_pdf(docx: Path, outdir: Path) -> Path:
    """Convert ``docx`` to PDF with LibreOffice headless and return the PDF path."""
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    env = dict(os.environ, FONTCONFIG_FILE=str(FONTS_CONF))
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=env,
    )
    shutil.rmtree(profile, ignore_errors=True)
    pdf = outdir / (docx.stem + ".pdf")
    if not pdf.exists():
        raise AssertionError(f"LibreOffice did not convert {docx.name}")
    return pdf


def to_pdfs(docs: list[Path], outdir: Path) -> list[Path]:
    """Convert several documents in one LibreOffice start (much faster than one each)."""
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    env = dict(os.environ, FONTCONFIG_FILE=str(FONTS_CONF))
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
        ]
        + [str(d) for d in docs],
        check=True,
        capture_output=True,
        timeout=600,
        env=env,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return [outdir / (d.stem + ".pdf") for d in docs]


def pdf_text(pdf: Path) -> str:
    """Text of a PDF by pdftotext (poppler)."""
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_vertical_text(pdf: Path) -> str:
    """Text of a 縦書き PDF, one line per column, columns read from the right of each page.

    pdftotext reads a page in rows, which scrambles vertical text; its -bbox output places every
    glyph, so the columns are rebuilt from the glyphs' centres.
    """
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    lines = []
    for page in boxes.split("<page ")[1:]:
        columns: dict[int, list[tuple[float, str]]] = {}
        for x0, y0, x1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>', page
        ):
            centre = round((float(x0) + float(x1)) / 2)
            columns.setdefault(centre, []).append((float(y0), html.unescape(word)))
        lines += ["".join(w for _, w in sorted(columns[x])) for x in sorted(columns, reverse=True)]
    return "\n".join(lines)


def pdf_fonts(pdf: Path) -> str:
    """The pdffonts listing of a PDF."""
    return subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout


def pandoc_text(docx: Path) -> str:
    """The document as plain text through pandoc."""
    return str(pypandoc.convert_file(str(docx), "plain", format="docx", extra_args=["--wrap=none"]))


def docx_text(docx: Path) -> str:
    """All paragraph and table text through python-docx."""
    doc = Document(str(docx))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)
