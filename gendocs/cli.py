"""The gendocs command line. The only module that prints; errors become messages and exit codes.

Exit status: 0 success, 1 content or build errors, 2 usage errors. Never a traceback for an
error gendocs knows about. Sub-commands live in ``gendocs/commands/``, one module each named like
the command and exposing ``command``; they are discovered here so adding a command touches no shared
file.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from typing import Any

import click

from gendocs import __version__, commands
from gendocs.errors import GendocsError

HELP = """自治体クラウド推進組織の文書を content/ の YAML から作成します。

\b
よく使う流れ:
  gendocs validate        content/ の誤りを一度にすべて表示
  gendocs build           output/ にすべての文書を作成（文書名を指定すると一部だけ）
  gendocs list            作成できる文書の一覧

content/ がない場所で実行すると、同梱のサンプル（神奈川県町村情報システム共同事業組合）を使います。
"""


class Context:
    """Options shared by every sub-command."""

    def __init__(self, lang: str, quiet: bool) -> None:
        self.lang = lang
        self.quiet = quiet


class LazyGroup(click.Group):
    """Sub-commands found by module name in ``gendocs/commands/`` and imported only when used,
    so that a no-op ``gendocs build`` does not pay for importing every other command."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(m.name for m in pkgutil.iter_modules(commands.__path__))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.list_commands(ctx):
            return None
        module = importlib.import_module(f"{commands.__name__}.{cmd_name}")
        command = getattr(module, "command", None)
        return command if isinstance(command, click.Command) else None

    def invoke(self, ctx: click.Context) -> Any:
        """Run the sub-command; a gendocs error leaves through click as a printed message, so
        that embedding callers (click's CliRunner, tests) see the same output and exit status
        as the ``gendocs`` executable."""
        try:
            return super().invoke(ctx)
        except GendocsError as error:
            raise ReportedError(error, getattr(ctx.obj, "lang", "ja")) from error


class ReportedError(click.ClickException):
    """A :class:`GendocsError` on its way out through click, printed one line per problem."""

    def __init__(self, error: GendocsError, lang: str) -> None:
        super().__init__(error.message.en)
        self.error = error
        self.lang = lang
        self.exit_code = error.exit_code

    def show(self, file: Any = None) -> None:
        report(self.error, self.lang)


@click.group(cls=LazyGroup, help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="gendocs")
@click.option(
    "--lang",
    type=click.Choice(["ja", "en"]),
    default="ja",
    show_default=True,
    help="メッセージの言語 / message language",
)
@click.option("-q", "--quiet", is_flag=True, help="進行状況を表示しない / no progress output")
@click.pass_context
def cli(ctx: click.Context, lang: str, quiet: bool) -> None:
    """Entry group."""
    ctx.obj = Context(lang, quiet)


def report(error: GendocsError, lang: str) -> None:
    """Print ``error`` on stderr, one line per problem."""
    for line in error.lines(lang):
        click.echo(line, err=True)


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI; map gendocs errors to messages and exit codes."""
    lang = "en" if "--lang=en" in (argv or sys.argv) or _lang_en(argv or sys.argv) else "ja"
    try:
        return cli.main(args=argv, prog_name="gendocs", standalone_mode=False)
    except GendocsError as error:
        report(error, lang)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("中断しました。" if lang == "ja" else "Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as error:
        error.show()
        sys.exit(2 if isinstance(error, click.UsageError) else error.exit_code)


def _lang_en(argv: list[str]) -> bool:
    return any(
        a == "--lang" and i + 1 < len(argv) and argv[i + 1] == "en" for i, a in enumerate(argv)
    )
