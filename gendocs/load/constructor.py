"""Build plain data from YAML nodes, turning nodes that cannot be content into :class:`Rejected`.

ruamel raises on some valid-looking scalars (an impossible date such as ``2026-02-30``, an
integer beyond Python's 4,300-digit limit) and builds objects for tags (``!!python/object``,
``!!binary``, ``!secret``). Content is plain data, so the loader accepts only the core YAML
types and puts a :class:`Rejected` marker, with its position and reason, where anything else
was; :mod:`gendocs.load.yaml_file` reports each marker as a located problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import TaggedScalar
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.nodes import ScalarNode

from gendocs.errors import Msg

CORE = "tag:yaml.org,2002:"
# The YAML 1.2 core schema (plus the timestamps YAML 1.1 resolves): everything content needs.
ALLOWED_TAGS = frozenset(
    CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
# Plain scalars "=" and "<<" resolve to these tags; as values they are just those characters.
TEXT_TAGS = frozenset((CORE + "value", CORE + "merge"))
SHOWN_CHARS = 40


@dataclass(frozen=True)
class Rejected:
    """A value that cannot be content, where it is written (0-based, as ruamel counts)."""

    line: int
    col: int
    message: Msg


class ContentConstructor(RoundTripConstructor):
    """ruamel's round-trip constructor restricted to plain data; never raises on a scalar."""

    def construct_non_recursive_object(self, node: Any, tag: str | None = None) -> Any:
        """Construct ``node``, or return a :class:`Rejected` saying why it cannot be content."""
        tag = tag or node.tag
        if isinstance(node, ScalarNode) and tag in TEXT_TAGS:
            return str(node.value)
        if tag not in ALLOWED_TAGS:
            return _rejected(node, _tag_message(tag))
        try:
            data = super().construct_non_recursive_object(node, tag)
        except ValueError:  # an impossible date, an integer too long to convert
            return _rejected(node, _value_message(node, tag))
        return data.value if isinstance(data, TaggedScalar) else data  # explicit !!str


def _rejected(node: Any, message: Msg) -> Rejected:
    return Rejected(node.start_mark.line, node.start_mark.column, message)


def shorten(text: str) -> str:
    """Cut ``text`` to the length a message quotes."""
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _tag_message(tag: str) -> Msg:
    shown = shorten("!!" + tag[len(CORE) :] if tag.startswith(CORE) else tag)
    return Msg(
        f"YAML のタグ（{shown}）は使えません。タグを消して値だけを書いてください",
        f"YAML tags ({shown}) are not allowed; remove the tag and write the plain value",
    )


def _value_message(node: Any, tag: str) -> Msg:
    text = shorten(str(node.value))
    if tag == CORE + "timestamp":
        return Msg(f"存在しない日付です（「{text}」が書かれています）", f"no such date: '{text}'")
    if tag == CORE + "int":
        digits = len(str(node.value))
        return Msg(
            f"数の桁が多すぎます（{digits}桁が書かれています）",
            f"the number has too many digits ({digits})",
        )
    return Msg(
        f"値を読み取れません（「{text}」が書かれています）", f"cannot read the value '{text}'"
    )
