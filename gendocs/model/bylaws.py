"""設置要綱・一部事務組合規約・基本合意書: articles with ids so references follow renumbering."""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.model.base import ID_PATTERN, fld


@dataclass(frozen=True, kw_only=True)
class Article:
    """条（設置要綱・規約などの条文）. 本文中の〔条:id〕は条番号への参照になる."""

    id: str = fld("識別子（参照に使う）", "id", regex=ID_PATTERN)
    heading: str = fld("見出し", "heading", example="設置")
    paragraphs: tuple[str, ...] = fld("項（段落ごと）", "paragraphs")
    items: tuple[str, ...] = fld("第1項の号", "items of the first paragraph", default=())


@dataclass(frozen=True, kw_only=True)
class LegalText:
    """条文からなる文書."""

    title: str = fld("題名", "title")
    articles: tuple[Article, ...] = fld("条", "articles")
    supplementary: tuple[str, ...] = fld("附則", "supplementary provisions")


@dataclass(frozen=True, kw_only=True)
class Bylaws:
    """設置要綱・規約・基本合意書."""

    establishment: LegalText | None = fld("推進協議会設置要綱", "council establishment rules",
                                          default=None)
    union_rules: LegalText | None = fld("一部事務組合規約", "union rules", default=None)
    agreement: LegalText | None = fld("基本合意書", "basic agreement", default=None)
    kind_of_joint_work: tuple[str, ...] = fld("共同処理する事務", "joint work")
