"""The compute stage: pure computations on the content model, no I/O, no clock, no randomness.

:func:`compute` (``gendocs.compute.facts``) runs once per build and returns the :class:`Facts`
the documents format: the cost engine (``costs``: allocation 費用分担 and comparison 費用対効果,
also used by ``gendocs costs``) and the drafted amendments (``amendments``).
"""

from __future__ import annotations

from gendocs.compute.costs import CostResult, compute_costs
from gendocs.compute.facts import Facts, compute

__all__ = ["CostResult", "Facts", "compute", "compute_costs"]
