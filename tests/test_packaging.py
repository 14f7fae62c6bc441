"""Every folder of the package is a regular package, so a non-editable install ships it."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "gendocs"


def test_every_code_folder_has_an_init() -> None:
    folders = [
        d
        for d in PACKAGE.rglob("*")
        if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
    ]
    missing = [str(d.relative_to(PACKAGE)) for d in folders if not (d / "__init__.py").exists()]
    assert missing == []
