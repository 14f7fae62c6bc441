"""Documents among themselves: the phase table and the role matrix agree."""

from __future__ import annotations

from collections.abc import Iterator

from gendocs.compute.documents import VENDOR_DOCUMENTS, publication
from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import Msg
from gendocs.ja.wareki import wareki_date

PARTIES = {
    "decision_body": "意思決定機関",
    "secretariat": "事務局",
    "departments": "業務所管課",
    "vendor": "ベンダ",
}


def phase_roles(facts: Facts) -> Iterator[Finding]:
    """Who carries a phase (phase table) agrees with who carries its tasks (role matrix)."""
    schedule = facts.content.schedule
    for p, phase in enumerate(schedule.phases):
        tasks = [(t, task) for t, task in enumerate(schedule.tasks) if task.phase == phase.id]
        for key, name in PARTIES.items():
            mark = getattr(phase.roles, key)
            marked = [
                (t, getattr(task.roles, key)) for t, task in tasks if getattr(task.roles, key)
            ]
            leading = [t for t, m in marked if m == "◎"]
            where = ("schedule", "phases", p, "roles")
            if mark is None and marked:
                first = (leading or [marked[0][0]])[0]
                yield Finding(
                    (where, ("schedule", "tasks", first, "roles", key)),
                    Msg(
                        f"フェーズ「{phase.name}」の役割に{name}がありませんが、作業"
                        f"「{schedule.tasks[first].name}」では{name}が"
                        f"{getattr(schedule.tasks[first].roles, key)}です。フェーズの役割に"
                        f"{name}を加えてください",
                        f"phase '{phase.id}' gives no role to {key}, but task "
                        f"'{schedule.tasks[first].id}' does; add {key} to the phase's roles",
                    ),
                    "warning",
                )
            elif mark is not None and not marked:
                yield Finding(
                    (where + (key,),),
                    Msg(
                        f"フェーズ「{phase.name}」では{name}が{mark}ですが、このフェーズの作業の"
                        f"どれにも{name}の役割がありません。作業の役割分担に加えるか、フェーズから"
                        "外してください",
                        f"phase '{phase.id}' marks {key} {mark} but none of its tasks does",
                    ),
                    "warning",
                )
            elif mark == "△" and leading:
                yield Finding(
                    (where + (key,), ("schedule", "tasks", leading[0], "roles", key)),
                    Msg(
                        f"フェーズ「{phase.name}」では{name}が△（支援）ですが、作業"
                        f"「{schedule.tasks[leading[0]].name}」では◎（中心）です。"
                        "どちらかを直してください",
                        f"phase '{phase.id}' marks {key} △ but task "
                        f"'{schedule.tasks[leading[0]].id}' marks it ◎",
                    ),
                    "warning",
                )


def vendor_dates(facts: Facts) -> Iterator[Finding]:
    """A document given to vendors is dated at its publication (the 公表 step)."""
    content = facts.content
    for i, own in enumerate(content.project.documents):
        if own.document not in VENDOR_DOCUMENTS or own.date is None:
            continue
        published = publication(content, own.document)
        if published is None or published[1] == own.date:
            continue
        where, day = published
        title = VENDOR_DOCUMENTS[own.document][0]
        yield Finding(
            (("project", "documents", i, "date"), where),
            Msg(
                f"{title}の日付 {wareki_date(own.date)} が公表日 {wareki_date(day)} と異なります。"
                "事業者に示す文書は公表日の日付にしてください（date を省くと公表日になります）",
                f"the {own.document} document is dated {own.date}, not its publication date "
                f"{day}; leave date out to use the publication date",
            ),
        )


RULES = (
    Rule("documents.phase_roles", phase_roles),
    Rule("documents.vendor_dates", vendor_dates),
)
