"""Messages echo content text and unknown keys; what reaches the terminal is escaped."""

from __future__ import annotations

from gendocs.errors import ContentError, GendocsError, Location, Msg, Problem, terminal_safe


def test_controls_bidi_and_invisible_characters_are_written_as_escapes() -> None:
    assert (
        terminal_safe("a\x1b[2Jb\x07c\x9bd\u202ee\u200bf\ufeffg\x7fh")
        == "a\\x1b[2Jb\\x07c\\x9bd\\u202ee\\u200bf\\ufeffg\\x7fh"
    )


def test_text_people_write_is_left_as_it_is() -> None:
    text = "葛\U000e0100城町（令和8年度）　全角スペース ＡＢＣ １２３ 𠮷"
    assert terminal_safe(text) == text


def test_a_problem_is_one_line_whatever_its_key_holds() -> None:
    problem = Problem(
        Location("content/sla.yaml", 27, 3),
        "sla.a\nb\x1b]0;title\x07",
        Msg("この名前のキーはありません", "unknown key"),
    )
    assert (
        problem.text()
        == "content/sla.yaml:27:3: sla.a\\x0ab\\x1b]0;title\\x07: この名前のキーはありません"
    )
    assert (
        ContentError([problem]).lines("en")[0]
        == "content/sla.yaml:27:3: sla.a\\x0ab\\x1b]0;title\\x07: unknown key"
    )


def test_other_errors_keep_their_line_breaks_only() -> None:
    error = GendocsError(Msg("一行目\n二行目\x1b[0m", "line\n\u202etwo"))
    assert error.lines() == ["一行目\n二行目\\x1b[0m"]
    assert error.lines("en") == ["line\n\\u202etwo"]
