"""The drafted 一部改正 of every rule in content/ordinances/, each drafted and verified once.

A file's problems point into it (a line of the ``old:``/``new:`` text block at its line in the
YAML file); a change the rules cannot express, or a draft that does not re-apply, is reported at
the file's ``new:`` key. A rule whose old and new texts are the same is not a problem: nothing is
drafted for it.

``hane: true`` asks the build to write every citation that an amendment of the build renumbers
as it becomes in the file's new text (ハネ, :func:`gendocs.amend.build_stale`); without it the
rule ``amend.hane`` lists them as warnings.

A file may instead amend one of the consortium's own instruments (``instrument: union_rules``):
its old text is that instrument rendered from the content at the git revision it was adopted at
(``adopted:``, read by the load stage into ``raw.revisions``), its new text the instrument rendered
from the current content — the same text its own document (規約, 設置要綱, 基本合意書) prints. A
revision that cannot be read leaves the amendment out; the rule ``history.adopted`` warns of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gendocs.amend import (
    Amendment,
    Issuance,
    NoChangeError,
    build_stale,
    draft_ordinance,
    follow_all,
    parse_build,
    read_ordinance,
)
from gendocs.compute.legal import BYLAWS, legal_text, texts_of
from gendocs.compute.legal.text import Numbering, RenderedText, render_legal_text, text_problems
from gendocs.compute.legal.values import legal_facts
from gendocs.compute.revisions import prevalidated
from gendocs.errors import ContentError, GendocsError, Location, Msg, Problem
from gendocs.load import RawContent, format_path
from gendocs.model import Content
from gendocs.validate import validate

INSTRUMENT_KEYS = ("instrument", "adopted")


Drafted = tuple[Amendment, Issuance | None]
"""An amendment with the instrument its file's ``issued`` describes (議案 or 公布文), if any."""


def draft_amendments(content: Content, raw: RawContent) -> tuple[Drafted, ...]:
    """The amendment of every rule that changes, with its instrument, in content order; every
    problem located."""
    problems: list[Problem] = [
        Problem(
            raw.locate(("ordinances", index, "hane")),
            f"ordinances[{index}].hane",
            Msg(
                f"hane は true か false です（「{data['hane']}」）",
                f"hane is true or false (found 「{data['hane']}」)",
            ),
        )
        for index, data in enumerate(content.ordinances)
        if isinstance(data, dict) and "hane" in data and not isinstance(data["hane"], bool)
    ]
    drafts: list[Drafted] = []
    ordinances = [_followed(content.ordinances, index) for index in range(len(content.ordinances))]
    for index, data in enumerate(ordinances):
        try:
            drafts += _draft(content, raw, index, data)
        except ContentError as error:
            problems += error.problems
    if problems:
        raise ContentError(problems)
    return tuple(drafts)


def _followed(ordinances: Sequence[Any], index: int) -> Any:
    """An ordinance as drafted: with ``hane: true``, its new text with every citation another
    ordinance of the build (or its own amendment) renumbers written as it becomes (ハネ; the
    rule ``amend.hane`` lists them otherwise)."""
    data = ordinances[index]
    if not isinstance(data, dict) or "hane" not in data:
        return data
    rest = {k: v for k, v in data.items() if k != "hane"}
    if data["hane"] is not True or not isinstance(data.get("new"), str):
        return rest
    stale = [(f, after) for _i, j, f, after in build_stale(parse_build(ordinances)) if j == index]
    return rest | {"new": follow_all(data["new"], stale)}


def _draft(content: Content, raw: RawContent, index: int, data: Any) -> list[Drafted]:
    where = raw.positions.get(("ordinances", index), Location("content/ordinances"))
    if isinstance(data, dict) and any(key in data for key in INSTRUMENT_KEYS):
        texts = _instrument_texts(content, raw, index, data)
        if texts is None:
            return []
        enforcement = _permission_day(content, data)
        data = {k: v for k, v in data.items() if k not in INSTRUMENT_KEYS} | texts | enforcement
    try:
        draft = read_ordinance(
            data,
            name=Path(where.file).stem,
            source=where.file,
            locate=lambda key: raw.key_positions.get(("ordinances", index, key)),
        )
        return [(draft_ordinance(draft), draft.issued)]
    except NoChangeError:
        return []
    except ContentError:
        raise
    except GendocsError as error:  # inexpressible change, or a draft that does not re-apply
        at = raw.key_positions.get(
            ("ordinances", index, "new"),
            raw.key_positions.get(("ordinances", index, "instrument"), where),
        )
        raise ContentError([Problem(at, f"ordinances[{index}]", error.message)]) from None


PERMITTED_FORMS = frozenset({"一部事務組合", "広域連合"})
"""Forms whose 規約 changes take effect on the 知事's 許可: 地方自治法第286条第1項 (一部事務組合:
「…規約を変更しようとするときは、関係地方公共団体の協議によりこれを定め、…都道府県知事の許可を
受けなければならない。」) and 第291条の3第1項 (広域連合), not on a 公布 the 組合 does not make."""


def _permission_day(content: Content, data: dict[str, Any]) -> dict[str, Any]:
    """The 施行期日 of an amendment of the 組合's own 規約 that names none: the day of the
    知事's 許可 (「この規約は、神奈川県知事の許可の日から施行する。」), the prefecture from
    ``consortium.prefecture``. A 協議会's 設置要綱 (or a file that gives ``enforcement``) keeps
    what the file says."""
    consortium = content.consortium
    if (
        data.get("instrument") != "union_rules"
        or data.get("enforcement") is not None
        or consortium.form not in PERMITTED_FORMS
    ):
        return {}
    return {"enforcement": {"delegated": f"{consortium.prefecture}知事の許可の日"}}


def _instrument_texts(
    content: Content, raw: RawContent, index: int, data: dict[str, Any]
) -> dict[str, str] | None:
    """The old and new text of the instrument an ordinance names; None if its revision is not
    readable (a warning of ``history.adopted``)."""
    base = ("ordinances", index)
    name, label = data.get("instrument"), data.get("adopted")

    def problem(key: str, ja: str, en: str) -> ContentError:
        at = raw.locate(base + (key,))  # the value, else the file
        return ContentError([Problem(at, format_path(base + (key,)), Msg(ja, en))])

    if name not in BYLAWS:
        choices = "、".join(BYLAWS)
        raise problem(
            "instrument",
            f"改正する文書は bylaws の {choices} のいずれかです",
            f"the instrument to amend is one of bylaws' {', '.join(BYLAWS)}",
        )
    own = getattr(content.bylaws, name)
    if label is None and own is not None and own.adopted is not None:
        label = own.adopted  # the instrument's own adoption (bylaws.<name>.adopted)
    if not isinstance(label, str | int) or isinstance(label, bool):
        raise problem(
            "adopted",
            "採択（制定）時の git のリビジョン（タグ又はコミット）を adopted に書くか、"
            f"bylaws.{name}.adopted に書いてください",
            "write the git revision (tag or commit) the instrument was adopted at in 'adopted', "
            f"or in bylaws.{name}.adopted",
        )
    for key in ("old", "new"):
        if key in data:
            raise problem(
                key,
                f"instrument を指定したときは {key} を書きません（改正前は採択時の内容から、"
                "改正後は現在の bylaws から作ります）",
                f"with 'instrument', leave out '{key}' (the old text is rendered from the "
                "content as adopted, the new one from the current bylaws)",
            )
    adopted = content_at(raw, str(label))
    if adopted is None:
        return None
    old_content, old_raw = adopted
    key = f"bylaws.{name}"
    if key not in texts_of(old_content):
        raise problem(
            "adopted",
            f"リビジョン「{label}」の内容に {key} がありません",
            f"the content at revision '{label}' has no {key}",
        )
    if key not in texts_of(content):
        raise problem(
            "instrument",
            f"現在の内容に {key} がありません",
            f"the current content has no {key}",
        )
    old, new = instrument_text(old_content, key, old_raw), instrument_text(content, key, raw)
    if old[0] != new[0]:
        raise problem(
            "instrument",
            "前文の改正は改め文にできません。前文は採択時のままにしてください",
            "a change of the preamble cannot be drafted; keep the preamble as adopted",
        )
    return {"old": old[1], "new": new[1]}


def content_at(raw: RawContent, label: str) -> tuple[Content, RawContent] | None:
    """The validated content at the revision ``label`` the load stage read, with its raw data;
    None when it could not be read (``history.adopted`` warns). Its problems are located at
    「label:content/…」."""
    old_raw = raw.revisions.get(label)
    if not isinstance(old_raw, RawContent):
        return None
    validated = prevalidated(label, old_raw)  # validated by a forked process meanwhile
    return (validated if validated is not None else validate(old_raw)), old_raw


def as_adopted(
    content: Content, raw: RawContent, key: str, current: RenderedText
) -> tuple[RenderedText, Content, list[Problem]]:
    """The text the document of the instrument ``key`` prints, the content it is rendered from
    (that at the adoption for a frozen instrument: its 制定日 and parties too) and a warning if
    its text changed since.

    An instrument whose ``adopted:`` names a revision is rendered from the content then, so later
    decisions do not rewrite what was signed; when an ordinance amends it, its document is the
    amended text (``current``). A current text that differs from the frozen one is a warning:
    the change needs an amendment.
    """
    text = texts_of(content)[key]
    amended = any(
        isinstance(data, dict) and f"bylaws.{data.get('instrument')}" == key
        for data in content.ordinances
    )
    if text.adopted is not None and not key.startswith("bylaws."):
        path = tuple(key.split(".")) + ("adopted",)
        message = Msg(
            "adopted は設置要綱・規約・基本合意書（bylaws）にだけ書けます",
            "only the instruments of bylaws take 'adopted'",
        )
        raise ContentError([Problem(raw.locate(path), format_path(path), message)])
    if text.adopted is None or amended:
        return current, content, []
    adopted = content_at(raw, text.adopted)
    if adopted is None:
        return current, content, []  # history.adopted warns
    old_content, old_raw = adopted
    if key not in texts_of(old_content):
        path = tuple(key.split(".")) + ("adopted",)
        message = Msg(
            f"リビジョン「{text.adopted}」の内容に {key} がありません",
            f"the content at revision '{text.adopted}' has no {key}",
        )
        raise ContentError([Problem(raw.locate(path), format_path(path), message)])
    frozen = legal_text(old_content, key, old_raw)
    if frozen == current:
        return frozen, old_content, []
    path = tuple(key.split(".")) + ("adopted",)
    name = key.split(".")[1]
    message = Msg(
        f"{key} の内容は採択（リビジョン「{text.adopted}」）の後に変わっています。文書は採択時の"
        f"本文で作成します。変更するには content/ordinances で instrument: {name} の一部改正を"
        "作成してください［規則 history.frozen］",
        f"{key} changed since its adoption (revision '{text.adopted}'); its document keeps the "
        f"adopted text: amend it in content/ordinances (instrument: {name}) [rule history.frozen]",
    )
    return frozen, old_content, [Problem(raw.locate(path), format_path(path), message, "warning")]


def instrument_text(content: Content, key: str, raw: RawContent) -> tuple[str, str]:
    """The legal text at ``key`` as a 例規集 prints it (its 前文 apart), for the amendment engine.

    Numbered in Arabic numerals whatever ``project.legal_style`` says: the amendment's own style
    (``style:``) decides how the 改め文 writes numbers.
    """
    text = texts_of(content)[key]
    numbering = Numbering()
    facts = legal_facts(content, text, numbering)
    found = [(tuple(key.split(".")) + path, m) for path, m in text_problems(text, facts)]
    if found:
        raise ContentError(Problem(raw.locate(p), format_path(p), m) for p, m in found)
    rendered = render_legal_text(text, numbering, facts)
    lines = [rendered.title]
    for line in rendered.lines:
        lines.append(f"{line.label}　{line.text}" if line.label else line.text)
    if rendered.supplementary:
        lines.append("附　則")
        for line in rendered.supplementary:
            lines.append(f"{line.label}　{line.text}" if line.label else line.text)
    return rendered.preamble, "\n".join(lines) + "\n"
