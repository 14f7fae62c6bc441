"""The 附則 of an amendment of the 組合's own 規約: a 一部事務組合 changes its 規約 with the 知事's
許可 (地方自治法第286条第1項: 「一部事務組合は、…規約を変更しようとするときは、関係地方公共団体の
協議によりこれを定め、…都道府県知事の許可を受けなければならない。」,
http://thoz.org/law/昭和22年4月17日法律第67号/第286条第1項/), so a file that names no 施行期日
takes effect on the day of that 許可, not on a 公布の日 the 組合 does not have. A 協議会's 設置要綱
(任意協議会, tests/fixtures/council5) keeps what its file says.
"""

from __future__ import annotations

from pathlib import Path

from gendocs.amend import draft_ordinance, read_ordinance
from gendocs.compute.amendments import _permission_day
from gendocs.load import load_content
from gendocs.validate import validate

ROOT = Path(__file__).resolve().parents[2]
KIYAKU = """\
神奈川県町村情報システム共同事業組合規約
第1条　この組合は、神奈川県町村情報システム共同事業組合という。
第2条　組合の事務所は、横浜市に置く。
"""


def test_a_union_rules_amendment_without_enforcement_takes_effect_on_the_permission() -> None:
    content = validate(load_content(ROOT / "content"))
    assert content.consortium.form == "一部事務組合"
    default = _permission_day(content, {"instrument": "union_rules"})
    assert default == {"enforcement": {"delegated": "神奈川県知事の許可の日"}}
    data = {"old": KIYAKU, "new": KIYAKU.replace("横浜市", "横浜市中区")} | default
    amendment = draft_ordinance(read_ordinance(data, name="k", source="k.yaml"))
    assert amendment.text().splitlines()[-1] == (
        "\u3000この規約は、神奈川県知事の許可の日から施行する。"
    )


def test_a_day_the_file_gives_is_kept() -> None:
    content = validate(load_content(ROOT / "content"))
    given = {"instrument": "union_rules", "enforcement": "2027-04-01"}
    assert _permission_day(content, given) == {}


def test_an_establishment_or_a_council_keeps_its_own_day() -> None:
    union = validate(load_content(ROOT / "content"))
    assert _permission_day(union, {"instrument": "establishment"}) == {}
    council = validate(load_content(ROOT / "tests" / "fixtures" / "council5" / "content"))
    assert council.consortium.form == "任意協議会"
    assert _permission_day(council, {"instrument": "union_rules"}) == {}
