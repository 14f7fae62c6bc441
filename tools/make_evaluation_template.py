"""Make the first version of templates/evaluation.docx (事業者選定評価基準書).

Outline: 目的 / 評価の体制 / 評価の手順 / 配点 / 評価項目一覧 / 技術点の採点 / 機能要件確認表の採点 /
価格点の算定 / 構成団体ごとの評価 / 同点の場合の取扱い / 評価結果の通知.
"""

from __future__ import annotations

from typing import Any

from tools.make_procurement_templates import (
    clauses,
    heading,
    para,
    right,
    save_missing,
    start,
    static_table,
    table,
)

SECTIONS = ["1 目的", "2 評価の体制", "3 評価の手順", "4 配点", "5 評価項目一覧", "6 技術点の採点",
            "7 機能要件確認表の採点", "8 価格点の算定", "9 構成団体ごとの評価", "10 同点の場合の取扱い",
            "11 評価結果の通知"]

SHORT = "{{ consortium.short_name }}"


def build() -> Any:
    doc = start(SECTIONS)
    heading(doc, SECTIONS[0])
    para(doc, "本基準書は、{{ consortium.name }}（以下「" + SHORT + "」という。）が{{ procurement.method }}"
         "により行う「{{ procurement.title }}」（契約期間 {{ contract.text }}）の事業者の選定に当たり、"
         "提案を評価する方法を定めるものである。")
    para(doc, "本調達のサービスは、{{ scope.members }}の{{ scope.member_count }}団体（以下「構成団体」"
         "という。）が共同で利用する。")

    heading(doc, SECTIONS[1])
    para(doc, "提案の評価は、{{ procurement.evaluation.committee }}（以下「選定委員会」という。）が行う。"
         "委員は、提案者と利害関係を有してはならず、評価の内容を外部に漏らしてはならない。")

    heading(doc, SECTIONS[2])
    para(doc, "評価は、次の手順により行う。")
    clauses(doc, ["資格審査　提案者が提案依頼書に定める参加資格を全て満たすことを確認する。"
                  "満たさない者の提案は評価しない。",
                  "技術評価　提案書、機能要件確認表及びプレゼンテーションにより、評価項目ごとに採点し、"
                  "技術点を算定する。",
                  "価格評価　提案価格から価格点を算定する。提案価格が予定価格（{{ ceiling_price }}）を"
                  "超える提案は失格とする。",
                  "総合評価　技術点と価格点の合計を総合評価点とし、総合評価点が最も高い者を契約の"
                  "相手方となる候補者とする。"])

    heading(doc, SECTIONS[3])
    right(static_table(doc, ["区分", "配点"], [
        ["技術点", "{{ scoring.technical }}"],
        ["価格点", "{{ scoring.price }}"],
        ["合計（満点）", "{{ scoring.total }}"],
    ], [75, 75]), 1)
    doc.add_paragraph("{%p if scoring.ratio %}")
    para(doc, "技術点と価格点の比は、{{ scoring.ratio }}とする。")
    doc.add_paragraph("{%p endif %}")

    heading(doc, SECTIONS[4])
    right(table(doc, ["No", "評価区分", "評価項目", "評価の視点", "配点"],
          ["{{ r.no }}", "{{ r.category }}", "{{ r.name }}", "{{ r.criteria }}", "{{ r.points }}"],
          "r in scoring.item_rows", [10, 28, 35, 57, 20],
          footer=["", "技術点 計", "", "", "{{ scoring.technical }}"]), 0, 4)

    heading(doc, SECTIONS[5])
    para(doc, "評価項目（{{ scoring.fit_name }}を除く。）は、次の区分により採点し、配点に割合を乗じた点を"
         "その項目の得点とする。")
    right(table(doc, ["評価区分", "評価の基準", "配点に乗じる割合"],
          ["{{ g.mark }}", "{{ g.meaning }}", "{{ g.ratio }}"], "g in scoring.grade_rows",
          [30, 80, 40]), 2)

    heading(doc, SECTIONS[6])
    para(doc, "{{ scoring.fit_name }}（配点{{ scoring.fit_points }}）は、機能要件確認表の回答により採点する。"
         "要件ごとの回答の区分と得点は次のとおりとする。")
    right(table(doc, ["回答区分", "意味", "得点（要件1件当たり）"],
          ["{{ f.mark }}", "{{ f.meaning }}", "{{ f.score }}"], "f in scoring.fit_rows",
          [30, 80, 40]), 2)
    para(doc, "{{ scoring.fit_formula }}", indent=False)
    para(doc, "回答の内容が提案書その他の資料で確認できない要件は、得点を0点とする。")

    heading(doc, SECTIONS[7])
    para(doc, "価格点は、次の式により算定する。算定した点は、小数点以下第2位を四捨五入する。")
    para(doc, "{{ scoring.price_formula }}", indent=False)
    para(doc, "予定価格は{{ ceiling_price }}（消費税及び地方消費税を含む。）とする。")

    heading(doc, SECTIONS[8])
    doc.add_paragraph("{%p if scoring.weighting == 'なし' %}")
    para(doc, "評価は、選定委員会の合議により一つの評価として行い、構成団体ごとの加重は行わない。")
    doc.add_paragraph("{%p else %}")
    para(doc, "技術点は、構成団体ごとに採点し、{% if scoring.weighting == '人口比' %}構成団体の人口の比"
         "{% else %}均等の重み{% endif %}による次の重みを乗じて合計する。")
    right(table(doc, ["構成団体", "人口（人）", "重み"],
          ["{{ w.name }}", "{{ w.population }}", "{{ w.weight }}"], "w in scoring.weight_rows",
          [60, 45, 45]), 1, 2)
    doc.add_paragraph("{%p endif %}")

    heading(doc, SECTIONS[9])
    para(doc, "{{ procurement.evaluation.tie_rule }}")

    heading(doc, SECTIONS[10])
    para(doc, "評価の結果は、全ての提案者に書面により通知する。" + SHORT
         + "は、選定した者の名称及び総合評価点を公表する。")
    return doc


if __name__ == "__main__":
    save_missing("evaluation.docx", build)
