"""Make the first version of templates/procurement_plan.docx (自治体クラウド導入調達計画書).

The lecture's five items: 調達対象の範囲, 調達の枠組み及び調達時期, 調達方式, 契約方法, 要求項目.
"""

from __future__ import annotations

from typing import Any

from tools.make_procurement_templates import (
    heading,
    para,
    paragraphs,
    right,
    save_missing,
    start,
    static_table,
    table,
)

SECTIONS = ["1 調達の目的", "2 調達対象となる業務・システムの範囲", "3 調達の枠組み及び調達時期",
            "4 調達方式", "5 契約方法", "6 要求項目"]


def build() -> Any:
    doc = start(SECTIONS)
    heading(doc, SECTIONS[0])
    para(doc, "本計画書は、{{ consortium.name }}（以下「{{ consortium.short_name }}」という。）が行う"
         "「{{ procurement.title }}」の調達について、その範囲、枠組み、時期、方式、契約方法及び"
         "要求項目を定めるものである。")
    paragraphs(doc, "text in procurement.purpose")

    heading(doc, SECTIONS[1])
    para(doc, "調達の対象は、{{ scope.services }}の業務システムとし、これを事業者が提供する"
         "{{ deployment.model }}型のクラウドサービスとして利用する。対象業務は次のとおりとする。")
    table(doc, ["区分", "業務数", "対象業務"],
          ["{{ g.category }}", "{{ g.count }}業務", "{{ g.names }}"], "g in service_groups",
          [25, 20, 105])
    para(doc, "本調達は、情報システムの開発又は運用の委託ではなく、事業者が保有し運用する"
         "クラウドサービスの利用契約として行う。")

    heading(doc, SECTIONS[2])
    heading(doc, "3.1 調達の枠組み", 2)
    para(doc, "本調達は、{{ scope.members }}の{{ scope.member_count }}団体（以下「構成団体」という。）"
         "が共同で利用するサービスを、{{ consortium.short_name }}が一つの調達として行う。"
         "構成団体ごとの利用業務、端末数及び本稼働の時期は次のとおりとし、端末数は合計"
         "{{ scope.terminals }}である。")
    right(table(doc, ["No", "団体名", "端末数（台）", "利用業務数", "本稼働"],
          ["{{ u.no }}", "{{ u.name }}", "{{ u.terminals }}", "{{ u.count }}", "{{ u.start }}"],
          "u in usage_rows", [12, 40, 30, 30, 38]), 0, 2, 3)
    heading(doc, "3.2 調達時期", 2)
    para(doc, "調達に先立ち、{{ rfi_deadlines.published }}に情報提供依頼（RFI）を行い、"
         "{{ rfi_deadlines.submission }}までに事業者から情報の提供を受けて仕様を検討する。"
         "調達の手続は次の日程で行う。")
    table(doc, ["手続", "日付"], ["{{ e.name }}", "{{ e.date }}"], "e in schedule_rows", [80, 70])

    heading(doc, SECTIONS[3])
    doc.add_paragraph("{%p if procurement.method == '公募型プロポーザル' %}")
    para(doc, "調達方式は、公募型プロポーザル方式とする。クラウドサービスは、事業者ごとに機能、"
         "サービスの水準及び支援の体制が異なり、価格のみによって最適な事業者を選ぶことができないため、"
         "提案の内容と価格を総合的に評価して契約の相手方となる候補者を選定する。")
    doc.add_paragraph("{%p elif procurement.method == '総合評価一般競争入札' %}")
    para(doc, "調達方式は、総合評価落札方式による一般競争入札とする（地方自治法施行令第167条の10の2）。"
         "価格その他の条件が{{ consortium.short_name }}にとって最も有利なものをもって落札者とする。")
    doc.add_paragraph("{%p elif procurement.method == '一般競争入札' %}")
    para(doc, "調達方式は、最低価格落札方式による一般競争入札とする。仕様書の要件を全て満たすことを"
         "入札参加の条件とする。")
    doc.add_paragraph("{%p else %}")
    para(doc, "調達方式は、随意契約とする。地方自治法施行令第167条の2第1項の該当事由は、"
         "別に定める。")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if procurement.method in ('公募型プロポーザル', '総合評価一般競争入札') %}")
    para(doc, "評価は、技術点{{ scoring.technical }}及び価格点{{ scoring.price }}の合計{{ scoring.total }}"
         "満点で行う。技術点の評価の観点は、{{ scoring.categories }}とし、評価の方法は"
         "評価基準書に定める。")
    doc.add_paragraph("{%p endif %}")

    heading(doc, SECTIONS[4])
    static_table(doc, ["項目", "内容"], [
        ["契約の種類", "サービス利用契約"],
        ["契約形態", "{{ procurement.contract_form }}（{% if procurement.contract_form == '一括契約' %}"
                     "{{ consortium.short_name }}が構成団体を代表して締結する{% else %}"
                     "構成団体ごとに締結する{% endif %}）"],
        ["契約期間", "{{ contract.with_length }}"],
        ["予定価格（提案上限額）", "{{ ceiling_price }}（消費税及び地方消費税を含む。契約期間の総額）"],
    ], [40, 110])
    para(doc, "契約期間が複数年度にわたるため、契約の締結に先立ち債務負担行為を設定する。"
         "サービス利用料は、構成団体ごとに本稼働の月から支払う。")

    heading(doc, SECTIONS[5])
    para(doc, "サービス利用調達仕様書に定める主な要求項目は、次のとおりとする。")
    static_table(doc, ["項目", "要求の概要"], [
        ["機能要件", "国が定める標準仕様書に準拠し、対象業務をカスタマイズせずに処理できること。"],
        ["非機能要件", "サービス提供時間は{{ sla.hours }}とし、稼働率{{ sla.availability }}以上"
                       "その他サービスレベル合意書（SLA）に定める水準を満たすこと。"],
        ["データ移行", "現行システムのデータを中間標準レイアウト仕様により移行し、契約終了時には"
                       "全てのデータを中間標準レイアウト仕様により引き渡すこと。"],
        ["初期導入", "環境の設定、構成団体ごとの設定、操作研修及び運用テストを行うこと。"],
        ["運用・保守", "障害の監視と復旧、バックアップ及び制度改正への対応を行い、達成状況を毎月報告すること。"],
        ["ヘルプデスク", "構成団体の職員からの問合せを受け付け、回答すること。"],
    ], [30, 120])
    return doc


if __name__ == "__main__":
    save_missing("procurement_plan.docx", build)
