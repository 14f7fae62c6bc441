"""Plan an amendment: the 改正規定 (as operations) that turn the old text into the new one.

Document order (docs/amendment-rules.md 2.1, 2.10, 4.3): 題名, 目次, 章名・節名, deleted 章・節 and
the 章・節 moving up, then the 本則 (see :mod:`gendocs.amend.plan.containers`), the 章・節 moving
down and new 章・節 (see :mod:`gendocs.amend.plan.divisions`), the 附則 and the 別表. Sentences: one
per 条 that keeps its number; moves, deletions and additions chain into one sentence; every
operation followed by new text ends its sentence. Identical 字句 changes of several units are then
written once.
"""

from __future__ import annotations

from dataclasses import fields, replace

from gendocs.amend.align.words import plan_edits
from gendocs.amend.errors import InexpressibleChangeError
from gendocs.amend.ops import (
    AddTables,
    EditWords,
    MoveUnit,
    NumberTable,
    Provision,
    Ref,
    ReplaceDivisionTitle,
    ReplaceTable,
    ReplaceTitle,
    ReplaceToc,
)
from gendocs.amend.ops.tree import single_paragraph
from gendocs.amend.plan.containers import Container
from gendocs.amend.plan.divisions import DivisionPlan, plan_chapters
from gendocs.amend.plan.toc import plan_toc_edits
from gendocs.amend.plan.units import Emitter
from gendocs.amend.text.model import Rule, SupplProvision, Table
from gendocs.amend.text.style import Style
from gendocs.errors import Msg


def plan_amendment(old: Rule, new: Rule, style: Style) -> tuple[Provision, ...]:
    """Return the 改正規定 (as operations) that turn ``old`` into ``new``."""
    out = Emitter()
    if old.title != new.title:
        out.add(ReplaceTitle(new.title))
    _plan_toc(out, old, new)
    chapters = _plan_divisions(out, old, new)
    for provision in chapters.before:
        for op in provision:
            out.add(op)
        out.end()
    Container(out, style, top=True).plan(Ref("main"), chapters.old_articles, chapters.new_articles)
    out.end()
    for provision in chapters.after:
        for op in provision:
            out.add(op)
        out.end()
    _plan_suppl(out, old, new, style)
    _plan_tables(out, old, new)
    return _merge_identical(_titles_in_place(tuple(out.provisions), old), old)


def _titles_in_place(provisions: tuple[Provision, ...], old: Rule) -> tuple[Provision, ...]:
    """Move each 章名・節名 renamed in place (no 章・節 added, deleted or moved) to where its 章・節
    begins among the 本則's sentences: after the changes of the 条 before it, so that the 改正規定
    run front to back (docs/amendment-rules.md 4.3)."""
    kinds = {type(op).__name__ for p in provisions for op in p.ops}
    if kinds & {"AddDivision", "DeleteDivision", "MoveDivision"}:
        return provisions
    titles = [p for p in provisions if all(isinstance(op, ReplaceDivisionTitle) for op in p.ops)]
    placed = [p for p in provisions if p not in titles]
    for title in titles:
        division = title.ops[0]
        assert isinstance(division, ReplaceDivisionTitle)
        path = division.division.path
        starts = [a.number for a in old.articles if a.division[: len(path)] == path]
        if not starts or len(title.ops) != 1:
            return provisions
        at = next(
            (
                k
                for k, p in enumerate(placed)
                if any(n >= starts[0] for n in _main_articles(p)) or _after_main(p)
            ),
            len(placed),
        )
        placed.insert(at, title)
    return tuple(placed)


def _refs(value: object) -> list[Ref]:
    if isinstance(value, Ref):
        return [value]
    if isinstance(value, tuple):
        return [ref for item in value for ref in _refs(item)]
    return []


def _op_refs(op: object) -> list[Ref]:
    return [ref for f in fields(op) for ref in _refs(getattr(op, f.name))]  # type: ignore[arg-type]


def _main_articles(provision: Provision) -> list[tuple[int, ...]]:
    return [
        ref.article
        for op in provision.ops
        for ref in _op_refs(op)
        if ref.area == "main" and ref.article is not None
    ]


def _after_main(provision: Provision) -> bool:
    # the 附則 and the 別表 come after the 本則
    return any(
        ref.area in ("suppl", "table") for op in provision.ops for ref in _op_refs(op)
    ) or any(isinstance(op, (ReplaceTable, NumberTable, AddTables)) for op in provision.ops)


def _plan_toc(out: Emitter, old: Rule, new: Rule) -> None:
    if old.toc == new.toc:
        return
    if not old.toc or not new.toc:
        raise InexpressibleChangeError(
            "目次", Msg("目次を付け、又は除く改正です。", "adds or removes the table of contents.")
        )
    edits = plan_toc_edits(old.toc, new.toc)
    out.add(EditWords((Ref("toc"),), "body", edits) if edits else ReplaceToc(new.toc))
    out.end()


def _plan_divisions(out: Emitter, old: Rule, new: Rule) -> DivisionPlan:
    old_titles = {d.path: d.title for d in old.divisions}
    if old.divisions == new.divisions:
        return DivisionPlan((), (), old.articles, new.articles)
    if set(old_titles) != {d.path for d in new.divisions}:
        return plan_chapters(old, new)
    try:
        # The same numbers may still hide a 章 deleted and another added (matched by 章名 and 条).
        return plan_chapters(old, new)
    except InexpressibleChangeError:
        pass  # e.g. two 章名 swapped: each renamed in place
    for division in new.divisions:
        if old_titles[division.path] != division.title:
            out.add(ReplaceDivisionTitle(division))
    out.end()
    return DivisionPlan((), (), old.articles, new.articles)


def _plan_suppl(out: Emitter, old: Rule, new: Rule, style: Style) -> None:
    olds, news = old.supplementary, new.supplementary
    if olds[1:] != news[1 : len(olds)] or bool(olds) != bool(news):
        raise InexpressibleChangeError(
            "附則",
            Msg(
                "改正附則（既に施行された改正の附則）を変えています。",
                "changes the 附則 of an earlier amendment.",
            ),
        )
    if not olds or olds[0] == news[0]:
        return
    if olds[0].label is not None:
        raise InexpressibleChangeError("附則", Msg("本則の附則がありません。", "no original 附則."))
    _plan_original_suppl(out, olds[0], news[0], style)


def _plan_original_suppl(
    out: Emitter, old: SupplProvision, new: SupplProvision, style: Style
) -> None:
    container = Container(out, style, top=False)
    if old.articles or new.articles:
        container.plan(Ref("suppl"), old.articles, new.articles)
    else:
        if len(old.paragraphs) == 1 and len(new.paragraphs) > 1:
            # 「附則を附則第1項とし」: a single 附則 項 gets its number 1 before others join it.
            out.add(MoveUnit(Ref("suppl", paragraph=1), Ref("suppl", paragraph=1)))
        container.plan(Ref("suppl"), old.paragraphs, new.paragraphs)
    out.end()


def _plan_tables(out: Emitter, old: Rule, new: Rule) -> None:
    pairs = list(zip(old.tables, new.tables, strict=False))
    if [t.number for t in old.tables] != [t.number for t in new.tables]:
        pairs = _plan_new_tables(out, old.tables, new.tables)
    for before, after in pairs:
        if before == after:
            continue
        same_shape = [len(r) for r in before.rows] == [
            len(r) for r in after.rows
        ] and before.heading == after.heading
        cells = [c for r in before.rows for c in r], [c for r in after.rows for c in r]
        edits = plan_edits(*cells) if same_shape else None
        out.add(
            EditWords((Ref("table", table=before.number),), "body", edits)
            if edits
            else ReplaceTable(after)
        )
        out.end()


def _plan_new_tables(
    out: Emitter, old: tuple[Table, ...], new: tuple[Table, ...]
) -> list[tuple[Table, Table]]:
    """Emit the 別表 added to the old ones (joureikun FAQ p=152): the single 別表 takes a number
    (「別表を別表第2とし」) and the new ones follow it (「同表の次に次の1表を加える。」) or come
    after the 附則 (「附則の次に次の1表を加える。」); new 別表 after the last one follow it
    (「別表第2の次に次の1表を加える。」). Return the old 別表 paired with their new text; any other
    change of the 別表 numbers (a 別表 deleted, or one added between two) is not written."""
    numbers = [t.number for t in new]
    if numbers == list(range(1, len(new) + 1)) and len(new) > len(old):
        if [t.number for t in old] == [None]:
            # the old 別表 is the new one with the same rows (its 字句 may change afterwards)
            found = [k for k, t in enumerate(new) if t.rows == old[0].rows] or [
                k for k, t in enumerate(new) if t.heading == old[0].heading
            ]
            if len(found) == 1:
                k = found[0]
                out.add(NumberTable(None, k + 1))
                if new[k + 1 :]:
                    out.add(AddTables(k + 1, new[k + 1 :], same=True))
                if new[:k]:
                    out.add(AddTables(None, new[:k]))
                out.end()
                return [(replace(old[0], number=k + 1), new[k])]
        elif [t.number for t in old] == numbers[: len(old)]:
            out.add(AddTables(len(old), new[len(old) :]))
            out.end()
            return list(zip(old, new, strict=False))
    raise InexpressibleChangeError(
        "別表", Msg("別表の追加又は削除を含みます。", "adds or deletes a 別表.")
    )


# --- merging identical changes across 条 ----------------------------------------------------


def _merge_identical(provisions: tuple[Provision, ...], old: Rule) -> tuple[Provision, ...]:
    """Write an identical 字句 change of several 条 once (docs/amendment-rules.md 2.3).

    「第3条及び第5条中「A」を「B」に改める。」, 「第31条から第33条までの規定及び第36条中…」,
    「第5条第1項第5号、第18条第1項第6号及び第52条第7号中…」.
    """
    merged: list[Provision] = []
    seen: dict[tuple[object, ...], int] = {}
    for provision in provisions:
        key = _merge_key(provision)
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


def _merge_key(provision: Provision) -> tuple[object, ...] | None:
    if len(provision.ops) != 1 or not isinstance(provision.ops[0], EditWords):
        return None
    op = provision.ops[0]
    if len(op.targets) != 1 or op.targets[0].area != "main" or op.part not in ("body", "all"):
        return None
    if op.targets[0].row is not None:
        return None  # a row's citation may hold 「、」 or 「及び」: not listed with others
    # Several edits merge too: 「第七十五条第四項、…及び第八十条第四項中「第七十四条の二」を
    # 「…」に、「同項」を「第一項」に改める。」 (昭和44年法律第2号).
    if not op.edits or any(e.kind == "insert" for e in op.edits):
        return None
    return (op.part, op.edits)


def _merge_target(ref: Ref, old: Rule) -> Ref:
    # The only 項 of a 条 is cited as the 条.
    if ref.paragraph == 1 and ref.item is None and single_paragraph(old, ref):
        return Ref("main", ref.article)
    return ref
