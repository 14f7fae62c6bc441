"""条・項・号: the one renderer every legal text goes through (要綱, 規約, 基本合意書, 実施要綱).

It numbers articles, paragraphs and items in order, in the style of ``project.legal_style``, and
replaces the placeholders in 〔〕: 〔条:id〕 becomes the number of the article with that id, so a
reference follows the article when articles are added or removed; any other placeholder is a
fact looked up in :class:`Facts` (built from the content by ``gendocs.compute.legal.values``).

The result is a flat list of :class:`Line` (見出し, 条, 項, 号) that a template lays out with one
paragraph format per kind. :func:`text_problems` lists what cannot be resolved, with the key path
inside the text, so validation reports it at its place in the YAML before anything is rendered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from gendocs.errors import Msg
from gendocs.ja import article_label, fullwidth_digits, kansuji
from gendocs.model.bylaws import Article, LegalText
from gendocs.model.plan import LegalStyle

LineKind = Literal["caption", "article", "paragraph", "item"]
KeyPath = tuple[str | int, ...]

# 〔名称〕 or 〔kind:argument〕; the argument of 〔条:…〕 is an id, optionally :項 (〔条:kaigi:2〕).
PLACEHOLDER = re.compile(r"〔([^〔〕:]+)(?::([^〔〕]*))?〕")
ARTICLE_REF = "条"
# 丸数字 for 項: ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ (three Unicode runs).
_CIRCLED = (
    [chr(0x2460 + i) for i in range(20)]
    + [chr(0x3251 + i) for i in range(15)]
    + [chr(0x32B1 + i) for i in range(15)]
)
_PARAGRAPH_STYLES: dict[str, Literal["arabic", "fullwidth", "circled"]] = {
    "算用数字": "arabic",
    "全角数字": "fullwidth",
    "丸数字": "circled",
}


@dataclass(frozen=True)
class Numbering:
    """How 条, 項 and 号 are numbered (第1条 / 第一条; 2 / ２ / ②; (1) / 一)."""

    articles: Literal["arabic", "kanji"] = "arabic"
    paragraphs: Literal["arabic", "fullwidth", "circled"] = "arabic"
    items: Literal["paren", "kanji"] = "paren"

    @classmethod
    def from_style(cls, style: LegalStyle) -> Numbering:
        """The numbering that ``project.legal_style`` asks for."""
        return cls(
            articles="kanji" if style.article_numerals == "漢数字" else "arabic",
            paragraphs=_PARAGRAPH_STYLES[style.paragraph_numerals],
            items="kanji" if style.item_labels == "一" else "paren",
        )

    def number(self, n: int) -> str:
        """A number in running text, in the numerals of the article numbers (3 or 三)."""
        return kansuji(n) if self.articles == "kanji" else str(n)

    def article(self, n: int) -> str:
        """第1条 or 第一条."""
        return article_label(n, numerals="kanji" if self.articles == "kanji" else "arabic")

    def paragraph(self, n: int) -> str:
        """The label of paragraph ``n`` (2, ２ or ②); the first paragraph has none."""
        if self.paragraphs == "circled":
            if n > len(_CIRCLED):
                raise ValueError(f"no circled numeral for paragraph {n}")
            return _CIRCLED[n - 1]
        return fullwidth_digits(str(n)) if self.paragraphs == "fullwidth" else str(n)

    def item(self, n: int) -> str:
        """The label of item ``n``: (1) or 一."""
        return kansuji(n) if self.items == "kanji" else f"({n})"

    def reference(self, article: int, paragraph: int | None = None) -> str:
        """A cross-reference: 第3条 or 第3条第2項 (第三条第二項)."""
        ref = self.article(article)
        return ref if paragraph is None else f"{ref}第{self.number(paragraph)}項"


@dataclass(frozen=True)
class Facts:
    """What placeholders other than 〔条:…〕 stand for, and the generated item lists."""

    values: Mapping[str, str] = field(default_factory=dict)  # "名称", "団体:hayama" …
    lists: Mapping[str, Sequence[str]] = field(default_factory=dict)  # items_from sources


@dataclass(frozen=True)
class Line:
    """One paragraph of the rendered text."""

    kind: LineKind
    label: str
    text: str


@dataclass(frozen=True)
class RenderedText:
    """A legal text ready for a template: title, 前文, body lines, 附則 and article labels by id."""

    title: str
    preamble: str
    lines: tuple[Line, ...]
    supplementary: tuple[Line, ...]
    labels: Mapping[str, str]


class LegalTextError(ValueError):
    """A placeholder or item source the renderer cannot resolve."""

    def __init__(self, path: KeyPath, message: Msg) -> None:
        super().__init__(message.en)
        self.path = path
        self.message = message


def render_legal_text(text: LegalText, numbering: Numbering, facts: Facts) -> RenderedText:
    """Number ``text`` and resolve its placeholders; raise LegalTextError on the first problem."""
    for path, message in text_problems(text, facts):
        raise LegalTextError(path, message)
    index = {a.id: (n, a) for n, a in enumerate(text.articles, 1)}
    resolve = _Resolver(index, numbering, facts)
    lines: list[Line] = []
    for number, article in enumerate(text.articles, 1):
        lines += _article_lines(number, article, numbering, facts, resolve)
    many = len(text.supplementary) > 1
    supplementary = tuple(
        Line("paragraph", numbering.paragraph(k) if many else "", resolve(t))
        for k, t in enumerate(text.supplementary, 1)
    )
    labels = {article_id: numbering.article(n) for article_id, (n, _) in index.items()}
    return RenderedText(
        resolve(text.title), resolve(text.preamble or ""), tuple(lines), supplementary, labels
    )


def _article_lines(
    number: int, article: Article, numbering: Numbering, facts: Facts, resolve: _Resolver
) -> list[Line]:
    lines = [Line("caption", "", f"（{article.heading}）")]
    items = _items(article, facts)
    for k, paragraph in enumerate(article.paragraphs, 1):
        here = (number, k)
        if k == 1:
            lines.append(Line("article", numbering.article(number), resolve(paragraph, here)))
        else:
            lines.append(Line("paragraph", numbering.paragraph(k), resolve(paragraph, here)))
        if k == article.items_in:
            lines += [
                Line("item", numbering.item(i), closed(resolve(item, here)))
                for i, item in enumerate(items, 1)
            ]
    return lines


def closed(item: str) -> str:
    """A 号 as 法制執務 punctuates it: one that ends as a clause (「…に関すること」「…のとき」)
    takes 「。」, a noun (a member's name, a cost rule) takes none; so the items an article
    writes and those ``items_from`` makes end alike."""
    return item + "。" if item.endswith(("こと", "とき")) else item


def _items(article: Article, facts: Facts) -> Sequence[str]:
    if article.items_from is not None:
        return facts.lists[article.items_from]
    return article.items


class _Resolver:
    """Replaces the placeholders of one text (its article index is fixed)."""

    def __init__(
        self, index: Mapping[str, tuple[int, Article]], numbering: Numbering, facts: Facts
    ) -> None:
        self.index, self.numbering, self.facts = index, numbering, facts

    def __call__(self, text: str, here: tuple[int, int] | None = None) -> str:
        """Resolve ``text`` written in paragraph ``here`` (article, paragraph), if in the body."""
        return PLACEHOLDER.sub(lambda match: self._replace(match, here), text)

    def _replace(self, match: re.Match[str], here: tuple[int, int] | None) -> str:
        kind, argument = match.group(1), match.group(2)
        if kind != ARTICLE_REF:
            return self.facts.values[_fact_key(kind, argument)]
        article_id, _, paragraph = (argument or "").partition(":")
        number = self.index[article_id][0]
        return relative_reference(
            number, int(paragraph) if paragraph else None, here, self.numbering
        )


def relative_reference(
    article: int, paragraph: int | None, here: tuple[int, int] | None, numbering: Numbering
) -> str:
    """Name article (and paragraph) as seen from ``here``: 前条, 次条, 前項, 第2項 or 第3条第2項."""
    # 法制執務 (docs/amendment-rules.md 6): the article just before or after is 前条 / 次条; within
    # the same article a paragraph is named without its article (第2項), the one just before as
    # 前項.
    if here is None:
        return numbering.reference(article, paragraph)
    at_article, at_paragraph = here
    if article == at_article:
        if paragraph is None:
            return "この条"
        if paragraph == at_paragraph - 1:
            return "前項"
        return "この項" if paragraph == at_paragraph else f"第{numbering.number(paragraph)}項"
    near = {at_article - 1: "前条", at_article + 1: "次条"}.get(article)
    if near is None:
        return numbering.reference(article, paragraph)
    return near if paragraph is None else f"{near}第{numbering.number(paragraph)}項"


def _fact_key(kind: str, argument: str | None) -> str:
    return kind if argument is None else f"{kind}:{argument}"


def text_problems(text: LegalText, facts: Facts) -> Iterator[tuple[KeyPath, Msg]]:
    """Every unresolvable reference, fact or item source of ``text``, with its key path."""
    index = {a.id: a for a in text.articles}
    yield from _placeholder_problems(("title",), text.title, index, facts)
    yield from _placeholder_problems(("preamble",), text.preamble or "", index, facts)
    for i, article in enumerate(text.articles):
        base: KeyPath = ("articles", i)
        for k, paragraph in enumerate(article.paragraphs):
            yield from _placeholder_problems(base + ("paragraphs", k), paragraph, index, facts)
        for k, item in enumerate(article.items):
            yield from _placeholder_problems(base + ("items", k), item, index, facts)
        yield from _item_problems(base, article, facts)
    for k, line in enumerate(text.supplementary):
        yield from _placeholder_problems(("supplementary", k), line, index, facts)


def _item_problems(base: KeyPath, article: Article, facts: Facts) -> Iterator[tuple[KeyPath, Msg]]:
    if article.items_in > len(article.paragraphs):
        yield (
            base + ("items_in",),
            Msg(
                f"号が属する項（{article.items_in}）がありません（この条の項は{len(article.paragraphs)}つです）",
                f"paragraph {article.items_in} does not exist; the article has "
                f"{len(article.paragraphs)}",
            ),
        )
    if article.items and article.items_from is not None:
        yield (
            base + ("items_from",),
            Msg(
                "items と items_from はどちらか一方だけを書いてください",
                "write either items or items_from, not both",
            ),
        )
    elif article.items_from is not None and not facts.lists.get(article.items_from):
        yield (
            base + ("items_from",),
            Msg(
                f"号の作成元「{article.items_from}」に該当する内容がありません",
                f"the content has nothing for the item source '{article.items_from}'",
            ),
        )


def _placeholder_problems(
    path: KeyPath, text: str, index: Mapping[str, Article], facts: Facts
) -> Iterator[tuple[KeyPath, Msg]]:
    for match in PLACEHOLDER.finditer(text):
        kind, argument = match.group(1), match.group(2)
        if kind == ARTICLE_REF:
            problem = _article_ref_problem(argument or "", index)
        elif _fact_key(kind, argument) not in facts.values:
            problem = _fact_problem(match.group(0), kind, facts)
        else:
            problem = None
        if problem is not None:
            yield path, problem
    for stray in ("〔", "〕"):
        if text.count(stray) != len(PLACEHOLDER.findall(text)):
            yield (
                path,
                Msg(
                    f"「{stray}」の対応が取れていません（〔名称〕の形で書いてください）",
                    f"unbalanced '{stray}' (write placeholders as 〔名称〕)",
                ),
            )
            return


def _article_ref_problem(argument: str, index: Mapping[str, Article]) -> Msg | None:
    article_id, _, paragraph = argument.partition(":")
    known = "、".join(index) or "なし"
    if article_id not in index:
        return Msg(
            f"〔条:{article_id}〕の条がありません（この文書の条の識別子: {known}）",
            f"no article with id '{article_id}' (ids in this text: {', '.join(index)})",
        )
    count = len(index[article_id].paragraphs)
    if paragraph and (not paragraph.isdigit() or not 1 <= int(paragraph) <= count):
        return Msg(
            f"〔条:{argument}〕の項がありません（条「{article_id}」の項は{count}つです）",
            f"〔条:{argument}〕: article '{article_id}' has {count} paragraph(s)",
        )
    return None


def _fact_problem(placeholder: str, kind: str, facts: Facts) -> Msg:
    kinds = sorted({key.partition(":")[0] for key in facts.values} | {ARTICLE_REF})
    same_kind = sorted(k.partition(":")[2] for k in facts.values if k.startswith(f"{kind}:"))
    if same_kind:
        return Msg(
            f"{placeholder}に当たるものがありません（指定できるもの: {'、'.join(same_kind)}）",
            f"{placeholder} names nothing known (known: {', '.join(same_kind)})",
        )
    return Msg(
        f"{placeholder}は使えない差込みです（使えるもの: {'、'.join(kinds)}）",
        f"{placeholder} is not a known placeholder (known: {', '.join(kinds)})",
    )
