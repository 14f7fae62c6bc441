"""The content layout of one amendment: ``content/ordinances/<name>.yaml``, one file per rule.

::

    # 寒川町手数料条例: コンビニ交付の手数料を定める改正
    title: 寒川町手数料条例                    # optional; the first line of `old` otherwise
    number: 平成12年寒川町条例第10号            # optional; the number line of `old` otherwise
    style: municipal                           # national | municipal (default municipal)
    style_options:                             # optional overrides of the profile (see Style)
      comma: "、"
      deletion: kezuru                         # kezuru (削る, default) | sakujo (削除)
      run_threshold: 4
    enforcement: 2026-04-01                    # 公布の日 (default) | a date | a mapping:
    #   {delegated: 規則で定める日, within: 3月}  → 公布の日から起算して3月を超えない範囲内において…
    applies_from: 2026-04-01                   # optional 適用日
    transitional:                              # optional 経過措置, one 項 each
      - この条例の施行前にされた申請に係る手数料については、なお従前の例による。
    later:                                     # optional: provisions that take effect later
      - {provisions: 別表の改正規定, enforcement: 2026-10-01}
    issued:                                    # optional: the instrument around the 改正規定
      form: bill                               # bill (議案) | promulgation (公布文)
      number: 議案第15号                        # 議案番号, or its own number (町条例第3号)
      date: 2027-02-20                         # 提出日 / 公布日 (施行期日 must come later)
      signatory: {title: 寒川町長, name: 木村　俊雄}
      reason: …するため、この案を提出するものです。  # 提案理由 (bill only, required there)
    old: |                                     # the rule as printed in the 例規集 today …
      寒川町手数料条例
      （趣旨）
      第1条　…
    new: |                                     # … and as it should read (same layout)
      …
    hane: true                                 # optional: the build writes the citations an
    #   amendment of the build renumbers as they become in `new` (ハネ; warned otherwise)
    repeal: true                               # optional: the rule is repealed (廃止条例)

A rule whose ``new`` text has no 本則 (only its 題名 and 番号), or whose file says ``repeal: true``
(``new`` may then be left out), is not emptied but repealed: the build drafts 「○○条例を廃止する
条例」 (:mod:`gendocs.amend.draft.repeal`). ``repeal: true`` with a ``new`` text that still has 条
is a content error.

A file that amends one of the consortium's own instruments names it instead of ``old``/``new``
(``instrument: union_rules`` and ``adopted: <git revision>``); the build renders both texts from
``bylaws`` content (:mod:`gendocs.compute.amendments`), and this reader refuses such a file.

``old`` and ``new`` are 例規集 text (see :mod:`gendocs.amend.text.parse`) or, alternatively, the
structured mapping of :mod:`gendocs.amend.text.data`. :func:`read_ordinance` turns the plain data of
one file into an :class:`OrdinanceDraft`; drafting it is :func:`gendocs.amend.draft_amendment`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from gendocs.amend.draft.amendment import Amendment, draft_amendment
from gendocs.amend.draft.repeal import draft_repeal
from gendocs.amend.errors import content_error, text_problem
from gendocs.amend.text.data import parse_rule_data
from gendocs.amend.text.model import Rule
from gendocs.amend.text.parse import parse_rule_text
from gendocs.amend.text.style import PROFILES, Style
from gendocs.amend.write.enact import (
    Enactment,
    Enforcement,
    Issuance,
    LaterProvision,
    enforcement_conflicts,
    parse_enforcement,
)
from gendocs.errors import ContentError, Location, Msg, Problem

KEYS = {
    "title",
    "number",
    "style",
    "style_options",
    "enforcement",
    "applies_from",
    "transitional",
    "later",
    "issued",
    "old",
    "new",
    "hane",
    "repeal",
}


@dataclass(frozen=True)
class OrdinanceDraft:
    """Everything needed to draft one amendment: both texts, the style and the 附則."""

    name: str
    old: Rule
    new: Rule
    style: Style
    enactment: Enactment
    issued: Issuance | None = None
    repeal: bool = False


Locator = Callable[[str], Location | None]
"""Where a top-level key is written in the file (the line of ``old: |``), if known."""
BLOCK_INDENT = 2
"""The indentation of the lines of a literal block under its key (YAML's usual two spaces)."""


def draft_ordinance(draft: OrdinanceDraft) -> Amendment:
    """Draft (and verify) the amendment an ordinance file describes, or the repeal."""
    if draft.repeal:
        return draft_repeal(draft.old, style=draft.style, enactment=draft.enactment)
    return draft_amendment(draft.old, draft.new, style=draft.style, enactment=draft.enactment)


def read_ordinance(
    data: object, *, name: str, source: str, locate: Locator = lambda _key: None
) -> OrdinanceDraft:
    """Read one ``content/ordinances/<name>.yaml`` (already loaded as plain data).

    ``locate`` lets problems point into the file: a line of the ``old`` text block is reported at
    its line in the YAML file.
    """
    try:
        return _read(data, name, source)
    except ContentError as error:
        raise content_error([_placed(p, locate) for p in error.problems]) from None


def _placed(problem: Problem, locate: Locator) -> Problem:
    key = problem.key_path.split(".")[0].split("[")[0]
    start = locate(key)
    if start is None:
        return problem
    if key in ("old", "new") and problem.location.line > 0:
        # A literal block starts on the line after 「old: |」, indented under the key.
        line = start.line + problem.location.line
        return replace(problem, location=Location(start.file, line, start.col + BLOCK_INDENT))
    return replace(problem, location=start)


def _read(data: object, name: str, source: str) -> OrdinanceDraft:
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        raise content_error(
            [text_problem(source, 0, "対応（mapping）が必要です。", "a mapping is required.")]
        )
    if "instrument" in data:  # drafted by the build, from the instrument's own history
        raise content_error(
            [
                text_problem(
                    source,
                    0,
                    "この改正は bylaws の文書を採択時の内容と比べて作ります。gendocs build で作成"
                    "してください。",
                    "this amendment compares a bylaws instrument with its adopted content; draft "
                    "it with gendocs build.",
                    key_path="instrument",
                )
            ]
        )
    for key in sorted(set(data) - KEYS):
        problems.append(
            text_problem(
                source, 0, "この名前のキーはありません。", "unknown key.", key_path=str(key)
            )
        )
    style = _style(data, source, problems)
    enactment = _enactment(data, source, problems)
    issued = _issuance(data.get("issued"), source, problems)
    if issued is not None:
        for key, _day, message in enforcement_conflicts(enactment, issued):
            problems.append(text_problem(source, 0, message.ja, message.en, key_path=key))
    repeal = data.get("repeal", False)
    if not isinstance(repeal, bool):
        problems.append(
            text_problem(
                source,
                0,
                f"true 又は false が必要です（{repeal!r}）。",
                f"expected true or false, found {repeal!r}.",
                key_path="repeal",
            )
        )
        repeal = False
    old = _rule(data, "old", source, problems, style)
    if repeal and data.get("new") is None:
        new: Rule | None = Rule(title="")
    else:
        new = _rule(data, "new", source, problems, style)
    if new is not None and old is not None:
        repeal = _repealed(new, repeal, source, problems)
    if repeal and enactment.later:
        problems.append(
            text_problem(
                source,
                0,
                "廃止する例規には改正規定がないため、later（一部の規定の施行期日）は使えません。",
                "a repeal has no amending provisions; `later` cannot be used.",
                key_path="later",
            )
        )
    if problems or old is None or new is None:
        raise content_error(problems)
    original = old.title
    old = replace(
        old, title=str(data.get("title") or old.title), number=str(data.get("number") or old.number)
    )
    if new.title in ("", original):
        new = replace(new, title=old.title)
    return OrdinanceDraft(name, old, new, style, enactment, issued, repeal)


def _repealed(new: Rule, repeal: bool, source: str, problems: list[Problem]) -> bool:
    """Whether the file repeals its rule: ``repeal: true``, or a new text without 本則; a new
    text that keeps a 附則 or 別表 without 本則, or keeps 条 under ``repeal: true``, is an error."""
    if new.articles:
        if repeal:
            problems.append(
                text_problem(
                    source,
                    0,
                    "repeal: true ですが、new に本則（条）があります。廃止するときは new を"
                    "省くか題名だけにしてください。",
                    "repeal: true, but `new` still has articles; leave `new` out (or give only "
                    "its title) to repeal the rule.",
                    key_path="repeal",
                )
            )
        return False
    if new.supplementary or new.tables:
        problems.append(
            text_problem(
                source,
                0,
                "new に本則（条）がないのに附則又は別表があります。廃止するときは題名だけに"
                "してください。",
                "`new` has no articles but keeps a 附則 or 別表; give only its title to repeal "
                "the rule.",
                key_path="new",
            )
        )
    return True


def _rule(
    data: Mapping[str, Any], key: str, source: str, problems: list[Problem], style: Style
) -> Rule | None:
    value = data.get(key)
    try:
        if isinstance(value, str):
            return parse_rule_text(
                value,
                source=source,
                key_path=key,
                allow_gaps=key == "new" and style.deletion == "sakujo",
                allow_empty=key == "new",  # no 本則: the rule is repealed (_repealed)
            )
        if isinstance(value, Mapping):
            try:
                return parse_rule_data(value, source=source)
            except ContentError as error:
                problems.extend(replace(p, key_path=f"{key}.{p.key_path}") for p in error.problems)
                return None
    except ContentError as error:
        problems.extend(error.problems)
        return None
    problems.append(
        text_problem(
            source,
            0,
            "例規集の本文（文字列）が必要です。",
            "the rule text is required.",
            key_path=key,
        )
    )
    return None


def _style(data: Mapping[str, Any], source: str, problems: list[Problem]) -> Style:
    name = str(data.get("style") or "municipal")
    if name not in PROFILES:
        valid = ", ".join(PROFILES)
        problems.append(
            text_problem(
                source,
                0,
                f"書式「{name}」はありません（{valid}）。",
                f"no style {name!r}.",
                key_path="style",
            )
        )
        return PROFILES["municipal"]
    options = data.get("style_options") or {}
    known = {f.name for f in fields(Style)} - {"name"}
    if not isinstance(options, Mapping) or set(options) - known:
        problems.append(
            text_problem(
                source,
                0,
                f"style_options に使えるキー: {', '.join(sorted(known))}",
                "unknown style option.",
                key_path="style_options",
            )
        )
        return PROFILES[name]
    method = options.get("method", "kaibun")
    if method not in ("kaibun", "taishou"):
        problems.append(
            text_problem(
                source,
                0,
                f"method は kaibun（改め文）又は taishou（新旧対照表方式）です（{method!r}）。",
                f"expected kaibun or taishou, found {method!r}.",
                key_path="style_options.method",
            )
        )
        return PROFILES[name]
    return replace(PROFILES[name], **dict(options))


def _enactment(data: Mapping[str, Any], source: str, problems: list[Problem]) -> Enactment:
    enforcement = _enforcement(data.get("enforcement"), source, problems)
    applies = data.get("applies_from")
    if applies is not None and not isinstance(applies, date):
        problems.append(
            text_problem(
                source,
                0,
                "日付（2026-04-01）が必要です。",
                "a date is required.",
                key_path="applies_from",
            )
        )
        applies = None
    transitional = data.get("transitional") or ()
    if isinstance(transitional, str) or not all(isinstance(t, str) for t in transitional):
        problems.append(
            text_problem(
                source,
                0,
                "文の一覧が必要です。",
                "a list of sentences is required.",
                key_path="transitional",
            )
        )
        transitional = ()
    return Enactment(
        enforcement, applies, tuple(transitional), later=_later(data.get("later"), source, problems)
    )


def _later(value: object, source: str, problems: list[Problem]) -> tuple[LaterProvision, ...]:
    if value is None:
        return ()
    later: list[LaterProvision] = []
    for index, node in enumerate(value if isinstance(value, list) else [None]):
        if not isinstance(node, Mapping) or not isinstance(node.get("provisions"), str):
            problems.append(
                text_problem(
                    source,
                    0,
                    "{provisions: …, enforcement: …} が必要です。",
                    "{provisions, enforcement} required.",
                    key_path=f"later[{index}]",
                )
            )
            continue
        later.append(
            LaterProvision(
                node["provisions"], _enforcement(node.get("enforcement"), source, problems)
            )
        )
    return tuple(later)


def _enforcement(value: object, source: str, problems: list[Problem]) -> Enforcement:
    if value is None:
        return Enforcement()
    if isinstance(value, date):
        return Enforcement("date", value)
    if isinstance(value, Mapping) and isinstance(value.get("delegated"), str):
        return Enforcement(
            "delegated", delegate=value["delegated"], within=str(value.get("within") or "")
        )
    if isinstance(value, str):
        return parse_enforcement(value)
    problems.append(
        text_problem(
            source,
            0,
            "公布の日、日付、又は {delegated: …} が必要です。",
            "公布の日, a date or {delegated: …}.",
            key_path="enforcement",
        )
    )
    return Enforcement()


ISSUED_KEYS = {"form", "number", "date", "signatory", "reason"}


def issuance(data: object) -> Issuance | None:
    """The ``issued`` mapping of an ordinance file (already checked by :func:`read_ordinance`),
    or None when the file has none or it is not valid."""
    if not isinstance(data, Mapping):
        return None
    problems: list[Problem] = []
    found = _issuance(data.get("issued"), "", problems)
    return None if problems else found


def _issuance(value: object, source: str, problems: list[Problem]) -> Issuance | None:
    if value is None:
        return None
    before = len(problems)

    def problem(key: str, ja: str, en: str) -> None:
        problems.append(text_problem(source, 0, ja, en, key_path=f"issued.{key}".rstrip(".")))

    if not isinstance(value, Mapping):
        problem("", "{form, number, date, signatory} の対応が必要です。", "a mapping is required.")
        return None
    for key in sorted(set(map(str, value)) - ISSUED_KEYS):
        problem(key, "この名前のキーはありません。", "unknown key.")
    form = value.get("form")
    if form not in ("bill", "promulgation"):
        problem(
            "form",
            f"bill（議案）又は promulgation（公布文）が必要です（{form!r}）。",
            f"expected bill or promulgation, found {form!r}.",
        )
    number = value.get("number")
    if not isinstance(number, str) or not number.strip():
        problem(
            "number",
            "議案番号又は番号（例: 議案第15号、寒川町条例第3号）が必要です。",
            "expected the bill's or the instrument's number.",
        )
    day = value.get("date")
    if not isinstance(day, date):
        problem(
            "date",
            f"日付（2027-02-20）が必要です（{day!r}）。",
            f"expected a date (2027-02-20), found {day!r}.",
        )
    signatory = value.get("signatory")
    if not (
        isinstance(signatory, Mapping)
        and all(
            isinstance(signatory.get(k), str) and signatory[k].strip() for k in ("title", "name")
        )
    ):
        problem(
            "signatory", "{title: 寒川町長, name: 氏名} が必要です。", "expected {title, name}."
        )
    reason = value.get("reason")
    if form == "bill" and (not isinstance(reason, str) or not reason.strip()):
        problem("reason", "議案には提案理由（文字列）が必要です。", "a bill needs its reason.")
    if form == "promulgation" and reason is not None:
        problem(
            "reason",
            "公布文に提案理由はありません（form: bill で使います）。",
            "a promulgation has no reason (form: bill).",
        )
    if len(problems) > before:
        return None
    assert isinstance(signatory, Mapping) and isinstance(day, date)
    return Issuance(
        form,  # type: ignore[arg-type]
        str(number).strip(),
        day,
        signatory["title"].strip(),
        signatory["name"].strip(),
        str(reason or "").strip(),
    )


def describe_keys() -> Msg:
    """Return the keys of an ordinance file, for help texts."""
    keys = ", ".join(sorted(KEYS))
    return Msg(f"使えるキー: {keys}", f"keys: {keys}")
