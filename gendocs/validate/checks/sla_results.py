"""Checks of the measured service levels (``content/sla_results/``) and of the numbers the yearly
evaluation reads from the SLA: one file per fiscal year; the twelve months of that year, each once;
every item the SLA judges by a threshold measured every month, and only those; an incident of a
level the SLA defines, at real times, recovered (and notified) after it was detected, within the
year; a credit level's numbers that can be evaluated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.model.base import YearMonth
from gendocs.model.operations import Meeting
from gendocs.model.sla_results import item_met, item_values, mean_availability, months_between
from gendocs.validate.domain import Check, Finding

_FORMAT = "%Y-%m-%d %H:%M"


def _fiscal_months(year: int) -> list[YearMonth]:
    return [YearMonth.from_index(YearMonth(year, 4).index + i) for i in range(12)]


def years(content: Content) -> Iterator[Finding]:
    """One file per fiscal year."""
    seen: dict[int, int] = {}
    for i, r in enumerate(content.sla_results):
        if r.fiscal_year in seen:
            yield (
                ("sla_results", i, "fiscal_year"),
                Msg(
                    f"{r.fiscal_year}年度の実績が2つあります（{seen[r.fiscal_year] + 1}番目の"
                    "ファイルと同じ年度）",
                    f"fiscal year {r.fiscal_year} is given twice "
                    f"(as in file {seen[r.fiscal_year] + 1})",
                ),
            )
        seen.setdefault(r.fiscal_year, i)


def months(content: Content) -> Iterator[Finding]:
    """The twelve months of the fiscal year, each once, each with every judged item."""
    judged = [i.id for i in content.sla.items if i.threshold is not None]
    for i, r in enumerate(content.sla_results):
        base = ("sla_results", i)
        wanted = _fiscal_months(r.fiscal_year)
        seen: set[YearMonth] = set()
        for j, m in enumerate(r.months):
            path = base + ("months", j)
            if m.month not in wanted:
                yield (
                    path + ("month",),
                    Msg(
                        f"{m.month} は{r.fiscal_year}年度（{wanted[0]}から{wanted[-1]}まで）"
                        "の月ではありません",
                        f"{m.month} is not a month of fiscal year {r.fiscal_year} "
                        f"({wanted[0]} to {wanted[-1]})",
                    ),
                )
            elif m.month in seen:
                yield (
                    path + ("month",),
                    Msg(f"{m.month} の実績が2つあります", f"{m.month} is given twice"),
                )
            seen.add(m.month)
            yield from _values(path, m.month, [v.item for v in m.values], judged, content)
        missing = [str(w) for w in wanted if w not in seen]
        if missing:
            yield (
                base + ("months",),
                Msg(
                    f"{r.fiscal_year}年度の月の実績が足りません（{'、'.join(missing)} が"
                    "ありません）。4月から翌年3月までの12か月を書いてください",
                    f"fiscal year {r.fiscal_year} lacks the months {', '.join(missing)}; "
                    "give all twelve, April to March",
                ),
            )


def _values(
    path: tuple[str | int, ...],
    month: YearMonth,
    items: list[str],
    judged: list[str],
    content: Content,
) -> Iterator[Finding]:
    known = {i.id for i in content.sla.items}
    for k, item in enumerate(items):
        if item in known and item not in judged:
            yield (
                path + ("values", k, "item"),
                Msg(
                    f"SLA の項目「{item}」には評価の基準値（sla.items の threshold）がありません。"
                    "基準値を書くか、この実績を削除してください",
                    f"the SLA item '{item}' has no threshold to judge it by (sla.items threshold); "
                    "add one or remove this value",
                ),
            )
        elif item in items[:k]:
            yield (
                path + ("values", k, "item"),
                Msg(
                    f"{month} の「{item}」の実績が2つあります",
                    f"'{item}' is given twice for {month}",
                ),
            )
    absent = [j for j in judged if j not in items]
    if absent:
        yield (
            path + ("values",),
            Msg(
                f"{month} の実績に SLA の項目「{'」「'.join(absent)}」がありません"
                "（threshold のある項目は毎月書きます）",
                f"{month} lacks the SLA items {', '.join(absent)} (every item with a threshold "
                "is measured each month)",
            ),
        )


def _moment(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, _FORMAT)
    except ValueError:
        return None


def incidents(content: Content) -> Iterator[Finding]:
    """Each incident: a level the SLA defines, real times in order, detected within the year."""
    levels = [lv.name for lv in content.sla.incident_levels]
    for i, r in enumerate(content.sla_results):
        wanted = _fiscal_months(r.fiscal_year)
        for j, inc in enumerate(r.incidents):
            path = ("sla_results", i, "incidents", j)
            if inc.level not in levels:
                yield (
                    path + ("level",),
                    Msg(
                        f"障害の区分「{inc.level}」は SLA（sla.incident_levels）にありません"
                        f"（あるもの: {'、'.join(levels) or 'なし'}）",
                        f"no incident level '{inc.level}' in the SLA (sla.incident_levels; "
                        f"known: {', '.join(levels) or 'none'})",
                    ),
                )
            times = {}
            for key in ("detected", "notified", "recovered"):
                text = getattr(inc, key)
                if text is None:
                    continue
                times[key] = _moment(text)
                if times[key] is None:
                    yield (
                        path + (key,),
                        Msg(
                            f"「{text}」は存在しない日時です", f"'{text}' is no real date and time"
                        ),
                    )
            detected = times.get("detected")
            if detected is None:
                continue
            if YearMonth(detected.year, detected.month) not in wanted:
                yield (
                    path + ("detected",),
                    Msg(
                        f"検知日時（{inc.detected}）が{r.fiscal_year}年度（{wanted[0]}から"
                        f"{wanted[-1]}まで）にありません",
                        f"detected ({inc.detected}) outside fiscal year {r.fiscal_year}",
                    ),
                )
            for key, ja in (("recovered", "復旧日時"), ("notified", "第一報の日時")):
                later = times.get(key)
                if later is not None and later < detected:
                    yield (
                        path + (key,),
                        Msg(
                            f"{ja}（{getattr(inc, key)}）が検知日時（{inc.detected}）より前です",
                            f"{key} ({getattr(inc, key)}) is before detected ({inc.detected})",
                        ),
                    )


def credit_levels(content: Content) -> Iterator[Finding]:
    """A credit level names a level the SLA has, and has a bound to compare a value with."""
    credits = content.sla.credits
    if credits is None:
        return
    levels = [lv.name for lv in content.sla.incident_levels]
    items = {i.id: i for i in content.sla.items}
    for k, level in enumerate(credits.levels):
        path = ("sla", "credits", "levels", k)
        if level.per_incident is not None:
            if level.per_incident not in levels:
                yield (
                    path + ("per_incident",),
                    Msg(
                        f"障害の区分「{level.per_incident}」は sla.incident_levels にありません",
                        f"no incident level '{level.per_incident}' in sla.incident_levels",
                    ),
                )
            continue
        if level.metric != "availability" and level.metric not in items:
            continue  # checks/sla.py credit_metrics reports it
        item = items.get(level.metric)
        if item is not None and item.threshold is None:
            yield (
                path + ("metric",),
                Msg(
                    f"項目「{item.id}」の減額を判定する値がありません。その項目の threshold を"
                    "書いてください",
                    f"nothing to judge the credit of '{item.id}' by: give the item's threshold",
                ),
            )


def meetings_agree(content: Content) -> Iterator[Finding]:
    """One truth for the 運用会議資料: a meeting whose period the measurements cover states the
    稼働率 the months give (their mean, to two places, rounded half up) and, for each SLA item
    judged by a threshold, met exactly when every month of the period met it; what it leaves out
    is taken from the months (:mod:`gendocs.compute.operations`), so they must cover it."""
    if content.operations is None:
        return
    thresholds = {i.id: i.threshold for i in content.sla.items if i.threshold is not None}
    defined = {i.id for i in content.sla.items}
    for i, meeting in enumerate(content.operations.meetings):
        if not meeting.period_start <= meeting.period_end < meeting.date:
            continue  # checks/operations.py reports the period itself
        base = ("operations", "meetings", i)
        months = months_between(content.sla_results, meeting.period_start, meeting.period_end)
        start, end = meeting.period_start, meeting.period_end
        span = f"{YearMonth(start.year, start.month)}〜{YearMonth(end.year, end.month)}"
        if months is None:
            yield from _uncovered(content, meeting, base, span)
            continue
        mean = mean_availability(months)
        given = meeting.availability
        if given is not None and given.quantize(Decimal("0.01")) != mean:
            yield (
                base + ("availability",),
                Msg(
                    f"第{meeting.number}回の稼働率（{given}%）が sla_results の"
                    f"{span}の実績の平均（{mean}%）と違います",
                    f"meeting {meeting.number}'s availability ({given}%) is not "
                    f"the mean of sla_results for {span} ({mean}%)",
                ),
            )
        for k, result in enumerate(meeting.results):
            if result.item not in defined:
                continue  # the reference check reports the item itself
            threshold = thresholds.get(result.item)
            if result.value is None and item_values(months, result.item) is None:
                yield _omitted(meeting, base + ("results", k), result.item, "value", span, None)
            met = None if threshold is None else item_met(months, result.item, threshold)
            if met is None:
                if result.met is None:
                    yield _omitted(
                        meeting, base + ("results", k), result.item, "met", span, threshold
                    )
                continue
            if result.met is not None and result.met != met:
                yield (
                    base + ("results", k, "met"),
                    Msg(
                        f"「{result.item}」の評価（met: {str(result.met).lower()}）が "
                        f"sla_results の{span}の実績"
                        f"（{'全ての月で達成' if met else '未達の月あり'}）と違います",
                        f"'{result.item}' met: {str(result.met).lower()} contradicts sla_results "
                        f"for {span} ({'met every month' if met else 'missed in a month'})",
                    ),
                )


def _uncovered(
    content: Content, meeting: Meeting, base: tuple[str | int, ...], span: str
) -> Iterator[Finding]:
    """A meeting whose period the measurements do not cover must write its figures."""
    if meeting.availability is None:
        yield (
            base,
            Msg(
                f"第{meeting.number}回の availability（稼働率の実績）を書いてください。"
                f"sla_results に対象期間（{span}）の全ての月の実績がないので求められません",
                f"give meeting {meeting.number}'s availability: sla_results do not hold every "
                f"month of its period ({span})",
            ),
        )
    defined = {i.id for i in content.sla.items}
    for k, result in enumerate(meeting.results):
        if result.item not in defined:
            continue  # the reference check reports the item itself
        for key, given in (("value", result.value), ("met", result.met)):
            if given is None:
                yield _omitted(meeting, base + ("results", k), result.item, key, span, None, True)


_KEYS = {"value": ("実績", "result"), "met": ("達成したか", "whether met")}


def _omitted(
    meeting: Meeting,
    path: tuple[str | int, ...],
    item: str,
    key: str,
    span: str,
    threshold: Decimal | None,
    uncovered: bool = False,
) -> Finding:
    """An item result that leaves out ``key`` (value or met) where the months cannot give it."""
    if uncovered:
        why_ja = f"sla_results に対象期間（{span}）の全ての月の実績がないので"
        why_en = f"sla_results do not hold every month of the period ({span})"
    elif key == "met" and threshold is None:
        why_ja, why_en = "この項目には threshold がないので", "the item has no threshold"
    else:
        why_ja = f"sla_results の{span}に「{item}」の値のない月があるので"
        why_en = f"a month of sla_results for {span} lacks '{item}'"
    ja_name, en_name = _KEYS[key]
    return (
        path,
        Msg(
            f"第{meeting.number}回の「{item}」の {key}（{ja_name}）を書いてください。{why_ja}"
            "求められません",
            f"give meeting {meeting.number}'s {key} ({en_name}) for '{item}': {why_en}",
        ),
    )


CHECKS: tuple[Check, ...] = (years, months, incidents, credit_levels, meetings_agree)
