"""Read 改め文 text back into operations, applying each as soon as it is read.

Citations depend on the rule as it stands (a 条 with one 項 is cited as the 条) and on what the
sentence named before (同条・同項・同号, 「C中X」), so reading and applying go together: this is the
applier's front end, and it understands every form :mod:`gendocs.amend.generate` writes. Where
the sentences and their new text are in the text is :mod:`gendocs.amend.layout`'s concern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gendocs.errors import Msg

from gendocs.amend.apply import OpError, apply_op, children
from gendocs.amend.cite import CiteState, single_paragraph
from gendocs.amend.errors import ApplyError
from gendocs.amend.model import Article, Division, Item, Rule, Table, Unit, UnitKind, unit_number
from gendocs.amend.ops import (
    AddLatter,
    AddProviso,
    AddRows,
    AddUnits,
    AmendmentOp,
    DeleteLatter,
    DeleteProviso,
    DeleteRow,
    DeleteUnits,
    EditWords,
    MoveUnit,
    Part,
    Ref,
    ReplaceDivisionTitle,
    ReplaceItems,
    ReplaceLatter,
    ReplaceRow,
    ReplaceTable,
    ReplaceTitle,
    ReplaceToc,
    ReplaceUnit,
    SetCaption,
    ShiftUnits,
)
from gendocs.amend.layout import Q, split_amendment, split_clauses
from gendocs.amend.read_divisions import DivisionReader, check_scope
from gendocs.amend.parse_tables import ROW_ADD, ROW_DELETE, ROW_REPLACE, TABLE_OF, block_rows, find_row, split_container
from gendocs.amend.parse_text import CELL, DIVISION, TABLE, parse_units, read_num, read_number
from gendocs.amend.style import MUNICIPAL, Style
from gendocs.amend.subitems import LABELS, read_subitem_labels
from gendocs.amend.words import WordEdit

_N = r"(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+)"
_BR = rf"((?:の{_N})*)"
_DIVISION = rf"(?:第{_N}[章節](?:の{_N})*)+"
REF = re.compile(
    rf"^(附則)?(?:第({_N})条{_BR}|(同条))?(?:第({_N})項|(同項))?(?:第({_N})号{_BR}|(同号))?({LABELS})?$"
)
COUNTER_KINDS: dict[str, UnitKind] = {"条": "article", "項": "paragraph", "号": "item"}
PART_SUFFIXES: tuple[tuple[str, Part], ...] = (
    ("（見出しを含む。）", "all"),
    ("の見出し", "caption"),
    ("各号列記以外の部分", "chapeau"),
    ("ただし書", "proviso"),
    ("前段", "former"),
    ("後段", "latter"),
)


def apply_text(rule: Rule, text: str, style: Style = MUNICIPAL) -> Rule:
    """Apply 改め文 text (as written by the generator in ``style``) to ``rule``.

    The style tells how 細目 are labelled (イロハ or アイウ), which the citations do not show.
    """
    for sentence, block in split_amendment(text).sentences:
        rule = apply_sentence(rule, sentence, block, style)
    return rule


def apply_sentence(rule: Rule, sentence: str, block: tuple[str, ...], style: Style = MUNICIPAL) -> Rule:
    """Apply one 改正規定 and the new text following it."""
    reader = _SentenceReader(sentence, block, style)
    pending: EditWords | None = None
    try:
        for clause in split_clauses(sentence):
            op = reader.read(clause, rule)
            if isinstance(op, EditWords) and pending is not None and reader.continued:
                # 「…に改め、「C」を削り」: one clause of edits, located before any is made.
                pending = EditWords(pending.targets, pending.part, pending.edits + op.edits)
                continue
            if pending is not None:
                rule = apply_op(rule, pending)
                pending = None
            if isinstance(op, EditWords):
                pending = op
                continue
            rule = apply_op(rule, op)
            reader.after(op, rule)
        if pending is not None:
            rule = apply_op(rule, pending)
    except OpError as error:
        raise ApplyError(sentence, error.message) from None
    return rule


@dataclass
class _SentenceReader:
    sentence: str
    block: tuple[str, ...]
    style: Style = MUNICIPAL
    cites: CiteState = field(default_factory=CiteState)
    words_target: tuple[tuple[Ref, ...], Part] | None = None
    continued: bool = False
    divisions: DivisionReader = field(default_factory=DivisionReader)

    def fail(self, ja: str, en: str) -> ApplyError:
        return ApplyError(self.sentence, Msg(ja, en))

    def after(self, op: AmendmentOp, rule: Rule) -> None:
        if isinstance(op, MoveUnit):
            self.cites.note(op.to, rule)
        elif isinstance(op, (ShiftUnits, DeleteUnits)):
            self.cites.forget(op.first if isinstance(op, ShiftUnits) else op.targets[0])

    def read(self, clause: tuple[str, list[str], str], rule: Rule) -> AmendmentOp:
        skeleton, quotes, verb = clause
        self.continued = skeleton.startswith(Q)
        if self.continued or re.search(f"中{Q}", skeleton):
            return self._words(skeleton, quotes, verb, rule)
        self.words_target = None
        return self._structure(skeleton, quotes, verb, rule)

    # -- 字句 -------------------------------------------------------------------------------------

    def _words(self, skeleton: str, quotes: list[str], verb: str, rule: Rule) -> AmendmentOp:
        if not skeleton.startswith(Q):
            head, _, skeleton = skeleton.partition(f"中{Q}")
            skeleton = Q + skeleton
            self.cites.context = None
            self.words_target = self._words_head(head, rule)
        if self.words_target is None:
            raise self.fail("どの規定の字句か読めません。", "no unit named for the words.")
        targets, part = self.words_target
        return EditWords(targets, part, self._edits(skeleton, quotes, verb))

    def _words_head(self, head: str, rule: Rule) -> tuple[tuple[Ref, ...], Part]:
        part: Part = "body"
        for suffix, name in PART_SUFFIXES:
            if head.endswith(suffix):
                head, part = head[: -len(suffix)], name
        if head in ("目次",):
            return (Ref("toc"),), part
        if (table := _table_ref(head)) is not None:
            return (table,), part
        if TABLE_OF not in head and re.search("及び|および|、|までの規定", head) and not REF.match(head):
            return self._several(head, rule), part
        ref = self.resolve(head, rule)
        self.cites.note(ref, rule)
        return (ref,), part

    def _several(self, head: str, rule: Rule) -> tuple[Ref, ...]:
        refs: list[Ref] = []
        for piece in re.split("、|及び|および", head):
            piece = piece.removesuffix("（見出しを含む。）")
            self.cites = CiteState()
            if "までの規定" in piece:
                first, _, last = piece.removesuffix("までの規定").partition("から")
                a, b = _article_number(first), _article_number(last)
                # The range takes in every 条 between, 枝番 included (第32条の2 lies in 第31条から第33条まで).
                refs += [Ref("main", art.number) for art in rule.articles if a <= art.number <= b]
            else:
                refs.append(self.resolve(piece, rule))
        self.cites = CiteState()
        return tuple(refs)

    def _edits(self, skeleton: str, quotes: list[str], verb: str) -> tuple[WordEdit, ...]:
        pieces = re.split("[、,]", skeleton)
        edits: list[WordEdit] = []
        at = 0
        if verb == "改め":
            for piece in pieces:
                if piece != f"{Q}を{Q}に":
                    raise self.fail("「A」を「B」に改める の形ではありません。", "not a replacement.")
                edits.append(WordEdit("replace", quotes[at], quotes[at + 1]))
                at += 2
        elif verb == "削り":
            listed = re.sub("及び|および", "、", skeleton).removesuffix("を")
            if set(listed.split("、")) != {Q}:
                raise self.fail("「A」を削る の形ではありません。", "not a deletion.")
            edits = [WordEdit("delete", q) for q in quotes]
        elif verb == "加え":
            for piece in pieces:
                if piece not in (f"{Q}の次に{Q}を", f"{Q}の下に{Q}を"):
                    raise self.fail("「A」の次に「B」を加える の形ではありません。", "not an insertion.")
                edits.append(WordEdit("insert", quotes[at], quotes[at + 1]))
                at += 2
        else:
            raise self.fail("字句の改正の動詞が読めません。", f"unknown verb {verb}.")
        return tuple(edits)

    # -- structure -------------------------------------------------------------------------------

    def _structure(self, skeleton: str, quotes: list[str], verb: str, rule: Rule) -> AmendmentOp:
        if (division_op := self.divisions.read(skeleton, verb, self.block)) is not None:
            return division_op
        if TABLE_OF in skeleton and (row_op := self._row_op(skeleton, verb, rule)) is not None:
            return row_op
        if verb == "改め" and skeleton.endswith("各号を次のように"):
            target = self._paragraph(skeleton.removesuffix("各号を次のように"), rule)
            return ReplaceItems(target, tuple(u for u in parse_units(list(self.block), "item") if isinstance(u, Item)))
        if verb == "削り" and skeleton.endswith("各号を"):
            return ReplaceItems(self._paragraph(skeleton.removesuffix("各号を"), rule), ())
        if verb == "改め" and skeleton.endswith("後段を次のように"):
            return ReplaceLatter(self._named(skeleton.removesuffix("後段を次のように"), rule), "".join(self.block))
        if verb == "加え" and skeleton.endswith("に後段として次のように"):
            return AddLatter(self._named(skeleton.removesuffix("に後段として次のように"), rule), "".join(self.block))
        if verb == "削り" and skeleton.endswith("後段を"):
            return DeleteLatter(self._named(skeleton.removesuffix("後段を"), rule))
        if verb == "改め" and skeleton.endswith("を次のように"):
            return self._replace(skeleton.removesuffix("を次のように"), rule)
        if verb == "加え" and (m := re.match(rf"^(.+?)に第({_N})項として次の({_N})項を$", skeleton)):
            return self._add_first(m, rule)
        if verb == "加え" and (m := re.match(rf"^(.+?)(の次に|の前に|に)次の({_N})([条項号])を$", skeleton)):
            return self._add(m, rule)
        if verb == "加え" and (m := re.match(r"^(.+?)(の次に|の前に|に)次のように$", skeleton)):
            return self._add_subitems(m, rule)
        if verb == "加え" and skeleton.endswith("に次のただし書を"):
            target = self._named(skeleton.removesuffix("に次のただし書を"), rule)
            return AddProviso(target, "".join(self.block))
        if verb == "削り" and skeleton.endswith("ただし書を"):
            return DeleteProviso(self._named(skeleton.removesuffix("ただし書を"), rule))
        if skeleton.endswith("の見出しを") and verb == "削り":
            return SetCaption(self._named(skeleton.removesuffix("の見出しを"), rule), None)
        if skeleton.endswith(f"の見出しを{Q}に") and verb == "改め":
            return SetCaption(self._named(skeleton.removesuffix(f"の見出しを{Q}に"), rule), _caption(quotes[0]))
        if skeleton.endswith(f"に見出しとして{Q}を") and verb == "付し":
            return SetCaption(self._named(skeleton.removesuffix(f"に見出しとして{Q}を"), rule), _caption(quotes[0]))
        if verb in ("繰り下げ", "繰り上げ") and (m := re.match(rf"^(.+)から(.+)までを({_N})[条項号]ずつ$", skeleton)):
            return self._shift(m, verb, rule)
        if verb == "とし":
            return self._move(skeleton, rule)
        if verb == "削り" and skeleton.endswith("を"):
            return self._delete(skeleton.removesuffix("を"), rule)
        raise self.fail("改正規定の形が読めません。", f"cannot read the clause {skeleton!r}.")

    def _row_op(self, skeleton: str, verb: str, rule: Rule) -> AmendmentOp | None:
        # 「…の表Xの項を次のように改め」, 「…の表Xの項を削り」, 「…の表Xの項の次に次のように加え」.
        if verb == "改め" and (m := ROW_REPLACE.match(skeleton)):
            target = self._named(m.group(1), rule)
            return ReplaceRow(target, block_rows(rule, target, self.block)[0])
        if verb == "削り" and (m := ROW_DELETE.match(skeleton)):
            return DeleteRow(self._named(m.group(1), rule))
        if verb == "加え" and (m := ROW_ADD.match(skeleton)):
            anchor = self._named(m.group(1), rule)
            return AddRows(anchor, "after" if m.group(2) == "の次に" else "before", block_rows(rule, anchor, self.block))
        return None

    def _replace(self, head: str, rule: Rule) -> AmendmentOp:
        if head == "題名":
            return ReplaceTitle("".join(self.block))
        if head == "目次":
            return ReplaceToc(self.block)
        if (table := _table_ref(head)) is not None:
            return ReplaceTable(_read_table(self.block, table))
        if head.endswith(("の章名", "の節名")):
            return ReplaceDivisionTitle(_read_division(head[:-3], self.block))
        first, through = head, None
        if "から" in head and head.endswith("まで"):
            first, _, rest = head.partition("から")
            through = rest.removesuffix("まで")
        target = self._named(first, rule)
        through_ref = self.resolve(through, rule) if through else None
        units = self._units(_kind_of(target, rule))
        return ReplaceUnit(target, units, through_ref)

    def _units(self, kind: UnitKind) -> tuple[Unit, ...]:
        item_style = "kanji" if self.style.item_labels == "kanji" else "paren"
        return parse_units(list(self.block), kind, item_style=item_style)

    def _add_subitems(self, m: re.Match[str], rule: Rule) -> AmendmentOp:
        # 「同号ロの次に次のように加える。」 / 「同号に次のように加える。」 + the new 細目.
        head, where = m.group(1), m.group(2)
        units = self._units("subitem")
        if not units:
            raise self.fail("加える細目が読めません。", "cannot read the new sub-items.")
        if where == "に":
            return AddUnits(self._named(head, rule), "end", units)
        return AddUnits(self._structural(head, rule), "after" if where == "の次に" else "before", units)

    def _add(self, m: re.Match[str], rule: Rule) -> AmendmentOp:
        head, where, count, counter = m.groups()
        kind = COUNTER_KINDS[counter]
        units = parse_units(list(self.block), kind)
        if len(units) != read_number(count):
            raise self.fail(f"新しい規定が{count}{counter}ではありません。", f"expected {count} new units.")
        if where == "に":
            return AddUnits(self._container(head, kind, rule), "end", units)
        anchor = self._as_kind(self._structural(head, rule), kind, rule)
        return AddUnits(anchor, "after" if where == "の次に" else "before", units)

    def _add_first(self, m: re.Match[str], rule: Rule) -> AmendmentOp:
        # 「同条に第一項として次の一項を加える」: the new 項 goes before the 条's present first 項.
        head, number, count = m.groups()
        units = parse_units(list(self.block), "paragraph")
        if read_number(number) != 1 or read_number(count) != 1 or len(units) != 1:
            raise self.fail("「第一項として次の一項を加える」の形ではありません。", "not a new first paragraph.")
        article = self._named(head, rule)
        first = children(rule, Ref(article.area, article.article))[0]
        return AddUnits(Ref(article.area, article.article).child("paragraph", unit_number(first)), "before", units)

    def _paragraph(self, head: str, rule: Rule) -> Ref:
        ref = self._named(head, rule)
        return Ref(ref.area, ref.article, 1) if ref.kind == "article" else ref

    def _container(self, head: str, kind: UnitKind, rule: Rule) -> Ref:
        if head == "附則":
            return Ref("suppl")
        if re.fullmatch(_DIVISION, head):
            return Ref("division", division=_division_path(head))
        ref = self._named(head, rule)
        if kind == "item" and ref.kind == "article":
            return Ref(ref.area, ref.article, 1)
        return ref

    def _shift(self, m: re.Match[str], verb: str, rule: Rule) -> AmendmentOp:
        first = self._structural(m.group(1), rule)
        last = self._second(m.group(2), first, rule)
        distance = read_number(m.group(3))
        return ShiftUnits(first, last, distance if verb == "繰り下げ" else -distance)

    def _move(self, body: str, rule: Rule) -> AmendmentOp:
        if body.startswith("附則を附則第"):
            return MoveUnit(Ref("suppl", paragraph=1), Ref("suppl", paragraph=1))
        head, _, to = body.rpartition("を")
        target = self._structural(head, rule)
        destination = self._second(to, target, rule)
        if target.kind == "article" and destination.kind == "paragraph":
            target = Ref(target.area, target.article, 1)
        if target.kind == "paragraph" and destination.kind == "article" and destination.article == target.article:
            # 「同条第2項を同条とする」: the 項 left alone becomes the 条's only (first) 項.
            destination = Ref(target.area, target.article, 1)
        return MoveUnit(target, destination)

    def _delete(self, body: str, rule: Rule) -> AmendmentOp:
        if "から" in body and body.endswith("まで"):
            first, _, last = body.partition("から")
            target = self._structural(first, rule)
            return DeleteUnits((target,), through=self._second(last.removesuffix("まで"), target, rule))
        pieces = re.split("及び|および", body)
        target = self._structural(pieces[0], rule)
        rest = tuple(self._second(p, target, rule) for p in pieces[1:])
        return DeleteUnits((target, *rest))

    # -- citations -------------------------------------------------------------------------------

    def _named(self, text: str, rule: Rule) -> Ref:
        ref = self.resolve(text, rule)
        self.cites.note(ref, rule)
        return ref

    def _structural(self, text: str, rule: Rule) -> Ref:
        """Read 「C中X」 (setting the context) or a plain citation."""
        if (split := split_container(text)) is not None:
            container, text = split
            if (path := self.divisions.path(container)) is not None:
                # 「第3章第2節中同条を第27条とし」: the 章・節 of the last 条 (amendment-rules.md 2.7).
                return check_scope(rule, path, self._named(text, rule))
            parent = self.resolve(container, rule)
            self.cites.note(parent, rule)
            self.cites.context = parent
        return self._named(text, rule)

    def _second(self, text: str, first: Ref, rule: Rule) -> Ref:
        """Read the second citation of a clause (new number, end of range) like the first."""
        return self.resolve(text, rule, kind=first.kind, parent=first.parent())

    def _as_kind(self, ref: Ref, kind: UnitKind, rule: Rule) -> Ref:
        if ref.kind == "article" and kind == "paragraph" and single_paragraph(rule, Ref(ref.area, ref.article, 1)):
            return Ref(ref.area, ref.article, 1)
        return ref

    def resolve(self, text: str, rule: Rule, *, kind: object = None, parent: Ref | None = None) -> Ref:
        """Turn a citation into an address, using 同…, the 「中」 context and the rule."""
        if TABLE_OF in text:
            return self._row(text, rule)
        m = REF.match(text)
        if not text or m is None:
            raise self.fail(f"「{text}」を規定として読めません。", f"cannot read {text!r} as a citation.")
        suppl, art, art_br, same_art, para, same_para, item, item_br, same_item, labels = m.groups()
        if labels:
            return self._subitem(text[: m.start(10)], labels, rule, kind=kind, parent=parent)
        st = self.cites
        if same_item:
            return _required(st.last_item, self, "同号")
        context = st.context if st.context is not None and parent in (None, st.context) else parent
        area = "suppl" if suppl else (context.area if context is not None and not art else "main")
        article = read_num(art, art_br) if art else None
        if same_art:
            last = _required(st.last_article, self, "同条")
            area, article = last.area, last.article
        paragraph: int | None = read_number(para) if para else None
        if same_para:
            last = _required(st.last_paragraph, self, "同項")
            area, article, paragraph = last.area, last.article, last.paragraph
        if article is None and not same_para and (para or item) and not suppl:
            source = context or st.last_article
            article = source.article if source is not None else None
            area = source.area if source is not None else area
        if item and paragraph is None:
            local = context if not (art or same_art) else None
            paragraph = self._item_paragraph(Ref(area, article), local, rule)
        if suppl and not (art or para or item):
            return Ref("suppl")
        # A bare 「第3号」 inside 「…の表Xの項中」 is a 号 of that row.
        row = context.row if context is not None and not (art or same_art or para or same_para) else None
        return Ref(area, article, paragraph, read_num(item, item_br) if item else None, row=row)

    def _row(self, text: str, rule: Rule) -> Ref:
        """Read 「第３条の表Xの項」 or 「同項の表Xの項第５号」."""
        head, _, rest = text.partition(TABLE_OF)
        holder = self.resolve(head, rule)
        row, tail = find_row(rule, Ref(holder.area, holder.article, holder.paragraph or 1), rest)
        if not tail:
            return row
        saved, self.cites.context = self.cites.context, row
        try:
            return self.resolve(tail, rule, parent=row)
        finally:
            self.cites.context = saved

    def _subitem(self, head: str, labels: str, rule: Rule, *, kind: object, parent: Ref | None) -> Ref:
        """Read 「第七号ロ」, 「同号ロ」, or a bare 「ロ」 inside the 号 (or 細目) named with 「中」."""
        found = self.cites.context if parent is None or parent == self.cites.context else parent
        if head:
            found = self.resolve(head, rule, kind=kind, parent=parent)
        if found is None or found.kind not in ("item", "subitem"):
            raise self.fail(f"「{labels}」がどの号の細目か分かりません。", f"{labels}: no item named.")
        item = found
        depth = 0 if head else len(item.subitem or ())
        path = read_subitem_labels(labels, self.style, depth)
        if path is None or item.item is None:
            raise self.fail(f"「{labels}」を細目として読めません。", f"cannot read {labels!r} as sub-items.")
        return Ref(item.area, item.article, item.paragraph, item.item, subitem=(item.subitem or ()) + path)

    def _item_paragraph(self, article: Ref, context: Ref | None, rule: Rule) -> int:
        if context is not None and context.paragraph is not None:
            return context.paragraph
        if single_paragraph(rule, Ref(article.area, article.article, 1)):
            return 1
        if self.cites.last_paragraph is not None and self.cites.last_paragraph.article == article.article:
            return self.cites.last_paragraph.paragraph or 1
        raise self.fail("号を含む項が分かりません。", "cannot tell which paragraph holds the item.")


def _required(ref: Ref | None, reader: _SentenceReader, word: str) -> Ref:
    if ref is None:
        raise reader.fail(f"「{word}」が何を指すか分かりません。", f"{word} refers to nothing.")
    return ref


def _kind_of(target: Ref, rule: Rule) -> UnitKind:
    kind = target.kind
    if kind == "article" or kind == "paragraph" or kind == "item" or kind == "subitem":
        return kind
    raise OpError("次のように改める規定が読めません。", f"cannot replace {target}.")


def _caption(quote: str) -> str:
    return quote.removeprefix("（").removeprefix("(").removesuffix("）").removesuffix(")")


def _table_ref(head: str) -> Ref | None:
    m = re.fullmatch(rf"別表(?:第({_N}))?", head)
    if m is None:
        return None
    return Ref("table", table=read_number(m.group(1)) if m.group(1) else None)


def _read_table(block: tuple[str, ...], ref: Ref) -> Table:
    m = TABLE.match(block[0]) if block else None
    heading = (m.group(2) or "") if m else ""
    rows = tuple(tuple(c.strip(" \u3000") for c in CELL.split(line)) for line in block[1:])
    return Table(ref.table, heading, rows)


def _division_path(head: str) -> tuple[tuple[int, ...], ...]:
    return tuple(read_num(n, br) for n, br in re.findall(rf"第({_N})[章節]{_BR}", head))


def _read_division(head: str, block: tuple[str, ...]) -> Division:
    m = DIVISION.match(block[0]) if block else None
    if m is None:
        raise OpError("章名・節名が読めません。", "cannot read the new chapter or section name.")
    return Division(_division_path(head), m.group(4))


def _article_number(text: str) -> tuple[int, ...]:
    m = re.fullmatch(rf"第({_N})条{_BR}", text)
    if m is None:
        raise OpError(f"「{text}」を条として読めません。", f"cannot read {text!r} as an article.")
    return read_num(m.group(1), m.group(2))
