"""gendocs history: propose the next 改訂履歴 row from the git log of content/."""

from __future__ import annotations

import json
from pathlib import Path

import click

from gendocs.commands import resolve_project
from gendocs.errors import Msg, UsageError
from gendocs.pipeline import load_and_validate
from gendocs.review.gitrev import content_changes, repository_root
from gendocs.review.history import last_revision_date, propose_revision

HELP = """content/ の git の履歴から、改訂履歴（project.yaml の revisions）に加える行を提案します。

\b
最後に記録した改訂の日付より後のコミットを一覧し、版数を一つ進めた行（第1.0版 → 第1.1版）を
YAML で表示します。内容を確かめて project.yaml に貼り付け、\
edition と date も合わせて直してください。
文書の改訂履歴は content/ から作るので、同じ YAML からは同じ文書ができます。"""


@click.command(name="history", help=HELP)
@click.option(
    "--content",
    "content",
    type=click.Path(path_type=Path),
    default=None,
    help="内容（YAML）のフォルダ。既定は ./content",
)
def command(content: Path | None) -> None:
    """Print the proposed 改訂履歴 row."""
    project = resolve_project(content, None)
    if project.embedded_content:
        raise UsageError(
            Msg(
                "同梱のサンプルには git の履歴がありません"
                "（content/ のあるフォルダで実行してください）",
                "the embedded sample has no git history (run in a folder with content/)",
            )
        )
    facts = load_and_validate(project).project
    root = repository_root(project.content_dir)
    folder = project.content_dir.resolve().relative_to(root.resolve())
    proposal = propose_revision(facts, content_changes(root, folder))
    if proposal is None:
        last = last_revision_date(facts)
        click.echo(
            f"{last} より後に content/ を変更したコミットはありません。"
            if last
            else "content/ を変更したコミットはありません。"
        )
        return
    since = f"{proposal.since} より後" if proposal.since else "最初から"
    click.echo(f"# content/ の変更（{since}、{len(proposal.changes)} 件）:")
    for change in proposal.changes:
        click.echo(f"#   {change.day} {change.commit[:7]} {change.subject}")
    click.echo("# project.yaml の revisions に加える行（版数と内容を確かめてください）:")
    click.echo(
        f"    - {{edition: {proposal.edition}, date: {proposal.day}, "
        f"summary: {json.dumps(proposal.summary, ensure_ascii=False)}}}"
    )
