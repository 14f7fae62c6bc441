"""ハネ within the build: citations of a 条・項・号 another ordinance renumbers, or of a term it
renames, that the new text of the citing ordinance does not follow (issue 13 item 5).

For each ``content/ordinances`` file with ``old``/``new`` text whose amendment renumbers 条・項・号,
renames a defined term or its 題名, every ordinance of the build (itself included) is searched
(:func:`gendocs.amend.search_rule`, the impact search of ``gendocs amend --corpus``) in its old
text; a citation found there must read, in the same provision of its new text, as it will after
the amendment (「第4条第2項第2号」 → 「第5条第2項第3号」). When it does not, a warning at the citing
file's ``new:`` names the provision and the citation to write.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gendocs.amend import Rule as RuleText
from gendocs.amend import build_stale, new_unnumbered, parse_build, with_number
from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import Msg


def hane(facts: Facts) -> Iterator[Finding]:
    """Citations that an amendment of the build renumbers and the citing new text keeps (an
    ordinance with ``hane: true`` has them corrected by the build instead)."""
    ordinances = facts.data.get("ordinances") or []
    for i, j, found, after in build_stale(parse_build(ordinances)):
        if ordinances[j].get("hane") is True and found.written is not None:
            continue
        new = parse_build([ordinances[j]])[0][2]
        where = _label(after, new)
        amended = str(ordinances[i].get("title") or "") if i != j else "この例規"
        amended = amended or parse_build([ordinances[i]])[0][1].title
        amended_en = amended if i != j else "this rule"
        if found.new is None:
            message = Msg(
                f"{new.title}{where}は{amended}の{found.target}を引用していますが、"
                "この規定は改正で削られます。引用を改めてください",
                f"{new.title} {where} cites {found.target} of {amended_en}, which the "
                "amendment deletes: amend the citation",
            )
        else:
            message = Msg(
                f"{new.title}{where}は{amended}の{found.target}（「{found.old}」）を"
                f"引用しています。改正で{found.new}となるため、改正後の本文（new）では"
                f"「{found.written}」と書いてください（ハネ。hane: true で自動的に改めます）",
                f"{new.title} {where} cites {found.target} (「{found.old}」) of "
                f"{amended_en}, which becomes {found.new}: write 「{found.written}」 in the new "
                "text (new), or set hane: true",
            )
        paths = (("ordinances", j, "new"),) + ((("ordinances", i, "new"),) if i != j else ())
        yield Finding(paths, message, "warning")


def _label(key: tuple[Any, ...], rule: RuleText) -> str:
    """Name a provision of the new text: 第6条, 第5条第2項, 第5条第2項第3号."""
    article, paragraph, item = key
    out = "第" + "の".join(str(n) for n in article) + "条"
    single = any(a.number == article and len(a.paragraphs) == 1 for a in rule.articles)
    if paragraph is not None and not single:
        out += f"第{paragraph}項"
    if item is not None:
        out += "第" + "の".join(str(n) for n in item) + "号"
    return out


def law_number(facts: Facts) -> Iterator[Finding]:
    """A law the new text of an ordinance cites for the first time, without its 法令番号."""
    for index, (_text, old, new) in parse_build(facts.data.get("ordinances") or []).items():
        data = facts.data["ordinances"][index]
        numerals = "kanji" if data.get("style") == "national" else "arabic"
        for citation in new_unnumbered(old, new):
            written = with_number(citation.law, numerals)
            yield Finding(
                (("ordinances", index, "new"),),
                Msg(
                    f"{new.title}{citation.where}は「{citation.law.name}」を初めて引用していますが、"
                    f"法令番号がありません。初めての引用は「{written}」と書いてください",
                    f"{new.title} {citation.where} cites 「{citation.law.name}」 for the first "
                    f"time without its number: write 「{written}」",
                ),
                "warning",
            )


RULES = (Rule("amend.hane", hane), Rule("amend.law_number", law_number))
