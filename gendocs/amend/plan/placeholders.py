"""削除 instead of 削る: keep the numbers of deleted 条 as 「第N条　削除」 placeholders.

When the style asks for 削除 (docs/amendment-rules.md 2.8), the new text may simply leave deleted 条
out without renumbering the rest; each gap is filled with a placeholder so that no 繰上げ (and no
consequential change of cross-references) is needed. Consecutive gaps become one range
placeholder 「第5条から第8条まで　削除」.
"""

from __future__ import annotations

from dataclasses import replace

from gendocs.amend.text.model import DELETED, Article, Paragraph, Rule, next_number


def fill_gaps(old: Rule, new: Rule) -> Rule:
    """Return ``new`` with every gap in its 条 numbers filled by the old 条 as 削除."""
    articles: list[Article] = []
    previous: Article | None = None
    for article in new.articles:
        articles += _placeholders(old, previous, article)
        articles.append(article)
        previous = article
    return replace(new, articles=tuple(articles))


def _placeholders(old: Rule, before: Article | None, after: Article) -> list[Article]:
    last = (before.through or before.number) if before is not None else (0,)
    if after.number in next_number(last):
        return []
    missing = [a for a in old.articles if last < a.number < after.number]
    if not missing:
        return []
    through = missing[-1].through or missing[-1].number
    placeholder = Article(
        missing[0].number,
        None,
        (Paragraph(1, DELETED),),
        through=through if through != missing[0].number else None,
        division=missing[0].division,
    )
    return [placeholder]
