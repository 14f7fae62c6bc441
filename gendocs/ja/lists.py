"""Lists of names as 公用文 and 法令 write them."""

from __future__ import annotations

from collections.abc import Sequence


def join_names(names: Sequence[str]) -> str:
    """Join names: A, A及びB, A、B及びC."""
    if len(names) <= 1:
        return "".join(names)
    return "、".join(names[:-1]) + "及び" + names[-1]
