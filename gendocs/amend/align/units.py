"""Align the units of the old and new text: by number, then by content similarity.

The alignment keeps the order of both sides (units are never reordered by an 一部改正; a unit that
moves elsewhere is a deletion plus an addition). Each pair is one of: kept (possibly renumbered:
繰上げ・繰下げ), deleted (old only), added (new only).
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

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
    """Return how alike two units read, from 0 to 1; ``boilerplate`` (the ending most units of the
    list share, 「に関すること。」) is left out of the comparison: it tells no unit apart."""
    a, b = flat_text(old), flat_text(new)
    if a == b:
        return 1.0
    if boilerplate and a.endswith(boilerplate) and b.endswith(boilerplate):
        a, b = a[: -len(boilerplate)], b[: -len(boilerplate)]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0
    return matcher.ratio()


def boilerplate_ending(units: tuple[Unit, ...]) -> str:
    """Return the longest ending that most (at least BOILERPLATE_SHARE, and 3) of the units share,
    without a 読点 or 句点 before its last character; "" if none."""
    texts = [flat_text(unit) for unit in units]
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
    """Pair old and new units in order, maximising total similarity (Needleman–Wunsch)."""
    boilerplate = boilerplate_ending(old + new)
    n, m = len(old), len(new)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    move: dict[tuple[int, int], str] = {}
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            options = [(score[i + 1][j], "del"), (score[i][j + 1], "add")]
            gain = _match_gain(old[i], new[j], boilerplate)
            if gain is not None:
                options.append((score[i + 1][j + 1] + gain, "match"))
            score[i][j], move[(i, j)] = max(options, key=lambda o: (o[0], o[1] == "match"))
    return _trace(old, new, move)


def _match_gain(old: Unit, new: Unit, boilerplate: str) -> float | None:
    same_number = unit_number(old) == unit_number(new)
    if len(unit_number(new)) > len(unit_number(old)):
        # A new 枝番 (第3条の2) is always a new unit: existing units never move into one.
        return None
    sim = similarity(old, new, boilerplate)
    if sim >= SIMILAR:
        if isinstance(old, Article) and isinstance(new, Article) and old.division != new.division:
            sim *= OTHER_DIVISION
        return sim + (SAME_NUMBER_BONUS if same_number else 0.0)
    # A rewritten unit that keeps its number is still the same unit (次のように改める).
    return 0.01 if same_number else None


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
