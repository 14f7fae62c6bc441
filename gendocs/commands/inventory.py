"""gendocs inventory export / import: the nine 棚卸し lists (lecture 2-1) as one workbook per list
(for every member, or one member's rows), and the filled workbooks back into content/inventory/
(see :mod:`gendocs.excel.inventory`)."""

from __future__ import annotations

from pathlib import Path

import click

from gendocs.commands import CONTENT, resolve_project
from gendocs.commands.workbooks import (
    OUT,
    AnswersRefused,
    known_member,
    out_folder,
    second_file,
    stamp,
    write_checked,
)
from gendocs.errors import Location, Msg, Problem, UsageError
from gendocs.pipeline import load_and_prepare
from gendocs.write import write_file

FOLDER = "inventory"  # content/inventory/


@click.group(
    name="inventory", help="現行業務・システムの棚卸しの一覧を Excel で配布し、取り込みます。"
)
def command() -> None:
    """The inventory commands."""


@command.command(
    name="export",
    help="一覧ごとのブック（棚卸し_業務一覧.xlsx など）を作成します。--member で1団体用。",
)
@click.option(
    "--list",
    "keys",
    multiple=True,
    help="この一覧だけ（business, flows, functions, screens, forms, data, interfaces, "
    "operations, issues。複数指定可）",
)
@click.option("--member", "member", default=None, help="この構成団体（ID）の行だけのブック")
@OUT
@CONTENT
def export(
    keys: tuple[str, ...], member: str | None, out: Path | None, content: Path | None
) -> None:
    """Write the lists' workbooks."""
    from gendocs.excel.inventory import export_workbook, list_names, workbook_name

    lists = list_names()
    unknown = [k for k in keys if k not in lists]
    if unknown:
        raise UsageError(
            Msg(
                f"一覧 {', '.join(unknown)} はありません（{', '.join(lists)}）",
                f"no list {', '.join(unknown)} (lists: {', '.join(lists)})",
            )
        )
    project = resolve_project(content, None)
    loaded = load_and_prepare(project).content
    names = loaded.member_names()
    known_member(member, names)
    folder = out_folder(out, project)
    for key in keys or tuple(lists):
        data = export_workbook(loaded, key, member, stamp(loaded))
        path = folder / workbook_name(key, names[member] if member else None)
        click.echo(write_file(path, data))


@command.command(
    name="import",
    help="記入された一覧のブックを content/inventory/ に取り込みます。"
    "誤りが一つでもあれば何も書きません。",
)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@CONTENT
def import_(files: tuple[Path, ...], content: Path | None) -> None:
    """Read the workbooks; write content only when every one is right."""
    from gendocs.excel.files import read_files, refuse_bundled
    from gendocs.excel.inventory import ListAnswer, list_names, read_list
    from gendocs.excel.inventory_yaml import apply_list, holds
    from gendocs.load.files import yaml_entries

    project = resolve_project(content, None)
    refuse_bundled(project, "lists are")
    loaded = load_and_prepare(project).content
    workbooks, problems = read_files(files)
    answers: dict[str, list[ListAnswer]] = {}
    seen: dict[tuple[str, str | None], str] = {}
    for path, data in workbooks:
        answer, found = read_list(data, path.name, loaded)
        problems.extend(found)
        if answer is None:
            continue
        where = (answer.key, answer.member)
        same_list = [name for (k, _), name in seen.items() if k == answer.key]
        earlier = seen.get(where) or seen.get((answer.key, None))
        if answer.member is None and same_list:  # everyone's list and a member's: which wins?
            earlier = same_list[0]
        if earlier is not None:
            problems.append(
                second_file(
                    path,
                    f"同じ一覧のブックが2つあります（{earlier}）",
                    "a second workbook of the same list",
                )
            )
            continue
        seen[where] = path.name
        answers.setdefault(answer.key, []).append(answer)
    folder = project.content_dir / FOLDER
    files_of: dict[str, Path] = {}
    for key in answers:
        holding = (
            [p for p in yaml_entries(folder) if holds(p.read_text(encoding="utf-8"), key)]
            if folder.is_dir()
            else []
        )
        if len(holding) > 1:
            problems.append(
                Problem(
                    Location(str(holding[1])),
                    key,
                    Msg(
                        f"一覧「{list_names()[key]}」（{key}）が複数のファイルにあります（"
                        f"{'、'.join(p.name for p in holding)}）。"
                        "取り込むには1つのファイルにまとめてください",
                        f"the list {key} is in more than one file "
                        f"({', '.join(p.name for p in holding)}); keep it in one file to import",
                    ),
                )
            )
        files_of[key] = holding[0] if holding else folder / f"{key}.yaml"
    if problems:
        raise AnswersRefused(problems)
    texts: dict[Path, str] = {}
    for key, read in answers.items():
        target = files_of[key]
        text = texts.get(target) or (target.read_text(encoding="utf-8") if target.exists() else "")
        texts[target] = apply_list(text, read)
    changed = {
        p: t for p, t in texts.items() if not p.exists() or p.read_text(encoding="utf-8") != t
    }
    if changed:
        write_checked(project.content_dir, changed)
    for key, read in answers.items():
        for done in read:
            click.echo(f"{seen[(key, done.member)]} → {files_of[key]}（{len(done.rows)}件）")
