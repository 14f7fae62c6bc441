"""gendocs survey export / import: the 現行システム概要調査 as one workbook per member, and the
returned workbooks back into content (see :mod:`gendocs.excel.survey`)."""

from __future__ import annotations

from pathlib import Path

import click

from gendocs.commands import CONTENT, resolve_project
from gendocs.commands.workbooks import (
    OUT,
    AnswersRefused,
    known_member,
    out_folder,
    required_holding,
    second_file,
    stamp,
    write_checked,
)
from gendocs.pipeline import load_and_prepare
from gendocs.write import write_file


@click.group(name="survey", help="現行システム概要調査を Excel で配布し、回答を取り込みます。")
def command() -> None:
    """The survey commands."""


@command.command(name="export", help="構成団体ごとの回答用ブック（回答_団体名.xlsx）を作成します。")
@click.option("--member", "member", default=None, help="この構成団体（ID）だけ")
@OUT
@CONTENT
def export(member: str | None, out: Path | None, content: Path | None) -> None:
    """Write the members' workbooks."""
    from gendocs.excel.survey import export_workbook, workbook_name

    project = resolve_project(content, None)
    loaded = load_and_prepare(project).content
    names = loaded.member_names()
    known_member(member, names)
    folder = out_folder(out, project)
    for member_id in [member] if member else list(names):
        data = export_workbook(loaded, member_id, stamp(loaded))
        click.echo(write_file(folder / workbook_name(names[member_id]), data))


@command.command(
    name="import",
    help="返送された回答用ブックを内容（YAML）に取り込みます。誤りが一つでもあれば何も書きません。",
)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@CONTENT
def import_(files: tuple[Path, ...], content: Path | None) -> None:
    """Read the workbooks; write content only when every one is right."""
    from gendocs.excel.files import read_files, refuse_bundled
    from gendocs.excel.survey import read_answers
    from gendocs.excel.survey_yaml import apply_answers, has_surveys

    project = resolve_project(content, None)
    refuse_bundled(project, "answers are")
    loaded = load_and_prepare(project).content
    workbooks, problems = read_files(files)
    answers = []
    seen: dict[str, str] = {}
    for path, data in workbooks:
        answer, found = read_answers(data, path.name, loaded)
        problems.extend(found)
        if answer is None:
            continue
        if answer.member in seen:
            problems.append(
                second_file(
                    path,
                    f"同じ団体の回答が2つあります（{seen[answer.member]}）",
                    f"a second answer of the same member ({seen[answer.member]})",
                )
            )
            continue
        seen[answer.member] = path.name
        answers.append(answer)
    if problems:
        raise AnswersRefused(problems)
    target = required_holding(project, has_surveys, "systems.surveys")
    write_checked(
        project.content_dir, {target: apply_answers(target.read_text(encoding="utf-8"), answers)}
    )
    for answer in answers:
        click.echo(f"{seen[answer.member]} → {target}（{len(answer.survey.systems)}件）")
