"""Render a Word template with a context: docxtpl in the sandbox, every failure located.

After docxtpl renders, :func:`gendocs.docx.package.finish_package` makes the package consistent
(unique ids); fonts come from the
template's styles (:mod:`gendocs.docx.fonts`).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from types import CodeType
from typing import Any

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import nodes
from lxml import etree

from gendocs.docx.package import finish_package
from gendocs.errors import GendocsError, LocatedTemplateError, Msg, TemplatePlace
from gendocs.load import display_name
from gendocs.project import bundled
from gendocs.render.environment import make_environment
from gendocs.render.inert import Image as Image  # re-exported: doctypes make their pictures here
from gendocs.render.inert import make_inert, place_pictures
from gendocs.render.tag_check import check_tags
from gendocs.render.tags import Source
from gendocs.render.template_errors import describe, in_part, jinja_source, located


class _Template(DocxTemplate):  # type: ignore[misc]
    """docxtpl with located errors and inert pictures, and without its output rewrite of
    ``{_{`` to ``{{``: that rewrite would change content values containing ``{_{``, and gendocs
    templates never need it."""

    def __init__(self, path: Path, name: str, pictures: Sequence[Image]) -> None:
        super().__init__(str(path))
        self.display_name = name
        self.pictures = pictures
        self.rendered: list[Source] = []  # each part as rendered, for the tag check

    def render_xml_part(
        self, src_xml: str, part: Any, context: dict[str, Any], jinja_env: Any = None
    ) -> str:
        xml, place = self._render_part(src_xml, part, context, jinja_env)
        _check_xml(xml.encode("utf-8"), place)
        return xml

    def build_xml(self, context: dict[str, Any], jinja_env: Any = None) -> bytes:
        """docxtpl's, but the rendered body goes on to docxtpl's ``fix_tables`` as UTF-8 bytes,
        which it parses as it parses the text: the text (21 MiB as a str for the 事業計画書 of
        1,000 members, twice its UTF-8) is let go before the tree is built (issue 17)."""
        part = self.docx._part
        xml, place = self._render_part(self.patch_xml(self.get_xml()), part, context, jinja_env)
        data = xml.encode("utf-8")
        del xml
        _check_xml(data, place)
        return data

    def _render_part(
        self, src_xml: str, part: Any, context: dict[str, Any], jinja_env: Any
    ) -> tuple[str, TemplatePlace]:
        """The rendered XML of one part (not yet checked) and the part's place."""
        source = jinja_source(src_xml)
        self.current_rendering_part = part
        place = in_part(self.display_name, part)
        try:
            dst_xml = self._template(place, source, jinja_env).render(context)
            dst_xml = place_pictures(dst_xml, part, self.pictures)
        except Exception as err:  # noqa: BLE001 - every template failure is reported, located
            raise located(place, source, err, jinja_env) from err
        dst_xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", dst_xml)
        return str(self.resolve_listing(dst_xml)), place

    def sources(self) -> list[Source]:
        """The Jinja source of each part docxtpl renders, as it renders it (before rendering)."""
        parts = [(self.docx.part, self.get_xml())]
        parts += [
            (part, self.get_part_xml(part))
            for uri in (self.HEADER_URI, self.FOOTER_URI)
            for _, part in self.get_headers_footers(uri)
        ]
        parts += [
            (part, part.blob.decode("utf-8"))
            for part in self.docx.part.package.parts
            if part.content_type == _FOOTNOTES
        ]
        found = [
            Source(in_part(self.display_name, part), jinja_source(self.patch_xml(xml)))
            for part, xml in parts
        ]
        return found + [
            Source(
                TemplatePlace(self.display_name, property=name),
                getattr(self.docx.core_properties, name),
            )
            for name in _RENDERED_PROPERTIES
        ]

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        for name in _RENDERED_PROPERTIES:
            source = getattr(self.docx.core_properties, name)
            place = TemplatePlace(self.display_name, property=name)
            try:
                rendered = self._template(place, source, jinja_env).render(context)
            except Exception as err:  # noqa: BLE001 - as in render_xml_part
                raise located(place, source, err, jinja_env) from err
            setattr(self.docx.core_properties, name, rendered)

    def _template(self, place: TemplatePlace, source: str, jinja_env: Any) -> Any:
        """Parse and compile ``source`` once per process: the tree is kept for the tag check,
        the code renders the part (:func:`compiled`)."""
        tree, code = compiled(source, jinja_env)
        self.rendered.append(Source(place, source, tree))
        return jinja_env.template_class.from_code(jinja_env, code, jinja_env.make_globals(None))


# Parsing and compiling a part's Jinja source is a third of rendering it, and most sources recur:
# every document of a build renders its template's parts, and the six core properties, headers and
# footers are the same text in many templates (250 sources, far fewer distinct, for the sample).
# Every environment is a TemplateEnvironment configured the same way (make_environment), so the
# code compiled in one renders in any other: Template.from_code binds it to the environment that
# renders, as Jinja's own bytecode cache does. The parsed tree is only read afterwards (the tag
# check walks it), never changed. A bounded cache: a long-lived process (the test suite) renders
# many templates.
_COMPILED: dict[tuple[type, bool, str], tuple[nodes.Template, CodeType]] = {}
_COMPILED_MAX = 2048


def compiled(source: str, jinja_env: Any) -> tuple[nodes.Template, CodeType]:
    """The parsed tree of ``source`` and its compiled code (parse errors raise, uncached)."""
    key = (type(jinja_env), bool(jinja_env.autoescape), source)
    found = _COMPILED.get(key)
    if found is None:
        tree = jinja_env.parse(source)
        found = (tree, jinja_env.compile(tree))
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.clear()
        _COMPILED[key] = found
    return found


# the core properties docxtpl renders as templates (DocxTemplate.render_properties)
_RENDERED_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def render_template(
    template: Path, context: dict[str, Any], needs: Sequence[str] = ()
) -> DocxTemplate:
    """Render ``template`` with ``context``; Image values become inline pictures.

    Every tag of the template must be in ``context`` and every path of ``needs`` read by one
    (:mod:`gendocs.render.tag_check`).
    """
    pictures: list[Image] = []
    prepared = {k: make_inert(v, pictures) for k, v in context.items()}
    doc = open_template(template, pictures)
    try:
        doc.render(prepared, jinja_env=make_environment(), autoescape=True)
    except GendocsError:
        raise
    except Exception as err:  # noqa: BLE001 - docxtpl's work between the parts
        raise LocatedTemplateError(TemplatePlace(doc.display_name), describe(err, "")) from err
    check_tags(
        doc.rendered,
        prepared,
        needs,
        lambda: template_sources(bundled("templates") / template.name),
    )
    finish_package(doc.docx)
    return doc


def template_sources(template: Path) -> list[Source]:
    """The Jinja source of every part of ``template`` that is rendered, one paragraph a line."""
    return open_template(template).sources()


def open_template(template: Path, pictures: Sequence[Image] = ()) -> _Template:
    """Open ``template`` as a Word package; a damaged file is a located TemplateError."""
    doc = _Template(template, display_name(template), pictures)
    try:
        doc.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile) as err:
        raise _unreadable(
            doc,
            Msg(
                "Word 文書（.docx）として開けません（zip 形式でないか、壊れています）",
                "cannot be opened as a Word document (not a zip package, or damaged)",
            ),
        ) from err
    except KeyError as err:  # zipfile: "There is no item named 'word/document.xml' in the archive"
        found = re.search(r"named '(.+)'", str(err))
        missing = found.group(1) if found else str(err)
        raise _unreadable(
            doc,
            Msg(
                f"Word 文書に必要な部分 {missing} がありません",
                f"the Word document lacks its part {missing}",
            ),
        ) from err
    except etree.XMLSyntaxError as err:
        raise _unreadable(doc, _broken_xml(template, err)) from err
    except ValueError as err:  # python-docx: "file '…' is not a Word file, content type is '…'"
        found = re.search(r"content type is '(.+)'", str(err))
        kind = found.group(1) if found else str(err)
        raise _unreadable(
            doc,
            Msg(
                f"Word 文書ではありません（内容の種類: {kind}）",
                f"not a Word document (content type {kind})",
            ),
        ) from err
    return doc


def _unreadable(doc: _Template, message: Msg) -> LocatedTemplateError:
    return LocatedTemplateError(TemplatePlace(doc.display_name), message)


def _broken_xml(template: Path, err: etree.XMLSyntaxError) -> Msg:
    """Name the part whose XML is broken (lxml's message names none)."""
    with zipfile.ZipFile(template) as package:
        for info in package.infolist():
            if info.filename.endswith((".xml", ".rels")):
                try:
                    etree.fromstring(package.read(info))
                except etree.XMLSyntaxError as found:
                    return Msg(
                        f"{info.filename} の XML が壊れています（{found}）",
                        f"the XML of {info.filename} is broken ({found})",
                    )
    return Msg(f"XML が壊れています（{err}）", f"broken XML ({err})")


def _check_xml(xml: bytes, place: TemplatePlace) -> None:
    """Refuse a rendering (UTF-8) that is not well-formed XML (docxtpl would parse it
    leniently)."""
    try:
        etree.fromstring(xml)
    except etree.XMLSyntaxError as err:
        raise LocatedTemplateError(
            place,
            Msg(
                f"処理した結果が正しい XML になりません（{err}）。"
                f"{{%p %}}・{{%tr %}} の位置を確かめてください",
                f"the rendered part is not well-formed XML ({err}); check where {{%p %}} and "
                "{%tr %} tags are",
            ),
        ) from err
