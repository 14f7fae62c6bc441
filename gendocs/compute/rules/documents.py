"""Documents among themselves: the phase table and the role matrix agree; vendor documents
carry their publication date; a 設置要綱 does not found a body that already exists."""

from __future__ import annotations

from collections.abc import Iterator

from gendocs.compute.documents import VENDOR_DOCUMENTS, publication
from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import Msg
from gendocs.ja.wareki import wareki_date
from gendocs.load import KeyPath

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


# Forms founded by a 規約 (and, for a 組合, the governor's 許可), never by a 設置要綱.
FOUNDED_BY_RULES = frozenset({"一部事務組合", "広域連合", "法定協議会"})


def founded(facts: Facts) -> Iterator[Finding]:
    """A 設置要綱 dated after the consortium was founded (a 一部事務組合 in force since
    ``consortium.established``) neither sets up the consortium itself nor tasks its body with
    founding it: the body it sets up works within the consortium."""
    content = facts.content
    c, text = content.consortium, content.bylaws.establishment
    if text is None or c.form not in FOUNDED_BY_RULES:
        return
    day = text.effective or text.enacted
    if c.established > day:
        return  # the body prepares a consortium founded later
    base: KeyPath = ("bylaws", "establishment")
    since = f"{c.name}は{wareki_date(c.established)}に設立されています（consortium.established）"
    since_en = f"{c.name} exists since {c.established} (consortium.established)"
    if (text.name or c.name) == c.name:
        yield Finding(
            (base + (("name",) if text.name else ()), ("consortium", "established")),
            Msg(
                f"設置要綱が{c.form}の{c.name}そのものを設置しています。{since}。"
                "要綱で置くのは組合の中の協議会などとし、bylaws.establishment.name にその名称を"
                "書いてください",
                f"the 設置要綱 sets up the {c.form} {c.name} itself; {since_en}: name the body "
                "it sets up within it in bylaws.establishment.name",
            ),
        )
    # longest first: 「一部事務組合の設立」 also holds the short name's 「組合の設立」; a set here
    # named either, by the string hash seed of the process
    words = sorted(
        {c.name, c.short_name, c.form, "〔推進組織〕", "〔推進組織の略称〕"},
        key=lambda w: (-len(w), w),
    )
    for i, article in enumerate(text.articles):
        for key, lines in (("paragraphs", article.paragraphs), ("items", article.items)):
            for k, line in enumerate(lines):
                word = next(
                    (w for w in words if f"{w}の設立" in line or f"{w}を設立" in line), None
                )
                if word is None:
                    continue
                yield Finding(
                    (base + ("articles", i, key, k), ("consortium", "established")),
                    Msg(
                        f"設置要綱の「{article.heading}」が{word}の設立を掲げていますが、{since}。"
                        "設立済みの組織の中で協議する事項に改めてください",
                        f"the 設置要綱 article '{article.id}' tasks its body with founding "
                        f"{word}, but {since_en}; state what it decides within it",
                    ),
                )


RULES = (
    Rule("documents.phase_roles", phase_roles),
    Rule("documents.vendor_dates", vendor_dates),
    Rule("documents.founded", founded),
)
