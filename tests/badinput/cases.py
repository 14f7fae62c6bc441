"""The bad-input corpus: one small edit of the sample content per case, and the exact lines
``gendocs validate`` and ``gendocs build`` print for it (exit status 1, output/ untouched).

Lines are written as the user sees them. Positions count from 1; the column is where the value
(or, for an unknown key, the key) starts. Each line was checked against the edited file by
hand, and ``test_each_location_is_on_a_line_the_case_changed`` checks the line numbers again
from the edits alone. Adding a case: write the edit, run the corpus, check the place and the
wording the failure shows, then copy the line here.
"""

from __future__ import annotations

from tests.badinput.corpus import Case, Make, edit

LONG_NAME = "長" * 300
HUGE_NAME = "名" * 200_000
DIGITS_5000 = "9" * 5000

# YAML level: what the loader refuses before any schema is consulted.
YAML_CASES = [
    Case(
        "impossible-date-feb-30",
        (edit("project.yaml", "  date: 2026-11-20\n", "  date: 2026-02-30\n"),),
        (
            "content/project.yaml:4:9: project.date: 存在しない日付です（「2026-02-30」が書かれています）",
        ),
        en=("content/project.yaml:4:9: project.date: no such date: '2026-02-30'",),
    ),
    Case(
        "impossible-date-month-13",
        (edit("consortium.yaml", "established: 2011-04-01", "established: 2026-13-01"),),
        (
            "content/consortium.yaml:7:16: consortium.established: 存在しない日付です（「2026-13-01」が書かれています）",
        ),
    ),
    Case(
        "impossible-date-feb-29-not-leap",
        (edit("sla.yaml", "valid_from: 2028-04-01", "valid_from: 2027-02-29"),),
        (
            "content/sla.yaml:29:15: sla.valid_from: 存在しない日付です（「2027-02-29」が書かれています）",
        ),
    ),
    Case(
        "impossible-date-in-flow-mapping",
        (edit("members.yaml", "30708, as_of: 2020-10-01", "30708, as_of: 2024-09-31"),),
        (
            "content/members.yaml:8:39: members[0].population.as_of: 存在しない日付です（「2024-09-31」が書かれています）",
        ),
    ),
    Case(
        "impossible-date-in-a-text-field",
        (edit("project.yaml", "summary: 検討部会での意見を反映", "summary: 2026-02-30"),),
        (
            "content/project.yaml:7:51: project.revisions[0].summary: 存在しない日付です（「2026-02-30」が書かれています）",
        ),
    ),
    Case(
        "impossible-date-in-an-ordinance-file",
        (
            edit(
                "ordinances/kumiai-kiyaku.yaml",
                "enforcement: 2027-04-01",
                "enforcement: 2027-04-31",
            ),
        ),
        (
            "content/ordinances/kumiai-kiyaku.yaml:7:14: ordinances[0].enforcement: 存在しない日付です（「2027-04-31」が書かれています）",
        ),
    ),
    Case(
        "impossible-date-as-a-key",
        (
            edit(
                "plan.yaml",
                "  title: 自治体クラウド導入計画書\n",
                "  title: 自治体クラウド導入計画書\n  2026-02-30: 予定\n",
            ),
        ),
        ("content/plan.yaml:4:3: plan: 存在しない日付です（「2026-02-30」が書かれています）",),
    ),
    Case(
        "timestamp-in-a-date-field",
        (edit("project.yaml", "  date: 2026-11-20\n", "  date: 2026-11-20 10:00:00\n"),),
        (
            "content/project.yaml:4:9: project.date: 時刻のない日付が必要です（時刻付きの「2026-11-20 10:00:00」が書かれています）",
        ),
    ),
    Case(
        "timestamp-in-a-legal-date",
        (edit("bylaws.yaml", "enacted: 2026-12-18", "enacted: 2026-12-18T09:00:00+09:00"),),
        (
            "content/bylaws.yaml:174:14: bylaws.agreement.enacted: 時刻のない日付が必要です（時刻付きの「2026-12-18T09:00:00+09:00」が書かれています）",
        ),
    ),
    # found by the fuzz: the amendment reader compared it with a date and raised TypeError
    Case(
        "timestamp-in-an-ordinance-file",
        (
            edit(
                "ordinances/samukawa-denshi-keisan.yaml",
                "enforcement: 2027-04-01",
                "enforcement: 2027-04-01 09:00:00",
            ),
        ),
        (
            "content/ordinances/samukawa-denshi-keisan.yaml:7:14: ordinances[2].enforcement: 時刻のない日付が必要です（時刻付きの「2027-04-01 09:00:00」が書かれています）",
        ),
    ),
    Case(
        "nan-in-a-bounded-number",
        (edit("sla.yaml", "availability: 99.5", "availability: .nan"),),
        (
            "content/sla.yaml:5:17: sla.availability: 有限の数値が必要です（非数 .nan が書かれています）",
        ),
        en=(
            "content/sla.yaml:5:17: sla.availability: expected a finite number, found .nan (not a number)",
        ),
    ),
    Case(
        "nan-in-an-integer",
        (edit("costs.yaml", "years: 5 ", "years: .NaN "),),
        (
            "content/costs.yaml:12:10: costs.years: 有限の数値が必要です（非数 .nan が書かれています）",
        ),
    ),
    Case(
        "inf-in-a-rate",
        (edit("costs.yaml", "annual_rate: 0.02", "annual_rate: .inf"),),
        (
            "content/costs.yaml:76:18: costs.outlook.annual_rate: 有限の数値が必要です（無限大 .inf か、大きすぎて無限大になる数が書かれています）",
        ),
    ),
    Case(
        "negative-inf-in-an-amount",
        (edit("costs.yaml", "amount: 150000000}", "amount: -.inf}"),),
        (
            "content/costs.yaml:50:45: costs.items[0].amounts[0].amount: 有限の数値が必要です（無限大 .inf か、大きすぎて無限大になる数が書かれています）",
        ),
    ),
    Case(
        "overflowing-float",
        (edit("procurement.yaml", "ceiling_price: 2500000000", "ceiling_price: 1e400"),),
        (
            "content/procurement.yaml:14:18: procurement.ceiling_price: 有限の数値が必要です（無限大 .inf か、大きすぎて無限大になる数が書かれています）",
        ),
    ),
    Case(
        "nan-in-a-list-of-weights",
        (edit("costs.yaml", "{basis: 人口割, weight: 0.6}", "{basis: 人口割, weight: .nan}"),),
        (
            "content/costs.yaml:67:64: costs.items[2].shares[1].weight: 有限の数値が必要です（非数 .nan が書かれています）",
        ),
    ),
    Case(
        "integer-beyond-python-digits",
        (edit("members.yaml", "value: 30708,", f"value: {DIGITS_5000},"),),
        (
            "content/members.yaml:8:25: members[0].population.value: 数の桁が多すぎます（5000桁が書かれています）",
        ),
    ),
    Case(
        "python-object-tag",
        (
            edit(
                "consortium.yaml",
                "  short_name: 組合",
                "  short_name: !!python/object/apply:os.system [echo]",
            ),
        ),
        (
            "content/consortium.yaml:4:15: consortium.short_name: YAML のタグ（!!python/object/apply:os.system）は使えません。タグを消して値だけを書いてください",
        ),
        en=(
            "content/consortium.yaml:4:15: consortium.short_name: YAML tags (!!python/object/apply:os.system) are not allowed; remove the tag and write the plain value",
        ),
    ),
    Case(
        "python-name-tag",
        (
            edit(
                "plan.yaml",
                "  title: 自治体クラウド導入計画書\n",
                "  title: !!python/name:os.system\n",
            ),
        ),
        (
            "content/plan.yaml:3:10: plan.title: YAML のタグ（!!python/name:os.system）は使えません。タグを消して値だけを書いてください",
        ),
    ),
    Case(
        "custom-tag",
        (edit("consortium.yaml", "  short_name: 組合", "  short_name: !secret 組合"),),
        (
            "content/consortium.yaml:4:15: consortium.short_name: YAML のタグ（!secret）は使えません。タグを消して値だけを書いてください",
        ),
    ),
    Case(
        "binary-tag",
        (edit("project.yaml", "  edition: 第1.0版", "  edition: !!binary 56ysMS4w54mI"),),
        (
            "content/project.yaml:3:12: project.edition: YAML のタグ（!!binary）は使えません。タグを消して値だけを書いてください",
        ),
    ),
    Case(
        "set-tag",
        (
            edit(
                "procurement.yaml",
                "  submissions: [会社概要, 導入実績一覧, 提案書, 機能要件確認表, 見積書]",
                "  submissions: !!set {参加申込書, 会社概要}",
            ),
        ),
        (
            "content/procurement.yaml:35:16: procurement.submissions: YAML のタグ（!!set）は使えません。タグを消して値だけを書いてください",
        ),
    ),
    Case(
        "omap-tag",
        (
            edit(
                "costs.yaml",
                "  guarantee: {min_saving: 0.3}",
                "  guarantee: !!omap [{min_saving: 0.3}]",
            ),
        ),
        (
            "content/costs.yaml:80:14: costs.guarantee: YAML のタグ（!!omap）は使えません。タグを消して値だけを書いてください",
        ),
    ),
    Case(
        "tag-on-a-mapping",
        (edit("consortium.yaml", "  office:\n", "  office: !office\n"),),
        (
            "content/consortium.yaml:8:11: consortium.office: YAML のタグ（!office）は使えません。タグを消して値だけを書いてください",
        ),
    ),
    Case(
        "tag-on-a-list-item",
        (edit("members.yaml", "  - id: hayama\n", "  - !member\n    id: hayama\n"),),
        (
            "content/members.yaml:4:5: members[0]: YAML のタグ（!member）は使えません。タグを消して値だけを書いてください",
        ),
    ),
    Case(
        "tag-on-a-whole-file",
        (edit("sla.yaml", "sla:\n", "--- !config\nsla:\n"),),
        (
            "content/sla.yaml:4:5: YAML のタグ（!config）は使えません。タグを消して値だけを書いてください",
        ),
    ),
    Case(
        "tag-in-an-ordinance-file",
        (edit("ordinances/samukawa-tesuryo.yaml", "style: municipal", "style: !style municipal"),),
        (
            "content/ordinances/samukawa-tesuryo.yaml:4:8: ordinances[5].style: YAML のタグ（!style）は使えません。タグを消して値だけを書いてください",
        ),
    ),
    Case(
        "merge-key-carries-a-bad-value-located-at-its-anchor",
        (
            edit(
                "consortium.yaml",
                "  decision_body:\n    name: 組合議会\n",
                "  decision_body: &body\n    name: 組合議会\n",
            ),
            edit(
                "consortium.yaml",
                "    meetings: 定例会は毎年2回、臨時会は必要に応じて招集する\n",
                "    meetings: 定例会は毎年2回、臨時会は必要に応じて招集する\n    term: 4年\n",
            ),
            edit(
                "consortium.yaml",
                "  executive:\n    name: 管理者\n",
                "  executive:\n    <<: *body\n    name: 管理者\n",
            ),
        ),
        (
            "content/consortium.yaml:18:5: consortium.decision_body.term: この名前のキーはありません（綴りを確認してください）",
            "content/consortium.yaml:18:5: consortium.executive.term: この名前のキーはありません（綴りを確認してください）",
        ),
    ),
    Case(
        "merge-key-with-a-scalar",
        (
            edit(
                "consortium.yaml",
                "  office:\n    name: 神奈川自治会館\n",
                "  office:\n    <<: 5\n    name: 神奈川自治会館\n",
            ),
        ),
        (
            "content/consortium.yaml:9:9: YAML の書き方に誤りがあります。（expected a mapping or list of mappings for merging, but found scalar）",
        ),
    ),
]

# Characters that hide or reorder text, or that a terminal acts on.
CHARACTER_CASES = [
    Case(
        "bidi-override-in-a-name",
        (
            edit(
                "consortium.yaml",
                "  name: 神奈川県町村情報システム共同事業組合",
                "  name: 神奈川県町村\u202e合組業事同共",
            ),
        ),
        (
            "content/consortium.yaml:3:9: consortium.name: 見えない文字または表示の順序を変える文字 U+202E（RIGHT-TO-LEFT OVERRIDE）が含まれています。削除してください",
        ),
        en=(
            "content/consortium.yaml:3:9: consortium.name: the invisible or reordering character U+202E (RIGHT-TO-LEFT OVERRIDE) is not allowed; remove it",
        ),
    ),
    Case(
        "bidi-embedding-escaped",
        (edit("members.yaml", "    name: 葉山町\n", '    name: "葉山\\u202a町"\n'),),
        (
            "content/members.yaml:5:11: members[0].name: 見えない文字または表示の順序を変える文字 U+202A（LEFT-TO-RIGHT EMBEDDING）が含まれています。削除してください",
        ),
    ),
    Case(
        "bidi-isolate",
        (edit("members.yaml", "    name: 寒川町\n", '    name: "寒川\\u2066町"\n'),),
        (
            "content/members.yaml:12:11: members[1].name: 見えない文字または表示の順序を変える文字 U+2066（LEFT-TO-RIGHT ISOLATE）が含まれています。削除してください",
        ),
    ),
    Case(
        "bidi-pop-isolate-in-text",
        (
            edit(
                "plan.yaml",
                "  title: 自治体クラウド導入計画書\n",
                '  title: "自治体クラウド\\u2069導入計画書"\n',
            ),
        ),
        (
            "content/plan.yaml:3:10: plan.title: 見えない文字または表示の順序を変える文字 U+2069（POP DIRECTIONAL ISOLATE）が含まれています。削除してください",
        ),
    ),
    Case(
        "right-to-left-mark",
        (
            edit("sla.yaml", "review: 毎年度のSLA評価", 'review: "\\u200f毎年度のSLA評価'),
            edit("sla.yaml", "改定は書面で行う。", '改定は書面で行う。"'),
        ),
        (
            "content/sla.yaml:30:11: sla.review: 見えない文字または表示の順序を変える文字 U+200F（RIGHT-TO-LEFT MARK）が含まれています。削除してください",
        ),
    ),
    Case(
        "zero-width-space-in-an-id",
        (edit("members.yaml", "  - id: hayama\n", '  - id: "haya\\u200bma"\n'),),
        (
            "content/members.yaml:4:9: members[0].id: 見えない文字または表示の順序を変える文字 U+200B（ZERO WIDTH SPACE）が含まれています。削除してください",
        ),
    ),
    Case(
        "zero-width-joiner-in-a-name",
        (edit("members.yaml", "    name: 大磯町\n", "    name: 大\u200d磯町\n"),),
        (
            "content/members.yaml:19:11: members[2].name: 見えない文字または表示の順序を変える文字 U+200D（ZERO WIDTH JOINER）が含まれています。削除してください",
        ),
    ),
    Case(
        "zero-width-non-joiner",
        (edit("targets.yaml", "name: ICT経費の縮減", "name: ICT\u200c経費の縮減"),),
        (
            "content/targets.yaml:5:24: targets.goals[0].name: 見えない文字または表示の順序を変える文字 U+200C（ZERO WIDTH NON-JOINER）が含まれています。削除してください",
        ),
    ),
    Case(
        "byte-order-mark-inside-text",
        (
            edit(
                "plan.yaml",
                "    model: SaaS\n    data_center: 国内",
                "    model: SaaS\n    data_center: 国\ufeff内",
            ),
        ),
        (
            "content/plan.yaml:20:18: plan.deployment.data_center: 見えない文字または表示の順序を変える文字 U+FEFF（ZERO WIDTH NO-BREAK SPACE）が含まれています。削除してください",
        ),
    ),
    Case(
        "arabic-letter-mark",
        (edit("sla.yaml", "days: 閉庁日を除く毎日", 'days: "閉庁日を除く\\u061c毎日"'),),
        (
            "content/sla.yaml:6:25: sla.service_hours.days: 見えない文字または表示の順序を変える文字 U+061C（ARABIC LETTER MARK）が含まれています。削除してください",
        ),
    ),
    Case(
        "line-separator",
        (edit("plan.yaml", "    network: LGWAN\n", '    network: "LG\\LWAN"\n'),),
        (
            "content/plan.yaml:21:14: plan.deployment.network: 見えない文字または表示の順序を変える文字 U+2028（LINE SEPARATOR）が含まれています。削除してください",
        ),
    ),
    Case(
        "c1-control-next-line",
        (
            edit(
                "members.yaml",
                "    head_title: 町長\n    population: {value: 30708",
                '    head_title: "町\\N長"\n    population: {value: 30708',
            ),
        ),
        (
            "content/members.yaml:7:17: members[0].head_title: 文書に書けない制御文字 U+0085 が含まれています。削除してください",
        ),
    ),
    Case(
        "c1-control-escaped",
        (edit("consortium.yaml", "  prefecture: 神奈川県", '  prefecture: "神奈川\\x9b県"'),),
        (
            "content/consortium.yaml:6:15: consortium.prefecture: 文書に書けない制御文字 U+009B が含まれています。削除してください",
        ),
    ),
    Case(
        "delete-character",
        (edit("consortium.yaml", "  prefecture: 神奈川県", '  prefecture: "神奈川県\\x7f"'),),
        (
            "content/consortium.yaml:6:15: consortium.prefecture: 文書に書けない制御文字 U+007F が含まれています。削除してください",
        ),
    ),
    Case(
        "carriage-return",
        (edit("project.yaml", "  edition: 第1.0版", '  edition: "第1.0版\\r"'),),
        (
            "content/project.yaml:3:12: project.edition: 文書に書けない制御文字 U+000D が含まれています。削除してください",
        ),
    ),
    Case(
        "escape-character-in-a-value",
        (edit("consortium.yaml", "  short_name: 組合", '  short_name: "\\e[31m組合\\e[0m"'),),
        (
            "content/consortium.yaml:4:15: consortium.short_name: 文書に書けない制御文字 U+001B が含まれています。削除してください",
        ),
    ),
    Case(
        "bell-in-a-value",
        (edit("consortium.yaml", "  short_name: 組合", '  short_name: "組合\\a"'),),
        (
            "content/consortium.yaml:4:15: consortium.short_name: 文書に書けない制御文字 U+0007 が含まれています。削除してください",
        ),
    ),
    Case(
        "nul-in-a-value",
        (edit("consortium.yaml", "  short_name: 組合", '  short_name: "組\\0合"'),),
        (
            "content/consortium.yaml:4:15: consortium.short_name: 文書に書けない制御文字 U+0000 が含まれています。削除してください",
        ),
    ),
    Case(
        "raw-c1-byte-in-the-file",
        (edit("consortium.yaml", "  short_name: 組合", "  short_name: 組\u0086合"),),
        (
            "content/consortium.yaml:4:16: 文書に書けない制御文字 U+0086 が含まれています。削除してください",
        ),
    ),
    Case(
        "escape-in-an-unknown-key-is-shown-escaped",
        (
            edit(
                "consortium.yaml",
                "  short_name: 組合\n",
                '  short_name: 組合\n  "\\e]0;pwned\\a\\e[2J": 1\n',
            ),
        ),
        (
            "content/consortium.yaml:5:3: consortium.\\x1b]0;pwned\\x07\\x1b[2J: この名前のキーはありません（綴りを確認してください）",
        ),
        en=(
            "content/consortium.yaml:5:3: consortium.\\x1b]0;pwned\\x07\\x1b[2J: unknown key (check the spelling)",
        ),
    ),
    Case(
        "bidi-in-an-unknown-key-is-shown-escaped",
        (edit("sla.yaml", "  report_day: 10\n", '  report_day: 10\n  "day\\u202e": 1\n'),),
        (
            "content/sla.yaml:24:3: sla.day\\u202e: この名前のキーはありません（綴りを確認してください）",
        ),
    ),
    Case(
        "c1-in-an-unknown-key-is-shown-escaped",
        (edit("sla.yaml", "  report_day: 10\n", '  report_day: 10\n  "x\\x9b31m": 1\n'),),
        (
            "content/sla.yaml:24:3: sla.x\\x9b31m: この名前のキーはありません（綴りを確認してください）",
        ),
    ),
    Case(
        "newline-in-an-unknown-key-stays-on-one-line",
        (edit("sla.yaml", "  report_day: 10\n", '  report_day: 10\n  "a\\nb": 1\n'),),
        (
            "content/sla.yaml:24:3: sla.a\\x0ab: この名前のキーはありません（綴りを確認してください）",
        ),
    ),
]

# Shapes and limits: strings, lines, numbers, lists, months and dates.
LIMIT_CASES = [
    Case(
        "consortium-name-over-100-characters",
        (
            edit(
                "consortium.yaml",
                "  name: 神奈川県町村情報システム共同事業組合",
                f"  name: {LONG_NAME}",
            ),
        ),
        (
            "content/consortium.yaml:3:9: consortium.name: 正式名称: 100文字以内が必要です（300文字が書かれています）",
        ),
        en=(
            "content/consortium.yaml:3:9: consortium.name: official name: expected at most 100 characters, found 300",
        ),
    ),
    Case(
        "plan-title-of-256-characters",
        (edit("plan.yaml", "  title: 自治体クラウド導入計画書\n", f"  title: {'計' * 256}\n"),),
        (
            "content/plan.yaml:3:10: plan.title: 計画の名称: 100文字以内が必要です（256文字が書かれています）",
        ),
    ),
    Case(
        "member-name-of-200000-characters",
        (edit("members.yaml", "    name: 葉山町\n", f"    name: {HUGE_NAME}\n"),),
        (
            "content/members.yaml:5:11: members[0].name: 団体名: 100文字以内が必要です（200,000文字が書かれています）",
        ),
    ),
    Case(
        "paragraph-over-2000-characters",
        (
            edit(
                "plan.yaml",
                "    - 構成団体は、平成23年",
                f"    - {'文' * 2000}構成団体は、平成23年",
            ),
        ),
        (
            "content/plan.yaml:7:7: plan.background[0]: 2,000文字以内が必要です（2,063文字が書かれています）",
        ),
    ),
    Case(
        "line-break-in-a-name",
        (
            edit(
                "consortium.yaml",
                "  name: 神奈川県町村情報システム共同事業組合",
                '  name: "神奈川県町村\\n情報システム共同事業組合"',
            ),
        ),
        (
            "content/consortium.yaml:3:9: consortium.name: 正式名称: 改行やタブのない1行の文字列が必要です（改行かタブが書かれています）",
        ),
        en=(
            "content/consortium.yaml:3:9: consortium.name: official name: expected one line of text, found a line break or tab",
        ),
    ),
    Case(
        "block-scalar-for-a-title",
        (
            edit(
                "plan.yaml",
                "  title: 自治体クラウド導入計画書\n",
                "  title: |\n    自治体クラウド\n    導入計画書\n",
            ),
        ),
        (
            "content/plan.yaml:3:10: plan.title: 計画の名称: 改行やタブのない1行の文字列が必要です（改行かタブが書かれています）",
        ),
    ),
    Case(
        "tab-in-a-heading",
        (edit("bylaws.yaml", "        heading: 設置\n", '        heading: "設\\t置"\n'),),
        (
            "content/bylaws.yaml:30:18: bylaws.establishment.articles[0].heading: 見出し（括弧は付けない）: 改行やタブのない1行の文字列が必要です（改行かタブが書かれています）",
        ),
    ),
    Case(
        "trailing-newline-in-a-month",
        (
            edit(
                "schedule.yaml",
                '{member: hayama, month: "2028-04"',
                '{member: hayama, month: "2028-04\\n"',
            ),
        ),
        (
            "content/schedule.yaml:37:31: schedule.migrations[0].month: 本稼働月（YYYY-MM）: 改行やタブのない1行の文字列が必要です（改行かタブが書かれています）",
        ),
    ),
    Case(
        "full-width-digits-in-a-month",
        (
            edit(
                "schedule.yaml",
                '{member: hayama, month: "2028-04"',
                '{member: hayama, month: "２０２８-０４"',
            ),
        ),
        (
            "content/schedule.yaml:37:31: schedule.migrations[0].month: 本稼働月（YYYY-MM）: 「2027-04」の形の年月（1900-01〜2100-12、半角数字）が必要です（「２０２８-０４」が書かれています）",
        ),
        en=(
            "content/schedule.yaml:37:31: schedule.migrations[0].month: go-live month: expected a month written as 2027-04 (1900-01 to 2100-12, ASCII digits), found '２０２８-０４'",
        ),
    ),
    Case(
        "arabic-indic-digits-in-a-month",
        (
            edit(
                "schedule.yaml",
                'start: "2026-04", end: "2026-12"',
                'start: "٢٠٢٦-٠٤", end: "2026-12"',
            ),
        ),
        (
            "content/schedule.yaml:5:46: schedule.phases[0].start: 開始月（YYYY-MM）: 「2027-04」の形の年月（1900-01〜2100-12、半角数字）が必要です（「٢٠٢٦-٠٤」が書かれています）",
        ),
    ),
    Case(
        "month-of-year-0000",
        (
            edit(
                "schedule.yaml",
                '{member: samukawa, month: "2028-07"',
                '{member: samukawa, month: "0000-07"',
            ),
        ),
        (
            "content/schedule.yaml:38:33: schedule.migrations[1].month: 本稼働月（YYYY-MM）: 「2027-04」の形の年月（1900-01〜2100-12、半角数字）が必要です（「0000-07」が書かれています）",
            "content/schedule.yaml:38:33: schedule.migrations[1].month: 本稼働月 0000-07 が契約期間（2027-10-01〜2033-03-31）の外にあります",
        ),
    ),
    Case(
        "month-after-2100",
        (
            edit(
                "schedule.yaml",
                '{member: oiso, month: "2028-10"',
                '{member: oiso, month: "2101-10"',
            ),
        ),
        (
            "content/schedule.yaml:39:29: schedule.migrations[2].month: 本稼働月（YYYY-MM）: 「2027-04」の形の年月（1900-01〜2100-12、半角数字）が必要です（「2101-10」が書かれています）",
            "content/schedule.yaml:39:29: schedule.migrations[2].month: 本稼働月 2101-10 が契約期間（2027-10-01〜2033-03-31）の外にあります",
        ),
    ),
    Case(
        "month-13",
        (
            edit(
                "schedule.yaml",
                '{member: oiso, month: "2028-10"',
                '{member: oiso, month: "2028-13"',
            ),
        ),
        (
            "content/schedule.yaml:39:29: schedule.migrations[2].month: 本稼働月（YYYY-MM）: 「2027-04」の形の年月（1900-01〜2100-12、半角数字）が必要です（「2028-13」が書かれています）",
        ),
    ),
    Case(
        "full-width-digits-in-a-time",
        (edit("sla.yaml", 'start: "08:00"', 'start: "０８:００"'),),
        (
            "content/sla.yaml:6:42: sla.service_hours.start: 開始時刻（HH:MM）: 形式 ^([01][0-9]|2[0-3]):[0-5][0-9]$ に合う値が必要です（「０８:００」が書かれています）",
        ),
    ),
    Case(
        "arabic-indic-digits-in-a-postal-code",
        (edit("consortium.yaml", "postal_code: 231-0023", "postal_code: ٢٣١-٠٠٢٣"),),
        (
            "content/consortium.yaml:11:18: consortium.office.postal_code: 郵便番号: 形式 ^[0-9]{3}-[0-9]{4}$ に合う値が必要です（「٢٣١-٠٠٢٣」が書かれています）",
        ),
    ),
    Case(
        "date-before-1900",
        (edit("consortium.yaml", "established: 2011-04-01", "established: 1899-12-31"),),
        (
            "content/consortium.yaml:7:16: consortium.established: 設立日: 1900-01-01以上が必要です（「1899-12-31」が書かれています）",
        ),
    ),
    Case(
        "date-of-year-1",
        (edit("consortium.yaml", "established: 2011-04-01", "established: 0001-04-01"),),
        (
            "content/consortium.yaml:7:16: consortium.established: 設立日: 1900-01-01以上が必要です（「0001-04-01」が書かれています）",
        ),
    ),
    Case(
        "date-after-2100",
        (edit("procurement.yaml", "contract_end: 2033-03-31", "contract_end: 2101-03-31"),),
        (
            "content/procurement.yaml:13:17: procurement.contract_end: 契約期間の終了日: 2100-12-31以下が必要です（「2101-03-31」が書かれています）",
        ),
    ),
    Case(
        "population-of-10-to-the-40",
        (edit("members.yaml", "value: 30708,", f"value: {10**40},"),),
        (
            "content/members.yaml:8:25: members[0].population.value: 人口（人）: 20,000,000以下が必要です（「1000000000000000000000000000000000000000…」が書かれています）",
        ),
        en=(
            "content/members.yaml:8:25: members[0].population.value: population (人): expected at most 20,000,000, found '1000000000000000000000000000000000000000…'",
        ),
    ),
    Case(
        "population-just-above-the-maximum",
        (edit("members.yaml", "value: 48348,", "value: 20000001,"),),
        (
            "content/members.yaml:15:25: members[1].population.value: 人口（人）: 20,000,000以下が必要です（「20000001」が書かれています）",
        ),
    ),
    Case(
        "negative-population",
        (edit("members.yaml", "value: 48348,", "value: -48348,"),),
        (
            "content/members.yaml:15:25: members[1].population.value: 人口（人）: 1以上が必要です（「-48348」が書かれています）",
        ),
    ),
    Case(
        "amount-over-ten-trillion-yen",
        (edit("costs.yaml", "amount: 150000000}", "amount: 10000000000001}"),),
        (
            "content/costs.yaml:50:45: costs.items[0].amounts[0].amount: 金額（円）: 10,000,000,000,000以下が必要です（「10000000000001」が書かれています）",
        ),
    ),
    Case(
        "negative-amount",
        (edit("costs.yaml", "amount: 150000000}", "amount: -1}"),),
        (
            "content/costs.yaml:50:45: costs.items[0].amounts[0].amount: 金額（円）: 0以上が必要です（「-1」が書かれています）",
        ),
    ),
    Case(
        "ceiling-price-of-10-to-the-40",
        (edit("procurement.yaml", "ceiling_price: 2500000000", f"ceiling_price: {10**40}"),),
        (
            "content/procurement.yaml:14:18: procurement.ceiling_price: 予定価格（提案上限額、税込）（円）: 10,000,000,000,000以下が必要です（「1000000000000000000000000000000000000000…」が書かれています）",
        ),
    ),
    Case(
        "monthly-price-too-high",
        (
            edit(
                "costs.yaml",
                "{service: juki, monthly: 210000}",
                "{service: juki, monthly: 99999999999999}",
            ),
        ),
        (
            "content/costs.yaml:17:32: costs.service_prices[0].monthly: 1団体当たり月額（円）: 10,000,000,000,000以下が必要です（「99999999999999」が書かれています）",
        ),
    ),
    Case(
        "weight-above-one",
        (
            edit(
                "costs.yaml",
                "shares: [{basis: 人口割, weight: 1}]",
                "shares: [{basis: 人口割, weight: 1.5}]",
            ),
        ),
        (
            "content/costs.yaml:51:15: costs.items[0].shares: 比重の合計は 1 である必要があります（合計 1.5 です）",
            "content/costs.yaml:51:37: costs.items[0].shares[0].weight: 比重: 1以下が必要です（「1.5」が書かれています）",
        ),
    ),
    Case(
        "terminals-zero",
        (edit("systems.yaml", "{member: nakai, terminals: 49,", "{member: nakai, terminals: 0,"),),
        (
            "content/systems.yaml:1257:34: systems.usage[4].terminals: 端末数（台）: 1以上が必要です（「0」が書かれています）",
        ),
    ),
    Case(
        "terminals-ten-million",
        (
            edit(
                "systems.yaml",
                "{member: nakai, terminals: 49,",
                "{member: nakai, terminals: 10000000,",
            ),
        ),
        (
            "content/systems.yaml:1257:34: systems.usage[4].terminals: 端末数（台）: 1,000,000以下が必要です（「10000000」が書かれています）",
        ),
    ),
    Case(
        "staff-of-a-million",
        (edit("consortium.yaml", "    staff: 6\n", "    staff: 1000000\n"),),
        (
            "content/consortium.yaml:26:12: consortium.secretariat.staff: 職員数（人）: 10,000以下が必要です（「1000000」が書かれています）",
        ),
    ),
    Case(
        "costs-years-zero",
        (edit("costs.yaml", "years: 5 ", "years: 0 "),),
        (
            "content/costs.yaml:12:10: costs.years: 試算年数（年）: 1以上が必要です（「0」が書かれています）",
        ),
        en=(
            "content/costs.yaml:12:10: costs.years: years compared (年): expected at least 1, found '0'",
        ),
    ),
    Case(
        "costs-years-31",
        (edit("costs.yaml", "years: 5 ", "years: 31 "),),
        (
            "content/costs.yaml:12:10: costs.years: 試算年数（年）: 30以下が必要です（「31」が書かれています）",
        ),
    ),
    Case(
        "fiscal-year-2101",
        (edit("plan.yaml", "end_fiscal_year: 2032", "end_fiscal_year: 2101"),),
        (
            "content/plan.yaml:5:20: plan.end_fiscal_year: 計画期間の終了年度（西暦）: 2100以下が必要です（「2101」が書かれています）",
        ),
    ),
    Case(
        "training-every-day-and-more",
        (edit("security.yaml", "  training_per_year: 1\n", "  training_per_year: 1000\n"),),
        (
            "content/security.yaml:44:22: security.training_per_year: 情報セキュリティ研修の年間実施回数（回）: 365以下が必要です（「1000」が書かれています）",
        ),
    ),
    Case(
        "points-negative",
        (
            edit(
                "procurement.yaml",
                "name: 機能要件への適合, points: 200",
                "name: 機能要件への適合, points: -200",
            ),
        ),
        (
            "content/procurement.yaml:61:19: procurement.evaluation.total_points: 配点の合計（技術点200点＋価格点400点＝600点）が満点1000点と一致しません",
            "content/procurement.yaml:66:60: procurement.evaluation.items[0].points: 配点（点）: 0以上が必要です（「-200」が書かれています）",
            "content/procurement.yaml:181:24: procurement.evaluation.minimum_technical: 最低基準点 300点 が技術点の満点 200点 を超えています",
        ),
        elsewhere=True,
    ),
    Case(
        "list-of-1001-items",
        (
            edit(
                "procurement.yaml",
                "  submissions: [会社概要, 導入実績一覧, 提案書, 機能要件確認表, 見積書]",
                "  submissions: [" + ", ".join(["書類"] * 1001) + "]",
            ),
        ),
        (
            "content/procurement.yaml:35:16: procurement.submissions: 提出物: 1,000件以内が必要です（1,001件が書かれています）",
        ),
    ),
    Case(
        "text-instead-of-a-number",
        (edit("members.yaml", "value: 27334,", "value: 約2万,"),),
        (
            "content/members.yaml:29:25: members[3].population.value: 人口（人）: 整数が必要です（「約2万」が書かれています）",
        ),
    ),
    Case(
        "yes-instead-of-a-number",
        (edit("sla.yaml", "  report_day: 10\n", "  report_day: yes\n"),),
        (
            "content/sla.yaml:23:15: sla.report_day: 月次報告の提出日（翌月の日）: 整数が必要です（「yes」が書かれています）",
        ),
    ),
    Case(
        "list-instead-of-text",
        (edit("consortium.yaml", "  short_name: 組合", "  short_name: [組, 合]"),),
        (
            "content/consortium.yaml:4:15: consortium.short_name: 略称（本文中の呼び方）: 文字列が必要です（リストが書かれています）",
        ),
    ),
    Case(
        "text-instead-of-a-list",
        (edit("plan.yaml", "  purpose:\n", "  purpose: 目的\n  purpose_draft:\n"),),
        (
            "content/plan.yaml:10:12: plan.purpose: 目的（段落ごと）: リスト（「- 」で始まる行の並び）が必要です（「目的」が書かれています）",
            "content/plan.yaml:11:3: plan.purpose_draft: この名前のキーはありません（綴りを確認してください）",
        ),
    ),
    Case(
        "empty-text",
        (edit("consortium.yaml", "  short_name: 組合", '  short_name: ""'),),
        (
            "content/consortium.yaml:4:15: consortium.short_name: 略称（本文中の呼び方）: 値が必要です（空欄になっています）",
        ),
    ),
    Case(
        "null-for-a-required-value",
        (edit("consortium.yaml", "  short_name: 組合", "  short_name: ~"),),
        (
            "content/consortium.yaml:4:15: consortium.short_name: 略称（本文中の呼び方）: 値が必要です（空欄になっています）",
        ),
    ),
    Case(
        "items-in-paragraph-zero",
        (
            edit(
                "bylaws.yaml",
                "        items_from: 役員以外の長\n        items_in: 3\n",
                "        items_from: 役員以外の長\n        items_in: 0\n",
            ),
        ),
        (
            "content/bylaws.yaml:51:19: bylaws.establishment.articles[2].items_in: 号が属する項（1 は第1項）: 1以上が必要です（「0」が書かれています）",
        ),
    ),
]

# Keys and files: what is missing, misspelt or not a file at all.
FILE_CASES = [
    Case(
        "missing-sla-file",
        (Make("sla.yaml", "remove"),),
        ("content/sla.yaml: sla: サービスレベル合意書: 必須の項目がありません",),
        en=("content/sla.yaml: sla: SLA: this key is required but missing",),
    ),
    Case(
        "missing-members-file",
        (Make("members.yaml", "remove"),),
        ("content/members.yaml: members: 構成団体: 必須の項目がありません",),
    ),
    Case(
        "missing-required-key",
        (edit("consortium.yaml", "  short_name: 組合\n", ""),),
        (
            "content/consortium.yaml:3:3: consortium.short_name: 略称（本文中の呼び方）: 必須の項目がありません",
        ),
        elsewhere=True,
    ),
    Case(
        "misspelt-key",
        (
            edit(
                "plan.yaml",
                "  title: 自治体クラウド導入計画書\n",
                "  titel: 自治体クラウド導入計画書\n",
            ),
        ),
        (
            "content/plan.yaml:3:3: plan.titel: この名前のキーはありません（綴りを確認してください）",
            "content/plan.yaml:3:3: plan.title: 計画の名称: 必須の項目がありません",
        ),
    ),
    Case(
        "a-folder-named-like-a-content-file",
        (Make("extra.yaml", "folder"),),
        (
            "content/extra.yaml: 「.yaml」で終わる名前のフォルダです。内容は通常のファイルに書いてください",
        ),
        en=(
            "content/extra.yaml: this is a folder named like a YAML file; content must be a regular file",
        ),
    ),
    Case(
        "a-fifo-named-like-a-content-file",
        (Make("extra.yaml", "fifo"),),
        (
            "content/extra.yaml: 通常のファイルではありません（名前付きパイプ（FIFO）です）。内容は通常のファイルに書いてください",
        ),
    ),
    Case(
        "a-symlink-loop",
        (Make("extra.yaml", "loop"),),
        ("content/extra.yaml: シンボリックリンクが循環していて、リンク先をたどれません",),
    ),
    Case(
        "a-broken-symlink",
        (Make("extra.yaml", "broken"),),
        ("content/extra.yaml: シンボリックリンクのリンク先のファイルがありません",),
    ),
    Case(
        "an-unreadable-file",
        (Make("extra.yaml", "unreadable"),),
        (
            "content/extra.yaml: ファイルを読み取る権限がありません。ファイルの権限を確認してください",
        ),
        en=("content/extra.yaml: no permission to read the file; check its permissions",),
    ),
    Case(
        "a-content-file-replaced-by-a-fifo",
        (Make("sla.yaml", "fifo"),),
        (
            "content/sla.yaml: 通常のファイルではありません（名前付きパイプ（FIFO）です）。内容は通常のファイルに書いてください",
        ),
    ),
    Case(
        "a-fifo-in-a-list-folder",
        (Make("ordinances/extra.yaml", "fifo"),),
        (
            "content/ordinances/extra.yaml: 通常のファイルではありません（名前付きパイプ（FIFO）です）。内容は通常のファイルに書いてください",
        ),
    ),
    Case(
        "a-folder-in-a-list-folder",
        (Make("ordinances/extra.yaml", "folder"),),
        (
            "content/ordinances/extra.yaml: 「.yaml」で終わる名前のフォルダです。内容は通常のファイルに書いてください",
        ),
    ),
    Case(
        "a-symlink-loop-in-a-list-folder",
        (Make("ordinances/extra.yaml", "loop"),),
        (
            "content/ordinances/extra.yaml: シンボリックリンクが循環していて、リンク先をたどれません",
        ),
    ),
    Case(
        "an-empty-file",
        (Make("extra.yaml", "write"),),
        ("content/extra.yaml:1:1: ファイルが空です。「キー: 値」の形で内容を書いてください",),
    ),
    Case(
        "a-file-holding-a-list",
        (Make("extra.yaml", "write", b"- a\n- b\n"),),
        (
            "content/extra.yaml:1:1: ファイルの最上位は「キー: 値」の対応表である必要があります（リストが書かれています）",
        ),
    ),
    Case(
        "a-file-not-in-utf-8",
        (Make("extra.yaml", "write", "plan_note: 計画\n".encode("shift_jis")),),
        (
            "content/extra.yaml:1:12: 文字コードが UTF-8 ではありません。UTF-8 で保存し直してください（12バイト目に 0x8C があります）",
        ),
    ),
    Case(
        "a-key-in-two-files",
        (Make("zz.yaml", "write", b"sla:\n  availability: 99\n"),),
        (
            "content/zz.yaml:1:1: sla: キー「sla」は content/sla.yaml にも書かれています。どちらか一方にしてください",
        ),
    ),
    Case(
        "duplicate-key",
        (
            edit(
                "consortium.yaml",
                "  short_name: 組合\n",
                "  short_name: 組合\n  short_name: 事業組合\n",
            ),
        ),
        (
            "content/consortium.yaml:5:3: 同じキー「short_name」が二度書かれています。一つにまとめてください",
        ),
    ),
    Case(
        "tab-indentation",
        (edit("sla.yaml", "  report_day: 10\n", "\treport_day: 10\n"),),
        ("content/sla.yaml:23:1: タブ文字は使えません。字下げには半角スペースを使ってください",),
    ),
    Case(
        "unclosed-quote",
        (edit("consortium.yaml", "  short_name: 組合", '  short_name: "組合'),),
        (
            "content/consortium.yaml:4:15: YAML の書き方に誤りがあります。引用符（\" または '）の閉じ忘れがあります。（found unexpected end of stream）",
        ),
    ),
    Case(
        "broken-indentation",
        (edit("consortium.yaml", "  short_name: 組合", "   short_name: 組合"),),
        (
            "content/consortium.yaml:4:14: YAML の書き方に誤りがあります。「キー: 値」の位置が正しくありません。字下げか、値の中の「: 」を確認してください。（mapping values are not allowed here）",
        ),
    ),
]

# Domain checks: values that are each fine but do not fit together.
DOMAIN_CASES = [
    Case(
        "inventory-unknown-service",
        (
            edit(
                "inventory/3_functions.yaml",
                "- {member: samukawa, service: juki,",
                "- {member: samukawa, service: jukki,",
            ),
        ),
        (
            "content/inventory/3_functions.yaml:6:33: inventory[2].functions[3].service: services に識別子「jukki」がありません（あるもの: bunsho、fuhyo、fuyo、hojin、inkan、jidoteate、jinji、juki…）",
        ),
    ),
    Case(
        "print-job-unknown-paper",
        (
            edit(
                "systems.yaml",
                "paper: 圧着はがき, frequency: 毎年, timing: 5月, sheets: 9519}",
                "paper: 和紙, frequency: 毎年, timing: 5月, sheets: 9519}",
            ),
        ),
        (
            "content/systems.yaml:113:58: systems.surveys[0].print_jobs[1].paper: 用紙種別: 次のいずれかが必要です: 専用紙、汎用紙、複写、圧着はがき、封筒、その他（「和紙」が書かれています）",
        ),
    ),
    Case(
        "duplicate-id",
        (edit("schedule.yaml", "- {id: plan, phase: p1,", "- {id: survey, phase: p1,"),),
        (
            "content/schedule.yaml:16:12: schedule.tasks[2].id: 識別子「survey」が重複しています（1番目と同じ）",
        ),
    ),
    Case(
        "unknown-reference",
        (edit("consortium.yaml", "lead: samukawa}", "lead: samukawaa}"),),
        (
            "content/consortium.yaml:34:74: consortium.working_groups[0].lead: members に識別子「samukawaa」がありません（あるもの: aikawa、hakone、hayama、kaisei、kiyokawa、manazuru、matsuda、nakai…）",
        ),
    ),
    Case(
        "task-ends-before-it-starts",
        (
            edit(
                "schedule.yaml",
                'start: "2026-05", end: "2026-08"',
                'start: "2026-05", end: "2026-03"',
            ),
        ),
        (
            "content/schedule.yaml:15:72: schedule.tasks[1].end: 終了月は開始（2026-05）より後である必要があります（2026-03が書かれています）",
        ),
    ),
    Case(
        "weights-do-not-sum-to-one",
        (edit("costs.yaml", "{basis: 人口割, weight: 0.6}", "{basis: 人口割, weight: 0.5}"),),
        (
            "content/costs.yaml:67:15: costs.items[2].shares: 比重の合計は 1 である必要があります（合計 0.9 です）",
        ),
    ),
    Case(
        "points-do-not-add-up",
        (
            edit(
                "procurement.yaml",
                "name: 機能要件への適合, points: 200",
                "name: 機能要件への適合, points: 210",
            ),
        ),
        (
            "content/procurement.yaml:61:19: procurement.evaluation.total_points: 配点の合計（技術点610点＋価格点400点＝1010点）が満点1000点と一致しません",
        ),
        elsewhere=True,
    ),
    Case(
        "sla-starts-after-the-contract",
        (edit("sla.yaml", "valid_from: 2028-04-01", "valid_from: 2034-04-01"),),
        (
            "content/sla.yaml:29:15: sla.valid_from: 有効期間の開始日（2034-04-01）がサービス利用契約の終了日（2033-03-31）より後です",
        ),
    ),
    Case(
        "an-unreadable-value-and-a-domain-problem-in-one-run",
        (
            edit("sla.yaml", "availability: 99.5", "availability: .nan"),
            edit("schedule.yaml", "- {id: plan, phase: p1,", "- {id: survey, phase: p1,"),
        ),
        (
            "content/schedule.yaml:16:12: schedule.tasks[2].id: 識別子「survey」が重複しています（1番目と同じ）",
            "content/sla.yaml:5:17: sla.availability: 有限の数値が必要です（非数 .nan が書かれています）",
        ),
    ),
    Case(
        "many-problems-in-one-run",
        (
            edit("project.yaml", "  date: 2026-11-20\n", "  date: 2026-02-30\n"),
            edit("consortium.yaml", "  short_name: 組合", "  short_name: !secret 組合"),
            edit("costs.yaml", "years: 5 ", "years: 0 "),
            Make("extra.yaml", "fifo"),
        ),
        (
            "content/consortium.yaml:4:15: consortium.short_name: YAML のタグ（!secret）は使えません。タグを消して値だけを書いてください",
            "content/costs.yaml:12:10: costs.years: 試算年数（年）: 1以上が必要です（「0」が書かれています）",
            "content/extra.yaml: 通常のファイルではありません（名前付きパイプ（FIFO）です）。内容は通常のファイルに書いてください",
            "content/project.yaml:4:9: project.date: 存在しない日付です（「2026-02-30」が書かれています）",
        ),
    ),
]

CASES = YAML_CASES + CHARACTER_CASES + LIMIT_CASES + FILE_CASES + DOMAIN_CASES
