"""Read one YAML file into plain data plus the file:line:col of every node.

Malformed files (syntax errors, duplicate keys, tabs, non-UTF-8, empty, not a mapping, alias
bombs, tags, impossible dates, timestamps, NaN, characters XML cannot hold or that hide or
reorder text)
become located :class:`Problem` values, never exceptions. Merge keys (``<<: *anchor``) are
plain YAML and supported; a merged value is located where it is written, under its anchor.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, merge_attrib
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.parser import Parser
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scanner import Scanner

try:  # libyaml's parser, compiled: ruamel.yaml.clibz (pinned in constraints.txt)
    from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a platform without the wheel parses in Python
    CParser = None

from gendocs.errors import Location, Msg, Problem
from gendocs.load.constructor import ContentConstructor, Rejected, shorten
from gendocs.load.files import read_file

KeyPath = tuple[str | int, ...]

# An alias may point at a large subtree; cap the size of the expanded tree so that a
# "billion laughs" file is refused instead of exhausting memory.
MAX_EXPANDED_NODES = 200_000

# XML 1.0 forbids these; python-docx would write them and Word would refuse the file.
FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Valid XML, but never wanted in a document and dangerous when echoed: the other controls
# (CR, DEL, C1), bidi embeddings, overrides and isolates (U+202E shows "exe.txt" as
# "txt.exe"), zero-width characters and the BOM inside text. Newline and tab are allowed here;
# fields that must be one line refuse them in validation. Variation selectors (異体字) stay.
HIDDEN_CHARS = re.compile("[\r\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")

if CParser is not None:

    class _CLoader(CParser, ContentConstructor, VersionedResolver):  # type: ignore[misc]
        """libyaml's parser and composer under the content constructor (as ruamel's CLoader)."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            self._parser = self._composer = self
            ContentConstructor.__init__(self, loader=self)
            VersionedResolver.__init__(self, loadumper=self)
            self.allow_duplicate_keys = False
            self.comment_handling = None


# The parsers tried before the round-trip one (see _parse); tests/test_load_commentless.py
# compares every way on every YAML file of the repository.
PARSERS: tuple[str, ...] = ("c", "python") if CParser is not None else ("python",)


@dataclass
class LoadedFile:
    """Plain data of one file and where each key path sits in it."""

    data: Any
    positions: dict[KeyPath, Location] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    key_positions: dict[KeyPath, Location] = field(default_factory=dict)
    source: bytes | None = None  # the file's bytes, when the positions were not all recorded


def load_yaml_file(
    path: Path, display: str, base: KeyPath = (), *, record: bool = True
) -> LoadedFile:
    """Load ``path``; ``display`` is the name errors show (e.g. ``content/members.yaml``) and
    ``base`` the key path of the file's content (``("ordinances", 2)`` for a list folder's item).

    Without ``record``, only the positions of the file's top-level keys are kept, and the file's
    bytes are (:attr:`LoadedFile.source`): :mod:`gendocs.load.content` reads the other positions
    again from them when an error needs one (issue 17: some 400,000 positions at 1,000 members)."""
    raw = read_file(path)
    if not isinstance(raw, bytes):
        return LoadedFile(None, problems=[Problem(Location(display), "", raw)])
    loaded = load_yaml_bytes(raw, display, base, record=record)
    if not record and loaded.data is not None:
        loaded.source = raw
    return loaded


def load_yaml_bytes(
    raw: bytes, display: str, base: KeyPath = (), *, record: bool = True
) -> LoadedFile:
    """:func:`load_yaml_file` on the bytes of a file already read."""
    text, problem = _decode(raw, display)
    if problem:
        return LoadedFile(None, problems=[problem])
    if not record and "c" in PARSERS:
        streamed = _stream(text, display, base)
        if streamed is not None:
            return streamed
    node, problem = _parse(text, display)
    if problem:
        return LoadedFile(None, problems=[problem])
    problem = _check_top(node, display)
    if problem:
        return LoadedFile(None, problems=[problem])
    problem = _check_expansion(node, display)
    if problem:
        return LoadedFile(None, problems=[problem])
    where = Location(display, 1, 1)
    loaded = LoadedFile(None, {base: where})
    loaded.data = _walk(node, base, where, display, loaded, len(base) + 1 if not record else -1)
    return loaded


class _Unusual(Exception):
    """What :func:`_stream` leaves to the usual way: anything but plain, valid content."""


def _stream(text: str, display: str, base: KeyPath) -> LoadedFile | None:
    """:func:`load_yaml_bytes` without ``record``, building the plain data straight from
    libyaml's events, without the nodes of the whole file and the round-trip constructor's
    ``CommentedMap`` with line and column data for each of them, which made a 1,000-member
    ``systems.yaml`` peak at some 200 MiB for 30 MiB of data (issue 17).

    Only plain content is built here: one document without directives, mappings with distinct
    scalar keys, no anchors, aliases, merge keys or tags, every scalar one the content
    constructor accepts and every text free of forbidden characters. Anything else (every
    malformed file, every value that is a problem) returns None and is loaded the usual way,
    so data, positions and messages are those that way gives
    (``tests/test_load_streamed.py`` compares the two on every YAML file of the repository)."""
    try:
        return _streamed(_CLoader(text), display, base)
    except Exception:  # noqa: BLE001  the usual way reports it, or builds what this one cannot
        return None


_STR = "tag:yaml.org,2002:str"
_SCALAR_DONE = (str, int, float, bool, date, type(None))


def _streamed(loader: Any, display: str, base: KeyPath) -> LoadedFile:
    get = loader.get_event
    if not isinstance(get(), StreamStartEvent):
        raise _Unusual
    start = get()
    if not isinstance(start, DocumentStartEvent) or start.version or start.tags:
        raise _Unusual
    top = get()
    if not isinstance(top, MappingStartEvent) or top.anchor is not None or top.tag is not None:
        raise _Unusual  # an empty file, a list or a single value: the usual way says so
    loaded = LoadedFile(None, {base: Location(display, 1, 1)})
    scalars: dict[tuple[str, str], Any] = {}  # (tag, text) -> plain value

    # the resolver's implicit rules for this version (YAML 1.2: no directive), looked up once:
    # its resolve() works the version out again for each scalar, half of the load's time
    rules = loader.versioned_resolver
    anywhere = rules.get(None, [])

    def implicit_tag(text: str) -> str:
        for tag, pattern in rules.get(text[:1], []) + anywhere:
            if pattern.match(text):
                return str(tag)
        return _STR

    def scalar(event: Any) -> Any:
        if event.anchor is not None or event.tag is not None or loader.yaml_path_resolvers:
            raise _Unusual
        text = event.value
        tag = implicit_tag(text) if event.implicit[0] else _STR
        if tag == _STR:
            if not (event.implicit[0] or event.implicit[1]) or text_problem(text) is not None:
                raise _Unusual
            return text
        key = (tag, text)
        if key not in scalars:
            resolved = loader.resolve(ScalarNode, text, event.implicit)
            if str(resolved) != tag:
                raise _Unusual
            node = ScalarNode(resolved, text, event.start_mark, event.end_mark, event.style)
            value = loader.construct_non_recursive_object(node)
            if isinstance(value, datetime) or not isinstance(value, _SCALAR_DONE):
                raise _Unusual  # Rejected, a timestamp, an explicit !!str, text of other tags
            if isinstance(value, bool) or value is None or isinstance(value, date):
                pass
            elif isinstance(value, int):
                value = int(value)
            elif isinstance(value, float):
                if not math.isfinite(value):
                    raise _Unusual
                value = float(value)
            else:  # "=" or "<<" as a value: text
                value = str(value)
            scalars[key] = value
        return scalars[key]

    def collection(event: Any) -> Any:
        if event.anchor is not None or (event.tag is not None and event.tag != "!"):
            raise _Unusual
        if isinstance(event, SequenceStartEvent):
            items = []
            while not isinstance(event := get(), SequenceEndEvent):
                items.append(value(event))
            return items
        return mapping(None)

    def value(event: Any) -> Any:
        if isinstance(event, ScalarEvent):
            return scalar(event)
        if isinstance(event, MappingStartEvent | SequenceStartEvent):
            return collection(event)
        raise _Unusual  # an alias

    def mapping(record: KeyPath | None) -> dict[str, Any]:
        data: dict[str, Any] = {}
        while not isinstance(event := get(), MappingEndEvent):
            if not isinstance(event, ScalarEvent) or event.value in ("<<", "="):
                raise _Unusual  # a complex key, a merge key
            name = scalar(event)
            if not isinstance(name, str) or name in data:
                raise _Unusual  # a key read as a number, date…; a duplicate key
            child = get()
            if record is not None:
                path = record + (name,)
                at = event.start_mark
                loaded.key_positions[path] = Location(display, at.line + 1, at.column + 1)
                at = child.start_mark
                loaded.positions[path] = Location(display, at.line + 1, at.column + 1)
            data[name] = value(child)
        return data

    loaded.data = mapping(base)
    if not isinstance(get(), DocumentEndEvent) or not isinstance(get(), StreamEndEvent):
        raise _Unusual  # a second document: the usual way says so
    return loaded


def _decode(raw: bytes, display: str) -> tuple[str, Problem | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        col = (
            len(before[line_start:].decode("utf-8", errors="replace")) + 1
        )  # characters, as editors count
        return "", Problem(
            Location(display, line, col),
            "",
            Msg(
                "文字コードが UTF-8 ではありません。UTF-8 で保存し直してください"
                f"（{err.start + 1}バイト目に 0x{raw[err.start]:02X} があります）",
                f"the file is not UTF-8; save it as UTF-8 (byte 0x{raw[err.start]:02X} at offset "
                f"{err.start})",
            ),
        )


def _parse(text: str, display: str) -> tuple[Any, Problem | None]:
    """The file's data, with the position of every node; or the located problem.

    Parsed first without comments, which the loader never reads (positions come from the nodes),
    under the same round-trip constructor: with libyaml's parser (``ruamel.yaml.clibz``, C)
    when it is installed, 3× quicker than ruamel's Python parser; else with ruamel's plain scanner
    and parser, a fifth quicker than the round-trip scanner, which gathers every comment (issue
    17). A file that fails either way is parsed again with the round-trip scanner, so that every
    message and position is the one it gives."""
    for way in PARSERS:
        try:
            return _yaml(commentless=way).load(text), None
        except Exception:  # noqa: BLE001  the round-trip parse below reports (or raises) it
            pass
    yaml = _yaml(commentless="")
    try:
        return yaml.load(text), None
    except DuplicateKeyError as err:
        return None, _marked(err, display, _duplicate_message(err))
    except MarkedYAMLError as err:
        return None, _marked(err, display, _syntax_message(err, text))
    except ReaderError as err:
        return None, _reader_problem(err, text, display)


class _Commentless:
    """ruamel's YAML object, as far as :func:`_parse` uses it, with the C parser."""

    def load(self, text: str) -> Any:
        return _CLoader(text).get_single_data()


def _yaml(*, commentless: str) -> Any:
    """A loader: ``"c"`` libyaml's parser, ``"python"`` ruamel's plain one, ``""`` round trip."""
    if commentless == "c":
        return _Commentless()
    yaml = YAML(typ="rt")
    yaml.Constructor = ContentConstructor
    yaml.allow_duplicate_keys = False
    if commentless:
        yaml.Scanner = Scanner
        yaml.Parser = Parser
    return yaml


def _marked(err: MarkedYAMLError, display: str, msg: Msg) -> Problem:
    mark = err.problem_mark or err.context_mark
    if err.problem == "found unexpected end of stream" and err.context_mark:
        mark = err.context_mark  # where the unclosed quote opens, not the end of the file
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    return Problem(Location(display, line, col), "", msg)


def _duplicate_message(err: DuplicateKeyError) -> Msg:
    key = re.search(r'found duplicate key "([^"]*)"', str(err))
    name = key.group(1) if key else "?"
    return Msg(
        f"同じキー「{name}」が二度書かれています。一つにまとめてください",
        f'the key "{name}" appears twice; keep one',
    )


def _syntax_message(err: MarkedYAMLError, text: str) -> Msg:
    mark = err.problem_mark
    if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
        return Msg(
            "タブ文字は使えません。字下げには半角スペースを使ってください",
            "tab characters are not allowed; indent with spaces",
        )
    problem = err.problem or "syntax error"
    hint = next((ja for key, ja in _HINTS if key in problem), "")
    return Msg(
        f"YAML の書き方に誤りがあります。{hint}（{problem}）", f"YAML syntax error ({problem})"
    )


# What the usual parser messages mean for someone editing YAML by hand.
_HINTS = (
    (
        "mapping values are not allowed",
        "「キー: 値」の位置が正しくありません。字下げか、値の中の「: 」を確認してください。",
    ),
    ("could not find expected ':'", "「キー: 値」の「:」が見つかりません。"),
    ("expected <block end>", "字下げが揃っていません。"),
    ("expected ',' or ']'", "[ ] の閉じ忘れか、「,」の抜けがあります。"),
    ("expected ',' or '}'", "{ } の閉じ忘れか、「,」の抜けがあります。"),
    ("found unexpected end of stream", "引用符（\" または '）の閉じ忘れがあります。"),
    (
        "found character that cannot start any token",
        "ここには書けない文字があります（先頭の @ や ` など）。",
    ),
)


def _char_at(text: str, line: int, col: int) -> str:
    lines = text.split("\n")
    if line < len(lines) and col < len(lines[line]):
        return lines[line][col]
    return ""


def _reader_problem(err: ReaderError, text: str, display: str) -> Problem:
    position = getattr(err, "position", 0)
    before = text[:position]
    line = before.count("\n") + 1
    col = position - (before.rfind("\n") + 1) + 1
    code = getattr(err, "character", 0)
    return Problem(Location(display, line, col), "", _forbidden_message(code))


def _forbidden_message(code: int | str) -> Msg:
    number = ord(code) if isinstance(code, str) else code
    return Msg(
        f"文書に書けない制御文字 U+{number:04X} が含まれています。削除してください",
        f"the control character U+{number:04X} cannot be written to a document; remove it",
    )


def _check_top(node: Any, display: str) -> Problem | None:
    where = Location(display, 1, 1)
    if node is None:
        return Problem(
            where,
            "",
            Msg(
                "ファイルが空です。「キー: 値」の形で内容を書いてください",
                "the file is empty; write its content as 'key: value'",
            ),
        )
    if isinstance(node, Rejected):
        return Problem(Location(display, node.line + 1, node.col + 1), "", node.message)
    if not isinstance(node, CommentedMap):
        found = "リスト" if isinstance(node, CommentedSeq) else "単一の値"
        found_en = "a list" if isinstance(node, CommentedSeq) else "a single value"
        return Problem(
            where,
            "",
            Msg(
                "ファイルの最上位は「キー: 値」の対応表である必要があります"
                f"（{found}が書かれています）",
                f"the top of the file must be a mapping of keys to values, found {found_en}",
            ),
        )
    return None


def _check_expansion(node: Any, display: str) -> Problem | None:
    sizes: dict[int, int] = {}  # a mapping's or list's size with its aliases expanded
    written = 0  # the nodes as written: a mapping or list an alias repeats counts once

    def size(n: Any) -> int:
        nonlocal written
        if not isinstance(n, dict | list):
            written += 1
            return 1
        if id(n) in sizes:  # an alias (or a recursive one, counted 1 while it is measured)
            return sizes[id(n)]
        sizes[id(n)] = 1
        written += 1
        total = 1 + sum(size(c) for c in (n.values() if isinstance(n, dict) else n))
        sizes[id(n)] = total
        return total

    # what the aliases add beyond the nodes written: a file of 1,000 members has more than
    # 200,000 nodes of its own, a "billion laughs" a few dozen
    if size(node) - written > MAX_EXPANDED_NODES:
        return Problem(
            Location(display, 1, 1),
            "",
            Msg(
                f"エイリアス（*）の展開結果が大きすぎます（{MAX_EXPANDED_NODES:,}要素を超えます）。"
                "エイリアスを使わずに書いてください",
                f"aliases (*) expand to more than {MAX_EXPANDED_NODES:,} nodes"
                "; write the values out",
            ),
        )
    return None


def _walk(
    node: Any, path: KeyPath, where: Location, display: str, out: LoadedFile, depth: int
) -> Any:
    """Plain data of ``node``, written at ``where``; positions are recorded for key paths of
    at most ``depth`` parts (all when it is negative)."""
    if isinstance(node, CommentedMap):
        return _walk_map(node, path, display, out, depth)
    if isinstance(node, CommentedSeq):
        return [
            _child(node[i], node.lc.item(i), path + (i,), display, out, depth)
            for i in range(len(node))
        ]
    return _scalar(node, path, where, out)


def _walk_map(node: CommentedMap, path: KeyPath, display: str, out: LoadedFile, depth: int) -> Any:
    data = {}
    record = depth < 0 or len(path) < depth
    for key in node:
        if isinstance(key, Rejected):
            _reject(path, Location(display, key.line + 1, key.col + 1), key.message, out)
            continue
        owner = _owner(node, key)
        if record:
            line, col = owner.lc.key(key)
            out.key_positions[path + (str(key),)] = Location(display, line + 1, col + 1)
        data[str(key)] = _child(
            node[key], owner.lc.value(key), path + (str(key),), display, out, depth
        )
    return data


def _owner(node: CommentedMap, key: Any) -> CommentedMap:
    """The mapping ``key`` is written in: ``node``, or one merged into it (``<<: *anchor``)."""
    if key in (node.lc.data or {}):
        return node
    for merged in getattr(node, merge_attrib, ()):
        merged = merged[1] if isinstance(merged, tuple) else merged  # ruamel < 0.19: (index, map)
        if key in merged:
            return _owner(merged, key)
    return node


def _child(
    value: Any, pos: tuple[int, int], path: KeyPath, display: str, out: LoadedFile, depth: int
) -> Any:
    where = Location(display, pos[0] + 1, pos[1] + 1)
    if depth < 0 or len(path) <= depth:
        out.positions[path] = where
    return _walk(value, path, where, display, out, depth)


def _scalar(value: Any, path: KeyPath, where: Location, out: LoadedFile) -> Any:
    if isinstance(value, Rejected):
        at = Location(where.file, value.line + 1, value.col + 1)
        return _reject(path, at, value.message, out)
    if isinstance(value, str):
        message = text_problem(value)
        return _reject(path, where, message, out) if message else str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return _reject(path, where, _not_finite_message(value), out)
    if isinstance(value, datetime):  # content holds dates only; a datetime compares with none
        return _reject(path, where, _timestamp_message(value), out)
    if isinstance(value, bool) or value is None or isinstance(value, date):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return value


def _reject(path: KeyPath, where: Location, message: Msg, out: LoadedFile) -> Rejected:
    """Report ``message`` at ``where``; the value becomes a marker validation passes over."""
    out.problems.append(Problem(where, format_path(path), message))
    return Rejected(where.line - 1, where.col - 1, message)


def text_problem(text: str) -> Msg | None:
    """What is wrong with a text's characters (controls, invisible or reordering ones), if
    anything."""
    forbidden = FORBIDDEN_CHARS.search(text)
    if forbidden:
        return _forbidden_message(forbidden.group())
    hidden = HIDDEN_CHARS.search(text)
    if hidden is None:
        return None
    char = hidden.group()
    if unicodedata.category(char) == "Cc":
        return _forbidden_message(char)
    name = unicodedata.name(char, "")
    return Msg(
        f"見えない文字または表示の順序を変える文字 U+{ord(char):04X}（{name}）が含まれています。"
        "削除してください",
        f"the invisible or reordering character U+{ord(char):04X} ({name}) is not "
        "allowed; remove it",
    )


def _timestamp_message(value: datetime) -> Msg:
    text = shorten(str(value))
    return Msg(
        f"時刻のない日付が必要です（時刻付きの「{text}」が書かれています）",
        f"expected a date without a time, found '{text}'",
    )


def _not_finite_message(value: float) -> Msg:
    if math.isnan(value):
        return Msg(
            "有限の数値が必要です（非数 .nan が書かれています）",
            "expected a finite number, found .nan (not a number)",
        )
    return Msg(
        "有限の数値が必要です（無限大 .inf か、大きすぎて無限大になる数が書かれています）",
        "expected a finite number, found .inf or a number too large to hold",
    )


def format_path(path: KeyPath) -> str:
    """Write a key path as ``members[3].population``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text
