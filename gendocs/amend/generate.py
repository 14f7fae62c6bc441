"""Write 改め文: the 題名, the 制定文 and one sentence per 改正規定, in a given style.

Forms (amendment-rules.md 2): 「第3条中「A」を「B」に、「C」を「D」に改め、「E」を削る。」;
different operations chain with the 連用形 (改め、削り、加え、とし、繰り下げ) and the last takes the
終止形; new text follows 「次のように改める。」 and 「次の1条を加える。」 and ends the sentence.

This module cites the unit each operation acts on and picks its clause; the verbs, the joining of
clauses, the naming of several units and the 字句 clauses are in :mod:`gendocs.amend.write_clauses`,
and the clauses on whole 章・節 in :mod:`gendocs.amend.write_divisions`.
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.amend.apply import apply_op, get_unit
from gendocs.amend.cite import Citer, CiteState, single_paragraph
from gendocs.amend.text.model import Article, Rule, Subitem, Unit, unit_kind
from gendocs.amend.ops import (
    AddDivision,
    AddLatter,
    AddProviso,
    AddUnits,
    AmendmentOp,
    DeleteDivision,
    DeleteLatter,
    DeleteProviso,
    DeleteUnits,
    EditWords,
    MoveDivision,
    MoveUnit,
    Provision,
    Ref,
    ReplaceDivisionTitle,
    ReplaceItems,
    ReplaceLatter,
    ReplaceTable,
    ReplaceTitle,
    ReplaceToc,
    ReplaceUnit,
    ReplaceRow,
    DeleteRow,
    AddRows,
    ROW_OPS,
    RowOp,
    SetCaption,
    ShiftUnits,
)
from gendocs.amend.text.render import (
    render_article,
    render_division,
    render_item,
    render_paragraph,
    render_subitems,
    render_table,
)
from gendocs.amend.text.style import Style
from gendocs.amend.text.inline_tables import render_rows
from gendocs.amend.write_clauses import PART_WORDS, Clause, edit_clauses, join_clauses, several_units
from gendocs.amend.write_divisions import DivisionCiter, scope_of

COUNTERS = {"article": "条", "paragraph": "項", "item": "号"}


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


def write_provisions(old: Rule, provisions: tuple[Provision, ...], style: Style) -> tuple[Sentence, ...]:
    """Return the sentences of the 改正規定, citing units as they stand when each applies."""
    sentences = []
    rule = old
    for provision in provisions:
        writer = _SentenceWriter(style, CiteState())
        clauses: list[Clause] = []
        block: tuple[str, ...] = ()
        for index, op in enumerate(provision.ops):
            following = provision.ops[index + 1] if index + 1 < len(provision.ops) else None
            writer.chained = _same_container(op, following)
            clauses += writer.clauses(op, rule)
            block = writer.block(op, rule) or block
            rule = apply_op(rule, op)
        sentences.append(Sentence(join_clauses(clauses, style), block))
    return tuple(sentences)



@dataclass
class _SentenceWriter:
    style: Style
    state: CiteState
    chained: bool = False
    divisions: DivisionCiter | None = None

    def clauses(self, op: AmendmentOp, rule: Rule) -> list[Clause]:
        citer = Citer(self.style, rule)
        if isinstance(op, EditWords):
            return self._edit_words(op, citer, rule)
        if isinstance(op, SetCaption):
            return [self._caption(op, citer, rule)]
        if isinstance(op, (DeleteProviso, AddProviso)):
            return [self._proviso(op, citer, rule)]
        if isinstance(op, (DeleteLatter, ReplaceLatter, AddLatter)):
            return [self._latter(op, citer, rule)]
        if isinstance(op, MoveUnit):
            return [self._move(op, citer, rule)]
        if isinstance(op, ShiftUnits):
            return [self._shift(op, citer, rule)]
        if isinstance(op, DeleteUnits):
            return [self._delete(op, citer, rule)]
        if isinstance(op, AddUnits):
            return [self._add(op, citer, rule)]
        if isinstance(op, ReplaceItems):
            head = self._cite(op.target, citer, rule) + "各号を"
            return [(head + "次のように", "改め") if op.items else (head, "削り")]
        if isinstance(op, (MoveDivision, DeleteDivision, AddDivision)):
            self.divisions = self.divisions or DivisionCiter(self.style)
            return [self.divisions.clause(op)]
        if isinstance(op, ROW_OPS):
            return [self._row(op, citer, rule)]
        if isinstance(op, ReplaceUnit):
            head = self._cite(op.target, citer, rule)
            if op.through is not None:
                head += "から" + citer.cite(op.through, CiteState()) + "まで"
            return [(head + "を次のように", "改め")]
        return [(_whole_name(op, citer) + "を次のように", "改め")]

    def block(self, op: AmendmentOp, rule: Rule) -> tuple[str, ...]:
        """Return the new text that follows an operation, as 例規集 lines."""
        if isinstance(op, (ReplaceUnit, AddUnits)):
            return tuple(line for unit in op.units for line in self._unit_lines(unit, op, rule))
        if isinstance(op, ReplaceItems):
            return tuple(line for item in op.items for line in render_item(item, self.style))
        if isinstance(op, (AddProviso, ReplaceLatter, AddLatter)):
            return (op.text,)
        if isinstance(op, ReplaceTitle):
            return (op.title,)
        if isinstance(op, ReplaceToc):
            return op.lines
        if isinstance(op, ReplaceDivisionTitle):
            return (render_division(op.division, self.style),)
        if isinstance(op, AddDivision):
            lines = [render_division(op.division, self.style)]
            return tuple(lines + [line for article in op.articles for line in render_article(article, self.style)])
        if isinstance(op, ReplaceTable):
            return tuple(render_table(op.table, self.style))
        if isinstance(op, (ReplaceRow, AddRows)):
            return tuple(render_rows((op.row,) if isinstance(op, ReplaceRow) else op.rows, self.style))
        return ()

    def _unit_lines(self, unit: Unit, op: ReplaceUnit | AddUnits, rule: Rule) -> list[str]:
        if isinstance(unit, Article):
            return render_article(unit, self.style)
        if isinstance(unit, Subitem):
            return render_subitems((unit,), self.style, 0)
        if unit_kind(unit) == "item":
            return render_item(unit, self.style)  # type: ignore[arg-type]
        numbered = _in_suppl_numbered(op, rule)
        return render_paragraph(unit, self.style, numbered=numbered)  # type: ignore[arg-type]

    # -- citations -------------------------------------------------------------------------------

    def _cite(self, ref: Ref, citer: Citer, rule: Rule) -> str:
        text = citer.cite(ref, self.state)
        self.state.note(ref, rule)
        return text

    def _structural(self, ref: Ref, citer: Citer, rule: Rule, *, run: bool = False) -> str:
        """Cite the unit a move, shift, deletion or addition acts on.

        「第38条中第7項を第9項とし、第4項から…」: the container is named once with 「中」 when
        several units of it move in a row (or a range moves); otherwise the unit is cited in
        full, 「第1条第2項を同条第3項とし」.
        """
        parent = ref.parent()
        if _is_last_named(ref, self.state):
            return self._cite(ref, citer, rule)
        if self.state.context == parent:
            self.state.note(ref, rule)
            return citer.local(ref)
        plain = parent.kind in ("main", "suppl")
        if plain or (single_paragraph(rule, ref) and ref.kind == "paragraph") or not (run or self.chained):
            return self._cite(ref, citer, rule)
        prefix = citer.cite(parent, self.state) + "中"
        self.state.note(parent, rule)
        self.state.context = parent
        self.state.note(ref, rule)
        return prefix + citer.local(ref)

    def _target(self, ref: Ref, citer: Citer) -> str:
        """Cite the second unit of a clause (the new number, the end of a range) without noting it."""
        if self.state.context == ref.parent():
            return citer.local(ref)
        return citer.cite(ref, self.state)

    # -- clauses ---------------------------------------------------------------------------------

    def _edit_words(self, op: EditWords, citer: Citer, rule: Rule) -> list[Clause]:
        self.state.context = None
        if len(op.targets) == 1:
            head = self._cite(op.targets[0], citer, rule) + PART_WORDS[op.part]
        else:
            head = several_units(op.targets, citer, op.part)
            self.state = CiteState()
        clauses = edit_clauses(op.edits, self.style)
        words, verb = clauses[0]
        return [(head + "中" + words, verb)] + clauses[1:]

    def _caption(self, op: SetCaption, citer: Citer, rule: Rule) -> Clause:
        had = get_unit(rule, op.target)
        head = self._cite(op.target, citer, rule)
        if op.caption is None:
            return head + "の見出しを", "削り"
        if isinstance(had, Article) and had.caption is None:
            return f"{head}に見出しとして「（{op.caption}）」を", "付し"
        return f"{head}の見出しを「（{op.caption}）」に", "改め"

    def _proviso(self, op: DeleteProviso | AddProviso, citer: Citer, rule: Rule) -> Clause:
        head = self._cite(op.target, citer, rule)
        if isinstance(op, DeleteProviso):
            return head + "ただし書を", "削り"
        return head + "に次のただし書を", "加え"

    def _latter(self, op: DeleteLatter | ReplaceLatter | AddLatter, citer: Citer, rule: Rule) -> Clause:
        # 「同条後段を次のように改める。」, 「同項に後段として次のように加える。」 (令5法53 第125条).
        head = self._cite(op.target, citer, rule)
        if isinstance(op, DeleteLatter):
            return head + "後段を", "削り"
        if isinstance(op, ReplaceLatter):
            return head + "後段を次のように", "改め"
        return head + "に後段として次のように", "加え"

    def _move(self, op: MoveUnit, citer: Citer, rule: Rule) -> Clause:
        if op.target.area == "suppl" and op.target.paragraph == 1 and single_paragraph(rule, op.target):
            return "附則を附則" + self.style.paragraph(1), "とし"
        head = self._structural(op.target, citer, rule)
        if scope := scope_of(rule, op.target):
            head = citer.container(Ref("division", division=scope)) + "中" + head
        after = apply_op(rule, op)
        target = self._target(op.to, Citer(self.style, after))
        self.state.note(op.to, after)
        return f"{head}を{target}", "とし"

    def _shift(self, op: ShiftUnits, citer: Citer, rule: Rule) -> Clause:
        first = self._structural(op.first, citer, rule, run=True)
        last = self._target(op.last, citer)
        self.state.forget(op.first)
        count = self.style.counter(abs(op.delta), COUNTERS[str(op.first.kind)])
        verb = "繰り下げ" if op.delta > 0 else "繰り上げ"
        return f"{first}から{last}までを{count}ずつ", verb

    def _delete(self, op: DeleteUnits, citer: Citer, rule: Rule) -> Clause:
        head = self._structural(op.targets[0], citer, rule, run=op.through is not None or len(op.targets) > 1)
        if op.through is not None:
            head += "から" + self._target(op.through, citer) + "まで"
        elif len(op.targets) == 2:
            head += self.style.and_() + self._target(op.targets[1], citer)
        self.state.forget(op.targets[0])
        return head + "を", "削り"

    def _add(self, op: AddUnits, citer: Citer, rule: Rule) -> Clause:
        if isinstance(op.units[0], Subitem):
            return self._add_subitems(op, citer, rule)
        count = self.style.counter(len(op.units), COUNTERS[unit_kind(op.units[0])])
        if op.where == "end":
            head = citer.container(op.anchor) if op.anchor.kind in ("division", "suppl") else self._cite(op.anchor, citer, rule)
            return f"{head}に次の{count}を", "加え"
        if op.where == "before" and self._as_first_paragraph(op):
            # 「同条に第一項として次の一項を加える」 (hoti-ak: recent practice for 項).
            head = self._cite(op.anchor.parent(), citer, rule)
            return f"{head}に{self.style.paragraph(1)}として次の{count}を", "加え"
        head = self._structural(op.anchor, citer, rule)
        where = "の次に" if op.where == "after" else "の前に"
        return f"{head}{where}次の{count}を", "加え"


    def _add_subitems(self, op: AddUnits, citer: Citer, rule: Rule) -> Clause:
        # 細目 are not counted: 「同号ロの次に次のように加える。」, 「同号に次のように加える。」.
        if op.where == "end":
            return f"{self._cite(op.anchor, citer, rule)}に次のように", "加え"
        where = "の次に" if op.where == "after" else "の前に"
        return f"{self._structural(op.anchor, citer, rule)}{where}次のように", "加え"

    def _row(self, op: RowOp, citer: Citer, rule: Rule) -> Clause:
        # 「同項の表第九条第一項の項を次のように改める」, 「第３条の表Xの項を削り」, 「…の項の次に次のように加え」.
        self.state.context = None
        if isinstance(op, ReplaceRow):
            return self._cite(op.target, citer, rule) + "を次のように", "改め"
        if isinstance(op, DeleteRow):
            return self._cite(op.target, citer, rule) + "を", "削り"
        where = "の次に" if op.where == "after" else "の前に"
        return self._cite(op.anchor, citer, rule) + where + "次のように", "加え"

    def _as_first_paragraph(self, op: AddUnits) -> bool:
        one_paragraph = len(op.units) == 1 and unit_kind(op.units[0]) == "paragraph"
        return self.style.first_paragraph == "as_first" and one_paragraph and op.anchor.parent().kind == "article"


def _same_container(op: AmendmentOp, following: AmendmentOp | None) -> bool:
    """Tell whether the next clause moves, deletes or adds units in the same container."""
    def parent(o: AmendmentOp | None) -> Ref | None:
        if isinstance(o, MoveUnit):
            return o.target.parent()
        if isinstance(o, ShiftUnits):
            return o.first.parent()
        if isinstance(o, DeleteUnits):
            return o.targets[0].parent()
        if isinstance(o, AddUnits) and o.where != "end":
            return o.anchor.parent()
        return None

    mine = parent(op)
    # An addition ends the sentence with new text; it does not make a run of moves.
    return mine is not None and not isinstance(following, AddUnits) and mine == parent(following)


def _is_last_named(ref: Ref, state: CiteState) -> bool:
    return ref in (state.last_item, state.last_paragraph) or (ref.kind == "article" and Ref(ref.area, ref.article) == state.last_article)


def _in_suppl_numbered(op: ReplaceUnit | AddUnits, rule: Rule) -> bool:
    ref = op.target if isinstance(op, ReplaceUnit) else op.anchor
    if ref.area != "suppl" or ref.article is not None or not rule.supplementary:
        return False
    count = len(rule.supplementary[0].paragraphs) + (len(op.units) if isinstance(op, AddUnits) else 0)
    return count > 1


def _whole_name(op: AmendmentOp, citer: Citer) -> str:
    if isinstance(op, ReplaceTitle):
        return "題名"
    if isinstance(op, ReplaceToc):
        return "目次"
    if isinstance(op, ReplaceTable):
        return citer.container(Ref("table", table=op.table.number))
    assert isinstance(op, ReplaceDivisionTitle)
    name = "の章名" if len(op.division.path) == 1 else "の節名"
    return citer.container(Ref("division", division=op.division.path)) + name
