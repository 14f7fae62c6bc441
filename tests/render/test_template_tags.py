"""Each template against its document type: every tag it reads is in the context, every need is
read.

A tag's path is what it reads (``sla.availability``; ``sla.rows[].name`` for ``{{ r.name }}`` in a
loop over ``sla.rows``). A build checks every tag of every branch against the context it renders
with, and each document type's declared needs (``DocumentType.needs``) against the tags, after
rendering and before writing: a user's template in the project's templates/ that misspells a tag
in a branch the content never takes, or drops a tag its document needs, stops the build with the
template, the paragraph and the tag named, and output/ as it was.

Why declared needs rather than "every top-level key the context provides": the procurement
documents share one set of facts of which each template prints a part, so "every key" would
refuse the bundled templates; and a top-level key (``sla``) stays read when the one figure that
matters (``sla.availability``) is dropped. The needs name the facts a document exists to state;
the wording around them, and whole optional sections, remain the user's to edit.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from gendocs.compute.documents import document_facts
from gendocs.doctypes import DocumentType, all_types
from gendocs.model.organisation import Contact
from gendocs.pipeline import Prepared, load_and_prepare
from gendocs.render.context import base_context
from gendocs.render.docx import template_sources
from gendocs.render.inert import make_inert
from gendocs.render.tag_check import absent_part, decidable, reads
from gendocs.render.tags import template_tags
from tests.conftest import copy_project, project_in
from tests.render.sandbox_helpers import TEMPLATES, add_paragraph
from tests.render.test_template_errors import built as built  # noqa: F401 - a fixture
from tests.render.test_template_errors import fails  # noqa: F401
from tests.render.test_template_errors import project as project


def tags_of(folder: Path, *paragraphs: str) -> list[tuple[str, str | None]]:
    """The (path, paragraph) of every tag of a template holding ``paragraphs``."""
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(folder / "t.docx"))
    return [(t.path, t.place.paragraph) for t in template_tags(template_sources(folder / "t.docx"))]


def test_a_tag_reads_a_path_and_is_found_in_its_paragraph(tmp_path: Path) -> None:
    assert tags_of(tmp_path, "稼働率は{{ sla.availability }}%以上とする。") == [
        ("sla.availability", "稼働率は{{ sla.availability }}%以上とする。")
    ]


def test_a_loop_variable_reads_the_items_of_the_list_it_runs_over(tmp_path: Path) -> None:
    assert tags_of(
        tmp_path, "{%p for r in sla.rows|sort %}", "{{ r.name|upper }}", "{%p endfor %}"
    ) == [("sla.rows", "{% for r in sla.rows|sort %}"), ("sla.rows[].name", "{{ r.name|upper }}")]


def test_keys_and_indexes_are_paths_too(tmp_path: Path) -> None:
    text = "{{ rows[0].name }}{{ m['key'] }}{{ m[i] }}"
    assert tags_of(tmp_path, text) == [
        ("rows[].name", text),
        ("m.key", text),
        ("m[]", text),
        ("i", text),
    ]


def test_what_the_template_makes_itself_is_not_a_path(tmp_path: Path) -> None:
    assert tags_of(
        tmp_path,
        "{% set n = namespace(total=0) %}{{ n.total }}{{ range(3)|list }}",
        "{% for k, v in d.items() %}{{ loop.index }}{{ k }}{{ v.x }}{% endfor %}",
        "{{ s.split('、')|length }}{% if x is defined %}{{ y }}{% endif %}",
    ) == [
        ("d", "{% for k, v in d.items() %}{{ loop.index }}{{ k }}{{ v.x }}{% endfor %}"),
        ("s", "{{ s.split('、')|length }}{% if x is defined %}{{ y }}{% endif %}"),
        ("y", "{{ s.split('、')|length }}{% if x is defined %}{{ y }}{% endif %}"),
    ]


@pytest.mark.parametrize(
    ("path", "absent", "can_tell"),
    [
        ("sla.availability", None, True),
        ("sla.availabilty", "sla.availabilty", True),
        ("sla.availabilty.x", "sla.availabilty", True),
        ("sla.rows[].department", None, True),  # a field of a gendocs value type
        ("sla.rows[].departmnet", "sla.rows[].departmnet", True),
        ("sla.rows[].phone.x", None, False),  # an absent optional value cannot tell
        ("sla.none[].anything", None, False),  # nor an empty list
        ("sla.availability.x", "sla.availability.x", True),
        ("sla.rows[].department.x", "sla.rows[].department.x", True),
    ],
)
def test_the_part_of_a_path_the_context_lacks(
    path: str, absent: str | None, can_tell: bool
) -> None:
    context = {
        "sla": {"availability": "99.5", "rows": [Contact(department="情報政策課")], "none": []}
    }
    assert absent_part(path, context) == absent
    assert decidable(path, context) is can_tell


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    return load_and_prepare(project_in(copy_project(tmp_path_factory.mktemp("sample"))))


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    """The sample with the lists it leaves empty filled: members weighted, 附則 to the 合意書,
    a 改訂履歴 for the documents given to vendors and the 要件定義書, a rule issued as a 議案 in the
    新旧対照表方式."""
    folder = copy_project(tmp_path_factory.mktemp("filled"))
    _replace(
        folder / "content" / "procurement.yaml", "member_weights: なし", "member_weights: 人口比"
    )
    bylaws = folder / "content" / "bylaws.yaml"  # the 合意書 is the last text in it
    bylaws.write_text(
        bylaws.read_text(encoding="utf-8") + "    supplementary:\n"
        "      - この合意書は、〔制定日〕から効力を生ずる。\n",
        encoding="utf-8",
    )
    project = folder / "content" / "project.yaml"
    project.write_text(
        project.read_text(encoding="utf-8")
        + "  documents:\n"
        + "".join(
            f"    - {{document: {name}, revisions: [{{edition: 第1.0版, date: 2027-06-15, "
            "summary: 公表版}]}\n"
            for name in (*VENDOR, "requirements")
        ),
        encoding="utf-8",
    )
    # a rule issued as a 議案 and amended by the 新旧対照表方式 (document 50's other branches)
    _replace(
        folder / "content" / "ordinances" / "samukawa-tesuryo.yaml",
        "style: municipal\n",
        "style: municipal\nstyle_options: {method: taishou}\nissued:\n  form: bill\n"
        "  number: 議案第15号\n  date: 2027-02-20\n"
        "  signatory: {title: 寒川町長, name: 木村　俊雄}\n"
        "  reason: 証明書のコンビニ交付を開始するため、この案を提出するものです。\n",
    )
    return load_and_prepare(project_in(folder))


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _context(prepared: Prepared, doctype: DocumentType) -> dict[str, Any]:
    content, facts = prepared
    return dict(
        make_inert(
            base_context(content, doctype.title, document_facts(content, doctype.name))
            | doctype.context(content, facts),
            [],
        )
    )


def _tags(doctype: DocumentType) -> set[str]:
    return {t.path for t in template_tags(template_sources(TEMPLATES / doctype.template))}


# the tags the sample cannot check (its lists are empty there): checked in the filled sample
# documents given to vendors carry no 改訂履歴 unless project.documents gives them one
NO_HISTORY = {"doc.revisions[].edition", "doc.revisions[].date", "doc.revisions[].summary"}
VENDOR = ("rfi", "procurement_spec", "rfp", "evaluation", "sla")
EMPTY_IN_SAMPLE = {name: NO_HISTORY for name in VENDOR} | {
    "evaluation": NO_HISTORY
    | {
        "scoring.weight_rows[].name",
        "scoring.weight_rows[].population",
        "scoring.weight_rows[].weight",
    },
    "agreement": {"law.supplementary[].label", "law.supplementary[].text"},
    # dated at the last Fit & Gap decision, without an internal 改訂履歴 (compute/documents.py)
    "requirements": NO_HISTORY,
    # the sample's rules are 改め文 without 議案 / 公布文 (``issued``) or the 新旧対照表方式 table
    "amendment_texts": {
        "amendments[].preamble[].text",
        "amendments[].preamble[].first",
        "amendments[].preamble[].kind",
        "amendments[].headings[]",
        "amendments[].rows[].left",
        "amendments[].rows[].right",
    },
}


@pytest.mark.parametrize("doctype", all_types(), ids=lambda d: d.name)
def test_every_tag_of_a_bundled_template_is_in_its_sample_context(
    doctype: DocumentType, sample: Prepared, filled: Prepared
) -> None:
    tags = _tags(doctype)
    context, full = _context(sample, doctype), _context(filled, doctype)
    assert {p: absent_part(p, context) for p in tags if absent_part(p, context)} == {}
    assert {p for p in tags if not decidable(p, context)} == EMPTY_IN_SAMPLE.get(
        doctype.name, set()
    )
    assert {p for p in tags if not decidable(p, full) or absent_part(p, full)} == set()


@pytest.mark.parametrize("doctype", all_types(), ids=lambda d: d.name)
def test_every_need_is_read_by_the_bundled_template_and_in_the_context(
    doctype: DocumentType, filled: Prepared
) -> None:
    tags = _tags(doctype)
    context = _context(filled, doctype)
    assert doctype.needs
    assert [n for n in doctype.needs if not any(reads(t, n) for t in tags)] == []
    assert [n for n in doctype.needs if absent_part(n, context) or not decidable(n, context)] == []


def copy_with(template: str, project: Path, old: str, new: str) -> None:
    """Put a copy of ``template`` into project/templates with every ``old`` in its body ``new``."""
    (project / "templates").mkdir(exist_ok=True)
    with (
        zipfile.ZipFile(TEMPLATES / template) as source,
        zipfile.ZipFile(project / "templates" / template, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                assert old.encode() in data, old
                data = data.replace(old.encode(), new.encode())
            target.writestr(info, data)


SLA = ["-q", "build", "--force", "sla"]
UNTAKEN = "{% if not sla.measures %}未達時の措置は{{ sla.measurs }}による。{% endif %}"


def test_a_misspelled_tag_in_a_branch_the_content_never_takes_stops_the_build(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_paragraph("sla.docx", UNTAKEN, project)
    assert fails(project, SLA, monkeypatch, capsys) == [
        f"templates/sla.docx: 段落「{UNTAKEN}」: 「sla.measurs」"
        "という項目はこの文書の内容にありません",
        "テンプレートのタグに1件の誤りがあります。",
    ]


def test_a_misspelled_loop_item_is_named_with_its_list(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    never = "{% for r in sla.groups.support if r.name == '' %}{{ r.targte }}{% endfor %}"
    add_paragraph("sla.docx", never, project)
    assert fails(project, ["--lang", "en", *SLA], monkeypatch, capsys) == [
        f'templates/sla.docx: paragraph "{never}": this document\'s content has no item '
        "'sla.groups.support[].targte'",
        "1 problem(s) with the template's tags.",
    ]


def test_a_misspelled_tag_the_content_reaches_is_named_as_rendering_finds_it(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_with("sla.docx", project, "{{ r.report }}", "{{ r.reprot }}")
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: 段落「{{ r.reprot }}」: 「reprot」という項目はありません"
    ]


def test_a_template_that_drops_a_needed_tag_stops_the_build(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_with("sla.docx", project, "{{ sla.availability }}", "99.5")  # the figure typed in by hand
    assert fails(project, SLA, monkeypatch, capsys) == [
        "templates/sla.docx: この文書に必要な「sla.availability」を使うタグがありません"
        "（同梱のテンプレートでは段落「{{ sla.availability }}%以上」にあります）",
        "テンプレートのタグに1件の誤りがあります。",
    ]


def test_gendocs_amend_checks_its_templates_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.amend.test_cli import write_texts

    old, new = write_texts(tmp_path)
    copy_with("amendment_table.docx", tmp_path, "{{r r.right }}", "")
    assert fails(
        tmp_path, ["amend", "--old", str(old), "--new", str(new)], monkeypatch, capsys
    ) == [
        "templates/amendment_table.docx: この文書に必要な「rows[].right」を使うタグがありません"
        "（同梱のテンプレートでは段落「{{ r.right }}」にあります）",
        "テンプレートのタグに1件の誤りがあります。",
    ]
