"""The result of an allocation: columns (cost items and adjustments) and lines of member parts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

ColumnKind = Literal["item", "guarantee", "joining", "settlement"]

JOINING = "joining_fee"
SETTLEMENT = "settlement"
TOTAL_GUARANTEE = "guarantee_total"


@dataclass(frozen=True)
class Column:
    """A column of the member × item table: a cost item or an adjustment of the shares."""

    id: str
    label: str
    kind: ColumnKind
    item: str | None = None  # the cost item it belongs to


@dataclass(frozen=True)
class Line:
    """One column's amount in one fiscal year, split among the members (integer yen)."""

    column: str
    fiscal_year: int
    parts: Mapping[str, int]
    note: str = ""

    @property
    def total(self) -> int:
        """The line's total; by construction the sum of its parts."""
        return sum(self.parts.values())

    def part(self, member_id: str) -> int:
        """The member's part (0 when it takes no part)."""
        return self.parts.get(member_id, 0)


@dataclass(frozen=True)
class Allocation:
    """Every member's share of every column in every fiscal year, and its yearly payments."""

    members: tuple[str, ...]
    years: tuple[int, ...]
    columns: tuple[Column, ...]
    lines: tuple[Line, ...]
    payments: Mapping[str, Mapping[int, int]]  # member -> fiscal year -> 年度別負担額

    def amount(self, member_id: str, column: str | None = None, year: int | None = None) -> int:
        """The member's share, over one column and/or one year when given."""
        return sum(line.part(member_id) for line in self._select(column, year))

    def column_total(self, column: str | None = None, year: int | None = None) -> int:
        """The total of a column and/or a year (everything when neither is given)."""
        return sum(line.total for line in self._select(column, year))

    def member_total(self, member_id: str) -> int:
        """The member's total over every column and year (= the sum of its payments)."""
        return sum(self.payments[member_id].values())

    def grand_total(self) -> int:
        """The total of all members' payments (= the total of all lines)."""
        return sum(self.member_total(m) for m in self.members)

    def column(self, column_id: str) -> Column:
        """The column with ``column_id``."""
        return next(c for c in self.columns if c.id == column_id)

    def _select(self, column: str | None, year: int | None) -> list[Line]:
        return [
            line
            for line in self.lines
            if (column is None or line.column == column)
            and (year is None or line.fiscal_year == year)
        ]
