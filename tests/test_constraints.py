"""Reproducible installs: constraints.txt pins, at the installed version, every distribution that
gendocs and its test extra need, and the README's commands and CI install with it.

pip's constraints files: https://pip.pypa.io/en/stable/user_guide/#constraints-files
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+)$")


def pins() -> dict[str, str]:
    lines = (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines()
    found = [PIN.match(line) for line in lines if line and not line.startswith("#")]
    assert all(found), "every line is a comment or name==version"
    return {canonicalize_name(m.group(1)): m.group(2) for m in found if m}


def requirements_of(name: str, extras: set[str], into: set[str]) -> set[str]:
    """The distributions ``name`` needs with ``extras``, transitively, for this platform."""
    for text in metadata.requires(name) or []:
        requirement = Requirement(text)
        applies = requirement.marker is None or any(
            requirement.marker.evaluate({"extra": extra}) for extra in extras | {""}
        )
        key = canonicalize_name(requirement.name)
        if applies and key not in into:
            into.add(key)
            requirements_of(requirement.name, set(requirement.extras), into)
    return into


def test_constraints_pin_every_distribution_gendocs_needs_at_the_installed_version() -> None:
    needed = requirements_of("gendocs", {"test"}, set())
    assert {
        "docxtpl",
        "python-docx",
        "lxml",
        "jinja2",
        "matplotlib",
        "pypandoc-binary",
        "pytest",
        "numpy",
        "pillow",
    } <= needed
    pinned = pins()
    assert sorted(needed - pinned.keys()) == []
    assert {n: pinned[n] for n in needed} == {n: metadata.version(n) for n in needed}


def test_constraints_pin_nothing_gendocs_does_not_need() -> None:
    assert sorted(pins().keys() - requirements_of("gendocs", {"test"}, set())) == []


def test_the_readme_commands_and_ci_install_with_the_constraints() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## クイックスタート")[1].split("\n## ")[0]
    commands = re.findall(r"```sh\n\s*(.+?)\n\s*```", quick_start)
    assert len(commands) == 2
    assert commands[0].startswith("python3 -m venv .venv && . .venv/bin/activate && ")
    assert all("pip install -c constraints.txt " in c for c in commands)
    assert "pip install -c constraints.txt .\n" in quick_start  # the Windows steps
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci[-1] == commands[1]
