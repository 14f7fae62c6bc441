"""Plan the changes inside one unit (a 条, 項 or 号): 見出し, 字句, ただし書, 前段・後段, or a
rewrite.

The order inside a 条 follows docs/amendment-rules.md 2.3 and 2.9: 見出し first, then the 字句 of
each 項 front to back (a 項's own text before its 号); a unit that keeps too little of its text is
rewritten whole (「第N条を次のように改める」). Sub-units are planned by the container walk
(:mod:`gendocs.amend.plan.containers`), passed in as ``children``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from gendocs.amend.align.units import align
from gendocs.amend.align.words import plan_edits
from gendocs.amend.ops import (
    AddLatter,
    AddProviso,
    AmendmentOp,
    DeleteLatter,
    DeleteProviso,
    EditWords,
    Part,
    Provision,
    Ref,
    ReplaceItems,
    ReplaceLatter,
    ReplaceProviso,
    ReplaceUnit,
    SetCaption,
)
from gendocs.amend.plan.inline_tables import plan_table, table_amendable
from gendocs.amend.text.model import (
    Article,
    Item,
    Paragraph,
    Subitem,
    Unit,
    article_texts,
    is_placeholder,
    renumber,
    sentences,
    split_proviso,
    split_sentences,
    unit_number,
    unit_texts,
)

Text = Paragraph | Item | Subitem
"""A unit whose own text is amended: 項, 号 or 細目."""

REWRITE_BELOW = 0.5
"""A unit whose text is less similar than this to its new text is rewritten whole."""
PROVISO_EDITS = 2
"""A ただし書 needing more 字句 edits than this is replaced whole
(「ただし書を次のように改める」)."""
FEW_PLACES = 2
"""Words inserted at this many places of a text that otherwise stays are amended as words,
however long they are (:func:`kept_similarity`)."""
ITEM_SURVIVES = 0.7
"""A 号 this similar to a new 号 is amended in place; if none is, 各号 are rewritten at once."""
MAX_CLAUSES = 8
"""A 条 needing more separate changes than this, and whose text mostly changes
(:func:`_mostly_changed`), is rewritten whole (「第N条を次のように改める」); 項・号 added, deleted
or moved in any number in a 条 that mostly stays are amended one by one."""


@dataclass
class Emitter:
    """Collects operations into sentences (mutable helper, private to planning)."""

    provisions: list[Provision] = field(default_factory=list)
    current: list[AmendmentOp] = field(default_factory=list)

    def add(self, op: AmendmentOp) -> None:
        self.current.append(op)
        if op.ends_sentence():
            self.end()

    def end(self) -> None:
        if self.current:
            self.provisions.append(Provision(tuple(self.current)))
            self.current = []


PlanChildren = Callable[[Emitter, Ref, tuple[Unit, ...], tuple[Unit, ...]], None]
"""Plans the sub-units of a unit (its 項 or 号) into the same sentence."""


def plan_unit(out: Emitter, ref: Ref, old: Unit, new: Unit, children: PlanChildren) -> None:
    """Emit the changes inside a unit (見出し, 字句, its own sub-units), before any move of it."""
    new = renumber(new, unit_number(old))
    if old == new:
        return
    if _rewrite_whole(old, new):
        out.add(ReplaceUnit(ref, (new,)))
        return
    trial = Emitter()
    if isinstance(old, Article) and isinstance(new, Article):
        _plan_article(trial, ref, old, new, children)
    elif isinstance(old, Paragraph) and isinstance(new, Paragraph):
        _plan_paragraph(trial, ref, old, new, children)
    elif isinstance(old, Item) and isinstance(new, Item):
        _plan_item(trial, ref, old, new, children)
    elif (
        isinstance(old, Subitem)
        and isinstance(new, Subitem)
        and not _plan_text(trial, ref, old, new)
    ):
        trial.add(ReplaceUnit(ref, (new,)))
    trial.end()
    ops = [op for p in trial.provisions for op in p.ops]
    if isinstance(old, Article) and (
        (len(ops) > MAX_CLAUSES and _mostly_changed(old, new))
        or _rewrites_sole_paragraph(ops, ref, old)
    ):
        out.add(ReplaceUnit(ref, (new,)))
        return
    for op in ops:
        out.add(op)


def _mostly_changed(old: Unit, new: Unit) -> bool:
    """Tell whether less than half of a 条's text stays (its 項・号 and their numbers aside)."""
    a, b = "\n".join(unit_texts(old)), "\n".join(unit_texts(new))
    return SequenceMatcher(None, a, b, autojunk=False).ratio() < REWRITE_BELOW


def _rewrites_sole_paragraph(ops: list[AmendmentOp], ref: Ref, old: Article) -> bool:
    # The only 項 of a 条 is cited as the 条 itself, so rewriting it rewrites the 条.
    sole = Ref(ref.area, ref.article, 1)
    return len(old.paragraphs) == 1 and any(
        isinstance(op, ReplaceUnit) and op.target == sole for op in ops
    )


def _rewrite_whole(old: Unit, new: Unit) -> bool:
    if is_placeholder(old) or is_placeholder(new):
        return True
    if isinstance(old, Article) and isinstance(new, Article):
        # Rewrite a 条 whole only if none of its 項 survives; added 項 are additions.
        return old.through != new.through or all(
            _text_similarity(a, b) < REWRITE_BELOW for a in old.paragraphs for b in new.paragraphs
        )
    if isinstance(old, Item) and isinstance(new, Item) and old.subitems != new.subitems:
        # 細目 added to a 号 that had none, or all taken away: the 号 is rewritten.
        return not (old.subitems and new.subitems)
    if isinstance(old, Subitem) and isinstance(new, Subitem) and old.children != new.children:
        return True  # only 細目 directly under a 号 are cited (イ, not イ（１）)
    return _text_similarity(old, new) < REWRITE_BELOW  # type: ignore[arg-type]


def _text_similarity(old: Text, new: Text) -> float:
    # A ただし書 or a 後段 added, deleted or replaced is its own change (「ただし書を削る」,
    # 「後段を次のように改める」), not a sign of a rewrite: compare what comes first.
    a, b = split_sentences(old.text)[0], split_sentences(new.text)[0]
    return 1.0 if a == b else kept_similarity(a, b)


def kept_similarity(old: str, new: str) -> float:
    """Return how alike two texts are for amending words rather than rewriting: their ratio, or 1
    when the old text stays whole with words inserted at few places, so that a long inserted
    phrase is still an insertion (「「A」の下に「B」を加え」); a word replaced by a long phrase
    still rewrites a short unit, as published (川崎市, kawasaki-19)."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    changes = [op[0] for op in matcher.get_opcodes() if op[0] != "equal"]
    if old and len(changes) <= FEW_PLACES and set(changes) == {"insert"}:
        return 1.0
    return matcher.ratio()


def _plan_article(
    out: Emitter, ref: Ref, old: Article, new: Article, children: PlanChildren
) -> None:
    both_changed = (
        old.caption != new.caption
        and article_texts(old) != article_texts(new)
        and _tables(old) == _tables(new)
    )
    if (
        old.caption is not None
        and new.caption is not None
        and both_changed
        and _same_shape(old, new)
    ):
        whole = [old.caption, *article_texts(old)], [new.caption, *article_texts(new)]
        edits = plan_edits(*whole)
        if edits is not None and len(edits) == 1 and edits[0].kind != "insert":
            # 「第8条（見出しを含む。）中「A」を「B」に改める」: one change in the 見出し and the
            # text.
            out.add(EditWords((ref,), "all", edits))
            return
    if old.caption != new.caption:
        out.add(_caption_op(ref, old.caption, new.caption))
    if _same_shape(old, new) and _tables(old) == _tables(new):
        edits = plan_edits(article_texts(old), article_texts(new))
        changed = sum(a != b for a, b in zip(article_texts(old), article_texts(new), strict=True))
        if edits is not None and len(edits) == 1 and edits[0].kind != "insert" and changed > 1:
            # 「条中」 covers every occurrence in the 条: one clause for one change made everywhere.
            out.add(EditWords((ref,), "body", edits))
            return
    children(out, ref, old.paragraphs, new.paragraphs)


def _tables(article: Article) -> list[object]:
    # 「第N条中」 does not reach into a table of the 条: its rows are amended on their own.
    return [p.table for p in article.paragraphs]


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


def _plan_paragraph(
    out: Emitter, ref: Ref, old: Paragraph, new: Paragraph, children: PlanChildren
) -> None:
    if old.caption != new.caption:
        # the 見出し of a 附則 項 first: 「附則第一項に見出しとして「（施行期日）」を付し」
        out.add(SetCaption(ref, new.caption))
        old = replace(old, caption=new.caption)
    if not table_amendable(old.table, new.table) or not _plan_text(out, ref, old, new):
        out.add(ReplaceUnit(ref, (new,)))
        return
    if old.items != new.items and _all_items_rewritten(old, new):
        # 「第2条各号を次のように改める。」 / 「同項各号を削る。」: no 号 survives.
        out.add(ReplaceItems(ref, new.items))
    else:
        children(out, ref, old.items, new.items)

    def plan_items(
        row: Ref, before: tuple[Item, ...], after: tuple[Item, ...]
    ) -> list[AmendmentOp]:
        trial = Emitter()
        children(trial, row, before, after)
        trial.end()
        return [op for provision in trial.provisions for op in provision.ops]

    for op in plan_table(ref, old.table, new.table, plan_items):
        out.add(op)


def _all_items_rewritten(old: Paragraph, new: Paragraph) -> bool:
    if not old.items:
        return False
    if not new.items:
        return True
    kept = [
        p
        for p in align(old.items, new.items)
        if isinstance(p.old, Item) and isinstance(p.new, Item)
    ]
    return len(new.items) >= 2 and all(_text_similarity(p.old, p.new) < ITEM_SURVIVES for p in kept)  # type: ignore[arg-type]


def _plan_item(out: Emitter, ref: Ref, old: Item, new: Item, children: PlanChildren) -> None:
    """Emit the 字句 of a 号's own text, then the changes of its 細目 (cited at the 細目, 2.2)."""
    if not _plan_text(out, ref, old, new):
        out.add(ReplaceUnit(ref, (new,)))
        return
    if old.subitems != new.subitems:
        children(out, ref, old.subitems, new.subitems)


def _plan_text(out: Emitter, ref: Ref, old: Text, new: Text) -> bool:
    """Emit the 字句 changes of a 項 or 号 text; False if the whole unit was rewritten instead."""
    if old.text == new.text:
        return True
    old_main, old_proviso = split_proviso(old.text)
    new_main, new_proviso = split_proviso(new.text)
    if old_proviso and new_proviso and old_main == new_main:
        # A change inside the ただし書 only is cited there:
        # 「第52条ただし書中「A」を「B」に改める」.
        edits = plan_edits([old_proviso], [new_proviso])
        if (
            edits is None
            or len(edits) > PROVISO_EDITS
            or kept_similarity(old_proviso, new_proviso) < REWRITE_BELOW
        ):
            # most of it changes: 「第5条ただし書を次のように改める。」
            out.add(ReplaceProviso(ref, new_proviso))
            return True
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
    if old_proviso == new_proviso and _plan_sentences(out, ref, old, new):
        return True
    return _plan_words(out, ref, old, new.text)


def _plan_sentences(out: Emitter, ref: Ref, old: Text, new: Text) -> bool:
    """Emit changes confined to the 前段 or the 後段 (docs/amendment-rules.md 2.5); False if there
    are none."""
    old_former, old_latter, proviso = split_sentences(old.text)
    new_former, new_latter, _ = split_sentences(new.text)
    if old_latter and new_latter:
        if old_former != new_former and old_latter != new_latter:
            # Both sentences change: each is cited on its own (「第1項前段中…に改め、同項後段中…
            # に改める」, 昭和37年法律第133号 第百八十四条), else 字句 of the whole 項.
            if (
                min(
                    kept_similarity(old_former, new_former), kept_similarity(old_latter, new_latter)
                )
                < REWRITE_BELOW
            ):
                return False
            former = plan_edits([old_former], [new_former])
            latter = plan_edits([old_latter], [new_latter])
            if former is None or latter is None:
                return False
            out.add(EditWords((ref,), "former", former))
            out.add(EditWords((ref,), "latter", latter))
            return True
        if old_former != new_former:
            return _plan_part(out, ref, "former", old_former, new_former)
        if SequenceMatcher(None, old_latter, new_latter, autojunk=False).ratio() >= REWRITE_BELOW:
            if _plan_part(out, ref, "latter", old_latter, new_latter):
                return True
        out.add(ReplaceLatter(ref, new_latter))  # 「同条後段を次のように改める。」
        return True
    if new_latter and len(sentences(old_former)) == 1:
        # 字句 of the one sentence first, then 「同項に後段として次のように加える。」.
        if not _plan_words(out, ref, old, new_former + proviso):
            return False
        out.add(AddLatter(ref, new_latter))
        return True
    if old_latter and len(sentences(new_former)) == 1 and new_former.endswith("。"):
        # (A 前段 that loses its 「。」 would take the 後段 in with it: then the 項's words change.)
        if old_former != new_former and not _plan_part(out, ref, "former", old_former, new_former):
            return False
        out.add(DeleteLatter(ref))
        return True
    return False


def _plan_part(out: Emitter, ref: Ref, part: Part, old: str, new: str) -> bool:
    # 「第3条第1項後段中「A」を「B」に改める」: the 字句 are cited in the sentence they change.
    edits = plan_edits([old], [new])
    if edits is None:
        return False
    out.add(EditWords((ref,), part, edits))
    return True


def _plan_words(out: Emitter, ref: Ref, old: Text, text: str) -> bool:
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
