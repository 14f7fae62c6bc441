"""Impact search (影響調査): the provisions of a 例規 corpus that cite what an amendment changes.

A corpus is a folder of current 例規 texts, one rule per ``.txt`` in the 例規集 form
:func:`gendocs.amend.parse_rule_text` reads. Each file is read line by line, knowing which
条・項・号 (or 附則 項) every line is, and each line is searched for

* citations of a 条・項・号 of the amended rule that the amendment renumbers or deletes
  (:mod:`.cite`: by 題名, 略称, 「同条例」, and 「同条」「前条」 forms; inside the amended rule
  itself, its bare citations too);
* the amended rule's 題名 when the amendment changes it;
* a defined term the amendment renames, in a rule that cites the amended rule.

Each finding is located (``file:line``) with the provision that holds it and what it must say
after the amendment; :func:`corrected_text` writes the rule's text with the citations (and, in
provisions that cite the amended rule, the renamed terms) corrected, for the 一括改正.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gendocs.amend.impact.changes import Key, RuleChanges
from gendocs.amend.impact.cite import CITATION, abbreviations, citations, mentions
from gendocs.amend.text.lines import (
    ARTICLE,
    ITEM_KANJI,
    ITEM_PAREN,
    PARAGRAPH,
    SUPPL,
    read_num,
    read_number,
)
from gendocs.amend.text.model import MAIN_ARTICLE, Num, Rule, is_paragraph_rule
from gendocs.amend.text.parse import parse_rule_text
from gendocs.errors import Msg

_SPACE = " \t\u3000"


@dataclass(frozen=True)
class Finding:
    """One provision's stale words: where, which provision, what it says and what it must say.

    ``kind`` is "citation" (a 条・項・号 renumbered or deleted: ``new`` None), "repealed" (the
    amended rule named in a rule of the corpus is repealed: ``new`` None, as a deleted provision's
    citation), "title" (the 題名 changes) or "term" (a renamed defined term; ``drafted`` False
    when the provision does not cite the amended rule, so the term may be the rule's own word
    and is left to the drafter).
    """

    file: str
    line: int
    column: int
    provision: str
    kind: str
    old: str
    new: str | None
    target: str = ""
    drafted: bool = True
    key: Key = ((0,), None, None)
    written: str | None = None
    span: int = 0

    def message(self) -> Msg:
        """Say the finding as ``file:line:col: 第5条第2項: …`` in Japanese and English."""
        where = f"{self.file}:{self.line}:{self.column}: {self.provision}: "
        if self.kind == "title":
            return Msg(
                f"{where}題名「{self.old}」を引用しています。題名は「{self.new}」に改められます",
                f"{where}cites the title 「{self.old}」, which becomes 「{self.new}」",
            )
        if self.kind == "term":
            tail_ja = (
                "" if self.drafted else "（改正する例規を引用していない規定です。確かめてください）"
            )
            tail_en = (
                "" if self.drafted else " (the provision does not cite the amended rule: check)"
            )
            return Msg(
                f"{where}用語「{self.old}」を用いています。用語は「{self.new}」に改められます{tail_ja}",
                f"{where}uses the term 「{self.old}」, which becomes 「{self.new}」{tail_en}",
            )
        if self.kind == "repealed":
            return Msg(
                f"{where}「{self.old}」を引用しています。この例規は廃止されます",
                f"{where}cites 「{self.old}」, which is repealed",
            )
        shown = self.old if self.old == self.target else f"{self.old}（{self.target}）"
        shown_en = self.old if self.old == self.target else f"{self.old} ({self.target})"
        if self.new is None:
            return Msg(
                f"{where}{shown}を引用しています。この規定は削られます",
                f"{where}cites {shown_en}, which is deleted",
            )
        note_ja = note_en = ""
        if self.span > 0:
            note_ja = "（範囲の中に新しい規定が入ります。範囲で引用してよいか確かめてください）"
            note_en = " (the range takes in a new provision: check the range)"
        elif self.span < 0:
            note_ja = "（範囲の中の規定が削られます。範囲の引用を確かめてください）"
            note_en = " (a provision inside the range is deleted: check the range)"
        return Msg(
            f"{where}{shown}を引用しています。改正後は{self.new}です{note_ja}",
            f"{where}cites {shown_en}, which becomes {self.new}{note_en}",
        )


@dataclass(frozen=True)
class RuleImpact:
    """The findings in one rule of the corpus, with its text and what it becomes when the
    findings are corrected (``corrected`` is None when nothing can be drafted)."""

    path: str
    rule: Rule
    text: str
    findings: tuple[Finding, ...]
    corrected: str | None
    own: bool


def read_corpus(folder: Path) -> list[tuple[str, str]]:
    """Return (display path, text) of every ``.txt`` of a folder, sorted by name."""
    return [
        (str(path), path.read_text(encoding="utf-8-sig")) for path in sorted(folder.glob("*.txt"))
    ]


def search_rule(path: str, text: str, changes: RuleChanges) -> RuleImpact | None:
    """Search one rule's text; None when nothing in it is affected."""
    rule = parse_rule_text(text, source=path)
    own = rule.title == changes.title
    if own and changes.repealed:
        return None  # the repealed rule goes whole: its own citations go with it
    aliases = abbreviations(text, changes)
    cites_rule = own or bool(mentions(text, changes, aliases))
    if not cites_rule:
        return None
    findings: list[Finding] = []
    corrected: list[str] = []
    last_rule = [False]
    single = {a.number for a in rule.articles if len(a.paragraphs) == 1}
    for number, raw, body_at, here, suppl in provision_lines(text, is_paragraph_rule(rule)):
        line = raw.rstrip("\r\n")
        body = line[body_at:]
        if here is None:
            corrected.append(raw)
            continue  # 題名, 見出し, number line
        label = _label(here, suppl, single)
        new_here = None if suppl else (changes.after(here) if own else here)
        if own and new_here is not None and here[0] != (0,):
            new_here = changes.after((here[0], here[1], here[2]))
        found = citations(
            body,
            changes,
            aliases=aliases,
            own=own and not suppl,
            here=here,
            new_here=new_here,
            last_rule=last_rule,
        )
        cites_here = (
            bool(found)
            or bool(mentions(body, changes, aliases))
            or any(c for c in CITATION.finditer(body) if c.group() and last_rule[0])
        )
        edits: list[tuple[int, int, str]] = []
        for cite in found:
            findings.append(
                Finding(
                    path,
                    number,
                    body_at + cite.start + 1,
                    label,
                    "citation",
                    cite.text,
                    None if cite.new_text is None else _shown(cite.new_target),
                    _shown(cite.target),
                    key=here,
                    written=cite.new_text,
                    span=cite.span,
                )
            )
            if cite.new_text is not None:
                edits.append((cite.start, cite.end, cite.new_text))
        if changes.repealed and not own:
            # Named without a 条 (「寒川町手数料条例の規定により」): listed like a citation of a
            # deleted provision; what the provision says instead is the drafter's.
            for start, end in mentions(body, changes, aliases):
                if any(c.start <= start < c.end or c.start == end for c in found):
                    continue  # the head of a citation of a 条 listed on its own
                findings.append(
                    Finding(
                        path,
                        number,
                        body_at + start + 1,
                        label,
                        "repealed",
                        body[start:end],
                        None,
                        changes.title,
                        key=here,
                    )
                )
        if changes.renamed and not own:
            for m in re.finditer(re.escape(changes.title), body):
                findings.append(
                    Finding(
                        path,
                        number,
                        body_at + m.start() + 1,
                        label,
                        "title",
                        changes.title,
                        changes.new_title,
                    )
                )
                edits.append((m.start(), m.end(), changes.new_title))
        if not own:
            for term, renamed in changes.terms.items():
                for m in re.finditer(re.escape(term), body):
                    if any(s <= m.start() < e for s, e, _ in edits) or _inside_title(
                        body, m.start(), changes.title
                    ):
                        continue
                    findings.append(
                        Finding(
                            path,
                            number,
                            body_at + m.start() + 1,
                            label,
                            "term",
                            term,
                            renamed,
                            drafted=cites_here,
                        )
                    )
                    if cites_here:
                        edits.append((m.start(), m.end(), renamed))
        corrected.append(line[:body_at] + _edited(body, edits) + raw[len(line) :])
    if not findings:
        return None
    new_text = "".join(corrected)
    drafted = any(f.drafted and f.new is not None for f in findings) and not own
    return RuleImpact(path, rule, text, tuple(findings), new_text if drafted else None, own)


def provision_lines(
    text: str, paragraphs_only: bool | None = None
) -> Iterator[tuple[int, str, int, Key | None, bool]]:
    """Read a rule's text line by line: (line number, line, where its text starts after the
    label, the provision it belongs to or None for 題名・見出し・番号, whether in the 附則).

    When the 本則 is made of 項 only (項建て: no 条 line before the 附則; ``paragraphs_only``
    says so, else it is read from the text) its first unlabelled line is 本則第1項 (key
    ``((0,), 1, None)``, cited 「本則」)."""
    if paragraphs_only is None:
        paragraphs_only = _paragraphs_only(text)
    here: Key = ((0,), 1 if paragraphs_only else None, None)
    suppl = False
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        line = raw.rstrip("\r\n")
        stripped = line.lstrip(_SPACE)
        indent = len(line) - len(stripped)
        body_at = indent
        if number == 1:
            yield number, raw, body_at, None, suppl
            continue
        if SUPPL.match(stripped):
            suppl, here = True, ((0,), None, None)
        elif (m := ARTICLE.match(stripped)) and not suppl:
            here = (read_num(m.group(1), m.group(2) or ""), 1, None)
            body_at = indent + m.start(5)
        elif (m := PARAGRAPH.match(stripped)) is not None:
            here = (here[0], read_number(m.group(1)), None)
            body_at = indent + m.start(2)
        elif (m := ITEM_PAREN.match(stripped) or ITEM_KANJI.match(stripped)) is not None:
            here = (here[0], here[1], read_num(m.group(1), m.group(2) or ""))
            body_at = indent + m.start(3)
        caption = (
            stripped.startswith(("（", "("))
            and stripped.endswith(("）", ")"))
            and not ITEM_PAREN.match(stripped)
        )
        if not line[body_at:] or caption:
            yield number, raw, body_at, None, suppl
        else:
            yield number, raw, body_at, here, suppl


def _paragraphs_only(text: str) -> bool:
    """Tell whether a rule's text has no 条 line before its 附則 (a 本則 of 項 only)."""
    for raw in text.splitlines()[1:]:
        stripped = raw.strip(_SPACE)
        if SUPPL.match(stripped):
            return True
        if ARTICLE.match(stripped):
            return False
    return True


def follow(new_text: str, stale: list[tuple[Key, str, str]]) -> str:
    """Write ``new_text`` with each (provision, old words, new words) of ``stale`` corrected: the
    first occurrence of the old words in the provision's lines (of the 本則) becomes the new
    words."""
    pending = list(stale)
    out = []
    for _number, raw, body_at, here, suppl in provision_lines(new_text):
        line = raw.rstrip("\r\n")
        body = line[body_at:]
        if here is not None and not suppl:
            for entry in list(pending):
                key, old, new = entry
                if key == here and old in body:
                    body = body.replace(old, new, 1)
                    pending.remove(entry)
        out.append(line[:body_at] + body + raw[len(line) :])
    return "".join(out)


def _inside_title(body: str, at: int, title: str) -> bool:
    return any(m.start() <= at < m.end() for m in re.finditer(re.escape(title), body))


def _edited(body: str, edits: list[tuple[int, int, str]]) -> str:
    out, at = "", 0
    for start, end, words in sorted(edits):
        if start < at:
            continue
        out += body[at:start] + words
        at = end
    return out + body[at:]


def _article_label(article: Num) -> str:
    return "本則" if article == MAIN_ARTICLE else "第" + "の".join(str(n) for n in article) + "条"


def _shown(key: Key | None) -> str:
    if key is None:
        return ""
    article, paragraph, item = key
    out = _article_label(article)
    if paragraph is not None and (paragraph > 1 or item is None):
        out += f"第{paragraph}項"
    if item is not None:
        out += "第" + "の".join(str(n) for n in item) + "号"
    return out


def _label(here: Key, suppl: bool, single: set[Num]) -> str:
    """Name the provision a line is: 第5条第2項第1号, 第5条 (one 項), 附則第2項."""
    article, paragraph, item = here
    if suppl:
        return "附則" + (f"第{paragraph}項" if paragraph else "")
    out = _article_label(article)
    if paragraph is not None and article not in single:
        out += f"第{paragraph}項"
    if item is not None:
        out += "第" + "の".join(str(n) for n in item) + "号"
    return out
