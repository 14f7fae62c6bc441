"""Domain checks by area: each module here exposes ``CHECKS`` (a tuple of check functions).

A check takes the built Content and yields ``(key path, Msg)`` pairs; ``gendocs.validate``
locates them. Add a module for a new area instead of growing a shared file.
"""

from __future__ import annotations

import importlib
import pkgutil

from gendocs.validate.domain import CHECKS as CORE_CHECKS
from gendocs.validate.domain import Check


def all_checks() -> tuple[Check, ...]:
    """The core checks followed by every area module's checks."""
    found: list[Check] = list(CORE_CHECKS)
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        found += getattr(importlib.import_module(f"{__name__}.{module.name}"), "CHECKS", ())
    return tuple(found)
