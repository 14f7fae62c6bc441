"""Convert .docx files with LibreOffice through UNO, updating the TOC and fields first.

A plain ``soffice --convert-to pdf`` leaves the table of contents and page fields as the template
had them (docs/docx-notes.md §3.2). Through UNO each document index is updated and the fields are
refreshed before the export. UNO's Python bridge (Debian package ``python3-uno``) is bound to
the system Python, not to the Python gendocs runs in, so gendocs runs this file as a script:

    /usr/bin/python3 uno_convert.py SOFFICE FILTER EXTENSION OUTDIR FILE.docx...

With FILTER ``toc`` nothing is converted: OUTDIR gets, for each file, ``<stem>EXTENSION`` holding
the text of its tables of contents as LibreOffice filled them (JSON: one string per index,
entries separated by newlines, each entry's text and page number by a tab).

With ``--serve SOFFICE`` one LibreOffice serves a whole gendocs command (issue 17: ``build
--format pdf`` started it once for the TOC page numbers and again for the PDFs): each line read
from standard input is a JSON request ``[FILTER, EXTENSION, OUTDIR, [FILE.docx, ...]]``, done as
above; each is answered by one line on standard output, ``[]`` or ``["the error"]`` (the files
that could not be made are missing from OUTDIR). End of input ends LibreOffice.

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
    soffice, filter_name, extension, outdir, files = argv[0], argv[1], argv[2], argv[3], argv[4:]

    def convert_all(desktop: Any) -> None:
        for path in files:
            convert(desktop, path, outdir, filter_name, extension)

    office(soffice, convert_all)


def serve(desktop: Any) -> None:
    """Answer the requests read from standard input, one line each, until its end."""
    for line in sys.stdin:
        if not line.strip():
            continue
        filter_name, extension, outdir, files = json.loads(line)
        errors = []
        for path in files:
            try:
                convert(desktop, path, outdir, filter_name, extension)
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


def convert(desktop: Any, path: str, outdir: str, filter_name: str, extension: str) -> None:
    """Load ``path`` hidden, update indexes and fields, store it with ``filter_name``."""
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    try:
        for _ in range(2):  # the filled TOC may move headings to other pages: update twice
            indexes = document.getDocumentIndexes()
            for index in range(indexes.getCount()):
                indexes.getByIndex(index).update()
            document.getTextFields().refresh()
            document.refresh()
        stem = os.path.splitext(os.path.basename(path))[0]
        target = os.path.join(os.path.abspath(outdir), stem + extension)
        if filter_name == "toc":
            indexes = document.getDocumentIndexes()
            texts = [
                indexes.getByIndex(i).getAnchor().getString()
                for i in range(indexes.getCount())
                if indexes.getByIndex(i).supportsService("com.sun.star.text.ContentIndex")
            ]
            with open(target, "w", encoding="utf-8") as out:
                json.dump(texts, out, ensure_ascii=False)
            return
        document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", filter_name),))
    finally:
        document.close(True)


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
