"""Convert .docx files with LibreOffice through UNO, updating the TOC and fields first.

A plain ``soffice --convert-to pdf`` leaves the table of contents and page fields as the template
had them (docs/docx-notes.md §3.2). Through UNO each document index is updated and the fields are
refreshed before the export. UNO's Python bridge (Debian package ``python3-uno``) is bound to
the system Python, not to the Python gendocs runs in, so gendocs runs this file as a script:

    /usr/bin/python3 uno_convert.py SOFFICE FILTER EXTENSION OUTDIR FILE.docx...

Exit status 3: ``import uno`` failed; 4: LibreOffice did not start or accept the connection.
This file must import nothing from gendocs.
"""

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
    """Start a private LibreOffice, convert every file, shut it down."""
    soffice, filter_name, extension, outdir, files = argv[0], argv[1], argv[2], argv[3], argv[4:]
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
        for path in files:
            convert(desktop, path, outdir, filter_name, extension)
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
