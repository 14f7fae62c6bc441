"""Convert built .docx files: PDF through LibreOffice (TOC and page fields updated), Markdown and
HTML through pandoc. Returns bytes to write; only ``gendocs.write`` touches output/.

PDFs differ in bytes on every run (LibreOffice stamps /CreationDate and /ID and ignores
SOURCE_DATE_EPOCH), so they are compared by their text (pdftotext), never by bytes.

Within an :func:`office_session` that exports PDFs (``gendocs build --format pdf``), the TOC
layout of ``--final`` (:func:`toc_layouts`) also exports each document's PDF from the document it
laid out; the PDF is kept under the digest of the .docx that ``finish_toc`` makes from those
entries (:func:`keep_pdf`), and :func:`to_pdf` of that very file takes it instead of loading the
file and updating its indexes again (issue 17: each document's indexes updated once per command).
"""

from __future__ import annotations

import hashlib
import json
import os
import select
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from gendocs.errors import Msg, OutputError
from gendocs.project import PACKAGE_ROOT
from gendocs.write import OutputFile

FORMATS = ("pdf", "md", "html")
FONTS_CONF = PACKAGE_ROOT / "data" / "fonts.conf"
UNO_SCRIPT = Path(__file__).resolve().parent / "uno_convert.py"
TIMEOUT = 600
_NO_UNO = Msg(
    "PDF の目次とページ番号を更新するには LibreOffice の Python 連携が必要です。"
    "Debian/Ubuntu では sudo apt-get install python3-uno を実行してください"
    "（GENDOCS_UNO_PYTHON で uno を読み込める Python を指定することもできます）",
    "updating the table of contents and page numbers needs LibreOffice's Python bridge: "
    "run sudo apt-get install python3-uno (Debian/Ubuntu), or point GENDOCS_UNO_PYTHON at a "
    "Python that can import uno",
)


def stale_exports(documents: list[Path], fmt: str) -> list[Path]:
    """The documents whose ``fmt`` export is missing or older than the .docx."""
    return [
        d
        for d in documents
        if not _target(d, fmt).is_file() or _target(d, fmt).stat().st_mtime < d.stat().st_mtime
    ]


def export(documents: list[Path], fmt: str) -> list[OutputFile]:
    """Convert ``documents`` to ``fmt``; names are relative to the documents' folder."""
    if not documents:
        return []
    if fmt == "pdf":
        return to_pdf(documents)
    return [f for d in documents for f in to_pandoc(d, fmt)]


def _target(document: Path, fmt: str) -> Path:
    return document.with_suffix(f".{fmt}")


_PDF = ("writer_pdf_Export", ".pdf")
_TOC = ("toc", ".toc.json")


def to_pdf(documents: list[Path]) -> list[OutputFile]:
    """PDFs with updated TOC and fields, Japanese fonts embedded through the fontconfig aliases.

    In a session, a document whose PDF was made when its TOC was laid out (:func:`keep_pdf`)
    is not converted again."""
    kept = _session[-1].pdfs if _session else {}
    digests = [_digest(d.read_bytes()) if kept else "" for d in documents]
    todo = [d for d, digest in zip(documents, digests, strict=True) if digest not in kept]
    made = iter(_run_uno(todo, [_PDF]) if todo else [])
    return [
        OutputFile(d.stem + ".pdf", kept[digest]) if digest in kept else next(made)[0]
        for d, digest in zip(documents, digests, strict=True)
    ]


def toc_entries(documents: list[Path]) -> list[list[tuple[str, str]]]:
    """For each document, the entries (text, page) of its table of contents as LibreOffice lays
    the document out (empty when it has none)."""
    return [entries for entries, _pdf in toc_layouts(documents)]


def toc_layouts(documents: list[Path]) -> list[tuple[list[tuple[str, str]], bytes | None]]:
    """For each document, its TOC entries (:func:`toc_entries`) and, when the command's session
    exports PDFs (``office_session(pdf=True)``), the PDF exported from that same layout (else
    None): one load and one update of the document's indexes for both."""
    pdf = bool(_session) and _session[-1].exports_pdf
    found: list[tuple[list[tuple[str, str]], bytes | None]] = []
    for results in _run_uno(documents, [_TOC, _PDF] if pdf else [_TOC]):
        texts = json.loads(results[0].data.decode("utf-8"))
        lines = [line for text in texts[:1] for line in text.splitlines() if line.strip()]
        found.append(([_entry(line) for line in lines], results[1].data if pdf else None))
    return found


def keep_pdf(docx: bytes, pdf: bytes) -> None:
    """Within a session, ``pdf`` is the PDF of the .docx whose bytes are ``docx``: it is taken
    by :func:`to_pdf` of a file holding exactly these bytes. Outside a session, nothing."""
    if _session:
        _session[-1].pdfs[_digest(docx)] = pdf


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _entry(line: str) -> tuple[str, str]:
    text, _tab, page = line.rpartition("\t")
    if not _tab or not page.strip().isdigit():
        raise OutputError(
            Msg(
                f"LibreOffice の目次の行にページ番号がありません: {line}",
                f"a line of LibreOffice's table of contents has no page number: {line}",
            )
        )
    return text, page.strip()


class _Office:
    """One LibreOffice for a whole command (:func:`office_session`), started on first use by
    ``uno_convert.py --serve`` and asked one request at a time."""

    def __init__(self, exports_pdf: bool) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.log: IO[str] | None = None
        self.exports_pdf = exports_pdf
        self.pdfs: dict[str, bytes] = {}  # sha256 of a .docx → its PDF (keep_pdf)

    def run(self, documents: list[Path], outputs: list[tuple[str, str]], folder: str) -> str:
        """Ask for ``documents`` converted into ``folder``; the error to show, or ""."""
        if self.process is None:
            soffice, python, env = _office_command()
            self.log = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")
            try:
                self.process = subprocess.Popen(
                    [python, str(UNO_SCRIPT), "--serve", soffice],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=self.log,
                    text=True,
                    encoding="utf-8",
                    env=env,
                )
            except OSError as err:
                raise _failed(err) from err
        process = self.process
        assert process.stdin is not None and process.stdout is not None
        filters, extensions = [list(x) for x in zip(*outputs, strict=True)]
        request = [filters, extensions, folder, [str(d) for d in documents]]
        try:
            process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
            process.stdin.flush()
        except OSError:  # it ended: uno missing (3), LibreOffice not started (4)
            pass
        ready, _, _ = select.select([process.stdout], [], [], TIMEOUT)
        answer = process.stdout.readline() if ready else ""
        if answer:
            errors = json.loads(answer)
            return str(errors[0]) if errors else ""
        if not ready:
            self.close()
            raise _failed(subprocess.TimeoutExpired(UNO_SCRIPT.name, TIMEOUT))
        code = process.wait()
        self.process = None
        if code == 3:
            raise OutputError(_NO_UNO)
        return self._log()

    def _log(self) -> str:
        if self.log is None:
            return ""
        self.log.seek(0)
        return self.log.read()

    def close(self) -> None:
        """End LibreOffice: end of input ends it; killed if it does not end in time."""
        process, self.process = self.process, None
        if process is not None:
            try:
                if process.stdin is not None:
                    process.stdin.close()
                process.wait(timeout=60)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
                process.wait()
        if self.log is not None:
            self.log.close()
            self.log = None


_session: list[_Office] = []  # the session of the running command, if any


@contextmanager
def office_session(pdf: bool = False) -> Iterator[None]:
    """Within this block every PDF export and TOC layout goes to one LibreOffice, started when
    first needed and ended at the end of the block (``gendocs build --format pdf`` lays out the
    TOCs and exports the PDFs in one session, issue 17). ``pdf``: the block will export the PDFs
    of the documents whose TOCs it lays out, so each layout exports its PDF too."""
    office = _Office(pdf)
    _session.append(office)
    try:
        yield
    finally:
        _session.remove(office)
        office.close()


def _office_command() -> tuple[str, str, dict[str, str]]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise OutputError(
            Msg(
                "PDF の作成には LibreOffice が必要です（apt-get install libreoffice-writer-nogui）",
                "PDF export needs LibreOffice (apt-get install libreoffice-writer-nogui)",
            )
        )
    python = os.environ.get("GENDOCS_UNO_PYTHON", "/usr/bin/python3")
    return soffice, python, dict(os.environ, FONTCONFIG_FILE=str(FONTS_CONF))


def _failed(err: Exception) -> OutputError:
    return OutputError(
        Msg(
            f"LibreOffice での PDF 変換に失敗しました: {err}",
            f"PDF conversion with LibreOffice failed: {err}",
        )
    )


def _run_uno(documents: list[Path], outputs: list[tuple[str, str]]) -> list[list[OutputFile]]:
    """Run :mod:`uno_convert` on ``documents``, in the command's LibreOffice session if there is
    one, else in a LibreOffice of its own; for each document in order, the files it made from
    it, one per (filter, extension) of ``outputs``."""
    with tempfile.TemporaryDirectory(prefix="gendocs-pdf-") as folder:
        if _session:
            log = _session[-1].run(documents, outputs, folder)
        else:
            soffice, python, env = _office_command()
            filters, extensions = (",".join(x) for x in zip(*outputs, strict=True))
            try:
                done = subprocess.run(
                    [python, str(UNO_SCRIPT), soffice, filters, extensions, folder]
                    + [str(d) for d in documents],
                    capture_output=True,
                    text=True,
                    timeout=TIMEOUT,
                    env=env,
                )
            except (OSError, subprocess.TimeoutExpired) as err:
                raise _failed(err) from err
            if done.returncode == 3:
                raise OutputError(_NO_UNO)
            log = done.stderr
        return [
            [
                _read_result(Path(folder) / (d.stem + extension), d.stem + extension, log)
                for _filter, extension in outputs
            ]
            for d in documents
        ]


def _read_result(path: Path, name: str, log: str) -> OutputFile:
    if not path.is_file():
        detail = log.strip().splitlines()[-1] if log.strip() else ""
        raise OutputError(
            Msg(
                f"LibreOffice が {name} を作成できませんでした {detail}".strip(),
                f"LibreOffice did not produce {name} {detail}".strip(),
            )
        )
    return OutputFile(name, path.read_bytes())


def to_pandoc(document: Path, fmt: str) -> list[OutputFile]:
    """Markdown (pictures in ``<name>_media/``) or one self-contained HTML file."""
    with tempfile.TemporaryDirectory(prefix="gendocs-pandoc-") as folder:
        name = f"{document.stem}.{fmt}"
        args = (
            ["-t", "gfm", "--wrap=none", f"--extract-media={document.stem}_media"]
            if fmt == "md"
            else [
                "-t",
                "html",
                "--standalone",
                "--embed-resources",
                f"--metadata=title:{document.stem}",
            ]
        )
        # cwd: pandoc writes extracted pictures relative to its working directory
        run_pandoc(["-f", "docx", *args, "-o", name, str(document.resolve())], Path(folder))
        return [
            OutputFile(str(p.relative_to(folder)), p.read_bytes())
            for p in sorted(Path(folder).rglob("*"))
            if p.is_file()
        ]


def run_pandoc(args: list[str], cwd: Path | None = None) -> str:
    """Run the pandoc shipped by pypandoc-binary and return its standard output."""
    import pypandoc

    try:
        done = subprocess.run(
            [pypandoc.get_pandoc_path(), *args], capture_output=True, cwd=cwd, timeout=TIMEOUT
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise OutputError(
            Msg(f"pandoc を実行できませんでした: {err}", f"pandoc could not run: {err}")
        ) from err
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip()
        raise OutputError(Msg(f"pandoc が失敗しました: {message}", f"pandoc failed: {message}"))
    return done.stdout.decode("utf-8", errors="replace")
