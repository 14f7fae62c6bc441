"""Read a rule from plain Python data (as loaded from YAML) into the model.

The shape is a simple mapping; numbers are optional and default to 1, 2, 3 … in order::

    title: 寒川町手数料条例
    number: 平成12年寒川町条例第10号
    toc: [第1章　総則（第1条・第2条）, …]          # optional 目次 lines
    chapters:                                     # optional; otherwise `articles` at the top
      - {number: 1, title: 総則, articles: […]}    # or `sections: [{number, title, articles}]`
    articles:
      - number: 1                                 # 1, or "8の2" for 第8条の2
        caption: 趣旨                             # 見出し without brackets (optional)
        text: この条例は、…                        # a 条 of one 項 without 号, or:
        paragraphs:
          - この条例は、…                          # a 項 without 号, or
          - text: 町は、次に掲げる…                  # a 項 with 号
            items:
              - 住民票の写しの交付                   # a 号, or
              - {text: 印鑑登録証明書の交付, subitems: [窓口, {text: 郵便, subitems: [速達]}]}
      - {number: 5, deleted: true}                # 第5条　削除 (add `through: 8` for a range)
    supplementary:                                # 附則: the original first, later ones labelled
      - paragraphs: [この条例は、平成12年4月1日から施行する。]
      - {label: （令和2年3月27日条例第3号）, paragraphs: […]}
    tables:                                       # 別表
      - {number: null, heading: （第2条関係）, rows: [[住民票の写し, 1通につき, 300円]]}

Every problem is collected with its key path and reported together as one ContentError.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gendocs.amend.errors import content_error, text_problem
from gendocs.amend.text.model import (
    DELETED,
    Article,
    Division,
    Item,
    Num,
    Paragraph,
    Rule,
    Subitem,
    SupplProvision,
    Table,
    next_number,
)
from gendocs.amend.text.parse import read_num
from gendocs.errors import Problem


@dataclass
class _Reader:
    source: str
    problems: list[Problem] = field(default_factory=list)
    divisions: list[Division] = field(default_factory=list)

    def fail(self, path: str, ja: str, en: str) -> None:
        self.problems.append(text_problem(self.source, 0, ja, en, key_path=path))

    def text(self, value: object, path: str) -> str:
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.fail(path, "文字列が必要です。", "a non-empty string is required.")
        return ""

    def mapping(self, value: object, path: str) -> Mapping[str, Any]:
        if isinstance(value, Mapping):
            return value
        self.fail(path, "項目の対応（mapping）が必要です。", "a mapping is required.")
        return {}

    def sequence(self, value: object, path: str) -> Sequence[Any]:
        if value is None:
            return ()
        if isinstance(value, Sequence) and not isinstance(value, str):
            return value
        self.fail(path, "一覧（list）が必要です。", "a list is required.")
        return ()

    def number(self, value: object, default: Num, path: str) -> Num:
        if value is None:
            return default
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return (value,)
        if isinstance(value, str):
            head, _, rest = value.partition("の")
            try:
                return read_num(head, "の" + rest if rest else "")
            except ValueError:
                pass
        self.fail(
            path,
            f"番号「{value}」が読めません（例: 3, 「8の2」）。",
            f"cannot read number {value!r}.",
        )
        return default


def parse_rule_data(data: object, *, source: str = "<data>") -> Rule:
    """Read a rule from a mapping as loaded from YAML; raise ContentError listing every problem."""
    reader = _Reader(source)
    root = reader.mapping(data, "")
    articles = _body(reader, root)
    rule = Rule(
        title=reader.text(root.get("title"), "title"),
        number=str(root.get("number") or ""),
        toc=tuple(
            reader.text(t, f"toc[{i}]")
            for i, t in enumerate(reader.sequence(root.get("toc"), "toc"))
        ),
        divisions=tuple(reader.divisions),
        articles=articles,
        supplementary=tuple(
            _suppl(reader, s, f"supplementary[{i}]")
            for i, s in enumerate(reader.sequence(root.get("supplementary"), "supplementary"))
        ),
        tables=tuple(
            _table(reader, t, f"tables[{i}]")
            for i, t in enumerate(reader.sequence(root.get("tables"), "tables"))
        ),
    )
    if not rule.articles:
        reader.fail("articles", "条が一つもありません。", "no article.")
    if reader.problems:
        raise content_error(reader.problems)
    return rule


def _body(reader: _Reader, root: Mapping[str, Any]) -> tuple[Article, ...]:
    if "chapters" not in root:
        return _articles(reader, root.get("articles"), "articles", ())
    articles: list[Article] = []
    for i, chapter in enumerate(reader.sequence(root["chapters"], "chapters")):
        path = f"chapters[{i}]"
        node = reader.mapping(chapter, path)
        number = reader.number(node.get("number"), (i + 1,), f"{path}.number")
        reader.divisions.append(
            Division((number,), reader.text(node.get("title"), f"{path}.title"))
        )
        for j, section in enumerate(reader.sequence(node.get("sections"), f"{path}.sections")):
            spath = f"{path}.sections[{j}]"
            snode = reader.mapping(section, spath)
            snumber = reader.number(snode.get("number"), (j + 1,), f"{spath}.number")
            reader.divisions.append(
                Division((number, snumber), reader.text(snode.get("title"), f"{spath}.title"))
            )
            articles += _articles(
                reader, snode.get("articles"), f"{spath}.articles", (number, snumber), articles
            )
        articles += _articles(reader, node.get("articles"), f"{path}.articles", (number,), articles)
    return tuple(articles)


def _articles(
    reader: _Reader,
    value: object,
    path: str,
    division: tuple[Num, ...],
    before: Sequence[Article] = (),
) -> tuple[Article, ...]:
    out: list[Article] = []
    previous = before[-1] if before else None
    for i, node in enumerate(reader.sequence(value, path)):
        article = _article(reader, node, f"{path}[{i}]", previous, division)
        out.append(article)
        previous = article
    return tuple(out)


def _article(
    reader: _Reader, value: object, path: str, previous: Article | None, division: tuple[Num, ...]
) -> Article:
    node = reader.mapping(value, path)
    default = ((previous.through or previous.number)[0] + 1,) if previous else (1,)
    number = reader.number(node.get("number"), default, f"{path}.number")
    if previous is not None and number not in next_number(previous.through or previous.number):
        reader.fail(
            f"{path}.number",
            "条の番号が飛んでいるか重複しています。",
            "article number skips or repeats.",
        )
    through = (
        reader.number(node["through"], number, f"{path}.through") if node.get("through") else None
    )
    if node.get("deleted"):
        return Article(number, None, (Paragraph(1, DELETED),), through, division)
    caption = node.get("caption")
    paragraphs = _paragraphs(reader, node, path)
    return Article(number, str(caption) if caption else None, paragraphs, through, division)


def _paragraphs(reader: _Reader, node: Mapping[str, Any], path: str) -> tuple[Paragraph, ...]:
    if "text" in node:
        items = _items(reader, node.get("items"), f"{path}.items")
        return (Paragraph(1, reader.text(node["text"], f"{path}.text"), items),)
    values = reader.sequence(node.get("paragraphs"), f"{path}.paragraphs")
    if not values:
        reader.fail(path, "text か paragraphs が必要です。", "`text` or `paragraphs` is required.")
    return tuple(
        _paragraph(reader, v, i + 1, f"{path}.paragraphs[{i}]") for i, v in enumerate(values)
    )


def _paragraph(reader: _Reader, value: object, number: int, path: str) -> Paragraph:
    if isinstance(value, str):
        return Paragraph(number, reader.text(value, path))
    node = reader.mapping(value, path)
    return Paragraph(
        number,
        reader.text(node.get("text"), f"{path}.text"),
        _items(reader, node.get("items"), f"{path}.items"),
    )


def _items(reader: _Reader, value: object, path: str) -> tuple[Item, ...]:
    items: list[Item] = []
    for i, node in enumerate(reader.sequence(value, path)):
        ipath = f"{path}[{i}]"
        default = (items[-1].number[0] + 1,) if items else (1,)
        if isinstance(node, str):
            items.append(Item(default, reader.text(node, ipath)))
            continue
        mapping = reader.mapping(node, ipath)
        number = reader.number(mapping.get("number"), default, f"{ipath}.number")
        subitems = _subitems(reader, mapping.get("subitems"), f"{ipath}.subitems")
        items.append(Item(number, reader.text(mapping.get("text"), f"{ipath}.text"), subitems))
    return tuple(items)


def _subitems(reader: _Reader, value: object, path: str) -> tuple[Subitem, ...]:
    out: list[Subitem] = []
    for i, node in enumerate(reader.sequence(value, path)):
        spath = f"{path}[{i}]"
        if isinstance(node, str):
            out.append(Subitem(i + 1, reader.text(node, spath)))
            continue
        mapping = reader.mapping(node, spath)
        children = _subitems(reader, mapping.get("subitems"), f"{spath}.subitems")
        out.append(Subitem(i + 1, reader.text(mapping.get("text"), f"{spath}.text"), children))
    return tuple(out)


def _suppl(reader: _Reader, value: object, path: str) -> SupplProvision:
    node = reader.mapping(value, path)
    label = node.get("label")
    paragraphs = tuple(
        _paragraph(reader, v, i + 1, f"{path}.paragraphs[{i}]")
        for i, v in enumerate(reader.sequence(node.get("paragraphs"), f"{path}.paragraphs"))
    )
    articles = _articles(reader, node.get("articles"), f"{path}.articles", ())
    return SupplProvision(str(label) if label else None, paragraphs, articles)


def _table(reader: _Reader, value: object, path: str) -> Table:
    node = reader.mapping(value, path)
    number = node.get("number")
    rows = tuple(
        tuple(str(cell) for cell in reader.sequence(row, f"{path}.rows[{i}]"))
        for i, row in enumerate(reader.sequence(node.get("rows"), f"{path}.rows"))
    )
    return Table(
        int(number) if isinstance(number, int) else None, str(node.get("heading") or ""), rows
    )
