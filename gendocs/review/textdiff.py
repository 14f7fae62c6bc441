"""Character-level differences for Japanese text, word-level for numbers and Latin words.

Japanese has no spaces, so a word tokenizer (the one WmlComparer uses) replaces whole sentences.
Here every kana/kanji is its own token, while a run of ASCII digits and letters (``99.5``,
``10,000``, ``LGWAN``) is one token: a reviewer reads 「99.5 → 99.9」 better than 「5 → 9」.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Tag = Literal["equal", "delete", "insert", "replace"]

# A number with its separators, or a Latin word; anything else is one token per character.
_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%_\-/:]*[0-9A-Za-z%]|[0-9A-Za-z]")

# An unchanged stretch this short between two changes is folded into them (「2,3」 in
# 「1,2,3,4」→「5,2,3,6」 reads worse as four edits than as one).
SHORT_EQUAL = 1


@dataclass(frozen=True)
class Op:
    """One edit: ``a[a0:a1]`` becomes ``b[b0:b1]`` (indices into the token lists' characters)."""

    tag: Tag
    a0: int
    a1: int
    b0: int
    b1: int


def tokens(text: str) -> list[str]:
    """Split ``text`` into diff tokens: ASCII words/numbers whole, every other character alone."""
    result: list[str] = []
    pos = 0
    for match in _WORD.finditer(text):
        result.extend(text[pos : match.start()])
        result.append(match.group())
        pos = match.end()
    result.extend(text[pos:])
    return result


def diff_text(a: str, b: str) -> list[Op]:
    """Edits turning ``a`` into ``b``, as character offsets, after folding short equal runs."""
    ta, tb = tokens(a), tokens(b)
    matcher = SequenceMatcher(None, ta, tb, autojunk=False)
    ops = _fold([(_tag(tag), i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes()])
    oa, ob = _offsets(ta), _offsets(tb)
    return [Op(tag, oa[i1], oa[i2], ob[j1], ob[j2]) for tag, i1, i2, j1, j2 in ops]


def _tag(name: str) -> Tag:
    for tag in ("equal", "delete", "insert", "replace"):
        if name == tag:
            return tag
    raise ValueError(name)


def _offsets(toks: list[str]) -> list[int]:
    offsets = [0]
    for tok in toks:
        offsets.append(offsets[-1] + len(tok))
    return offsets


Raw = tuple[Tag, int, int, int, int]


def _fold(ops: list[Raw]) -> list[Raw]:
    """Merge short equal stretches that sit between two changes into one replacement."""
    out: list[Raw] = []
    for index, op in enumerate(ops):
        between = 0 < index < len(ops) - 1 and op[0] == "equal" and op[2] - op[1] <= SHORT_EQUAL
        if (between or op[0] != "equal") and out and out[-1][0] != "equal":
            prev = out.pop()
            merged_tag: Tag = "replace" if (between or prev[0] != op[0]) else op[0]
            out.append((merged_tag, prev[1], op[2], prev[3], op[4]))
        elif between and out:
            out.append(("replace", op[1], op[2], op[3], op[4]))
        else:
            out.append(op)
    return [_normalise(op) for op in out]


def _normalise(op: Raw) -> Raw:
    tag, i1, i2, j1, j2 = op
    if tag == "equal":
        return op
    if i1 == i2:
        return ("insert", i1, i2, j1, j2)
    if j1 == j2:
        return ("delete", i1, i2, j1, j2)
    return ("replace", i1, i2, j1, j2)
