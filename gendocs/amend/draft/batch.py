"""一括改正: one instrument making the identical 字句 change in several rules, in the 整理法 list
form.

Form (docs/amendment-rules.md 2.3, last bullet; 令4法68 第221条)::

    寒川町電子計算組織の管理運営に関する条例等の一部を改正する条例
    次に掲げる条例の規定中「電子計算組織」を「情報システム」に改める。
    (1)　寒川町電子計算組織の管理運営に関する条例（平成5年寒川町条例第12号）題名及び第3条
    (2)　寒川町個人情報保護条例（平成10年寒川町条例第3号）第5条から第7条まで
    附　則
    この条例は、公布の日から施行する。

Each item cites the units of one rule that its single-form draft changes, the way that draft merges
an identical change across 条 (「第3条及び第5条」, 「第31条から第33条までの規定」,
「第5条第1項第5号」), except that a range ends in 「まで」: the sentence already says 「…の規定中」
(「八　医師法（昭和二十三年法律第二百一号）第三十一条から第三十三条まで及び第三十三条の二第一項」).
A unit the single form rewrites whole (a short 後段, 号 or 別表) is cited for its words too; a 題名
that carries the word is cited as 「題名」. Items keep the order in which the rules are given. The
list exists only when every rule makes the same 字句 edits and nothing else
(:class:`NotUniformError` otherwise). A row of a table inside a 条 is cited as a row
(「第2条の表支所の項」); a 条 or 項 holding such a table that the single form rewrites whole cannot
be listed (「第2条中」 reaches its text and 号, not its table), and is refused with NotUniformError.

題名 of the instrument: the reference (2.1) shows only the single form 「○○条例の一部を改正する
条例」. Common practice (ワークブック法制執務, as quoted by the 政策法務 blog seisaku.mydns.jp
2009-12-15): two rules → 「A条例及びB条例の一部を改正する条例」, three or more → 「A条例等の一部を
改正する条例」, A being the first rule given. That is what :func:`batch_title` writes.

Like every draft, the list is verified: :func:`apply_batch` reads it back, applies each item to its
rule as the single form it abbreviates, and must give every new text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import groupby

from gendocs.amend.align.words import WordEdit, plan_edits
from gendocs.amend.apply.inline_tables import TABLE_OF
from gendocs.amend.apply.layout import split_amendment
from gendocs.amend.apply.sentences import PART_SUFFIXES, apply_sentence
from gendocs.amend.apply.verify import comparable, first_difference
from gendocs.amend.draft.amendment import Amendment, draft_amendment
from gendocs.amend.errors import ApplyError, VerificationError
from gendocs.amend.ops import (
    AmendmentOp,
    EditWords,
    Part,
    Provision,
    Ref,
    ReplaceItems,
    ReplaceLatter,
    ReplaceTable,
    ReplaceTitle,
    ReplaceUnit,
)
from gendocs.amend.ops.tree import find_article, row_at, table_of
from gendocs.amend.text.model import (
    Article,
    Paragraph,
    Rule,
    article_texts,
    item_texts,
    paragraph_texts,
)
from gendocs.amend.text.parse import parse_rule_text
from gendocs.amend.text.style import MUNICIPAL, Style
from gendocs.amend.write.cite import Citer
from gendocs.amend.write.clauses import edit_clauses, join_clauses, join_names, unit_names
from gendocs.amend.write.enact import Enactment, SupplParagraph, enactment_paragraphs, suppl_lines
from gendocs.errors import GendocsError, Msg, UsageError

INDENT = "\u3000"
TITLE_NAME = "題名"
_LIST_HEAD = re.compile(r"^次に掲げる(.+?)の規定中(.+)$")
_ITEM_LABEL = re.compile(r"^(?:[（(][0-9０-９]+[）)]|[一二三四五六七八九十百]+)[\s\u3000]+")
_AREA = re.compile(r"^(?:別表|目次)")
_RANGE_END = re.compile(r"(から[^、]+?)まで(?=、|及び|および|$)")


class NotUniformError(GendocsError):
    """The rules of an 一括改正 do not all make the same 字句 change, so no list form exists."""

    def __init__(self, title: str, reason: Msg) -> None:
        super().__init__(
            Msg(
                f"{title}: {reason.ja}一括改正の「次に掲げる…の規定中」の形にできません。"
                "条例ごとに改正してください。",
                f"{title}: {reason.en} "
                "The rules cannot be amended in one list; amend them one by one.",
            )
        )


@dataclass(frozen=True)
class BatchAmendment:
    """A drafted 一括改正: the 題名, the list sentence, one item per rule, the 附則.

    ``rules`` are the single-form drafts of each rule (verified on their own; their 新旧対照表
    are the tables of the 一括改正).
    """

    rules: tuple[Amendment, ...]
    style: Style
    title: str
    sentence: str
    items: tuple[str, ...]
    supplementary: tuple[SupplParagraph, ...]

    def lines(self) -> list[str]:
        """Return the 改正文 as lines: 題名, the list sentence, its items, 附則."""
        lines = [self.title, INDENT + self.sentence]
        lines += [INDENT + item for item in self.items]
        lines.append(INDENT * 3 + "附" + INDENT + "則")
        lines += [INDENT + line for line in suppl_lines(self.supplementary, self.style)]
        return lines

    def text(self) -> str:
        """Return the 改正文 as plain text."""
        return "\n".join(self.lines()) + "\n"


def draft_batch(
    pairs: Sequence[tuple[Rule, Rule]],
    *,
    style: Style = MUNICIPAL,
    enactment: Enactment = Enactment(),
) -> BatchAmendment:
    """Draft and verify one 一括改正 turning each old rule of ``pairs`` into its new rule."""
    if len(pairs) < 2:
        raise UsageError(
            Msg(
                "一括改正には二つ以上の条例が必要です。",
                "a batch amendment needs two or more rules.",
            )
        )
    drafts = tuple(draft_amendment(old, new, style=style) for old, new in pairs)
    kind = _common_kind(drafts)
    edits = _common_edits(drafts)
    head = join_clauses(edit_clauses(edits, style), style)
    batch = BatchAmendment(
        rules=drafts,
        style=style,
        title=batch_title([d.old for d in drafts], style),
        sentence=f"次に掲げる{kind}の規定中{head}",
        items=tuple(_item(n, d, head, style) for n, d in enumerate(drafts, start=1)),
        supplementary=enactment_paragraphs(enactment, kind, style),
    )
    _verify(batch)
    return batch


def batch_from_text(
    texts: Sequence[tuple[str, str]],
    *,
    style: Style = MUNICIPAL,
    enactment: Enactment = Enactment(),
    sources: Sequence[tuple[str, str]] = (),
) -> BatchAmendment:
    """Parse 例規集 text of each rule (old, new) and draft the 一括改正."""
    named = list(sources) or [(f"old{n}", f"new{n}") for n in range(1, len(texts) + 1)]
    pairs = []
    for (old_text, new_text), (old_source, new_source) in zip(texts, named, strict=True):
        old = parse_rule_text(old_text, source=old_source)
        new = parse_rule_text(new_text, source=new_source, allow_gaps=style.deletion == "sakujo")
        pairs.append((old, replace(new, number=new.number or old.number)))
    return draft_batch(pairs, style=style, enactment=enactment)


def batch_title(rules: Sequence[Rule], style: Style) -> str:
    """Return the 題名: 「A条例及びB条例の一部を改正する条例」, 「A条例等の一部を改正する条例」."""
    kind = rules[0].kind
    if len(rules) == 2:
        return f"{rules[0].title}{style.and_()}{rules[1].title}の一部を改正する{kind}"
    return f"{rules[0].title}等の一部を改正する{kind}"


# -- drafting ----------------------------------------------------------------------------------


def _common_kind(drafts: tuple[Amendment, ...]) -> str:
    # One instrument amends rules of one kind: a 条例 cannot amend a 規則 (another enacting body).
    kinds = {d.old.kind for d in drafts}
    if len(kinds) != 1:
        listed = "・".join(sorted(kinds))
        raise NotUniformError(
            drafts[0].old.title,
            Msg(f"種類の違う例規（{listed}）です。", f"mixes kinds ({listed})."),
        )
    return kinds.pop()


def _common_edits(drafts: tuple[Amendment, ...]) -> tuple[WordEdit, ...]:
    """Return the 字句 edits every rule makes: those of the first rule, which each other rule must
    share.

    Each rule's edits are quoted over all its changed texts but its 題名 (「寒川町電子計算組織…」 is
    one word to the diff; the item checks that the edits change it too).
    """
    first = _rule_edits(drafts[0])
    for draft in drafts[1:]:
        if _rule_edits(draft) != first:
            raise NotUniformError(
                draft.old.title,
                Msg(
                    "他の例規と同じ字句の改正ではありません。",
                    "makes another change than the first rule.",
                ),
            )
    return first


def _rule_edits(draft: Amendment) -> tuple[WordEdit, ...]:
    before, after = _texts(draft.old), _texts(draft.new)
    if len(before) != len(after):
        raise NotUniformError(
            draft.old.title, Msg("字句の改正だけではありません。", "changes more than words.")
        )
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b] or [
        (draft.old.title, draft.new.title)
    ]
    found = plan_edits([a for a, _ in changed], [b for _, b in changed])
    if not found:
        raise NotUniformError(
            draft.old.title,
            Msg("字句の改正として表せません。", "cannot be written as a change of words."),
        )
    return found


def _texts(rule: Rule) -> list[str]:
    """Return every text of a rule but its 題名 in reading order: 目次, 見出し and 条, 附則, 別表
    cells."""
    texts = list(rule.toc)
    for article in rule.articles:
        texts += [article.caption or "", *article_texts(article), *_table_texts(article)]
    for suppl in rule.supplementary:
        texts += [t for p in suppl.paragraphs for t in paragraph_texts(p)]
        texts += [t for a in suppl.articles for t in (a.caption or "", *article_texts(a))]
    return texts + [cell for table in rule.tables for row in table.rows for cell in row]


def _table_texts(article: Article) -> list[str]:
    """Return the texts of the tables inside a 条's 項: each row's cells and the 号 of its last
    cell."""
    rows = [row for p in article.paragraphs if p.table is not None for row in p.table.rows]
    return [
        t
        for row in rows
        for t in (*row.key, *row.cells, *(t for i in row.items for t in item_texts(i)))
    ]


def _item(number: int, draft: Amendment, head: str, style: Style) -> str:
    """Write one item (label, 題名 with its number, the units changed) and check it gives the new
    rule."""
    rule = draft.old
    units = join_names(_names(draft, style), style)
    try:
        applied = _apply_item(rule, units, head, style)
    except ApplyError:
        applied = None
    count = len(rule.supplementary)
    if applied is None or comparable(applied, count) != comparable(draft.new, count):
        reason = Msg(
            "他の例規と同じ字句の改正だけではありません。",
            "makes other changes than the same change of words.",
        )
        raise NotUniformError(rule.title, reason)
    cited = f"（{rule.number}）" if rule.number else ""
    return f"{style.item_label((number,))}{INDENT}{rule.title}{cited}{units}"


def _names(draft: Amendment, style: Style) -> list[str]:
    """Name the units the rule's provisions change, in document order (as the single form merges
    them)."""
    cited = sorted(
        (entry for provision in draft.provisions for entry in _cited(provision, draft)),
        key=lambda e: e[0],
    )
    # 「第6条第1号」 takes in its 細目 ア: a unit inside another one cited whole is not named again.
    cited = [e for e in cited if not any(o[2] == "body" and _inside(e[1], o[1]) for o in cited)]
    # 「第2条（見出しを含む。）及び第3条」: units with and without their 見出し interleave, so name
    # each run of one part in document order.
    names: list[str] = []
    citer = Citer(style, draft.old)
    for (is_title, part), run in groupby(cited, key=lambda entry: (entry[0] == (-1,), entry[2])):
        refs = tuple(ref for _, ref, _ in run)
        names += [TITLE_NAME] if is_title else unit_names(refs, citer, part, until="まで")
    return names


Cited = tuple[tuple[object, ...], Ref, Part]


def _inside(ref: Ref, outer: Ref) -> bool:
    """Tell whether ``outer`` (a 条, 項 or 号 of the 本則 or 附則) takes in the lower unit ``ref``.

    The rows of a table in a 条 are not taken in: the applier reads a 条's text and 号, not its
    table.
    """
    if (
        ref == outer
        or outer.kind not in ("article", "paragraph", "item")
        or (outer.area, outer.article, outer.row) != (ref.area, ref.article, ref.row)
    ):
        return False
    levels = (
        (outer.paragraph, ref.paragraph),
        (outer.item, ref.item),
        (outer.subitem, ref.subitem),
    )
    for mine, theirs in levels:
        if mine is None:
            return True
        if mine != theirs:
            return False
    return False


def _cited(provision: Provision, draft: Amendment) -> list[Cited]:
    """Return the units a provision changes, with the part of each.

    The single form sometimes rewrites a short text whole (「第2条後段を次のように改める。」,
    「同条の表支所の項第4号を次のように改める。」); in the list the same text is cited for its words
    (「第2条後段」), and :func:`_item` checks the result.
    """
    return [entry for op in provision.ops for entry in _op_cited(op, draft)]


def _op_cited(op: AmendmentOp, draft: Amendment) -> list[Cited]:
    at = partial(_position, draft.old)
    if isinstance(op, ReplaceTitle):
        return [((-1,), Ref(), "body")]
    if isinstance(op, EditWords):
        return [(at(ref), ref, op.part) for ref in op.targets]
    if isinstance(op, ReplaceLatter):
        return [(at(op.target), op.target, "latter")]
    if isinstance(op, (ReplaceUnit, ReplaceItems)) and (
        not isinstance(op, ReplaceUnit) or op.through is None
    ):
        return [(at(op.target), op.target, _unit_part(op.target, draft))]
    if isinstance(op, ReplaceTable):
        ref = Ref("table", table=op.table.number)
        return [(at(ref), ref, "body")]
    reason = Msg("字句の改正だけではありません。", "changes more than words.")
    raise NotUniformError(draft.old.title, reason)


def _unit_part(ref: Ref, draft: Amendment) -> Part:
    # A 条 rewritten whole whose 見出し changes too is cited 「第2条（見出しを含む。）」.
    if ref.kind != "article":
        return "body"
    before, after = find_article(draft.old, ref), find_article(draft.new, ref)
    same = before is not None and after is not None and before.caption == after.caption
    return "body" if same else "all"


def _position(rule: Rule, ref: Ref) -> tuple[object, ...]:
    """Sort key of a unit in document order: 目次, 本則, 附則, 別表; in a 項, its text before its
    table's rows."""
    area = ("toc", "division", "main", "suppl", "table").index(ref.area)
    row = -1 if ref.row is None else _row_index(rule, ref)
    return (area, ref.table or 0, ref.article or (), ref.paragraph or 0, row, ref.item or ())


def _row_index(rule: Rule, ref: Ref) -> int:
    return table_of(rule, ref).rows.index(row_at(rule, ref))


def _verify(batch: BatchAmendment) -> None:
    applied = apply_batch([d.old for d in batch.rules], batch.text(), batch.style)
    for draft, rule in zip(batch.rules, applied, strict=True):
        count = len(draft.old.supplementary)
        if comparable(rule, count) != comparable(draft.new, count):
            where, detail = first_difference(comparable(rule, count), comparable(draft.new, count))
            raise VerificationError(f"{draft.old.title} {where}", detail)


# -- reading back ------------------------------------------------------------------------------


def apply_batch(rules: Sequence[Rule], text: str, style: Style = MUNICIPAL) -> tuple[Rule, ...]:
    """Apply a 一括改正 in the list form to ``rules``; each item names its rule by 題名 (and
    number).

    The style tells how 細目 are labelled (イロハ or アイウ), which the citations do not show.
    """
    written = split_amendment(text)
    head = _LIST_HEAD.match(written.enacting)
    if head is None:
        raise ApplyError(
            written.enacting,
            Msg(
                "「次に掲げる…の規定中」の文がありません。", "no 「次に掲げる…の規定中」 sentence."
            ),
        )
    changed = list(rules)
    for item, _ in written.sentences:
        index, citation = _find_rule(_ITEM_LABEL.sub("", item), rules)
        changed[index] = _apply_item(changed[index], citation, head.group(2), style)
    return tuple(changed)


def _find_rule(item: str, rules: Sequence[Rule]) -> tuple[int, str]:
    # Longest name first: 「A条例」 must not capture the item of 「A条例施行規則」.
    names = [(f"{r.title}（{r.number}）" if r.number else r.title, n) for n, r in enumerate(rules)]
    for name, index in sorted(names, key=lambda pair: -len(pair[0])):
        if item.startswith(name):
            return index, item[len(name) :]
    raise ApplyError(item, Msg("どの例規の号か分かりません。", "no rule matches the item."))


def _apply_item(rule: Rule, citation: str, words: str, style: Style) -> Rule:
    """Apply an item as the single form it abbreviates:
    「第31条から第33条までの規定…中「A」を「B」に改める。」.

    別表, 目次 and rows of a table in a 条 are applied each on its own, and units cited with a part
    (「第2条（見出しを含む。）」, 「第4条後段」) in a sentence per part; the units are distinct, so
    the order does not matter.
    """
    by_part: dict[str, list[str]] = {}
    for piece in re.split("、|及び|および", citation):
        if (
            _AREA.match(piece) or TABLE_OF in piece
        ):  # 目次, 別表 and rows of a table in a 条: each alone
            rule = apply_sentence(rule, f"{piece}中{words}", (), style)
            continue
        suffix = next((s for s, _ in PART_SUFFIXES if piece.endswith(s)), "")
        by_part.setdefault(suffix, []).append(piece.removesuffix(suffix) if suffix else piece)
    for suffix, pieces in by_part.items():
        if TITLE_NAME in pieces:
            rule = replace(rule, title=_title_edited(rule.title, words))
            pieces.remove(TITLE_NAME)
        if pieces:
            head = "、".join(_RANGE_END.sub(r"\1までの規定", piece) for piece in pieces)
            rule = apply_sentence(rule, f"{head}{suffix}中{words}", (), style)
    return rule


def _title_edited(title: str, words: str) -> str:
    # 「題名中「A」を「B」に改める」 reads like the words of a one-項 条: apply it to such a 条.
    holder = Rule(title="", articles=(Article((1,), None, (Paragraph(1, title),)),))
    return apply_sentence(holder, f"第1条中{words}", ()).articles[0].paragraphs[0].text
