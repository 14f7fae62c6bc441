"""An instrument amended from its own history (issue 10 item 3): the 規約 document (41) and the
一部改正 that 50/51 draft are one text. The old text is bylaws.union_rules rendered from the content
at the git revision content/ordinances names as its adoption, the new one the current rendering.

Every history here is a git repository the test makes; the texts compared are written in the test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner

from gendocs.cli import cli
from gendocs.errors import ContentError, Msg
from gendocs.load import load_content
from gendocs.pipeline import build, prepare
from tests.conftest import SAMPLE_CONTENT, project_in, unfreeze
from tests.realclient import docx_text

RULE = "content/ordinances/kumiai-kiyaku.yaml"
DOCUMENTS = ["union_rules", "amendment_texts", "amendment_tables"]
SUPPLEMENT_OLD = "この規約の施行に関し必要な事項は、管理者が定める。"
SUPPLEMENT_NEW = "この規約に定めるもののほか、組合の運営に関し必要な事項は、管理者が定める。"
TERM_OLD = "管理者及び副管理者の任期は、2年とする。"
TERM_NEW = "管理者及び副管理者の任期は、4年とする。"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _edit(repo: Path, file: str, old: str, new: str) -> None:
    path = repo / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the sample changed: {old!r} is not in {file} once"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _adopt(repo: Path, label: str) -> None:
    path = repo / RULE
    text = path.read_text(encoding="utf-8")
    assert len(re.findall(r"(?m)^adopted: .*$", text)) == 1
    path.write_text(re.sub(r"(?m)^adopted: .*$", f"adopted: {label}", text), encoding="utf-8")


def _commit(repo: Path, message: str, tag: str) -> None:
    _git(repo, "add", "-A")
    _git(
        repo,
        "-c",
        "user.name=事務局",
        "-c",
        "user.email=s@example.invalid",
        "commit",
        "-qm",
        message,
    )
    _git(repo, "tag", tag)


def _repository(tmp_path: Path) -> Path:
    """The sample in a git repository of its own: the 規約 as it is, tagged 制定."""
    repo = tmp_path / "project"
    shutil.copytree(SAMPLE_CONTENT, repo / "content")
    unfreeze(repo)  # the sample's 設置要綱 is frozen at a commit this repository lacks
    _git(repo, "init", "-q", "-b", "main")
    _adopt(repo, "制定")
    _commit(repo, "規約の制定", "制定")
    return repo


def _texts(repo: Path) -> dict[str, str]:
    """41, 50 and 51 built together in one build, as plain text without spaces."""
    paths = build(project_in(repo), DOCUMENTS, force=True)
    return {
        name: re.sub(r"\s+", "", docx_text(p)) for name, p in zip(DOCUMENTS, paths, strict=True)
    }


def _rule_amendment(text: str) -> str:
    """The part of 50 (or 51) that amends the 規約: up to the next rule's page."""
    start = text.index("共同事業組合規約の一部を改正する規約")
    end = text.find("寒川町", start)
    return text[start : end if end > 0 else len(text)]


def test_the_rules_document_and_its_amendment_agree(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _edit(repo, "content/bylaws.yaml", SUPPLEMENT_OLD, SUPPLEMENT_NEW)
    texts = _texts(repo)
    assert SUPPLEMENT_NEW in texts["union_rules"] and SUPPLEMENT_OLD not in texts["union_rules"]
    drafted = _rule_amendment(texts["amendment_texts"])
    # 補則 is the last article: 第13条 (the 情報セキュリティ article is 第5条). Checked by hand:
    # 「この規約の施行に関し」, 「に定めるもの」 added after 「規約」 and 「施行」 replaced,
    # reads as the new text.
    assert (
        "第13条中「規約」の次に「に定めるもの」を加え、「施行」を「ほか、組合の運営」に改める。"
        in drafted
    )
    assert "任期" not in drafted  # nothing else changed
    table = texts["amendment_tables"]  # its cells follow all headings in the extracted text
    assert "共同事業組合規約新旧対照表" in table
    assert SUPPLEMENT_OLD in table
    assert "組合の運営に関し必要な事項" in table


def test_a_later_adoption_revision_amends_from_there(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _edit(repo, "content/bylaws.yaml", SUPPLEMENT_OLD, SUPPLEMENT_NEW)
    _commit(repo, "補則の改正", "第1次改正")
    _adopt(repo, "第1次改正")
    _edit(repo, "content/bylaws.yaml", TERM_OLD, TERM_NEW)
    texts = _texts(repo)
    assert TERM_NEW in texts["union_rules"] and SUPPLEMENT_NEW in texts["union_rules"]
    drafted = _rule_amendment(texts["amendment_texts"])
    assert "第8条第3項中「2年」を「4年」に改める。" in drafted  # 執行機関, its third 項
    assert "補則" not in drafted and "組合の運営に関し" not in drafted  # adopted already


def test_the_adopted_instrument_unchanged_drafts_nothing(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    texts = _texts(repo)
    assert "共同事業組合規約の一部を改正する規約" not in texts["amendment_texts"]
    assert "寒川町手数料条例の一部を改正する条例" in texts["amendment_texts"]


def test_outside_git_the_amendment_is_left_out_with_a_located_warning(tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(SAMPLE_CONTENT, folder / "content")
    unfreeze(folder)  # the sample's 設置要綱 is frozen at a commit this repository lacks
    content = str(folder / "content")
    strict = CliRunner().invoke(cli, ["validate", "--strict", "--content", content])
    assert strict.exit_code == 1
    line = 1 + (folder / RULE).read_text(encoding="utf-8").split("\nadopted:")[0].count("\n") + 1
    assert f"kumiai-kiyaku.yaml:{line}:10: ordinances[0].adopted: 警告: " in strict.stderr
    assert "git のリポジトリではありません" in strict.stderr
    assert "union_rules の一部改正（改め文・新旧対照表）を作成しません" in strict.stderr
    assert "Traceback" not in strict.stderr
    english = CliRunner().invoke(cli, ["--lang", "en", "validate", "--content", content])
    assert english.exit_code == 0, english.output
    assert "the amendment of union_rules is left out" in english.stderr
    texts = _texts(folder)
    assert "共同事業組合規約の一部を改正する規約" not in texts["amendment_texts"]
    assert "寒川町手数料条例の一部を改正する条例" in texts["amendment_texts"]


def test_an_unknown_revision_is_a_located_warning(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _adopt(repo, "ない改正")
    raw = load_content(repo / "content")
    warnings: list[str] = []
    prepare(raw, warn=lambda p: warnings.append(p.text()))
    assert len(warnings) == 1
    assert "kumiai-kiyaku.yaml:" in warnings[0] and "ordinances[0].adopted" in warnings[0]
    assert "リビジョン「ない改正」はこのリポジトリにありません" in warnings[0]


def test_content_at_the_adoption_is_checked_where_it_was_written(tmp_path: Path) -> None:
    repo = tmp_path / "project"
    shutil.copytree(SAMPLE_CONTENT, repo / "content")
    unfreeze(repo)  # the sample's 設置要綱 is frozen at a commit this repository lacks
    _git(repo, "init", "-q", "-b", "main")
    _edit(repo, "content/bylaws.yaml", "    enacted: 2011-02-08", "    enacted: 2011-02-31")
    _commit(repo, "誤った制定日", "制定")
    _edit(repo, "content/bylaws.yaml", "    enacted: 2011-02-31", "    enacted: 2011-02-08")
    _adopt(repo, "制定")
    try:
        prepare(load_content(repo / "content"))
    except ContentError as error:
        found = [p.text() for p in error.problems]
    else:
        raise AssertionError("the adopted content's error was not reported")
    assert len(found) == 1, found
    assert found[0].startswith("制定:content/bylaws.yaml:"), found
    assert "bylaws.union_rules.enacted" in found[0]


def test_an_instrument_with_its_own_texts_is_refused_at_the_key(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    path = repo / RULE
    path.write_text(path.read_text(encoding="utf-8") + "old: |\n  規約\n", encoding="utf-8")
    try:
        prepare(load_content(repo / "content"))
    except ContentError as error:
        found = [p.text() for p in error.problems]
    else:
        raise AssertionError("old beside instrument was accepted")
    assert any("kumiai-kiyaku.yaml:" in f and "ordinances[0].old" in f for f in found), found


def test_amending_an_instrument_the_content_lacks_is_located(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    path = repo / "content" / "bylaws.yaml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("  union_rules:\n"), text.index("  agreement:\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    try:
        prepare(load_content(repo / "content"))
    except ContentError as error:
        found = [p.text() for p in error.problems]
    else:
        raise AssertionError("an amendment of a missing 規約 was accepted")
    assert len(found) == 1, found
    assert found[0].endswith(
        "kumiai-kiyaku.yaml:4:13: ordinances[0].instrument: "
        "現在の内容に bylaws.union_rules がありません"
    ), found


# Item 2: a signed instrument named with its adoption revision is frozen.
SIGNED = "    title: 情報システムの共同利用に関する基本合意書\n"
PHASE_OLD = 'name: 導入・移行, start: "2027-10", end: "2029-03"'
PHASE_NEW = 'name: 導入・移行, start: "2027-10", end: "2029-09"'


def _agreement(repo: Path) -> str:
    (path,) = build(project_in(repo), ["agreement"], force=True)
    return re.sub(r"\s+", "", docx_text(path))


def _sign_agreement(tmp_path: Path) -> Path:
    """The sample's 基本合意書 signed (tagged 締結) with its adoption revision in content."""
    repo = _repository(tmp_path)
    _edit(repo, "content/bylaws.yaml", SIGNED, SIGNED + "    adopted: 締結\n")
    _commit(repo, "基本合意書の締結", "締結")
    return repo


def test_a_signed_agreement_keeps_its_text_when_the_schedule_changes(tmp_path: Path) -> None:
    repo = _sign_agreement(tmp_path)
    signed = _agreement(repo)
    assert "令和11年3月" in signed  # the 導入・移行 phase as signed (its end month)
    _edit(repo, "content/schedule.yaml", PHASE_OLD, PHASE_NEW)
    warnings: list[str] = []
    prepare(load_content(repo / "content"), warn=lambda p: warnings.append(p.text()))
    assert len(warnings) == 1, warnings
    line = 1 + (repo / "content/bylaws.yaml").read_text("utf-8").split("    adopted: 締結")[
        0
    ].count("\n")
    assert f"content/bylaws.yaml:{line}:14: bylaws.agreement.adopted: 警告: " in warnings[0]
    assert "instrument: agreement の一部改正" in warnings[0]
    assert _agreement(repo) == signed  # the schedule change does not rewrite what was signed
    strict = CliRunner().invoke(cli, ["validate", "--strict", "--content", str(repo / "content")])
    assert strict.exit_code == 1 and "history.frozen" in strict.stderr


def test_without_a_change_the_frozen_agreement_is_the_current_one(tmp_path: Path) -> None:
    repo = _sign_agreement(tmp_path)
    warnings: list[str] = []
    prepare(load_content(repo / "content"), warn=lambda p: warnings.append(p.text()))
    assert warnings == []


def test_an_amended_instrument_prints_the_amended_text(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _edit(
        repo,
        "content/bylaws.yaml",
        "    enacted: 2011-02-08\n",
        "    enacted: 2011-02-08\n    adopted: 制定\n",
    )
    _edit(repo, "content/bylaws.yaml", SUPPLEMENT_OLD, SUPPLEMENT_NEW)
    texts = _texts(repo)  # frozen at 制定, but content/ordinances amends it: 41 is the new text
    assert SUPPLEMENT_NEW in texts["union_rules"]
    assert "第13条中「規約」の次に「に定めるもの」を加え" in texts["amendment_texts"]


def test_only_bylaws_instruments_take_an_adoption(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    text = (repo / "content/security.yaml").read_text(encoding="utf-8")
    assert text.count("\n  audit_rules:\n") == 1
    (repo / "content/security.yaml").write_text(
        text.replace("\n  audit_rules:\n", "\n  audit_rules:\n    adopted: 制定\n"),
        encoding="utf-8",
    )
    try:
        prepare(load_content(repo / "content"))
    except ContentError as error:
        found = [p.text() for p in error.problems]
    else:
        raise AssertionError("adopted on the 監査実施要綱 was accepted")
    assert len(found) == 1 and "security.audit_rules.adopted: adopted は" in found[0], found


def test_a_moved_tag_rebuilds_what_was_adopted_at_it(tmp_path: Path) -> None:
    """The manifest records the commit each adoption revision named; moving the tag (content
    files untouched) rebuilds the frozen document from the commit it names now."""
    repo = _sign_agreement(tmp_path)
    old = "構成団体が協議して定める。"
    _edit(repo, "content/bylaws.yaml", old, "構成団体が協議して決定する。")
    _git(
        repo,
        "-c",
        "user.name=事務局",
        "-c",
        "user.email=s@example.invalid",
        "commit",
        "-qam",
        "改め",
    )
    project = project_in(repo)
    (path,) = build(project, ["agreement"])
    assert old in re.sub(r"\s+", "", docx_text(path))  # frozen at 締結, before the change
    reasons: list[str] = []

    def explain(_doctype: object, reason: Msg | None) -> None:
        reasons.append("" if reason is None else reason.ja)

    build(project, ["agreement"], explain=explain)
    assert reasons == [""]  # nothing changed: up to date
    _git(repo, "tag", "-f", "締結")  # the agreement was signed as changed: the tag moves
    build(project, ["agreement"], explain=explain)
    assert "リビジョン「締結」の指すコミットが変わりました" in reasons[-1]
    text = re.sub(r"\s+", "", docx_text(path))
    assert "構成団体が協議して決定する。" in text and old not in text


def test_a_signed_agreement_keeps_its_date_and_signatories(tmp_path: Path) -> None:
    """Freezing covers the instrument, not only its articles: its 締結日, 通数 and signatories
    are those of the content at the adoption."""
    repo = _sign_agreement(tmp_path)
    signed = _agreement(repo)
    assert "令和8年12月18日" in signed and "本書13通を作成し" in signed
    assert "清川村長印" in signed
    _edit(repo, "content/bylaws.yaml", "    enacted: 2026-12-18\n", "    enacted: 2027-01-15\n")
    parties = (
        "    parties: [hayama, samukawa, oiso, ninomiya, nakai, oi, matsuda, yamakita, kaisei,"
    )
    text = (repo / "content/bylaws.yaml").read_text("utf-8")
    last = text.rindex(parties)  # the agreement's, the last text of bylaws.yaml
    end = text.index("]", last)
    (repo / "content/bylaws.yaml").write_text(
        text[:last] + parties + " hakone]" + text[end + 1 :], encoding="utf-8"
    )
    now = _agreement(repo)
    assert "令和8年12月18日" in now and "令和9年1月15日" not in now
    assert "本書13通を作成し" in now and "清川村長印" in now


def test_an_ordinance_takes_its_instruments_adoption(tmp_path: Path) -> None:
    """Without its own ``adopted`` an ordinance amends from ``bylaws.<instrument>.adopted``."""
    repo = _repository(tmp_path)
    path = repo / RULE
    path.write_text(
        re.sub(r"(?m)^adopted: .*\n", "", path.read_text(encoding="utf-8")), encoding="utf-8"
    )
    _edit(
        repo,
        "content/bylaws.yaml",
        "    enacted: 2011-02-08\n",
        "    enacted: 2011-02-08\n    adopted: 制定\n",
    )
    _edit(repo, "content/bylaws.yaml", TERM_OLD, TERM_NEW)
    drafted = _rule_amendment(_texts(repo)["amendment_texts"])
    assert "第8条第3項中「2年」を「4年」に改める。" in drafted


def test_the_samples_establishment_is_frozen_at_its_enactment(project_dir: Path) -> None:
    """The sample's 設置要綱 (制定 令和8年4月1日) is frozen: a later change to its articles is
    not printed and warns (history.frozen) until content/ordinances amends it."""
    before = _establishment(project_dir)
    old = "会長が会議に諮って定める。"
    _edit(project_dir, "content/bylaws.yaml", old, "会長が定める。")
    warnings: list[str] = []
    prepare(load_content(project_dir / "content"), warn=lambda p: warnings.append(p.text()))
    assert len(warnings) == 1 and "bylaws.establishment.adopted" in warnings[0], warnings
    assert _establishment(project_dir) == before


def _establishment(folder: Path) -> str:
    (path,) = build(project_in(folder), ["establishment"], force=True)
    return re.sub(r"\s+", "", docx_text(path))
