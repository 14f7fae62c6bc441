"""Where a project's content/, templates/ and output/ are.

A project is a folder with ``content/`` (and optionally its own ``templates/``). Without
``content/`` gendocs uses the sample consortium embedded in the package, so a fresh install can
build at once. A template in the project's ``templates/`` overrides the bundled one of that name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gendocs.errors import Msg, UsageError

PACKAGE_ROOT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Project:
    """The folders one build reads and writes."""

    content_dir: Path
    template_dirs: tuple[Path, ...]
    output_dir: Path
    embedded_content: bool

    def template(self, name: str) -> Path:
        """The template file ``name``, from the project first, then the bundled set."""
        for folder in self.template_dirs:
            if (folder / name).is_file():
                return folder / name
        searched = ", ".join(str(d) for d in self.template_dirs)
        raise UsageError(
            Msg(
                f"テンプレート {name} が見つかりません（探した場所: {searched}）",
                f"template {name} not found (searched {searched})",
            )
        )


def bundled(kind: str) -> Path:
    """The folder of bundled ``templates`` or ``content``."""
    installed = PACKAGE_ROOT / "bundled" / kind  # an installed package (see setup.py)
    return installed if installed.is_dir() else PACKAGE_ROOT.parent / kind  # a source checkout


def find_project(root: Path, content: Path | None = None, output: Path | None = None) -> Project:
    """Resolve the folders of the project in ``root``."""
    content_dir = content or root / "content"
    embedded = False
    if content is not None and not content_dir.is_dir():
        raise UsageError(
            Msg(
                f"内容のフォルダ {content_dir} がありません",
                f"content folder {content_dir} does not exist",
            )
        )
    if not content_dir.is_dir():
        content_dir, embedded = bundled("content"), True
    own_templates = root / "templates"
    dirs = tuple(d for d in (own_templates, bundled("templates")) if d.is_dir())
    return Project(content_dir, tuple(dict.fromkeys(dirs)), output or root / "output", embedded)
