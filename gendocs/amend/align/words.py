"""字句の改正: find the word changes between two texts and choose what to quote in 「 」.

Rules implemented (docs/amendment-rules.md 2.2, 2.3):
* compare word by word, never splitting a number from its unit (「500円」), a date or an article
  reference (「第3条第2項」);
* quote the smallest span that is unique in the cited unit; widen with neighbouring words when the
  words recur (「□□□を」, 「その□□□」);
* changes that only a connective (及び, および, 、, ・ …) separates are quoted as one phrase
  (「防災会議の委員および専門委員」を「防災会議の委員,専門委員および幹事」に, 函館市 H27);
* the same change at every occurrence in the unit is written once (「条中」 covers them all);
* a 読点 that belongs to inserted words goes with them (「証人」の次に「、鑑定人」を加える);
* words cannot be inserted before the start of a text with 「の次に」: write 「A」を「BA」に改める.

Semantics shared with the applier: every edit of one clause is located in the text as it stood
before the clause, at **every** occurrence in the cited unit, and the located spans must not
overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Literal

from gendocs.amend.align.morph import compound_points, phrase_end, word_cuts

_NUM = r"[0-9０-９]+(?:[,，.．][0-9０-９]+)*"
_KNUM = r"[〇一二三四五六七八九十百千]+"
_REF_UNIT = rf"第(?:{_NUM}|{_KNUM})[条項号章節款目](?:の(?:{_NUM}|{_KNUM}))*"
# A reference is one word with what it is relative to: 「前条第二項第三号」, 「同項各号」.
_REF_HEAD = "[前次同][条項号]"
# ... and a range of references is one word too: 「前条第二項第二号から第六号まで」.
_REF = rf"(?:{_REF_HEAD}|{_REF_UNIT})(?:{_REF_UNIT})*(?:各[項号])?"
# Function words split off the script runs, so that 「、その」 or 「又は」 can be quoted alone.
_FUNCTION = (
    "において|について|に関する|に関し|に係る|に対する|に対し|による|により|その|この|これら|これ|"
    "それ|ため|ところ|もの|こと|とき|ほか|ただし|なお|かつ|又は|及び|並びに|若しくは|又|及|"
    "以下|以上|以内|以外|未満|まで|から|ずつ|ごと"
)
_SPLIT_BEFORE = "又は|及び|並びに|若しくは|以下|以上|以内|以外|未満"
_UNITS = (
    "時間|週間|箇月|か月|ヶ月|カ月|平方メートル|メートル|パーセント|"
    "円|人|日|月|年|回|件|分|時|歳|枚|通|部|名|台|％|%"
)
TOKEN = re.compile(
    "|".join(
        [
            rf"{_REF}(?:から{_REF}まで)?",
            rf"(?:令和|平成|昭和|大正|明治)(?:{_NUM}|{_KNUM}|元)年(?:(?:{_NUM}|{_KNUM})月(?:(?:{_NUM}|{_KNUM})日)?)?",
            rf"{_NUM}(?:{_UNITS})?",
            rf"{_KNUM}(?:{_UNITS})",
            _FUNCTION,
            rf"(?:(?!{_REF_UNIT}|{_REF_HEAD}|{_SPLIT_BEFORE}|{_KNUM}(?:{_UNITS}))[\u3400-\u9fff々〆ヶ])+",
            r"[\u30a1-\u30fa\u30fc]+",
            rf"(?:(?!{_FUNCTION})[\u3041-\u309f])+",
            r"[A-Za-zＡ-Ｚａ-ｚ]+",
            r".",
        ]
    ),
    re.DOTALL,
)
_LEADING_MARKS = ("、", "，", ",", "・")
_LEADING_MARKS_SET = set(_LEADING_MARKS)
_MARKS = set("、。，,．.・「」『』（）()［］[]｛｝{}〔〕：:；; \u3000")

_KANJI = re.compile(r"[\u3400-\u9fff]")
_HIRAGANA_RUN = re.compile(r"[\u3041-\u309f]+")
_PARTICLES = set("はがをにのでともへやかぞ")

# Words that join the conjuncts of one phrase (docs/amendment-rules.md 2.2: changes on both sides
# are quoted as one span), and the words a noun phrase is made of (nouns, numbers, references).
_CONNECTIVES = {
    "及び",
    "および",
    "又は",
    "または",
    "並びに",
    "ならびに",
    "若しくは",
    "もしくは",
    "、",
    "，",
    ",",
    "・",
}
_PHRASE_WORD = re.compile(r"[\u3400-\u9fff々〆ヶ\u30a1-\u30fa\u30fc0-9０-９A-Za-zＡ-Ｚａ-ｚ]+")

EditKind = Literal["replace", "delete", "insert"]


@dataclass(frozen=True)
class WordEdit:
    """One 字句 change: 「old」を「new」に改める, 「old」を削る, 「old」の次に「new」を加える."""

    kind: EditKind
    old: str
    new: str = ""


@dataclass(frozen=True)
class _Change:
    """A change found by the diff: in segment ``seg``, text[start:end] becomes ``new``."""

    seg: int
    start: int
    end: int
    new: str


class EditConflict(Exception):
    """Edits that cannot be applied: a quote not found, or located spans overlapping."""


def tokenize(text: str) -> list[str]:
    """Split a text into words: references, dates, numbers with units, script runs, marks."""
    return TOKEN.findall(text)


def count(text: str, quote: str) -> int:
    """Count occurrences of ``quote`` in ``text``, overlapping ones included."""
    found, at = 0, text.find(quote)
    while at >= 0:
        found, at = found + 1, text.find(quote, at + 1)
    return found


def balanced(text: str) -> bool:
    """Tell whether 「」 and （） pair up inside ``text`` (a quote must not cut a bracket)."""
    for opening, closing in (("「", "」"), ("（(", "）)")):
        depth = 0
        for char in text:
            depth += (char in opening) - (char in closing)
            if depth < 0:
                return False
        if depth:
            return False
    return True


def apply_edits(texts: list[str], edits: tuple[WordEdit, ...]) -> list[str]:
    """Apply one clause of edits to the texts of a unit (all occurrences, located beforehand)."""
    spans: list[tuple[int, int, int, str]] = []
    for edit in edits:
        located = [(seg, *span) for seg, text in enumerate(texts) for span in _locate(text, edit)]
        if not located:
            raise EditConflict(f"「{edit.old}」が見つかりません")
        spans.extend(located)
    spans.sort()
    for before, after in pairwise(spans):
        if before[0] == after[0] and after[1] < before[2]:
            raise EditConflict("改正箇所が重なっています")
    out = list(texts)
    for seg, start, end, new in reversed(spans):
        out[seg] = out[seg][:start] + new + out[seg][end:]
    return out


def _locate(text: str, edit: WordEdit) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    at = text.find(edit.old)
    while at >= 0 and edit.old:
        end = at + len(edit.old)
        new = {"replace": edit.new, "delete": "", "insert": edit.old + edit.new}[edit.kind]
        spans.append((at, end, new))
        at = text.find(edit.old, end)
    return spans


def plan_edits(old: list[str], new: list[str]) -> tuple[WordEdit, ...] | None:
    """Return edits turning the old texts of a unit into the new ones, or None if quoting fails."""
    if len(old) != len(new):
        return None
    changes = _whole_words(
        [
            _with_okurigana(c, old[seg])
            for seg, (a, b) in enumerate(zip(old, new, strict=True))
            if a != b
            for c in _diff(seg, a, b)
        ],
        old,
    )
    joined = _join_phrases(_join_enumeration(changes, old), old, _repeated(changes, old))
    for found in (joined, changes) if joined != changes else (changes,):
        groups = _identical_groups(found, old)
        for use_groups, gap in ((True, 1), (True, 4), (False, 1), (False, 1_000_000)):
            edits = _quote_all(found, groups if use_groups else {}, old, gap)
            if edits is not None and _reproduces(old, new, edits):
                return edits
    return None


def _whole_words(changes: list[_Change], old: list[str]) -> list[_Change]:
    """Widen each change that cuts a word or a 文節 (:mod:`.morph`) to the whole of it; changes that
    would then overlap are joined."""
    widened: list[_Change] = []
    for change in changes:
        text = old[change.seg]
        inside, completes = word_cuts(text)
        if change.new.startswith(tuple(_CONNECTIVES)) and change.start == change.end:
            # 「設置及び管理する」: the する completes both nouns (「設置」の次に「及び管理」)
            completes = frozenset()
        start, end = change.start, change.end
        while start > 0 and (start in inside or start in completes):
            start -= 1
        # the end goes on to the end of a word it cuts, and through what completes the word
        # once the start moved back into it (「設置」+「する」); a noun replaced before its する
        # stays alone
        while end < len(text) and (end in inside or (start < change.start and end in completes)):
            end += 1
        if end > start:
            # never end on a 未然形・仮定形 (「報告しなけれ」): through 「ばならない」
            end = phrase_end(text, end)
        new = text[start : change.start] + change.new + text[change.end : end]
        last = widened[-1] if widened and widened[-1].seg == change.seg else None
        if last is not None and start < last.end:
            if change.start < last.end:  # the words of the change were already taken in
                return changes
            new = last.new + text[last.end : change.start] + change.new + text[change.end : end]
            widened[-1] = _Change(change.seg, last.start, end, new)
            continue
        widened.append(_Change(change.seg, start, end, new))
    return widened


def _reproduces(old: list[str], new: list[str], edits: tuple[WordEdit, ...]) -> bool:
    try:
        return apply_edits(old, edits) == new
    except EditConflict:
        return False


def _diff(seg: int, old: str, new: str) -> list[_Change]:
    a, b = tokenize(old), tokenize(new)
    starts_a = _offsets(a)
    starts_b = _offsets(b)
    changes = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            change = _Change(seg, starts_a[i1], starts_a[i2], new[starts_b[j1] : starts_b[j2]])
            changes.append(_range_tail(change, a[i1:i2], b[j1:j2]))
    return changes


_RANGE = re.compile(rf"({_REF})から{_REF}まで")


def _range_tail(change: _Change, old: list[str], new: list[str]) -> _Change:
    """Quote only the changed tail of a range whose first reference stays when the range itself
    goes: 「から第十八条の二まで」を「、第十八条の二」に (東京都公報 平成27年12月25日). A range that
    stays a range (a number inside it changes) is quoted whole: 「前条第二項第二号から第六号
    まで」."""
    first = _RANGE.fullmatch(old[0]) if len(old) == 1 else None
    if first is None or (len(new) == 1 and _RANGE.fullmatch(new[0])):
        return change
    if not new or new[0] != first.group(1):
        return change
    kept = len(first.group(1))
    return _Change(change.seg, change.start + kept, change.end, change.new[kept:])


def _offsets(tokens: list[str]) -> list[int]:
    offsets = [0]
    for token in tokens:
        offsets.append(offsets[-1] + len(token))
    return offsets


def _quote_all(
    changes: list[_Change], groups: dict[int, int], old: list[str], gap: int
) -> tuple[WordEdit, ...] | None:
    """Quote every change; ``groups`` maps a change to the first of its identical group."""
    edits: list[WordEdit] = []
    run: list[_Change] = []
    for index, change in enumerate(changes):
        if index not in groups:
            run.append(change)
            continue
        if not _flush(run, old, gap, edits):
            return None
        if groups[index] == index:
            edits.append(_bare_edit(change, old))
    return tuple(edits) if _flush(run, old, gap, edits) else None


def _flush(run: list[_Change], old: list[str], gap: int, edits: list[WordEdit]) -> bool:
    changes = _merge(run, old, gap)
    run.clear()
    i = 0
    while i < len(changes):
        edit = _quote_one(changes[i], old)
        if edit is None and i + 1 < len(changes) and changes[i + 1].seg == changes[i].seg:
            # No quote of this change alone works (e.g. it would cut a bracket): join the next.
            changes[i : i + 2] = _merge(changes[i : i + 2], old, 1_000_000)
            continue
        if edit is None:
            return False
        edits.append(edit)
        i += 1
    return True


def _merge(changes: list[_Change], old: list[str], gap: int) -> list[_Change]:
    merged: list[_Change] = []
    for change in changes:
        last = merged[-1] if merged else None
        if last is not None and last.seg == change.seg and change.start - last.end <= gap:
            between = old[change.seg][last.end : change.start]
            merged[-1] = _Change(
                change.seg, last.start, change.end, last.new + between + change.new
            )
        else:
            merged.append(change)
    return merged


def _repeated(changes: list[_Change], old: list[str]) -> set[int]:
    """Return the changes made identically at two or more places (written once, never joined)."""
    groups = _identical_groups(changes, old)
    firsts = list(groups.values())
    return {index for index, first in groups.items() if firsts.count(first) > 1}


def _join_phrases(changes: list[_Change], old: list[str], repeated: set[int]) -> list[_Change]:
    """Join changes that only a connective separates into one change of the whole phrase.

    docs/amendment-rules.md 2.2 (函館市 H27):
    「防災会議の委員および専門委員」を「防災会議の委員,専門委員および幹事」に改める — not
    「の委員」の次に「,専門委員」を加え,「専門委員」を「幹事」に改める: two changes around
    「および」 inside one phrase are quoted as one span, and that span is the whole noun phrase (its
    first conjunct and the 「…の」 words that modify it). A change made identically at several
    places (``repeated``) stays a change of its own: it is written once for all of them.
    """
    out: list[_Change] = []
    for index, change in enumerate(changes):
        last = out[-1] if out else None
        free = not {index - 1, index} & repeated
        if last is not None and free and _noun_phrase_no(last, change, old):
            out[-1] = _Change(change.seg, last.start, change.end, last.new + "の" + change.new)
        elif (
            last is not None
            and free
            and last.seg == change.seg
            and old[change.seg][last.end : change.start] in _CONNECTIVES
        ):
            text = old[change.seg]
            out[-1] = _Change(
                change.seg,
                last.start,
                change.end,
                last.new + text[last.end : change.start] + change.new,
            )
            out[-1] = _whole_phrase(out[-1], text, old)
        else:
            out.append(change)
    return out


def _join_enumeration(changes: list[_Change], old: list[str]) -> list[_Change]:
    """Join the two changes of a two-term enumeration that gains a term, 「A又はB」 →
    「A、B又はC」, into one quote from the connective to the end of the new term: 「又は第百八十条の
    五第六項の規定に該当するとき」を「、第百八十条の五第六項の規定に該当するとき又は第百八十二条第四項
    に規定する者に該当するとき」に (昭和37年法律第133号 第百八十四条). The connective becomes a
    読点 and the inserted words, moved to the end of B (they may be read anywhere the text repeats
    them), begin with the connective; B holds no other 読点 or connective."""
    out: list[_Change] = []
    for change in changes:
        last = out[-1] if out else None
        joined = None if last is None else _enumeration(last, change, old[change.seg])
        if joined is not None:
            out[-1] = joined
        else:
            out.append(change)
    return out


def _enumeration(last: _Change, change: _Change, text: str) -> _Change | None:
    connective = text[last.start : last.end]
    if (
        last.seg != change.seg
        or connective not in _CONNECTIVES - _LEADING_MARKS_SET
        or last.new not in _LEADING_MARKS
        or change.start != change.end
        or not change.new
    ):
        return None
    at, inserted = change.start, change.new
    while not inserted.startswith(connective):
        if at == len(text) or text[at] != inserted[0]:
            return None
        at, inserted = at + 1, inserted[1:] + text[at]
    between = text[last.end : at]
    if any(mark in between for mark in ("、", "，", ",", "。")) or any(
        word in between for word in _CONNECTIVES
    ):
        return None
    return _Change(last.seg, last.start, at, last.new + between + inserted)


def _noun_phrase_no(last: _Change, change: _Change, old: list[str]) -> bool:
    """Tell whether two changes of words are the two nouns of one 「AのB」: 「期間の経過後」を
    「期間外の時期」に (昭和44年法律第2号 第七十四条の四), one quote of the noun phrase."""
    if last.seg != change.seg or old[change.seg][last.end : change.start] != "の":
        return False
    text = old[change.seg]
    words = (text[last.start : last.end], text[change.start : change.end], last.new, change.new)
    return all(words) and all(
        _PHRASE_WORD.fullmatch(word[-1] if i % 2 == 0 else word[0]) for i, word in enumerate(words)
    )


def _whole_phrase(change: _Change, text: str, old: list[str]) -> _Change:
    """Widen a joined change to the start of its noun phrase: 「防災会議の委員および…」.

    Not when the quote begins with the connective of an enumeration, 「A、B、C及びD」, and is
    unique already: the 及び joins the list, not C alone, and the law quotes from it
    (「及び名古屋市」を「、名古屋市及び…市」に, 昭和24年法律第261号 第三十二条)."""
    before = tokenize(text[: change.start])
    at = len(before)
    while at > 0 and (_PHRASE_WORD.fullmatch(before[at - 1]) or _modifier_no(before, at)):
        at -= 1
    start = change.start - len("".join(before[at:]))
    if (
        text[change.start : change.end].startswith(tuple(_CONNECTIVES - _LEADING_MARKS_SET))
        and text[start - 1 : start] in _LEADING_MARKS
        and start > 0
        and _unique(text[change.start : change.end], old)
    ):
        return change
    return _Change(change.seg, start, change.end, text[start : change.start] + change.new)


def _modifier_no(before: list[str], at: int) -> bool:
    # 「防災会議の」 modifies the whole phrase: take a 「の」 between two nouns, never stop on it.
    return (
        before[at - 1] == "の"
        and at < len(before)
        and at > 1
        and bool(_PHRASE_WORD.fullmatch(before[at - 2]))
    )


def _identical_groups(changes: list[_Change], old: list[str]) -> dict[int, int]:
    """Map each change that is one of all the occurrences of the same change to the group's
    first."""
    groups: dict[int, int] = {}
    for index in range(len(changes)):
        if index not in groups:
            group = _same_change_everywhere(changes, index, old)
            groups.update({member: min(group) for member in group})
    return groups


def _same_change_everywhere(changes: list[_Change], index: int, old: list[str]) -> set[int]:
    """Return the changes equal to ``changes[index]`` if they are all the occurrences of its
    words."""
    change = changes[index]
    words = old[change.seg][change.start : change.end]
    if not _meaningful(words) or not balanced(words) or not balanced(change.new):
        return set()
    group = {
        i
        for i, c in enumerate(changes)
        if old[c.seg][c.start : c.end] == words and c.new == change.new
    }
    positions = {(changes[i].seg, changes[i].start) for i in group}
    occurrences = {
        (seg, start)
        for seg, text in enumerate(old)
        for start, _, _ in _locate(text, WordEdit("delete", words))
    }
    total = sum(count(text, words) for text in old)
    return group if positions == occurrences and total == len(group) else set()


def _bare_edit(change: _Change, old: list[str]) -> WordEdit:
    words = old[change.seg][change.start : change.end]
    return WordEdit("delete", words) if not change.new else WordEdit("replace", words, change.new)


def _quote_one(change: _Change, old: list[str]) -> WordEdit | None:
    text = old[change.seg]
    if change.start == change.end:
        return _quote_insertion(change, text, old)
    for left, right in _widenings(text, change.start, change.end):
        quote = left + text[change.start : change.end] + right
        new = left + change.new + right
        if _unique(quote, old) and balanced(quote) and balanced(new):
            if not change.new and not left and not right:
                return WordEdit("delete", quote)
            return WordEdit("replace", quote, new)
    return None


def _with_okurigana(change: _Change, text: str) -> _Change:
    """Quote a one-kanji word with its okurigana: 「超えて」を「越えて」に, not 「超」を「越」に."""
    replaced = text[change.start : change.end]
    if len(replaced) != 1 or not _KANJI.match(replaced) or not _KANJI.fullmatch(change.new or "x"):
        return change
    tail = _HIRAGANA_RUN.match(text, change.end)
    if (
        tail is None
        or len(tail.group()) > 3
        or tail.group()[0] in _PARTICLES
        or re.fullmatch(_FUNCTION, tail.group())
    ):
        return change
    return _Change(change.seg, change.start, tail.end(), change.new + tail.group())


def _quote_insertion(change: _Change, text: str, old: list[str]) -> WordEdit | None:
    for at, inserted in _insertion_positions(text, change.start, change.new):
        if at == 0:
            continue
        compound = compound_points(text)
        for left, _ in _widenings(text, at, at, right_too=False):
            if (
                left
                and at - len(left) not in compound
                and _content_word(left)
                and _unique(left, old)
                and balanced(left)
                and balanced(inserted)
            ):
                return WordEdit("insert", left, inserted)
    # At the start of a text (or with no unique anchor): 「A」を「BA」に改める.
    for left, right in _widenings(text, change.start, change.start):
        quote = left + right
        new = left + change.new + right
        if quote and _unique(quote, old) and balanced(quote) and balanced(new):
            return WordEdit("replace", quote, new)
    return None


def _insertion_positions(text: str, at: int, inserted: str) -> list[tuple[int, str]]:
    """Return equivalent places for an insertion, preferring words that begin with a 読点."""
    places = [(at, inserted)]
    boundaries = set(_offsets(tokenize(text)))
    left_at, left_words = at, inserted
    while left_at > 0 and text[left_at - 1] == left_words[-1]:
        left_at, left_words = left_at - 1, text[left_at - 1] + left_words[:-1]
        places.append((left_at, left_words))
    right_at, right_words = at, inserted
    while right_at < len(text) and text[right_at] == right_words[0]:
        right_at, right_words = right_at + 1, right_words[1:] + text[right_at]
        places.append((right_at, right_words))
    # Slide only to keep a 読点 with the inserted words, and never into the middle of a word.
    marked = [p for p in places if p[1].startswith(_LEADING_MARKS) and p[0] in boundaries]
    return marked[:1] + [(at, inserted)]


def _widenings(text: str, start: int, end: int, *, right_too: bool = True) -> list[tuple[str, str]]:
    """Return (left, right) context strings by growing whole words, smallest first, right first."""
    before = tokenize(text[:start])
    after = tokenize(text[end:])
    options: list[tuple[int, int, int, str, str]] = []
    for left in range(len(before) + 1):
        for right in range(len(after) + 1 if right_too else 1):
            lw = "".join(before[len(before) - left :])
            rw = "".join(after[:right])
            options.append((left + right, -right, len(lw) + len(rw), lw, rw))
    options.sort()
    return [(lw, rw) for *_, lw, rw in options]


def _unique(quote: str, old: list[str]) -> bool:
    # A quote never starts or ends with a space (「第二章　」): the space is layout, not words.
    if quote[:1].isspace() or quote[-1:].isspace():
        return False
    return _meaningful(quote) and sum(count(text, quote) for text in old) == 1


def _content_word(anchor: str) -> bool:
    # 「額は」の次に, not 「は」の次に: an anchor names a word, not a particle alone.
    return any(not ("\u3041" <= c <= "\u309f") and c not in _MARKS for c in anchor)


def _meaningful(quote: str) -> bool:
    # A quote of brackets or marks alone identifies no words; widen it to a word.
    return any(c not in _MARKS for c in quote)
