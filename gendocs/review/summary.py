"""The change summary: which content keys changed (old → new) and what each document shows.

Both content trees are compared key by key. Items of a list that carry an ``id`` are matched by
it (``members[oi].name``), so adding a member reads as one added item, not as every later item
changed; other lists are compared by position (``plan.background[2]``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from gendocs.incremental.tracking import Reads
from gendocs.load import KeyPath
from gendocs.review.redline import Change

VALUE_WIDTH = 60
ADDED = "新規"  # the new revision's content calls for the document, the old one's did not
REMOVED = "廃止"  # the old revision's content called for it, the new one's does not


@dataclass(frozen=True)
class KeyChange:
    """One changed key: ``old`` is None for an added key, ``new`` None for a removed one."""

    label: str  # members[oi].name
    path: KeyPath  # the same with list positions (members, 5, name), to match reads
    old: str | None
    new: str | None


@dataclass(frozen=True)
class DocumentReport:
    """What happened to one document between the two revisions."""

    title: str
    filename: str
    redline: str | None  # the redline's file name; None when unchanged
    changes: tuple[Change, ...]
    keys: tuple[str, ...]  # labels of the changed keys the document read
    insertions: int = 0
    deletions: int = 0
    state: str = ""  # ADDED or REMOVED when only one revision has the document


def changed_keys(old: Any, new: Any) -> list[KeyChange]:
    """Every key whose value differs between the plain content trees ``old`` and ``new``."""
    return list(_compare(old, new, "", ()))


def _compare(old: Any, new: Any, label: str, path: KeyPath) -> Iterator[KeyChange]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in list(old) + [k for k in new if k not in old]:
            sub = f"{label}.{key}" if label else str(key)
            if key not in new:
                yield KeyChange(sub, path + (key,), show(old[key]), None)
            elif key not in old:
                yield KeyChange(sub, path + (key,), None, show(new[key]))
            else:
                yield from _compare(old[key], new[key], sub, path + (key,))
    elif isinstance(old, list) and isinstance(new, list):
        yield from _compare_lists(old, new, label, path)
    elif old != new or type(old) is not type(new):
        yield KeyChange(label, path, show(old), show(new))


def _compare_lists(
    old: list[Any], new: list[Any], label: str, path: KeyPath
) -> Iterator[KeyChange]:
    ids_old, ids_new = _ids(old), _ids(new)
    if ids_old is None or ids_new is None:
        for index in range(max(len(old), len(new))):
            sub = f"{label}[{index}]"
            if index >= len(new):
                yield KeyChange(sub, path + (index,), show(old[index]), None)
            elif index >= len(old):
                yield KeyChange(sub, path + (index,), None, show(new[index]))
            else:
                yield from _compare(old[index], new[index], sub, path + (index,))
        return
    for key in ids_old:
        sub = f"{label}[{key}]"
        if key not in ids_new:
            yield KeyChange(sub, path + (ids_old[key],), show(old[ids_old[key]]), None)
        else:
            yield from _compare(old[ids_old[key]], new[ids_new[key]], sub, path + (ids_new[key],))
    for key in ids_new:
        if key not in ids_old:
            yield KeyChange(
                f"{label}[{key}]", path + (ids_new[key],), None, show(new[ids_new[key]])
            )
    if [k for k in ids_old if k in ids_new] != [k for k in ids_new if k in ids_old]:
        yield KeyChange(f"{label}（順序）", path, "、".join(ids_old), "、".join(ids_new))


def _ids(items: list[Any]) -> dict[str, int] | None:
    ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    if not items or None in ids or len(set(ids)) != len(ids):
        return None
    return {str(i): n for n, i in enumerate(ids)}


def show(value: Any) -> str:
    """A short one-line rendering of a content value."""
    if isinstance(value, dict):
        text = "{" + ", ".join(f"{k}: {show(v)}" for k, v in value.items()) + "}"
    elif isinstance(value, list):
        text = "[" + ", ".join(show(v) for v in value) + "]"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 1] + "…"


def keys_read(keys: list[KeyChange], reads: list[Reads]) -> tuple[str, ...]:
    """Labels of the changed keys that a document read (on either side)."""
    return tuple(
        k.label for k in keys if any(_affects(k, p, v) for r in reads for p, v in r.items())
    )


def _affects(key: KeyChange, read: KeyPath, value: str) -> bool:
    if read[: len(key.path)] == key.path:  # the document read inside the changed key
        return True
    if key.path[: len(read)] != read:
        return False
    if not value.startswith(("len:", "keys:")):  # the document read the whole value
        return True
    # it read a collection's length: only an added or removed item changes that
    return len(key.path) == len(read) + 1 and (key.old is None or key.new is None)


def markdown(old: str, new: str, keys: list[KeyChange], documents: list[DocumentReport]) -> str:
    """The summary as Markdown, written next to the redlines."""
    changed = [d for d in documents if d.redline or d.state]
    lines = [
        f"# 変更概要: {old} → {new}",
        "",
        f"- 変更のあった文書: {len(changed)}件 / 変更のない文書: {len(documents) - len(changed)}件",
        f"- 変更された内容のキー: {len(keys)}件",
        "",
        "## 変更された内容（content/）",
        "",
    ]
    if keys:
        lines += ["| キー | 変更前 | 変更後 | 使う文書 |", "|---|---|---|---|"]
        lines += [
            f"| `{k.label}` | {_cell(k.old, '（なし）')} | {_cell(k.new, '（削除）')} | "
            f"{_users(k, documents)} |"
            for k in keys
        ]
    else:
        lines.append("変更はありません。")
    lines += ["", "## 文書ごとの影響", ""]
    for doc in changed:
        lines += _document_section(doc)
    same = [d.title for d in documents if d not in changed]
    if same:
        lines += ["変更のない文書: " + "、".join(same), ""]
    return "\n".join(lines).rstrip() + "\n"


def _users(key: KeyChange, documents: list[DocumentReport]) -> str:
    """The documents the change shows in (read the key and changed); those that read it but
    came out the same are named apart, so no document is listed as affected and then 変更なし."""
    users = [d.title for d in documents if key.label in d.keys and (d.redline or d.state)]
    same = [d.title for d in documents if key.label in d.keys and not (d.redline or d.state)]
    shown = "、".join(users)
    if same:
        shown += "（読むが変更なし: " + "、".join(same) + "）"
    return shown if shown else "（どの文書も使っていません）"


def _document_section(doc: DocumentReport) -> list[str]:
    if doc.state == ADDED:
        return [f"### {doc.title} — 新たに作成（`{doc.redline}`）", ""]
    if doc.state == REMOVED:
        return [f"### {doc.title} — 作成しなくなりました（内容にこの文書の元がありません）", ""]
    if not doc.redline:
        return [f"### {doc.title} — 変更なし", ""]
    lines = [
        f"### {doc.title} — 変更あり",
        "",
        f"見え消し: `{doc.redline}`（挿入 {doc.insertions}・削除 {doc.deletions}）",
        "",
    ]
    if doc.keys:
        lines += ["関係するキー: " + "、".join(f"`{k}`" for k in doc.keys), ""]
    lines += ["| 節 | 箇所 | 変更 |", "|---|---|---|"]
    lines += [
        f"| {_cell(c.section, '')} | {_cell(c.where, '')} | {_cell(c.detail, '')} |"
        for c in doc.changes
    ]
    return lines + [""]


def terminal(
    old: str, new: str, keys: list[KeyChange], documents: list[DocumentReport]
) -> list[str]:
    """The summary as short lines for the terminal."""
    lines = [f"{old} → {new}: 変更された内容のキー {len(keys)}件"]
    lines += [
        f"  {k.label}: {k.old if k.old is not None else '（なし）'} → "
        f"{k.new if k.new is not None else '（削除）'}"
        for k in keys
    ]
    same = [d.title for d in documents if not (d.redline or d.state)]
    for doc in documents:
        if doc.state:
            shown = f"新たに作成 → {doc.redline}" if doc.state == ADDED else "作成しなくなりました"
            lines.append(f"{doc.title}: {shown}")
            continue
        if not doc.redline:
            continue
        sections = list(dict.fromkeys(c.section for c in doc.changes))
        lines.append(
            f"{doc.title}: 変更あり（{'、'.join(sections[:4])}"
            f"{' ほか' if len(sections) > 4 else ''}）→ {doc.redline}"
        )
    if same:
        lines.append(f"変更のない文書 {len(same)}件: " + "、".join(same))
    return lines


def _cell(value: str | None, empty: str) -> str:
    text = empty if value is None else value
    return text.replace("|", "\\|").replace("\n", " ")
