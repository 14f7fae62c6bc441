"""Convert .docx files with LibreOffice through UNO, updating the TOC and fields first.

A plain ``soffice --convert-to pdf`` leaves the table of contents and page fields as the template
had them (docs/docx-notes.md §3.2). Through UNO each document index is updated and the fields are
refreshed before the export. UNO's Python bridge (Debian package ``python3-uno``) is bound to
the system Python, not to the Python gendocs runs in, so gendocs runs this file as a script:

    /usr/bin/python3 uno_convert.py SOFFICE FILTER EXTENSION OUTDIR FILE.docx...

With FILTER ``toc`` nothing is converted: OUTDIR gets, for each file, ``<stem>EXTENSION`` holding
the text of its tables of contents as LibreOffice filled them (JSON: one string per index,
entries separated by newlines, each entry's text and page number by a tab). FILTER and
EXTENSION may be comma-separated lists of the same length (``toc,writer_pdf_Export
.toc.json,.pdf``): every output is made from the one loaded, laid out document (issue 17: the
TOC read for the .docx and the PDF come from one load and one update of the indexes).

Each document is loaded once; its indexes are updated, and updated again only while that moved
what follows them (the end of every index on another page or line: a filled TOC may push the
headings to other pages), at most ``MAX_PASSES`` times; then every output is made.

With ``--serve SOFFICE`` one LibreOffice serves a whole gendocs command (issue 17: ``build
--format pdf`` started it once for the TOC page numbers and again for the PDFs): each line read
from standard input is a JSON request ``[FILTER, EXTENSION, OUTDIR, [FILE.docx, ...]]``, done as
above (FILTER and EXTENSION strings or lists); each is answered by one line on standard output,
``[]`` or ``["the error"]`` (the files that could not be made are missing from OUTDIR). End of
input ends LibreOffice.

With the environment variable ``GENDOCS_UNO_LOG`` naming a file, each load, index update pass
and output is appended to it as a line (``load|update|toc|store NAME``), for the tests that
count them.

Exit status 3: ``import uno`` failed; 4: LibreOffice did not start or accept the connection.
This file must import nothing from gendocs.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from typing import Any

try:
    import uno
    from com.sun.star.beans import PropertyValue
except ImportError:
    sys.exit(3)

CONNECT_SECONDS = 60
MAX_PASSES = 4  # index updates of one document, should its layout never settle


def prop(name: str, value: Any) -> Any:
    """A UNO PropertyValue."""
    result = PropertyValue()
    result.Name = name
    result.Value = value
    return result


def main(argv: list[str]) -> None:
    """Start a private LibreOffice, convert every file (or serve requests), shut it down."""
    if argv[0] == "--serve":
        office(argv[1], serve)
        return
    soffice, filters, extensions, outdir, files = argv[0], argv[1], argv[2], argv[3], argv[4:]
    outputs = outputs_of(filters.split(","), extensions.split(","))

    def convert_all(desktop: Any) -> None:
        for path in files:
            convert(desktop, path, outdir, outputs)

    office(soffice, convert_all)


def serve(desktop: Any) -> None:
    """Answer the requests read from standard input, one line each, until its end."""
    for line in sys.stdin:
        if not line.strip():
            continue
        filters, extensions, outdir, files = json.loads(line)
        outputs = outputs_of(filters, extensions)
        errors = []
        for path in files:
            try:
                convert(desktop, path, outdir, outputs)
            except Exception as error:  # reported; the next file and request go on
                errors.append(f"{os.path.basename(path)}: {error}")
        sys.stdout.write(json.dumps(errors[-1:], ensure_ascii=False) + "\n")
        sys.stdout.flush()


def office(soffice: str, work: Any) -> None:
    """Start a private LibreOffice, run ``work(desktop)``, shut LibreOffice down."""
    profile = tempfile.mkdtemp(prefix="gendocs-lo-")
    pipe = f"gendocs_{os.getpid()}"
    process = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        desktop = connect(pipe, process)
        work(desktop)
        try:
            desktop.terminate()
        except Exception:  # the bridge closes while terminating
            pass
    finally:
        stop(process)
        shutil.rmtree(profile, ignore_errors=True)


def connect(pipe: str, process: "subprocess.Popen[bytes]") -> Any:
    """The Desktop of the LibreOffice listening on ``pipe``."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + CONNECT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(4)
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context
            )
        except Exception:
            time.sleep(0.1)
    sys.exit(4)


def outputs_of(filters: Any, extensions: Any) -> list[tuple[str, str]]:
    """The (filter, extension) pairs of a request: two strings or two lists of the same length."""
    if isinstance(filters, str):
        filters, extensions = [filters], [extensions]
    if len(filters) != len(extensions) or not filters:
        raise ValueError(f"filters {filters} and extensions {extensions} do not pair")
    return list(zip(filters, extensions, strict=True))


def log(event: str, path: str) -> None:
    """Append ``event NAME`` to the file named by GENDOCS_UNO_LOG, if any (tests count them)."""
    name = os.environ.get("GENDOCS_UNO_LOG")
    if name:
        with open(name, "a", encoding="utf-8") as out:
            out.write(f"{event} {os.path.basename(path)}\n")


def convert(desktop: Any, path: str, outdir: str, outputs: list[tuple[str, str]]) -> None:
    """Load ``path`` hidden, update indexes and fields, make every output from that document:
    ``toc`` the text of its tables of contents, any other filter name a file stored with it."""
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    log("load", path)
    try:
        lay_out(document, path)
        stem = os.path.splitext(os.path.basename(path))[0]
        for filter_name, extension in outputs:
            target = os.path.join(os.path.abspath(outdir), stem + extension)
            log("toc" if filter_name == "toc" else "store", path)
            if filter_name == "toc":
                with open(target, "w", encoding="utf-8") as out:
                    json.dump(toc_texts(document), out, ensure_ascii=False)
            else:
                document.storeToURL(
                    uno.systemPathToFileUrl(target), (prop("FilterName", filter_name),)
                )
    finally:
        document.close(True)


def lay_out(document: Any, path: str) -> None:
    """Update the indexes and fields until the indexes stop moving what follows them.

    An update fills an index with the pages of the layout before it; if the filled index ends
    where the former one ended (same page, same position), nothing after it moved and the pages
    hold. A document without indexes only has its fields refreshed.
    """
    indexes = document.getDocumentIndexes()
    if indexes.getCount() == 0:
        document.getTextFields().refresh()
        document.refresh()
        return
    before = index_ends(document)
    for _ in range(MAX_PASSES):
        for index in range(indexes.getCount()):
            indexes.getByIndex(index).update()
        document.getTextFields().refresh()
        document.refresh()
        log("update", path)
        after = index_ends(document)
        if after == before:
            return
        before = after


def index_ends(document: Any) -> list[tuple[int, int, int]]:
    """Where each index ends in the layout: page, and position on the page (1/100 mm)."""
    cursor = document.getCurrentController().getViewCursor()
    indexes = document.getDocumentIndexes()
    ends = []
    for index in range(indexes.getCount()):
        cursor.gotoRange(indexes.getByIndex(index).getAnchor().getEnd(), False)
        position = cursor.getPosition()
        ends.append((cursor.getPage(), position.X, position.Y))
    return ends


def toc_texts(document: Any) -> list[str]:
    """The text of each table of contents (not of other indexes) as it is filled now."""
    indexes = document.getDocumentIndexes()
    return [
        indexes.getByIndex(i).getAnchor().getString()
        for i in range(indexes.getCount())
        if indexes.getByIndex(i).supportsService("com.sun.star.text.ContentIndex")
    ]


def stop(process: "subprocess.Popen[bytes]") -> None:
    """End the LibreOffice process group started here (soffice.bin may outlive its parent)."""
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


if __name__ == "__main__":
    main(sys.argv[1:])
