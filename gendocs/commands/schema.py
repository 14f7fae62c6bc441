"""gendocs schema: JSON Schema for editors, or the Japanese key reference."""

from __future__ import annotations

import json
from pathlib import Path

import click

from gendocs.validate.jsonschema import json_schema, reference_markdown
from gendocs.write import write_file


@click.command(
    name="schema",
    short_help="content/ の JSON Schema（エディタ用）かキーの一覧を出力",
    help="content/ の YAML の JSON Schema を出力します（エディタの補完・検査用）。"
    "--format markdown でキーの一覧（日本語）を出力します。"
    "\n\n\b\nVS Code（YAML 拡張）での使い方:\n"
    "  gendocs schema -o content.schema.json\n"
    "  各 YAML の先頭に # yaml-language-server: $schema=../content.schema.json",
)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "markdown"]), default="json", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="書き出すファイル（既定は標準出力）",
)
def command(fmt: str, output: Path | None) -> None:
    """Write the schema or the reference."""
    text = (
        json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
        if fmt == "json"
        else reference_markdown()
    )
    if output is None:
        click.echo(text, nl=False)
    else:
        write_file(output, text.encode("utf-8"))
