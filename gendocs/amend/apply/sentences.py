"""Read 改め文 text back into operations, applying each as soon as it is read.

Citations depend on the rule as it stands (a 条 with one 項 is cited as the 条) and on what the
sentence named before (同条・同項・同号, 「C中X」), so reading and applying go together: this is the
applier's front end, and it understands every form :mod:`gendocs.amend.write.sentences` writes.
Where the sentences and their new text are in the text is :mod:`gendocs.amend.apply.layout`'s
concern.

This module applies a sentence clause by clause and reads the 字句 clauses (「C中「A」を「B」に
改め」); the structural clauses are read by :mod:`gendocs.amend.apply.structure`, whole 章・節 by
:mod:`gendocs.amend.apply.divisions` and citations by :mod:`gendocs.amend.apply.citations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gendocs.amend.align.words import WordEdit
from gendocs.amend.apply.citations import REF
from gendocs.amend.apply.divisions import DivisionReader
from gendocs.amend.apply.inline_tables import TABLE_OF
from gendocs.amend.apply.layout import Q, split_amendment, split_clauses
from gendocs.amend.apply.structure import StructureReader, table_ref
from gendocs.amend.errors import ApplyError, OpError
from gendocs.amend.ops import AmendmentOp, DeleteUnits, EditWords, MoveUnit, Part, Ref, ShiftUnits
from gendocs.amend.text.lines import BRANCH, NUMBER
from gendocs.amend.text.model import Rule
from gendocs.amend.text.parse import read_num
from gendocs.amend.text.style import MUNICIPAL, Style
from gendocs.amend.write.cite import CiteState

_N = NUMBER
_BR = BRANCH
PART_SUFFIXES: tuple[tuple[str, Part], ...] = (
    ("（見出しを含む。）", "all"),
    ("の見出し", "caption"),
    ("各号列記以外の部分", "chapeau"),
    ("ただし書", "proviso"),
    ("本文", "main"),
    ("前段", "former"),
    ("後段", "latter"),
)


def apply_text(rule: Rule, text: str, style: Style = MUNICIPAL) -> Rule:
    """Apply 改め文 text (as written by the generator in ``style``) to ``rule``.

    The style tells how 細目 are labelled (イロハ or アイウ), which the citations do not show.
    """
    for sentence, block in split_amendment(text).sentences:
        rule = apply_sentence(rule, sentence, block, style)
    return rule


def apply_sentence(
    rule: Rule, sentence: str, block: tuple[str, ...], style: Style = MUNICIPAL
) -> Rule:
    """Apply one 改正規定 and the new text following it."""
    reader = _SentenceReader(sentence, block, style)
    pending: EditWords | None = None
    try:
        for clause in split_clauses(sentence):
            op = reader.read(clause, rule)
            if isinstance(op, EditWords) and pending is not None and reader.continued:
                # 「…に改め、「C」を削り」: one clause of edits, located before any is made.
                pending = EditWords(pending.targets, pending.part, pending.edits + op.edits)
                continue
            if pending is not None:
                rule = pending.apply(rule)
                pending = None
            if isinstance(op, EditWords):
                pending = op
                continue
            rule = op.apply(rule)
            reader.after(op, rule)
        if pending is not None:
            rule = pending.apply(rule)
    except OpError as error:
        raise ApplyError(sentence, error.message) from None
    return rule


@dataclass
class _SentenceReader(StructureReader):
    sentence: str
    block: tuple[str, ...]
    style: Style = MUNICIPAL
    cites: CiteState = field(default_factory=CiteState)
    words_target: tuple[tuple[Ref, ...], Part] | None = None
    continued: bool = False
    divisions: DivisionReader = field(default_factory=DivisionReader)

    def after(self, op: AmendmentOp, rule: Rule) -> None:
        if isinstance(op, MoveUnit):
            self.cites.note(op.to, rule)
        elif isinstance(op, (ShiftUnits, DeleteUnits)):
            self.cites.forget(op.first if isinstance(op, ShiftUnits) else op.targets[0])

    def read(self, clause: tuple[str, list[str], str], rule: Rule) -> AmendmentOp:
        skeleton, quotes, verb = clause
        self.continued = skeleton.startswith(Q)
        if self.continued or re.search(f"中{Q}", skeleton):
            return self._words(skeleton, quotes, verb, rule)
        self.words_target = None
        return self._structure(skeleton, quotes, verb, rule)

    # -- 字句 -------------------------------------------------------------------------------------

    def _words(self, skeleton: str, quotes: list[str], verb: str, rule: Rule) -> AmendmentOp:
        if not skeleton.startswith(Q):
            head, _, skeleton = skeleton.partition(f"中{Q}")
            skeleton = Q + skeleton
            self.cites.context = None
            self.words_target = self._words_head(head, rule)
        if self.words_target is None:
            raise self.fail("どの規定の字句か読めません。", "no unit named for the words.")
        targets, part = self.words_target
        return EditWords(targets, part, self._edits(skeleton, quotes, verb))

    def _words_head(self, head: str, rule: Rule) -> tuple[tuple[Ref, ...], Part]:
        part: Part = "body"
        for suffix, name in PART_SUFFIXES:
            if head.endswith(suffix):
                head, part = head[: -len(suffix)], name
        if head in ("目次",):
            return (Ref("toc"),), part
        if (table := table_ref(head)) is not None:
            return (table,), part
        if (
            TABLE_OF not in head
            and re.search("及び|および|、|までの規定", head)
            and not REF.match(head)
        ):
            return self._several(head, rule), part
        ref = self.resolve(head, rule)
        self.cites.note(ref, rule)
        return (ref,), part

    def _several(self, head: str, rule: Rule) -> tuple[Ref, ...]:
        refs: list[Ref] = []
        for piece in re.split("、|及び|および", head):
            piece = piece.removesuffix("（見出しを含む。）")
            self.cites = CiteState()
            if "までの規定" in piece:
                first, _, last = piece.removesuffix("までの規定").partition("から")
                a, b = _article_number(first), _article_number(last)
                # The range takes in every 条 between, 枝番 included (第32条の2 lies in
                # 第31条から第33条まで).
                refs += [Ref("main", art.number) for art in rule.articles if a <= art.number <= b]
            else:
                refs.append(self.resolve(piece, rule))
        self.cites = CiteState()
        return tuple(refs)

    def _edits(self, skeleton: str, quotes: list[str], verb: str) -> tuple[WordEdit, ...]:
        pieces = re.split("[、,]", skeleton)
        edits: list[WordEdit] = []
        at = 0
        if verb == "改め":
            for piece in pieces:
                if piece != f"{Q}を{Q}に":
                    raise self.fail(
                        "「A」を「B」に改める の形ではありません。", "not a replacement."
                    )
                edits.append(WordEdit("replace", quotes[at], quotes[at + 1]))
                at += 2
        elif verb == "削り":
            listed = re.sub("及び|および", "、", skeleton).removesuffix("を")
            if set(listed.split("、")) != {Q}:
                raise self.fail("「A」を削る の形ではありません。", "not a deletion.")
            edits = [WordEdit("delete", q) for q in quotes]
        elif verb == "加え":
            for piece in pieces:
                if piece not in (f"{Q}の次に{Q}を", f"{Q}の下に{Q}を"):
                    raise self.fail(
                        "「A」の次に「B」を加える の形ではありません。", "not an insertion."
                    )
                edits.append(WordEdit("insert", quotes[at], quotes[at + 1]))
                at += 2
        else:
            raise self.fail("字句の改正の動詞が読めません。", f"unknown verb {verb}.")
        return tuple(edits)


def _article_number(text: str) -> tuple[int, ...]:
    m = re.fullmatch(rf"第({_N})条{_BR}", text)
    if m is None:
        raise OpError(f"「{text}」を条として読めません。", f"cannot read {text!r} as an article.")
    return read_num(m.group(1), m.group(2))
