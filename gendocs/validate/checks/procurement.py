"""Checks of the procurement content the documents rely on (配点 sums are a core check).

The 提案依頼書 and the 情報提供依頼書 quote deadlines by their kind, the 評価基準書 names
the item the 機能要件確認表 scores, and every member must go live inside the contract period.
"""

from __future__ import annotations

from collections.abc import Iterator

from gendocs.errors import Msg
from gendocs.load import KeyPath
from gendocs.model import Content
from gendocs.model.procurement import EventKind, ScheduleEvent
from gendocs.validate.domain import Check, Finding

# the steps whose dates the text quotes: the RFP quotes its deadlines, the 調達計画書 and the RFI
# quote when the RFI is published and answered
RFP_KINDS: tuple[EventKind, ...] = ("質問期限", "提出期限")
RFI_KINDS: tuple[EventKind, ...] = ("公表", "質問期限", "提出期限")


def quoted_events(content: Content) -> Iterator[Finding]:
    """Each step the documents quote by kind is in its schedule exactly once."""
    proc = content.procurement
    yield from _kinds(("procurement", "schedule"), proc.schedule, RFP_KINDS, "提案依頼書")
    yield from _kinds(
        ("procurement", "rfi", "schedule"), proc.rfi.schedule, RFI_KINDS, "情報提供依頼書"
    )


def _kinds(
    path: KeyPath, events: tuple[ScheduleEvent, ...], kinds: tuple[EventKind, ...], document: str
) -> Iterator[Finding]:
    for kind in kinds:
        places = [i for i, e in enumerate(events) if e.kind == kind]
        if not places:
            yield (
                path,
                Msg(
                    f"種類（kind）が「{kind}」の手続がありません（{document}が日付を引用します）",
                    f"no step of kind '{kind}' (the {document} quotes its date)",
                ),
            )
        for extra in places[1:]:
            yield (
                path + (extra, "kind"),
                Msg(
                    f"種類「{kind}」の手続が{len(places)}件あります（1件にしてください）",
                    f"{len(places)} steps of kind '{kind}', expected one",
                ),
            )


def schedule_before_contract(content: Content) -> Iterator[Finding]:
    """Every procurement and RFI step falls before the contract starts; the signing (kind 契約)
    may fall on the start date itself, as a contract often takes effect the day it is signed."""
    proc = content.procurement
    for path, events in (
        (("procurement", "schedule"), proc.schedule),
        (("procurement", "rfi", "schedule"), proc.rfi.schedule),
    ):
        for i, event in enumerate(events):
            signing = event.kind == "契約" and path == ("procurement", "schedule")
            if event.date > proc.contract_start or (
                event.date == proc.contract_start and not signing
            ):
                yield (
                    path + (i, "date"),
                    Msg(
                        f"「{event.name}」（{event.date}）が契約期間の開始日（{proc.contract_start}）"
                        "以後になっています",
                        f"'{event.name}' ({event.date}) is not before the contract start "
                        f"({proc.contract_start})",
                    ),
                )


def scoring_rules(content: Content) -> Iterator[Finding]:
    """The 機能要件確認表 scores a known item; marks and grades are each listed once."""
    ev = content.procurement.evaluation
    path: KeyPath = ("procurement", "evaluation")
    ids = [item.id for item in ev.items]
    if ev.fit_item not in ids:
        yield (
            path + ("fit_item",),
            Msg(
                f"評価項目（items）に識別子「{ev.fit_item}」がありません"
                f"（あるもの: {'、'.join(ids)}）",
                f"no item '{ev.fit_item}' in items (known: {', '.join(ids)})",
            ),
        )
    for key, marks in (
        ("fit_scores", [f.mark for f in ev.fit_scores]),
        ("grades", [g.mark for g in ev.grades]),
    ):
        for i, mark in enumerate(marks):
            if mark in marks[:i]:
                yield (
                    path + (key, i, "mark"),
                    Msg(f"区分「{mark}」が重複しています", f"the mark '{mark}' is listed twice"),
                )
    if not ev.fit_scores:
        yield (
            path + ("fit_scores",),
            Msg("回答区分が1件以上必要です", "at least one mark is needed"),
        )


def sub_items(content: Content) -> Iterator[Finding]:
    """細目の配点は項目の配点に合計し、細目ごとに全ての採点区分の基準があり、足切りの区分は
    採点区分の一つである."""
    ev = content.procurement.evaluation
    path: KeyPath = ("procurement", "evaluation")
    marks = [g.mark for g in ev.grades]
    for i, item in enumerate(ev.items):
        if not item.sub_items:
            continue
        total = sum(sub.points for sub in item.sub_items)
        if total != item.points:
            yield (
                path + ("items", i, "points"),
                Msg(
                    f"細目の配点の合計 {total:,}点 が項目の配点 {item.points:,}点 と一致しません",
                    f"the sub-items add up to {total:,} points, the item has {item.points:,}",
                ),
            )
        for k, sub in enumerate(item.sub_items):
            given = [c.mark for c in sub.criteria]
            if given != marks:
                yield (
                    path + ("items", i, "sub_items", k, "criteria"),
                    Msg(
                        f"採点区分ごとの基準は grades の区分（{'、'.join(marks)}）を順に全て"
                        f"書いてください（あるもの: {'、'.join(given) or 'なし'}）",
                        f"give a criterion for every grade in order ({', '.join(marks)}); "
                        f"found: {', '.join(given) or 'none'}",
                    ),
                )
    if ev.cutoff_grade is not None and ev.cutoff_grade not in marks:
        yield (
            path + ("cutoff_grade",),
            Msg(
                f"採点区分（grades）に「{ev.cutoff_grade}」がありません"
                f"（あるもの: {'、'.join(marks)}）",
                f"no grade '{ev.cutoff_grade}' in grades (known: {', '.join(marks)})",
            ),
        )
    technical = sum(item.points for item in ev.items)
    if ev.minimum_technical is not None and ev.minimum_technical > technical:
        yield (
            path + ("minimum_technical",),
            Msg(
                f"最低基準点 {ev.minimum_technical:,}点 が技術点の満点 {technical:,}点 "
                "を超えています",
                f"the minimum {ev.minimum_technical:,} exceeds the technical total {technical:,}",
            ),
        )


def go_live_in_contract(content: Content) -> Iterator[Finding]:
    """Every member goes live inside the contract period."""
    proc = content.procurement
    first = proc.contract_start.year * 12 + proc.contract_start.month - 1
    last = proc.contract_end.year * 12 + proc.contract_end.month - 1
    for i, migration in enumerate(content.schedule.migrations):
        if not first <= migration.month.index <= last:
            yield (
                ("schedule", "migrations", i, "month"),
                Msg(
                    f"本稼働月 {migration.month} "
                    f"が契約期間（{proc.contract_start}〜{proc.contract_end}）"
                    "の外にあります",
                    f"go-live {migration.month} is outside the contract period "
                    f"({proc.contract_start} to {proc.contract_end})",
                ),
            )


CHECKS: tuple[Check, ...] = (
    quoted_events,
    schedule_before_contract,
    scoring_rules,
    sub_items,
    go_live_in_contract,
)
