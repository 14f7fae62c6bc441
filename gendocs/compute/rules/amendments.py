"""ハネ within the build: citations of a 条・項・号 another ordinance renumbers, or of a term it
renames, that the new text of the citing ordinance does not follow (issue 13 item 5).

For each ``content/ordinances`` file with ``old``/``new`` text whose amendment renumbers 条・項・号,
renames a defined term or its 題名, every ordinance of the build (itself included) is searched
(:func:`gendocs.amend.search_rule`, the impact search of ``gendocs amend --corpus``) in its old
text; a citation found there must read, in the same provision of its new text, as it will after
the amendment (「第4条第2項第2号」 → 「第5条第2項第3号」). When it does not, a warning at the citing
file's ``new:`` names the provision and the citation to write.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gendocs.amend import Rule as RuleText
from gendocs.amend import (
    RuleChanges,
    new_unnumbered,
    parse_rule_text,
    rule_changes,
    search_rule,
    with_number,
)
from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import GendocsError, Msg


def hane(facts: Facts) -> Iterator[Finding]:
    """Citations that an amendment of the build renumbers and the citing new text keeps."""
    texts = _texts(facts.data.get("ordinances") or [])
    for i, (_old_text, old, new) in texts.items():
        try:
            changes = rule_changes(old, new)
        except GendocsError:
            continue  # the compute stage reports a text it cannot draft
        if not _changes_anything(changes):
            continue
        for j, (old_text_j, old_j, new_j) in texts.items():
            yield from _stale(facts, i, changes, j, old_text_j, old_j, new_j)


def _texts(ordinances: list[Any]) -> dict[int, tuple[str, RuleText, RuleText]]:
    out = {}
    for index, data in enumerate(ordinances):
        if not isinstance(data, dict):
            continue
        old_text, new_text = data.get("old"), data.get("new")
        if not isinstance(old_text, str) or not isinstance(new_text, str):
            continue
        try:
            old, new = parse_rule_text(old_text), parse_rule_text(new_text, allow_gaps=True)
        except GendocsError:
            continue  # reported, located, by the compute stage
        out[index] = (old_text, old, new)
    return out


def _changes_anything(changes: RuleChanges) -> bool:
    return changes.renamed or bool(changes.terms) or any(k != v for k, v in changes.units.items())


def _stale(
    facts: Facts,
    i: int,
    changes: RuleChanges,
    j: int,
    old_text: str,
    old: RuleText,
    new: RuleText,
) -> Iterator[Finding]:
    try:
        impact = search_rule(f"ordinances[{j}]", old_text, changes)
        own = rule_changes(old, new) if i != j else changes
    except GendocsError:
        return
    for found in impact.findings if impact is not None else ():
        if found.kind != "citation" or found.key[0] == (0,):
            continue
        after = own.after(found.key)
        if after is None:
            continue  # the citing provision itself goes
        texts = _provision_texts(new, after)
        if found.written is not None and any(found.written in text for text in texts):
            continue
        if found.written is None and not any(found.old in text for text in texts):
            continue
        where = _label(after, new)
        amended = changes.title if i != j else "この例規"
        amended_en = changes.title if i != j else "this rule"
        if found.new is None:
            message = Msg(
                f"{new.title}{where}は{amended}の{found.target}を引用していますが、"
                "この規定は改正で削られます。引用を改めてください",
                f"{new.title} {where} cites {found.target} of {amended_en}, which the "
                "amendment deletes: amend the citation",
            )
        else:
            message = Msg(
                f"{new.title}{where}は{amended}の{found.target}（「{found.old}」）を"
                f"引用しています。改正で{found.new}となるため、改正後の本文（new）では"
                f"「{found.written}」と書いてください（ハネ）",
                f"{new.title} {where} cites {found.target} (「{found.old}」) of "
                f"{amended_en}, which becomes {found.new}: write 「{found.written}」 in the new "
                "text (new)",
            )
        paths = (("ordinances", j, "new"),) + ((("ordinances", i, "new"),) if i != j else ())
        yield Finding(paths, message, "warning")


def _provision_texts(rule: RuleText, key: tuple[Any, ...]) -> list[str]:
    """The texts of a provision (条 with its 見出し, 項 or 号) of a rule; [] if it has none."""
    article_number, paragraph_number, item_number = key
    for article in rule.articles:
        if article.number != article_number:
            continue
        paragraphs = [p for p in article.paragraphs if paragraph_number in (None, p.number)]
        texts: list[str] = []
        for paragraph in paragraphs:
            if item_number is None:
                texts.append(paragraph.text)
            texts += [i.text for i in paragraph.items if item_number in (None, i.number)]
        return texts
    return []


def _label(key: tuple[Any, ...], rule: RuleText) -> str:
    """Name a provision of the new text: 第6条, 第5条第2項, 第5条第2項第3号."""
    article, paragraph, item = key
    out = "第" + "の".join(str(n) for n in article) + "条"
    single = any(a.number == article and len(a.paragraphs) == 1 for a in rule.articles)
    if paragraph is not None and not single:
        out += f"第{paragraph}項"
    if item is not None:
        out += "第" + "の".join(str(n) for n in item) + "号"
    return out


def law_number(facts: Facts) -> Iterator[Finding]:
    """A law the new text of an ordinance cites for the first time, without its 法令番号."""
    for index, (_text, old, new) in _texts(facts.data.get("ordinances") or []).items():
        data = facts.data["ordinances"][index]
        numerals = "kanji" if data.get("style") == "national" else "arabic"
        for citation in new_unnumbered(old, new):
            written = with_number(citation.law, numerals)
            yield Finding(
                (("ordinances", index, "new"),),
                Msg(
                    f"{new.title}{citation.where}は「{citation.law.name}」を初めて引用していますが、"
                    f"法令番号がありません。初めての引用は「{written}」と書いてください",
                    f"{new.title} {citation.where} cites 「{citation.law.name}」 for the first "
                    f"time without its number: write 「{written}」",
                ),
                "warning",
            )


RULES = (Rule("amend.hane", hane), Rule("amend.law_number", law_number))
