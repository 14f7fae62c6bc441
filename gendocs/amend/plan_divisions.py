"""Plan changes of whole 章: add a new 章, delete one, renumber those that follow.

Rules (amendment-rules.md 2.6, 2.7, 2.10): a new 章 is added with 「第2章の次に次の1章を加える。」
followed by its 章名 and its 条, after the 章 that follow it have been renumbered from the back
(「第3章を第4章とし、」) so that its number is free; a deleted 章 goes with 「第4章を削り、」 and the
章 after it move up front to back (「第5章を第4章とする。」). The 目次 is amended first (plan.py).
The 条 of the 本則 are planned between the two: for an addition in the old 章 numbers (the
章 move after the 条), for a deletion in the new ones (the 章 move before the 条).

Old and new 章 are matched by their 章名, then a renamed 章 by the 条 texts it keeps (its new 章名
is written first, at its old number); what cannot be written this way (a 章 added and another
deleted at once, chapters reordered, changed 節, a new 章 in front of the first) raises
InexpressibleChangeError.
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from dataclasses import dataclass, replace

from gendocs.errors import Msg

from gendocs.amend.errors import InexpressibleChangeError
from gendocs.amend.apply import toc_lines
from gendocs.amend.model import Article, Division, Num, Rule, article_texts
from gendocs.amend.ops import AddDivision, AmendmentOp, DeleteDivision, MoveDivision, ReplaceDivisionTitle
from gendocs.amend.words import WordEdit, plan_edits

Path = tuple[Num, ...]


@dataclass(frozen=True)
class DivisionPlan:
    """The 章 operations before and after the 本則's 条, and the 条 the article plan goes between."""

    before: tuple[AmendmentOp, ...]
    after: tuple[tuple[AmendmentOp, ...], ...]
    old_articles: tuple[Article, ...]
    new_articles: tuple[Article, ...]


def plan_chapters(old: Rule, new: Rule) -> DivisionPlan:
    """Return the 章 additions, deletions and moves that turn the 章 of ``old`` into those of ``new``."""
    olds, news = _chapters(old), _chapters(new)
    if not olds or not news:
        raise _inexpressible("章を設け、又は全ての章を除く改正です。", "introduces or removes the division into chapters.")
    pairs = match_chapters(old, new)
    renamed = _renamed(old, new, pairs)
    _check_sections(old, new, pairs)
    matched_old = {o for o, _ in pairs}
    matched_new = {n for _, n in pairs}
    deleted = [d.path[0] for d in olds if d.path[0] not in matched_old]
    added = [d for d in news if d.path[0] not in matched_new]
    if deleted and added:
        raise _inexpressible("章の追加と削除を同時に行う改正です。", "adds one chapter and deletes another.")
    plan = _plan_deletion(old, new, pairs, deleted) if deleted else _plan_addition(old, new, pairs, added)
    # 章名 first (amendment-rules.md 4.3), cited by the numbers the 章 have before they move.
    return replace(plan, before=renamed + plan.before)


def _renamed(old: Rule, new: Rule, pairs: list[tuple[Num, Num]]) -> tuple[AmendmentOp, ...]:
    titles = {d.path[0]: d.title for d in _chapters(new)}
    return tuple(
        ReplaceDivisionTitle(Division(d.path, titles[dict(pairs)[d.path[0]]]))
        for d in _chapters(old)
        if d.path[0] in dict(pairs) and titles[dict(pairs)[d.path[0]]] != d.title
    )


def _plan_deletion(old: Rule, new: Rule, pairs: list[tuple[Num, Num]], deleted: list[Num]) -> DivisionPlan:
    moves: list[AmendmentOp] = [MoveDivision((o,), (n,)) for o, n in pairs if o != n]  # moving up: front to back
    mapping = dict(pairs)
    kept = tuple(_moved(a, mapping) for a in old.articles if not a.division or a.division[0] not in deleted)
    before: list[AmendmentOp] = [DeleteDivision((d,)) for d in deleted]
    return DivisionPlan(tuple(before + moves), (), kept, new.articles)


def _plan_addition(old: Rule, new: Rule, pairs: list[tuple[Num, Num]], added: list[Division]) -> DivisionPlan:
    moves: list[AmendmentOp] = [MoveDivision((o,), (n,)) for o, n in reversed(pairs) if o != n]  # from the back
    back = {n: o for o, n in pairs}
    added_paths = {d.path[0] for d in added}
    kept = tuple(_moved(a, back) for a in new.articles if not a.division or a.division[0] not in added_paths)
    after: list[tuple[AmendmentOp, ...]] = []
    for division in added:
        earlier = [d.path for d in _chapters(new) if d.path < division.path]
        articles = tuple(a for a in new.articles if a.division[:1] == division.path)
        if not earlier or not articles:
            raise _inexpressible("最初の章の前又は条のない章を加える改正です。", "adds a chapter before the first one or without articles.")
        after.append(tuple(moves) + (AddDivision(earlier[-1], division, articles),))
        moves = []
    return DivisionPlan((), tuple(after), old.articles, kept)


def _chapters(rule: Rule) -> list[Division]:
    return [d for d in rule.divisions if len(d.path) == 1]


def match_chapters(old: Rule, new: Rule) -> list[tuple[Num, Num]]:
    """Pair old and new 章: by 章名, then a renamed 章 by the 条 texts it keeps, in order."""
    olds, news = _chapters(old), _chapters(new)
    titles = [d.title for d in olds], [d.title for d in news]
    if any(len(set(t)) != len(t) for t in titles):
        raise _inexpressible("同じ章名の章があります。", "two chapters have the same name.")
    new_by_title = {d.title: d.path[0] for d in news}
    pairs = [(d.path[0], new_by_title[d.title]) for d in olds if d.title in new_by_title]
    _check_in_order(pairs)
    bounds = [((0,), (0,))] + pairs + [((10**9,), (10**9,))]
    for (o1, n1), (o2, n2) in zip(bounds, bounds[1:]):
        # Between two 章 kept by name, the 章 left over on the shorter side were renamed.
        gap_old = [d.path[0] for d in olds if o1 < d.path[0] < o2]
        gap_new = [d.path[0] for d in news if n1 < d.path[0] < n2]
        if len(gap_old) <= len(gap_new):
            pairs += [(o, n) for o, n in _pick(gap_old, gap_new, lambda o, n: _shared(old, o, new, n))]
        else:
            pairs += [(o, n) for n, o in _pick(gap_new, gap_old, lambda n, o: _shared(old, o, new, n))]
    pairs.sort()
    _check_in_order(pairs)
    return pairs


def _check_in_order(pairs: list[tuple[Num, Num]]) -> None:
    if [n for _, n in sorted(pairs)] != sorted(n for _, n in pairs):
        raise _inexpressible("章の順序を入れ替える改正です。", "reorders chapters.")


def _pick(few: list[Num], many: list[Num], score: Callable[[Num, Num], int]) -> list[tuple[Num, Num]]:
    """Pair each of ``few`` with one of ``many`` in order, preferring the best ``score`` (then the earliest)."""
    out: list[tuple[Num, Num]] = []
    start = 0
    for index, unit in enumerate(few):
        room = many[start : len(many) - (len(few) - index - 1)]
        best = max(range(len(room)), key=lambda k: (score(unit, room[k]), -k))
        out.append((unit, room[best]))
        start += best + 1
    return out


def _shared(old: Rule, o: Num, new: Rule, n: Num) -> int:
    def texts(rule: Rule, chapter: Num) -> set[str]:
        return {t for a in rule.articles if a.division[:1] == (chapter,) for t in article_texts(a)}

    return len(texts(old, o) & texts(new, n))


def _check_sections(old: Rule, new: Rule, pairs: list[tuple[Num, Num]]) -> None:
    def sections(rule: Rule, chapter: Num) -> set[tuple[Path, str]]:
        return {(d.path[1:], d.title) for d in rule.divisions if len(d.path) > 1 and d.path[0] == chapter}

    matched_new = {n for _, n in pairs}
    if any(sections(old, o) != sections(new, n) for o, n in pairs) or any(
        len(d.path) > 1 and d.path[0] not in matched_new for d in new.divisions
    ):
        raise _inexpressible("節の追加、削除、移動又は節名の変更を含みます。", "adds, deletes, moves or renames a section.")


def _moved(article: Article, mapping: dict[Num, Num]) -> Article:
    if not article.division or article.division[0] not in mapping:
        return article
    return replace(article, division=(mapping[article.division[0]],) + article.division[1:])


def _inexpressible(ja: str, en: str) -> InexpressibleChangeError:
    return InexpressibleChangeError("章・節", Msg(ja, en))


def plan_toc_edits(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[WordEdit, ...] | None:
    """Return the 字句 edits of a 目次, or None to replace it whole.

    New lines are written into the quote of the old line they stand before, as in 令7法47 第4条:
    「目次中「第三章　…（…）」を「第二章の二　…（…）第三章　…（…）」に改める。」. Removed lines
    (which would need a quote across two lines) make the 目次 be replaced whole.
    """
    merged = _merge_new_lines(old, new)
    if merged is None:
        return None
    whole = {i for i, b in enumerate(merged) if len(toc_lines(b)) > 1}
    if [line for b in merged for line in toc_lines(b)] != list(new):
        return None  # the applier could not split the lines again as they are meant
    joined = "".join(old)
    if any(joined.count(old[i]) > 1 for i in whole):
        return None
    target = [old[i] if i in whole else b for i, b in enumerate(merged)]
    edits = plan_edits(list(old), target) if target != list(old) else ()
    if edits is None:
        return None
    added = tuple(WordEdit("replace", old[i], merged[i]) for i in sorted(whole))
    return tuple(sorted(edits + added, key=lambda e: joined.find(e.old))) or None


def _merge_new_lines(old: tuple[str, ...], new: tuple[str, ...]) -> list[str] | None:
    """Pair each old 目次 line with its new text, new lines joined to the old line after them."""
    merged: list[str] = []
    pending = ""
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "delete" or i2 - i1 > j2 - j1:
            return None
        if tag == "insert":
            pending += "".join(new[j1:j2])
            continue
        extra = (j2 - j1) - (i2 - i1)
        for k in range(i2 - i1):
            # In a replaced block, the extra new lines go with its last old line.
            start, end = j1 + k, j1 + k + 1 + (extra if k == i2 - i1 - 1 else 0)
            merged.append(pending + "".join(new[start:end]))
            pending = ""
    if pending:
        if not merged:
            return None
        merged[-1] += pending
    return merged
