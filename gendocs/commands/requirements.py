"""gendocs requirements import / export / answers / score: the 機能要件確認表 (the 仕様書's 別紙)
from a 標準仕様書's 機能・帳票要件 list, out to the proposers as a workbook, their answers back
into content/fitgap.yaml, and the scores the 評価基準書 gives them (see
:mod:`gendocs.excel.requirements` and :mod:`gendocs.compute.fitgap`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import click

from gendocs import ja
from gendocs.commands import CONTENT, resolve_project
from gendocs.commands.workbooks import (
    OUT,
    NothingImported,
    holding,
    out_folder,
    required_holding,
    second_file,
    stamp,
    write_checked,
)
from gendocs.errors import Msg, UsageError
from gendocs.excel.files import read_files, refuse_bundled
from gendocs.pipeline import load_and_prepare
from gendocs.write import write_file

FITGAP_FILE = "fitgap.yaml"


def _holds(*path: str) -> Callable[[str], bool]:
    """Whether a YAML text holds the key ``path`` (for :func:`workbooks.holding`)."""
    from gendocs.excel.requirements_yaml import holds

    return lambda text: holds(text, *path)


@click.group(
    name="requirements",
    help="機能要件確認表: 標準仕様書の機能要件の取込み、提案者への配布、回答の取込みと採点。",
)
def command() -> None:
    """The requirements commands."""


@command.command(
    name="import",
    help="標準仕様書の機能・帳票要件の一覧（CSV 又は .xlsx。列: 機能ID、業務、要件、実装区分、"
    "必須）を procurement.spec.requirements に取り込みます。同じ機能IDの行は置き換えます。",
)
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--service", default=None, help="業務の列のない一覧の業務（業務名又は id）")
@click.option("--replace", is_flag=True, help="機能要件確認表をこの一覧だけにする")
@CONTENT
def import_(file: Path, service: str | None, replace: bool, content: Path | None) -> None:
    """Read the list; write content only when every row is right."""
    from gendocs.excel.requirements import read_standard
    from gendocs.excel.requirements_yaml import apply_requirements

    project = resolve_project(content, None)
    refuse_bundled(project)
    loaded = load_and_prepare(project).content
    read, problems = read_files([file])
    imported = None
    for _path, data in read:
        imported, found = read_standard(data, file.name, loaded, service)
        problems += found
    if problems or imported is None:
        raise NothingImported(problems)
    target = required_holding(project, _holds("procurement", "spec"), "procurement.spec")
    text = apply_requirements(target.read_text(encoding="utf-8"), imported.rows, replace)
    write_checked(project.content_dir, {target: text})
    left = f"、実装不可機能 {imported.excluded}件は除外" if imported.excluded else ""
    click.echo(f"{file.name} → {target}（{len(imported.rows)}件{left}）")


@command.command(
    name="export",
    help="提案者に配布する機能要件確認表.xlsx（回答欄 ◎○△× と補足欄）を作成します。",
)
@OUT
@CONTENT
def export(out: Path | None, content: Path | None) -> None:
    """Write the answer form."""
    from gendocs.excel.requirements import WORKBOOK, export_workbook

    project = resolve_project(content, None)
    loaded = load_and_prepare(project).content
    click.echo(
        write_file(out_folder(out, project) / WORKBOOK, export_workbook(loaded, stamp(loaded)))
    )


_PAIR = re.compile(r"^([a-z][a-z0-9_]*)=(.+)$")


@command.command(
    name="answers",
    help="提案者の回答（ID=ファイル、例: vendor_a=回答_A社.xlsx）を content/fitgap.yaml に"
    "取り込みます。誤りが一つでもあれば何も書きません。",
)
@click.argument("pairs", nargs=-1, required=True)
@click.option(
    "--date",
    "answered",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="回答日（YYYY-MM-DD）",
)
@CONTENT
def answers(pairs: tuple[str, ...], answered: datetime | None, content: Path | None) -> None:
    """Read every proposer's workbook; write content only when every one is right."""
    from gendocs.excel.requirements import read_answers
    from gendocs.excel.requirements_yaml import apply_proposal

    parsed: list[tuple[str, Path]] = []
    for pair in pairs:
        match = _PAIR.fullmatch(pair)
        if match is None:
            raise UsageError(
                Msg(
                    f"「{pair}」: 提案者の識別子とファイルを「vendor_a=回答.xlsx」のように"
                    "指定してください（識別子は英小文字で始まる英数字と _）",
                    f"{pair}: give the proposer's id and the file as vendor_a=answers.xlsx",
                )
            )
        parsed.append((match.group(1), Path(match.group(2))))
    project = resolve_project(content, None)
    refuse_bundled(project)
    loaded = load_and_prepare(project).content
    files, problems = read_files(path for _proposer, path in parsed)
    contents = dict(files)
    read = []
    seen: dict[str, str] = {}
    for proposer, path in parsed:
        data = contents.get(path)
        if data is None:
            continue
        found, bad = read_answers(data, path.name, loaded)
        problems += bad
        if proposer in seen:
            problems.append(
                second_file(
                    path,
                    f"提案者 {proposer} の回答が2つあります（{seen[proposer]}）",
                    f"a second answer of {proposer} ({seen[proposer]})",
                )
            )
            continue
        seen[proposer] = path.name
        if found is not None:
            read.append((proposer, path, found))
    if problems:
        raise NothingImported(problems)
    target = holding(project, _holds("fitgap")) or project.content_dir / FITGAP_FILE
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    day: date | None = answered.date() if answered else None
    for proposer, _path, found in read:
        text = apply_proposal(text, proposer, found.name, day, found.answers)
    write_checked(project.content_dir, {target: text})
    for proposer, path, found in read:
        click.echo(f"{path.name} → {target}（{proposer} {found.name}、{len(found.answers)}件）")


@command.command(name="score", help="機能要件確認表の回答を評価基準書のとおり採点して表示します。")
@CONTENT
def score(content: Path | None) -> None:
    """Print each proposal's points on the fit item."""
    project = resolve_project(content, None)
    result = load_and_prepare(project).facts.fitgap
    if result is None or not result.scores:
        click.echo("回答（fitgap.proposals）がありません")
        return
    for s in result.scores:
        marks = " ".join(f"{m}{n}" for m, n in s.marks.items())
        if s.disqualified:
            shown = f"失格（必須要件に×: {'、'.join(s.crossed)}）"
        else:
            shown = f"{s.points:f}点 / {result.item_points}点"
        total = f"{ja.format_decimal(s.total)}/{ja.format_decimal(s.possible)}"
        click.echo(f"{s.proposer}\t{s.name}\t{marks}\t{total}\t{shown}")


@command.group(
    name="register",
    help="Fit & Gap 登録簿（選定された提案者のギャップ×構成団体の対応）を Excel で"
    "書き出し、取り込みます。",
)
def register() -> None:
    """The register commands."""


@register.command(
    name="export", help="Fit&Gap登録簿.xlsx を作成します（決定済みの対応は記入済み）。"
)
@OUT
@CONTENT
def register_export(out: Path | None, content: Path | None) -> None:
    """Write the register workbook."""
    from gendocs.excel.register import WORKBOOK, export_workbook

    project = resolve_project(content, None)
    loaded = load_and_prepare(project).content
    if loaded.fitgap is None or loaded.fitgap.selected is None:
        raise UsageError(
            Msg(
                "選定された提案者（fitgap.selected）がありません。回答を取り込み、selected を"
                "書いてから作成してください",
                "no selected proposer (fitgap.selected): import the answers and select one first",
            )
        )
    click.echo(
        write_file(out_folder(out, project) / WORKBOOK, export_workbook(loaded, stamp(loaded)))
    )


@register.command(
    name="import",
    help="記入された Fit&Gap登録簿.xlsx の対応を fitgap.decisions に取り込みます。"
    "誤りが一つでもあれば何も書きません。",
)
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@CONTENT
def register_import(file: Path, content: Path | None) -> None:
    """Read the register; write content only when every row is right."""
    from gendocs.excel.register import read_register
    from gendocs.excel.requirements_yaml import apply_decisions

    project = resolve_project(content, None)
    refuse_bundled(project)
    loaded = load_and_prepare(project).content
    read, problems = read_files([file])
    found = None
    for _path, data in read:
        found, bad = read_register(data, file.name, loaded)
        problems += bad
    if problems or found is None:
        raise NothingImported(problems)
    target = required_holding(project, _holds("fitgap"), "fitgap")
    text = apply_decisions(target.read_text(encoding="utf-8"), found.decisions)
    write_checked(project.content_dir, {target: text})
    click.echo(f"{file.name} → {target}（{len(found.decisions)}件）")
