"""What an amendment changes that other provisions may cite: numbers of 条・項・号, defined terms,
the 題名.

The old and new 条, 項 and 号 are paired the way the drafter pairs them
(:func:`gendocs.amend.align.units.align`: by number, then by content), so a 条 inserted in front
shows as the later 条 moving down (第4条 → 第5条), and a 号 inserted in a 項 as its later 号
moving down. A defined term is renamed when the 号 (「電子計算組織　…をいう。」) or the 項
(「（以下「審議会」という。）」) defining it is paired with one defining another word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gendocs.amend.align.units import align
from gendocs.amend.text.model import Article, Item, Num, Paragraph, Rule

Key = tuple[Num, int | None, Num | None]
"""A unit of the 本則: (条, 項 or None for the whole 条, 号 or None)."""

_DEFINED_ITEM = re.compile(r"^([^\s\u3000、。「」（）]{1,30})[\u3000 ]+.*をいう。")
_DEFINED_ABBR = re.compile(r"以下「([^「」]{1,30})」という。")


@dataclass(frozen=True)
class RuleChanges:
    """The changes of one rule that make citations of it stale.

    ``units`` maps every numbered unit of the old 本則 to its new number (None when deleted);
    ``terms`` maps a renamed defined term to its new word; ``single`` holds the 条 of the old text
    with one 項 (cited as the 条: 「第5条」 is its 項, 「第5条第2号」 its 号).
    """

    title: str
    new_title: str
    number: str
    kind: str
    units: dict[Key, Key | None] = field(default_factory=dict)
    terms: dict[str, str] = field(default_factory=dict)
    single: frozenset[Num] = frozenset()
    new_single: frozenset[Num] = frozenset()
    repealed: bool = False
    """The rule is repealed (its new text has no 本則: drafted with ``repeal: true`` or a new
    text of only its 題名): every citation of it, by name or of a 条, goes with it."""

    def after(self, key: Key) -> Key | None:
        """Return the number ``key`` has after the amendment (None if deleted, itself if the
        amendment does not know it)."""
        return self.units.get(key, key)

    @property
    def renamed(self) -> bool:
        """Tell whether the 題名 changes."""
        return self.title != self.new_title


def rule_changes(old: Rule, new: Rule) -> RuleChanges:
    """Compare the old and new text of a rule: renumbered units, renamed terms, 題名."""
    units: dict[Key, Key | None] = {}
    terms: dict[str, str] = {}
    for pair in align(old.articles, new.articles):
        before, after = pair.old, pair.new
        if not isinstance(before, Article):
            continue
        if not isinstance(after, Article):
            _delete(units, before)
            continue
        units[(before.number, None, None)] = (after.number, None, None)
        for ppair in align(before.paragraphs, after.paragraphs):
            old_p, new_p = ppair.old, ppair.new
            if not isinstance(old_p, Paragraph):
                continue
            old_key: Key = (before.number, old_p.number, None)
            if not isinstance(new_p, Paragraph):
                units[old_key] = None
                for item in old_p.items:
                    units[(before.number, old_p.number, item.number)] = None
                continue
            units[old_key] = (after.number, new_p.number, None)
            _renamed(terms, _DEFINED_ABBR.findall(old_p.text), _DEFINED_ABBR.findall(new_p.text))
            for ipair in align(old_p.items, new_p.items):
                old_i, new_i = ipair.old, ipair.new
                if not isinstance(old_i, Item):
                    continue
                item_key: Key = (before.number, old_p.number, old_i.number)
                if not isinstance(new_i, Item):
                    units[item_key] = None
                    continue
                units[item_key] = (after.number, new_p.number, new_i.number)
                _renamed(terms, _defined(old_i.text), _defined(new_i.text))
    return RuleChanges(
        title=old.title,
        new_title=new.title,
        number=old.number,
        kind=old.kind,
        units=units,
        terms=terms,
        single=frozenset(a.number for a in old.articles if len(a.paragraphs) == 1),
        new_single=frozenset(a.number for a in new.articles if len(a.paragraphs) == 1),
        repealed=not new.articles,
    )


def _delete(units: dict[Key, Key | None], article: Article) -> None:
    units[(article.number, None, None)] = None
    for paragraph in article.paragraphs:
        units[(article.number, paragraph.number, None)] = None
        for item in paragraph.items:
            units[(article.number, paragraph.number, item.number)] = None


def _defined(text: str) -> list[str]:
    found = _DEFINED_ITEM.match(text)
    return [found.group(1)] if found else []


def _renamed(terms: dict[str, str], old: list[str], new: list[str]) -> None:
    if len(old) == len(new):
        for before, after in zip(old, new, strict=True):
            if before != after:
                terms[before] = after
