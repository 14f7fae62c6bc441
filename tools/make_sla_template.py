"""Make the first version of templates/sla.docx (サービスレベル合意書). Never overwrites.

Sections follow the outline for a public-sector SLA (総務省 ASP・SaaS導入活用ガイドライン 第4章,
経産省 SaaS向けSLAガイドライン): 前提・適用範囲・責任分界, 用語と測定方法, サービスレベル項目 (six
groups), 報告と見直し, 未達時の措置, 有効期間・改定. The wording is standard; figures come from
content and ``gendocs.compute.sla``.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tools.docx_skeleton import (
    cover,
    header_text,
    loop_paragraph,
    new_document,
    page_footer,
    para,
    save_new,
    table,
    toc,
)

SECTIONS = ["1 前提・適用範囲・責任分界", "2 用語と測定方法", "3 サービスレベル項目", "4 報告と見直し",
            "5 未達時の措置", "6 有効期間・改定"]
LEVEL_HEADERS = ["項目", "規定内容", "協定値", "測定方法", "報告"]
LEVEL_CELLS = ["{{ r.name }}", "{{ r.description }}", "{{ r.target }}", "{{ r.measurement }}",
               "{{ r.report }}"]
LEVEL_WIDTHS: list[float] = [23, 34, 32, 35, 26]
TERMS = [
    ("サービス提供時間", "事業者がサービスを提供する時間。1.3(3)に定める日及び時刻とする。"),
    ("計画停止", "保守等のため、事業者が4.3の運用会議で合意した日時にあらかじめ通知して行うサービスの停止"),
    ("障害", "サービス提供時間内に、サービスの全部又は一部が利用できない状態（計画停止を除く。）"),
    ("重大障害", "障害のうち、一つ以上の構成団体において業務の継続が困難となるもの"),
    ("停止時間", "サービス提供時間内において、障害によりサービスが利用できなかった時間の合計"),
    ("稼働率", "サービス提供時間のうち、サービスを利用できた時間の割合。2.2の式により算定する。"),
    ("協定値", "本合意書において事業者が達成すべきものとして合意したサービスレベルの値"),
    ("営業日", "土曜日、日曜日、国民の祝日に関する法律に規定する休日及び12月29日から翌年1月3日までの日を除く日"),
]
GROUP_SECTIONS = [("availability", "3.1 可用性"), ("reliability", "3.2 信頼性"),
                  ("performance", "3.3 性能"), ("support", "3.4 サポート"),
                  ("data", "3.5 データ管理"), ("security", "3.6 セキュリティ")]


def static_row(t: Any, cells: list[str]) -> None:
    """Put a fixed row (not repeated) right after the header row of ``t``."""
    row = copy.deepcopy(t.rows[2]._tr)
    t._tbl.insert(t._tbl.index(t.rows[0]._tr) + 1, row)
    for cell, text in zip(t.rows[1].cells, cells):
        cell.paragraphs[0].runs[0].text = text


def fixed_table(doc: Any, headers: list[str], rows: Sequence[tuple[str, ...]],
                widths: list[float]) -> None:
    """A table whose rows are standard wording (editable in Word), not repeated from content."""
    t = table(doc, headers, ["{{ '' }}"] * len(headers), "_ in []", widths)
    for tr in (t.rows[3]._tr, t.rows[2]._tr, t.rows[1]._tr):
        t._tbl.remove(tr)
    for values in reversed(rows):
        static_row_after_header(t, list(values))


def static_row_after_header(t: Any, cells: list[str]) -> None:
    """Insert a plain row with ``cells`` after the header (used for fixed tables)."""
    row = copy.deepcopy(t.rows[0]._tr)
    trpr = row.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}trPr")
    if trpr is not None:
        row.remove(trpr)
    t._tbl.insert(t._tbl.index(t.rows[0]._tr) + 1, row)
    for cell, text in zip(t.rows[1].cells, cells):
        shading = cell._tc.tcPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd")
        if shading is not None:
            cell._tc.tcPr.remove(shading)
        run = cell.paragraphs[0].runs[0]
        run.text, run.font.bold = text, False


def front_matter(doc: Any) -> None:
    header_text(doc, "{{ doc.title }}{% if doc.draft %}（案）{% endif %}　{{ doc.edition }}")
    page_footer(doc)
    cover(doc, "{{ doc.title }}", ["{% if doc.draft %}【案】{% endif %}", "{{ sla.service_title }}",
                                   "{{ consortium.name }}", "{{ doc.edition }}", "{{ doc.date }}"])
    doc.add_paragraph("改訂履歴", style="Heading 2")
    table(doc, ["版数", "改訂日", "改訂内容"], ["{{ r.edition }}", "{{ r.date }}", "{{ r.summary }}"],
          "r in doc.revisions", [25, 40, 85])
    toc(doc, SECTIONS)


def premises(doc: Any) -> None:
    doc.add_paragraph(SECTIONS[0], style="Heading 1")
    doc.add_paragraph("1.1 目的", style="Heading 2")
    para(doc, "本合意書は、{{ consortium.name }}（以下「{{ consortium.short_name }}」という。）が"
         "{{ sla.provider }}（以下「事業者」という。）から提供を受ける「{{ sla.service_title }}」"
         "（以下「本サービス」という。）について、事業者が達成すべきサービスの品質の水準"
         "（以下「サービスレベル」という。）並びにその測定、報告及び見直しの方法を定めるものである。")
    doc.add_paragraph("1.2 前提条件", style="Heading 2")
    para(doc, "本サービスは、事業者が自らの責任で設置し運用する情報システムの機能を、ネットワークを通じて"
         "利用するサービスであり、{{ consortium.short_name }}のために情報システムを開発する委託ではない。"
         "サービスレベルは、事業者が提供する標準的なサービスを前提として定める。")
    para(doc, "本合意書は、本サービスの利用契約（以下「利用契約」という。）と一体をなすものとし、"
         "本合意書に定めのない事項は利用契約の定めによる。")
    doc.add_paragraph("1.3 適用範囲", style="Heading 2")
    doc.add_paragraph("（1）対象サービス", style="Heading 3")
    para(doc, "本合意書は、本サービスで提供する次の{{ sla.scope.service_count }}に適用する。")
    table(doc, ["区分", "対象業務"], ["{{ c.name }}", "{{ c.services }}"], "c in sla.scope.categories",
          [30, 120])
    doc.add_paragraph("（2）利用団体及び端末数", style="Heading 3")
    para(doc, "本サービスを利用する団体は次の{{ sla.scope.member_count }}とし、利用端末数の合計は"
         "{{ sla.scope.terminal_total }}とする。")
    table(doc, ["団体名", "利用業務数", "端末数"],
          ["{{ u.name }}", "{{ u.services }}", "{{ u.terminals }}"], "u in sla.scope.usage",
          [50, 50, 50], footer=["合計", "", "{{ sla.scope.terminal_total }}"])
    doc.add_paragraph("（3）サービス提供時間", style="Heading 3")
    para(doc, "サービス提供時間は、{{ sla.hours.days }}の{{ sla.hours.start }}から{{ sla.hours.end }}まで"
         "（1日{{ sla.hours.per_day }}）とし、年間のサービス提供日数は{{ sla.hours.days_per_year }}とする。"
         "計画停止は、サービス提供時間外に行うことを原則とする。")
    doc.add_paragraph("1.4 責任分界", style="Heading 2")
    para(doc, "サービスレベルの対象は、事業者の責任の範囲に限る。{{ consortium.short_name }}及び構成団体が"
         "調達し管理する庁内ネットワーク、端末及び接続回線に起因する停止は、停止時間に含めない。"
         "範囲ごとの責任は次のとおりとする。")
    table(doc, ["範囲", "事業者の責任", "{{ consortium.short_name }}・構成団体の責任"],
          ["{{ r.area }}", "{{ r.provider }}", "{{ r.consortium }}"], "r in sla.responsibilities",
          [40, 55, 55])


def terms(doc: Any) -> None:
    doc.add_paragraph(SECTIONS[1], style="Heading 1")
    doc.add_paragraph("2.1 用語", style="Heading 2")
    para(doc, "本合意書で用いる用語の意味は、次のとおりとする。")
    fixed_table(doc, ["用語", "意味"], TERMS, [35, 115])
    doc.add_paragraph("2.2 稼働率の算定式", style="Heading 2")
    para(doc, "稼働率は、月ごとに次の式により算定し、小数点以下第3位を切り捨てて小数点以下第2位まで求める。")
    para(doc, "稼働率（%）＝（サービス提供時間－停止時間）÷サービス提供時間×100", indent=False).alignment = 1
    para(doc, "停止時間は、障害を事業者が検知した時刻又は構成団体が事業者に通報した時刻のいずれか早い時刻から、"
         "事業者がサービスの再開を通知し構成団体が利用できることを確認した時刻までとする。"
         "計画停止の時間及び1.4により事業者の責任の範囲外とされる停止の時間は、停止時間に含めない。")
    doc.add_paragraph("2.3 許容停止時間", style="Heading 2")
    para(doc, "稼働率の協定値から求めた、停止時間の上限（許容停止時間）は次のとおりである。月間の値は、"
         "年間サービス提供時間の12分の1を1か月のサービス提供時間とみなして算定し、いずれも1分未満を切り捨てる。")
    fixed_table(doc, ["項目", "値"], [
        ("稼働率の協定値", "{{ sla.availability }}%以上"),
        ("1日のサービス提供時間", "{{ sla.hours.per_day }}（{{ sla.hours.start }}～{{ sla.hours.end }}）"),
        ("年間サービス提供日数", "{{ sla.hours.days_per_year }}"),
        ("年間サービス提供時間", "{{ sla.downtime.service_year }}"),
        ("1か月当たりのサービス提供時間", "{{ sla.downtime.service_month }}"),
        ("年間の許容停止時間", "{{ sla.downtime.year }}"),
        ("月間の許容停止時間", "{{ sla.downtime.month }}"),
    ], [60, 90])


def levels(doc: Any) -> None:
    doc.add_paragraph(SECTIONS[2], style="Heading 1")
    para(doc, "サービスレベル項目は、可用性、信頼性、性能、サポート、データ管理及びセキュリティの区分ごとに、"
         "規定内容、協定値、測定方法及び報告の方法を次のとおり定める。事業者は、各項目の協定値を達成するよう"
         "本サービスを運用しなければならない。")
    for key, heading in GROUP_SECTIONS:
        doc.add_paragraph(heading, style="Heading 2")
        if key == "availability":
            t = table(doc, LEVEL_HEADERS, LEVEL_CELLS, f"r in sla.groups.{key}", LEVEL_WIDTHS)
            static_row(t, ["サービス稼働率", "サービス提供時間のうち、本サービスを利用できる時間の割合",
                           "{{ sla.availability }}%以上（月間の許容停止時間{{ sla.downtime.month }}）",
                           "2.2の式により月ごとに算定する。計画停止の時間は停止時間に含めない。",
                           "月次報告書"])
            continue
        doc.add_paragraph(f"{{%p if sla.groups.{key} %}}")
        table(doc, LEVEL_HEADERS, LEVEL_CELLS, f"r in sla.groups.{key}", LEVEL_WIDTHS)
        doc.add_paragraph("{%p else %}")
        para(doc, "この区分について合意する項目はない。必要となったときは、6.2により追加する。")
        doc.add_paragraph("{%p endif %}")


def reporting(doc: Any) -> None:
    doc.add_paragraph(SECTIONS[3], style="Heading 1")
    doc.add_paragraph("4.1 月次報告", style="Heading 2")
    para(doc, "事業者は、毎月のサービスレベルの達成状況、障害の発生状況、問合せの状況及び計画停止の実績を"
         "月次報告書にまとめ、翌月{{ sla.report_day }}日までに{{ consortium.short_name }}に提出する。"
         "協定値を達成できなかった項目があるときは、その原因と対策を併せて報告する。")
    doc.add_paragraph("4.2 障害報告", style="Heading 2")
    para(doc, "事業者は、障害が発生したときは直ちに{{ consortium.short_name }}及び影響を受ける構成団体に連絡し、"
         "復旧後速やかに、発生日時、影響範囲、原因、対応及び再発防止策を記載した障害報告書を提出する。")
    doc.add_paragraph("4.3 運用会議", style="Heading 2")
    para(doc, "{{ consortium.short_name }}及び事業者は、{{ sla.meeting }}運用会議を開催し、月次報告書に基づき"
         "サービスレベルの達成状況、障害及び問合せの傾向、計画停止の予定並びに改善の取組を確認する。"
         "運用会議の記録は、事業者が作成し、{{ consortium.short_name }}の確認を受ける。")
    doc.add_paragraph("4.4 年次評価", style="Heading 2")
    para(doc, "事業者は、毎年度終了後、当該年度のサービスレベルの達成状況をまとめた年次報告書を"
         "{{ consortium.short_name }}に提出する。{{ consortium.short_name }}は、年次報告書及び運用会議の記録に基づき"
         "サービスレベルを評価し、その結果を{{ consortium.decision_body.name }}に報告する。"
         "評価の結果は、協定値及び測定方法の見直し（6.2）に反映する。")


def closing(doc: Any) -> None:
    doc.add_paragraph(SECTIONS[4], style="Heading 1")
    para(doc, "協定値を達成できなかったときの措置は、次のとおりとする。")
    loop_paragraph(doc, "m in sla.measures", "（{{ loop.index }}）{{ m }}")
    para(doc, "ただし、天災地変その他事業者の責めに帰することができない事由による未達は、"
         "{{ consortium.short_name }}と事業者が協議して取り扱いを定める。")
    doc.add_paragraph(SECTIONS[5], style="Heading 1")
    doc.add_paragraph("6.1 有効期間", style="Heading 2")
    para(doc, "本合意書の有効期間は、{{ sla.valid_from }}から利用契約の期間の末日である{{ sla.valid_to }}までとする。")
    doc.add_paragraph("6.2 改定", style="Heading 2")
    para(doc, "{{ sla.review }}")


def build() -> Any:
    doc = new_document()
    front_matter(doc)
    premises(doc)
    terms(doc)
    levels(doc)
    reporting(doc)
    closing(doc)
    return doc


if __name__ == "__main__":
    save_new(build(), Path(__file__).resolve().parent.parent / "templates" / "sla.docx")
