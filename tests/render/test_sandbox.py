"""A template can only read its context: every injection payload fails, located, doing nothing.

Each payload is one more paragraph in a copy of a real template, run through the real CLI. The
run must exit 1 with exactly ``templates/<file>: 段落「<payload>」: <message>`` and leave every
file as it was: no file written at the payload's target, output/ untouched (issue 18).

The payloads: the three of the issue (docxtpl's InlineImage handed the whole DocxTemplate to
``{{ gantt.tpl… }}``), the ways into Python objects from the model and Jinja's own objects
(``self``, ``loop``, ``namespace``, ``cycler``/``joiner``/``lipsum``, ``super``, ``__class__``
chains, ``|attr``, ``str.format``), the tags that load files, and the ways to exhaust memory or
time (``range``, loops, ``*``, ``**``, ``%``, ``~``, growing filters, recursion).
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from gendocs.cli import cli
from gendocs.model import Consortium
from gendocs.pipeline import build
from tests.conftest import copy_project, project_in
from tests.render.sandbox_helpers import add_paragraph, run_cli, snapshot

TARGET = "../written-by-template"  # relative to the project folder the CLI runs in
TOO_LARGE = "作ろうとした値が大きすぎます（{:,}、上限 1,000,000文字・要素）"


def forbidden(name: str) -> str:
    return f"テンプレートから使えない属性です（{name}）"


def not_given(name: str) -> str:
    return f"「{name}」はこのテンプレートに渡されていません"


# the 導入計画書: the one context with pictures (its Gantt chart and two cost charts)
PLAN_PAYLOADS = {
    "tpl-save": (f"{{{{ gantt.tpl.save('{TARGET}') }}}}", forbidden("tpl")),
    "tpl-write-xml": (f"{{{{ gantt.tpl.write_xml('{TARGET}') }}}}", forbidden("tpl")),
    "tpl-replace-zipname": (
        "{{ gantt.tpl.replace_zipname('word/settings.xml','/etc/passwd') }}",
        forbidden("tpl"),
    ),
    "picture-attr-filter": ("{{ gantt|attr('tpl') }}", forbidden("tpl")),
    "picture-html": ("{{ gantt.__html__() }}", forbidden("__html__")),
    "nested-picture": ("{{ costs.saving_chart.image_descriptor }}", forbidden("image_descriptor")),
}

# the SLA: model objects (behind change-tracking proxies) as every document gets them
MODEL_PAYLOADS = {
    "model-class-globals": (
        "{{ consortium.__class__.__init__.__globals__ }}",
        forbidden("__class__"),
    ),
    "tracking-proxy-object": ("{{ consortium._obj }}", forbidden("_obj")),
    "tracking-proxy-reads": ("{{ members[0]._reads }}", forbidden("_reads")),
    "model-int-class": ("{{ members[0].population.value.__class__ }}", forbidden("__class__")),
    "model-tuple-base": ("{{ members.__class__.__base__ }}", forbidden("__class__")),
    "format-map-on-content": ("{{ consortium.name.format_map(doc) }}", forbidden("format_map")),
    "map-attribute": ("{{ members|map(attribute='__class__')|list }}", forbidden("__class__")),
}

# the 改正文 of gendocs amend: a small context of strings and dicts, fast to run
TEXT_PAYLOADS = {
    "template-reference": (
        "{{ self._TemplateReference__context }}",
        forbidden("_TemplateReference__context"),
    ),
    "self-init": ("{{ self.__init__.__globals__ }}", forbidden("__init__")),
    "self-printed": (
        "{{ self }}",
        "{{ }} で文字列にできるのは文字列・数値・日付だけです（TemplateReference が渡されました）",
    ),
    "cycler": ("{{ cycler.__init__.__globals__ }}", not_given("cycler")),
    "joiner": ("{{ joiner() }}", not_given("joiner")),
    "lipsum": ("{{ lipsum(n=100000) }}", not_given("lipsum")),
    "namespace-class": ("{{ namespace.__init__.__globals__ }}", forbidden("__init__")),
    "namespace-private": (
        "{% set ns = namespace() %}{{ ns._Namespace__attrs }}",
        forbidden("_Namespace__attrs"),
    ),
    "loop-private": (
        "{% for p in provisions %}{{ loop._iterator }}{% endfor %}",
        forbidden("_iterator"),
    ),
    "super": (
        "{% block b %}{{ super() }}{% endblock %}",
        "super() は使えません（親のテンプレートはありません）",
    ),
    "class-chain": ("{{ ''.__class__.__mro__[1].__subclasses__() }}", forbidden("__class__")),
    "attr-filter": ("{{ title|attr('__class__') }}", forbidden("__class__")),
    "str-format": ("{{ '{0.__class__}'.format(title) }}", forbidden("format")),
    "str-format-map": ("{{ title.format_map({}) }}", forbidden("format_map")),
    "mro": ("{{ dict.mro() }}", forbidden("mro")),
    "str-unknown-attribute": ("{{ title.x }}", forbidden("x")),
    "include": (
        "{% include 'templates/amendment_text.docx' %}",
        "他のファイルを読み込むタグは使えません（{% include %}）",
    ),
    "import": (
        "{% import '/etc/passwd' as p %}",
        "他のファイルを読み込むタグは使えません（{% import %}）",
    ),
    "from-import": (
        "{% from '/etc/passwd' import x %}",
        "他のファイルを読み込むタグは使えません（{% from … import %}）",
    ),
    "extends": (
        "{% extends '/etc/passwd' %}",
        "他のファイルを読み込むタグは使えません（{% extends %}）",
    ),
    "autoescape-off": (
        "{% autoescape false %}{{ title }}{% endautoescape %}",
        "{% autoescape %} で自動エスケープを切り替えることはできません",
    ),
    "safe-filter": ("{{ title|safe }}", "フィルター「safe」はありません"),
    "huge-range": ("{{ range(10**9)|list }}", "range の数が多すぎます（上限 10,000個）"),
    "nested-loops": (
        "{% for i in range(9999) %}{% for j in range(9999) %}{% endfor %}{% endfor %}",
        "繰り返しの回数が上限（100,000回）を超えました",
    ),
    "recursive-loop-deep": (
        "{% for p in provisions recursive %}{{ loop(provisions) }}{% endfor %}",
        "呼び出しが深すぎます（マクロや recursive のループが自分自身を呼び続けていませんか）",
    ),
    "recursive-loop-wide": (
        "{% for i in range(50) recursive %}"
        "{{ loop(range(50)) if loop.depth < 5 else '' }}{% endfor %}",
        "繰り返しの回数が上限（100,000回）を超えました",
    ),
    "string-times": ("{{ 'x' * 10**9 }}", TOO_LARGE.format(10**9)),
    "power": ("{{ 10 ** 100000 }}", "数が大きすぎます（上限 10,000ビット）"),
    "doubling-concat": (
        "{% set ns = namespace(s='x' * 1000) %}{% for i in range(30) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        TOO_LARGE.format(1_024_000),
    ),
    "percent-width": ("{{ '%999999999d' % 1 }}", TOO_LARGE.format(1_000_000_011)),
    "center": ("{{ 'x'|center(10**9) }}", TOO_LARGE.format(10**9)),
    "join": ("{{ ([title] * 1000)|join(title * 10000) }}", TOO_LARGE.format(179_838_000)),
    "recursion": (
        "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
        "呼び出しが深すぎます（マクロや recursive のループが自分自身を呼び続けていませんか）",
    ),
    "list-printed": (
        "{{ [title] * 3 }}",
        "{{ }} で文字列にできるのは文字列・数値・日付だけです（list が渡されました）",
    ),
    "division-by-zero": ("{{ 1/0 }}", "0 で割っています"),
}

# the 新旧対照表 of gendocs amend: its cells were docxtpl RichText objects
TABLE_PAYLOADS = {
    "rich-text-add": ("{{ rows[0].left.add('x') }}", forbidden("add")),
    "rich-text-xml": ("{{ rows[0].left.xml }}", forbidden("xml")),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with the sample content, its 導入計画書 and SLA built, an amendment drafted."""
    folder = copy_project(tmp_path_factory.mktemp("built") / "project")
    build(project_in(folder), ["plan", "sla"])
    old, new = _amendment_texts(folder)
    code = _run_amend_once(folder, old, new)
    assert code == 0
    return folder


def _amendment_texts(folder: Path) -> tuple[Path, Path]:
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text(
        "寒川町手数料条例\n（趣旨）\n第1条　この条例は、手数料に関し定める。\n", encoding="utf-8"
    )
    new.write_text(
        "寒川町手数料条例\n（趣旨）\n第1条　この条例は、手数料の額に関し定める。\n",
        encoding="utf-8",
    )
    return old, new


def _run_amend_once(folder: Path, old: Path, new: Path) -> int:
    result = CliRunner().invoke(
        cli, ["amend", "--old", str(old), "--new", str(new), "--output", str(folder / "output")]
    )
    return result.exit_code


def _attack(
    built: Path,
    tmp_path: Path,
    template: str,
    payload: str,
    args: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> str:
    """Run ``args`` with ``payload`` in ``template``; check exit 1 and that nothing changed."""
    project = tmp_path / "project"
    shutil.copytree(built, project)
    add_paragraph(template, payload, project)
    before = snapshot(tmp_path)
    code, stderr = run_cli(project, args, monkeypatch, capsys)
    assert code == 1, stderr
    assert snapshot(tmp_path) == before  # output/ untouched, nothing written anywhere else
    assert not (tmp_path / "written-by-template").exists()
    assert "Traceback" not in stderr
    return stderr


AMEND = ["-q", "amend", "--old", "old.txt", "--new", "new.txt"]
SLA = ["-q", "build", "--force", "sla"]


def _corpus() -> list[tuple[str, list[str], str, str]]:
    """(template, command, payload, message) for every payload above."""
    groups = [
        ("plan.docx", ["-q", "build", "--force", "plan"], PLAN_PAYLOADS),
        ("sla.docx", SLA, MODEL_PAYLOADS),
        ("amendment_text.docx", AMEND, TEXT_PAYLOADS),
        ("amendment_table.docx", AMEND, TABLE_PAYLOADS),
    ]
    return [
        (template, args, payload, message)
        for template, args, payloads in groups
        for payload, message in payloads.values()
    ]


CORPUS_IDS = [*PLAN_PAYLOADS, *MODEL_PAYLOADS, *TEXT_PAYLOADS, *TABLE_PAYLOADS]


@pytest.mark.parametrize(("template", "args", "payload", "message"), _corpus(), ids=CORPUS_IDS)
def test_payload_is_refused(
    built: Path,
    tmp_path: Path,
    template: str,
    args: list[str],
    payload: str,
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stderr = _attack(built, tmp_path, template, payload, args, monkeypatch, capsys)
    assert stderr.splitlines() == [f"templates/{template}: 段落「{payload}」: {message}"]


def test_the_corpus_covers_the_attack_run() -> None:
    assert len(CORPUS_IDS) == len(set(CORPUS_IDS)) >= 30  # issue 18 ran 29 payloads


def test_a_misspelt_field_lists_the_fields(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stderr = _attack(built, tmp_path, "sla.docx", "{{ consortium.nmae }}", SLA, monkeypatch, capsys)
    fields = ", ".join(sorted(f.name for f in dataclasses.fields(Consortium)))
    assert stderr.splitlines() == [
        f"templates/sla.docx: 段落「{{{{ consortium.nmae }}}}」: "
        f"テンプレートから使えない属性です（nmae）。使える属性: {fields}"
    ]


def test_the_refusal_is_in_english_with_lang_en(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = "{{ consortium.__class__ }}"
    stderr = _attack(
        built, tmp_path, "sla.docx", payload, ["--lang", "en", *SLA], monkeypatch, capsys
    )
    assert stderr.splitlines() == [
        f'templates/sla.docx: paragraph "{payload}": attribute not available to templates '
        "(__class__)"
    ]


def test_what_templates_may_do_still_works(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = (
        "{% set ns = namespace(n=0) %}{% for k, v in {'a': 1}.items() %}{% set ns.n = v %}"
        "{% endfor %}[{{ ns.n }} {{ title.startswith('寒川') }} {{ range(3)|join(',') }} "
        "{{ (title * 2)|length }} {{ '%05d' % 42 }} {{ dict(a=1).get('a') }}]"
    )
    project = tmp_path / "project"
    shutil.copytree(built, project)
    add_paragraph("amendment_text.docx", payload, project)
    code, stderr = run_cli(project, AMEND, monkeypatch, capsys)
    assert code == 0, stderr
    written = Document(str(project / "output" / "寒川町手数料条例_改正文.docx"))
    # title: 寒川町手数料条例の一部を改正する条例 (18 characters)
    assert written.paragraphs[-1].text == "[1 True 0,1,2 36 00042 1]"
