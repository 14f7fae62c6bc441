"""Domain checks by area: each module here exposes ``CHECKS`` (a tuple of check functions).

A check takes the built Content and yields ``(key path, Msg)`` pairs; ``gendocs.validate``
locates them. Add a module for a new area instead of growing a shared file. A rule that needs
a computation (the cost allocation) is not a check: the compute stage (``gendocs.compute.facts``)
reports it once validation has passed.
"""

from __future__ import annotations

import importlib
import pkgutil

from gendocs.validate.domain import CHECKS as CORE_CHECKS
from gendocs.validate.domain import Check


def all_checks() -> tuple[Check, ...]:
    """The core checks followed by every area module's checks."""
    return tuple(CORE_CHECKS) + _collect("CHECKS")


def _collect(name: str) -> tuple[Check, ...]:
    found: list[Check] = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        found += getattr(importlib.import_module(f"{__name__}.{module.name}"), name, ())
    return tuple(found)
