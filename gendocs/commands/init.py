"""gendocs init: start a new consortium project (content/, README, .gitignore, .gitattributes)."""

from __future__ import annotations

from pathlib import Path

import click

from gendocs.scaffold import scaffold
from gendocs.write import FOLDER, write_outputs
from gendocs.write.names import check_folder


@click.command(
    name="init",
    help="新しい推進組織のプロジェクトを DIR に作成します。content/ にはサンプルの内容と、"
    "書けるキーすべての説明（コメント）が入ります。作成後すぐに gendocs validate と "
    "gendocs build が使えます。",
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
def command(folder: Path, with_templates: bool) -> None:
    """Create a project."""
    check_folder(folder, FOLDER)
    # no lock: no build writes into a project folder, and a lock file would be left in it
    for path in write_outputs(folder, scaffold(folder, with_templates), lock=False):
        click.echo(str(path))
