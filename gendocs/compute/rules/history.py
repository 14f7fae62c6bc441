"""History: an instrument frozen at, or amended from, the content it was adopted at can read it.

(``history.frozen``, an instrument whose content changed since it was adopted and that nothing
amends, is found by the compute stage itself: :func:`gendocs.compute.amendments.as_adopted`.)"""

from __future__ import annotations

from collections.abc import Iterator

from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import Msg


def adopted(facts: Facts) -> Iterator[Finding]:
    """The revision an ordinance names as its instrument's adoption can be read from git.

    Without it (a copy of content/ outside git, a shallow clone, a tag not fetched) the build
    leaves that 一部改正 out of the 改め文 and 新旧対照表: a warning, an error with --strict."""
    bylaws = facts.data.get("bylaws")
    for name, data in bylaws.items() if isinstance(bylaws, dict) else ():
        why = facts.unreadable.get(str(data.get("adopted"))) if isinstance(data, dict) else None
        if why is not None:
            yield Finding(
                (("bylaws", name, "adopted"),),
                Msg(
                    f"{why.ja}。採択時の内容を読めないため、bylaws.{name} の文書を現在の内容で"
                    "作成します。adopted を確かめ、git のリポジトリの中でビルドしてください",
                    f"{why.en}; the content as adopted cannot be read, so the document of "
                    f"bylaws.{name} is built from the current content: check 'adopted' and "
                    "build inside the git repository",
                ),
                "warning",
            )
    for i, data in enumerate(facts.data.get("ordinances") or []):
        if not isinstance(data, dict) or "instrument" not in data:
            continue
        why = facts.unreadable.get(str(data.get("adopted")))
        if why is None:
            continue
        yield Finding(
            (("ordinances", i, "adopted"),),
            Msg(
                f"{why.ja}。採択時の内容を読めないため、{data['instrument']} の一部改正"
                "（改め文・新旧対照表）を作成しません。adopted を確かめ、"
                "git のリポジトリの中でビルドしてください",
                f"{why.en}; the content as adopted cannot be read, so the amendment of "
                f"{data['instrument']} is left out of the 改め文 and 新旧対照表: "
                "check 'adopted' and build inside the git repository",
            ),
            "warning",
        )


RULES = (Rule("history.adopted", adopted),)
