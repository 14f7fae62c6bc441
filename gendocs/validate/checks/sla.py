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


CHECKS: tuple[Check, ...] = (
    service_hours,
    targets_within_100_percent,
    valid_within_contract,
    credit_metrics,
)
