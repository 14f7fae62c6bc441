"""Make the first version of templates/rfi.docx (情報提供依頼書).

The lecture's RFI (2-1, サービス選定手順書): the five items asked of vendors, the outline of what
is being considered, how and when to answer, and the conditions of the request.
"""

from __future__ import annotations

from typing import Any

from tools.make_procurement_templates import (
    clauses,
    contact_table,
    heading,
    para,
    paragraphs,
    right,
    save_missing,
    start,
    static_table,
    table,
)

SECTIONS = ["1 目的", "2 検討の概要", "3 情報提供を求める事項", "4 提出方法", "5 スケジュール",
            "6 質問の受付", "7 留意事項", "8 問合せ先"]

SHORT = "{{ consortium.short_name }}"


def build() -> Any:
    doc = start(SECTIONS)
    heading(doc, SECTIONS[0])
    para(doc, "{{ consortium.name }}（以下「" + SHORT + "」という。）は、{{ scope.members }}の"
         "{{ scope.member_count }}団体（以下「構成団体」という。）の業務システムを、クラウドサービスとして"
         "共同で利用することを検討している。本書は、その調達仕様の検討に当たり、サービスの機能、費用"
         "及び導入の方法について、事業者に情報の提供を依頼するものである。予定している調達の目的は、"
         "次のとおりである。")
    paragraphs(doc, "text in procurement.purpose")
    para(doc, "本依頼は調達の手続ではなく、情報の提供の有無及びその内容は、今後の事業者の選定に"
         "影響しない。")

    heading(doc, SECTIONS[1])
    heading(doc, "2.1 検討の内容", 2)
    static_table(doc, ["項目", "内容"], [
        ["対象業務", "{{ scope.services }}"],
        ["対象団体", "{{ scope.member_count }}団体（2.3のとおり）"],
        ["端末数", "{{ scope.terminals }}（構成団体の合計）"],
        ["導入方式", "{{ deployment.model }}型のクラウドサービスの利用（カスタマイズを行わない。）"],
        ["接続ネットワーク", "{{ deployment.network }}"],
        ["想定する契約期間", "{{ contract.with_length }}を予定"],
        ["データ移行", "中間標準レイアウト仕様による移行及び契約終了時の引渡し"],
    ], [40, 110])
    heading(doc, "2.2 対象業務", 2)
    table(doc, ["区分", "業務数", "対象業務"],
          ["{{ g.category }}", "{{ g.count }}業務", "{{ g.names }}"], "g in service_groups",
          [25, 20, 105])
    heading(doc, "2.3 構成団体の利用業務・端末数", 2)
    right(table(doc, ["No", "団体名", "端末数（台）", "利用業務数", "本稼働の予定"],
          ["{{ u.no }}", "{{ u.name }}", "{{ u.terminals }}", "{{ u.count }}", "{{ u.start }}"],
          "u in usage_rows", [12, 40, 30, 30, 38]), 0, 2, 3)

    heading(doc, SECTIONS[2])
    para(doc, "次の事項について、情報を提供すること。費用は、構成団体ごとの内訳と、契約期間を通じた"
         "総額を示すこと。")
    table(doc, ["No", "情報提供を求める事項"], ["{{ loop.index }}", "{{ item }}"],
          "item in procurement.rfi.items", [15, 135])
    para(doc, "機能要求の実現可否は、機能ごとに次の区分により回答すること。")
    table(doc, ["区分", "意味"], ["{{ f.mark }}", "{{ f.meaning }}"], "f in scoring.fit_rows",
          [20, 130])

    heading(doc, SECTIONS[3])
    static_table(doc, ["項目", "内容"], [
        ["提出期限", "{{ rfi_deadlines.submission }}"],
        ["様式", "{{ procurement.rfi.answer_format }}"],
        ["提出方法", "電子メールにより8の問合せ先に提出する。"],
    ], [40, 110])

    heading(doc, SECTIONS[4])
    table(doc, ["手続", "日付"], ["{{ e.name }}", "{{ e.date }}"], "e in rfi_rows", [80, 70])

    heading(doc, SECTIONS[5])
    para(doc, "本依頼に関する質問は、{{ rfi_deadlines.question }}までに電子メールにより提出すること。"
         "質問への回答は、質問者の名称を伏せて、情報の提供を予定する全ての事業者に通知する。")

    heading(doc, SECTIONS[6])
    clauses(doc, ["情報の提供に要する費用は、事業者の負担とする。",
                  "提供された情報は、調達仕様の検討にのみ用い、事業者の同意なく公表しない。"
                  "公表を望まない情報は、その旨を明示すること。",
                  "提供された資料は返却しない。",
                  SHORT + "は、提供された情報について、ヒアリングを求めることがある。",
                  "本依頼は、" + SHORT + "に調達を行う義務を生じさせるものではない。"])

    heading(doc, SECTIONS[7])
    contact_table(doc)
    return doc


if __name__ == "__main__":
    save_missing("rfi.docx", build)
