"""Checks of the SLA: service hours in order, no 協定値 above 100%, valid within the contract."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from gendocs.errors import Msg
from gendocs.ja import halfwidth_digits
from gendocs.model import Content
from gendocs.model.sla import minutes_of_day
from gendocs.validate.domain import Check, Finding

# A percentage as people type it: 99.5%, 100％, ９０％ (digits made half-width first).
PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")


def service_hours(content: Content) -> Iterator[Finding]:
    """サービス提供時間 ends after it starts (a service day does not run past midnight)."""
    hours = content.sla.service_hours
    if minutes_of_day(hours.end) <= minutes_of_day(hours.start):
        yield (
            ("sla", "service_hours", "end"),
            Msg(
                f"終了時刻（{hours.end}）は開始時刻（{hours.start}）より後である必要があります",
                f"the service must end ({hours.end}) after it starts ({hours.start})",
            ),
        )


def targets_within_100_percent(content: Content) -> Iterator[Finding]:
    """No 協定値 states a percentage above 100%."""
    for index, item in enumerate(content.sla.items):
        for match in PERCENT.finditer(halfwidth_digits(item.target)):
            if Decimal(match.group(1)) > 100:
                yield (
                    ("sla", "items", index, "target"),
                    Msg(
                        f"協定値の割合は100%以下である必要があります（「{item.target}」が書かれています）",
                        f"a target percentage must be at most 100% (found '{item.target}')",
                    ),
                )


def valid_within_contract(content: Content) -> Iterator[Finding]:
    """The SLA takes effect before the service contract ends."""
    end = content.procurement.contract_end
    if content.sla.valid_from > end:
        yield (
            ("sla", "valid_from"),
            Msg(
                f"有効期間の開始日（{content.sla.valid_from}）がサービス利用契約の終了日（{end}）より後です",
                f"the SLA starts ({content.sla.valid_from}) after the contract ends ({end})",
            ),
        )


def credit_metrics(content: Content) -> Iterator[Finding]:
    """Each 減額 row names the 稼働率 (``availability``) or an item of the SLA."""
    credits = content.sla.credits
    if credits is None:
        return
    known = ["availability", *(item.id for item in content.sla.items)]
    for i, level in enumerate(credits.levels):
        if level.metric not in known:
            yield (
                ("sla", "credits", "levels", i, "metric"),
                Msg(
                    f"「{level.metric}」は availability でも items の id でもありません"
                    f"（あるもの: {'、'.join(known)}）",
                    f"'{level.metric}' is neither availability nor an item id "
                    f"(known: {', '.join(known)})",
                ),
            )


# --- review11: the 稼働率 bands of the 減額 table (sla.credits.levels[].at_least / below) ---


def credit_bands(content: Content) -> Iterator[Finding]:
    """Each 減額 row states its 達成水準: in words (``level``) or, for the 稼働率, as a band
    (``at_least`` / ``below``, the upper bound the 協定値 when omitted) that is not empty and lies
    below the 協定値."""
    credits = content.sla.credits
    if credits is None:
        return
    target = content.sla.availability
    for i, level in enumerate(credits.levels):
        path = ("sla", "credits", "levels", i)
        band = level.at_least is not None or level.below is not None
        if level.level is None and not band:
            yield (
                (*path, "level"),
                Msg(
                    "達成水準を level（文章）か、稼働率の範囲 at_least・below で示してください",
                    "state the level reached: level (words) or an availability band "
                    "(at_least / below)",
                ),
            )
            continue
        if not band:
            continue
        if level.metric != "availability":
            yield (
                (*path, "at_least" if level.at_least is not None else "below"),
                Msg(
                    "範囲（at_least・below）は稼働率（metric: availability）の行にだけ書けます"
                    f"（見つかった値: {level.metric}）",
                    f"a band (at_least / below) applies to the availability only, "
                    f"found {level.metric}",
                ),
            )
            continue
        upper = level.below if level.below is not None else target
        if upper > target:
            yield (
                (*path, "below"),
                Msg(
                    f"上限（{level.below}%）は協定値（{target}%）以下である必要があります",
                    f"the upper bound ({level.below}%) must not exceed the target ({target}%)",
                ),
            )
        elif level.at_least is not None and level.at_least >= upper:
            yield (
                (*path, "at_least"),
                Msg(
                    f"下限（{level.at_least}%）は上限（{upper}%）より小さい必要があります",
                    f"the lower bound ({level.at_least}%) must be below the upper ({upper}%)",
                ),
            )


CHECKS: tuple[Check, ...] = (
    service_hours,
    targets_within_100_percent,
    valid_within_contract,
    credit_metrics,
    credit_bands,
)
