"""The consortium (推進組織) and its member municipalities (構成団体)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from gendocs.ja.wareki import fiscal_year
from gendocs.model.base import ID_PATTERN, NAME, PEOPLE, fld

OrganisationForm = Literal["任意協議会", "法定協議会", "一部事務組合", "広域連合", "事務委託"]


@dataclass(frozen=True, kw_only=True)
class Contact:
    """窓口 (contact point)."""

    department: str = fld("担当部署", "department", max_length=NAME, example="総務課情報政策係")
    phone: str | None = fld(
        "電話番号", "phone number", default=None, regex=r"^[0-9０-９()（）\-‐ー ]+$"
    )
    email: str | None = fld("電子メール", "e-mail", default=None, regex=r"^[^@\s]+@[^@\s]+$")


@dataclass(frozen=True, kw_only=True)
class Office:
    """事務所の位置."""

    name: str = fld("事務所の名称", "office name", max_length=NAME, example="○○会館")
    address: str = fld("所在地", "address", max_length=NAME)
    postal_code: str | None = fld(
        "郵便番号", "postal code", default=None, regex=r"^[0-9]{3}-[0-9]{4}$"
    )


@dataclass(frozen=True, kw_only=True)
class Body:
    """意思決定機関・執行機関など、組織内の機関."""

    name: str = fld("機関の名称", "name of the body", max_length=NAME, example="組合議会")
    head: str = fld("長の職名", "title of its head", max_length=NAME, example="議長")
    composition: str = fld(
        "構成（誰で組織するか）", "who sits on it", example="構成町村の長をもって充てる"
    )
    selection: str | None = fld("選任の方法", "how members are chosen", default=None)
    meetings: str | None = fld("会議の開催", "when it meets", default=None, example="定例会は年2回")


@dataclass(frozen=True, kw_only=True)
class Secretariat:
    """事務局."""

    name: str = fld("事務局の名称", "name", max_length=NAME, example="組合事務局")
    head: str = fld("事務局長の職名", "title of its head", max_length=NAME, example="事務局長")
    staff: int = fld("職員数", "staff", unit="人", min=1, max=10_000)
    host: str | None = fld(
        "事務局を置く構成団体（id）", "member hosting it", default=None, ref="members"
    )
    duties: tuple[str, ...] = fld("所掌事務", "duties", default=())
    contact: Contact | None = fld("連絡先", "contact", default=None)


@dataclass(frozen=True, kw_only=True)
class WorkingGroup:
    """検討部会・ワーキンググループ."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    name: str = fld("名称", "name", max_length=NAME, example="住民情報系部会")
    purpose: str = fld("所掌事項", "what it examines")
    lead: str | None = fld(
        "部会長を出す構成団体（id）", "member chairing it", default=None, ref="members"
    )
    members: tuple[str, ...] = fld(
        "参加する構成団体（id、空なら全団体）",
        "members taking part (empty: all)",
        default=(),
        ref="members",
    )


# The words documents use for one concept each (issue 10: 「構成団体」 in one document, 「構成町村」
# and 「組合町村」 in others). ``Terms`` chooses one; the rule ``wording.terms`` warns where content
# uses another, and no template writes any of them as fixed text (tests/render/test_defined_terms).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "member": (
        "構成団体",
        "構成市町村",
        "構成町村",
        "構成町",
        "構成市",
        "組合市町村",
        "組合町村",
        "参加団体",
        "参加市町村",
        "加盟団体",
    ),
    "ceiling": ("予定価格", "提案上限額", "上限価格", "上限額"),
}


@dataclass(frozen=True, kw_only=True)
class Terms:
    """定義語: one word per concept, used by every document."""

    member: str = fld(
        "構成団体を指す語（構成団体 / 構成市町村 / 組合市町村 など）",
        "the word for the members",
        default="構成団体",
        max_length=NAME,
    )
    ceiling: str = fld(
        "調達の上限額を指す語（予定価格 / 提案上限額）",
        "the word for the procurement ceiling",
        default="予定価格",
        max_length=NAME,
    )


@dataclass(frozen=True, kw_only=True)
class Consortium:
    """推進組織（協議会・一部事務組合など）."""

    name: str = fld("正式名称", "official name", max_length=NAME)
    short_name: str = fld(
        "略称（本文中の呼び方）", "short name used in the text", max_length=NAME, example="組合"
    )
    form: OrganisationForm = fld("組織形態", "legal form")
    prefecture: str = fld("都道府県", "prefecture", max_length=NAME, example="○○県")
    established: date = fld("設立日", "date established")
    office: Office = fld("事務所", "office")
    decision_body: Body = fld("意思決定機関", "decision-making body")
    executive: Body | None = fld("執行機関（一部事務組合の管理者など）", "executive", default=None)
    secretariat: Secretariat = fld("事務局", "secretariat")
    working_groups: tuple[WorkingGroup, ...] = fld("検討部会・WG", "working groups", default=())
    representative: str = fld("代表団体（id）", "representative member", ref="members")
    terms: Terms = fld("定義語（文書が一つの概念に使う語）", "defined terms", default=Terms())


@dataclass(frozen=True, kw_only=True)
class Population:
    """人口とその基準日."""

    value: int = fld("人口", "population", unit="人", min=1, max=PEOPLE)
    as_of: date = fld("基準日", "reference date")
    basis: Literal["国勢調査", "住民基本台帳", "推計人口"] = fld("人口の出典", "source")


@dataclass(frozen=True, kw_only=True)
class Joining:
    """加入の区分と時期."""

    date: date = fld("加入日（この日の属する年度から費用を分担する）", "date of joining")
    group: Literal["先行", "後続"] | None = fld(
        "先行団体・後続団体の別（省略すると加入日から決まる: 試算開始年度より後なら後続）",
        "first wave or later joiner (default: from the date)",
        default=None,
    )


def joining_group(joining: Joining, start_fiscal_year: int) -> str:
    """先行 or 後続: as written, or from the joining date (後続 when it falls in a fiscal year
    after ``start_fiscal_year``, the first year of the cost period). Any number of start waves is
    written as joining dates (each member's sharing starts in the fiscal year of its date)."""
    if joining.group is not None:
        return str(joining.group)
    return "後続" if fiscal_year(joining.date) > start_fiscal_year else "先行"


@dataclass(frozen=True, kw_only=True)
class Member:
    """構成団体（参加団体）."""

    id: str = fld("識別子（半角英小文字）", "id", regex=ID_PATTERN, example="minami")
    name: str = fld("団体名", "name", max_length=NAME, example="○○町")
    kind: Literal["市", "町", "村", "特別区"] = fld("種別", "kind")
    population: Population = fld("人口", "population")
    joining: Joining = fld("加入", "joining")
    contact: Contact = fld("連絡窓口", "contact")
    head_title: str = fld("長の職名", "title of the head", max_length=NAME, example="町長")
