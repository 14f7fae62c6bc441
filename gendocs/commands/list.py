"""gendocs list: the document types gendocs can build."""

from __future__ import annotations

import click

from gendocs.doctypes import all_types


@click.command(name="list", help="作成できる文書の名前と題名を表示します。")
def command() -> None:
    """List document types."""
    for doctype in all_types():
        click.echo(f"{doctype.name:<20}{doctype.title}")
