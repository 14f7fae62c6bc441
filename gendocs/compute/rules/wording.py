"""Wording: no placeholder left in content; one word per defined term; drafted instruments take
effect after their date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import Msg
from gendocs.ja.placeholder import PLACEHOLDER
from gendocs.ja.wareki import wareki_date
from gendocs.load import KeyPath
from gendocs.model.organisation import SYNONYMS


def _strings(value: Any, path: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _strings(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _strings(child, path + (index,))


def placeholders(facts: Facts) -> Iterator[Finding]:
    """No 「○○」「第○号」 placeholder in any content value."""
    for path, text in _strings(facts.data, ()):
        for line in text.splitlines() or [text]:
            match = PLACEHOLDER.search(line)
            if match is None:
                continue
            shown = line.strip()
            shown = shown if len(shown) <= 40 else shown[:40] + "…"
            yield Finding(
                (path,),
                Msg(
                    f"仮の記号「{match.group().strip()}」が残っています（「{shown}」）。"
                    "実際の値を書いてください",
                    f"a placeholder '{match.group().strip()}' is left in '{shown}'; write the "
                    "actual value",
                ),
            )
            break


# Values chosen from a fixed vocabulary, not wording: which list a legal text's items come from
# (``items_from: 構成団体``), the 価格点 formula (``配分×(1−提案価格÷予定価格)``). The rules in
# content/ordinances are quoted as enacted, in their own words. 〔構成団体〕 is a placeholder.
NOT_WORDING = frozenset({"items_from", "price_formula"})
QUOTED = frozenset({"ordinances"})
PLACEHOLDER_WORD = re.compile(r"〔[^〕]*〕")


def terms(facts: Facts) -> Iterator[Finding]:
    """Content says each defined concept with the word ``consortium.terms`` gives it (「構成団体」,
    not 「構成町村」 in one place and 「組合町村」 in another)."""
    chosen = facts.content.consortium.terms
    given = facts.data.get("consortium", {}).get("terms", {})
    # the content's wording, walked once for every concept (a walk per concept was a fifth of
    # the cross-document rules' time at 200 members, issue 17)
    wording = [
        (path, PLACEHOLDER_WORD.sub("", text))
        for path, text in _strings(facts.data, ())
        if not (path[0] in QUOTED or any(key in NOT_WORDING for key in path))
    ]
    for concept, words in SYNONYMS.items():
        term = getattr(chosen, concept)
        where: KeyPath = ("consortium", "terms", concept) if concept in given else ("consortium",)
        for path, text in wording:
            rest = text.replace(term, "\0")
            other = next((w for w in words if w != term and w in rest), None)
            if other is None:
                continue
            yield Finding(
                (path, where),
                Msg(
                    f"「{other}」は定義語「{term}」（consortium.terms.{concept}）と同じものを"
                    f"指す別の語です。「{term}」と書くか、consortium.terms.{concept} を変えて"
                    "ください",
                    f"'{other}' names what the defined term '{term}' (consortium.terms."
                    f"{concept}) names; write '{term}' or change consortium.terms.{concept}",
                ),
                "warning",
            )


def enforcement(facts: Facts) -> Iterator[Finding]:
    """A drafted amendment does not take effect before the date of the document drafting it."""
    day = facts.document_date("amendment_texts")
    for i, data in enumerate(facts.data.get("ordinances") or []):
        if not isinstance(data, dict):
            continue
        dates: list[tuple[KeyPath, Any]] = [
            (("ordinances", i, "enforcement"), data.get("enforcement"))
        ]
        for k, later in enumerate(data.get("later") or []):
            if isinstance(later, dict):
                dates.append(
                    (("ordinances", i, "later", k, "enforcement"), later.get("enforcement"))
                )
        for path, value in dates:
            if isinstance(value, date) and value < day:
                yield Finding(
                    (path, ("project", "date")),
                    Msg(
                        f"施行期日 {wareki_date(value)} が改正文の日付 {wareki_date(day)} より"
                        "前です。施行期日を文書の日付より後にしてください",
                        f"the enforcement date {value} is before the document's date {day}; "
                        "enforce after the document's date",
                    ),
                )


RULES = (
    Rule("wording.placeholders", placeholders),
    Rule("wording.enforcement", enforcement),
    Rule("wording.terms", terms),
)
