"""What went wrong in a Word template, and where: every failure becomes a located error.

docxtpl renders each part of the package (the body, headers, footers, footnotes) as one Jinja
template. :func:`jinja_source` puts each paragraph of the part on its own line, so the line
Jinja reports — a syntax error's ``lineno``, or for an error while rendering the last template
frame of the traceback, which Jinja rewrites to template lines — names a paragraph, shown with
its text as it reads in Word: ``templates/plan.docx: 段落「{{ gantt.tpl }}」: …``.
"""

from __future__ import annotations

import html
import re
import traceback
from itertools import pairwise
from typing import Any

from jinja2 import Environment
from jinja2.exceptions import TemplateSyntaxError, UndefinedError

from gendocs.errors import LocatedTemplateError, Msg, TemplatePlace

SHOWN = 120  # characters of a paragraph shown in a message


def jinja_source(xml: str) -> str:
    """The part's XML with each paragraph, and each tag between paragraphs, on its own line."""
    xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)
    return _BARE_TAGS.sub(_own_lines, xml)


# docxtpl turns a {%p …%} (or {%tr …%}) paragraph into a bare {% … %} right after the element
# before it, often several in a row
_BARE_TAGS = re.compile(r"(</w:[A-Za-z]+>|<w:[A-Za-z]+/>)((?:\{% (?:(?!%\}).)*%\})+)")
_TAG = re.compile(r"\{% (?:(?!%\}).)*%\}")


def _own_lines(match: re.Match[str]) -> str:
    # "{%-" strips exactly the newline put in front of it, so the output is the same
    return match.group(1) + "".join(f"\n{{%-{tag[2:]}" for tag in _TAG.findall(match.group(2)))


def located(
    place: TemplatePlace, source: str, err: BaseException, env: Environment | None = None
) -> LocatedTemplateError:
    """``err``, raised while rendering ``source``, as an error naming the paragraph."""
    line = _template_line(err)
    if isinstance(err, TemplateSyntaxError) and env is not None:
        line = _unclosed_block_line(err, source, env) or line
    # a document property's text is a template of its own, not a paragraph
    paragraph = paragraph_at(source, line) if line and not place.property else None
    where = TemplatePlace(place.template, place.part, paragraph, place.property)
    return LocatedTemplateError(where, describe(err, paragraph or ""))


def _template_line(err: BaseException) -> int | None:
    if isinstance(err, TemplateSyntaxError):
        return err.lineno
    lines = [
        f.lineno
        for f in traceback.extract_tb(err.__traceback__)
        if f.filename == "<template>" and f.lineno
    ]
    return lines[-1] if lines else None


def paragraph_at(source: str, line: int) -> str:
    """The text of the paragraph that holds ``line`` of ``source`` (or of the line itself)."""
    lines = source.split("\n")
    start = sum(len(text) + 1 for text in lines[: line - 1])
    opened = max(source.rfind("<w:p>", 0, start + 1), source.rfind("<w:p ", 0, start + 1))
    closed = source.find("</w:p>", opened) if opened >= 0 else -1
    if opened < 0 or closed < start:  # the line is a tag between paragraphs
        return _shown("\n" + lines[line - 1] if line <= len(lines) else "")
    return _shown(source[opened:closed])


# Word's elements all have a namespace prefix; a "<" in a Jinja expression (``a < 5``) has none
_ELEMENT = re.compile(r"</?[A-Za-z][\w.-]*:[^<>]*>")


def _shown(xml: str) -> str:
    """The text of ``xml`` as Word shows it, without the line breaks jinja_source put in."""
    xml = xml.replace("\n{%- ", "{% ").replace("\n", "")
    text = html.unescape(_ELEMENT.sub("", xml)).strip()
    return text if len(text) <= SHOWN else text[:SHOWN] + "…"


_OPENERS = frozenset({"for", "if", "macro", "call", "filter", "with", "block", "autoescape"})


def _unclosed_block_line(err: TemplateSyntaxError, source: str, env: Environment) -> int | None:
    """For "unexpected end of template", the line of the block left open (Jinja names none)."""
    innermost = re.search(r"innermost block that needs to be closed is '(\w+)'", err.message or "")
    if innermost is None:
        return None
    stack: list[tuple[str, int]] = []
    try:
        tokens = [t for t in env.lex(source) if t[1] != "whitespace"]
    except TemplateSyntaxError:
        return None
    for (lineno, kind, _), (_, _, value) in pairwise(tokens):
        if kind == "block_begin" and value in _OPENERS:
            stack.append((value, lineno))
        elif kind == "block_begin" and stack and value == f"end{stack[-1][0]}":
            stack.pop()
    opened = [lineno for name, lineno in stack if name == innermost.group(1)]
    return opened[-1] if opened else None


def describe(err: BaseException, paragraph: str) -> Msg:
    """What went wrong, in both languages."""
    pair = getattr(err, "message_pair", None)  # Refused, RefusedTag
    if isinstance(pair, Msg):
        return pair
    if isinstance(err, TemplateSyntaxError):
        return _syntax(err, paragraph)
    if isinstance(err, UndefinedError):
        return _undefined(str(err))
    return _runtime(err)


_DELIMITERS = (("{{", "}}"), ("{%", "%}"), ("{#", "#}"))


def _syntax(err: TemplateSyntaxError, paragraph: str) -> Msg:
    for opening, closing in _DELIMITERS:
        if paragraph.count(opening) > paragraph.count(closing):
            return Msg(
                f"「{opening}」が「{closing}」で閉じられていません",
                f"'{opening}' is not closed by '{closing}'",
            )
    for pattern, message in _SYNTAX:
        found = re.search(pattern, err.message or "")
        if found:
            return Msg(message.ja.format(*found.groups()), message.en.format(*found.groups()))
    innermost = re.search(r"innermost block that needs to be closed is '(\w+)'", err.message or "")
    if innermost:
        name = innermost.group(1)
        return Msg(
            f"{{% {name} %}} が閉じられていません（{{% end{name} %}} がありません）",
            f"{{% {name} %}} is not closed (no {{% end{name} %}})",
        )
    return Msg(
        f"テンプレートの書き方に誤りがあります（{err.message}）",
        f"template syntax error ({err.message})",
    )


_SYNTAX = (
    (r"^No filter named '(.+)'", Msg("フィルター「{}」はありません", "no filter named '{}'")),
    (r"^No test named '(.+)'", Msg("テスト「{}」はありません", "no test named '{}'")),
    (
        r"^Encountered unknown tag '(.+?)'",
        Msg(
            "タグ「{}」はありません（対応する開始のタグがないか、使えないタグです）",
            "unknown tag '{}' (no matching opening tag, or not available)",
        ),
    ),
)


def _undefined(text: str) -> Msg:
    name = re.fullmatch(r"'(.+)' is undefined", text)
    if name:
        return Msg(
            f"「{name.group(1)}」はこのテンプレートに渡されていません",
            f"'{name.group(1)}' is not given to this template",
        )
    if text.startswith("there is no parent block"):  # super(): {% extends %} is refused
        return Msg(
            "super() は使えません（親のテンプレートはありません）",
            "super() is not available (there is no parent template)",
        )
    key = re.fullmatch(r"'.+' has no (?:attribute|element) '?(.+?)'?", text)
    if key:
        return Msg(f"「{key.group(1)}」という項目はありません", f"no item '{key.group(1)}'")
    return Msg(f"値がありません（{text}）", f"missing value ({text})")


_RUNTIME: dict[type, Msg] = {
    ZeroDivisionError: Msg("0 で割っています", "division by zero"),
    RecursionError: Msg(
        "呼び出しが深すぎます（マクロや recursive のループが自分自身を呼び続けていませんか）",
        "calls nested too deeply (a macro or recursive loop calling itself?)",
    ),
    MemoryError: Msg("メモリが足りなくなりました", "out of memory"),
}


def _runtime(err: BaseException) -> Msg:
    for kind, message in _RUNTIME.items():
        if isinstance(err, kind):
            return message
    detail = f"{type(err).__name__}: {err}"
    return Msg(f"テンプレートの処理中に誤りがありました（{detail}）", f"template failed ({detail})")


def in_part(template: str, part: Any) -> TemplatePlace:
    """The place of a package part: the body is named by the template alone."""
    name = str(part.partname).lstrip("/")
    return TemplatePlace(template, "" if name == "word/document.xml" else name)
