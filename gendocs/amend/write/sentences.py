"""Write 改め文: the 題名, the 制定文 and one sentence per 改正規定, in a given style.

Forms (docs/amendment-rules.md 2): 「第3条中「A」を「B」に、「C」を「D」に改め、「E」を削る。」;
different operations chain with the 連用形 (改め、削り、加え、とし、繰り下げ) and the last takes the
終止形; new text follows 「次のように改める。」 and 「次の1条を加える。」 and ends the sentence.

Each operation says its own clause and new text (:mod:`gendocs.amend.ops`); this module chains them
into sentences and is the :class:`~gendocs.amend.ops.Wording` they cite units through
(「同条」「同項」, 「第38条中第7項」, 「同章」: :mod:`.cite`). The verbs, the joining of clauses,
the naming of several units and the 字句 clauses are in :mod:`.clauses`.
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.amend.align.words import WordEdit
from gendocs.amend.ops import AmendmentOp, Clause, Part, Provision, Ref
from gendocs.amend.ops.tree import single_paragraph
from gendocs.amend.text.model import Num, Rule
from gendocs.amend.text.style import Style
from gendocs.amend.write.cite import Citer, CiteState, DivisionCiter, cite_area
from gendocs.amend.write.clauses import edit_clauses, join_clauses, several_units


@dataclass(frozen=True)
class Sentence:
    """One 改正規定 as text, and the lines of new text that follow it."""

    text: str
    block: tuple[str, ...] = ()


def amending_title(rule: Rule) -> str:
    """Return the 題名 of the amending instrument: 「○○条例の一部を改正する条例」."""
    return f"{rule.title}の一部を改正する{rule.kind}"


def enacting_sentence(rule: Rule) -> str:
    """Return the 制定文: 「○○条例（令和3年○○町条例第5号）の一部を次のように改正する。」."""
    number = f"（{rule.number}）" if rule.number else ""
    return f"{rule.title}{number}の一部を次のように改正する。"


def write_provisions(
    old: Rule, provisions: tuple[Provision, ...], style: Style
) -> tuple[Sentence, ...]:
    """Return the sentences of the 改正規定, citing units as they stand when each applies."""
    sentences = []
    rule = old
    for provision in provisions:
        writer = SentenceWriter(style, CiteState())
        clauses: list[Clause] = []
        block: tuple[str, ...] = ()
        for index, op in enumerate(provision.ops):
            following = provision.ops[index + 1] if index + 1 < len(provision.ops) else None
            writer.chained = _same_container(op, following)
            clauses += op.clauses(writer, rule)
            block = op.block(style, rule) or block
            rule = op.apply(rule)
        sentences.append(Sentence(join_clauses(clauses, style), block))
    return tuple(sentences)


@dataclass
class SentenceWriter:
    """Cites units for the operations of one sentence (the :class:`~gendocs.amend.ops.Wording` they
    write through).

    It keeps what 「同条」「同項」「同号」 and 「同章」 stand for (``state``, ``divisions``) and
    whether the next clause moves units in the same container (``chained``), so that the container
    is named once with 「中」 (「第38条中第7項を第9項とし、第4項から…」).
    """

    style: Style
    state: CiteState
    chained: bool = False
    divisions: DivisionCiter | None = None

    def cite(self, ref: Ref, rule: Rule) -> str:
        """Cite a unit (「同条」「同項」「同号」 where they apply) and remember it as named last."""
        text = Citer(self.style, rule).cite(ref, self.state)
        self.state.note(ref, rule)
        return text

    def cite_apart(self, ref: Ref, rule: Rule) -> str:
        """Cite a unit in full, without 「同…」 and without remembering it (the end of a replaced
        range)."""
        return Citer(self.style, rule).cite(ref, CiteState())

    def cite_structural(self, ref: Ref, rule: Rule, *, run: bool = False) -> str:
        """Cite the unit a move, shift, deletion or addition acts on.

        「第38条中第7項を第9項とし、第4項から…」: the container is named once with 「中」 when
        several units of it move in a row (or a range moves); otherwise the unit is cited in
        full, 「第1条第2項を同条第3項とし」.
        """
        citer = Citer(self.style, rule)
        parent = ref.parent()
        if _is_last_named(ref, self.state):
            return self.cite(ref, rule)
        if self.state.context == parent:
            self.state.note(ref, rule)
            return citer.local(ref)
        plain = parent.kind in ("main", "suppl")
        if (
            plain
            or (single_paragraph(rule, ref) and ref.kind == "paragraph")
            or not (run or self.chained)
        ):
            return self.cite(ref, rule)
        prefix = citer.cite(parent, self.state) + "中"
        self.state.note(parent, rule)
        self.state.context = parent
        self.state.note(ref, rule)
        return prefix + citer.local(ref)

    def cite_second(self, ref: Ref, rule: Rule) -> str:
        """Cite the second unit of a clause (the new number, the end of a range) without remembering
        it."""
        citer = Citer(self.style, rule)
        if self.state.context == ref.parent():
            return citer.local(ref)
        return citer.cite(ref, self.state)

    def cite_several(self, refs: tuple[Ref, ...], part: Part, rule: Rule) -> str:
        """Cite several units at once (「第3条及び第5条」) and start the 「同…」 references
        afresh."""
        text = several_units(refs, Citer(self.style, rule), part)
        self.state = CiteState()
        return text

    def cite_area(self, ref: Ref) -> str:
        """Cite a whole area: 目次, 別表第2, 第2章第1節, 附則."""
        return cite_area(self.style, ref)

    def cite_division(self, path: tuple[Num, ...]) -> str:
        """Cite a 章 or 節 (「同章第4節」 after its 章 was named)."""
        self.divisions = self.divisions or DivisionCiter(self.style)
        return self.divisions.cite(path)

    def last_article(self) -> Ref | None:
        """The 条 (or 附則) named last in the sentence, if any."""
        return self.state.last_article

    def note(self, ref: Ref, rule: Rule) -> None:
        """Remember ``ref`` as the unit named last (「AをBとし」 names B last)."""
        self.state.note(ref, rule)

    def forget(self, ref: Ref) -> None:
        """Drop a unit that was deleted or shifted from what 「同…」 may name."""
        self.state.forget(ref)

    def forget_division(self, path: tuple[Num, ...]) -> None:
        """Drop a deleted 章 from what 「同章」 may name (its 章 still is after a 節)."""
        if self.divisions is not None and len(path) == 1:
            self.divisions.chapter = None

    def leave_container(self) -> None:
        """End a 「C中」 context: the units cited next are named in full again."""
        self.state.context = None

    def word_clauses(self, edits: tuple[WordEdit, ...]) -> list[Clause]:
        """Return the 字句 clauses of ``edits`` in text order."""
        return edit_clauses(edits, self.style)


def _same_container(op: AmendmentOp, following: AmendmentOp | None) -> bool:
    """Tell whether the next clause moves, deletes or adds units in the same container."""
    mine = op.moves_in()
    # An addition ends the sentence with new text; it does not make a run of moves.
    return (
        mine is not None
        and following is not None
        and not following.ends_sentence()
        and mine == following.moves_in()
    )


def _is_last_named(ref: Ref, state: CiteState) -> bool:
    return ref in (state.last_item, state.last_paragraph) or (
        ref.kind == "article" and Ref(ref.area, ref.article) == state.last_article
    )
