"""gendocs diff: redlines (見え消し) and a change summary between two revisions of content/."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click
from rich.console import Console

from gendocs.commands import project_options, resolve_project
from gendocs.review.diff import compare
from gendocs.review.gitrev import repository_root, user_name
from gendocs.review.summary import terminal
from gendocs.write import OutputFile, write_outputs

HELP = """2つのリビジョンの content/ から文書を作成し、変更のあった文書ごとに\
見え消し（Word の変更履歴付き
.docx）と変更概要（変更概要.md）を output/diff/ に書き出します。

\b
REV_A の既定は HEAD、REV_B を省略すると作業ツリー（未コミットの編集）と比較します。
  gendocs diff                 HEAD と作業ツリー
  gendocs diff v1.0 HEAD       タグ v1.0 から HEAD まで
作業ツリーやインデックスは変更しません。"""


@click.command(name="diff", help=HELP)
@click.argument("rev_a", required=False)
@click.argument("rev_b", required=False)
@click.option(
    "-d",
    "--document",
    "documents",
    multiple=True,
    metavar="DOCUMENT",
    help="比較する文書（既定はすべて。一覧は gendocs list）",
)
@click.option("--author", default=None, help="変更履歴の作成者（既定は git config user.name）")
@click.option(
    "--date",
    "date",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
    default=None,
    help="変更履歴の日時 UTC（既定は REV_B のコミット日時、作業ツリーなら現在）",
)
@project_options
@click.pass_obj
def command(
    obj: object,
    rev_a: str | None,
    rev_b: str | None,
    documents: tuple[str, ...],
    author: str | None,
    date: datetime | None,
    content: Path | None,
    output: Path | None,
) -> None:
    """Compare two revisions."""
    project = resolve_project(content, output)
    console = Console(stderr=True, quiet=getattr(obj, "quiet", False))
    when = date.replace(tzinfo=UTC) if date else None
    if when is None and rev_b is None:  # the working tree has no commit date
        when = datetime.now(UTC).replace(microsecond=0)
    who = (
        author
        or (
            user_name(repository_root(project.content_dir))
            if not project.embedded_content
            else None
        )
        or "gendocs"
    )
    with console.status("比較中…"):
        result = compare(project, rev_a, rev_b, list(documents), who, when)
    for line in terminal(result.old.short, result.new.short, result.keys, result.reports):
        click.echo(line)
    folder = result.folder.relative_to(project.output_dir).as_posix()
    files = [OutputFile(f"{folder}/{f.name}", f.data) for f in result.files]
    for path in write_outputs(project.output_dir, files):  # locked like a build of output/
        click.echo(str(path))
