"""Domain checks cerberus cannot express: ids, references, date order, sums.

Each check takes the built :class:`Content` and returns ``(key path, message)`` pairs; the caller
turns paths into file:line:col.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from gendocs.errors import Msg
from gendocs.load import KeyPath
from gendocs.model import Content
from gendocs.model.base import is_content_class
from gendocs.validate.walk import walk

Finding = tuple[KeyPath, Msg]
Check = Callable[[Content], Iterator[Finding]]

BUILTIN_BASES = ("均等割", "人口割")


def unique_ids(content: Content) -> Iterator[Finding]:
    """Ids are unique within each list."""
    for visit in walk(content):
        if not isinstance(visit.value, tuple) or not visit.value:
            continue
        if not is_content_class(type(visit.value[0])) or not hasattr(visit.value[0], "id"):
            continue
        seen: dict[str, int] = {}
        for index, item in enumerate(visit.value):
            if item.id is None:  # an optional id left out (procurement.spec.requirements)
                continue
            if item.id in seen:
                yield (
                    visit.path + (index, "id"),
                    Msg(
                        f"識別子「{item.id}」が重複しています（{seen[item.id]}番目と同じ）",
                        f"the id '{item.id}' is used twice (same as item {seen[item.id]})",
                    ),
                )
            seen.setdefault(item.id, index)


def collections(content: Content) -> dict[str, set[str]]:
    """The id sets a ``ref`` field may point into."""
    return {
        "members": {m.id for m in content.members},
        "services": {s.id for s in content.systems.services},
        "phases": {p.id for p in content.schedule.phases},
        "tasks": {t.id for t in content.schedule.tasks},
        "sla_items": {i.id for i in content.sla.items},
        "cost_items": {i.id for i in content.costs.items},
    }


def references(content: Content) -> Iterator[Finding]:
    """Every id a field refers to exists."""
    known = collections(content)
    for visit in walk(content):
        target = visit.field.meta.get("ref")
        if not target or visit.value is None:
            continue
        yield from _check_ref(visit.path, visit.value, known[target], target)


def _check_ref(path: KeyPath, value: Any, ids: set[str], target: str) -> Iterator[Finding]:
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _check_ref(path + (index,), item, ids, target)
        return
    keys = list(value) if isinstance(value, dict) else [value]
    for key in keys:
        if key not in ids:
            sample = "、".join(sorted(ids)[:8])
            yield (
                path + ((key,) if isinstance(value, dict) else ()),
                Msg(
                    f"{target} に識別子「{key}」がありません（あるもの: {sample}…）",
                    f"no '{key}' in {target} (known: {', '.join(sorted(ids)[:8])}…)",
                ),
            )


def date_order(content: Content) -> Iterator[Finding]:
    """Periods end after they start; tasks lie inside their phase."""
    plan = content.plan
    if plan.end_fiscal_year < plan.start_fiscal_year:
        yield (
            ("plan", "end_fiscal_year"),
            _before(
                "計画期間の終了年度",
                "the plan's last year",
                plan.start_fiscal_year,
                plan.end_fiscal_year,
            ),
        )
    for i, phase in enumerate(content.schedule.phases):
        if phase.end < phase.start:
            yield ("schedule", "phases", i, "end"), _before("終了月", "end", phase.start, phase.end)
    phases = {p.id: p for p in content.schedule.phases}
    for i, task in enumerate(content.schedule.tasks):
        yield from _task_order(i, task, phases.get(task.phase))
    for s, survey in enumerate(content.systems.surveys):
        for k, system in enumerate(survey.systems):
            if system.renewal_due < system.in_service:
                yield (
                    ("systems", "surveys", s, "systems", k, "renewal_due"),
                    _before("更新予定日", "renewal", system.in_service, system.renewal_due),
                )
    proc = content.procurement
    if proc.contract_end <= proc.contract_start:
        yield (
            ("procurement", "contract_end"),
            _before("契約期間の終了日", "contract end", proc.contract_start, proc.contract_end),
        )


def _task_order(index: int, task: Any, phase: Any) -> Iterator[Finding]:
    path: KeyPath = ("schedule", "tasks", index)
    if task.end < task.start:
        yield path + ("end",), _before("終了月", "end", task.start, task.end)
    elif phase is not None and (task.start < phase.start or phase.end < task.end):
        yield (
            path + ("start",),
            Msg(
                f"作業期間 {task.start}〜{task.end} がフェーズ「{phase.name}」の期間 "
                f"{phase.start}〜{phase.end} の外にあります",
                f"the task runs {task.start} to {task.end}, outside its phase "
                f"{phase.start} to {phase.end}",
            ),
        )


def _before(ja: str, en: str, start: Any, end: Any) -> Msg:
    return Msg(
        f"{ja}は開始（{start}）より後である必要があります（{end}が書かれています）",
        f"{en} must come after the start ({start}), found {end}",
    )


def cost_rules(content: Content) -> Iterator[Finding]:
    """Shares sum to 1 and name known bases; priced items have amounts."""
    bases = {b.id: b for b in content.costs.bases}
    for i, item in enumerate(content.costs.items):
        path: KeyPath = ("costs", "items", i)
        if item.method == "按分":
            yield from _shares(path, item, bases)
        if item.method != "従量料金" and not item.amounts:
            yield (
                path + ("amounts",),
                Msg("年度別の総額（amounts）が必要です", "amounts per fiscal year are required"),
            )
    member_ids = {m.id for m in content.members}
    for b, basis in enumerate(content.costs.bases):
        yield from _basis(("costs", "bases", b), basis, member_ids)


def _basis(path: KeyPath, basis: Any, member_ids: set[str]) -> Iterator[Finding]:
    """A named basis has either values for every member or 逓減 brackets ending without a bound."""
    if (basis.values is None) == (not basis.population_brackets):
        yield (
            path,
            Msg(
                "values（団体ごとの値）と population_brackets（逓減人口割の区分）"
                "のどちらか一方が必要です",
                "exactly one of values and population_brackets is required",
            ),
        )
        return
    if basis.values is not None:
        for missing in sorted(member_ids - set(basis.values)):
            yield (
                path + ("values",),
                Msg(f"構成団体「{missing}」の値がありません", f"no value for member '{missing}'"),
            )
        return
    bounds = [bracket.up_to for bracket in basis.population_brackets]
    if bounds[-1] is not None or None in bounds[:-1]:
        yield (
            path + ("population_brackets",),
            Msg(
                "上限（up_to）を省くのは最後の区分だけで、最後の区分には上限を書きません",
                "only the last bracket, and it always, leaves out up_to",
            ),
        )
    elif any(a >= b for a, b in zip(bounds[:-2], bounds[1:-1], strict=True)):
        yield (
            path + ("population_brackets",),
            Msg(
                f"区分の上限は小さい順に並べる必要があります（{bounds[:-1]} が書かれています）",
                f"bracket bounds must increase, found {bounds[:-1]}",
            ),
        )


def _shares(path: KeyPath, item: Any, bases: dict[str, Any]) -> Iterator[Finding]:
    if not item.shares:
        yield path + ("shares",), Msg("按分の基準（shares）が必要です", "shares are required")
        return
    total = sum((s.weight for s in item.shares), Decimal(0))
    if total != 1:
        yield (
            path + ("shares",),
            Msg(
                f"比重の合計は 1 である必要があります（合計 {total} です）",
                f"the weights must sum to 1, they sum to {total}",
            ),
        )
    for k, share in enumerate(item.shares):
        if share.basis not in BUILTIN_BASES and share.basis not in bases:
            yield (
                path + ("shares", k, "basis"),
                Msg(
                    f"按分基準「{share.basis}」は 均等割・人口割・bases のいずれでもありません",
                    f"the basis '{share.basis}' is neither 均等割, 人口割 nor one of bases",
                ),
            )


def coverage(content: Content) -> Iterator[Finding]:
    """Every member has a survey (unless its current cost is written directly), a usage entry
    and a migration month."""
    direct = {c.member for c in content.costs.current_costs}
    for key, ids, ja in (
        (("systems", "surveys"), [s.member for s in content.systems.surveys], "現行システム調査"),
        (("systems", "usage"), [u.member for u in content.systems.usage], "利用業務・端末数"),
        (("schedule", "migrations"), [m.member for m in content.schedule.migrations], "移行時期"),
    ):
        for member in content.members:
            count = ids.count(member.id)
            if count == 0 and key == ("systems", "surveys") and member.id in direct:
                continue  # costs.current_costs gives its 現行経費
            if count != 1:
                yield (
                    key,
                    Msg(
                        f"構成団体「{member.name}」の{ja}が{count}件あります（1件必要です）",
                        f"member '{member.id}' has {count} entries here, expected 1",
                    ),
                )


def evaluation_points(content: Content) -> Iterator[Finding]:
    """技術点の配点 and 価格点 add up to the stated total."""
    ev = content.procurement.evaluation
    total = ev.price_points + sum(item.points for item in ev.items)
    if total != ev.total_points:
        yield (
            ("procurement", "evaluation", "total_points"),
            Msg(
                f"配点の合計（技術点{total - ev.price_points}点"
                f"＋価格点{ev.price_points}点＝{total}点）が"
                f"満点{ev.total_points}点と一致しません",
                f"points add up to {total}, not the stated total {ev.total_points}",
            ),
        )


CHECKS: tuple[Check, ...] = (
    unique_ids,
    references,
    date_order,
    cost_rules,
    coverage,
    evaluation_points,
)
