"""Benchmark: allocate 10 cost items over 10 years among 1,000 members (not a test).

    python bench/bench_costs.py [members] [repeats]

Prints the best wall time of the allocation alone and of allocation + comparison. The consortium
is synthetic but uses every method: 均等割/人口割 mixes, a named basis, 従量料金 with the 30%
guarantee, 削減額比例, 後続団体 with 加入負担金, 事後精算 and the yearly payment profile.
"""

from __future__ import annotations

import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gendocs.compute.allocate import allocate  # noqa: E402
from gendocs.compute.effect import effect  # noqa: E402
from gendocs.compute.inputs import CostInputs, MemberFacts, SystemFacts  # noqa: E402
from gendocs.compute.rounding import RoundingPolicy  # noqa: E402
from gendocs.model.base import YearMonth  # noqa: E402
from gendocs.model.costs import CostItem, JoiningFee, Settlement, Share, YearAmount  # noqa: E402

FIRST, YEARS = 2028, 10
SERVICES = tuple(f"s{i:02d}" for i in range(20))


def consortium(count: int, seed: int = 1) -> CostInputs:
    """A synthetic consortium of ``count`` members."""
    rnd = random.Random(seed)
    members = tuple(_member(rnd, i) for i in range(count))
    years = range(FIRST, FIRST + YEARS)
    yearly = tuple(YearAmount(fiscal_year=y, amount=rnd.randint(10**7, 10**9)) for y in years)
    mixes = [(("均等割", "0.4"), ("人口割", "0.6")), (("均等割", "0.3"), ("人口割", "0.7")),
             (("人口割", "1"),), (("均等割", "1"),), (("端末台数割", "0.5"), ("人口割", "0.5"))]
    items = [CostItem(id="initial", name="導入費用", kind="導入費用", method="按分",
                      shares=_shares(mixes[0]), amounts=yearly[:2]),
             CostItem(id="service", name="利用料", kind="運用費用", method="従量料金",
                      guarantee=True)]
    items += [CostItem(id=f"org{i}", name=f"運営費{i}", kind="組織運営費", method="按分",
                       shares=_shares(mixes[i % len(mixes)]), amounts=yearly) for i in range(7)]
    items.append(CostItem(id="migration", name="移行費", kind="移行費", method="削減額比例",
                          amounts=yearly[:3]))
    return CostInputs(
        members=members, years=tuple(years), items=tuple(items),
        prices={s: rnd.randint(10_000, 200_000) for s in SERVICES},
        bases={"端末台数割": {m.id: Decimal(rnd.randint(10, 500)) for m in members}},
        policy=RoundingPolicy(unit=1000, rule="四捨五入"), min_saving=Decimal("0.3"),
        joining_fee=JoiningFee(rate=Decimal(1), items=("initial",)),
        settlements=(Settlement(item="org0", fiscal_year=FIRST, budget=yearly[0].amount,
                                actual=yearly[0].amount - 1_234_567),),
        payment_profile="service")


def _member(rnd: random.Random, index: int) -> MemberFacts:
    later = index % 50 == 49
    join = FIRST + rnd.randint(1, 5) if later else FIRST
    go_live = YearMonth(join, 4).index + rnd.randint(0, 24)
    running = rnd.randint(5 * 10**7, 5 * 10**8)
    return MemberFacts(id=f"m{index:04d}", name=f"町{index}", population=rnd.randint(1_000, 400_000),
                       join_year=join, go_live=YearMonth.from_index(go_live),
                       services=tuple(rnd.sample(SERVICES, rnd.randint(10, 20))),
                       systems=(SystemFacts(running, running * 4, YearMonth(2031, 10), 84),),
                       later=later)


def _shares(pairs: tuple[tuple[str, str], ...]) -> tuple[Share, ...]:
    return tuple(Share(basis=b, weight=Decimal(w)) for b, w in pairs)


def best_of(repeats: int, run: object) -> float:
    """The fastest of ``repeats`` timed calls of ``run``."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    inputs = consortium(count)
    allocation = allocate(inputs)
    lines = len(allocation.lines)
    parts = sum(len(line.parts) for line in allocation.lines)
    alloc_time = best_of(repeats, lambda: allocate(inputs))
    both_time = best_of(repeats, lambda: effect(inputs, allocate(inputs)))
    print(f"{count} members × {len(inputs.items)} items × {len(inputs.years)} years: "
          f"{lines} lines, {parts:,} member parts")
    print(f"allocate:            {alloc_time * 1000:8.1f} ms (best of {repeats})")
    print(f"allocate + effect:   {both_time * 1000:8.1f} ms (best of {repeats})")


if __name__ == "__main__":
    main()
