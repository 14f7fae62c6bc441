"""設置要綱・一部事務組合規約・基本合意書: texts of 条, 項 and 号 whose numbers are computed.

A text is an ordered list of articles (条). Each article has a heading (見出し), its paragraphs
(項, the first one unnumbered) and optionally items (号) under one of its paragraphs. Numbers
are never written in the YAML: gendocs numbers articles, paragraphs and items in order, in the
style of ``project.legal_style``.

Article text may contain placeholders in 〔〕, so a fact is written once in content/ and every
text follows it:

* 〔条:kaigi〕 → the number of the article with id ``kaigi`` (第6条); 〔条:kaigi:2〕 → 第6条第2項.
* 〔推進組織〕 〔推進組織の略称〕 — the consortium itself, for a body set up within it (a
  推進協議会 of an existing 組合), whose own name is 〔名称〕.
* 〔名称〕 〔略称〕 〔所在地〕 〔事務所名〕 〔団体数〕 〔代表団体〕 〔意思決定機関〕 〔執行機関〕
  〔事務局〕 〔事務局長〕 〔事務局の団体〕 〔制定日〕 〔施行日〕 — facts of the consortium and text.
* 〔団体:hayama〕 (葉山町), 〔団体の長:hayama〕 (葉山町長), 〔役員:会長〕 (the heads of the
  members named in ``officers``).

``items_from`` fills the 号 from content instead (構成団体, 費用分担 …), so the member list or
the cost rules in a 規約 are never typed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, fld

ItemSource = Literal[
    "構成団体",
    "構成団体の長",
    "役員以外の長",
    "共同処理する事務",
    "検討部会",
    "事務局の所掌事務",
    "費用分担",
    "スケジュール",
]


@dataclass(frozen=True, kw_only=True)
class Article:
    """条. 本文中の〔条:id〕は条番号への参照になる."""

    id: str = fld("識別子（参照に使う）", "id", regex=ID_PATTERN)
    heading: str = fld("見出し（括弧は付けない）", "heading", max_length=NAME, example="設置")
    paragraphs: tuple[str, ...] = fld("項（段落ごと。番号は付けない）", "paragraphs")
    items: tuple[str, ...] = fld("号（番号は付けない）", "items", default=())
    items_from: ItemSource | None = fld(
        "号を内容から作る（構成団体、費用分担など）", "fill the items from content", default=None
    )
    items_in: int = fld(
        "号が属する項（1 は第1項）", "paragraph the items belong to", min=1, max=100, default=1
    )


@dataclass(frozen=True, kw_only=True)
class Officer:
    """役員（会長・副会長など）に充てる構成団体の長."""

    title: str = fld("役職", "title", max_length=NAME, example="会長")
    members: tuple[str, ...] = fld(
        "充てる構成団体（id）", "members whose heads hold it", ref="members"
    )


@dataclass(frozen=True, kw_only=True)
class LegalText:
    """条文からなる文書（要綱・規約・合意書）."""

    title: str = fld("題名", "title", max_length=NAME)
    name: str | None = fld(
        "団体の名称（〔名称〕。省略時は推進組織の名称）",
        "name of the body (default: the consortium's)",
        max_length=NAME,
        default=None,
    )
    short_name: str | None = fld(
        "団体の略称（〔略称〕。省略時は推進組織の略称）",
        "short name (default: the consortium's)",
        max_length=NAME,
        default=None,
    )
    enacted: date = fld("制定日・締結日", "date enacted or signed")
    effective: date | None = fld(
        "施行日（省略時は制定日）", "date in force (default: enacted)", default=None
    )
    parties: tuple[str, ...] = fld(
        "対象の構成団体（id。省略時は全構成団体）",
        "members it names (default: all)",
        default=(),
        ref="members",
    )
    officers: tuple[Officer, ...] = fld("役員（〔役員:役職〕で参照）", "officers", default=())
    articles: tuple[Article, ...] = fld("条", "articles")
    preamble: str | None = fld("前文（合意書などの冒頭の文）", "preamble", default=None)
    supplementary: tuple[str, ...] = fld("附則（項ごと）", "supplementary provisions", default=())
    adopted: str | None = fld(
        "制定・締結した時の git のリビジョン（タグ又はコミット。bylaws の文書のみ）。"
        "設置要綱・規約・基本合意書の文書はその時点の内容から作る（後の決定で書き換わらない）。"
        "content/ordinances で改正するときは改正後の本文",
        "git revision it was adopted at (bylaws only): the instrument's document renders from the "
        "content then (the amended text when content/ordinances amends it)",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class Bylaws:
    """設置要綱・規約・基本合意書."""

    establishment: LegalText | None = fld(
        "推進協議会設置要綱", "council establishment rules", default=None
    )
    union_rules: LegalText | None = fld("一部事務組合規約", "union rules", default=None)
    agreement: LegalText | None = fld("基本合意書", "basic agreement", default=None)
    kind_of_joint_work: tuple[str, ...] = fld("共同処理する事務", "joint work")
