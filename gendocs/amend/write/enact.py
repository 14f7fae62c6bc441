"""The 附則 of an amending instrument: 施行期日, 適用日, 経過措置, amendments of other rules.

Forms (docs/amendment-rules.md 2.12):
* 「この条例は、公布の日から施行する。」, 「この条例は、令和8年4月1日から施行する。」,
  「この条例は、公布の日から起算して3月を超えない範囲内において規則で定める日から施行する。」
  (or 「期間内において」, a style setting);
* 適用日: 「この条例は、公布の日から施行し、令和8年4月1日から適用する。」;
* 経過措置: 「…については、なお従前の例による。」;
* another rule amended: a 項 headed 「（○○条例の一部改正）」 with its own 制定文 and 改正規定.
With one provision the 附則 has no 項 number; with several, 項 1, 2 … each under a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from gendocs.amend.text.style import Style
from gendocs.errors import Msg, UsageError
from gendocs.ja import fullwidth_digits, wareki_date


@dataclass(frozen=True)
class Enforcement:
    """When the amendment takes effect (施行期日).

    ``kind``: on promulgation (公布の日), a fixed ``day``, or a day fixed later by ``delegate``
    (e.g. 「規則で定める日」) within ``within`` of promulgation (e.g. 「3月」).
    """

    kind: Literal["promulgation", "date", "delegated"] = "promulgation"
    day: date | None = None
    delegate: str = ""
    within: str = ""


@dataclass(frozen=True)
class LaterProvision:
    """Provisions that take effect on their own day: 「(1)　第6条の改正規定　令和9年4月1日」."""

    provisions: str
    enforcement: Enforcement


@dataclass(frozen=True)
class OtherAmendment:
    """Another rule amended by this 附則: its title and number, and its 改正規定 (sentences)."""

    title: str
    number: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Enactment:
    """Everything the 附則 says: 施行期日 (and later days for some provisions), 適用日, 経過措置
    sentences, other rules amended."""

    enforcement: Enforcement = Enforcement()
    applies_from: date | None = None
    transitional: tuple[str, ...] = ()
    others: tuple[OtherAmendment, ...] = ()
    later: tuple[LaterProvision, ...] = ()


@dataclass(frozen=True)
class SupplParagraph:
    """One 項 of the 附則: its heading (None when alone), its sentence and any following lines."""

    heading: str | None
    text: str
    lines: tuple[str, ...] = ()


DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_enforcement(text: str) -> Enforcement:
    """Read the --enforce option: 「公布の日」, an ISO date, or a delegated day in words."""
    text = text.strip()
    if text in ("公布の日", "promulgation", ""):
        return Enforcement()
    if (m := DATE.match(text)) is not None:
        try:
            return Enforcement("date", date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            raise UsageError(
                Msg(f"日付「{text}」が正しくありません。", f"invalid date {text!r}.")
            ) from None
    return Enforcement("delegated", delegate=text)


def enactment_paragraphs(
    enactment: Enactment, kind: str, style: Style
) -> tuple[SupplParagraph, ...]:
    """Return the 附則 as 項, numbered and headed only when there are several."""
    paragraphs = [
        SupplParagraph(
            "施行期日", _effective(enactment, kind, style), _later_items(enactment, style)
        )
    ]
    paragraphs += [SupplParagraph("経過措置", text) for text in enactment.transitional]
    for other in enactment.others:
        number = f"（{other.number}）" if other.number else ""
        opening = f"{other.title}{number}の一部を次のように改正する。"
        paragraphs.append(SupplParagraph(f"{other.title}の一部改正", opening, other.sentences))
    if len(paragraphs) == 1:
        return (SupplParagraph(None, paragraphs[0].text, paragraphs[0].lines),)
    return tuple(paragraphs)


def _effective(enactment: Enactment, kind: str, style: Style) -> str:
    comma = style.comma
    start = f"この{kind}は{comma}{_day(enactment.enforcement, style)}から施行"
    if enactment.applies_from is not None:
        text = f"{start}し{comma}{_date(enactment.applies_from, style)}から適用する。"
    else:
        text = start + "する。"
    if enactment.later:
        # joureikun FAQ p=131: the exceptions follow as 号, earliest day first.
        text += f"ただし{comma}次の各号に掲げる規定は{comma}当該各号に定める日から施行する。"
    return text


def _later_items(enactment: Enactment, style: Style) -> tuple[str, ...]:
    ordered = sorted(
        enactment.later, key=lambda p: (p.enforcement.day is None, p.enforcement.day or date.max)
    )
    return tuple(
        f"{style.item_label((n,))}\u3000{p.provisions}\u3000{_day(p.enforcement, style)}"
        for n, p in enumerate(ordered, start=1)
    )


def _day(enforcement: Enforcement, style: Style) -> str:
    if enforcement.kind == "date" and enforcement.day is not None:
        return _date(enforcement.day, style)
    if enforcement.kind == "delegated":
        if enforcement.within:
            return (
                f"公布の日から起算して{enforcement.within}を超えない{style.span_word}"
                f"において{enforcement.delegate}"
            )
        return enforcement.delegate
    return "公布の日"


def _date(day: date, style: Style) -> str:
    return wareki_date(day, numerals=style.numerals)


def suppl_lines(paragraphs: tuple[SupplParagraph, ...], style: Style) -> list[str]:
    """Return the 附則 as plain text lines (headings and 項 numbers when several)."""
    lines: list[str] = []
    numbered = len(paragraphs) > 1
    for index, paragraph in enumerate(paragraphs, start=1):
        if paragraph.heading is not None and numbered:
            lines.append(f"（{paragraph.heading}）")
        label = (
            (str(index) if style.numerals == "arabic" else fullwidth_digits(str(index))) + "\u3000"
            if numbered
            else ""
        )
        lines.append(label + paragraph.text)
        lines += list(paragraph.lines)
    return lines
