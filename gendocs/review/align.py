"""Pair up two sequences (blocks of a body, rows of a table) for a structural diff.

Equal items are anchored first (difflib on exact keys); inside each stretch that differs, items
are paired by similarity so an edited row is diffed cell by cell, while an added or removed row
stays one inserted or deleted row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

T = TypeVar("T")

Pair = tuple[int | None, int | None]  # (index in a, index in b); None = only on one side

# Below this similarity two items are not the same item edited, but one removed and one added.
MIN_SIMILARITY = 0.3
# Gaps larger than this (a×b) are paired by position instead of by similarity (quadratic).
MAX_DP_CELLS = 4000


def align(
    a: Sequence[T], b: Sequence[T], key: Callable[[T], str], similarity: Callable[[T, T], float]
) -> list[Pair]:
    """Return the pairs of ``a`` and ``b`` in document order: equal, edited or one-sided."""
    keys_a, keys_b = [key(x) for x in a], [key(x) for x in b]
    pairs: list[Pair] = []
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        else:
            gap = _pair_gap(a[i1:i2], b[j1:j2], similarity)
            pairs += [
                (None if i is None else i1 + i, None if j is None else j1 + j) for i, j in gap
            ]
    return pairs


def _pair_gap(a: Sequence[T], b: Sequence[T], similarity: Callable[[T, T], float]) -> list[Pair]:
    if not a or not b:
        return [(i, None) for i in range(len(a))] + [(None, j) for j in range(len(b))]
    if len(a) == len(b) or len(a) * len(b) > MAX_DP_CELLS:
        return _by_position(a, b, similarity)
    return _by_similarity(a, b, similarity)


def _by_position(a: Sequence[T], b: Sequence[T], similarity: Callable[[T, T], float]) -> list[Pair]:
    pairs: list[Pair] = []
    for k in range(max(len(a), len(b))):
        if k < len(a) and k < len(b) and similarity(a[k], b[k]) >= MIN_SIMILARITY:
            pairs.append((k, k))
        else:
            pairs += [(k, None)] if k < len(a) else []
            pairs += [(None, k)] if k < len(b) else []
    return pairs


def _by_similarity(
    a: Sequence[T], b: Sequence[T], similarity: Callable[[T, T], float]
) -> list[Pair]:
    """Order-preserving pairing that maximises total similarity (a small Needleman–Wunsch)."""
    n, m = len(a), len(b)
    sim = [[similarity(a[i], b[j]) for j in range(m)] for i in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= MIN_SIMILARITY else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs: list[Pair] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= MIN_SIMILARITY and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    return pairs + [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
