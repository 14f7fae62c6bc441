"""Read the clauses of a 改め文 sentence that change structure, and the new text that follows them.

Replacing, adding, moving, shifting and deleting units (「…を次のように改める」, 「…の次に次の1条を
加える」, 「…を…とし」, 「…から…までを1条ずつ繰り下げ」, 「…を削る」), 各号, ただし書, 前段・後段,
見出し, 題名, 目次, 別表, 章名・節名 and the rows of a table. Whole 章・節 are read by
:mod:`gendocs.amend.apply.divisions` and citations by :mod:`gendocs.amend.apply.citations`.
:class:`StructureReader` is a mixin on the applier's sentence reader
(:mod:`gendocs.amend.apply.sentences`).
"""

from __future__ import annotations

import re

from gendocs.amend.apply.citations import CitationReader
from gendocs.amend.apply.inline_tables import ROW_ADD, ROW_DELETE, ROW_REPLACE, TABLE_OF, block_rows
from gendocs.amend.apply.layout import Q
from gendocs.amend.errors import OpError
from gendocs.amend.ops import (
    AddLatter,
    AddProviso,
    AddRows,
    AddTables,
    AddUnits,
    AmendmentOp,
    DeleteLatter,
    DeleteProviso,
    DeleteRow,
    DeleteUnits,
    MoveUnit,
    NumberTable,
    Ref,
    ReplaceDivisionTitle,
    ReplaceItems,
    ReplaceLatter,
    ReplaceProviso,
    ReplaceRow,
    ReplaceTable,
    ReplaceTitle,
    ReplaceToc,
    ReplaceUnit,
    SetCaption,
    ShiftUnits,
)
from gendocs.amend.ops.tree import children
from gendocs.amend.text.lines import BRANCH, NUMBER, split_cells
from gendocs.amend.text.model import (
    MAIN_ARTICLE,
    Article,
    Division,
    Item,
    Paragraph,
    Rule,
    Table,
    Unit,
    UnitKind,
    unit_number,
)
from gendocs.amend.text.parse import DIVISION, TABLE, parse_units, read_num, read_number

_N = NUMBER
_BR = BRANCH
_DIVISION = rf"(?:第{_N}[章節](?:の{_N})*)+"
COUNTER_KINDS: dict[str, UnitKind] = {"条": "article", "項": "paragraph", "号": "item"}


class StructureReader(CitationReader):
    """Reads the structural clauses; mixed into the sentence reader, which holds the fields."""

    block: tuple[str, ...]

    def _structure(self, skeleton: str, quotes: list[str], verb: str, rule: Rule) -> AmendmentOp:
        if (division_op := self.divisions.read(skeleton, verb, self.block)) is not None:
            return division_op
        if (table_op := self._table_op(skeleton, verb, rule)) is not None:
            return table_op
        if TABLE_OF in skeleton and (row_op := self._row_op(skeleton, verb, rule)) is not None:
            return row_op
        if verb == "改め" and skeleton.endswith("各号を次のように"):
            target = self._paragraph(skeleton.removesuffix("各号を次のように"), rule)
            return ReplaceItems(
                target,
                tuple(u for u in parse_units(list(self.block), "item") if isinstance(u, Item)),
            )
        if verb == "削り" and skeleton.endswith("各号を"):
            return ReplaceItems(self._paragraph(skeleton.removesuffix("各号を"), rule), ())
        if verb == "改め" and skeleton.endswith("ただし書を次のように"):
            return ReplaceProviso(
                self._named(skeleton.removesuffix("ただし書を次のように"), rule),
                "".join(self.block),
            )
        if verb == "改め" and skeleton.endswith("後段を次のように"):
            return ReplaceLatter(
                self._named(skeleton.removesuffix("後段を次のように"), rule), "".join(self.block)
            )
        if verb == "加え" and skeleton.endswith("に後段として次のように"):
            return AddLatter(
                self._named(skeleton.removesuffix("に後段として次のように"), rule),
                "".join(self.block),
            )
        if verb == "削り" and skeleton.endswith("後段を"):
            return DeleteLatter(self._named(skeleton.removesuffix("後段を"), rule))
        if verb == "改め" and skeleton.endswith("を次のように"):
            return self._replace(skeleton.removesuffix("を次のように"), rule)
        if verb == "加え" and (
            m := re.match(rf"^(.+?)に第({_N})項として次の({_N})項を$", skeleton)
        ):
            return self._add_first(m, rule)
        if verb == "加え" and (
            m := re.match(rf"^(.+?)(の次に|の前に|に)次の({_N})([条項号])を$", skeleton)
        ):
            return self._add(m, rule)
        if verb == "加え" and (m := re.match(r"^(.+?)(の次に|の前に|に)次のように$", skeleton)):
            return self._add_subitems(m, rule)
        if verb == "加え" and skeleton.endswith("に次のただし書を"):
            target = self._named(skeleton.removesuffix("に次のただし書を"), rule)
            return AddProviso(target, "".join(self.block))
        if verb == "削り" and skeleton.endswith("ただし書を"):
            return DeleteProviso(self._named(skeleton.removesuffix("ただし書を"), rule))
        if skeleton.endswith("の見出しを") and verb == "削り":
            return SetCaption(self._named(skeleton.removesuffix("の見出しを"), rule), None)
        if skeleton.endswith(f"の見出しを{Q}に") and verb == "改め":
            return SetCaption(
                self._named(skeleton.removesuffix(f"の見出しを{Q}に"), rule), _caption(quotes[0])
            )
        if skeleton.endswith(f"に見出しとして{Q}を") and verb == "付し":
            head = skeleton.removesuffix(f"に見出しとして{Q}を")
            if head == "同項" and self.cites.last_article == Ref("suppl"):
                # after 「附則を附則第一項とし」 (the 附則 has one 項 until the next clause)
                return SetCaption(Ref("suppl", paragraph=1), _caption(quotes[0]))
            return SetCaption(self._named(head, rule), _caption(quotes[0]))
        if verb in ("繰り下げ", "繰り上げ") and (
            m := re.match(rf"^(.+)から(.+)までを({_N})[条項号]ずつ$", skeleton)
        ):
            return self._shift(m, verb, rule)
        if verb == "とし":
            return self._move(skeleton, rule)
        if verb == "削り" and skeleton.endswith("を"):
            return self._delete(skeleton.removesuffix("を"), rule)
        raise self.fail("改正規定の形が読めません。", f"cannot read the clause {skeleton!r}.")

    def _table_op(self, skeleton: str, verb: str, rule: Rule) -> AmendmentOp | None:
        # 「別表を別表第1とし」, 「同表の次に次の1表を加え」, 「附則の次に次の1表を加え」.
        if verb == "とし" and (m := re.fullmatch(rf"(別表(?:第{_N})?)を(別表第{_N})", skeleton)):
            old, new = table_ref(m.group(1)), table_ref(m.group(2))
            assert old is not None and new is not None and new.table is not None
            self.last_table = new.table
            return NumberTable(old.table, new.table)
        if verb == "加え" and (
            m := re.fullmatch(rf"(同表|附則|別表(?:第{_N})?)の次に次の({_N})表を", skeleton)
        ):
            head, count = m.groups()
            after: int | None = None
            if head == "同表":
                after = getattr(self, "last_table", None)
                if after is None:
                    raise self.fail("「同表」が指す別表がありません。", "no 別表 for 同表.")
            elif head != "附則":
                anchor = table_ref(head)
                assert anchor is not None
                after = anchor.table
            tables = _read_tables(self.block)
            if len(tables) != read_number(count):
                raise self.fail(
                    f"新しい別表が{count}表ではありません。", f"expected {count} tables."
                )
            return AddTables(after, tables, same=head == "同表")
        return None

    def _row_op(self, skeleton: str, verb: str, rule: Rule) -> AmendmentOp | None:
        # 「…の表Xの項を次のように改め」, 「…の表Xの項を削り」, 「…の表Xの項の次に次のように加え」.
        if verb == "改め" and (m := ROW_REPLACE.match(skeleton)):
            target = self._named(m.group(1), rule)
            return ReplaceRow(target, block_rows(rule, target, self.block)[0])
        if verb == "削り" and (m := ROW_DELETE.match(skeleton)):
            return DeleteRow(self._named(m.group(1), rule))
        if verb == "加え" and (m := ROW_ADD.match(skeleton)):
            anchor = self._named(m.group(1), rule)
            return AddRows(
                anchor,
                "after" if m.group(2) == "の次に" else "before",
                block_rows(rule, anchor, self.block),
            )
        return None

    def _replace(self, head: str, rule: Rule) -> AmendmentOp:
        if head == "題名":
            return ReplaceTitle("".join(self.block))
        if head == "目次":
            return ReplaceToc(self.block)
        if (table := table_ref(head)) is not None:
            return ReplaceTable(_read_table(self.block, table))
        if head.endswith(("の章名", "の節名")):
            return ReplaceDivisionTitle(_read_division(head[:-3], self.block))
        first, through = head, None
        if "から" in head and head.endswith("まで"):
            first, _, rest = head.partition("から")
            through = rest.removesuffix("まで")
        target = self._named(first, rule)
        through_ref = self.resolve(through, rule) if through else None
        if target.kind == "article" and target.article == MAIN_ARTICLE and through is None:
            # 「本則を次のように改める。」 of a 本則 of 項 only: its new 項, the first unnumbered
            paragraphs = tuple(p for p in self._units("paragraph") if isinstance(p, Paragraph))
            return ReplaceUnit(target, (Article(MAIN_ARTICLE, None, paragraphs),))
        units = self._units(_kind_of(target))
        return ReplaceUnit(target, units, through_ref)

    def _units(self, kind: UnitKind) -> tuple[Unit, ...]:
        item_style = "kanji" if self.style.item_labels == "kanji" else "paren"
        return parse_units(list(self.block), kind, item_style=item_style)

    def _add_subitems(self, m: re.Match[str], rule: Rule) -> AmendmentOp:
        # 「同号ロの次に次のように加える。」 / 「同号に次のように加える。」 + the new 細目.
        head, where = m.group(1), m.group(2)
        units = self._units("subitem")
        if not units:
            raise self.fail("加える細目が読めません。", "cannot read the new sub-items.")
        if where == "に":
            return AddUnits(self._named(head, rule), "end", units)
        return AddUnits(
            self._structural(head, rule), "after" if where == "の次に" else "before", units
        )

    def _add(self, m: re.Match[str], rule: Rule) -> AmendmentOp:
        head, where, count, counter = m.groups()
        kind = COUNTER_KINDS[counter]
        units = parse_units(list(self.block), kind)
        if len(units) != read_number(count):
            raise self.fail(
                f"新しい規定が{count}{counter}ではありません。", f"expected {count} new units."
            )
        if where == "に":
            return AddUnits(self._container(head, kind, rule), "end", units)
        anchor = self._as_kind(self._structural(head, rule), kind, rule)
        return AddUnits(anchor, "after" if where == "の次に" else "before", units)

    def _add_first(self, m: re.Match[str], rule: Rule) -> AmendmentOp:
        # 「同条に第一項として次の一項を加える」: the new 項 goes before the 条's present first 項.
        head, number, count = m.groups()
        units = parse_units(list(self.block), "paragraph")
        if read_number(number) != 1 or read_number(count) != 1 or len(units) != 1:
            raise self.fail(
                "「第一項として次の一項を加える」の形ではありません。", "not a new first paragraph."
            )
        article = self._named(head, rule)
        first = children(rule, Ref(article.area, article.article))[0]
        return AddUnits(
            Ref(article.area, article.article).child("paragraph", unit_number(first)),
            "before",
            units,
        )

    def _paragraph(self, head: str, rule: Rule) -> Ref:
        ref = self._named(head, rule)
        return Ref(ref.area, ref.article, 1) if ref.kind == "article" else ref

    def _container(self, head: str, kind: UnitKind, rule: Rule) -> Ref:
        if head == "附則":
            return Ref("suppl")
        if head == "本則" and kind == "article":
            return Ref("main")
        if re.fullmatch(_DIVISION, head):
            return Ref("division", division=_division_path(head))
        ref = self._named(head, rule)
        if kind == "item" and ref.kind == "article":
            return Ref(ref.area, ref.article, 1)
        return ref

    def _shift(self, m: re.Match[str], verb: str, rule: Rule) -> AmendmentOp:
        first = self._structural(m.group(1), rule)
        last = self._second(m.group(2), first, rule)
        distance = read_number(m.group(3))
        return ShiftUnits(first, last, distance if verb == "繰り下げ" else -distance)

    def _move(self, body: str, rule: Rule) -> AmendmentOp:
        if body.startswith("附則を附則第"):
            self.cites.note(Ref("suppl", paragraph=1), rule)  # the next 「同項」 is 附則第一項
            return MoveUnit(Ref("suppl", paragraph=1), Ref("suppl", paragraph=1))
        head, _, to = body.rpartition("を")
        target = self._structural(head, rule)
        destination = self._second(to, target, rule)
        if target.kind == "article" and destination.kind == "paragraph":
            target = Ref(target.area, target.article, 1)
        if (
            target.kind == "paragraph"
            and destination.kind == "article"
            and destination.article == target.article
        ):
            # 「同条第2項を同条とする」: the 項 left alone becomes the 条's only (first) 項.
            destination = Ref(target.area, target.article, 1)
        return MoveUnit(target, destination)

    def _delete(self, body: str, rule: Rule) -> AmendmentOp:
        if "から" in body and body.endswith("まで"):
            first, _, last = body.partition("から")
            target = self._structural(first, rule)
            return DeleteUnits(
                (target,), through=self._second(last.removesuffix("まで"), target, rule)
            )
        pieces = re.split("及び|および", body)
        target = self._structural(pieces[0], rule)
        rest = tuple(self._second(p, target, rule) for p in pieces[1:])
        return DeleteUnits((target, *rest))


def _kind_of(target: Ref) -> UnitKind:
    kind = target.kind
    if kind == "article" or kind == "paragraph" or kind == "item" or kind == "subitem":
        return kind
    raise OpError("次のように改める規定が読めません。", f"cannot replace {target}.")


def _caption(quote: str) -> str:
    return quote.removeprefix("（").removeprefix("(").removesuffix("）").removesuffix(")")


def table_ref(head: str) -> Ref | None:
    """Return the address 「別表」 or 「別表第N」 names, or None if ``head`` names no 別表."""
    m = re.fullmatch(rf"別表(?:第({_N}))?", head)
    if m is None:
        return None
    return Ref("table", table=read_number(m.group(1)) if m.group(1) else None)


def _read_table(block: tuple[str, ...], ref: Ref) -> Table:
    m = TABLE.match(block[0]) if block else None
    heading = (m.group(2) or "") if m else ""
    rows = tuple(split_cells(line) for line in block[1:])
    return Table(ref.table, heading, rows)


def _read_tables(block: tuple[str, ...]) -> tuple[Table, ...]:
    """Read the 別表 of a block, each starting at its heading line (「別表第2（第1条関係）」)."""
    starts = [k for k, line in enumerate(block) if TABLE.match(line)]
    tables = []
    for k, start in enumerate(starts):
        part = block[start : starts[k + 1] if k + 1 < len(starts) else len(block)]
        m = TABLE.match(part[0])
        assert m is not None
        number = read_number(m.group(1)) if m.group(1) else None
        tables.append(_read_table(part, Ref("table", table=number)))
    return tuple(tables)


def _division_path(head: str) -> tuple[tuple[int, ...], ...]:
    return tuple(read_num(n, br) for n, br in re.findall(rf"第({_N})[章節]{_BR}", head))


def _read_division(head: str, block: tuple[str, ...]) -> Division:
    m = DIVISION.match(block[0]) if block else None
    if m is None:
        raise OpError("章名・節名が読めません。", "cannot read the new chapter or section name.")
    return Division(_division_path(head), m.group(4))
