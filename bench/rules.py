"""Deterministic 条例 texts for timing ``gendocs amend``: N 条 and the same rule with scattered
changes.

The texts are 例規集 text as a user pastes it (the layout :mod:`gendocs.amend.parse_text` reads).
Each 条 has a 見出し, one to three 項 and sometimes 号; the words come from a seeded generator, so
every run drafts the same amendment. The changes are spread evenly over the rule and cycle through
what a real amendment does most: 字句 in a 項, a 見出し, a 項 added, a 号 added. None of them
renumbers a 条, so the size of the draft grows with the number of changes, not with the rule.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

TITLE = "ベンチ町情報システム管理条例"
NUMBER = "平成5年ベンチ町条例第12号"
SPACE = "\u3000"
NOUNS = [
    "町長",
    "委員会",
    "情報システム",
    "管理者",
    "手数料",
    "住民票",
    "証明書",
    "申請書",
    "事務",
    "職員",
    "端末",
    "記録媒体",
    "利用者",
    "データ",
    "共同利用",
    "クラウドサービス",
    "帳票",
    "業務",
    "記録",
    "契約",
    "監査",
    "報告",
    "計画",
    "台帳",
    "機器",
    "回線",
    "施設",
    "研修",
]
PARTICLES = ["は", "の", "を", "に", "について", "により", "と", "で"]
ENDINGS = ["する。", "とする。", "ものとする。", "しなければならない。", "定める。"]
CAPTIONS = [
    "目的",
    "定義",
    "管理者",
    "手数料の額",
    "委任",
    "情報システムの管理",
    "申請",
    "報告",
    "監査",
    "記録の保存",
    "利用の制限",
    "研修",
    "契約",
    "台帳",
]
NEW_NOUNS = [
    "運用管理者",
    "外部委託先",
    "統括責任者",
    "電磁的記録",
]  # words the old rule never uses


@dataclass(frozen=True)
class Paragraph:
    """A 項: its sentence and its 号."""

    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """A 条: its 見出し and its 項."""

    caption: str
    paragraphs: tuple[Paragraph, ...]


def rule_pair(articles: int, changes: int, seed: int = 17) -> tuple[str, str]:
    """The old and the new 例規集 text of a rule of ``articles`` 条 with ``changes`` changes."""
    rnd = random.Random(seed)
    old = [_article(rnd) for _ in range(articles)]
    new = list(old)
    for number, index in enumerate(_spread(articles, changes)):
        new[index] = CHANGES[number % len(CHANGES)](new[index], number)
    return render(old), render(new)


def _spread(articles: int, changes: int) -> list[int]:
    """``changes`` distinct 条 indexes spread evenly over the rule, the first and last included."""
    if changes > articles:
        raise ValueError(f"{changes} changes need at least as many 条 (got {articles})")
    step = (articles - 1) / max(changes - 1, 1)
    return [round(i * step) for i in range(changes)]


def _sentence(rnd: random.Random, ending: bool = True) -> str:
    words = [rnd.choice(NOUNS) + rnd.choice(PARTICLES) for _ in range(rnd.randint(4, 8))]
    return "".join(words) + rnd.choice(NOUNS) + (rnd.choice(ENDINGS) if ending else "")


def _article(rnd: random.Random) -> Article:
    paragraphs = []
    for _ in range(rnd.randint(1, 3)):
        items = tuple(_sentence(rnd, ending=False) for _ in range(rnd.choice([0, 0, 0, 2, 3])))
        paragraphs.append(Paragraph(_sentence(rnd), items))
    return Article(rnd.choice(CAPTIONS), tuple(paragraphs))


def _change_word(article: Article, number: int) -> Article:
    """Replace the first noun of the first 項 by a word the rule never used (a 字句の改正)."""
    first = article.paragraphs[0]
    old_word = next(n for n in sorted(NOUNS, key=len, reverse=True) if first.text.startswith(n))
    text = NEW_NOUNS[number % len(NEW_NOUNS)] + first.text[len(old_word) :]
    return replace(article, paragraphs=(replace(first, text=text),) + article.paragraphs[1:])


def _change_caption(article: Article, number: int) -> Article:
    return replace(article, caption=f"{article.caption}等")


def _add_paragraph(article: Article, number: int) -> Article:
    added = Paragraph(
        f"前項の規定にかかわらず、{NEW_NOUNS[number % len(NEW_NOUNS)]}は、別に定める。"
    )
    return replace(article, paragraphs=article.paragraphs + (added,))


def _add_item(article: Article, number: int) -> Article:
    last = article.paragraphs[-1]
    if not last.items:
        return _change_word(article, number)
    added = replace(
        last, items=last.items + (f"その他{NEW_NOUNS[number % len(NEW_NOUNS)]}が必要と認める事項",)
    )
    return replace(article, paragraphs=article.paragraphs[:-1] + (added,))


CHANGES = (_change_word, _change_caption, _change_word, _add_paragraph, _change_word, _add_item)


def render(articles: list[Article]) -> str:
    """例規集 text: 題名, 番号, every 条 with its 見出し, 項 and 号, and the 附則."""
    lines = [TITLE, f"（{NUMBER}）"]
    for number, article in enumerate(articles, start=1):
        lines.append(f"（{article.caption}）")
        for index, paragraph in enumerate(article.paragraphs, start=1):
            label = f"第{number}条" if index == 1 else str(index)
            lines.append(f"{label}{SPACE}{paragraph.text}")
            lines += [f"({n}){SPACE}{item}" for n, item in enumerate(paragraph.items, start=1)]
    lines += [f"附{SPACE}則", "この条例は、公布の日から施行する。"]
    return "\n".join(lines) + "\n"
