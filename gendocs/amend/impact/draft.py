"""Draft the 一括改正 of the rules an amendment affects: one instrument per kind of rule, a 条 per
rule, in 例規 order.

The form is that of the 整備法・整理法 that follow an amendment (平成6年法律第49号
「地方自治法の一部を改正する法律の施行に伴う関係法律の整備に関する法律」, 昭和31年法律第148号
「…関係法律の整理に関する法律」): a 見出し 「（伝染病予防法の一部改正）」 and a 条 per law amended,
「第一条　伝染病予防法（明治三十年法律第三十六号）の一部を次のように改正する。」, then its
改正規定; a renumbered citation is a change of words (昭和44年法律第2号: 「第八条の二第一項中
「第二条第十三項」を「第二条第十四項」に改める。」). The 題名 is 「<the amending
instrument>の施行に伴う関係<kind>の整理に関する<kind>」.

Each 条 holds the 改正規定 the rule's own 一部改正 would have, drafted and verified by
:func:`gendocs.amend.draft_amendment` from the rule's current text and that text with the findings
corrected. A 条例 cannot amend a 規則 (another enacting body), so the rules are grouped by kind:
one 条例 for the 条例, one 規則 for the 規則. A single rule of a kind gets the plain 一部改正
(「○○規則の一部を改正する規則」).

例規 order: 条例 before 規則 (then 規約, 要綱 …), and within a kind by the year of the number
(元号 in order) and then the number; a rule without a number comes last, by 題名.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gendocs.amend.docx.documents import (
    TEXT_NEEDS,
    TEXT_TEMPLATE,
    finish_text,
    render_documents,
)
from gendocs.amend.draft.amendment import Amendment, draft_amendment
from gendocs.amend.impact.search import RuleImpact
from gendocs.amend.text.lines import read_number
from gendocs.amend.text.parse import parse_rule_text
from gendocs.amend.text.style import MUNICIPAL, Style
from gendocs.amend.write.enact import Enactment, enactment_paragraphs, suppl_lines
from gendocs.docx.save import CoreProperties, save_docx
from gendocs.render.docx import render_template
from gendocs.write import OutputFile

INDENT = "\u3000"
KINDS = ("条例", "規則", "規約", "規程", "要綱", "訓令", "告示", "要領")
ERAS = ("明治", "大正", "昭和", "平成", "令和")
_NUMBER = re.compile(
    r"(明治|大正|昭和|平成|令和)([0-9０-９]+|元|[〇一二三四五六七八九十]+)年.*?第([0-9０-９]+|[〇一二三四五六七八九十百千]+)号"
)


@dataclass(frozen=True)
class ConsequentialAmendment:
    """One instrument of the 一括改正: its 題名, the drafts of its rules in order, its 附則."""

    kind: str
    title: str
    rules: tuple[Amendment, ...]
    style: Style
    supplementary: tuple[str, ...]

    def lines(self) -> list[str]:
        """Return the instrument as lines."""
        if len(self.rules) == 1:
            return self.rules[0].lines()
        lines = [self.title]
        for number, draft in enumerate(self.rules, start=1):
            lines.append(f"（{draft.old.title}の一部改正）")
            lines.append(f"{self.style.article((number,))}{INDENT}{draft.enacting}")
            for sentence in draft.sentences:
                lines.append(INDENT + sentence.text)
                lines += [INDENT * 2 + line for line in sentence.block]
        lines.append(INDENT * 3 + "附" + INDENT + "則")
        lines += [INDENT + line for line in self.supplementary]
        return lines

    def text(self) -> str:
        """Return the instrument as plain text."""
        return "\n".join(self.lines()) + "\n"


def reiki_order(impact: RuleImpact) -> tuple[object, ...]:
    """Sort key of a rule in a 例規集: kind, then the year and number of its 番号, then 題名."""
    rule = impact.rule
    kind = KINDS.index(rule.kind) if rule.kind in KINDS else len(KINDS)
    found = _NUMBER.search(rule.number)
    if found is None:
        return (kind, 1, (), rule.title)
    year = 1 if found.group(2) == "元" else read_number(found.group(2))
    return (kind, 0, (ERAS.index(found.group(1)), year, read_number(found.group(3))), rule.title)


def draft_consequential(
    impacts: list[RuleImpact],
    cause: str,
    *,
    style: Style = MUNICIPAL,
    enactment: Enactment = Enactment(),
) -> tuple[ConsequentialAmendment, ...]:
    """Draft the amendments of every affected rule that has something to correct, grouped by kind
    into instruments, each rule verified by the drafter; ``cause`` is the 題名 of the amending
    instrument they follow (「寒川町個人情報保護条例の一部を改正する条例」)."""
    drafts: dict[str, list[Amendment]] = {}
    for impact in sorted((i for i in impacts if i.corrected is not None), key=reiki_order):
        old = parse_rule_text(impact.text, source=impact.path)
        new = parse_rule_text(impact.corrected or "", source=impact.path)
        drafts.setdefault(old.kind, []).append(draft_amendment(old, new, style=style))
    out = []
    for kind in sorted(drafts, key=lambda k: KINDS.index(k) if k in KINDS else len(KINDS)):
        rules = drafts[kind]
        paragraphs = enactment_paragraphs(enactment, kind, style)
        out.append(
            ConsequentialAmendment(
                kind=kind,
                title=f"{cause}の施行に伴う関係{kind}の整理に関する{kind}",
                rules=tuple(rules),
                style=style,
                supplementary=tuple(suppl_lines(paragraphs, style)),
            )
        )
    return tuple(out)


def render_consequential(
    instrument: ConsequentialAmendment, template: Callable[[str], Path], stamp: datetime
) -> list[OutputFile]:
    """Render an instrument's 改正文 and the 新旧対照表 of each rule it amends.

    A single rule is an ordinary 一部改正 (:func:`render_documents`). With several rules the
    改正文 template takes the first rule's 「（…の一部改正）」 where the 制定文 goes and each 条
    (its 見出し, 「第N条　…の一部を次のように改正する。」 and its 改正規定) as provisions.
    """
    if len(instrument.rules) == 1:
        return render_documents(instrument.rules[0], template, stamp)
    body = instrument.lines()[1:]
    end = body.index(INDENT * 3 + "附" + INDENT + "則")
    provisions = [
        {"text": line[2:], "block": True}
        if line.startswith(INDENT * 2)
        else {"text": line.removeprefix(INDENT), "block": False}
        for line in body[1:end]
    ]
    context = {
        "title": instrument.title,
        "vertical": instrument.style.vertical,
        "preamble": [],  # the 一括改正 has no 議案 or 公布文 lines of its own (yet)
        "enacting": body[0],
        "provisions": provisions,
        "headings": [],
        "rows": [],
        "reason": "",
        "supplementary": [
            {"text": line, "heading": line.startswith("（") and line.endswith("）")}
            for line in instrument.supplementary
        ],
    }
    text = render_template(template(TEXT_TEMPLATE), context, needs=TEXT_NEEDS)
    finish_text(text, [instrument.style.vertical])
    name = instrument.title
    saved = save_docx(text.docx, stamp, CoreProperties(title=instrument.title))
    tables = [render_documents(rule, template, stamp)[1] for rule in instrument.rules]
    return [OutputFile(f"{name}_改正文.docx", saved), *tables]
