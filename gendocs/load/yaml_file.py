"""Read one YAML file into plain data plus the file:line:col of every node.

Malformed files (syntax errors, duplicate keys, tabs, non-UTF-8, empty, not a mapping, alias
bombs, characters XML cannot hold) become located :class:`Problem` values, never exceptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.reader import ReaderError

from gendocs.errors import Location, Msg, Problem

KeyPath = tuple[str | int, ...]

# An alias may point at a large subtree; cap the size of the expanded tree so that a
# "billion laughs" file is refused instead of exhausting memory.
MAX_EXPANDED_NODES = 200_000

# XML 1.0 forbids these; python-docx would write them and Word would refuse the file.
FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class LoadedFile:
    """Plain data of one file and where each key path sits in it."""

    data: Any
    positions: dict[KeyPath, Location] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    key_positions: dict[KeyPath, Location] = field(default_factory=dict)


def load_yaml_file(path: Path, display: str) -> LoadedFile:
    """Load ``path``; ``display`` is the name errors show (e.g. ``content/members.yaml``)."""
    raw = path.read_bytes()
    text, problem = _decode(raw, display)
    if problem:
        return LoadedFile(None, problems=[problem])
    node, problem = _parse(text, display)
    if problem:
        return LoadedFile(None, problems=[problem])
    problem = _check_top(node, display)
    if problem:
        return LoadedFile(None, problems=[problem])
    problem = _check_expansion(node, display)
    if problem:
        return LoadedFile(None, problems=[problem])
    loaded = LoadedFile(None, {(): Location(display, 1, 1)})
    loaded.data = _walk(node, (), display, loaded)
    return loaded


def _decode(raw: bytes, display: str) -> tuple[str, Problem | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        col = len(before[line_start:].decode("utf-8", errors="replace")) + 1  # characters, as editors count
        return "", Problem(Location(display, line, col), "", Msg(
            "文字コードが UTF-8 ではありません。UTF-8 で保存し直してください"
            f"（{err.start + 1}バイト目に 0x{raw[err.start]:02X} があります）",
            f"the file is not UTF-8; save it as UTF-8 (byte 0x{raw[err.start]:02X} at offset "
            f"{err.start})"))


def _parse(text: str, display: str) -> tuple[Any, Problem | None]:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text), None
    except DuplicateKeyError as err:
        return None, _marked(err, display, _duplicate_message(err))
    except MarkedYAMLError as err:
        return None, _marked(err, display, _syntax_message(err, text))
    except ReaderError as err:
        return None, _reader_problem(err, text, display)


def _marked(err: MarkedYAMLError, display: str, msg: Msg) -> Problem:
    mark = err.problem_mark or err.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    return Problem(Location(display, line, col), "", msg)


def _duplicate_message(err: DuplicateKeyError) -> Msg:
    key = re.search(r'found duplicate key "([^"]*)"', str(err))
    name = key.group(1) if key else "?"
    return Msg(f"同じキー「{name}」が二度書かれています。一つにまとめてください",
               f'the key "{name}" appears twice; keep one')


def _syntax_message(err: MarkedYAMLError, text: str) -> Msg:
    mark = err.problem_mark
    if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
        return Msg("タブ文字は使えません。字下げには半角スペースを使ってください",
                   "tab characters are not allowed; indent with spaces")
    problem = err.problem or "syntax error"
    hint = next((ja for key, ja in _HINTS if key in problem), "")
    return Msg(f"YAML の書き方に誤りがあります。{hint}（{problem}）",
               f"YAML syntax error ({problem})")


# What the usual parser messages mean for someone editing YAML by hand.
_HINTS = (
    ("mapping values are not allowed", "「キー: 値」の位置が正しくありません。字下げか、値の中の「: 」を確認してください。"),
    ("could not find expected ':'", "「キー: 値」の「:」が見つかりません。"),
    ("expected <block end>", "字下げが揃っていません。"),
    ("expected ',' or ']'", "[ ] の閉じ忘れか、「,」の抜けがあります。"),
    ("expected ',' or '}'", "{ } の閉じ忘れか、「,」の抜けがあります。"),
    ("found unexpected end of stream", "引用符（\" または '）の閉じ忘れがあります。"),
    ("found character that cannot start any token", "ここには書けない文字があります（先頭の @ や ` など）。"),
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
    return Msg(f"文書に書けない制御文字 U+{number:04X} が含まれています。削除してください",
               f"the control character U+{number:04X} cannot be written to a document; remove it")


def _check_top(node: Any, display: str) -> Problem | None:
    where = Location(display, 1, 1)
    if node is None:
        return Problem(where, "", Msg("ファイルが空です。「キー: 値」の形で内容を書いてください",
                                      "the file is empty; write its content as 'key: value'"))
    if not isinstance(node, CommentedMap):
        found = "リスト" if isinstance(node, CommentedSeq) else "単一の値"
        found_en = "a list" if isinstance(node, CommentedSeq) else "a single value"
        return Problem(where, "", Msg(
            f"ファイルの最上位は「キー: 値」の対応表である必要があります（{found}が書かれています）",
            f"the top of the file must be a mapping of keys to values, found {found_en}"))
    return None


def _check_expansion(node: Any, display: str) -> Problem | None:
    sizes: dict[int, int] = {}

    def size(n: Any) -> int:
        if id(n) in sizes:
            return sizes[id(n)]
        sizes[id(n)] = 1  # guards against recursive aliases
        children = n.values() if isinstance(n, dict) else n if isinstance(n, list) else ()
        total = 1 + sum(size(c) for c in children)
        sizes[id(n)] = total
        return total

    if size(node) > MAX_EXPANDED_NODES:
        return Problem(Location(display, 1, 1), "", Msg(
            f"エイリアス（*）の展開結果が大きすぎます（{MAX_EXPANDED_NODES:,}要素を超えます）。"
            "エイリアスを使わずに書いてください",
            f"aliases (*) expand to more than {MAX_EXPANDED_NODES:,} nodes; write the values out"))
    return None


def _walk(node: Any, path: KeyPath, display: str, out: LoadedFile) -> Any:
    if isinstance(node, CommentedMap):
        for k in node:
            line, col = node.lc.key(k)
            out.key_positions[path + (str(k),)] = Location(display, line + 1, col + 1)
        return {str(k): _child(node, k, node.lc.value(k), path + (str(k),), display, out)
                for k in node}
    if isinstance(node, CommentedSeq):
        return [_child(node, i, node.lc.item(i), path + (i,), display, out)
                for i in range(len(node))]
    return _scalar(node, path, display, out)


def _child(parent: Any, key: Any, pos: tuple[int, int], path: KeyPath, display: str,
           out: LoadedFile) -> Any:
    out.positions[path] = Location(display, pos[0] + 1, pos[1] + 1)
    return _walk(parent[key], path, display, out)


def _scalar(value: Any, path: KeyPath, display: str, out: LoadedFile) -> Any:
    if isinstance(value, str):
        bad = FORBIDDEN_CHARS.search(value)
        if bad:
            out.problems.append(Problem(out.positions.get(path, Location(display)),
                                        format_path(path), _forbidden_message(bad.group())))
        return str(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, date):
        return value
    return value


def format_path(path: KeyPath) -> str:
    """Write a key path as ``members[3].population``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text
