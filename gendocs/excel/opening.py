"""How every reader of a returned workbook starts: a list of problems located in the file
(``回答_葉山町.xlsx:現行システム!C12``) and the workbook, or one located problem when the bytes are
not a workbook. Used by the survey, inventory, 機能要件確認表 and Fit & Gap register readers."""

from __future__ import annotations

import io
from collections.abc import Callable

from openpyxl import Workbook, load_workbook

from gendocs.errors import Location, Msg, Problem

# report(where, ja, en): ``where`` is 「Sheet!C12」, or "" for the file as a whole
Report = Callable[[str, str, str], None]


def reporter(file_name: str) -> tuple[list[Problem], Report]:
    """The problems found in ``file_name`` and the function that adds one."""
    problems: list[Problem] = []

    def problem(where: str, ja: str, en: str) -> None:
        problems.append(
            Problem(Location(f"{file_name}:{where}" if where else file_name), "", Msg(ja, en))
        )

    return problems, problem


def open_workbook(data: bytes, problem: Report) -> Workbook | None:
    """The workbook in ``data``, or None after reporting that it cannot be read."""
    try:
        return load_workbook(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 - any unreadable file is one located problem
        problem(
            "",
            f"Excel ブック（.xlsx）として読めません（{type(err).__name__}）",
            f"not a readable .xlsx workbook ({type(err).__name__})",
        )
        return None
