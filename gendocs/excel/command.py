"""``gendocs costs --format xlsx|docx [--member ID]``: the workbooks and the member's document,
written to ``--out`` or into the output folder. Called by :mod:`gendocs.commands.costs`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from gendocs.compute import CostResult
from gendocs.errors import Msg, UsageError
from gendocs.excel.costs import consortium_workbook, member_workbook
from gendocs.model import Content
from gendocs.project import Project
from gendocs.write import document_stamp, write_file


def write_costs(
    project: Project,
    content: Content,
    result: CostResult,
    years: tuple[int, ...],
    fmt: str,
    member: str | None,
    out: Path | None,
) -> Path:
    """Write the workbook (or the member's .docx); the path written."""
    if member is None and fmt != "xlsx":
        raise UsageError(
            Msg(
                "--format docx には --member（構成団体の ID）を指定してください",
                "--format docx needs --member (a member's id)",
            )
        )
    if member is not None and fmt not in ("xlsx", "docx"):
        raise UsageError(
            Msg(
                "--member は --format xlsx または docx と一緒に指定してください",
                "--member goes with --format xlsx or docx",
            )
        )
    stamp = document_stamp(datetime.combine(content.project.date, datetime.min.time(), UTC))
    consortium = content.consortium.name
    if member is None:
        data = consortium_workbook(result, years, consortium, stamp)
        name = "負担金_構成団体別.xlsx"
    else:
        known = [m.id for m in result.inputs.members]
        if member not in known:
            raise UsageError(
                Msg(
                    f"構成団体 {member} はありません（{', '.join(known)}）",
                    f"no member {member} (members: {', '.join(known)})",
                )
            )
        title = result.inputs.member(member).name
        if fmt == "xlsx":
            data = member_workbook(result, member, years, consortium, stamp)
        else:
            from gendocs.excel.member_docx import member_document

            data = member_document(project, content, result, member, years, stamp)
        name = f"負担金_{title}.{fmt}"
    return write_file(out if out is not None else project.output_dir / name, data)
