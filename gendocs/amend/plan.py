"""Plan an amendment: turn the alignment of old and new text into ordered operations.

Order (amendment-rules.md 2.3, 2.7, 4.3), for every container (本則, a 条, a 項):

1. front to back: the changes inside units that keep their number, deletions (削る), and units
   moving up (繰上げ) — each unit's 字句 before its move;
2. back to front: units moving down (繰下げ), so that the target number is free, each after its
   own 字句; new units are added as soon as the unit before them stands at its final number.

A run of at least K consecutive units moving the same distance is moved with 「…から…までを
N条ずつ繰り下げ」 except the unit nearest the free space, which moves alone (ワークブック法制執務,
as cited in the joureikun FAQ p=170); units with 枝番 always move one by one.

Sentences: one per 条 that keeps its number; moves, deletions and additions chain into one
sentence; every operation followed by new text ends its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from gendocs.errors import Msg

from gendocs.amend.align import Pair, align
from gendocs.amend.errors import InexpressibleChangeError
from gendocs.amend.model import (
    Article,
    Item,
    Paragraph,
    Rule,
    SupplProvision,
    Unit,
    article_texts,
    is_placeholder,
    renumber,
    split_proviso,
    unit_kind,
    unit_number,
    unit_texts,
)
from gendocs.amend.ops import (
    AddProviso,
    AddUnits,
    AmendmentOp,
    DeleteProviso,
    DeleteUnits,
    EditWords,
    MoveUnit,
    Provision,
    Ref,
    ReplaceDivisionTitle,
    ReplaceItems,
    ReplaceTable,
    ReplaceTitle,
    ReplaceToc,
    ReplaceUnit,
    SetCaption,
    ShiftUnits,
    ends_sentence,
)
from gendocs.amend.style import Style
from gendocs.amend.words import plan_edits

REWRITE_BELOW = 0.5
"""A unit whose text is less similar than this to its new text is rewritten whole."""
ITEM_SURVIVES = 0.7
"""A 号 this similar to a new 号 is amended in place; if none is, 各号 are rewritten at once."""
MAX_CLAUSES = 8
"""A 条 needing more separate changes than this is rewritten whole (「第N条を次のように改める」)."""


@dataclass
class _Emitter:
    """Collects operations into sentences (mutable helper, private to planning)."""

    provisions: list[Provision] = field(default_factory=list)
    current: list[AmendmentOp] = field(default_factory=list)

    def add(self, op: AmendmentOp) -> None:
        self.current.append(op)
        if ends_sentence(op):
            self.end()

    def end(self) -> None:
        if self.current:
            self.provisions.append(Provision(tuple(self.current)))
            self.current = []


def plan_amendment(old: Rule, new: Rule, style: Style) -> tuple[Provision, ...]:
    """Return the 改正規定 (as operations) that turn ``old`` into ``new``."""
    out = _Emitter()
    if old.title != new.title:
        out.add(ReplaceTitle(new.title))
    _plan_toc(out, old, new)
    _plan_divisions(out, old, new)
    _Container(out, style, top=True).plan(Ref("main"), old.articles, new.articles)
    out.end()
    _plan_suppl(out, old, new, style)
    _plan_tables(out, old, new)
    return _merge_identical(tuple(out.provisions), old)


def _plan_toc(out: _Emitter, old: Rule, new: Rule) -> None:
    if old.toc == new.toc:
        return
    if not old.toc or not new.toc:
        raise InexpressibleChangeError("目次", Msg("目次を付け、又は除く改正です。", "adds or removes the table of contents."))
    edits = plan_edits(list(old.toc), list(new.toc)) if len(old.toc) == len(new.toc) else None
    out.add(EditWords((Ref("toc"),), "body", edits) if edits else ReplaceToc(new.toc))
    out.end()


def _plan_divisions(out: _Emitter, old: Rule, new: Rule) -> None:
    old_titles = {d.path: d.title for d in old.divisions}
    if set(old_titles) != {d.path for d in new.divisions}:
        raise InexpressibleChangeError(
            "章・節", Msg("章又は節の追加、削除又は移動を含みます。", "adds, deletes or moves a chapter or section.")
        )
    for division in new.divisions:
        if old_titles[division.path] != division.title:
            out.add(ReplaceDivisionTitle(division))


def _plan_suppl(out: _Emitter, old: Rule, new: Rule, style: Style) -> None:
    olds, news = old.supplementary, new.supplementary
    if olds[1:] != news[1 : len(olds)] or bool(olds) != bool(news):
        raise InexpressibleChangeError(
            "附則", Msg("改正附則（既に施行された改正の附則）を変えています。", "changes the 附則 of an earlier amendment.")
        )
    if not olds or olds[0] == news[0]:
        return
    if olds[0].label is not None:
        raise InexpressibleChangeError("附則", Msg("本則の附則がありません。", "no original 附則."))
    _plan_original_suppl(out, olds[0], news[0], style)


def _plan_original_suppl(out: _Emitter, old: SupplProvision, new: SupplProvision, style: Style) -> None:
    container = _Container(out, style, top=False)
    if old.articles or new.articles:
        container.plan(Ref("suppl"), old.articles, new.articles)
    else:
        if len(old.paragraphs) == 1 and len(new.paragraphs) > 1:
            # 「附則を附則第1項とし」: a single 附則 項 gets its number 1 before others join it.
            out.add(MoveUnit(Ref("suppl", paragraph=1), Ref("suppl", paragraph=1)))
        container.plan(Ref("suppl"), old.paragraphs, new.paragraphs)
    out.end()


def _plan_tables(out: _Emitter, old: Rule, new: Rule) -> None:
    if [t.number for t in old.tables] != [t.number for t in new.tables]:
        raise InexpressibleChangeError("別表", Msg("別表の追加又は削除を含みます。", "adds or deletes a 別表."))
    for before, after in zip(old.tables, new.tables):
        if before == after:
            continue
        same_shape = [len(r) for r in before.rows] == [len(r) for r in after.rows] and before.heading == after.heading
        cells = [c for r in before.rows for c in r], [c for r in after.rows for c in r]
        edits = plan_edits(*cells) if same_shape else None
        out.add(EditWords((Ref("table", table=before.number),), "body", edits) if edits else ReplaceTable(after))
        out.end()


@dataclass
class _Container:
    """Plans the units of one container (本則, 附則, a 条 or a 項)."""

    out: _Emitter
    style: Style
    top: bool
    added: set[int] = field(default_factory=set)

    def plan(self, parent: Ref, old: tuple[Unit, ...], new: tuple[Unit, ...]) -> None:
        pairs = align(old, new)
        if self.top:
            _check_divisions(pairs)
        self.added = set()
        self._forward(parent, pairs)
        self._backward(parent, pairs)

    # -- pass 1: keep, delete, move up ---------------------------------------------------------

    def _forward(self, parent: Ref, pairs: tuple[Pair, ...]) -> None:
        # Without 繰下げ, new units are added in text order, right after the unit before them.
        early = not any(p.moved > 0 for p in pairs)
        i = 0
        while i < len(pairs):
            pair = pairs[i]
            if pair.old is not None and pair.new is None:
                i = self._delete_run(parent, pairs, i)
                continue
            if pair.old is not None and pair.new is not None and pair.moved == 0:
                i = self._keep(parent, pairs, i)
            elif pair.moved < 0:
                i = self._move_run(parent, pairs, i, step=1)
            else:
                i += 1
                continue
            if early:
                self._add_early(parent, pairs, i)

    def _add_early(self, parent: Ref, pairs: tuple[Pair, ...], i: int) -> None:
        end = i
        while end < len(pairs) and pairs[end].old is None:
            end += 1
        before = pairs[i - 1].new
        if end == i or before is None:
            return
        group = [p.new for p in pairs[i:end] if p.new is not None]
        if isinstance(before, Article) and any(isinstance(u, Article) and u.division != before.division for u in group):
            return  # placed before a 条 of another 章, which may not stand at its number yet
        # Units still to be deleted or moved up keep their numbers until then.
        waiting = {unit_number(p.old) for p in pairs[end:] if p.old is not None and (p.new is None or p.moved < 0)}
        if any(unit_number(u) in waiting for u in group):
            return
        self._add(parent, pairs, before, group)
        self.added.update(range(i, end))

    def _keep(self, parent: Ref, pairs: tuple[Pair, ...], i: int) -> int:
        pair = pairs[i]
        assert pair.old is not None and pair.new is not None
        ref = parent.child(unit_kind(pair.old), unit_number(pair.old))
        absorbed = _absorbed(pairs, i)
        if absorbed:
            last = pairs[i + absorbed].old
            assert last is not None
            self.out.add(ReplaceUnit(ref, (pair.new,), through=parent.child(unit_kind(last), unit_number(last))))
            return i + absorbed + 1
        if pair.old != pair.new:
            if self.top:
                self.out.end()
            plan_unit(self.out, self.style, ref, pair.old, pair.new)
            if self.top:
                self.out.end()
        return i + 1

    def _delete_run(self, parent: Ref, pairs: tuple[Pair, ...], i: int) -> int:
        run: list[Ref] = []
        while i < len(pairs) and pairs[i].new is None:
            unit = pairs[i].old
            assert unit is not None
            run.append(parent.child(unit_kind(unit), unit_number(unit)))
            i += 1
        if len(run) >= 3:
            self.out.add(DeleteUnits((run[0],), through=run[-1]))
        else:
            self.out.add(DeleteUnits(tuple(run)))
        return i

    # -- pass 2: move down and add ---------------------------------------------------------------

    def _backward(self, parent: Ref, pairs: tuple[Pair, ...]) -> None:
        pending: list[Unit] = []
        i = len(pairs) - 1
        while i >= 0:
            pair = pairs[i]
            if i in self.added:
                i -= 1
                continue
            if pair.old is None:
                assert pair.new is not None
                pending.insert(0, pair.new)
                i -= 1
                continue
            if pair.new is None:
                i -= 1
                continue
            if pair.moved > 0:
                i = self._move_run(parent, pairs, i, step=-1)
            else:
                i -= 1
            if pending:
                self._add(parent, pairs, pair.new, pending)
                pending = []
        if pending:
            self._add(parent, pairs, None, pending)

    def _add(self, parent: Ref, pairs: tuple[Pair, ...], before: Unit | None, units: list[Unit]) -> None:
        following = _following(pairs, units[-1])
        kind = unit_kind(units[0])
        if kind == "article":
            # New 条 of different 章 are added separately, each next to a 条 of its own 章.
            for run in _division_runs(units):
                self.out.add(_add_articles(parent, before, _following(pairs, run[-1]), tuple(run)))
                before = run[-1]
        elif following is None:
            self.out.add(AddUnits(parent, "end", tuple(units)))
        elif before is not None:
            self.out.add(AddUnits(parent.child(kind, unit_number(before)), "after", tuple(units)))
        else:
            self.out.add(AddUnits(parent.child(kind, unit_number(following)), "before", tuple(units)))

    # -- moves -----------------------------------------------------------------------------------

    def _move_run(self, parent: Ref, pairs: tuple[Pair, ...], i: int, *, step: int) -> int:
        """Move the unit at ``i`` and any run it starts (step +1: upward pass, -1: downward)."""
        run = _run(pairs, i, step)
        if len(run) >= self.style.run_threshold:
            self._move_one(parent, run[0])
            first, last = sorted((run[1], run[-1]), key=lambda p: unit_number(p.old))  # type: ignore[arg-type]
            assert first.old is not None and last.old is not None and first.new is not None
            kind = unit_kind(first.old)
            delta = unit_number(first.new)[0] - unit_number(first.old)[0]
            self.out.add(
                ShiftUnits(parent.child(kind, unit_number(first.old)), parent.child(kind, unit_number(last.old)), delta)
            )
            return i + step * len(run)
        self._move_one(parent, pairs[i])
        return i + step

    def _move_one(self, parent: Ref, pair: Pair) -> None:
        assert pair.old is not None and pair.new is not None
        kind = unit_kind(pair.old)
        ref = parent.child(kind, unit_number(pair.old))
        plan_unit(self.out, self.style, ref, pair.old, pair.new)
        self.out.add(MoveUnit(ref, parent.child(kind, unit_number(pair.new))))


def _check_divisions(pairs: tuple[Pair, ...]) -> None:
    for pair in pairs:
        if isinstance(pair.old, Article) and isinstance(pair.new, Article) and pair.old.division != pair.new.division:
            raise InexpressibleChangeError(
                "第" + "の".join(map(str, pair.old.number)) + "条",
                Msg("条を他の章・節へ移しています。", "moves an article to another chapter or section."),
            )


def _absorbed(pairs: tuple[Pair, ...], i: int) -> int:
    """Count the deleted units a new range placeholder (第5条から第8条まで　削除) takes in."""
    new = pairs[i].new
    if not isinstance(new, Article) or new.through is None:
        return 0
    count = 0
    while i + count + 1 < len(pairs):
        nxt = pairs[i + count + 1]
        if nxt.new is not None or nxt.old is None or unit_number(nxt.old) > new.through:
            break
        count += 1
    return count


def _run(pairs: tuple[Pair, ...], i: int, step: int) -> list[Pair]:
    """Return the run of plain, consecutive units starting at ``i`` that move the same distance."""
    run = [pairs[i]]
    if not _plain_move(pairs[i]):
        return run
    delta = _delta(pairs[i])
    j = i + step
    while 0 <= j < len(pairs) and _plain_move(pairs[j]) and _delta(pairs[j]) == delta:
        a, b = run[-1].old, pairs[j].old
        assert a is not None and b is not None
        if abs(unit_number(a)[0] - unit_number(b)[0]) != 1:
            break
        run.append(pairs[j])
        j += step
    return run


def _plain_move(pair: Pair) -> bool:
    # 字句 changes of a unit come right before its own move; 枝番 cannot be written as 「N条ずつ」.
    if pair.old is None or pair.new is None or pair.moved == 0:
        return False
    if len(unit_number(pair.old)) > 1 or len(unit_number(pair.new)) > 1:
        return False
    return renumber(pair.new, unit_number(pair.old)) == pair.old


def _delta(pair: Pair) -> int:
    assert pair.old is not None and pair.new is not None
    return unit_number(pair.new)[0] - unit_number(pair.old)[0]


def _following(pairs: tuple[Pair, ...], unit: Unit) -> Unit | None:
    """Return the unit after ``unit`` in the new text."""
    news = [p.new for p in pairs if p.new is not None]
    at = news.index(unit)
    return news[at + 1] if at + 1 < len(news) else None


def _division_runs(units: list[Unit]) -> list[list[Unit]]:
    runs: list[list[Unit]] = []
    for unit in units:
        division = unit.division if isinstance(unit, Article) else ()
        last = runs[-1][-1] if runs else None
        if isinstance(last, Article) and last.division == division:
            runs[-1].append(unit)
        else:
            runs.append([unit])
    return runs


def _add_articles(parent: Ref, before: Unit | None, following: Unit | None, units: tuple[Unit, ...]) -> AddUnits:
    division = units[0].division if isinstance(units[0], Article) else ()
    if isinstance(before, Article) and before.division == division:
        if division and not (isinstance(following, Article) and following.division == division):
            return AddUnits(Ref("division", division=division), "end", units)
        return AddUnits(parent.child("article", before.number), "after", units)
    if isinstance(following, Article) and following.division == division:
        return AddUnits(parent.child("article", following.number), "before", units)
    raise InexpressibleChangeError(
        "第" + "の".join(map(str, units[0].number if isinstance(units[0], Article) else (0,))) + "条",
        Msg("新しい章・節を設ける改正です。", "creates a new chapter or section."),
    )


# --- inside one unit ---------------------------------------------------------------------------


def plan_unit(out: _Emitter, style: Style, ref: Ref, old: Unit, new: Unit) -> None:
    """Emit the changes inside a unit (見出し, 字句, its own sub-units), before any move of it."""
    new = renumber(new, unit_number(old))
    if old == new:
        return
    if _rewrite_whole(old, new):
        out.add(ReplaceUnit(ref, (new,)))
        return
    trial = _Emitter()
    if isinstance(old, Article) and isinstance(new, Article):
        _plan_article(trial, style, ref, old, new)
    elif isinstance(old, Paragraph) and isinstance(new, Paragraph):
        _plan_paragraph(trial, style, ref, old, new)
    elif isinstance(old, Item) and isinstance(new, Item) and not _plan_text(trial, ref, old, new):
        trial.add(ReplaceUnit(ref, (new,)))
    trial.end()
    ops = [op for p in trial.provisions for op in p.ops]
    if isinstance(old, Article) and (len(ops) > MAX_CLAUSES or _rewrites_sole_paragraph(ops, ref, old)):
        out.add(ReplaceUnit(ref, (new,)))
        return
    for op in ops:
        out.add(op)


def _rewrites_sole_paragraph(ops: list[AmendmentOp], ref: Ref, old: Article) -> bool:
    # The only 項 of a 条 is cited as the 条 itself, so rewriting it rewrites the 条.
    sole = Ref(ref.area, ref.article, 1)
    return len(old.paragraphs) == 1 and any(isinstance(op, ReplaceUnit) and op.target == sole for op in ops)


def _rewrite_whole(old: Unit, new: Unit) -> bool:
    if is_placeholder(old) or is_placeholder(new):
        return True
    if isinstance(old, Article) and isinstance(new, Article):
        # Rewrite a 条 whole only if none of its 項 survives; added 項 are additions.
        return old.through != new.through or all(
            _text_similarity(a, b) < REWRITE_BELOW for a in old.paragraphs for b in new.paragraphs
        )
    if isinstance(old, Item) and isinstance(new, Item) and old.subitems != new.subitems:
        return True
    return _text_similarity(old, new) < REWRITE_BELOW  # type: ignore[arg-type]


def _text_similarity(old: Paragraph | Item, new: Paragraph | Item) -> float:
    # A ただし書 added or deleted is its own change (「ただし書を削る」), not a sign of a rewrite.
    a, b = split_proviso(old.text)[0], split_proviso(new.text)[0]
    return 1.0 if a == b else SequenceMatcher(None, a, b, autojunk=False).ratio()


def _plan_article(out: _Emitter, style: Style, ref: Ref, old: Article, new: Article) -> None:
    both_changed = old.caption != new.caption and article_texts(old) != article_texts(new)
    if old.caption is not None and new.caption is not None and both_changed and _same_shape(old, new):
        whole = [old.caption, *article_texts(old)], [new.caption, *article_texts(new)]
        edits = plan_edits(*whole)
        if edits is not None and len(edits) == 1 and edits[0].kind != "insert":
            # 「第8条（見出しを含む。）中「A」を「B」に改める」: one change in the 見出し and the text.
            out.add(EditWords((ref,), "all", edits))
            return
    if old.caption != new.caption:
        out.add(_caption_op(ref, old.caption, new.caption))
    if _same_shape(old, new):
        edits = plan_edits(article_texts(old), article_texts(new))
        changed = sum(a != b for a, b in zip(article_texts(old), article_texts(new)))
        if edits is not None and len(edits) == 1 and edits[0].kind != "insert" and changed > 1:
            # 「条中」 covers every occurrence in the 条: one clause for one change made everywhere.
            out.add(EditWords((ref,), "body", edits))
            return
    _Container(out, style, top=False).plan(ref, old.paragraphs, new.paragraphs)


def _same_shape(old: Article, new: Article) -> bool:
    def shape(article: Article) -> list[tuple[int, int]]:
        return [(p.number, len(unit_texts(p))) for p in article.paragraphs]

    return shape(old) == shape(new)


def _caption_op(ref: Ref, old: str | None, new: str | None) -> AmendmentOp:
    if old is None or new is None:
        return SetCaption(ref, new)
    edits = plan_edits([old], [new])
    # Rewrite the 見出し whole when most of it changes (「の見出しを「（委任）」に改め」).
    if edits is None or sum(len(e.old) for e in edits) * 2 > len(old):
        return SetCaption(ref, new)
    return EditWords((ref,), "caption", edits)


def _plan_paragraph(out: _Emitter, style: Style, ref: Ref, old: Paragraph, new: Paragraph) -> None:
    if not _plan_text(out, ref, old, new):
        out.add(ReplaceUnit(ref, (new,)))
        return
    if old.items != new.items and _all_items_rewritten(old, new):
        # 「第2条各号を次のように改める。」 / 「同項各号を削る。」: no 号 survives.
        out.add(ReplaceItems(ref, new.items))
        return
    _Container(out, style, top=False).plan(ref, old.items, new.items)


def _all_items_rewritten(old: Paragraph, new: Paragraph) -> bool:
    if not old.items:
        return False
    if not new.items:
        return True
    kept = [p for p in align(old.items, new.items) if isinstance(p.old, Item) and isinstance(p.new, Item)]
    return len(new.items) >= 2 and all(_text_similarity(p.old, p.new) < ITEM_SURVIVES for p in kept)  # type: ignore[arg-type]


def _plan_text(out: _Emitter, ref: Ref, old: Paragraph | Item, new: Paragraph | Item) -> bool:
    """Emit the 字句 changes of a 項 or 号 text; False if the whole unit was rewritten instead."""
    if old.text == new.text:
        return True
    old_main, old_proviso = split_proviso(old.text)
    new_main, new_proviso = split_proviso(new.text)
    if old_proviso and new_proviso and old_main == new_main:
        # A change inside the ただし書 only is cited there: 「第52条ただし書中「A」を「B」に改める」.
        edits = plan_edits([old_proviso], [new_proviso])
        if edits is not None:
            out.add(EditWords((ref,), "proviso", edits))
            return True
    if old_proviso and not new_proviso:
        # 字句 of the main sentence first, then 「…ただし書を削る」.
        if not _plan_words(out, ref, old, new_main + old_proviso):
            return False
        out.add(DeleteProviso(ref))
        return True
    if new_proviso and not old_proviso:
        if not _plan_words(out, ref, old, new_main):
            return False
        out.add(AddProviso(ref, new_proviso))
        return True
    return _plan_words(out, ref, old, new.text)


def _plan_words(out: _Emitter, ref: Ref, old: Paragraph | Item, text: str) -> bool:
    if old.text == text:
        return True
    scope = unit_texts(old)
    edits = plan_edits(scope, [text, *scope[1:]])
    if edits is not None:
        out.add(EditWords((ref,), "body", edits))
        return True
    if isinstance(old, Paragraph) and old.items:
        edits = plan_edits([old.text], [text])
        if edits is not None:
            out.add(EditWords((ref,), "chapeau", edits))
            return True
    return False


# --- merging identical changes across 条 ----------------------------------------------------


def _merge_identical(provisions: tuple[Provision, ...], old: Rule) -> tuple[Provision, ...]:
    """Write an identical 字句 change of several 条 once (amendment-rules.md 2.3).

    「第3条及び第5条中「A」を「B」に改める。」, 「第31条から第33条までの規定及び第36条中…」,
    「第5条第1項第5号、第18条第1項第6号及び第52条第7号中…」.
    """
    merged: list[Provision] = []
    seen: dict[tuple[object, ...], int] = {}
    for provision in provisions:
        key = _merge_key(provision, old)
        if key is None:
            merged.append(provision)
            continue
        op = provision.ops[0]
        assert isinstance(op, EditWords)
        target = _merge_target(op.targets[0], old)
        if key in seen:
            first = merged[seen[key]].ops[0]
            assert isinstance(first, EditWords)
            merged[seen[key]] = Provision((replace(first, targets=first.targets + (target,)),))
        else:
            seen[key] = len(merged)
            merged.append(Provision((replace(op, targets=(target,)),)))
    return tuple(merged)


def _merge_key(provision: Provision, old: Rule) -> tuple[object, ...] | None:
    if len(provision.ops) != 1 or not isinstance(provision.ops[0], EditWords):
        return None
    op = provision.ops[0]
    if len(op.targets) != 1 or op.targets[0].area != "main" or op.part not in ("body", "all"):
        return None
    if len(op.edits) != 1 or op.edits[0].kind == "insert":
        return None
    return (op.part, op.edits)


def _merge_target(ref: Ref, old: Rule) -> Ref:
    # The only 項 of a 条 is cited as the 条.
    if ref.paragraph == 1 and ref.item is None and _single_paragraph(old, ref):
        return Ref("main", ref.article)
    return ref


def _single_paragraph(rule: Rule, ref: Ref) -> bool:
    for article in rule.articles:
        if article.number == ref.article:
            return len(article.paragraphs) == 1
    return False
