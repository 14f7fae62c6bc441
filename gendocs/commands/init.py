"""gendocs init: start a new consortium project (content/, README, .gitignore, .gitattributes)."""

from __future__ import annotations

from pathlib import Path

import click

from gendocs.scaffold import DEFAULT_FORM, FORMS, scaffold
from gendocs.write import FOLDER, write_outputs
from gendocs.write.names import check_folder


@click.command(
    name="init",
    short_help="新しいプロジェクト（content/ ほか）を作成",
    help="新しい推進組織のプロジェクトを DIR に作成します。何も尋ねません。content/ には、"
    "--form で選んだ組織形態のひな形（書き換える値は「未記入」）と、書けるキーすべての説明"
    "（コメント）が入ります。gendocs validate が「未記入」の項目を場所とともに示します。"
    "作成後すぐに gendocs build も使えます（文書には「未記入」と表示されます）。"
    "--example ではひな形の代わりに同梱のサンプル（14団体の一部事務組合）の内容を写します。",
)
@click.argument(
    "folder", metavar="DIR", type=click.Path(file_okay=False, path_type=Path), default=Path(".")
)
@click.option(
    "--templates",
    "with_templates",
    is_flag=True,
    help="同梱のテンプレートを templates/ に写す（既定は写さず、置いたものだけが同梱のものに優先）",
)
@click.option(
    "--form",
    type=click.Choice(FORMS),
    default=DEFAULT_FORM,
    show_default=True,
    help="組織形態（consortium.form）。任意協議会は設置要綱、一部事務組合は規約のひな形を含む",
)
@click.option(
    "--example", is_flag=True, help="ひな形の代わりに同梱のサンプルの内容を写す（--form は無視）"
)
def command(folder: Path, with_templates: bool, form: str, example: bool) -> None:
    """Create a project."""
    check_folder(folder, FOLDER)
    files = scaffold(folder, with_templates, form, example)
    # no lock: no build writes into a project folder, and a lock file would be left in it
    for path in write_outputs(folder, files, lock=False):
        click.echo(str(path))
