"""Draft one 一部改正 of a 条例・規則: plan, write, verify, and build its 新旧対照表.

The contract (every draft verified; NoChangeError, InexpressibleChangeError) is in the package
docstring, :mod:`gendocs.amend`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from gendocs.amend.apply.verify import comparable, verify
from gendocs.amend.errors import (
    InexpressibleChangeError,
    NoChangeError,
    content_error,
    text_problem,
)
from gendocs.amend.ops import AmendmentOp, Provision
from gendocs.amend.plan.amendment import plan_amendment
from gendocs.amend.plan.placeholders import fill_gaps
from gendocs.amend.taishou.build import build_table
from gendocs.amend.taishou.cells import Cell, ComparisonTable, Row, Section, Span
from gendocs.amend.text.model import Rule
from gendocs.amend.text.parse import parse_rule_text
from gendocs.amend.text.render import render_table, table_heading
from gendocs.amend.text.style import MUNICIPAL, Style
from gendocs.amend.write.enact import Enactment, SupplParagraph, enactment_paragraphs, suppl_lines
from gendocs.amend.write.sentences import (
    Sentence,
    amending_title,
    enacting_sentence,
    write_provisions,
)
from gendocs.errors import Msg

INDENT = "\u3000"


@dataclass(frozen=True)
class Amendment:
    """A drafted 一部改正: everything the 改正文 and the 新旧対照表 print.

    ``old`` and ``new`` are the rule before and after (``new`` with 削除 placeholders filled in
    when the style asks for them); ``provisions`` are the operations and ``sentences`` their text.
    A ``repeal`` (:func:`gendocs.amend.draft.repeal.draft_repeal`) has neither: its 本則 is the
    one sentence in ``enacting`` (「…は、廃止する。」), its ``new`` rule has no 本則 and its table
    shows the whole old text as deleted.
    """

    old: Rule
    new: Rule
    style: Style
    title: str
    enacting: str
    provisions: tuple[Provision, ...]
    sentences: tuple[Sentence, ...]
    supplementary: tuple[SupplParagraph, ...]
    table: ComparisonTable
    repeal: bool = False

    def lines(self) -> list[str]:
        """Return the 改正文 as lines: 題名, 制定文, 改正規定 with new text indented, 附則."""
        lines = [self.title, INDENT + self.enacting]
        for sentence in self.sentences:
            lines.append(INDENT + sentence.text)
            lines += [INDENT * 2 + line for line in sentence.block]
        lines.append(INDENT * 3 + "附" + INDENT + "則")
        lines += [INDENT + line for line in suppl_lines(self.supplementary, self.style)]
        return lines

    def text(self) -> str:
        """Return the 改正文 as plain text."""
        return "\n".join(self.lines()) + "\n"

    @property
    def ops(self) -> tuple[AmendmentOp, ...]:
        """Return every operation in order."""
        return tuple(op for provision in self.provisions for op in provision.ops)


def draft_amendment(
    old: Rule, new: Rule, *, style: Style = MUNICIPAL, enactment: Enactment = Enactment()
) -> Amendment:
    """Draft and verify the amendment turning ``old`` into ``new``."""
    target = fill_gaps(old, new) if style.deletion == "sakujo" else new
    count = len(old.supplementary)
    if comparable(old, count) == comparable(target, count):
        raise NoChangeError(old.title)
    provisions = plan_amendment(old, target, style)
    if [t.number for t in old.tables] != [t.number for t in target.tables]:
        # The 改め文 of an added 別表 is written (plan_amendment: 「別表を別表第1とし、同表の次に
        # 次の1表を加える。」), but the 新旧対照表 pairs 別表 by position and cannot show it yet.
        raise InexpressibleChangeError(
            "別表",
            Msg(
                "別表の追加は、新旧対照表にまだ表示できません。",
                "the 新旧対照表 cannot show an added 別表 yet.",
            ),
        )
    amendment = Amendment(
        old=old,
        new=target,
        style=style,
        title=amending_title(old),
        enacting=enacting_sentence(old),
        provisions=provisions,
        sentences=write_provisions(old, provisions, style),
        supplementary=enactment_paragraphs(enactment, old.kind, style),
        table=build_table(old, target, style),
    )
    verify(old, target, amendment.text(), style)
    return amendment


def draft_from_text(
    old_text: str,
    new_text: str,
    *,
    title: str | None = None,
    number: str | None = None,
    style: Style = MUNICIPAL,
    enactment: Enactment = Enactment(),
    sources: tuple[str, str] = ("old", "new"),
) -> Amendment:
    """Parse 例規集 text of both versions and draft the amendment; a new text with no 本則 (only
    its 題名) drafts the repeal (:func:`gendocs.amend.draft.repeal.draft_repeal`)."""
    old = parse_rule_text(old_text, source=sources[0])
    new = parse_rule_text(
        new_text, source=sources[1], allow_gaps=style.deletion == "sakujo", allow_empty=True
    )
    if not new.articles:
        if new.supplementary or new.tables:
            lines = [line.strip(" \t\u3000") for line in new_text.splitlines()]
            at = next((n for n, t in enumerate(lines, 1) if t.startswith(("附", "別表"))), 1)
            raise content_error(
                [
                    text_problem(
                        sources[1],
                        at,
                        "本則（条）がないのに附則又は別表があります。廃止するときは題名だけに"
                        "してください。",
                        "no articles but a 附則 or 別表; give only the title to repeal the rule.",
                    )
                ]
            )
        old = replace(old, title=title or old.title, number=number or old.number)
        return draft_repeal(old, style=style, enactment=enactment)
    original = old.title
    old = replace(old, title=title or old.title, number=number or old.number)
    if new.title in ("", original):
        new = replace(new, title=old.title)
    return draft_amendment(old, new, style=style, enactment=enactment)


# ── 廃止: a rule whose 本則 becomes empty (formerly draft/repeal.py) ──
REPEALED = "（廃止）"


def repeal_title(rule: Rule) -> str:
    """Return the 題名 of the repealing instrument: 「○○条例を廃止する条例」."""
    return f"{rule.title}を廃止する{rule.kind}"


def repeal_sentence(rule: Rule) -> str:
    """Return its 本則: 「○○条例（平成12年○○町条例第10号）は、廃止する。」."""
    number = f"（{rule.number}）" if rule.number else ""
    return f"{rule.title}{number}は、廃止する。"


def draft_repeal(
    old: Rule, *, style: Style = MUNICIPAL, enactment: Enactment = Enactment()
) -> Amendment:
    """Draft the instrument repealing ``old``, with its 附則 (施行期日, 経過措置)."""
    if enactment.later:
        # 「別表の改正規定は…から施行する」 names provisions a repeal does not have.
        raise InexpressibleChangeError(
            "later",
            Msg(
                "廃止する例規には改正規定がないため、later（一部の規定の施行期日）は使えません。",
                "a repeal has no amending provisions; `later` cannot be used.",
            ),
        )
    return Amendment(
        old=old,
        new=Rule(title=old.title, number=old.number),
        style=style,
        title=repeal_title(old),
        enacting=repeal_sentence(old),
        provisions=(),
        sentences=(),
        supplementary=enactment_paragraphs(enactment, old.kind, style),
        table=repealed_table(old, style),
        repeal=True,
    )


def repealed_table(old: Rule, style: Style) -> ComparisonTable:
    """The 新旧対照表 of a repeal: every part of the old text underlined, the new side empty but
    for 「（廃止）」 beside the 題名."""
    # Compared with a rule that keeps only the 別表 (so that they pair), every 条 and the 附則
    # come out deleted; the 別表 are added after as deleted lines.
    body = build_table(old, Rule(title=old.title, number=old.number, tables=old.tables), style)
    sections = [Section("題名", (Row(_deleted(old.title), (Span(REPEALED),)),))]
    for section in body.sections:
        rows = tuple(Row(_all_deleted(row.old), ()) for row in section.rows)
        sections.append(Section(section.name, rows))
    for table in old.tables:
        lines = render_table(table, style)
        sections.append(
            Section(table_heading(table, style), tuple(Row(_deleted(line), ()) for line in lines))
        )
    return replace(body, sections=tuple(sections))


def _deleted(text: str) -> Cell:
    return (Span(text, underline=True),) if text else ()


def _all_deleted(cell: Cell) -> Cell:
    """The old side of a row, every word underlined (the spaces after a number stay plain, as
    in a deleted 条 of an 一部改正)."""
    return tuple(replace(span, underline=bool(span.text.strip("\u3000 "))) for span in cell)
