"""Documents to hand out: TOC page numbers laid out by LibreOffice, written in the .docx.

The everyday build leaves a document's TOC without page numbers and asks Word to update fields
on opening (``w:updateFields``). ``gendocs build --final`` (and ``--format pdf``) lays every
document with a TOC out in LibreOffice, once for all of them, and writes the entries with their
page numbers into the .docx itself (:func:`gendocs.docx.toc.finish_toc`); no document keeps
``updateFields``, so the reader is asked nothing.

Under ``gendocs build --format pdf`` the same layout also exports each document's PDF, kept for
the finished .docx (:func:`gendocs.export.convert.keep_pdf`): its indexes are updated once in
the command.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from gendocs.docx.toc import finish_toc, has_toc
from gendocs.export.convert import keep_pdf, toc_layouts
from gendocs.write import OutputFile


def finalize(files: list[OutputFile]) -> list[OutputFile]:
    """``files`` (built .docx bytes) with TOC page numbers and no ``updateFields``."""
    with_toc = [i for i, f in enumerate(files) if has_toc(f.data)]
    entries: dict[int, list[tuple[str, str]]] = {}
    pdfs: dict[int, bytes | None] = {}
    if with_toc:
        with tempfile.TemporaryDirectory(prefix="gendocs-final-") as folder:
            paths = []
            for index in with_toc:
                path = Path(folder) / f"{index:03d}.docx"
                path.write_bytes(files[index].data)
                paths.append(path)
            for index, (found, pdf) in zip(with_toc, toc_layouts(paths), strict=True):
                entries[index], pdfs[index] = found, pdf
    finished = [
        OutputFile(f.name, finish_toc(f.data, entries.get(i, []))) for i, f in enumerate(files)
    ]
    for index, pdf in pdfs.items():
        if pdf is not None:
            keep_pdf(finished[index].data, pdf)
    return finished
