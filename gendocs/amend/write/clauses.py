"""Write the pieces of 改め文 that the sentence writer and the 整理法 batch share.

The verbs (連用形 and 終止形) and how clauses chain into one sentence; citing several units at once
(「第3条及び第5条」, 「第31条から第33条までの規定」); and the 字句 clauses 「「A」を「B」に改め」,
「「C」を削り」, 「「D」の次に「E」を加え」 (docs/amendment-rules.md 2).
:mod:`gendocs.amend.write.sentences` writes whole sentences with them;
:mod:`gendocs.amend.draft.batch` writes the items of a 整理法 list.
"""

from __future__ import annotations

from gendocs.amend.align.words import WordEdit
from gendocs.amend.ops import PART_WORDS, Clause, Part, Ref
from gendocs.amend.text.model import Rule
from gendocs.amend.text.style import Style
from gendocs.amend.write.cite import Citer, CiteState

# 連用形 (mid-sentence) and 終止形 (sentence end) of each verb.
VERBS = {
    "改め": "改める",
    "削り": "削る",
    "加え": "加える",
    "とし": "とする",
    "繰り下げ": "繰り下げる",
    "繰り上げ": "繰り上げる",
    "付し": "付する",
}


def join_clauses(clauses: list[Clause], style: Style) -> str:
    """Chain clauses with the 連用形 and end the last with the 終止形 and 「。」."""
    parts = [words + verb for words, verb in clauses[:-1]]
    words, verb = clauses[-1]
    return style.comma.join(parts + [words + VERBS[verb]]) + "。"


def several_units(targets: tuple[Ref, ...], citer: Citer, part: Part) -> str:
    """Cite several units: 「第3条及び第5条」, 「第31条から第33条までの規定及び第36条」,
    「第5条第1項第5号、第18条第1項第6号及び第52条第7号」, 「第8条（見出しを含む。）及び…」."""
    return join_names(unit_names(targets, citer, part), citer.style)


def unit_names(
    targets: tuple[Ref, ...], citer: Citer, part: Part, *, until: str = "までの規定"
) -> list[str]:
    """Name each unit, or each run of three or more whole 条 as 「第31条から第33条までの規定」.

    ``until`` is 「まで」 in the items of a 整理法 list, whose sentence already says 「…の規定中」
    (令4法68 第221条: 「第三十一条から第三十三条まで及び第三十三条の二第一項」).
    """
    groups: list[list[Ref]] = []
    for ref in targets:
        if groups and _follows(groups[-1][-1], ref, citer.rule):
            groups[-1].append(ref)
        else:
            groups.append([ref])
    names: list[str] = []
    for group in groups:
        if len(group) >= 3 and part == "body":
            names.append(f"{citer.local(group[0])}から{citer.local(group[-1])}{until}")
        else:
            names.extend(citer.cite(ref, CiteState()) + PART_WORDS[part] for ref in group)
    return names


def join_names(names: list[str], style: Style) -> str:
    """Join names with 「、」 and 及び before the last: 「A、B及びC」."""
    return names[0] if len(names) == 1 else "、".join(names[:-1]) + style.and_() + names[-1]


def _follows(before: Ref, ref: Ref, rule: Rule) -> bool:
    # Only whole 条 without 枝番 make a range 「第31条から第33条までの規定」, and only when no 枝番
    # 条 stands between them: the range would take it in (第32条の2 lies in 第31条から第33条まで).
    if before.kind != "article" or ref.kind != "article":
        return False
    a, b = before.article or (), ref.article or ()
    between = any(art.number[0] == a[0] and len(art.number) > 1 for art in rule.articles)
    return len(a) == len(b) == 1 and a[0] + 1 == b[0] and not between


def edit_clauses(edits: tuple[WordEdit, ...], style: Style) -> list[Clause]:
    """Write 字句 edits in text order, chaining runs of the same kind under one verb."""
    clauses: list[Clause] = []
    run: list[WordEdit] = []
    for edit in edits:
        if run and edit.kind != run[0].kind:
            clauses.append(_edit_run(run, style))
            run = []
        run.append(edit)
    clauses.append(_edit_run(run, style))
    return clauses


def _edit_run(run: list[WordEdit], style: Style) -> Clause:
    kind = run[0].kind
    if kind == "replace":
        return style.comma.join(f"「{e.old}」を「{e.new}」に" for e in run), "改め"
    if kind == "delete":
        quoted = [f"「{e.old}」" for e in run]
        listed = join_names(quoted, style)
        return listed + "を", "削り"
    word = f"の{style.insert_word}に"
    return style.comma.join(f"「{e.old}」{word}「{e.new}」を" for e in run), "加え"
