"""Align the units of the old and new text: by number, then by content similarity.

The alignment keeps the order of both sides (units are never reordered by an 一部改正; a unit that
moves elsewhere is a deletion plus an addition). Each pair is one of: kept (possibly renumbered:
繰上げ・繰下げ), deleted (old only), added (new only).

Units that did not change are paired first (anchors, as in patience diff); only the units between
two anchors are compared by similarity, so the cost grows with the rule plus the square of the
changed stretches, not with old × new (docs/performance.md, "How gendocs amend aligns").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from gendocs.amend.text.model import Article, Unit, table_texts, unit_number, unit_texts

SIMILAR = 0.45
"""Two differently numbered units are the same unit moved only if their texts are this similar."""
SAME_NUMBER_BONUS = 0.05
BOILERPLATE_SHARE = 0.6
BOILERPLATE_UNITS = 3
"""An ending shared by this share of a list's units, and by this many at least, is boilerplate
(「に関すること。」): a 号 is paired by what its own words say, before by its number."""
OTHER_DIVISION = 0.5
"""A 条 paired with one in another 章・節 counts this much of its similarity: the 条 of the same
章・節 are preferred, and a 条 that really moves is still found (and refused:
:mod:`gendocs.amend.plan.containers`)."""


@dataclass(frozen=True)
class Pair:
    """An old unit and the new unit it became; one side is None for a deletion or an addition."""

    old: Unit | None
    new: Unit | None

    @property
    def moved(self) -> int:
        """Return +1 if the unit moves down (繰下げ), -1 if up (繰上げ), 0 if it keeps its
        number."""
        if self.old is None or self.new is None:
            return 0
        old, new = unit_number(self.old), unit_number(self.new)
        return (new > old) - (new < old)


def flat_text(unit: Unit) -> str:
    """Return a unit's 見出し, texts and table cells as one string, for similarity."""
    caption = (unit.caption or "") if isinstance(unit, Article) else ""
    # The rows of a table in the unit tell units apart as much as their words do.
    return caption + "\n".join(unit_texts(unit) + table_texts(unit))


def similarity(old: Unit, new: Unit, boilerplate: str = "") -> float:
    """Return how alike two units read, from 0 to 1 (``SequenceMatcher.ratio``); ``boilerplate``
    (the ending most units of the list share, 「に関すること。」) is left out of the comparison: it
    tells no unit apart. Below SIMILAR the value is 0.0 or the ratio: only ≥ SIMILAR tells."""
    return _text_similarity(flat_text(old), flat_text(new), boilerplate)


@lru_cache(maxsize=4096)
def _text_similarity(a: str, b: str, boilerplate: str) -> float:
    # Cached: the 改正規定 and the 新旧対照表 align the same 条 (plan/, taishou/).
    if a == b:
        return 1.0
    if boilerplate and a.endswith(boilerplate) and b.endswith(boilerplate):
        a, b = a[: -len(boilerplate)], b[: -len(boilerplate)]
    total = len(a) + len(b)
    # Two upper bounds of the ratio first, as SequenceMatcher's real_quick_ratio does: the shorter
    # length, then the longest common subsequence (the matching blocks are one). Both are exact
    # filters, and the second is tight on legal text where quick_ratio (shared characters) is not.
    if 2.0 * min(len(a), len(b)) / total < SIMILAR or 2.0 * common_length(a, b) / total < SIMILAR:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.quick_ratio() < SIMILAR:
        return 0.0
    return matcher.ratio()


def common_length(a: str, b: str) -> int:
    """Return the length of the longest common subsequence of ``a`` and ``b``, bit-parallel
    (Hyyrö, "Bit-parallel LCS-length computation revisited", 2004): one bit per character of
    ``b``, a few integer operations per character of ``a``."""
    positions: dict[str, int] = {}
    for index, char in enumerate(b):
        positions[char] = positions.get(char, 0) | (1 << index)
    full = (1 << len(b)) - 1
    row = full
    for char in a:
        matched = row & positions.get(char, 0)
        row = ((row + matched) | (row - matched)) & full
    return len(b) - row.bit_count()


def boilerplate_ending(units: tuple[Unit, ...]) -> str:
    """Return the longest ending that most (at least BOILERPLATE_SHARE, and 3) of the units share,
    without a 読点 or 句点 before its last character; "" if none."""
    return _boilerplate_of([flat_text(unit) for unit in units])


def _boilerplate_of(texts: list[str]) -> str:
    if len(texts) < BOILERPLATE_UNITS:
        return ""
    ending = ""
    for size in range(1, max(len(t) for t in texts) + 1):
        tails: dict[str, int] = {}
        for text in texts:
            if len(text) > size:
                tails[text[-size:]] = tails.get(text[-size:], 0) + 1
        best = max(tails.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
        if best[1] < max(BOILERPLATE_UNITS, BOILERPLATE_SHARE * len(texts)):
            break
        ending = best[0]
    return ending


def align(old: tuple[Unit, ...], new: tuple[Unit, ...]) -> tuple[Pair, ...]:
    """Pair old and new units in order, maximising total similarity (Needleman–Wunsch), anchored
    on the units that did not change.

    Anchors (as in patience diff): a unit whose text occurs once among the old units and once
    among the new ones, and which pairs with its twin at full gain (same 章・節, no new 枝番), is
    an anchor candidate; the longest chain of candidates in the order of both lists is paired
    first, and only the gaps between anchors are aligned by similarity. An unchanged unit costs a
    hash, not a comparison with every unit of the other side: a rule of N 条 with M changes costs
    about N + M² comparisons instead of N².
    """
    old_texts = [flat_text(unit) for unit in old]
    new_texts = [flat_text(unit) for unit in new]
    boilerplate = _boilerplate_of(old_texts + new_texts)
    gaps = _Gaps(old, new, old_texts, new_texts, boilerplate)
    pairs: list[Pair] = []
    i0 = j0 = 0
    for i, j in [*_anchors(old, new, old_texts, new_texts), (len(old), len(new))]:
        pairs.extend(gaps.align(i0, i, j0, j))
        if i < len(old):
            pairs.append(Pair(old[i], new[j]))
        i0, j0 = i + 1, j + 1
    return tuple(pairs)


def _anchors(
    old: tuple[Unit, ...], new: tuple[Unit, ...], old_texts: list[str], new_texts: list[str]
) -> list[tuple[int, int]]:
    """Return the anchors as (old index, new index): the longest chain, increasing on both sides,
    of units whose text is unique on each side and that pair at full gain (patience sorting)."""
    once_new = _unique_positions(new_texts)
    candidates = [
        (i, once_new[text])
        for text, i in _unique_positions(old_texts).items()
        if text in once_new and _full_gain(old[i], new[once_new[text]])
    ]
    candidates.sort()
    # The longest increasing subsequence of the new indices, taken in old order.
    tail_js: list[int] = []  # the smallest new index that ends a chain of length k + 1
    tails: list[int] = []  # the candidate ending it
    back = [-1] * len(candidates)
    for c, (_, j) in enumerate(candidates):
        k = bisect_left(tail_js, j)
        if k:
            back[c] = tails[k - 1]
        if k == len(tails):
            tail_js.append(j)
            tails.append(c)
        else:
            tail_js[k], tails[k] = j, c
    chain: list[tuple[int, int]] = []
    c = tails[-1] if tails else -1
    while c >= 0:
        chain.append(candidates[c])
        c = back[c]
    return chain[::-1]


def _unique_positions(texts: list[str]) -> dict[str, int]:
    """Return each text that occurs once in ``texts``, with its index."""
    seen: dict[str, int] = {}
    twice: set[str] = set()
    for index, text in enumerate(texts):
        if text in seen:
            twice.add(text)
        seen[text] = index
    return {text: index for text, index in seen.items() if text not in twice}


def _full_gain(old: Unit, new: Unit) -> bool:
    """Tell whether two units of the same text pair at their full similarity (1.0)."""
    if len(unit_number(new)) > len(unit_number(old)):
        return False
    return not (
        isinstance(old, Article) and isinstance(new, Article) and old.division != new.division
    )


@dataclass(frozen=True)
class _Gaps:
    """The two lists with their flat texts; aligns the units between two anchors."""

    old: tuple[Unit, ...]
    new: tuple[Unit, ...]
    old_texts: list[str]
    new_texts: list[str]
    boilerplate: str

    def align(self, i0: int, i1: int, j0: int, j1: int) -> tuple[Pair, ...]:
        """Pair old[i0:i1] with new[j0:j1] by the highest total gain (Needleman–Wunsch); of equal
        totals, a match is preferred, then a deletion, then an addition."""
        n, m = i1 - i0, j1 - j0
        score = [[0.0] * (m + 1) for _ in range(n + 1)]
        move: dict[tuple[int, int], str] = {}
        for i in range(n - 1, -1, -1):
            for j in range(m - 1, -1, -1):
                options = [(score[i + 1][j], "del"), (score[i][j + 1], "add")]
                gain = self._gain(i0 + i, j0 + j)
                if gain is not None:
                    options.append((score[i + 1][j + 1] + gain, "match"))
                score[i][j], move[(i, j)] = max(options, key=lambda o: (o[0], o[1] == "match"))
        return _trace(self.old[i0:i1], self.new[j0:j1], move)

    def _gain(self, i: int, j: int) -> float | None:
        old, new = self.old[i], self.new[j]
        branch = len(unit_number(new)) > len(unit_number(old))
        if branch and not self._may_take_branch(i, j):
            # A new 枝番 (第3条の2) is a new unit: existing units do not move into one...
            return None
        same_number = unit_number(old) == unit_number(new)
        sim = _text_similarity(self.old_texts[i], self.new_texts[j], self.boilerplate)
        if sim >= SIMILAR:
            if (
                isinstance(old, Article)
                and isinstance(new, Article)
                and old.division != new.division
            ):
                sim *= OTHER_DIVISION
            return sim + (SAME_NUMBER_BONUS if same_number else 0.0)
        # A rewritten unit that keeps its number is still the same unit (次のように改める).
        return 0.01 if same_number else None

    def _may_take_branch(self, i: int, j: int) -> bool:
        """... except into a 枝番 of its own number when the new unit of its number is another
        one: new 条 put before the old 第一条 push it to 第一条の三 (「第一条中…を加え、同条を第一条
        の三とし」, 平成26年農林水産省令・国土交通省令第2号 as 法制執務ブログ hoti-ak corrects
        it)."""
        number, target = unit_number(self.old[i]), unit_number(self.new[j])
        if target[: len(number)] != number:
            return False
        same = self._new_by_number.get(number)
        return same is None or (
            _text_similarity(self.old_texts[i], self.new_texts[same], self.boilerplate) < SIMILAR
        )

    @cached_property
    def _new_by_number(self) -> dict[tuple[int, ...], int]:
        return {unit_number(unit): index for index, unit in enumerate(self.new)}


def _trace(
    old: tuple[Unit, ...], new: tuple[Unit, ...], move: dict[tuple[int, int], str]
) -> tuple[Pair, ...]:
    pairs: list[Pair] = []
    i = j = 0
    while i < len(old) or j < len(new):
        step = move.get((i, j), "del" if i < len(old) else "add")
        if step == "match":
            pairs.append(Pair(old[i], new[j]))
            i, j = i + 1, j + 1
        elif step == "del":
            pairs.append(Pair(old[i], None))
            i += 1
        else:
            pairs.append(Pair(None, new[j]))
            j += 1
    return tuple(pairs)
