"""Make the first version of templates/plan.docx (自治体クラウド導入計画書). Never overwrites."""

from __future__ import annotations

from pathlib import Path

from tools.docx_skeleton import (
    cover,
    grouped_table,
    header_text,
    loop_paragraph,
    new_document,
    page_footer,
    para,
    table,
    toc,
)

SECTIONS = ["1 構成団体", "2 計画期間・組織形態", "3 クラウド導入の背景と目的",
            "4 クラウド導入の基本的な考え方", "5 クラウド導入方式", "6 対象業務システム",
            "7 費用対効果", "8 推進体制及び役割分担", "9 導入スケジュール", "10 リスクと対応"]


def build() -> object:
    doc = new_document()
    header_text(doc, "{{ doc.title }}{% if doc.draft %}（案）{% endif %}　{{ doc.edition }}")
    page_footer(doc)
    cover(doc, "{{ doc.title }}", ["{% if doc.draft %}【案】{% endif %}", "{{ consortium.name }}",
                                   "{{ doc.edition }}", "{{ doc.date }}"])
    doc.add_paragraph("改訂履歴", style="Heading 2")
    table(doc, ["版数", "改訂日", "改訂内容"], ["{{ r.edition }}", "{{ r.date }}", "{{ r.summary }}"],
          "r in doc.revisions", [25, 40, 85])
    toc(doc, SECTIONS)

    doc.add_paragraph(SECTIONS[0], style="Heading 1")
    para(doc, "本計画の構成団体は、次の{{ members|length }}団体とする。人口は、各団体の人口とその基準日及び出典を示す。")
    table(doc, ["No", "団体名", "人口（人）", "基準日", "出典", "加入区分"],
          ["{{ m.no }}", "{{ m.name }}", "{{ m.population }}", "{{ m.as_of }}", "{{ m.basis }}",
           "{{ m.joining }}"], "m in member_rows", [10, 25, 22, 32, 25, 36],
          footer=["", "合計", "{{ population_total }}", "", "", ""])

    doc.add_paragraph(SECTIONS[1], style="Heading 1")
    doc.add_paragraph("2.1 計画期間", style="Heading 2")
    para(doc, "本計画の期間は、{{ period.start }}から{{ period.end }}までの{{ period.years }}年間とする。")
    doc.add_paragraph("2.2 組織形態", style="Heading 2")
    para(doc, "推進組織は{{ consortium.name }}（以下「{{ consortium.short_name }}」という。）とし、"
         "組織形態は{{ consortium.form }}とする。{{ consortium.short_name }}は{{ organisation.established }}に設立され、"
         "事務所を{{ consortium.office.address }}（{{ consortium.office.name }}）に置く。")
    para(doc, "意思決定機関は{{ consortium.decision_body.name }}とし、{{ consortium.decision_body.composition }}。"
         "{% if consortium.decision_body.meetings %}{{ consortium.decision_body.meetings }}。{% endif %}"
         "{% if consortium.executive %}執行機関として{{ consortium.executive.name }}を置き、"
         "{{ consortium.executive.selection or consortium.executive.composition }}。{% endif %}")
    para(doc, "事務局として{{ consortium.secretariat.name }}（職員{{ consortium.secretariat.staff }}人）を"
         "{{ organisation.host }}に置き、代表団体は{{ organisation.representative }}とする。")

    doc.add_paragraph(SECTIONS[2], style="Heading 1")
    doc.add_paragraph("3.1 背景", style="Heading 2")
    loop_paragraph(doc, "text in plan.background", "{{ text }}")
    doc.add_paragraph("3.2 目的", style="Heading 2")
    loop_paragraph(doc, "text in plan.purpose", "{{ text }}")
    doc.add_paragraph("3.3 基本方針と目標", style="Heading 2")
    para(doc, "{{ targets.policy }}")
    table(doc, ["優先順位", "目標", "内容"], ["{{ g.priority }}", "{{ g.name }}", "{{ g.description }}"],
          "g in targets.goals|sort(attribute='priority')", [20, 40, 90])

    doc.add_paragraph(SECTIONS[3], style="Heading 1")
    para(doc, "クラウド導入に当たっては、次の考え方を基本とする。")
    doc.add_paragraph("{%p for p in plan.principles %}")
    doc.add_paragraph("（{{ loop.index }}）{{ p.title }}", style="Heading 3")
    para(doc, "{{ p.text }}")
    doc.add_paragraph("{%p endfor %}")

    doc.add_paragraph(SECTIONS[4], style="Heading 1")
    para(doc, "クラウドサービスの形態は{{ plan.deployment.model }}とする。")
    loop_paragraph(doc, "text in plan.deployment.text", "{{ text }}")
    table(doc, ["項目", "内容"], ["{{ row[0] }}", "{{ row[1] }}"],
          "row in [('サービス形態', plan.deployment.model), ('データセンター', plan.deployment.data_center), "
          "('接続ネットワーク', plan.deployment.network)]", [40, 110])

    doc.add_paragraph(SECTIONS[5], style="Heading 1")
    doc.add_paragraph("6.1 対象業務", style="Heading 2")
    para(doc, "クラウド化の対象とする業務は次のとおりとする。標準化欄の○は、国の標準化の対象業務であることを示す。")
    doc.add_paragraph("{%p for g in services %}")
    doc.add_paragraph("（{{ loop.index }}）{{ g.category }}（{{ g.count }}業務）", style="Heading 3")
    table(doc, ["業務", "標準化", "利用団体数"], ["{{ s.name }}", "{{ s.standard }}", "{{ s.users }}"],
          "s in g.rows", [70, 30, 50])
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("6.2 団体別の利用業務・端末数", style="Heading 2")
    table(doc, ["団体名", "利用業務数", "端末数", "利用開始"],
          ["{{ u.name }}", "{{ u.services }}", "{{ u.terminals }}", "{{ u.start }}"],
          "u in usage_rows", [40, 35, 35, 40])
    doc.add_paragraph("6.3 現行システムの概要", style="Heading 2")
    para(doc, "現行システム概要調査の結果のうち、導入時期の検討に必要な更新予定日と経費を示す。")
    table(doc, ["団体名", "システム", "開発形態", "設置場所", "更新予定日", "年間経費"],
          ["{{ s.member }}", "{{ s.name }}", "{{ s.development }}", "{{ s.location }}",
           "{{ s.renewal }}", "{{ s.annual }}"], "s in system_rows", [20, 32, 20, 28, 28, 28])

    doc.add_paragraph(SECTIONS[6], style="Heading 1")
    doc.add_paragraph("7.1 試算の方法", style="Heading 2")
    para(doc, "費用対効果は、{{ costs.period_label }}について、現行システムを今後も継続した場合の費用と"
         "クラウドに移行した場合の費用を比較して試算した。")
    loop_paragraph(doc, "text in costs.method_paragraphs", "{{ text }}")
    doc.add_paragraph("7.2 団体別の試算結果", style="Heading 2")
    table(doc, ["団体名", "現行継続（A）", "クラウド移行（B）", "削減額（A－B）", "削減率"],
          ["{{ r.name }}", "{{ r.keep }}", "{{ r.cloud }}", "{{ r.saving }}", "{{ r.rate }}"],
          "r in costs.rows", [26, 33, 33, 33, 20],
          footer=["{{ costs.total.name }}", "{{ costs.total.keep }}", "{{ costs.total.cloud }}",
                  "{{ costs.total.saving }}", "{{ costs.total.rate }}"])
    doc.add_paragraph("{{ costs.saving_chart }}")
    doc.add_paragraph("{{ costs.cumulative_chart }}")
    doc.add_paragraph("7.3 参考: 現行費用との単純比較（パターン1）", style="Heading 2")
    para(doc, "参考として、現行システムの年間経費を試算期間にわたり据え置いた費用とクラウド移行後の費用を"
         "比較した結果を示す（パターン1）。今後見込まれる費用の増加を含まないため、上記のパターン2が"
         "より現実的な比較である。")
    table(doc, ["団体名", "現行費用（A）", "クラウド移行（B）", "削減額（A－B）", "削減率"],
          ["{{ r.name }}", "{{ r.current }}", "{{ r.cloud }}", "{{ r.saving }}", "{{ r.rate }}"],
          "r in costs.pattern1_rows", [26, 33, 33, 33, 20],
          footer=["{{ costs.pattern1_total.name }}", "{{ costs.pattern1_total.current }}",
                  "{{ costs.pattern1_total.cloud }}", "{{ costs.pattern1_total.saving }}",
                  "{{ costs.pattern1_total.rate }}"])
    doc.add_paragraph("7.4 年度別負担額", style="Heading 2")
    para(doc, "各団体の年度別の負担額は次のとおりである（単位: 円）。")
    grouped_table(doc, ["団体名", "年度", "負担額"], "r in costs.yearly.rows",
                  "a in r.amounts", ["{{ r.name if loop.first else '' }}",
                                     "{{ costs.year_labels[loop.index0] }}", "{{ a }}"],
                  ["", "{{ r.name }} 計", "{{ r.total }}"], [40, 50, 50])
    para(doc, "全団体の合計は、{% for a in costs.yearly.total.amounts %}{{ costs.year_labels[loop.index0] }}"
         "{{ a }}{% if not loop.last %}、{% endif %}{% endfor %}であり、"
         "{{ costs.period_label }}の合計は{{ costs.yearly.total.total }}である。")
    doc.add_paragraph("7.5 費用項目ごとの分担", style="Heading 2")
    doc.add_paragraph("{%p for item in costs.shares %}")
    doc.add_paragraph("（{{ loop.index }}）{{ item.name }}（{{ item.method }}、総額{{ item.total }}）",
                      style="Heading 3")
    table(doc, ["団体名", "負担額"], ["{{ row.name }}", "{{ row.amount }}"], "row in item.rows",
          [60, 60])
    doc.add_paragraph("{%p endfor %}")

    doc.add_paragraph(SECTIONS[7], style="Heading 1")
    para(doc, "{{ consortium.short_name }}は、{{ consortium.decision_body.name }}を意思決定機関とし、"
         "{{ consortium.secretariat.name }}が計画の推進と構成団体間の調整に当たる。"
         "構成団体の業務所管課は、検討部会を通じて業務の標準化とシステムの評価・選定に参画する。")
    doc.add_paragraph("8.1 検討部会", style="Heading 2")
    table(doc, ["部会", "所掌事項", "部会長団体", "参加団体"],
          ["{{ g.name }}", "{{ g.purpose }}", "{{ g.lead }}", "{{ g.members }}"],
          "g in organisation.groups", [30, 60, 25, 35])
    doc.add_paragraph("8.2 役割分担", style="Heading 2")
    para(doc, "各作業の役割分担は次のとおりとする。◎は中心的に実施（承認）、○は実施（作成）、△は場合により支援を表す。")
    table(doc, ["フェーズ", "作業項目", "意思決定機関", "事務局", "業務所管課", "ベンダ"],
          ["{{ r.phase }}", "{{ r.name }}", "{{ r.decision_body }}", "{{ r.secretariat }}",
           "{{ r.departments }}", "{{ r.vendor }}"], "r in role_rows", [20, 58, 20, 18, 20, 18])

    doc.add_paragraph(SECTIONS[8], style="Heading 1")
    doc.add_paragraph("9.1 フェーズ", style="Heading 2")
    table(doc, ["フェーズ", "期間", "概要", "意思決定機関", "事務局", "業務所管課", "ベンダ"],
          ["{{ p.name }}", "{{ p.period }}", "{{ p.summary }}", "{{ p.decision_body }}",
           "{{ p.secretariat }}", "{{ p.departments }}", "{{ p.vendor }}"], "p in phase_rows",
          [24, 30, 50, 13, 11, 13, 11])
    doc.add_paragraph("9.2 工程表", style="Heading 2")
    doc.add_paragraph("{{ gantt }}")
    doc.add_paragraph("9.3 団体別の移行時期", style="Heading 2")
    para(doc, "各団体の移行時期は、現行システムの更新時期（ライフサイクル）に合わせて設定する。")
    table(doc, ["団体名", "本稼働", "理由"], ["{{ r.name }}", "{{ r.month }}", "{{ r.reason }}"],
          "r in migration_rows", [35, 35, 80])
    doc.add_paragraph("9.4 主な節目", style="Heading 2")
    table(doc, ["節目", "日付"], ["{{ m.name }}", "{{ m.date }}"], "m in milestone_rows", [90, 60])

    doc.add_paragraph(SECTIONS[9], style="Heading 1")
    table(doc, ["リスク・課題", "対応"], ["{{ r.title }}", "{{ r.measure }}"], "r in plan.risks",
          [50, 100])
    return doc


if __name__ == "__main__":
    from tools.docx_skeleton import save_new

    save_new(build(), Path(__file__).resolve().parent.parent / "templates" / "plan.docx")
