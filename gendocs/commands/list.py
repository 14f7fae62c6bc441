"""gendocs list: the document types gendocs can build."""

from __future__ import annotations

import unicodedata

import click

from gendocs.doctypes import PHASES, all_types


@click.command(name="list", help="作成できる文書の名前、フェーズと題名を表示します。")
def command() -> None:
    """List document types with the phase each serves."""
    for doctype in all_types():
        phase = f"Phase{doctype.phase} {PHASES[doctype.phase]}"
        click.echo(
            f"{doctype.name:<22}{phase}{' ' * (PHASE_COLUMNS - _columns(phase))}{doctype.title}"
        )


PHASE_COLUMNS = 24  # the widest, 「Phase2 仕様検討・調達」, is 21 columns on a terminal


def _columns(text: str) -> int:
    """Terminal columns of ``text``: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
