"""Making runs: a run's copy with other text, a paragraph's runs split, characters gathered."""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from typing import Any

from docx.oxml.ns import qn

from gendocs.docx.reading import written_text

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# one visible unit of a paragraph: its character, the run it comes from, and the element it
# stands for when it is not text (a tab, a break, a picture), else None
Atom = tuple[str, Any, Any]
# CT_RPr children that come after w:sz, in schema order
_AFTER_SZ = (
    "szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout".split()
)


def size_element(run: Any) -> Any:
    """The run's ``w:sz`` (its type size in half-points), made in its schema place if missing."""
    props = run.find(qn("w:rPr"))
    if props is None:
        props = run.makeelement(qn("w:rPr"), {})
        run.insert(0, props)
    found = props.find(qn("w:sz"))
    if found is None:
        found = props.makeelement(qn("w:sz"), {})
        later = [props.find(qn(f"w:{n}")) for n in _AFTER_SZ]
        following = [el for el in later if el is not None]
        if following:
            following[0].addprevious(found)
        else:
            props.append(found)
    return found


def run_with(run: Any, text: str) -> Any:
    """A copy of ``run`` (its properties) holding ``text`` alone."""
    copy = deepcopy(run)
    for child in [c for c in copy if c.tag != qn("w:rPr")]:
        copy.remove(child)
    copy.append(text_element(copy, text))
    return copy


def text_element(near: Any, text: str) -> Any:
    """A ``w:t`` holding ``text``, spaces preserved."""
    element = near.makeelement(qn("w:t"), {})
    element.set(XML_SPACE, "preserve")
    element.text = text
    return element


def split_runs(paragraph: Any, separator: str) -> list[list[Any]]:
    """A paragraph's runs cut at ``separator``: the runs of each piece, properties kept.

    Spaces (also 全角) at the start of a piece are dropped.
    """
    pieces: list[list[Any]] = [[]]
    for run in paragraph.findall(qn("w:r")):
        text = written_text(run)
        for k, part in enumerate(text.split(separator)):
            if k:
                pieces.append([])
            text_here = part.lstrip(" \u3000") if not pieces[-1] else part
            if text_here:
                pieces[-1].append(run_with(run, text_here))
    return pieces


def runs_of(atoms: Sequence[Atom]) -> list[Any]:
    """New runs holding ``atoms``: one per stretch of the same source run, text merged."""
    runs: list[Any] = []
    source = None
    for char, run, special in atoms:
        if run is not source:
            source = run
            runs.append(_empty_copy(run))
        current = runs[-1]
        if special is not None:
            current.append(deepcopy(special))
            continue
        last = current[-1] if len(current) else None
        if last is None or last.tag != qn("w:t"):
            last = text_element(current, "")
            current.append(last)
        last.text += char
    return runs


def _empty_copy(run: Any) -> Any:
    """A run with the attributes and properties of ``run`` and no content."""
    new = run.makeelement(qn("w:r"), dict(run.attrib))
    if run.find(qn("w:rPr")) is not None:
        new.append(deepcopy(run.find(qn("w:rPr"))))
    return new
