"""Load content/: every ``*.yaml`` file's top-level keys, merged into one tree.

A sub-folder ``content/NAME/`` holds one item per file and loads as the list ``NAME``.
Which entries are read, and how, is :mod:`gendocs.load.files` (change detection uses it too).

An ordinance that amends one of the consortium's own instruments names the git revision the
instrument was adopted at (``adopted:`` in ``content/ordinances/<name>.yaml``): the content at that
revision is read here too (:mod:`gendocs.load.git`), into :attr:`RawContent.revisions`, so that
the compute stage can render the instrument as adopted without any I/O of its own.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, overload

from gendocs.errors import Location, Msg, Problem, UsageError
from gendocs.load.constructor import Rejected
from gendocs.load.files import list_folders, yaml_entries
from gendocs.load.git import Revision, extract, repository_root, resolve
from gendocs.load.yaml_file import (
    KeyPath,
    LoadedFile,
    format_path,
    load_yaml_bytes,
    load_yaml_file,
)

__all__ = ["RawContent", "Rejected", "load_content", "format_path", "KeyPath", "Positions"]

_T = TypeVar("_T")


class _Source:
    """A loaded file whose positions below its top-level keys are read again when first asked
    (issue 17): its bytes, the name errors show, the key path of its content and, for a file of
    content/ itself, the top-level keys it holds (others come from another file)."""

    def __init__(self, raw: bytes, display: str, base: KeyPath, files: dict[str, str] | None):
        self.raw, self.display, self.base, self.files = raw, display, base, files
        self._read: tuple[dict[KeyPath, Location], dict[KeyPath, Location]] | None = None

    def read(self, keys: bool) -> dict[KeyPath, Location]:
        if self._read is None:
            loaded = load_yaml_bytes(self.raw, self.display, self.base)
            files, display = self.files, self.display
            self._read = tuple(  # type: ignore[assignment]
                found
                if files is None
                else {p: at for p, at in found.items() if p and files.get(str(p[0])) == display}
                for found in (loaded.positions, loaded.key_positions)
            )
        assert self._read is not None
        return self._read[1 if keys else 0]


class Positions:
    """Where each key path of the content is written (its value, or with ``keys`` its key).

    Loading records only the top-level keys' positions; the rest of a file's are read again from
    its bytes the first time one of them is asked for, so that a valid consortium of 1,000
    members does not hold some 400,000 positions (issue 17). Reads as a dict."""

    def __init__(self, keys: bool = False) -> None:
        self._keys = keys
        self._known: dict[KeyPath, Location] = {}
        self._sources: list[_Source] = []
        self._owners: dict[KeyPath, _Source] = {}  # by (key,) or (folder, index)

    def _add_source(self, source: _Source, owns: list[KeyPath]) -> None:
        self._sources.append(source)
        for path in owns:
            self._owners[path] = source

    def _source_of(self, path: KeyPath) -> _Source | None:
        return self._owners.get(path[:2]) or self._owners.get(path[:1])

    @overload
    def get(self, path: KeyPath) -> Location | None: ...
    @overload
    def get(self, path: KeyPath, default: _T) -> Location | _T: ...
    def get(self, path: KeyPath, default: Any = None) -> Any:
        if path in self._known:
            return self._known[path]
        source = self._source_of(path)
        return source.read(self._keys).get(path, default) if source else default

    def __contains__(self, path: object) -> bool:
        return isinstance(path, tuple) and self.get(path) is not None

    def __getitem__(self, path: KeyPath) -> Location:
        found = self.get(path)
        if found is None:
            raise KeyError(path)
        return found

    def __setitem__(self, path: KeyPath, where: Location) -> None:
        self._known[path] = where

    def update(self, found: dict[KeyPath, Location]) -> None:
        self._known.update(found)

    def items(self) -> list[tuple[KeyPath, Location]]:
        """Every position, file by file in load order (reads every file again)."""
        every: dict[KeyPath, Location] = {}
        for source in self._sources:
            every.update(source.read(self._keys))
        every.update((p, at) for p, at in self._known.items() if p not in every)
        return list(every.items())

    def __len__(self) -> int:
        return len(self.items())


@dataclass
class RawContent:
    """The merged plain data of content/, with positions and load problems."""

    data: dict[str, Any] = field(default_factory=dict)
    positions: Positions = field(default_factory=Positions)
    key_positions: Positions = field(default_factory=lambda: Positions(keys=True))
    problems: list[Problem] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # top-level key -> file shown in errors
    folder: str = "content"  # the content folder as errors show it
    # the content at each revision named by an ``adopted:`` key, or why it cannot be read
    revisions: dict[str, RawContent | Msg] = field(default_factory=dict)

    def locate_key(self, path: KeyPath) -> Location:
        """Return where the key of ``path`` is written (for unknown or duplicate keys)."""
        return self.key_positions.get(path) or self.locate(path)

    def locate(self, path: KeyPath) -> Location:
        """Return the closest known location of ``path`` (its parent's if it is missing).

        A missing top-level key is placed in the file named after it (``content/sla.yaml``),
        where the sample keeps it and where the user will look.
        """
        for end in range(len(path), 0, -1):
            if path[:end] in self.positions:
                return self.positions[path[:end]]
        if not path:
            return Location(self.folder)
        return Location(self.files.get(str(path[0])) or f"{self.folder}/{path[0]}.yaml")


def load_content(content_dir: Path, repository: tuple[Path, Path] | None = None) -> RawContent:
    """Read every YAML file of ``content_dir`` into one :class:`RawContent`.

    The revisions named by ``adopted:`` keys are read from the git repository holding
    ``content_dir``, or from ``repository`` = (its root, the content folder inside it) when
    ``content_dir`` is elsewhere (``gendocs diff`` loads revisions extracted into a temporary
    folder).
    """
    raw = _load_folder(content_dir, display_name(content_dir), display_name)
    for label in adopted_revisions(raw.data):
        raw.revisions[label] = _load_revision(content_dir, repository, label)
    return raw


def adopted_revisions(data: dict[str, Any]) -> list[str]:
    """The revisions named as adoptions (``adopted:``) of the instruments in ``bylaws`` and of
    those the ordinances amend, in content order."""
    bylaws = data.get("bylaws")
    texts = list(bylaws.values()) if isinstance(bylaws, dict) else []
    labels: list[str] = []
    for item in texts + list(data.get("ordinances") or ()):
        label = item.get("adopted") if isinstance(item, dict) else None
        if (
            isinstance(label, str | int)
            and not isinstance(label, bool)
            and str(label) not in labels
        ):
            labels.append(str(label))
    return labels


def _load_folder(content_dir: Path, folder: str, display: Callable[[Path], str]) -> RawContent:
    raw = RawContent(folder=folder)
    for path in yaml_entries(content_dir):
        _merge_file(raw, load_yaml_file(path, display(path), record=False))
    for sub in list_folders(content_dir):
        _merge_folder(raw, sub, display)
    return raw


def _load_revision(
    content_dir: Path, repository: tuple[Path, Path] | None, label: str
) -> RawContent | Msg:
    """The content at ``label`` (files shown as ``label:content/…``), or why it is unreadable."""
    if not label or label.startswith("-") or any(c.isspace() or ord(c) < 32 for c in label):
        return Msg(
            f"「{label}」は git のリビジョン（タグ又はコミット）の名前になりません",
            f"'{label}' is not the name of a git revision (tag or commit)",
        )
    try:
        if repository is None:
            root = repository_root(content_dir)
            inside = content_dir.resolve().relative_to(root.resolve())
        else:
            root, inside = repository
        revision = resolve(root, label)
    except UsageError as error:
        return error.message
    except ValueError:  # content/ is not inside the repository's working tree
        return Msg(
            f"{content_dir} は git のリポジトリの作業ツリーにありません",
            f"{content_dir} is not inside the working tree of a git repository",
        )
    # A commit names its content, whatever repository holds it: read and parse it once. Nothing
    # changes a RawContent after loading (validate and compute only read it).
    key = (revision.commit or "", inside.as_posix(), label)
    if key not in _ADOPTED:
        if len(_ADOPTED) >= _ADOPTED_KEPT:
            del _ADOPTED[next(iter(_ADOPTED))]
        _ADOPTED[key] = _read_revision(root, revision, inside, label)
    return _ADOPTED[key]


_ADOPTED: dict[tuple[str, str, str], RawContent | Msg] = {}  # by (commit, folder, label)
_ADOPTED_KEPT = 8


def _read_revision(root: Path, revision: Revision, inside: Path, label: str) -> RawContent | Msg:
    with tempfile.TemporaryDirectory(prefix="gendocs-adopted-") as scratch:
        if not extract(root, revision, inside, Path(scratch)):
            return Msg(
                f"リビジョン「{label}」に {inside.as_posix()}/ がありません",
                f"revision '{label}' has no {inside.as_posix()}/",
            )
        shown = f"{label}:{inside.as_posix()}"
        return _load_folder(
            Path(scratch),
            shown,
            lambda path: f"{shown}/{path.relative_to(scratch).as_posix()}",
        )


def display_name(path: Path) -> str:
    """Name a file as the user would type it: relative to the working directory if inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def _merge_file(raw: RawContent, loaded: LoadedFile) -> None:
    raw.problems.extend(loaded.problems)
    if not isinstance(loaded.data, dict):
        return
    display = loaded.positions[()].file
    for key, value in loaded.data.items():
        if key in raw.data:
            raw.problems.append(
                Problem(
                    loaded.key_positions[(key,)],
                    key,
                    Msg(
                        f"キー「{key}」は {raw.files[key]} にも書かれています。"
                        "どちらか一方にしてください",
                        f"the key '{key}' is also defined in {raw.files[key]}; keep one",
                    ),
                )
            )
            continue
        raw.data[key] = value
        raw.files[key] = display
    owns: list[KeyPath] = [(key,) for key in loaded.data if raw.files.get(key) == display]
    if loaded.source is not None and owns:
        source = _Source(loaded.source, display, (), raw.files)
        raw.positions._add_source(source, owns)
        raw.key_positions._add_source(source, owns)
    for found, target in (
        (loaded.positions, raw.positions),
        (loaded.key_positions, raw.key_positions),
    ):
        target.update(
            {p: at for p, at in found.items() if p and raw.files.get(str(p[0])) == display}
        )


def _merge_folder(raw: RawContent, folder: Path, display: Callable[[Path], str]) -> None:
    key = folder.name
    if key in raw.data:
        raw.problems.append(
            Problem(
                Location(display(folder)),
                key,
                Msg(
                    f"フォルダ「{key}」と同じ名前のキーが {raw.files[key]} にあります",
                    f"the folder '{key}' clashes with the key in {raw.files[key]}",
                ),
            )
        )
        return
    items: list[Any] = []
    raw.files[key] = display(folder)
    for index, path in enumerate(yaml_entries(folder)):
        loaded = load_yaml_file(path, display(path), (key, index), record=False)
        raw.problems.extend(loaded.problems)
        raw.positions.update(loaded.positions)
        raw.key_positions.update(loaded.key_positions)
        if loaded.source is not None:
            source = _Source(loaded.source, display(path), (key, index), None)
            raw.positions._add_source(source, [(key, index)])
            raw.key_positions._add_source(source, [(key, index)])
        if loaded.data is None:  # keep the item, so that later files keep their index
            raw.positions[(key, index)] = Location(display(path))
            items.append(Rejected(0, 0, loaded.problems[0].message))
        else:
            items.append(loaded.data)
    raw.data[key] = items
