"""Members at a date: populations for 人口割 from one 基準日 and source."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from gendocs.compute.rules import Facts, Finding, Rule
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


RULES = (Rule("people.populations", populations),)
