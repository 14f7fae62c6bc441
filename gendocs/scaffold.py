"""gendocs init: a new consortium project that validates and builds at once.

The content is the bundled sample consortium, each file headed by a guide to every key it may
hold — generated from the content model's field metadata (``fld(ja, …, unit=, example=)``), so
the guide never drifts from what ``gendocs validate`` accepts, and keys the sample leaves out
are explained too. Templates are not copied unless asked: a file in the project's ``templates/``
overrides the bundled template of the same name, so a consortium changes only what it needs.
"""

from __future__ import annotations

import json
import re
import types
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args, get_origin

from gendocs.errors import Msg, UsageError
from gendocs.model import Content
from gendocs.model.base import (
    YearMonth,
    fields_of,
    is_content_class,
    literal_values,
    unwrap_optional,
)
from gendocs.model.organisation import OrganisationForm
from gendocs.project import PACKAGE_ROOT, bundled
from gendocs.validate.jsonschema import json_schema
from gendocs.write import OutputFile

_SCALAR_NAMES: dict[Any, str] = {
    str: "文字列",
    int: "整数",
    bool: "true / false",
    date: "日付 YYYY-MM-DD",
    Decimal: "数値",
    float: "数値",
    YearMonth: '年月 "YYYY-MM"',
}
_RULE = "# " + "─" * 60
STARTER = PACKAGE_ROOT / "data" / "starter"
FORMS: tuple[str, ...] = tuple(str(v) for v in literal_values(OrganisationForm) or ())
DEFAULT_FORM = "任意協議会"
FORM_MARK = "__FORM__"
# the legal text a new project of each form starts with (bylaws.<part>; none: no such document)
BYLAWS_OF_FORM = {"任意協議会": "establishment", "一部事務組合": "union_rules"}
# keys the starter leaves out, explained in the guide of a file where they fit
GUIDED_WITH = {
    "bylaws.yaml": ("ordinances",),
    "schedule.yaml": ("procedures", "migration"),
    "sla.yaml": ("operations", "sla_results"),
    "systems.yaml": ("inventory",),
    "procurement.yaml": ("fitgap",),
}
SCHEMA_FILE = "content.schema.json"
SCHEMA_LINE = f"# yaml-language-server: $schema=../{SCHEMA_FILE}"

GITIGNORE = "output/\n"
GITATTRIBUTES = """\
# git diff で Word 文書の変更を文字単位で見る設定（README.md 参照）
*.docx diff=docx
"""
README = """\
# {name}

gendocs で作成する推進組織の文書の元データです。

## 使い方

1. `content/` の YAML を編集します。各ファイルの先頭に、書けるキーとその意味の一覧があります。
   「未記入」と書かれた値と、行末に `# 未記入` とある行の値（例の値）を書き換えます。
2. `gendocs validate` で誤りがないか確かめます（誤りと「未記入」の項目は、ファイル名・行・桁
   とともにすべて表示されます）。
3. `gendocs build` で `output/` に文書（.docx）を作成します。変更のあった文書だけが作り直されます。
   PDF も必要なときは `gendocs build --format pdf`。
4. 変更を git に記録し（`git add content && git commit`）、前の版との見え消しを
   `gendocs diff 前の版 HEAD` で作成して法務担当に送ります（`output/diff/` に作成されます）。

## 初めに一度だけ

```
git init
git config diff.docx.textconv "gendocs textconv"   # git diff で .docx の本文の変更を表示
git config diff.docx.cachetextconv true
```

## テンプレートを変えるとき

`templates/` に同梱のテンプレートと同じ名前の .docx を置くと、そのテンプレートが使われます
（`gendocs init --templates` で同梱のテンプレートをすべて写せます）。置かなかった文書は同梱の
テンプレートのままです。

`output/` は git に記録しません（`.gitignore`）。
"""
TEMPLATES_README = """\
# templates/

同梱のテンプレートと同じ名前の .docx をここに置くと、gendocs はそちらを使います。
Word で編集するときは `{{{{ … }}}}` や `{{%tr for … %}}` のタグを消さないでください。
同梱のテンプレート: {names}
"""


def scaffold(
    folder: Path, with_templates: bool, form: str = DEFAULT_FORM, example: bool = False
) -> list[OutputFile]:
    """The files of a new project in ``folder``; refuses a folder that already has content/.

    The content is the starter for ``form`` (「未記入」 placeholders, nothing of the sample),
    or with ``example`` the bundled sample consortium.
    """
    if (folder / "content").exists():
        raise UsageError(
            Msg(
                f"{folder / 'content'} は既にあります。上書きしません",
                f"{folder / 'content'} already exists; not overwriting",
            )
        )
    if example:
        source = bundled("content")
        files = [
            OutputFile(f"content/{p.relative_to(source).as_posix()}", _with_guide(p, source))
            for p in sorted(source.rglob("*.yaml"))
        ]
    else:
        files = _starter(form)
    templates = sorted(bundled("templates").glob("*.docx"))
    files += [
        OutputFile(f"templates/{t.name}", t.read_bytes()) for t in templates if with_templates
    ]
    names = ", ".join(t.name for t in templates)
    files += [
        OutputFile("templates/README.md", TEMPLATES_README.format(names=names).encode()),
        OutputFile("README.md", README.format(name=folder.resolve().name).encode()),
        OutputFile(".gitignore", GITIGNORE.encode()),
        OutputFile(".gitattributes", GITATTRIBUTES.encode()),
    ]
    return files


def _starter(form: str) -> list[OutputFile]:
    """The starter content for ``form``, each file headed by the schema line and the guide."""
    if form not in FORMS:
        raise UsageError(
            Msg(
                f"組織形態「{form}」はありません。指定できるもの: {'、'.join(FORMS)}",
                f"unknown form {form!r}; valid: {', '.join(FORMS)}",
            )
        )
    source = STARTER / "content"
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(source.glob("*.yaml"))}
    texts["consortium.yaml"] = texts["consortium.yaml"].replace(FORM_MARK, form)
    texts["bylaws.yaml"] = (
        STARTER / "bylaws" / f"{BYLAWS_OF_FORM.get(form, 'none')}.yaml"
    ).read_text(encoding="utf-8")
    files = [
        OutputFile(
            f"content/{name}",
            (SCHEMA_LINE + "\n").encode()
            + _with_guide(source / name, source, text, GUIDED_WITH.get(name, ())),
        )
        for name, text in sorted(texts.items())
    ]
    schema = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    return files + [OutputFile(SCHEMA_FILE, schema.encode())]


def _with_guide(
    path: Path, root: Path, text: str | None = None, also: tuple[str, ...] = ()
) -> bytes:
    """The file's text headed by a guide to the keys of its top-level entries."""
    text = path.read_text(encoding="utf-8") if text is None else text
    fields = {f.name: f for f in fields_of(Content)}
    if path.parent != root:  # content/NAME/*.yaml: one item of the list NAME per file
        info = fields.get(path.parent.name)
        item = _item_type(info.type) if info else None
        if is_content_class(item):
            guide = key_guide(item, 0)
        else:  # content/ordinances/: read by the amendment library, which documents its layout
            guide = (_field_lines(info, 0) if info else []) + _ordinance_layout()
    else:
        tops = [k for k in re.findall(r"^([A-Za-z_]\w*):", text, re.MULTILINE) if k in fields]
        tops += [k for k in also if k in fields and k not in tops]
        guide = [line for key in tops for line in _field_lines(fields[key], 0)]
    if not guide:
        return text.encode("utf-8")
    header = [
        _RULE,
        "# 書けるキーの一覧（gendocs init がデータモデルから生成。「省略可」以外は必須）",
        *guide,
        _RULE,
    ]
    return ("\n".join(header) + "\n" + text).encode("utf-8")


def _ordinance_layout() -> list[str]:
    """The layout of an ordinance file, from the amendment library's documentation."""
    from gendocs.amend import content

    doc = content.__doc__ or ""
    block = doc.split("::", 1)[1].split("``old``")[0] if "::" in doc else ""
    return [
        "#   " + line[4:] if line.startswith("    ") else "#"
        for line in block.strip("\n").splitlines()
    ]


def key_guide(cls: Any, depth: int) -> list[str]:
    """Comment lines explaining every field of content class ``cls`` and its nested fields."""
    return [line for info in fields_of(cls) for line in _field_lines(info, depth)]


def _field_lines(info: Any, depth: int, seen: frozenset[type] = frozenset()) -> list[str]:
    meta = info.meta
    inner, _ = unwrap_optional(info.type)
    notes = [_kind(inner)]
    notes += [f"単位: {meta['unit']}"] if meta.get("unit") else []
    notes += [f"例: {meta['example']}"] if meta.get("example") is not None else []
    notes += [f"{meta['min']}以上"] if meta.get("min") is not None else []
    notes += [f"{meta['max']}以下"] if meta.get("max") is not None else []
    notes += [f"{meta['ref']} の id"] if meta.get("ref") else []
    notes += ["省略可"] if not info.required else []
    shown = "、".join(n for n in notes if n)
    line = f"# {'  ' * depth}{info.name}: {meta.get('ja', '')}" + (f"（{shown}）" if shown else "")
    item = _item_type(inner)
    if is_content_class(item) and item not in seen:
        return [line] + [
            sub for f in fields_of(item) for sub in _field_lines(f, depth + 1, seen | {item})
        ]
    return [line]


def _item_type(tp: Any) -> Any:
    """The class of a nested mapping, the item type of a list, or the value type of a dict."""
    origin = get_origin(tp)
    if origin is tuple:
        return get_args(tp)[0]
    if origin is dict:
        return get_args(tp)[1]
    return tp


def _kind(tp: Any) -> str:
    choices = literal_values(tp)
    if choices:
        return " / ".join(str(c) for c in choices) + " のいずれか"
    origin = get_origin(tp)
    if origin is tuple:
        item = get_args(tp)[0]
        return "リスト" if is_content_class(item) else f"リスト（各項目は{_kind(item)}）"
    if origin is dict:
        return "キーごとの値"
    if is_content_class(tp):
        return ""
    if isinstance(tp, types.UnionType) or origin is not None:
        return ""
    return _SCALAR_NAMES.get(tp, "")
