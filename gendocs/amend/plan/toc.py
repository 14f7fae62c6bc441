"""Plan the changes of the 目次: 字句 edits of its lines, or a new 目次 when they would quote too
much.

The 目次 is amended first (docs/amendment-rules.md 4.3, :mod:`.amendment`); its lines are paired by
the 章・節 they name (:func:`gendocs.amend.align.divisions.toc_key`), so a renumbered line is the
same line.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from gendocs.amend.align.divisions import toc_key
from gendocs.amend.align.words import WordEdit, plan_edits
from gendocs.amend.errors import OpError
from gendocs.amend.ops.parts import edit_toc_across_lines, spans_toc_lines, toc_lines

TOC_QUOTED_BELOW = 0.5
"""A 目次 whose quotes across lines (a removed line with its neighbour) would take in this share of
its lines or more is replaced whole, as a unit that keeps too little of its text is
(:data:`.units.REWRITE_BELOW`)."""


TOC_FRAGMENTS = 3
"""A 目次 needing more 字句 edits than this, and more than it has changed lines, has each changed
line quoted whole (「「第1章　総則（第1条―第5条）」を「第1章　総則（第1条―第6条）」に」) instead
of seven pieces of four lines; a few pieces stay as published (N3: 「目次中「第六十条」を
「第六十一条」に改める」)."""


def plan_toc_edits(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[WordEdit, ...] | None:
    """Return the 字句 edits of a 目次, or None to replace it whole.

    New lines are written into the quote of the old line they stand before, as in 令7法47 第4条:
    「目次中「第三章　…（…）」を「第二章の二　…（…）第三章　…（…）」に改める。」. A removed line is
    quoted together with its neighbour, 「第2章　管理第3章　雑則」を「第2章　雑則」に (the applier
    reads such a quote across lines); when that quote is not unique, or such quotes would take in
    half of the 目次 lines or more (:data:`TOC_QUOTED_BELOW`), the 目次 is replaced whole.
    """
    blocks = _toc_blocks(old, new)
    if blocks is None:
        return None
    if any(len(a) != 1 for a, _ in blocks):
        return _removed_line_edits(old, new, blocks)
    merged = ["".join(b) for _, b in blocks]
    whole = {i for i, b in enumerate(merged) if len(toc_lines(b)) > 1}
    if [line for b in merged for line in toc_lines(b)] != list(new):
        return None  # the applier could not split the lines again as they are meant
    joined = "".join(old)
    if any(joined.count(old[i]) > 1 for i in whole):
        return None
    target = [old[i] if i in whole else b for i, b in enumerate(merged)]
    edits = plan_edits(list(old), target) if target != list(old) else ()
    if edits is None:
        return None
    changed = [(a, b) for a, b in zip(old, target, strict=True) if a != b]
    if len(edits) > max(len(changed), TOC_FRAGMENTS):
        # many pieces of a few lines: each changed line is quoted whole
        edits = tuple(WordEdit("replace", a, b) for a, b in changed)
    added = tuple(WordEdit("replace", old[i], merged[i]) for i in sorted(whole))
    return tuple(sorted(edits + added, key=lambda e: joined.find(e.old))) or None


def _removed_line_edits(
    old: tuple[str, ...], new: tuple[str, ...], blocks: list[tuple[list[str], list[str]]]
) -> tuple[WordEdit, ...] | None:
    """Return 目次 edits that quote each removed line with its neighbour, or None to replace it
    whole.

    Lines are paired by their 章名・節名 (a renumbered line is the same line); a line that stays
    gets its own 字句 edits, a removed or new one goes into the quote of the paired line after it.
    """
    singles = [
        (b[0][0], b[1][0]) for b in blocks if len(b[0]) == 1 and len(b[1]) == 1 and b[0] != b[1]
    ]
    edits = (
        list(plan_edits([a for a, _ in singles], [b for _, b in singles]) or ()) if singles else []
    )
    if singles and not edits:
        return None
    joined = [(a, b) for a, b in blocks if len(a) != 1 or len(b) != 1]
    if sum(len(a) for a, _ in joined) >= TOC_QUOTED_BELOW * len(old):
        return None
    edits += [WordEdit("replace", "".join(a), "".join(b)) for a, b in joined]
    return _checked(old, new, tuple(edits))


def _toc_blocks(
    old: tuple[str, ...], new: tuple[str, ...]
) -> list[tuple[list[str], list[str]]] | None:
    """Pair the 目次 lines that stay (renamed ones in place); removed or new lines join the pair
    after them.

    A new line goes into the quote of the line it stands before, as in 令7法47 第4条; at the end,
    into the last pair.
    """
    blocks: list[tuple[list[str], list[str]]] = []
    pending: tuple[list[str], list[str]] = ([], [])
    keys = [toc_key(line) for line in old], [toc_key(line) for line in new]
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, *keys, autojunk=False).get_opcodes():
        if tag != "equal" and i2 - i1 != j2 - j1:
            pending[0].extend(old[i1:i2])
            pending[1].extend(new[j1:j2])
            continue
        for k in range(i2 - i1):
            blocks.append((pending[0] + [old[i1 + k]], pending[1] + [new[j1 + k]]))
            pending = ([], [])
    if pending[0] or pending[1]:
        if not blocks:
            return None
        last = blocks.pop()
        blocks.append((last[0] + pending[0], last[1] + pending[1]))
    return blocks


def _checked(
    old: tuple[str, ...], new: tuple[str, ...], edits: tuple[WordEdit, ...]
) -> tuple[WordEdit, ...] | None:
    """Return the edits in text order if they read back as ``new`` through the applier, else
    None."""
    joined = "".join(old)
    if not edits or not spans_toc_lines(old, edits) or any(joined.count(e.old) != 1 for e in edits):
        return None
    ordered = tuple(sorted(edits, key=lambda e: joined.find(e.old)))
    try:
        return ordered if edit_toc_across_lines(old, ordered) == new else None
    except OpError:
        return None
