"""Make the first version of templates/procurement_spec.docx (サービス利用調達仕様書).

Outline: 調達案件の概要 / 調達範囲 / 契約期間 / 全体スケジュール / サービス要件 (機能・非機能・
データ移行・初期導入・運用保守・ヘルプデスク) / 成果物 / 納入条件 / 再委託 / 契約不適合責任 /
知的財産権 / 個人情報の取扱い / その他 / 別紙1・2. A service contract, not commissioned development.
"""

from __future__ import annotations

from typing import Any

from tools.make_procurement_templates import (
    clauses,
    fixed_loop_table,
    heading,
    page_break,
    para,
    paragraphs,
    right,
    save_missing,
    start,
    table,
)

SECTIONS = ["1 調達案件の概要", "2 調達範囲", "3 契約期間", "4 全体スケジュール", "5 サービス要件",
            "6 成果物", "7 納入条件", "8 再委託", "9 契約不適合責任", "10 知的財産権",
            "11 個人情報の取扱い", "12 その他", "別紙1 対象業務一覧", "別紙2 団体別利用業務・端末数"]

SHORT = "{{ consortium.short_name }}"


def build() -> Any:
    doc = start(SECTIONS)
    _overview(doc)
    _scope(doc)
    _period_and_schedule(doc)
    _functional(doc)
    _non_functional(doc)
    _migration(doc)
    _setup_and_operation(doc)
    _deliverables(doc)
    _terms(doc)
    _annexes(doc)
    return doc


def _overview(doc: Any) -> None:
    heading(doc, SECTIONS[0])
    heading(doc, "1.1 背景", 2)
    paragraphs(doc, "text in background")
    heading(doc, "1.2 目的", 2)
    paragraphs(doc, "text in procurement.purpose")
    heading(doc, "1.3 件名", 2)
    para(doc, "{{ procurement.title }}")
    heading(doc, "1.4 契約の性質", 2)
    para(doc, "本調達は、事業者が自らの設備及びソフトウェアにより提供する{{ deployment.model }}型の"
         "クラウドサービスを、" + SHORT + "及び構成団体が利用する契約（サービス利用契約）である。"
         + SHORT + "のために情報システムを開発し、又はその運用を委託する請負契約若しくは委託契約"
         "ではない。")
    para(doc, "事業者は、本仕様書及びサービスレベル合意書（以下「SLA」という。）に定める水準でサービスを"
         "提供する責任を負い、その水準を実現する設備、ソフトウェア及び作業の体制は事業者が定める。"
         "本サービスは、パッケージの標準機能を利用し、個別の改修（カスタマイズ）を行わないことを原則とする。")
    heading(doc, "1.5 用語の定義", 2)
    para(doc, "本仕様書で用いる用語の意味は、次のとおりとする。")
    fixed_loop_table(doc, ["用語", "定義"], [
        [SHORT, "{{ consortium.name }}"],
        ["構成団体", SHORT + "を組織し、本サービスを利用する{{ scope.member_count }}団体（別紙2）"],
        ["事業者", "本サービスを提供する者として" + SHORT + "と契約を締結した者"],
    ], [40, 110], ["{{ t.term }}", "{{ t.definition }}"], "t in procurement.terms")


def _scope(doc: Any) -> None:
    heading(doc, SECTIONS[1])
    heading(doc, "2.1 対象業務", 2)
    para(doc, "本サービスの対象業務は、{{ scope.services }}とし、その一覧は別紙1のとおりとする。")
    heading(doc, "2.2 対象団体", 2)
    para(doc, "本サービスを利用する団体は、{{ scope.members }}の{{ scope.member_count }}団体とする。")
    doc.add_paragraph("{%p if scope.later_members %}")
    para(doc, "このうち{{ scope.later_members }}は、契約期間の途中から利用を開始する後続団体である。"
         "事業者は、後続団体が本仕様書と同じ条件で利用を開始できるようにすること。")
    doc.add_paragraph("{%p endif %}")
    heading(doc, "2.3 端末数", 2)
    para(doc, "本サービスを利用する端末数は、構成団体の合計で{{ scope.terminals }}とする。"
         "団体ごとの端末数は別紙2のとおりとする。契約期間中の端末数の増減への対応方法は、"
         "提案において示すこと。")
    heading(doc, "2.4 作業の範囲", 2)
    para(doc, "事業者が行う作業の範囲は、次のとおりとする。")
    clauses(doc, ["本サービスの提供（5.1及び5.2）",
                  "データ移行（現行システムからの移行及び契約終了時のデータの引渡し。5.3）",
                  "初期導入（環境の設定、構成団体ごとの設定、操作研修及び運用テスト。5.4）",
                  "運用・保守（制度改正への対応を含む。5.5）",
                  "ヘルプデスク（5.6）"])


def _period_and_schedule(doc: Any) -> None:
    heading(doc, SECTIONS[2])
    para(doc, "契約期間は、{{ contract.with_length }}とする。")
    para(doc, "契約の開始から各構成団体の本稼働の前日までを初期導入期間とし、本稼働の日から契約期間の"
         "終了までをサービス利用期間とする。サービス利用料は、構成団体ごとに本稼働の月から支払う。")
    doc.add_paragraph("{%p if procurement.contract_form == '一括契約' %}")
    para(doc, "契約は、" + SHORT + "が構成団体を代表して一括して締結する。")
    doc.add_paragraph("{%p else %}")
    para(doc, "契約は、構成団体ごとに締結する。契約の条件は、各構成団体とも本仕様書による。")
    doc.add_paragraph("{%p endif %}")

    heading(doc, SECTIONS[3])
    para(doc, "全体のスケジュールは次のとおりとする。事業者は、これに従って導入実施計画書を作成し、"
         + SHORT + "の承認を得ること。")
    heading(doc, "4.1 工程", 2)
    table(doc, ["フェーズ", "期間", "概要"],
          ["{{ p.name }}", "{{ p.start|wareki_month }}～{{ p.end|wareki_month }}", "{{ p.summary }}"],
          "p in phase_rows", [35, 45, 70])
    heading(doc, "4.2 主な節目", 2)
    table(doc, ["節目", "日付"], ["{{ m.name }}", "{{ m.date|wareki }}"], "m in milestone_rows",
          [90, 60])
    heading(doc, "4.3 構成団体の本稼働時期", 2)
    para(doc, "各構成団体の本稼働の時期は、現行システムの更新時期に合わせて次のとおりとする。")
    table(doc, ["本稼働", "団体数", "構成団体"],
          ["{{ g.month }}", "{{ g.count }}", "{{ g.members }}"], "g in scope.go_live",
          [35, 20, 95])


def _functional(doc: Any) -> None:
    heading(doc, SECTIONS[4])
    heading(doc, "5.1 機能要件", 2)
    para(doc, "本サービスは、別紙1の対象業務について、国が定める標準仕様書に準拠した機能を備えること。"
         "標準化の対象でない業務は、事業者の標準機能により処理できること。対象業務の区分ごとの内訳は"
         "次のとおりである。")
    table(doc, ["区分", "業務数", "対象業務"],
          ["{{ g.category }}", "{{ g.count }}業務", "{{ g.names }}"], "g in service_groups",
          [25, 20, 105])
    para(doc, "機能要件の詳細は機能要件確認表に定める。事業者は、提案時に回答した内容のとおり機能を"
         "提供すること。")
    para(doc, "各構成団体が利用する業務は別紙2のとおりとする。本サービスは、構成団体ごとにデータを"
         "分離して管理し、ある構成団体の利用者が他の構成団体のデータを参照できないようにすること。"
         "利用する業務の追加又は取りやめは、契約に定める手続により行う。")


def _non_functional(doc: Any) -> None:
    heading(doc, "5.2 非機能要件", 2)
    para(doc, "本項に定める水準は、SLAに定める協定値と同一である。測定の方法及び報告はSLAの定めによる。")
    heading(doc, "5.2.1 サービス提供時間及び稼働率", 3)
    para(doc, "サービス提供時間は、{{ sla.hours }}とする。サービス提供時間における稼働率は、"
         "{{ sla.availability }}以上とする。この稼働率により許容される停止時間は、年間{{ sla.downtime_year }}"
         "（1か月当たり平均{{ sla.downtime_month }}）である。稼働率の算定方法はSLAの定めによる。")
    heading(doc, "5.2.2 サービスレベル", 3)
    para(doc, "可用性、信頼性、性能、データ管理及びセキュリティの水準は、次のとおりとする。")
    doc.add_paragraph("{%p for g in sla.groups %}")
    para(doc, "（{{ loop.index }}）{{ g.name }}", indent=False)
    table(doc, ["項目", "規定内容", "協定値", "測定方法"],
          ["{{ r.name }}", "{{ r.description }}", "{{ r.target }}", "{{ r.measurement }}"],
          "r in g.rows", [28, 45, 35, 42])
    doc.add_paragraph("{%p endfor %}")
    heading(doc, "5.2.3 稼働環境", 3)
    para(doc, "本サービスを提供するデータセンターは、{{ deployment.data_center }}であること。"
         "構成団体からの接続は{{ deployment.network }}を経由して行い、インターネットから本サービスの"
         "業務データに接続できないようにすること。")


def _migration(doc: Any) -> None:
    heading(doc, "5.3 データ移行", 2)
    heading(doc, "5.3.1 現行システムからの移行", 3)
    para(doc, "事業者は、各構成団体の現行システムのデータを中間標準レイアウト仕様により受け入れ、"
         "本サービスに移行すること。中間標準レイアウト仕様に定めのないデータの移行方法は、"
         + SHORT + "と協議して定める。")
    para(doc, "現行システムからのデータの抽出は構成団体が現行の事業者に依頼して行い、データの変換、"
         "投入及び移行結果の検証は事業者が行う。事業者は、本稼働の前に移行リハーサルを行い、移行件数の"
         "照合結果を報告すること。移行の時期は、別紙2の本稼働の時期による。")
    heading(doc, "5.3.2 契約終了時のデータの引渡し", 3)
    para(doc, "事業者は、契約期間の満了又は契約の解除により本サービスの提供を終えるときは、本サービスで"
         "管理する全てのデータを、総務省が公開する中間標準レイアウト仕様により、" + SHORT + "又は"
         + SHORT + "が指定する者に引き渡すこと（「電子自治体の取組みを加速するための10の指針」"
         "指針6）。中間標準レイアウト仕様に定めのないデータは、項目の定義を付したCSV形式その他の"
         "汎用的な形式により引き渡すこと。")
    para(doc, "引渡しの時期はSLAの定めによる。引渡しに要する費用は契約金額に含むものとする。事業者は、"
         "引渡しの完了後、保有するデータを復元できない方法により消去し、その証明書を提出すること。")


def _setup_and_operation(doc: Any) -> None:
    heading(doc, "5.4 初期導入", 2)
    para(doc, "事業者は、契約の締結後、導入実施計画書を提出して" + SHORT + "の承認を得たうえで、"
         "次の作業を行うこと。カスタマイズは行わず、標準機能で対応できない事項は、業務の見直し又は"
         "運用による対応を" + SHORT + "と協議する。")
    clauses(doc, ["本サービスの環境の設定及び構成団体ごとのパラメータの設定",
                  "構成団体の端末及びネットワークの接続設定の支援",
                  "構成団体の職員に対する操作研修（業務ごと、本稼働の前に実施）",
                  "構成団体の職員が参加する運用テスト及び本稼働の判定の支援"])
    heading(doc, "5.5 運用・保守", 2)
    para(doc, "事業者は、本サービスを安定して提供するため、稼働状況の監視、障害の検知と復旧、"
         "バックアップの取得、セキュリティ対策及び制度改正への対応を行うこと。制度改正に伴う機能の改修は、"
         "サービス利用料の範囲内で行う。")
    para(doc, "事業者は、サービスレベルの達成状況を月次報告書にまとめ、翌月{{ sla.report_day }}日までに"
         "提出すること。" + SHORT + "は{{ sla.meeting_interval }}か月ごとに運用会議を開催し、"
         "事業者はこれに出席して報告すること。" + SHORT + "、構成団体及び事業者の責任の分界は"
         "次のとおりとする。")
    table(doc, ["範囲", "事業者の責任", SHORT + "・構成団体の責任"],
          ["{{ r.area }}", "{{ r.provider }}", "{{ r.consortium }}"], "r in sla.responsibilities",
          [40, 55, 55])
    heading(doc, "5.6 ヘルプデスク", 2)
    para(doc, "事業者は、構成団体の職員からの操作、障害及び制度改正に関する問合せを受け付ける"
         "ヘルプデスクを設けること。")
    doc.add_paragraph("{%p if sla.support_rows %}")
    para(doc, "ヘルプデスクの水準は、次のとおりとする。")
    table(doc, ["項目", "規定内容", "協定値"],
          ["{{ r.name }}", "{{ r.description }}", "{{ r.target }}"], "r in sla.support_rows",
          [35, 65, 50])
    doc.add_paragraph("{%p endif %}")


def _deliverables(doc: Any) -> None:
    heading(doc, SECTIONS[5])
    para(doc, "事業者は、次の成果物を日本語で作成し、提出すること。")
    table(doc, ["成果物", "内容", "提出時期"],
          ["{{ d.name }}", "{{ d.content }}", "{{ d.due }}"], "d in procurement.deliverables",
          [35, 75, 40])
    heading(doc, SECTIONS[6])
    para(doc, "成果物の納入場所は{{ procurement.delivery.place }}とし、"
         "{{ procurement.delivery.media }}。{% if procurement.delivery.paper_copies %}"
         "紙媒体は{{ procurement.delivery.paper_copies }}部を納入すること。{% endif %}")
    para(doc, SHORT + "は、成果物の納入を受けた日から{{ procurement.delivery.inspection_days }}日以内に"
         "検査を行い、合格したことをもって検収とする。検査に合格しなかった成果物は、事業者が修正のうえ"
         "再び納入し、検査を受けること。")


def _terms(doc: Any) -> None:
    heading(doc, SECTIONS[7])
    clauses(doc, ["事業者は、本業務の全部又は主たる部分を第三者に再委託してはならない。",
                  "事業者は、本業務の一部を再委託するときは、あらかじめ再委託先、再委託する業務の範囲"
                  "及び再委託先の情報セキュリティ対策を書面により届け出て、" + SHORT + "の承認を得ること。"
                  "本サービスの基盤として事業者が利用する他の事業者の設備又はサービスも同様とする。",
                  "再委託先の行為については、事業者が全ての責任を負う。"])
    heading(doc, SECTIONS[8])
    para(doc, "初期導入の成果物が種類、品質又は数量に関して契約の内容に適合しないときは、" + SHORT
         + "は、検収の日から{{ procurement.nonconformity_years }}年以内に事業者に通知して、履行の追完、"
         "代金の減額又は損害賠償を請求することができる。")
    para(doc, "本サービスの提供の品質は、SLAに定める水準及び未達時の措置によるものとする。")
    heading(doc, SECTIONS[9])
    clauses(doc, ["本サービスを構成するソフトウェアの著作権その他の知的財産権は、事業者又は正当な権利者に"
                  "帰属する。",
                  "成果物のうち" + SHORT + "のために作成されたものの著作権（著作権法第27条及び第28条に"
                  "規定する権利を含む。）は、検収をもって" + SHORT + "に移転する。事業者は、これらの"
                  "成果物について著作者人格権を行使しない。",
                  "構成団体のデータは構成団体に帰属する。事業者は、本サービスの提供以外の目的で"
                  "データを利用してはならない。",
                  "事業者は、本サービス及び成果物が第三者の知的財産権を侵害しないことを保証し、紛争が"
                  "生じたときは、事業者の責任と負担において解決する。"])
    heading(doc, SECTIONS[10])
    clauses(doc, ["事業者は、個人情報の保護に関する法律その他の関係法令及び" + SHORT
                  + "の情報セキュリティポリシーを遵守し、個人情報を適正に取り扱うこと。",
                  "個人情報を含むデータは日本国内のデータセンターに保管し、日本の法令が適用される環境で"
                  "処理すること。",
                  "事業者は、個人情報を本サービスの提供以外の目的に利用し、又は第三者に提供してはならない。"
                  "バックアップの取得を除き、複写又は複製をしてはならない。",
                  "事業者は、個人情報の漏えい、滅失又は毀損が発生し、又はそのおそれがあるときは、直ちに"
                  + SHORT + "に報告し、その指示に従うこと。",
                  "事業者は、従事者に個人情報の保護に関する教育を行い、" + SHORT
                  + "が求めるときは、取扱いの状況について監査又は立入検査に応じること。"])
    heading(doc, SECTIONS[11])
    para(doc, "本仕様書に定めのない事項又は本仕様書の解釈に疑義が生じた事項は、" + SHORT
         + "と事業者が協議して定める。")


def _annexes(doc: Any) -> None:
    page_break(doc)
    heading(doc, SECTIONS[12])
    para(doc, "標準化欄の○は、国の標準化の対象業務であることを示す。")
    doc.add_paragraph("{%p for g in service_groups %}")
    para(doc, "（{{ loop.index }}）{{ g.category }}（{{ g.count }}業務）", indent=False)
    right(table(doc, ["No", "業務名", "標準化", "利用団体数"],
          ["{{ s.no }}", "{{ s.name }}", "{{ s.standard }}", "{{ s.users }}"], "s in g.rows",
          [15, 70, 25, 40]), 0, 3)
    doc.add_paragraph("{%p endfor %}")
    page_break(doc)
    heading(doc, SECTIONS[13])
    para(doc, "端末数の合計は{{ scope.terminals }}である。")
    right(table(doc, ["No", "団体名", "端末数（台）", "利用業務数", "利用しない業務", "本稼働"],
          ["{{ u.no }}", "{{ u.name }}", "{{ u.terminals }}", "{{ u.count }}", "{{ u.unused }}",
           "{{ u.start }}"], "u in usage_rows", [10, 25, 22, 20, 45, 28]), 0, 2, 3)


if __name__ == "__main__":
    save_missing("procurement_spec.docx", build)
