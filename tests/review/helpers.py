"""Helpers for the review tests: a git repository made by the test, and reading tracked changes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from tests.conftest import REPO, SAMPLE_CONTENT, share_history

# The gendocs under test, also in child processes started from another folder (git runs textconv).
GENDOCS = [sys.executable, "-c", "from gendocs.cli import main; main()"]
ENV = dict(
    os.environ,
    PYTHONPATH=os.pathsep.join(
        [str(REPO)] + ([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [])
    ),
)


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` and return its output."""
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def make_repo(folder: Path) -> Path:
    """A git repository with a copy of the sample content/, committed once."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SAMPLE_CONTENT, folder / "content")
    git(folder, "init", "-q", "-b", "main")
    share_history(folder)  # the sample's 規約 is amended from a commit of this repository
    git(folder, "config", "user.name", "事務局")
    git(folder, "config", "user.email", "secretariat@example.invalid")
    git(folder, "add", "content")
    git(folder, "commit", "-q", "-m", "第1.0版", "--date", "2026-11-20T09:00:00+0900")
    return folder


def rename_member(content: Path) -> tuple[str, str]:
    """Change the first 町 whose name appears once in members.yaml into a 市; return (old, new)."""
    path = content / "members.yaml"
    text = path.read_text(encoding="utf-8")
    for old in re.findall(r"name: (\S+町)\n", text):
        if text.count(old) == 1:
            new = old[:-1] + "市"
            path.write_text(text.replace(f"name: {old}\n", f"name: {new}\n"), encoding="utf-8")
            return old, new
    raise AssertionError("no member to rename")


def set_availability(content: Path, value: str) -> str:
    """Set sla.availability; return the old value."""
    path = content / "sla.yaml"
    text = path.read_text(encoding="utf-8")
    match = re.search(r"^  availability: (\S+)", text, re.MULTILINE)
    assert match, "sla.availability not found in sla.yaml"
    path.write_text(text.replace(match.group(0), f"  availability: {value}", 1), encoding="utf-8")
    return match.group(1)


def tracked_texts(docx: Path) -> tuple[list[str], list[str]]:
    """The non-empty texts of every w:ins and w:del in the body (python-docx)."""
    body = Document(str(docx)).element.body
    inserted = ["".join(t.text or "" for t in e.iter(qn("w:t"))) for e in body.iter(qn("w:ins"))]
    deleted = [
        "".join(t.text or "" for t in e.iter(qn("w:delText"))) for e in body.iter(qn("w:del"))
    ]
    return [t for t in inserted if t], [t for t in deleted if t]


def tracked_rows(docx: Path) -> tuple[int, int]:
    """How many table rows are marked inserted and deleted."""
    body = Document(str(docx)).element.body
    return (
        len(body.findall(f".//{qn('w:trPr')}/{qn('w:ins')}")),
        len(body.findall(f".//{qn('w:trPr')}/{qn('w:del')}")),
    )


def gendocs(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the gendocs command line in a real process (exit codes as the user sees them)."""
    return subprocess.run(
        GENDOCS + list(args), capture_output=True, text=True, cwd=cwd, timeout=900, env=ENV
    )
