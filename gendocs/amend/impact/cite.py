"""Find the citations of a rule's 条・項・号 in 例規 text and say them again after its amendment.

A citation is 「第12条第3項第2号」 with any of its parts relative: 「前条」「次条」「同条」,
「前項」「次項」「同項」, 「同号」. Whose 条 it names:

* right after the rule's 題名 (with its number in brackets,
  「（平成10年寒川町条例第3号。以下「条例」という。）」), its 略称 (「条例第4条」) or
  「同条例」 when that rule was named last: the rule's;
* joined to such a citation (「第5条及び第6条」, 「第3条から第5条まで」): the same rule's;
* 「同条」「同項」「同号」: whose the 条, 項 or 号 named last in the provision is;
* any other (「住民基本台帳法（昭和42年法律第81号）第12条」 is another law's; a bare
  「第4条第2項」 is the citing rule's own): only the rule's own when the citing rule is the
  amended rule itself;
  「前条」「前項」 are always the citing rule's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gendocs.amend.impact.changes import Key, RuleChanges
from gendocs.amend.text.lines import read_num, read_number
from gendocs.amend.text.model import Num
from gendocs.ja.kansuji import render_numeral

NUMBER = r"[0-9０-９]+|[〇一二三四五六七八九十百千]+"
BRANCH = rf"(?:の(?:{NUMBER}))*"
CITATION = re.compile(
    rf"(?:(?P<arel>前|次|同)条(?!例|規則|規約)|第(?P<a>{NUMBER})条(?P<ab>{BRANCH}))?"
    rf"(?:(?P<prel>前|次|同)項|第(?P<p>{NUMBER})項)?"
    rf"(?:(?P<irel>同)号|第(?P<i>{NUMBER})号(?P<ib>{BRANCH}))?"
)
_JOINED = re.compile(r"^(?:の規定)?(?:及び|又は|並びに|若しくは|から|、|，)$")
_NUMBERED = re.compile(r"(?:法律|条例|規則|規約|政令|省令|府令|告示|訓令)$")
_SAME_RULE = re.compile(r"同(条例|規則|規約|法)$")
_OTHER_RULE = re.compile(r"(?:法|法律|条例|規則|規約|政令|省令|府令)(?:[（(][^（）()]*[）)])?$")
_KANJI = re.compile("[〇一二三四五六七八九十百千]")
_FULLWIDTH = re.compile("[０-９]")


@dataclass(frozen=True)
class Citation:
    """A citation of the amended rule found in a text: where it is, what it says now, what it
    names and what it must say after the amendment (``new_text`` None: the unit is deleted)."""

    start: int
    end: int
    text: str
    target: Key
    new_target: Key | None
    new_text: str | None
    span: int = 0
    """For the end of a range (「第3条から第5条まで」): how many 条 more (or fewer) the range
    takes in after the amendment (an inserted or deleted 条 inside it), else 0."""


@dataclass
class _Scope:
    """What 「同条」「同項」「同号」 name at this point of a provision, and whose."""

    article: Num | None = None
    paragraph: int | None = None
    item: Num | None = None
    ours: bool = False


def mentions(text: str, changes: RuleChanges, aliases: set[str]) -> list[tuple[int, int]]:
    """Return the spans in ``text`` that name the amended rule: its 題名 with its number in
    brackets, a 略称, 「同条例」 (checked by the caller)."""
    spans = []
    title = re.escape(changes.title)
    for found in re.finditer(rf"{title}(?:[（(][^（）()]*[）)])?", text):
        spans.append((found.start(), found.end()))
    for alias in aliases:
        for found in re.finditer(rf"{re.escape(alias)}(?=第)", text):
            if not any(s <= found.start() < e for s, e in spans):
                spans.append((found.start(), found.end()))
    return sorted(spans)


def abbreviations(text: str, changes: RuleChanges) -> set[str]:
    """Return the 略称 a text gives the amended rule: 「…（平成10年寒川町条例第3号。以下「条例」と
    いう。）」."""
    title = re.escape(changes.title)
    return set(re.findall(rf"{title}[（(][^（）()]*以下「([^「」]+)」という。[）)]", text))


def citations(
    text: str,
    changes: RuleChanges,
    *,
    aliases: set[str],
    own: bool,
    here: Key,
    new_here: Key | None,
    last_rule: list[bool],
) -> list[Citation]:
    """Return the citations of the amended rule in one provision's text whose words change.

    ``own`` tells whether the text is the amended rule's own (bare citations are its own);
    ``here``/``new_here`` are the provision's number before and after (for 「前条」「前項」);
    ``last_rule`` ([bool]) carries across provisions whether 「同条例」 names the amended rule.
    """
    named = mentions(text, changes, aliases)
    scope = _Scope()
    out: list[Citation] = []
    previous_end, previous_ours = -1, False
    previous_target: Key | None = None
    for found in CITATION.finditer(text):
        if found.start() == found.end():
            continue
        parts = found.groupdict()
        before = text[: found.start()]
        if (
            parts["i"] is not None
            and parts["a"] is None
            and parts["p"] is None
            and (_NUMBERED.search(before))
        ):
            continue  # 「平成10年寒川町条例第3号」: the number of an instrument, not a 号
        same = _starts_with_same(parts)
        if any(e == found.start() for _, e in named):
            ours = last_rule[0] = True
        elif (other := _SAME_RULE.search(before)) is not None:
            ours = other.group(1) == changes.kind and last_rule[0]
        elif _OTHER_RULE.search(before):
            last_rule[0] = ours = False  # another law or rule named just before
        elif previous_end >= 0 and _JOINED.match(text[previous_end : found.start()]) and not same:
            ours = previous_ours
        elif same:
            ours = scope.ours
        else:
            ours = own
        target = _resolve(parts, scope, here)
        starts_range = text[previous_end : found.start()] == "から" and previous_ours and ours
        start_target = previous_target if starts_range else None
        previous_end, previous_ours, previous_target = found.end(), ours, target
        if target is None:
            continue
        scope = _Scope(target[0], target[1], target[2], ours)
        if not ours:
            continue
        new_target = changes.after(target)
        new_text = _rewrite(found, new_target, new_here)
        if new_text != found.group():
            span = _span_change(start_target, target, changes)
            out.append(
                Citation(
                    found.start(), found.end(), found.group(), target, new_target, new_text, span
                )
            )
    return out


def _span_change(start: Key | None, end: Key, changes: RuleChanges) -> int:
    """How many 条 more a range of 条 「第A条から第B条まで」 spans after the amendment."""
    if start is None or start[1:] != (None, None) or end[1:] != (None, None):
        return 0
    after_start, after_end = changes.after(start), changes.after(end)
    if after_start is None or after_end is None:
        return 0
    if len(start[0]) > 1 or len(end[0]) > 1 or len(after_start[0]) > 1 or len(after_end[0]) > 1:
        return 0  # 枝番: not counted
    return (after_end[0][0] - after_start[0][0]) - (end[0][0] - start[0][0])


def _starts_with_same(parts: dict[str, str | None]) -> bool:
    """Tell whether a citation starts with 「同条」「同項」「同号」."""
    if parts["a"] is not None or parts["arel"] is not None:
        return parts["arel"] == "同"
    if parts["p"] is not None or parts["prel"] is not None:
        return parts["prel"] == "同"
    return parts["irel"] == "同"


def _resolve(parts: dict[str, str | None], scope: _Scope, here: Key) -> Key | None:
    """Return the unit a citation names, with its 条 (and the 項 of a 号) filled in.

    A bare 「第2項」 or 「第3号」 is a unit of the provision's own 条 (and 項); 「同…」 names what
    was named last; 「前条」「次項」 count from the provision.
    """
    article: Num | None
    paragraph: int | None
    if parts["a"] is not None:
        article = read_num(parts["a"], parts["ab"] or "")
    elif parts["arel"] == "同":
        article = scope.article
    elif parts["arel"] in ("前", "次"):
        article = (here[0][0] + (-1 if parts["arel"] == "前" else 1),)
    elif parts["prel"] == "同" or (parts["p"] is None and parts["irel"] == "同"):
        article = scope.article
    else:
        article = here[0]
    if parts["p"] is not None:
        paragraph = read_number(parts["p"])
    elif parts["prel"] == "同":
        paragraph = scope.paragraph
    elif parts["prel"] in ("前", "次"):
        paragraph = (here[1] or 1) + (-1 if parts["prel"] == "前" else 1)
    elif parts["a"] is None and parts["arel"] is None:
        paragraph = scope.paragraph if parts["irel"] == "同" else here[1]
    else:
        paragraph = None
    item: Num | None = None
    if parts["i"] is not None:
        item = read_num(parts["i"], parts["ib"] or "")
    elif parts["irel"] == "同":
        item = scope.item
    if article is None:
        return None
    if item is not None and paragraph is None:
        paragraph = 1  # 「第5条第2号」: a 号 of a 条 with one 項
    return (article, paragraph, item)


def _style(written: str) -> str:
    if _KANJI.search(written):
        return "kanji"
    if _FULLWIDTH.search(written):
        return "fullwidth"
    return "arabic"


def _num(number: Num, numerals: str) -> str:
    return "の".join(render_numeral(n, numerals) for n in number)


def _rewrite(found: re.Match[str], new_target: Key | None, new_here: Key | None) -> str | None:
    """Say a citation again after the amendment: the parts it writes, a relative one kept while
    it still names the unit (「前条」 of a 条 that moves with its neighbour), numbers otherwise;
    None when the unit is deleted."""
    if new_target is None:
        return None
    parts = found.groupdict()
    numerals = _style(found.group())
    article, paragraph, item = new_target
    out = ""
    if parts["a"] is not None:
        out += f"第{_num(article, numerals)}条"
    elif parts["arel"] == "同":
        out += "同条"
    elif parts["arel"] in ("前", "次"):
        step = -1 if parts["arel"] == "前" else 1
        keep = new_here is not None and article == (new_here[0][0] + step,)
        out += f"{parts['arel']}条" if keep else f"第{_num(article, numerals)}条"
    if paragraph is not None and parts["p"] is not None:
        out += f"第{render_numeral(paragraph, numerals)}項"
    elif paragraph is not None and parts["prel"] == "同":
        out += "同項"
    elif paragraph is not None and parts["prel"] in ("前", "次"):
        step = -1 if parts["prel"] == "前" else 1
        keep = (
            new_here is not None
            and not out
            and article == new_here[0]
            and paragraph == (new_here[1] or 1) + step
        )
        if keep:
            out += f"{parts['prel']}項"
        else:
            head = out or f"第{_num(article, numerals)}条"
            out = f"{head}第{render_numeral(paragraph, numerals)}項"
    if item is not None and parts["irel"] == "同":
        out += "同号"
    elif item is not None and parts["i"] is not None:
        out += f"第{_num(item, numerals)}号"
    return out
