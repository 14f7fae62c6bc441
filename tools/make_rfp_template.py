"""Make the first version of templates/rfp.docx (提案依頼書).

Outline: 提案依頼の概要 / 提案要領 (スケジュール, 質問受付, 提出物, 様式, 提出先) / 参加資格 /
提案を求める事項 / 評価方法 (総合評価, 価格点, 評価項目と配点, 同点) / 契約 / 留意事項.
"""

from __future__ import annotations

from typing import Any

from tools.make_procurement_templates import (
    clauses,
    contact_table,
    heading,
    loop_clauses,
    para,
    paragraphs,
    right,
    save_missing,
    start,
    static_table,
    table,
)

SECTIONS = ["1 提案依頼の概要", "2 提案要領", "3 参加資格", "4 提案を求める事項", "5 評価方法",
            "6 契約", "7 留意事項"]

SHORT = "{{ consortium.short_name }}"


def build() -> Any:
    doc = start(SECTIONS)
    _overview(doc)
    _instructions(doc)
    heading(doc, SECTIONS[2])
    para(doc, "提案に参加できる者は、次の要件を全て満たす者とする。")
    loop_clauses(doc, "q in procurement.qualifications", "{{ q }}")
    _requests(doc)
    _evaluation(doc)
    _contract_and_notes(doc)
    return doc


def _overview(doc: Any) -> None:
    heading(doc, SECTIONS[0])
    heading(doc, "1.1 目的", 2)
    para(doc, "{{ consortium.name }}（以下「" + SHORT + "」という。）は、{{ scope.members }}の"
         "{{ scope.member_count }}団体（以下「構成団体」という。）が共同で利用するクラウドサービスを"
         "調達するため、{{ procurement.method }}により事業者を選定する。本書は、提案の手続、提案を"
         "求める事項及び評価の方法を示すものである。")
    paragraphs(doc, "text in procurement.purpose")
    heading(doc, "1.2 件名", 2)
    para(doc, "{{ procurement.title }}")
    heading(doc, "1.3 調達の範囲", 2)
    para(doc, "調達の範囲は、サービス利用調達仕様書（以下「仕様書」という。）に定めるとおりとし、"
         "その概要は次のとおりである。本調達はサービス利用契約であり、システムの開発の委託ではない。")
    static_table(doc, ["項目", "内容"], [
        ["対象業務", "{{ scope.services }}（仕様書別紙1）"],
        ["対象団体", "{{ scope.members }}（仕様書別紙2）"],
        ["端末数", "{{ scope.terminals }}（構成団体の合計）"],
        ["導入方式", "{{ deployment.model }}型のクラウドサービスの利用"],
    ], [35, 115])
    heading(doc, "1.4 契約期間及び契約形態", 2)
    para(doc, "契約期間は{{ contract.with_length }}とし、契約形態は{{ procurement.contract_form }}とする。")
    heading(doc, "1.5 提案上限額", 2)
    para(doc, "提案上限額は、{{ ceiling_price }}（消費税及び地方消費税を含む。契約期間の総額）とする。"
         "提案価格がこの額を超える提案は失格とする。")


def _instructions(doc: Any) -> None:
    heading(doc, SECTIONS[1])
    heading(doc, "2.1 スケジュール", 2)
    table(doc, ["手続", "日付"], ["{{ e.name }}", "{{ e.date }}"], "e in schedule_rows", [80, 70])
    doc.add_paragraph("{%p if deadlines.application %}")
    para(doc, "参加を希望する者は、{{ deadlines.application }}までに参加申込書を提出すること。")
    doc.add_paragraph("{%p endif %}")
    heading(doc, "2.2 質問の受付", 2)
    para(doc, "本書及び仕様書に関する質問は、{{ deadlines.question }}までに、質問書（様式は任意）を"
         "電子メールにより2.5の提出先に提出すること。電話又は口頭による質問は受け付けない。"
         "質問への回答は{% if deadlines.answer %}{{ deadlines.answer }}までに{% endif %}、質問者の名称を"
         "伏せて、参加を予定する全ての者に通知する。")
    heading(doc, "2.3 提出物", 2)
    para(doc, "提案者は、次の書類を提出すること。")
    table(doc, ["No", "提出物"], ["{{ loop.index }}", "{{ s }}"], "s in procurement.submissions",
          [15, 135])
    heading(doc, "2.4 様式", 2)
    static_table(doc, ["項目", "内容"], [
        ["用紙", "{{ procurement.proposal_format.paper }}"],
        ["分量", "{{ procurement.proposal_format.max_pages }}ページ以内（表紙及び目次を除く。）"],
        ["部数", "{{ procurement.proposal_format.copies }}部（正本1部を含む。）"],
        ["電子データ", "{{ procurement.proposal_format.electronic }}"],
        ["言語・通貨", "日本語及び日本国通貨"],
    ], [35, 115])
    heading(doc, "2.5 提出期限及び提出先", 2)
    para(doc, "提出期限は{{ deadlines.submission }}（必着）とし、持参又は書留郵便により次の提出先に"
         "提出すること。")
    contact_table(doc)


def _requests(doc: Any) -> None:
    heading(doc, SECTIONS[3])
    para(doc, "提案書には、仕様書の要件を全て満たすことを前提として、次の事項を記載すること。"
         "提案するサービスの水準は、サービスレベル合意書（SLA）案の協定値を満たすこと。稼働率の協定値は、"
         "サービス提供時間（{{ sla.hours }}）において{{ sla.availability }}以上であり、これにより許容される"
         "停止時間は年間{{ sla.downtime_year }}である。")
    table(doc, ["評価区分", "評価項目", "記載を求める内容"],
          ["{{ r.category }}", "{{ r.name }}", "{{ r.criteria }}"], "r in scoring.item_rows",
          [35, 45, 70])
    para(doc, "機能要件確認表の各要件には、次の区分により回答し、回答の根拠を提案書で確認できるように"
         "すること。")
    table(doc, ["区分", "意味"], ["{{ f.mark }}", "{{ f.meaning }}"], "f in scoring.fit_rows",
          [20, 130])
    para(doc, "見積書には、契約期間の総額を、初期費用（初期導入及びデータ移行）とサービス利用料"
         "（月額及び年度ごとの額）に分けて記載し、構成団体ごとの内訳を示すこと。契約終了時のデータの"
         "引渡しに要する費用は、総額に含めること。")


def _evaluation(doc: Any) -> None:
    heading(doc, SECTIONS[4])
    heading(doc, "5.1 総合評価", 2)
    para(doc, "提案は、技術点{{ scoring.technical }}と価格点{{ scoring.price }}の合計{{ scoring.total }}"
         "満点で評価し{% if scoring.ratio %}（{{ scoring.ratio }}）{% endif %}、合計点が最も高い者を契約の相手方となる候補者とする。"
         "評価の詳細は評価基準書による。")
    doc.add_paragraph("{%p if scoring.weighting != 'なし' %}")
    para(doc, "技術点は構成団体ごとに採点し、{% if scoring.weighting == '人口比' %}構成団体の人口の比"
         "{% else %}均等の重み{% endif %}により加重して合計する。")
    doc.add_paragraph("{%p endif %}")
    heading(doc, "5.2 価格点", 2)
    para(doc, "価格点は、次の式により算定する。")
    para(doc, "{{ scoring.price_formula }}", indent=False)
    heading(doc, "5.3 評価項目と配点", 2)
    right(table(doc, ["No", "評価区分", "評価項目", "配点"],
          ["{{ r.no }}", "{{ r.category }}", "{{ r.name }}", "{{ r.points }}"],
          "r in scoring.item_rows", [12, 45, 68, 25],
          footer=["", "技術点 計", "", "{{ scoring.technical }}"]), 0, 3)
    heading(doc, "5.4 同点の場合の取扱い", 2)
    para(doc, "{{ procurement.evaluation.tie_rule }}")


def _contract_and_notes(doc: Any) -> None:
    heading(doc, SECTIONS[5])
    para(doc, SHORT + "は、選定した候補者と協議のうえ、仕様書及びSLAに基づくサービス利用契約を"
         "締結する。協議が整わないときは、次の順位の者と協議する。")
    doc.add_paragraph("{%p if procurement.contract_form == '一括契約' %}")
    para(doc, "契約は、" + SHORT + "が構成団体を代表して一括して締結する。")
    doc.add_paragraph("{%p else %}")
    para(doc, "契約は、構成団体ごとに締結する。")
    doc.add_paragraph("{%p endif %}")
    heading(doc, SECTIONS[6])
    clauses(doc, ["提案に要する費用は、提案者の負担とする。",
                  "提出された書類は返却しない。提出後の差替え及び追加は認めない。",
                  "提案は1者につき1件とする。",
                  "提出書類に虚偽の記載があるときは、その提案を失格とする。",
                  "提案書の著作権は提案者に帰属する。ただし、" + SHORT
                  + "は、選定に必要な範囲で提案書を複製することができる。",
                  "提出された書類は、情報公開に関する条例に基づき開示することがある。"])


if __name__ == "__main__":
    save_missing("rfp.docx", build)
