"""Helpers for the template-attack tests: edited copies of real templates, run through the CLI."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from docx import Document

from gendocs.cli import main

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = REPO / "templates"


def add_paragraph(template: str, text: str, project: Path) -> None:
    """Put a copy of the bundled ``template`` with one more paragraph into project/templates."""
    document = Document(str(TEMPLATES / template))
    document.add_paragraph(text)
    (project / "templates").mkdir(exist_ok=True)
    document.save(str(project / "templates" / template))


def run_cli(
    project: Path,
    args: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str]:
    """Run ``gendocs ARGS`` in ``project`` as the console script does; return (exit code, stderr).

    Anything but a SystemExit (a traceback) propagates and fails the test.
    """
    monkeypatch.chdir(project)
    capsys.readouterr()
    try:
        main(args)
        code = 0
    except SystemExit as exited:
        code = int(exited.code or 0)
    return code, capsys.readouterr().err


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the sha256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def rewrite_part(
    template: str, project: Path, part: str, old: str | None, new: bytes | str
) -> None:
    """Put a copy of ``template`` into project/templates with ``part`` changed.

    ``old`` (which must occur once) is replaced by ``new``; with ``old`` None the part's bytes
    become ``new``, and with ``new`` empty bytes the part is left out.
    """
    (project / "templates").mkdir(exist_ok=True)
    with (
        zipfile.ZipFile(TEMPLATES / template) as source,
        zipfile.ZipFile(project / "templates" / template, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                data = _changed(data, old, new)
                if not data:
                    continue
            target.writestr(info, data)


def _changed(data: bytes, old: str | None, new: bytes | str) -> bytes:
    if old is None:
        return new if isinstance(new, bytes) else new.encode("utf-8")
    text = data.decode("utf-8")
    assert text.count(old) == 1, f"the template changed: {old!r} is not in it once"
    return text.replace(old, str(new)).encode("utf-8")
