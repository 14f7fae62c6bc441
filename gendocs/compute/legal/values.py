"""The facts a legal text's placeholders stand for, taken from the content.

Every name and figure in a 要綱 or 規約 that also appears elsewhere (a member's name, the office,
the cost rules, the phases) comes from here, so it is written once in content/. Numbers and
dates follow the article numerals (第一条 texts write 令和八年四月一日 and 百分の四十).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from gendocs import ja
from gendocs.compute.legal.text import Facts, Numbering
from gendocs.model import Content
from gendocs.model.bylaws import LegalText
from gendocs.model.costs import CostItem
from gendocs.model.organisation import Member


def legal_facts(content: Content, text: LegalText, numbering: Numbering) -> Facts:
    """The placeholder values and item lists for ``text``."""
    parties = text_parties(content, text)
    return Facts(
        values=_values(content, text, numbering, parties),
        lists=_lists(content, text, numbering, parties),
    )


def text_parties(content: Content, text: LegalText) -> tuple[Member, ...]:
    """The members a text names: its ``parties``, or every member."""
    if not text.parties:
        return content.members
    by_id = {m.id: m for m in content.members}
    return tuple(by_id[p] for p in text.parties if p in by_id)


def head_of(member: Member) -> str:
    """The office of a member's head as a legal text names it (葉山町長)."""
    # 葉山町 + 町長 → 葉山町長, 千代田区 + 区長 → 千代田区長: the shared 町/区/村/市 is written
    # once.
    title = member.head_title
    if title[:1] and member.name.endswith(title[:1]):
        title = title[1:]
    return member.name + title


def legal_date(d: date, numbering: Numbering) -> str:
    """A date in 和暦 in the text's numerals (令和8年4月1日 / 令和八年四月一日)."""
    return ja.wareki_date(d, numerals="kanji" if numbering.articles == "kanji" else "arabic")


def _values(
    content: Content, text: LegalText, numbering: Numbering, parties: Sequence[Member]
) -> dict[str, str]:
    c = content.consortium
    names = content.member_names()
    values = {
        "推進組織": c.name,
        "推進組織の略称": c.short_name,
        "名称": text.name or c.name,
        "略称": text.short_name or c.short_name,
        "所在地": c.office.address,
        "事務所名": c.office.name,
        "団体数": numbering.number(len(parties)),
        "代表団体": names.get(c.representative, ""),
        "意思決定機関": c.decision_body.name,
        "事務局": c.secretariat.name,
        "事務局長": c.secretariat.head,
        "制定日": legal_date(text.enacted, numbering),
        "施行日": legal_date(text.effective or text.enacted, numbering),
        "設立日": legal_date(c.established, numbering),
        "構成団体": ja.join_names([m.name for m in parties]),
        "監査の周期": numbering.number(content.security.audit_cycle_years),
        "監査の方法": content.security.auditor,
    }
    values |= _cost_values(content, numbering)
    if c.executive is not None:
        values["執行機関"] = c.executive.name
    if c.secretariat.host in names:
        values["事務局の団体"] = names[c.secretariat.host or ""]
    for member in content.members:
        values[f"団体:{member.id}"] = member.name
        values[f"団体の長:{member.id}"] = head_of(member)
    by_id = {m.id: m for m in content.members}
    for officer in text.officers:
        values[f"役員:{officer.title}"] = ja.join_names(
            [head_of(by_id[m]) for m in officer.members if m in by_id]
        )
    for role in content.security.roles:
        values[f"役割:{role.id}"] = role.title
    return values


def _cost_values(content: Content, numbering: Numbering) -> dict[str, str]:
    costs, values = content.costs, {}
    if costs.guarantee is not None:
        values["最低削減率"] = _hundredths(costs.guarantee.min_saving, numbering)
    if costs.joining_fee is not None:
        values["加入負担割合"] = _hundredths(costs.joining_fee.rate, numbering)
        # 「100分の100に相当する額」 is written 「全額」
        values["加入負担額"] = (
            "全額" if costs.joining_fee.rate == 1 else f"{values['加入負担割合']}に相当する額"
        )
    return values


def _lists(
    content: Content, text: LegalText, numbering: Numbering, parties: Sequence[Member]
) -> dict[str, tuple[str, ...]]:
    c = content.consortium
    officers = {m for officer in text.officers for m in officer.members}
    return {
        "構成団体": tuple(m.name for m in parties),
        "構成団体の長": tuple(head_of(m) for m in parties),
        # 委員 besides the 会長 and 副会長 an article names already: no head listed twice
        "役員以外の長": tuple(head_of(m) for m in parties if m.id not in officers),
        "共同処理する事務": content.bylaws.kind_of_joint_work,
        "検討部会": tuple(f"{g.name}{_SPACE}{g.purpose}に関すること" for g in c.working_groups),
        "事務局の所掌事務": c.secretariat.duties,
        "費用分担": tuple(cost_rule(content, item, numbering) for item in content.costs.items),
        "スケジュール": tuple(
            _phase(p.name, p.start.year, p.start.month, p.end.year, p.end.month, numbering)
            for p in content.schedule.phases
        ),
    }


_SPACE = "\u3000"


def cost_rule(content: Content, item: CostItem, numbering: Numbering) -> str:
    """One cost rule as a 規約 states it: 組織運営費　均等割100分の40、人口割100分の60 …."""
    term = content.consortium.terms.member
    if item.method == "従量料金":
        rule = f"対象業務ごとに定める月額の単価に各{term}の利用月数を乗じて得た額"
    elif item.method == "削減額比例":
        rule = f"各{term}の情報システム経費の削減見込額の割合により按分した額"
    else:
        bases = {b.id: b.name for b in content.costs.bases}
        names = [bases.get(s.basis, s.basis) for s in item.shares]
        if len(item.shares) == 1:
            rule = f"{names[0]}により按分した額"
        else:
            rule = (
                "、".join(
                    f"{name}{_hundredths(s.weight, numbering)}"
                    for name, s in zip(names, item.shares, strict=True)
                )
                + "の割合により按分した額"
            )
    return f"{item.name}{_SPACE}{rule}"


def _hundredths(weight: Decimal, numbering: Numbering) -> str:
    # 法令 state a ratio as 100分の40 (百分の四十), not as a decimal or a percentage.
    hundredths = (weight * 100).normalize()
    if hundredths == hundredths.to_integral_value():
        number = numbering.number(int(hundredths))
    else:
        number = format(hundredths, "f")
    return f"{numbering.number(100)}分の{number}"


def _phase(name: str, y1: int, m1: int, y2: int, m2: int, numbering: Numbering) -> str:
    numerals = "kanji" if numbering.articles == "kanji" else "arabic"
    start, end = (
        ja.wareki_month(y1, m1, numerals=numerals),
        ja.wareki_month(y2, m2, numerals=numerals),
    )
    return f"{name}{_SPACE}{start}から{end}まで"
