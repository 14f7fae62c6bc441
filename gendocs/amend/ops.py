"""The operations an 改め文 is made of (AmendmentOp), addressed to units of the rule.

Every address (:class:`Ref`) names a unit by its number **at the moment the operation applies**:
operations apply one after another, a deleted unit leaves a gap until a later operation moves
its neighbour into it, and nothing is renumbered implicitly. This is the reading the reference
derives from real 改め文 (amendment-rules.md 2.4, 2.7): 「第七項を第九項とし、第四項から第六項までを
二項ずつ繰り下げ」 works because the back units move first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

from gendocs.amend.text.model import Article, Division, Item, Num, Table, TableRow, Unit, UnitKind
from gendocs.amend.align.words import WordEdit

Area = Literal["main", "suppl", "table", "toc", "division"]
Part = Literal["body", "caption", "chapeau", "proviso", "former", "latter", "all"]
"""Which text of a unit a 字句 clause changes: all of it (「第3条中」), its 見出し (「第3条の見出し中」),
its 柱書 only (「各号列記以外の部分中」), its ただし書 (「ただし書中」), its 前段 or 後段 (「第3条第1項後段中」),
or the body with the 見出し (「第3条（見出しを含む。）中」)."""


@dataclass(frozen=True)
class Ref:
    """The address of a unit: 本則 or 附則 (``area``), then 条, 項 and 号 numbers.

    ``subitem`` is the path of 細目 numbers inside the 号 (ロ → (2,), ロ(1) → (2, 1));
    ``row`` is the key of a row of the table in the 項 (「第3条の表Xの項」 → ``("X",)``), with
    ``item`` a 号 in that row;
    ``table`` names 別表第N (None for a single 別表); ``division`` names a 章 or 節 by its path.
    """

    area: Area = "main"
    article: Num | None = None
    paragraph: int | None = None
    item: Num | None = None
    table: int | None = None
    division: tuple[Num, ...] = ()
    subitem: tuple[int, ...] | None = None
    row: tuple[str, ...] | None = None

    @property
    def kind(self) -> UnitKind | Area | Literal["row"]:
        """Return the level addressed: subitem, item, row, paragraph, article, or a whole area."""
        if self.subitem is not None:
            return "subitem"
        if self.item is not None:
            return "item"
        if self.row is not None:
            return "row"
        if self.paragraph is not None:
            return "paragraph"
        if self.article is not None:
            return "article"
        return self.area

    @property
    def key(self) -> Num:
        """Return the number of the addressed unit within its container."""
        if self.subitem is not None:
            return self.subitem[-1:]
        if self.item is not None:
            return self.item
        if self.paragraph is not None:
            return (self.paragraph,)
        if self.article is not None:
            return self.article
        raise ValueError(f"{self} addresses a container, not a unit")

    def parent(self) -> Ref:
        """Return the address of the container holding this unit."""
        if self.subitem is not None:
            return Ref(self.area, self.article, self.paragraph, self.item, subitem=self.subitem[:-1] or None, row=self.row)
        if self.item is not None:
            return Ref(self.area, self.article, self.paragraph, row=self.row)
        if self.row is not None:
            return Ref(self.area, self.article, self.paragraph)  # the 項 holding the table
        if self.paragraph is not None:
            return Ref(self.area, self.article)
        return Ref(self.area)

    def child(self, kind: UnitKind, number: Num) -> Ref:
        """Return the address of a unit of ``kind`` numbered ``number`` inside this one."""
        if kind == "subitem":
            return Ref(self.area, self.article, self.paragraph, self.item, subitem=(self.subitem or ()) + number[:1], row=self.row)
        if kind == "item":
            return Ref(self.area, self.article, self.paragraph or 1, number, row=self.row)
        if kind == "paragraph":
            return Ref(self.area, self.article, number[0])
        return Ref(self.area, number)


@dataclass(frozen=True)
class EditWords:
    """「…中「A」を「B」に改め」: 字句 edits in the same ``part`` of one or more units."""

    targets: tuple[Ref, ...]
    part: Part
    edits: tuple[WordEdit, ...]


@dataclass(frozen=True)
class SetCaption:
    """「…の見出しを「（X）」に改め」, 「…に見出しとして「（X）」を付し」, 「…の見出しを削り」."""

    target: Ref
    caption: str | None


@dataclass(frozen=True)
class ReplaceUnit:
    """「…を次のように改める。」 followed by the new unit(s); ``through`` for a range."""

    target: Ref
    units: tuple[Unit, ...]
    through: Ref | None = None


@dataclass(frozen=True)
class DeleteUnits:
    """「…を削り」: one unit, two joined by 及び, or a range 「AからBまで」 (``through``)."""

    targets: tuple[Ref, ...]
    through: Ref | None = None


@dataclass(frozen=True)
class MoveUnit:
    """「AをBとし」: renumber one unit (繰上げ・繰下げ of a single unit)."""

    target: Ref
    to: Ref


@dataclass(frozen=True)
class ShiftUnits:
    """「AからBまでをN条ずつ繰り下げ（繰り上げ）」: renumber a run of consecutive units."""

    first: Ref
    last: Ref
    delta: int


@dataclass(frozen=True)
class AddUnits:
    """「Aの次に次のN条を加える」 (after), 「Aの前に…」 (before), 「Aに次の…を加える」 (end)."""

    anchor: Ref
    where: Literal["after", "before", "end"]
    units: tuple[Unit, ...]


@dataclass(frozen=True)
class ReplaceItems:
    """「…各号を次のように改める。」 followed by every new 号; with no 号, 「…各号を削る」."""

    target: Ref
    items: tuple[Item, ...]


@dataclass(frozen=True)
class DeleteProviso:
    """「…ただし書を削り」."""

    target: Ref


@dataclass(frozen=True)
class AddProviso:
    """「…に次のただし書を加える。」 followed by the ただし書."""

    target: Ref
    text: str


@dataclass(frozen=True)
class DeleteLatter:
    """「…後段を削り」: the second sentence of a 項 goes."""

    target: Ref


@dataclass(frozen=True)
class ReplaceLatter:
    """「…後段を次のように改める。」 followed by the new 後段."""

    target: Ref
    text: str


@dataclass(frozen=True)
class AddLatter:
    """「…に後段として次のように加える。」 followed by the 後段 (the 項 has one sentence)."""

    target: Ref
    text: str


@dataclass(frozen=True)
class ReplaceTitle:
    """「題名を次のように改める。」 followed by the new 題名."""

    title: str


@dataclass(frozen=True)
class ReplaceToc:
    """「目次を次のように改める。」 followed by the new 目次."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class ReplaceDivisionTitle:
    """「第2章の章名を次のように改める。」 followed by the new heading."""

    division: Division


@dataclass(frozen=True)
class MoveDivision:
    """「第3章を第4章とし」: renumber a 章 (with its 節 and 条 headings); its 条 keep their numbers."""

    path: tuple[Num, ...]
    to: tuple[Num, ...]


@dataclass(frozen=True)
class DeleteDivision:
    """「第4章を削り」: a 章 goes with its 節 and all its 条."""

    path: tuple[Num, ...]


@dataclass(frozen=True)
class AddDivision:
    """「第2章の次に次の1章を加える。」 followed by the 章名 and the new 章's 条 (``after`` the 章 before it).

    With ``where`` "before", ``after`` names the 章・節 the new one goes in front of: 「第1章を第2章とし、
    同章の前に次の1章を加える。」 (by analogy with 「…第一号を第二号とし、同号の前に次の一号を加える。」).
    """

    after: tuple[Num, ...]
    division: Division
    articles: tuple[Article, ...]
    where: Literal["after", "before"] = "after"


@dataclass(frozen=True)
class ReplaceRow:
    """「第3条の表Xの項を次のように改める。」 followed by the new row (``target`` has the ``row``)."""

    target: Ref
    row: TableRow


@dataclass(frozen=True)
class DeleteRow:
    """「第3条の表Xの項を削り」."""

    target: Ref


@dataclass(frozen=True)
class AddRows:
    """「第3条の表Xの項の次に次のように加える。」 (or 「の前に」) followed by the new rows."""

    anchor: Ref
    where: Literal["after", "before"]
    rows: tuple[TableRow, ...]


ROW_OPS = (ReplaceRow, DeleteRow, AddRows)
RowOp = Union[ReplaceRow, DeleteRow, AddRows]


@dataclass(frozen=True)
class ReplaceTable:
    """「別表を次のように改める。」 followed by the new 別表."""

    table: Table


AmendmentOp = Union[
    EditWords,
    SetCaption,
    ReplaceUnit,
    DeleteUnits,
    MoveUnit,
    ShiftUnits,
    AddUnits,
    ReplaceItems,
    DeleteProviso,
    AddProviso,
    DeleteLatter,
    ReplaceLatter,
    AddLatter,
    ReplaceTitle,
    ReplaceToc,
    ReplaceDivisionTitle,
    MoveDivision,
    DeleteDivision,
    AddDivision,
    ReplaceTable,
    ReplaceRow,
    DeleteRow,
    AddRows,
]
BLOCK_OPS = (
    ReplaceUnit, AddUnits, AddProviso, ReplaceLatter, AddLatter, ReplaceTitle, ReplaceToc, ReplaceDivisionTitle, AddDivision,
    ReplaceTable, ReplaceRow, AddRows,
)


def ends_sentence(op: AmendmentOp) -> bool:
    """Tell whether an op is followed by new text, so that its sentence ends there."""
    return isinstance(op, BLOCK_OPS) or (isinstance(op, ReplaceItems) and bool(op.items))


@dataclass(frozen=True)
class Provision:
    """One 改正規定: a sentence of chained operations; only the last may carry new text."""

    ops: tuple[AmendmentOp, ...]
