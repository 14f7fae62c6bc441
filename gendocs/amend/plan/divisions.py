"""Plan changes of whole 章 and 節: add, delete, rename, renumber those that follow.

Rules (docs/amendment-rules.md 2.6, 2.7, 2.10): a new 章 is added with
「第2章の次に次の1章を加える。」 followed by its 章名 and its 条, after the 章 that follow it have
been renumbered from the back (「第3章を第4章とし、」) so that its number is free; a deleted 章 goes
with 「第4章を削り、」 and the 章 after it move up front to back (「第5章を第4章とする。」). 節
inside a 章 work the same way (「第2章第1節の次に次の1節を加える。」, 「第5章第3節を削る。」,
「第5章第4節を同章第3節とし」, 「第2章第1節の節名を次のように改める。」). The 目次 is amended first
(:mod:`.amendment`). The 条 of the 本則 are planned between the two phases: every move to a smaller
number (and every deletion) comes before the 条, every move to a larger number (and every addition)
after them, so the 条 are planned with their 章・節 numbered as they stand at that moment.

Sentences (joureikun k15, docs/amendment-rules.md 2.3): the deletions and moves of 章 form one
改正規定; the 節 of one 章 have their own: the deletion of a 節 (a whole change of an upper element)
is one 改正規定, the 節 that move up and the move of their 章 are joined in the next, as published:
「第5章第4節を同章第3節とし、同章を第4章とする。」 (the joined form is the only one written).

Old and new 章 and 節 are paired by :mod:`gendocs.amend.align.divisions` (a renamed one gets its new
name first, at its old number); what cannot be written this way (a 章 added and another deleted at
once, reordered 章・節, a new 章 holding 節, a new 節 in front of the first) raises
InexpressibleChangeError.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from gendocs.amend.align.divisions import divisions_inside, inexpressible, pair_divisions
from gendocs.amend.ops import (
    AddDivision,
    AmendmentOp,
    DeleteDivision,
    MoveDivision,
    ReplaceDivisionTitle,
)
from gendocs.amend.text.model import Article, Division, Num, Rule

Path = tuple[Num, ...]
Ops = tuple[AmendmentOp, ...]


@dataclass(frozen=True)
class DivisionPlan:
    """The 章・節 operations before and after the 本則's 条, and the 条 the article plan goes
    between."""

    before: tuple[Ops, ...]
    after: tuple[Ops, ...]
    old_articles: tuple[Article, ...]
    new_articles: tuple[Article, ...]


@dataclass(frozen=True)
class _Level:
    """The 章 of a rule, or the 節 of one matched 章: old and new numbers paired, the rest."""

    prefix: Path  # the old path of the 章 holding these 節 (() for the 章 themselves)
    new_prefix: Path
    pairs: tuple[tuple[Num, Num], ...]
    deleted: tuple[Num, ...]
    added: tuple[Division, ...]

    def up(self) -> list[tuple[Num, Num]]:
        """Pairs moving to a smaller number, front to back."""
        return [(o, n) for o, n in self.pairs if n < o]

    def down(self) -> list[tuple[Num, Num]]:
        """Pairs moving to a larger number, back to front."""
        return [(o, n) for o, n in reversed(self.pairs) if n > o]


def plan_chapters(old: Rule, new: Rule) -> DivisionPlan:
    """Return the 章・節 additions, deletions and moves that turn the divisions of ``old`` into
    those of ``new``."""
    if not divisions_inside(old, ()) or not divisions_inside(new, ()):
        raise inexpressible(
            "章を設け、又は全ての章を除く改正です。",
            "introduces or removes the division into chapters.",
        )
    chapters = _level(old, new, (), ())
    if any(
        len(d.path) > 1 and (d.path[0],) in {a.path for a in chapters.added} for d in new.divisions
    ):
        raise inexpressible("節のある章を加える改正です。", "adds a chapter that has sections.")
    sections = [_level(old, new, (o,), (n,)) for o, n in chapters.pairs]
    renamed = _renamed(old, new, chapters) + tuple(
        op for s in sections for op in _renamed(old, new, s)
    )
    before = _before(chapters, sections)
    # The 節 of a 章 are moved down and added while the 章 has the smaller of its two numbers.
    after = tuple(p for s in sections for p in _after(new, s, (min(s.prefix[0], s.new_prefix[0]),)))
    after += _after(new, chapters, ())
    kept_old = tuple(
        _relabel(a, _before_map(chapters, sections))
        for a in old.articles
        if not _gone(a, chapters, sections)
    )
    kept_new = tuple(
        _relabel(a, _after_back(chapters, sections))
        for a in new.articles
        if not _fresh(a, chapters, sections)
    )
    # 章名・節名 first (docs/amendment-rules.md 4.3), cited by the numbers they have before anything
    # moves.
    return DivisionPlan(((renamed,) if renamed else ()) + before, after, kept_old, kept_new)


def _level(old: Rule, new: Rule, prefix: Path, new_prefix: Path) -> _Level:
    olds, news = divisions_inside(old, prefix), divisions_inside(new, new_prefix)
    pairs = pair_divisions(old, new, prefix, new_prefix)
    matched_old, matched_new = {o for o, _ in pairs}, {n for _, n in pairs}
    deleted = tuple(d.path[-1] for d in olds if d.path[-1] not in matched_old)
    added = tuple(d for d in news if d.path[-1] not in matched_new)
    return _Level(prefix, new_prefix, tuple(pairs), deleted, added)


def _renamed(old: Rule, new: Rule, level: _Level) -> Ops:
    titles = {d.path[-1]: d.title for d in divisions_inside(new, level.new_prefix)}
    pairs = dict(level.pairs)
    return tuple(
        ReplaceDivisionTitle(Division(d.path, titles[pairs[d.path[-1]]]))
        for d in divisions_inside(old, level.prefix)
        if d.path[-1] in pairs and titles[pairs[d.path[-1]]] != d.title
    )


def _before(chapters: _Level, sections: list[_Level]) -> tuple[Ops, ...]:
    """Deletions and moves up, front to back: one 改正規定 for the 章, one per 章 for its 節."""
    out: list[Ops] = []
    current: list[AmendmentOp] = []
    up = dict(chapters.up())
    by_chapter = {s.prefix[0]: s for s in sections}
    for division in sorted({o for o, _ in chapters.pairs} | set(chapters.deleted)):
        if division in chapters.deleted:
            current.append(DeleteDivision((division,)))
            continue
        level = by_chapter[division]
        moves: list[AmendmentOp] = [
            MoveDivision(level.prefix + (o,), level.prefix + (n,)) for o, n in level.up()
        ]
        if level.deleted:
            out += [tuple(current)] if current else []
            current = []
            out.append(tuple(DeleteDivision(level.prefix + (d,)) for d in level.deleted))
        if moves:
            out += [tuple(current)] if current else []
            current = moves
        if division in up:
            current.append(MoveDivision((division,), (up[division],)))
        if moves:
            out.append(tuple(current))
            current = []
    return tuple(out + ([tuple(current)] if current else []))


def _after(new: Rule, level: _Level, prefix: Path) -> tuple[Ops, ...]:
    """Moves down (from the back) and additions, each new 章・節 in the 改正規定 of the moves before
    it.

    ``prefix`` is the path of the 章 holding these 節 at that moment (after it moved up, before it
    moves down).
    """
    moves: list[AmendmentOp] = [MoveDivision(prefix + (o,), prefix + (n,)) for o, n in level.down()]
    out: list[Ops] = []
    for division in level.added:
        number = division.path[-1]
        # Before: the 章・節 that stand already (the new ones after this one are not added yet).
        earlier = [
            d.path[-1] for d in divisions_inside(new, level.new_prefix) if d.path[-1] < number
        ]
        later = sorted(n for _, n in level.pairs if n > number)
        articles = tuple(
            a for a in new.articles if a.division[: len(division.path)] == division.path
        )
        if not articles:
            raise inexpressible(
                "条のない章・節を加える改正です。", "adds a division without articles."
            )
        if not (earlier or later):
            raise inexpressible("章を節に分ける改正です。", "divides a chapter into sections.")
        placed = replace(division, path=prefix + (number,))
        if earlier:
            added = AddDivision(prefix + (earlier[-1],), placed, articles)
        else:
            # In front of the first: 「第1章を第2章とし、同章の前に次の1章を加える。」 (the 号 form
            # of 2.6).
            added = AddDivision(prefix + (later[0],), placed, articles, "before")
        out.append(tuple(moves) + (added,))
        moves = []
    return tuple(out + ([tuple(moves)] if moves else []))


PathMap = Callable[[Path], Path]


def _before_map(chapters: _Level, sections: list[_Level]) -> PathMap:
    """Map an old 章・節 path to its path while the 条 are planned (after the moves up)."""
    return _map_by(chapters, sections, lambda o, n: n if n < o else o, old_side=True)


def _after_back(chapters: _Level, sections: list[_Level]) -> PathMap:
    """Map a new 章・節 path back to its path while the 条 are planned (before the moves down)."""
    return _map_by(chapters, sections, lambda o, n: o if n > o else n, old_side=False)


def _map_by(
    chapters: _Level, sections: list[_Level], pick: Callable[[Num, Num], Num], *, old_side: bool
) -> PathMap:
    def key(o: Num, n: Num) -> Num:
        return o if old_side else n

    chapter = {key(o, n): pick(o, n) for o, n in chapters.pairs}
    section = {
        (key(s.prefix[0], s.new_prefix[0]), key(o, n)): pick(o, n)
        for s in sections
        for o, n in s.pairs
    }

    def mapped(path: Path) -> Path:
        if not path:
            return path
        head = (chapter[path[0]],)
        return head + ((section[(path[0], path[1])],) if len(path) > 1 else ()) + path[2:]

    return mapped


def _gone(article: Article, chapters: _Level, sections: list[_Level]) -> bool:
    path = article.division
    return bool(path) and (
        path[0] in chapters.deleted
        or any(s.prefix == path[:1] and path[1:2] in [(d,) for d in s.deleted] for s in sections)
    )


def _fresh(article: Article, chapters: _Level, sections: list[_Level]) -> bool:
    added = {d.path for d in chapters.added} | {d.path for s in sections for d in s.added}
    return any(article.division[:k] in added for k in (1, 2))


def _relabel(article: Article, mapping: PathMap) -> Article:
    return replace(article, division=mapping(article.division))
