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


@dataclass(frozen=True)
class Issuance:
    """The instrument around the 改正規定 (issue 13 item 6), from content.

    ``form``: ``bill`` (議案: 議案番号, 「…について」, 「…を次のように定める。」, 提出日, the
    proposer, and 提案理由 after the 附則) or ``promulgation`` (公布文: 「…をここに公布する。」,
    公布日, the signatory, then the instrument's own number above its 題名). ``number`` is the
    議案番号 or the number of the amending instrument; ``date`` the 提出日 or 公布日.
    """

    form: Literal["bill", "promulgation"]
    number: str
    date: date
    signatory_title: str
    signatory_name: str
    reason: str = ""


@dataclass(frozen=True)
class PreambleLine:
    """A line before the 題名: ``kind`` says how it is set (head: no indent; sentence: first line
    indented; indented: two characters in; sign: right-aligned)."""

    kind: Literal["head", "sentence", "indented", "sign"]
    text: str


def preamble_lines(issuance: Issuance | None, title: str, style: Style) -> tuple[PreambleLine, ...]:
    """The lines an instrument prints before its 題名 (docs/amendment-rules.md 2.1):

    議案 (新得町議会 平成10年第2回臨時会 議案第30号; 川越市議会 平成28年 議案第48号)::

        議案第15号
            ○○条例の一部を改正する条例の制定について
          ○○条例の一部を改正する条例を次のように定める。
            令和9年2月20日提出
                                        ○○町長　氏名

    公布文 (東京都公報 平成27年12月24日; 官報の政令)::

          ○○条例の一部を改正する条例をここに公布する。
            令和9年3月20日
                                        ○○町長　氏名
        ○○町条例第3号
    """
    if issuance is None:
        return ()
    day = _date(issuance.date, style)
    sign = PreambleLine("sign", f"{issuance.signatory_title}\u3000{issuance.signatory_name}")
    if issuance.form == "bill":
        return (
            PreambleLine("head", issuance.number),
            PreambleLine("indented", f"{title}の制定について"),
            PreambleLine("sentence", f"{title}を次のように定める。"),
            PreambleLine("indented", f"{day}提出"),
            sign,
        )
    return (
        PreambleLine("sentence", f"{title}をここに公布する。"),
        PreambleLine("indented", day),
        sign,
        PreambleLine("head", issuance.number),
    )


def enforcement_conflicts(enactment: Enactment, issuance: Issuance) -> list[tuple[str, date, Msg]]:
    """The 施行期日 that come too early for the instrument's date: before the 公布日 (a rule
    cannot take effect before it is promulgated), or on or before the 提出日 of a 議案 (議決 and
    公布 come in between). Each as (key, the day, the message)."""
    found: list[tuple[str, date, Msg]] = []
    days = [("enforcement", enactment.enforcement)] + [
        (f"later[{k}]", p.enforcement) for k, p in enumerate(enactment.later)
    ]
    for key, enforcement in days:
        day = enforcement.day
        if enforcement.kind != "date" or day is None:
            continue
        if issuance.form == "bill" and day <= issuance.date:
            found.append(
                (
                    key,
                    day,
                    Msg(
                        f"施行期日 {day.isoformat()} が議案の提出日 {issuance.date.isoformat()} "
                        "以前です（議決・公布の後の日が必要です）。",
                        f"the enforcement date {day.isoformat()} is not after the bill's date "
                        f"{issuance.date.isoformat()}.",
                    ),
                )
            )
        elif issuance.form == "promulgation" and day < issuance.date:
            found.append(
                (
                    key,
                    day,
                    Msg(
                        f"施行期日 {day.isoformat()} が公布日 {issuance.date.isoformat()} "
                        "より前です。",
                        f"the enforcement date {day.isoformat()} is before the promulgation "
                        f"date {issuance.date.isoformat()}.",
                    ),
                )
            )
    return found
