"""gendocs costs: every member's share of every cost item in every year, on the terminal or as data.

The table shows, per fiscal year, each member's line per item (and the adjustments: 最低削減率保証,
加入負担金, 事後精算), the year's sum and the 年度別負担額 actually billed. CSV (with a BOM, so
Excel opens it as UTF-8) and JSON carry the same figures for spreadsheets.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table

from gendocs import ja
from gendocs.commands import resolve_project
from gendocs.compute import CostResult
from gendocs.compute.effect import Comparison, MemberEffect
from gendocs.errors import Msg, UsageError
from gendocs.pipeline import load_and_prepare
from gendocs.write import write_file


@dataclass(frozen=True)
class Row:
    """One member in one fiscal year."""

    fiscal_year: int
    member_id: str
    name: str
    amounts: tuple[int, ...]  # one per column of the allocation
    payment: int  # 年度別負担額

    @property
    def total(self) -> int:
        """The year's lines added up."""
        return sum(self.amounts)


@click.command(
    name="costs",
    short_help="構成団体・費用項目・年度ごとの負担額を表示",
    help="構成団体ごと・費用項目ごと・年度ごとの負担額を表示します（各項目と各団体の合計は"
    "総額と1円単位で一致します）。--format csv / json で表計算用のデータを、--format xlsx で"
    "Excel ブック（団体×年度・団体×費目）を出力します。--member で一団体の負担金"
    "（予算要求用、xlsx / docx）を出力します。"
    "CSV は標準出力でもファイルでも BOM 付き UTF-8（Excel で文字化けしない）で、"
    "BOM を読めないツールに渡すときは --no-bom を付けます。",
)
@click.option("--year", "year", type=int, default=None, help="この年度（西暦）だけを表示する")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json", "xlsx", "docx"]),
    default="table",
    show_default=True,
    help="出力の形式",
)
@click.option(
    "--content",
    "content",
    type=click.Path(path_type=Path),
    default=None,
    help="内容（YAML）のフォルダ。既定は ./content、なければ同梱サンプル",
)
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="csv / json / xlsx / docx を書き出すファイル（csv / json は省略時は標準出力、"
    "xlsx / docx は省略時は出力フォルダ）",
)
@click.option("--no-bom", "no_bom", is_flag=True, help="CSV の先頭に BOM を付けない")
@click.option(
    "--member",
    "member",
    default=None,
    help="この構成団体（ID）の負担金だけを出力する（--format xlsx / docx）",
)
def command(
    year: int | None,
    fmt: str,
    content: Path | None,
    out: Path | None,
    no_bom: bool,
    member: str | None,
) -> None:
    """Print the cost allocation."""
    project = resolve_project(content, None)
    loaded, facts = load_and_prepare(project)
    result = facts.costs
    years = _years(result, year)
    if fmt in ("xlsx", "docx") or member is not None:
        from gendocs.excel.command import write_costs  # openpyxl only when asked for

        click.echo(write_costs(project, loaded, result, years, fmt, member, out))
        return
    rows = table_rows(result, years)
    if fmt == "table":
        _print_tables(result, years, rows)
        return
    text = to_csv(result, rows) if fmt == "csv" else to_json(result, rows)
    # the same bytes on stdout and in a file: Excel reads UTF-8 CSV only with the BOM
    data = text.encode("utf-8-sig" if fmt == "csv" and not no_bom else "utf-8")
    if out is None:
        click.get_binary_stream("stdout").write(data)
    else:
        write_file(out, data)


def _years(result: CostResult, year: int | None) -> tuple[int, ...]:
    years = result.inputs.years
    if year is None:
        return years
    if year not in years:
        raise UsageError(
            Msg(
                f"{year}年度は試算期間（{years[0]}〜{years[-1]}年度）の外です",
                f"{year} is outside the period {years[0]}–{years[-1]}",
            )
        )
    return (year,)


def table_rows(result: CostResult, years: tuple[int, ...]) -> list[Row]:
    """One row per fiscal year and member, in the members' order."""
    allocation = result.allocation
    return [
        Row(
            y,
            m.id,
            m.name,
            tuple(allocation.amount(m.id, c.id, y) for c in allocation.columns),
            allocation.payments[m.id][y],
        )
        for y in years
        for m in result.inputs.members
    ]


def to_csv(result: CostResult, rows: list[Row]) -> str:
    """Wide CSV: one line per year and member, one column per item."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        ["fiscal_year", "年度", "member_id", "団体名"]
        + [c.label for c in result.allocation.columns]
        + ["合計", "年度別負担額"]
    )
    for row in rows:
        writer.writerow(
            [
                row.fiscal_year,
                ja.fiscal_year_label(row.fiscal_year),
                row.member_id,
                row.name,
                *row.amounts,
                row.total,
                row.payment,
            ]
        )
    return buffer.getvalue()


def to_json(result: CostResult, rows: list[Row]) -> str:
    """The rows, columns, totals and the comparison as JSON."""
    columns = result.allocation.columns
    data: dict[str, Any] = {
        "years": list(sorted({r.fiscal_year for r in rows})),
        "columns": [{"id": c.id, "label": c.label, "kind": c.kind} for c in columns],
        "rows": [
            {
                "fiscal_year": r.fiscal_year,
                "member": r.member_id,
                "name": r.name,
                "amounts": {c.id: a for c, a in zip(columns, r.amounts, strict=True)},
                "total": r.total,
                "payment": r.payment,
            }
            for r in rows
        ],
        "total": sum(r.total for r in rows),
        "effect": [_effect(m) for m in result.effect.members],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _effect(member: MemberEffect) -> dict[str, Any]:
    return {
        "member": member.member,
        "name": member.name,
        "pattern2": _comparison(member.pattern2, "keep"),
        "pattern1": _comparison(member.pattern1, "current"),
    }


def _comparison(comparison: Comparison, before: str) -> dict[str, Any]:
    """One pattern's figures; ``before`` names the cost without the cloud (現行継続 or 現行)."""
    return {
        before: comparison.before_total,
        "cloud": comparison.cloud_total,
        "saving": comparison.saving,
        "rate": str(comparison.rate),
    }


def _print_tables(result: CostResult, years: tuple[int, ...], rows: list[Row]) -> None:
    tables = [_year_table(result, y, [r for r in rows if r.fiscal_year == y]) for y in years]
    if len(years) > 1:
        tables.append(_payment_table(result))
    console = Console(highlight=False)
    # A narrow terminal would squeeze the amounts into "46,563,2…": widen instead and let the
    # terminal wrap, so that every figure stays whole and the columns aligned.
    wide = console.options.update(max_width=10_000)
    width = max(Measurement.get(console, wide, t).maximum for t in tables)
    if width > console.width:
        console = Console(highlight=False, width=width)
    for table in tables:
        console.print(table)


def _year_table(result: CostResult, year: int, rows: list[Row]) -> Table:
    table = Table(
        title=f"{ja.fiscal_year_label(year)}（{year}年度）の費用分担（円）", show_footer=True
    )
    labels = [c.label for c in result.allocation.columns]
    sums = [sum(r.amounts[i] for r in rows) for i in range(len(labels))]
    table.add_column("団体名", footer="合計", no_wrap=True)
    for label, total in zip(
        labels + ["合計", "年度別負担額"],
        sums + [sum(sums), sum(r.payment for r in rows)],
        strict=True,
    ):
        table.add_column(label, footer=ja.format_amount(total), justify="right", no_wrap=True)
    for row in rows:
        table.add_row(
            row.name,
            *[ja.format_amount(a) for a in row.amounts],
            ja.format_amount(row.total),
            ja.format_amount(row.payment),
        )
    return table


def _payment_table(result: CostResult) -> Table:
    years = result.inputs.years
    payments = result.allocation.payments
    table = Table(title="年度別負担額（円）", show_footer=True)
    table.add_column("団体名", footer="合計", no_wrap=True)
    for y in years:
        total = sum(payments[m.id][y] for m in result.inputs.members)
        table.add_column(
            ja.fiscal_year_label(y), footer=ja.format_amount(total), justify="right", no_wrap=True
        )
    table.add_column(
        "合計",
        footer=ja.format_amount(result.allocation.grand_total()),
        justify="right",
        no_wrap=True,
    )
    for m in result.inputs.members:
        table.add_row(
            m.name,
            *[ja.format_amount(payments[m.id][y]) for y in years],
            ja.format_amount(result.allocation.member_total(m.id)),
        )
    return table
