"""Members at a date: populations for 人口割 from one 基準日 and source; the 事務局 where the
事務所 is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import Msg
from gendocs.ja.wareki import wareki_date


def populations(facts: Facts) -> Iterator[Finding]:
    """The populations 人口割 uses share one 基準日 and source unless content says why not."""
    content = facts.content
    if content.costs.mixed_population_reason or not content.members:
        return
    keys = [(m.population.as_of, m.population.basis) for m in content.members]
    common, _ = Counter(keys).most_common(1)[0]
    odd = [i for i, key in enumerate(keys) if key != common]
    if not odd:
        return
    first = keys.index(common)
    listed = "、".join(
        f"{content.members[i].name}（{wareki_date(keys[i][0])} {keys[i][1]}）" for i in odd
    )
    yield Finding(
        tuple(("members", i, "population", "as_of") for i in odd)
        + (("members", first, "population", "as_of"),),
        Msg(
            f"人口の基準日・出典が団体によって異なります（多くは {wareki_date(common[0])} "
            f"{common[1]}。異なるもの: {listed}）。人口割には同じ基準日・出典の人口を使うか、"
            "costs.mixed_population_reason に理由を書いてください",
            f"populations have different dates or sources (most: {common[0]} {common[1]}; "
            f"{len(odd)} differ); use one date and source for 人口割 or give "
            "costs.mixed_population_reason",
        ),
        "warning",
    )


def membership(facts: Facts) -> Iterator[Finding]:
    """A member that joins after an instrument's date is not among its parties."""
    content = facts.content
    index = {m.id: i for i, m in enumerate(content.members)}
    labels = {"establishment": "設置要綱", "union_rules": "規約", "agreement": "基本合意書"}
    for key, label in labels.items():
        text = getattr(content.bylaws, key)
        if text is None:
            continue
        day = text.effective or text.enacted
        given = bool(text.parties)
        parties = text.parties or tuple(m.id for m in content.members)
        for k, member_id in enumerate(parties):
            member = content.members[index[member_id]]
            if member.joining.date <= day:
                continue
            at = ("bylaws", key, "parties", k) if given else ("bylaws", key, "enacted")
            yield Finding(
                (at, ("members", index[member_id], "joining", "date")),
                Msg(
                    f"{label}（{wareki_date(day)}）は{member.name}を構成団体としていますが、"
                    f"{member.name}の加入は{wareki_date(member.joining.date)}です。parties に"
                    "加入済みの団体だけを書いてください",
                    f"'{key}' ({day}) names '{member.id}' as a member, but it joins on "
                    f"{member.joining.date}; list only members already in under parties",
                ),
                "warning",
            )


def secretariat(facts: Facts) -> Iterator[Finding]:
    """A 事務局 placed in a member (``secretariat.host``) is where the 事務所 is: the office's
    address is in that member."""
    consortium = facts.content.consortium
    host = consortium.secretariat.host
    if host is None:
        return
    name = facts.content.member(host).name
    address = consortium.office.address
    if name in address:
        return
    yield Finding(
        (("consortium", "secretariat", "host"), ("consortium", "office", "address")),
        Msg(
            f"事務局を{name}に置くとしていますが、事務所は{address}にあります。事務局を"
            f"事務所に置くなら secretariat.host を省き、{name}に置くなら事務所の所在地を"
            f"{name}にしてください",
            f"the secretariat is placed in '{host}' but the office is at {address}; leave "
            "secretariat.host out when the secretariat is at the office, or move the office",
        ),
        "warning",
    )


RULES = (
    Rule("people.populations", populations),
    Rule("people.membership", membership),
    Rule("people.secretariat", secretariat),
)
