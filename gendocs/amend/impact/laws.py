"""Laws cited by name get their 法令番号 the first time: 「地方自治法（昭和22年法律第67号）」.

The numbers come from ``gendocs/data/laws.yaml`` (each with its e-Gov 法令検索 id). A law is cited
"by name" where its name stands alone, not as the start of a longer name (「地方自治法施行令」 is
another law), nor after 「同」. Its first citation in a rule's reading order (本則, then 附則) must
be followed by its number in brackets; later ones must not be.

:func:`new_unnumbered` finds the laws an amendment's new text cites for the first time — laws its
old text did not cite at all — without their number, and :func:`with_number` writes the citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ruamel.yaml import YAML

from gendocs.amend.text.model import Rule, article_texts, paragraph_texts
from gendocs.ja.kansuji import render_numeral

LAWS_FILE = Path(__file__).resolve().parents[2] / "data" / "laws.yaml"
"""The table, beside the package's other data (gendocs/data/fonts.conf)."""


@dataclass(frozen=True)
class Law:
    """A law of the table: its name, its 法令番号 parts and the 略称 it may be cited by."""

    name: str
    era: str
    year: int
    kind: str
    number: int
    short: tuple[str, ...] = ()

    def number_text(self, numerals: str = "arabic") -> str:
        """Write the 法令番号: 昭和22年法律第67号 (昭和二十二年法律第六十七号 in 漢数字)."""
        year = "元" if self.year == 1 else render_numeral(self.year, numerals)
        return f"{self.era}{year}年{self.kind}第{render_numeral(self.number, numerals)}号"


@cache
def laws() -> tuple[Law, ...]:
    """The table of laws, longest name first (so a longer name is matched before its prefix)."""
    text = LAWS_FILE.read_text(encoding="utf-8")
    data = YAML(typ="safe").load(text)
    table = [
        Law(
            str(row["name"]),
            str(row["era"]),
            int(row["year"]),
            str(row["kind"]),
            int(row["number"]),
            tuple(str(s) for s in row.get("short", ())),
        )
        for row in data["laws"]
    ]
    return tuple(sorted(table, key=lambda law: -len(law.name)))


def with_number(law: Law, numerals: str = "arabic") -> str:
    """Return the first citation of a law: 「地方自治法（昭和22年法律第67号）」."""
    return f"{law.name}（{law.number_text(numerals)}）"


@dataclass(frozen=True)
class Citation:
    """A law's first citation in a rule: the 条 (or 附則) and whether its number follows."""

    law: Law
    where: str
    numbered: bool


def first_citations(rule: Rule) -> list[Citation]:
    """Return the first citation of each law of the table a rule cites, in reading order."""
    seen: dict[str, Citation] = {}
    for where, text in _texts(rule):
        for law, numbered in _cited(text):
            if law.name not in seen:
                seen[law.name] = Citation(law, where, numbered)
    return list(seen.values())


def new_unnumbered(old: Rule, new: Rule) -> list[Citation]:
    """Return the laws the new text cites, and the old one does not, first cited without their
    number."""
    before = {c.law.name for c in first_citations(old)}
    return [c for c in first_citations(new) if c.law.name not in before and not c.numbered]


def _texts(rule: Rule) -> list[tuple[str, str]]:
    out = []
    for article in rule.articles:
        label = "第" + "の".join(str(n) for n in article.number) + "条"
        out += [(label, text) for text in article_texts(article)]
    for suppl in rule.supplementary:
        out += [("附則", t) for p in suppl.paragraphs for t in paragraph_texts(p)]
        out += [("附則", t) for a in suppl.articles for t in article_texts(a)]
    return out


def _cited(text: str) -> list[tuple[Law, bool]]:
    """The laws a text names, in order, each with whether its number follows in brackets."""
    found: list[tuple[int, Law, bool]] = []
    taken: list[tuple[int, int]] = []
    for law in laws():
        for m in re.finditer(re.escape(law.name), text):
            if any(s <= m.start() < e for s, e in taken):
                continue  # part of a longer name already found
            before = text[m.start() - 1 : m.start()]
            if before == "同" or (
                len(law.name) <= 3 and re.match("[\u4e00-\u9fff々]", before or "x")
            ):
                continue  # 「同法」; a short name inside a longer word (旧民法)
            after = text[m.end() :]
            if re.match(r"施行令|施行規則|の一部を改正する", after):
                continue  # another law whose name starts with this one
            numbered = bool(re.match(r"[（(][^（）()]*(?:法律|政令)第[^（）()]+号", after))
            found.append((m.start(), law, numbered))
            taken.append((m.start(), m.end()))
    return [(law, numbered) for _, law, numbered in sorted(found, key=lambda f: f[0])]
