"""File names gendocs may write, and the check that a path stays inside its output folder.

One table of rules (:data:`RULES`) serves three callers, so they can never disagree:

- :func:`safe_filename` turns a title taken from content (the 題名 of a rule) into a file name by
  applying every rule's fix, and the CLI shows the name it made;
- :func:`name_problems` says what is wrong with a name the user typed (``--title``), which is then
  refused with an :class:`OutputError` rather than silently renamed;
- :func:`inside` checks every name gendocs is about to write, component by component, and that
  the resolved path (symlinks followed) is inside the output folder.

Windows' rules apply on every platform: output folders are copied to shared drives and sent to
member municipalities, most of them on Windows (Microsoft, "Naming Files, Paths, and Namespaces",
https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from gendocs.errors import Msg, OutputError

# NAME_MAX is 255 bytes on ext4 and APFS and 255 UTF-16 units on NTFS (never more than the UTF-8
# bytes). gendocs derives longer names from a document's (「（見え消し）」 +18 bytes, ``_media``),
# so a name it makes or accepts keeps 55 bytes in reserve.
MAX_NAME_BYTES = 200
MAX_SUFFIX_BYTES = 16
TAIL_BYTES = 60
ELLIPSIS = "…"
RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{d}{n}" for d in ("COM", "LPT") for n in "123456789¹²³"]
)
_SEPARATORS = re.compile(r"[/\\]")
_WINDOWS_CHARS = re.compile(r'[<>:"|?*]')
_DOTS = re.compile(r"\.{2,}")
# Cc: C0/C1 controls and DEL (NUL among them); Cf: bidi overrides and zero-width characters that
# make a name read differently from what it is; Cs: undecodable bytes from the command line;
# Zl/Zp: line and paragraph separators.
_INVISIBLE = frozenset(["Cc", "Cf", "Cs", "Zl", "Zp"])


@dataclass(frozen=True)
class NameRule:
    """One thing a file name must not have: how to find it, how to fix it, how to say it."""

    find: Callable[[str], bool]
    fix: Callable[[str], str]
    problem: Callable[[str], Msg]
    own_ok: bool = False  # allowed in names gendocs makes itself (.gitignore, diff/A..B)
    at_end: bool = False  # about the name's end: does not apply to the start of a name


def _invisible(text: str) -> bool:
    return any(unicodedata.category(c) in _INVISIBLE for c in text)


def _without_invisible(text: str) -> str:
    return "".join("_" if unicodedata.category(c) in _INVISIBLE else c for c in text)


def _reserved(name: str) -> bool:
    # Windows ignores the extension and trailing spaces: "con.txt" and "CON .docx" are the device
    return name.split(".")[0].rstrip(" ").upper() in RESERVED


def _too_long(name: str) -> bool:
    return len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES


def _shorten(name: str) -> str:
    """Cut the middle of a name to fit MAX_NAME_BYTES, keeping whole characters, the extension
    and the end of the stem, which tells the documents of one title apart (「_新旧対照表」)."""
    suffix = PurePath(name).suffix
    if len(suffix.encode()) > MAX_SUFFIX_BYTES:
        suffix = ""
    stem = name[: len(name) - len(suffix)].encode()
    budget = MAX_NAME_BYTES - len(suffix.encode()) - len(ELLIPSIS.encode())
    head = stem[: budget - TAIL_BYTES].decode("utf-8", "ignore")
    tail = stem[len(stem) - TAIL_BYTES :].decode("utf-8", "ignore")
    return head + ELLIPSIS + tail + suffix


INVISIBLE = NameRule(
    _invisible,
    _without_invisible,
    lambda n: Msg(
        "制御文字・不可視の文字（NUL、改行、双方向制御など）を含みます",
        "it contains control or invisible characters (NUL, newline, bidi…)",
    ),
)

RULES: tuple[NameRule, ...] = (
    NameRule(
        lambda n: n == "",
        lambda n: "_",
        lambda n: Msg("名前が空です", "the name is empty"),
        at_end=True,
    ),
    NameRule(
        lambda n: bool(_SEPARATORS.search(n)),
        lambda n: _SEPARATORS.sub("_", n),
        lambda n: Msg(
            "パスの区切り（/ や \\）を含みます", "it contains a path separator (/ or \\)"
        ),
    ),
    INVISIBLE,
    NameRule(
        lambda n: bool(_WINDOWS_CHARS.search(n)),
        lambda n: _WINDOWS_CHARS.sub("_", n),
        lambda n: Msg(
            'Windows のファイル名に使えない文字（< > : " | ? *）を含みます',
            'it contains a character Windows forbids in names (< > : " | ? *)',
        ),
    ),
    NameRule(
        lambda n: n.startswith((".", " ")),
        lambda n: n.lstrip(". ") or "_",
        lambda n: Msg(
            "先頭がピリオドか空白です（隠しファイルになります）",
            "it starts with a dot or a space (a hidden file)",
        ),
        own_ok=True,
    ),
    NameRule(
        lambda n: ".." in n,
        lambda n: _DOTS.sub(".", n),
        lambda n: Msg("「..」を含みます", "it contains 「..」"),
        own_ok=True,
    ),
    NameRule(
        lambda n: n.endswith((".", " ")),
        lambda n: n.rstrip(". ") or "_",
        lambda n: Msg(
            "末尾がピリオドか空白です（Windows では取り除かれます）",
            "it ends with a dot or a space (Windows drops them)",
        ),
        at_end=True,
    ),
    NameRule(
        _reserved,
        lambda n: "_" + n,
        lambda n: Msg(
            "Windows の予約名（CON, PRN, AUX, NUL, COM1〜9, LPT1〜9）です",
            "it is a name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9)",
        ),
        at_end=True,
    ),
    NameRule(
        _too_long,
        _shorten,
        lambda n: Msg(
            f"長すぎます（UTF-8 で{len(n.encode('utf-8', 'surrogatepass'))}バイト。"
            f"上限は{MAX_NAME_BYTES}バイト）",
            f"it is too long ({len(n.encode('utf-8', 'surrogatepass'))} bytes in "
            f"UTF-8, at most {MAX_NAME_BYTES})",
        ),
    ),
)


def name_problems(name: str, *, own: bool = False, start: bool = False) -> list[Msg]:
    """What is wrong with ``name`` as one file or folder name; empty when it is fine.

    ``own``: a name gendocs makes itself (``.gitignore``); ``start``: only the start of a file
    name (a title before 「_改正文.docx」).
    """
    return [
        r.problem(name)
        for r in RULES
        if r.find(name) and not (own and r.own_ok) and not (start and r.at_end)
    ]


def safe_filename(title: str) -> str:
    """A file name made from ``title``: every rule's fix applied; Japanese is kept as it is."""
    name = title
    for _ in range(len(RULES)):  # a fix can expose another (a cut name ending in a dot)
        fixed = name
        for rule in RULES:
            fixed = rule.fix(fixed) if rule.find(fixed) else fixed
        if fixed == name:
            break
        name = fixed
    return name


def shown(text: str) -> str:
    """``text`` with invisible characters escaped, safe to print on a terminal."""
    return "".join(
        c.encode("unicode_escape", "backslashreplace").decode("ascii")
        if unicodedata.category(c) in _INVISIBLE
        else c
        for c in text
    )


def refuse(what: Msg, name: str, problems: list[Msg]) -> OutputError:
    """The error for a name that cannot be written: what it is, the name, and every problem."""
    ja = "、".join(p.ja for p in problems)
    en = "; ".join(p.en for p in problems)
    return OutputError(
        Msg(
            f"{what.ja}「{shown(name)}」は使えません: {ja}",
            f"{what.en} 「{shown(name)}」 cannot be used: {en}",
        )
    )


def check_folder(folder: Path, what: Msg) -> None:
    """Refuse an output folder (or file) path whose new components are not valid names.

    Components that already exist are the user's own folders and are taken as they are; the ones
    gendocs would create must be valid names, and no part may hold a NUL or control character.
    """
    if _invisible(str(folder)):
        raise refuse(what, str(folder), [INVISIBLE.problem(str(folder))])
    created = folder
    while created != created.parent and not _exists(created):
        problems = name_problems(created.name, own=True) if created.name not in ("", "..") else []
        if problems:
            raise refuse(what, str(folder), problems)
        created = created.parent


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a name too long for the file system cannot exist
        return False


def inside(folder: Path, name: str) -> Path:
    """The path of ``name`` (``/``-separated) in ``folder``; refuse one that would leave it."""
    parts = name.split("/")
    if PurePath(name).is_absolute() or any(p in ("", ".", "..") for p in parts):
        raise _outside(folder, name)
    for part in parts:
        problems = name_problems(part, own=True)
        if problems:
            raise refuse(Msg("出力ファイル名", "the output file name"), name, problems)
    path = folder.joinpath(*parts)
    if not path.parent.resolve().is_relative_to(folder.resolve()):  # a symlinked folder
        raise _outside(folder, name)
    return path


def _outside(folder: Path, name: str) -> OutputError:
    return OutputError(
        Msg(
            f"出力先フォルダ {folder} の外に書こうとしました: {shown(name)}",
            f"refusing to write outside the output folder {folder}: {shown(name)}",
        )
    )
