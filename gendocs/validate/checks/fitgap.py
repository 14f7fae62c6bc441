"""Checks of the 機能要件確認表's answers and the Fit & Gap register (content ``fitgap``): every
answer names a row of ``procurement.spec.requirements`` and every row is answered once, the
selected proposer is one of the proposals, and a decision is about a gap of the selected proposer
(a row it did not answer ◎), once per member."""

from __future__ import annotations

from collections.abc import Iterator

from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.model.fitgap import requirement_key, requirements_of
from gendocs.validate.domain import Check, Finding


def answers(content: Content) -> Iterator[Finding]:
    """Each proposal answers each requirement exactly once, and nothing else. Without
    ``procurement.spec`` there is no table to answer: the documents that need it say so."""
    if content.fitgap is None or content.procurement.spec is None:
        return
    keys = [requirement_key(n, r.id) for n, r in enumerate(requirements_of(content.procurement), 1)]
    for i, proposal in enumerate(content.fitgap.proposals):
        base = ("fitgap", "proposals", i)
        seen: dict[str, int] = {}
        for j, answer in enumerate(proposal.answers):
            where = base + ("answers", j, "requirement")
            if answer.requirement not in keys:
                yield (
                    where,
                    Msg(
                        f"機能要件確認表に要件「{answer.requirement}」はありません"
                        "（procurement.spec.requirements の機能ID又は番号）",
                        f"no requirement {answer.requirement} in the table",
                    ),
                )
            elif answer.requirement in seen:
                yield (
                    where,
                    Msg(
                        f"要件「{answer.requirement}」への回答が2つあります"
                        f"（{seen[answer.requirement]}番目と同じ）",
                        f"requirement {answer.requirement} is answered twice",
                    ),
                )
            seen.setdefault(answer.requirement, j)
        missing = [k for k in keys if k not in seen]
        if missing:
            yield (
                base + ("answers",),
                Msg(
                    f"{proposal.name}の回答に要件 {'、'.join(missing)} がありません",
                    f"{proposal.id} does not answer {', '.join(missing)}",
                ),
            )


def register(content: Content) -> Iterator[Finding]:
    """The selected proposer exists; each decision is about one of its gaps, once per member."""
    fitgap = content.fitgap
    if fitgap is None:
        return
    chosen = next((p for p in fitgap.proposals if p.id == fitgap.selected), None)
    if fitgap.selected is not None and chosen is None:
        yield (
            ("fitgap", "selected"),
            Msg(
                f"提案者「{fitgap.selected}」の回答（fitgap.proposals）がありません",
                f"no proposal {fitgap.selected}",
            ),
        )
        return
    if chosen is None:
        if fitgap.decisions:
            yield (
                ("fitgap", "decisions"),
                Msg(
                    "Fit & Gap の決定は、選定された提案者（fitgap.selected）を書いてから記録します",
                    "gap decisions need the selected proposer (fitgap.selected)",
                ),
            )
        return
    marks = {a.requirement: a.mark for a in chosen.answers}
    seen: dict[tuple[str, str], int] = {}
    for i, d in enumerate(fitgap.decisions):
        where = ("fitgap", "decisions", i)
        mark = marks.get(d.requirement)
        if mark is None:
            yield (
                where + ("requirement",),
                Msg(
                    f"{chosen.name}の回答に要件「{d.requirement}」はありません",
                    f"{chosen.id} has no answer to {d.requirement}",
                ),
            )
        elif mark == "◎":
            yield (
                where + ("requirement",),
                Msg(
                    f"要件「{d.requirement}」は{chosen.name}が ◎（標準）と回答しており、"
                    "ギャップではありません",
                    f"{chosen.id} answered ◎ to {d.requirement}: no gap to decide",
                ),
            )
        pair = (d.requirement, d.member)
        if pair in seen:
            yield (
                where + ("member",),
                Msg(
                    f"要件「{d.requirement}」の{d.member}への決定が2つあります（{seen[pair]}番目と同じ）",
                    f"a second decision on {d.requirement} for {d.member}",
                ),
            )
        seen.setdefault(pair, i)


CHECKS: tuple[Check, ...] = (answers, register)
