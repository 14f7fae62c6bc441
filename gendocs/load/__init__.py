"""Load content/: every ``*.yaml`` file's top-level keys, merged into one tree.

The loading itself is :mod:`gendocs.load.content`; its names are importable from here and are
imported on first use, so that a module needing only :mod:`gendocs.load.files` (which entries
are read: the incremental build's change detection) or :mod:`gendocs.load.git` does not import
the YAML parser (a no-op ``gendocs build`` stays fast, issue 17).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gendocs.load.constructor import Rejected
    from gendocs.load.content import RawContent, adopted_revisions, display_name, load_content
    from gendocs.load.yaml_file import KeyPath, format_path

__all__ = [
    "RawContent",
    "Rejected",
    "load_content",
    "format_path",
    "KeyPath",
    "display_name",
    "adopted_revisions",
]
_LAZY = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.content"), name)
    globals()[name] = value
    return value
