"""gendocs amend: draft the 改め文 and 新旧対照表 of a 条例・規則 from its old and new text.

Prints the 改正文 on stdout and writes two documents into the output folder:
``<題名>_改正文.docx`` and ``<題名>_新旧対照表.docx``. A 題名 read from the text or a --file is
made into a safe file name (:func:`gendocs.write.names.safe_filename`) and the name is shown; a
--title that cannot be one is refused before anything is drafted. Identical texts are reported as no
change (exit status 0, no document).

Several ``--old``/``--new`` pairs (paired in order) make one 一括改正
(:mod:`gendocs.amend.draft.batch`): one 改正文 「次に掲げる条例の規定中「A」を「B」に改める。」 with
an item per rule, written as ``<A条例等>_改正文.docx``, and a 新旧対照表 per rule.

With ``--corpus DIR`` (a folder of the current 例規, one rule per .txt) the command searches the
corpus instead (影響調査, :mod:`gendocs.amend.impact`): every provision citing a 条・項・号 the
amendment renumbers or deletes, its renamed 題名 or a renamed defined term, one located line each on
stdout (``file:line:col: 第5条第2項: …``). ``--draft`` adds the 一括改正 of the affected rules (a
条 per rule, one instrument per kind) on stdout and writes its 改正文 and 新旧対照表.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click
from rich.console import Console

from gendocs.amend import (
    PROFILES,
    Amendment,
    Enactment,
    Issuance,
    OrdinanceDraft,
    Style,
    batch_from_text,
    draft_from_text,
    draft_ordinance,
    parse_enforcement,
    read_ordinance,
    render_batch_documents,
    render_documents,
    style_named,
)
from gendocs.commands import resolve_project
from gendocs.errors import ContentError, Location, Msg, Problem, UsageError
from gendocs.load import display_name
from gendocs.load.yaml_file import FORBIDDEN_CHARS, HIDDEN_CHARS, load_yaml_file, text_problem
from gendocs.model.base import NAME
from gendocs.write import OutputFile, document_stamp, write_outputs
from gendocs.write.names import name_problems, refuse, safe_filename, shown

TITLE = Msg("--title から作るファイル名", "the file name made from --title")

HELP = (
    "改正前と改正後の条例・規則の本文（例規集の形のテキスト）から、改め文（改正文）と新旧対照表を作成します。"
    "改め文は標準出力に表示し、二つの文書を出力先フォルダに書き出します。作成した改め文は改正前の本文に"
    "適用し直して、改正後の本文と一致することを確かめてから出力します。--old と --new の代わりに、"
    "題名・番号・書式・施行期日と本文を一つにまとめた YAML（--file、複数可）からも作成できます。"
    "--old と --new を対にして複数指定すると、どの条例も同じ字句の改正だけであれば、一つの改正文"
    "（一括改正:「次に掲げる条例の規定中「A」を「B」に改める。」）を作成します。"
)


@click.command(name="amend", help=HELP, short_help="改め文と新旧対照表を本文の新旧から作成")
@click.option(
    "--old",
    "old_paths",
    type=click.Path(path_type=Path),
    multiple=True,
    help="改正前の本文（テキスト）。複数指定すると一括改正",
)
@click.option(
    "--new",
    "new_paths",
    type=click.Path(path_type=Path),
    multiple=True,
    help="改正後の本文（テキスト）。--old と同じ順に同じ数だけ",
)
@click.option(
    "--file",
    "files",
    type=click.Path(path_type=Path),
    multiple=True,
    help="改正一件の YAML（title, number, style, enforcement, old, new）。複数指定できます",
)
@click.option("--title", default=None, help="題名（既定は本文の1行目）")
@click.option("--number", default=None, help="番号（例: 令和3年寒川町条例第5号）")
@click.option(
    "--style",
    type=click.Choice(sorted(PROFILES)),
    default="municipal",
    show_default=True,
    help="書式: national（漢数字・縦書きの法令）/ municipal（横書きの例規）",
)
@click.option(
    "--deletion",
    type=click.Choice(["kezuru", "sakujo"]),
    default="kezuru",
    show_default=True,
    help="条を除くとき「削る」か「削除」（番号を残す）か",
)
@click.option(
    "--enforce",
    default="公布の日",
    show_default=True,
    help="施行期日: 公布の日 / 2026-04-01 / 規則で定める日 などの語句",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="出力先フォルダ。既定は ./output",
)
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=None,
    help="影響調査: 現行の例規のテキスト（1例規1ファイル、.txt）を置いたフォルダ。"
    "改正で条・項・号の番号が変わる規定、題名、定義語を引用している規定を一覧します",
)
@click.option(
    "--draft",
    "draft_corpus",
    is_flag=True,
    default=False,
    help="--corpus と共に: 影響を受ける例規を改正する一括改正（例規ごとに一条）を作成します",
)
@click.pass_obj
def command(
    obj: object,
    old_paths: tuple[Path, ...],
    new_paths: tuple[Path, ...],
    files: tuple[Path, ...],
    title: str | None,
    number: str | None,
    style: str,
    deletion: str,
    enforce: str,
    output: Path | None,
    corpus: Path | None,
    draft_corpus: bool,
) -> None:
    """Draft amendments: every one is drafted and verified before any document is written."""
    if draft_corpus and corpus is None:
        raise UsageError(Msg("--draft には --corpus が必要です。", "--draft needs --corpus."))
    if corpus is not None and (len(files) + len(old_paths)) != 1:
        raise UsageError(
            Msg(
                "--corpus では改正する例規を一つだけ（--old と --new、"
                "又は --file）指定してください。",
                "with --corpus, give one amended rule (--old and --new, or --file).",
            )
        )
    if files and (old_paths or new_paths):
        raise UsageError(
            Msg(
                "--file と --old/--new は一緒に使えません。", "use --file or --old/--new, not both."
            )
        )
    if not files and (not old_paths or len(old_paths) != len(new_paths)):
        raise UsageError(
            Msg(
                "--old と --new を同じ数だけ（又は --file を）指定してください。",
                "give as many --old as --new (or --file).",
            )
        )
    if len(old_paths) > 1 and (title or number):
        raise UsageError(
            Msg(
                "--title と --number は条例一つの改正にだけ使えます。",
                "--title and --number need a single rule.",
            )
        )
    if title is not None and not files:
        _check_title(title)
    project = resolve_project(None, output)
    stamp = document_stamp(None)
    profile = replace(style_named(style), deletion="sakujo" if deletion == "sakujo" else "kezuru")
    enactment = Enactment(parse_enforcement(enforce))
    if corpus is not None:
        _impact(obj, corpus, files, old_paths, new_paths, profile, enactment, draft_corpus, output)
        return
    if len(old_paths) > 1:
        batch = batch_from_text(
            [(_read(o), _read(n)) for o, n in zip(old_paths, new_paths, strict=True)],
            style=profile,
            enactment=enactment,
            sources=[(str(o), str(n)) for o, n in zip(old_paths, new_paths, strict=True)],
        )
        _check_titles(
            [
                (rule, Location(display_name(path), 1, 1))
                for rule, path in zip(batch.rules, old_paths, strict=True)
            ]
        )
        text, documents = batch.text(), render_batch_documents(batch, project.template, stamp)
    else:
        from_files = [_from_file(path) for path in files]
        drafted = [(amendment, where) for amendment, where, _ in from_files] or [
            (
                draft_from_text(
                    _read(old_paths[0]),
                    _read(new_paths[0]),
                    title=title,
                    number=number,
                    style=profile,
                    enactment=enactment,
                    sources=(str(old_paths[0]), str(new_paths[0])),
                ),
                Location(display_name(old_paths[0]), 1, 1),
            )
        ]
        _check_titles(drafted)
        amendments = [amendment for amendment, _ in drafted]
        text = "\n".join(a.text() for a in amendments)
        issued = [issued for _, _, issued in from_files] or [None]
        documents = [
            f
            for a, i in zip(amendments, issued, strict=True)
            for f in render_documents(a, project.template, stamp, i)
        ]
    documents, renamed = _safe_names(documents, user_title=title is not None and not files)
    paths = write_outputs(project.output_dir, documents)
    click.echo(text, nl=False)
    console = Console(stderr=True, quiet=getattr(obj, "quiet", False))
    notes = [
        Msg(
            f"「{shown(before)}」はファイル名に使えないため「{after}」として書き出します",
            f"「{shown(before)}」 is not a valid file name; written as 「{after}」",
        )
        for before, after in renamed
    ]
    for line in [n.text(getattr(obj, "lang", "ja")) for n in notes] + [str(p) for p in paths]:
        # names come from the user's text: no rich markup ("[red]"), no wrapping inside a name
        console.print(line, markup=False, highlight=False, soft_wrap=True)


def _check_title(title: str) -> None:
    """Refuse a --title that cannot start a file name, before any drafting."""
    problems = name_problems(title, start=True)
    if problems:
        raise refuse(Msg("--title", "--title"), title, problems)


def _safe_names(
    documents: list[OutputFile], user_title: bool
) -> tuple[list[OutputFile], list[tuple[str, str]]]:
    """The documents under safe names, and the names changed; a --title's names are refused."""
    if user_title:
        for document in documents:
            problems = name_problems(document.name)
            if problems:
                raise refuse(TITLE, document.name, problems)
        return documents, []
    safe = [replace(d, name=safe_filename(d.name)) for d in documents]
    return safe, [
        (d.name, s.name) for d, s in zip(documents, safe, strict=True) if d.name != s.name
    ]


def _from_file(path: Path) -> tuple[Amendment, Location, Issuance | None]:
    """The amendment a --file drafts, where its 題名 is written (``title:``, else ``old:``), and
    the 議案 or 公布文 its ``issued`` describes (printed around the 改正規定)."""
    loaded = load_yaml_file(path, display_name(path))
    if loaded.problems:
        raise ContentError(loaded.problems)
    keys = loaded.key_positions
    data = _followed(loaded.data)
    sample = read_ordinance(
        data, name=path.stem, source=display_name(path), locate=lambda key: keys.get((key,))
    )
    where = keys.get(("title",)) or keys.get(("old",)) or Location(display_name(path))
    return draft_ordinance(sample), where, sample.issued


def _followed(data: object) -> object:
    """A --file with ``hane: true``: its new text with its own citations of the units it
    renumbers written as they become (ハネ)."""
    from gendocs.amend import build_stale, follow_all, parse_build

    if not isinstance(data, dict) or data.get("hane") is not True:
        return data
    stale = [(f, after) for _i, _j, f, after in build_stale(parse_build([data]))]
    return data | {"new": follow_all(str(data["new"]), stale)} if stale else data


def _read(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(Msg(f"{path} を読めません: {err}", f"cannot read {path}: {err}")) from None
    problems = _character_problems(text, display_name(path))
    if problems:
        raise ContentError(problems)
    return text


def _character_problems(text: str, display: str) -> list[Problem]:
    """Every control, invisible or reordering character in a text file, each where it stands.

    The same characters content files refuse: they cannot be written to a document's XML, or
    they would hide or reorder what the 法規担当 reads.
    """
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        for match in (m for chars in (FORBIDDEN_CHARS, HIDDEN_CHARS) for m in chars.finditer(line)):
            message = text_problem(match.group())
            if message is not None:
                problems.append(Problem(Location(display, number, match.start() + 1), "", message))
    return problems


def _check_titles(drafted: list[tuple[Amendment, Location]]) -> None:
    """Refuse a 題名 longer than a name may be: it titles the documents and their properties."""
    problems = [
        Problem(
            where,
            "",
            Msg(
                f"題名「{a.old.title[:20]}…」が長すぎます（{len(a.old.title)}字。{NAME}字まで）。"
                "短い題名を書いてください（--title でも指定できます）",
                f"the title 「{a.old.title[:20]}…」 is too long ({len(a.old.title)} characters; "
                f"at most {NAME}); write a shorter title (or give --title)",
            ),
        )
        for a, where in drafted
        if len(a.old.title) > NAME
    ]
    if problems:
        raise ContentError(problems)


def _impact(
    obj: object,
    corpus: Path,
    files: tuple[Path, ...],
    old_paths: tuple[Path, ...],
    new_paths: tuple[Path, ...],
    profile: Style,
    enactment: Enactment,
    draft: bool,
    output: Path | None,
) -> None:
    """Search the corpus for what the amendment changes; with ``draft``, draft the 一括改正."""
    from gendocs.amend import (
        RuleImpact,
        draft_consequential,
        new_unnumbered,
        parse_rule_text,
        render_consequential,
        rule_changes,
        search_rule,
        with_number,
    )

    lang = getattr(obj, "lang", "ja")
    if files:
        sample = _from_file_draft(files[0])
        old, new = sample.old, sample.new
    else:
        old = parse_rule_text(_read(old_paths[0]), source=display_name(old_paths[0]))
        new = parse_rule_text(_read(new_paths[0]), source=display_name(new_paths[0]))
        if new.title == "":
            new = replace(new, title=old.title)
    if not corpus.is_dir():
        raise UsageError(Msg(f"{corpus} はフォルダではありません。", f"{corpus} is not a folder."))
    changes = rule_changes(old, new)
    impacts: list[RuleImpact] = []
    problems: list[Problem] = []
    for path in sorted(corpus.glob("*.txt")):
        try:
            found = search_rule(display_name(path), _read(path), changes)
        except ContentError as error:
            problems += error.problems
            continue
        if found is not None:
            impacts.append(found)
    if problems:
        raise ContentError(problems)
    findings = [f for impact in impacts for f in impact.findings]
    lines = [f.message().text(lang) for f in findings]
    source = display_name(files[0] if files else new_paths[0])
    numerals = "kanji" if profile.numerals == "kanji" else "arabic"
    for law in new_unnumbered(old, new):
        written = with_number(law.law, numerals)
        lines.append(
            Msg(
                f"{source}: {law.where}: 「{law.law.name}」を初めて引用していますが、法令番号が"
                f"ありません。「{written}」と書いてください",
                f"{source}: {law.where}: cites 「{law.law.name}」 for the first time without its "
                f"number: write 「{written}」",
            ).text(lang)
        )
    console = Console(stderr=True, quiet=getattr(obj, "quiet", False))
    summary = Msg(
        f"{len(impacts)}件の例規の{len(findings)}か所が改正の影響を受けます。",
        f"{len(findings)} places in {len(impacts)} rules are affected by the amendment.",
    )
    text = "".join(line + "\n" for line in lines)
    paths: list[Path] = []
    if draft:
        cause = f"{old.title}の一部を改正する{old.kind}"
        instruments = draft_consequential(impacts, cause, style=profile, enactment=enactment)
        text += "".join("\n" + instrument.text() for instrument in instruments)
        project = resolve_project(None, output)
        stamp = document_stamp(None)
        documents = [
            f
            for instrument in instruments
            for f in render_consequential(instrument, project.template, stamp)
        ]
        documents, _ = _safe_names(documents, user_title=False)
        paths = write_outputs(project.output_dir, documents)
    click.echo(text, nl=False)
    for line in [summary.text(lang)] + [str(p) for p in paths]:
        console.print(line, markup=False, highlight=False, soft_wrap=True)


def _from_file_draft(path: Path) -> OrdinanceDraft:
    """The old and new rule a --file gives (without drafting it)."""
    loaded = load_yaml_file(path, display_name(path))
    if loaded.problems:
        raise ContentError(loaded.problems)
    keys = loaded.key_positions
    return read_ordinance(
        loaded.data, name=path.stem, source=display_name(path), locate=lambda key: keys.get((key,))
    )
