"""Checks of the 運用会議 content: each meeting reports a period that ends before it, the meetings
are listed in date order, a decision that enters documents' 改訂履歴 gives their new edition,
and every content key a decision says it changed exists."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.validate.domain import Check, Finding

_STEP = re.compile(r"([a-z_][a-z0-9_]*)((?:\[\d+\])*)")


def periods(content: Content) -> Iterator[Finding]:
    """対象期間: first day ≤ last day < the meeting; meetings in date order."""
    if content.operations is None:
        return
    meetings = content.operations.meetings
    for i, m in enumerate(meetings):
        base = ("operations", "meetings", i)
        if m.period_end < m.period_start:
            yield (
                base + ("period_end",),
                Msg(
                    f"対象期間の末日（{m.period_end}）が初日（{m.period_start}）より前です",
                    f"the period ends ({m.period_end}) before it starts ({m.period_start})",
                ),
            )
        if m.period_end >= m.date:
            yield (
                base + ("period_end",),
                Msg(
                    f"第{m.number}回の運用会議（{m.date}）は、対象期間の末日（{m.period_end}）より"
                    "後に開く必要があります",
                    f"meeting {m.number} ({m.date}) must come after the period it reports "
                    f"(to {m.period_end})",
                ),
            )
        if i and m.date <= meetings[i - 1].date:
            yield (
                base + ("date",),
                Msg(
                    f"運用会議は開催日の順に書いてください（{m.date} が前の会議"
                    f"（{meetings[i - 1].date}）より前か同じ日です）",
                    f"list the meetings by date ({m.date} is not after {meetings[i - 1].date})",
                ),
            )


def _resolves(content: Content, path: str) -> bool:
    value: Any = content
    for part in path.split("."):
        match = _STEP.fullmatch(part)
        if match is None or not dataclasses.is_dataclass(value):
            return False
        if match.group(1) not in {f.name for f in dataclasses.fields(value)}:
            return False
        value = getattr(value, match.group(1))
        for index in re.findall(r"\[(\d+)\]", match.group(2)):
            if not isinstance(value, tuple) or int(index) >= len(value):
                return False
            value = value[int(index)]
    return True


def decisions(content: Content) -> Iterator[Finding]:
    """A decision with documents gives their edition; its changed keys exist in content."""
    if content.operations is None:
        return
    for i, d in enumerate(content.operations.decisions):
        base = ("operations", "decisions", i)
        if d.documents and d.edition is None:
            yield (
                base + ("edition",),
                Msg(
                    "改訂履歴に載せる文書（documents）を書くときは、改訂後の版数（edition）も"
                    "書いてください",
                    "a decision that names documents needs their edition after it (edition)",
                ),
            )
        for k, key in enumerate(d.changes):
            if not _resolves(content, key):
                yield (
                    base + ("changes", k),
                    Msg(
                        f"content にキー「{key}」がありません（例: sla.availability、"
                        "sla.items[0].target）",
                        f"no content key '{key}' (e.g. sla.availability, sla.items[0].target)",
                    ),
                )


CHECKS: tuple[Check, ...] = (periods, decisions)
