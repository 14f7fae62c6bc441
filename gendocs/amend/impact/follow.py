"""ハネ in a build: the citations an amendment renumbers that another text of the build (or its
own new text) does not yet follow, and that text corrected.

A citation is found in the old text of the citing rule (:func:`search_rule`); its new text must
say it as it becomes in the same provision (moved with the citing rule's own amendment). What it
does not say is *stale*; :func:`follow_all` corrects it when the content asks for it
(``hane: true`` on the ordinance, :mod:`gendocs.compute.amendments`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gendocs.amend.impact.changes import Key, RuleChanges, rule_changes
from gendocs.amend.impact.search import Finding, follow, search_rule
from gendocs.amend.text.model import Rule
from gendocs.amend.text.parse import parse_rule_text
from gendocs.errors import GendocsError


def stale_citations(
    changes: RuleChanges, source: str, old_text: str, old: Rule, new: Rule
) -> list[tuple[Finding, Key]]:
    """Return the citations of the rule ``changes`` describes, found in ``old_text`` (the old
    text of ``old``), that the same provision of ``new`` does not write as they become; each with
    that provision's number in ``new``."""
    impact = search_rule(source, old_text, changes)
    own = changes if old.title == changes.title else rule_changes(old, new)
    out = []
    for found in impact.findings if impact is not None else ():
        if found.kind != "citation" or found.key == ((0,), None, None):
            continue  # before the 本則 (a 本則 of 項 only is ((0,), N, …): 本則第N項)
        after = own.after(found.key)
        if after is None:
            continue  # the citing provision itself goes
        texts = provision_texts(new, after)
        if found.written is not None and any(found.written in text for text in texts):
            continue
        if found.written is None and not any(found.old in text for text in texts):
            continue
        out.append((found, after))
    return out


def follow_all(new_text: str, stale: list[tuple[Finding, Key]]) -> str:
    """Return ``new_text`` with every stale citation written as it becomes (a deleted unit's
    citation is left for the drafter)."""
    return follow(
        new_text, [(after, f.old, f.written) for f, after in stale if f.written is not None]
    )


def provision_texts(rule: Rule, key: Key) -> list[str]:
    """The texts of a provision (条, 項 or 号) of a rule; [] if it has none."""
    article_number, paragraph_number, item_number = key
    for article in rule.articles:
        if article.number != article_number:
            continue
        texts: list[str] = []
        for paragraph in article.paragraphs:
            if paragraph_number not in (None, paragraph.number):
                continue
            if item_number is None:
                texts.append(paragraph.text)
            texts += [i.text for i in paragraph.items if item_number in (None, i.number)]
        return texts
    return []


Texts = dict[int, tuple[str, Rule, Rule]]
"""The ordinances of a build with old/new text: index → (old text, old rule, new rule)."""


def parse_build(ordinances: Sequence[Any]) -> Texts:
    """Parse the old and new text of every ordinance of a build written as text; one whose text
    cannot be read is left out (the compute stage reports it, located)."""
    out: Texts = {}
    for index, data in enumerate(ordinances):
        if not isinstance(data, dict):
            continue
        old_text, new_text = data.get("old"), data.get("new")
        if not isinstance(old_text, str) or not isinstance(new_text, str):
            continue
        try:
            old, new = parse_rule_text(old_text), parse_rule_text(new_text, allow_gaps=True)
        except GendocsError:
            continue
        out[index] = (old_text, old, new)
    return out


def build_stale(texts: Texts) -> list[tuple[int, int, Finding, Key]]:
    """Every stale citation of the build: (amended ordinance, citing ordinance, finding, the
    citing provision's new number)."""
    out = []
    for i, (_text, old, new) in texts.items():
        try:
            changes = rule_changes(old, new)
        except GendocsError:
            continue
        if not (changes.renamed or changes.terms or any(k != v for k, v in changes.units.items())):
            continue
        for j, (old_text, old_j, new_j) in texts.items():
            try:
                found = stale_citations(changes, f"ordinances[{j}]", old_text, old_j, new_j)
            except GendocsError:
                continue
            out += [(i, j, finding, after) for finding, after in found]
    return out
