"""Pair the old and new 章・節, and the lines of the 目次 that name them.

Old and new 章 (and the 節 of a matched 章) are matched by their names, then a renamed one by the
条 texts it keeps (docs/amendment-rules.md 2.6, 2.7, 2.10). What cannot be paired in order (two
章・節 of one name, reordered 章・節) raises InexpressibleChangeError. The plan
(:mod:`gendocs.amend.plan.divisions`) and the 新旧対照表 (:mod:`gendocs.amend.taishou`) use the same
pairs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from gendocs.amend.errors import InexpressibleChangeError
from gendocs.amend.text.model import Division, Num, Rule, article_texts
from gendocs.errors import Msg

Path = tuple[Num, ...]


def divisions_inside(rule: Rule, prefix: Path) -> list[Division]:
    """Return the 章 of a rule (``prefix`` ()), or the 節 directly inside the 章 at ``prefix``."""
    return [
        d
        for d in rule.divisions
        if len(d.path) == len(prefix) + 1 and d.path[: len(prefix)] == prefix
    ]


def pair_divisions(old: Rule, new: Rule, prefix: Path, new_prefix: Path) -> list[tuple[Num, Num]]:
    """Pair the old 章・節 inside ``prefix`` with the new ones inside ``new_prefix``, by their
    numbers."""
    olds, news = divisions_inside(old, prefix), divisions_inside(new, new_prefix)
    return _match(olds, news, lambda o, n: _shared(old, prefix + (o,), new, new_prefix + (n,)))


def match_divisions(old: Rule, new: Rule) -> list[tuple[Path, Path]]:
    """Pair old and new 章 and 節 (the 節 of matched 章 only), as full paths."""
    out: list[tuple[Path, Path]] = []
    for o, n in pair_divisions(old, new, (), ()):
        out.append(((o,), (n,)))
        out += [((o, so), (n, sn)) for so, sn in pair_divisions(old, new, (o,), (n,))]
    return out


def _match(
    olds: list[Division], news: list[Division], shared: Callable[[Num, Num], int]
) -> list[tuple[Num, Num]]:
    """Pair divisions of one level by name, then a renamed one by the 条 texts it keeps, in
    order."""
    titles = [d.title for d in olds], [d.title for d in news]
    if any(len(set(t)) != len(t) for t in titles):
        raise inexpressible(
            "同じ名の章・節があります。", "two chapters or sections have the same name."
        )
    new_by_title = {d.title: d.path[-1] for d in news}
    pairs = [(d.path[-1], new_by_title[d.title]) for d in olds if d.title in new_by_title]
    _check_in_order(pairs)
    bounds = [((0,), (0,))] + pairs + [((10**9,), (10**9,))]
    for (o1, n1), (o2, n2) in pairwise(bounds):
        # Between two divisions kept by name, those left over were renamed: paired in order so that
        # they keep the most 条 texts, then as many as possible (a 章 that keeps no 条 of the one
        # renamed in its place is not that 章 when another 章 keeps them).
        gap_old = [d.path[-1] for d in olds if o1 < d.path[-1] < o2]
        gap_new = [d.path[-1] for d in news if n1 < d.path[-1] < n2]
        pairs += _pick(gap_old, gap_new, shared)
    pairs.sort()
    _check_in_order(pairs)
    return pairs


def _check_in_order(pairs: list[tuple[Num, Num]]) -> None:
    if [n for _, n in sorted(pairs)] != sorted(n for _, n in pairs):
        raise inexpressible("章・節の順序を入れ替える改正です。", "reorders chapters or sections.")


def _pick(
    olds: list[Num], news: list[Num], score: Callable[[Num, Num], int]
) -> list[tuple[Num, Num]]:
    """Pair ``olds`` with ``news`` in order, for the highest total ``score``, then the most
    pairs."""
    Option = tuple[int, int, tuple[tuple[Num, Num], ...]]
    best: dict[tuple[int, int], Option] = {}
    for i in range(len(olds) + 1):
        for j in range(len(news) + 1):
            options: list[Option] = [(0, 0, ())] if i == 0 or j == 0 else []
            if i and j:
                s, n, chosen = best[i - 1, j - 1]
                options.append(
                    (
                        s + score(olds[i - 1], news[j - 1]),
                        n + 1,
                        chosen + ((olds[i - 1], news[j - 1]),),
                    )
                )
            options += [best[i - 1, j]] if i else []
            options += [best[i, j - 1]] if j else []
            best[i, j] = max(options, key=lambda option: option[:2])
    return list(best[len(olds), len(news)][2])


def _shared(old: Rule, o: Path, new: Rule, n: Path) -> int:
    def texts(rule: Rule, path: Path) -> set[str]:
        return {
            t for a in rule.articles if a.division[: len(path)] == path for t in article_texts(a)
        }

    return len(texts(old, o) & texts(new, n))


def inexpressible(ja: str, en: str) -> InexpressibleChangeError:
    """Return the error for a change of 章・節 that an 一部改正 cannot write."""
    return InexpressibleChangeError("章・節", Msg(ja, en))


_TOC_KEY = re.compile(
    r"^第[^\s\u3000]*?([章節])(?:の[^\s\u3000]+)?[\s\u3000]+(.*?)(?:[（(][^（）()]*[）)])?$"
)


def toc_key(line: str) -> str:
    """Return what identifies a 目次 line: 「第3章　管理（第3条）」 and 「第2章　管理（第2条）」
    both give 章管理."""
    m = _TOC_KEY.match(line)
    return m.group(1) + m.group(2) if m else line
