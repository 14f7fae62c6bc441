"""Make the first version of templates/security_policy.docx (情報セキュリティポリシー). Never overwrites.

Two parts, as the 総務省 guideline structures a policy: 第1編 基本方針 (目的 … 実施手順の策定) and
第2編 対策基準 (組織体制 … 評価・見直し, with the 節・款 of current municipal 対策規程). The wording
is standard and edited here or in Word; consortium facts come from ``content.security``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tools.docx_skeleton import (
    cover,
    header_text,
    loop_paragraph,
    new_document,
    page_break,
    page_footer,
    para,
    save_new,
    table,
    toc,
)
from tools.make_sla_template import fixed_table

BASIC = ["1 目的", "2 定義", "3 対象とする脅威", "4 適用範囲", "5 職員等の遵守義務", "6 情報セキュリティ対策",
         "7 情報セキュリティ監査及び自己点検の実施", "8 情報セキュリティポリシーの見直し",
         "9 情報セキュリティ対策基準の策定", "10 情報セキュリティ実施手順の策定"]
MEASURES = ["1 組織体制", "2 情報資産の分類と管理", "3 情報システム全体の強靭性の向上", "4 物理的セキュリティ",
            "5 人的セキュリティ", "6 技術的セキュリティ", "7 運用", "8 業務委託と外部サービスの利用",
            "9 評価・見直し"]
PART1, PART2 = "第1編 情報セキュリティ基本方針", "第2編 情報セキュリティ対策基準"
DEFINITIONS = [
    ("ネットワーク", "コンピュータ等を相互に接続するための通信網及びその構成機器（ハードウェア及びソフトウェア）"),
    ("情報システム", "コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組み"),
    ("情報資産", "情報システム及びこれで取り扱うデータ（紙に出力したものを含む。）並びに情報システムの設計書、"
                "手順書その他の関連書類"),
    ("情報セキュリティ", "情報資産の機密性、完全性及び可用性を維持すること"),
    ("機密性", "情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保すること"),
    ("完全性", "情報が破壊、改ざん又は消去されていない状態を確保すること"),
    ("可用性", "情報にアクセスすることを認められた者が、必要なときに中断されることなく情報にアクセスできる状態を"
              "確保すること"),
    ("情報セキュリティポリシー", "本基本方針及び第2編の情報セキュリティ対策基準"),
    ("職員等", "{{ consortium.short_name }}及び構成団体の職員（会計年度任用職員及び派遣労働者を含む。）"
              "並びに{{ consortium.short_name }}から業務の委託を受けた者の従業者"),
    ("情報セキュリティインシデント", "情報資産の機密性、完全性又は可用性を損ない、又は損なうおそれがある事象"),
]


def heading(doc: Any, text: str, level: int) -> None:
    doc.add_paragraph(text, style=f"Heading {level}")


def front_matter(doc: Any) -> None:
    header_text(doc, "{{ doc.title }}{% if doc.draft %}（案）{% endif %}　{{ doc.edition }}")
    page_footer(doc)
    cover(doc, "{{ consortium.name }}\n{{ doc.title }}", [
        "{% if doc.draft %}【案】{% endif %}", "{{ doc.edition }}", "{{ doc.date }}"])
    heading(doc, "改訂履歴", 2)
    table(doc, ["版数", "改訂日", "改訂内容"], ["{{ r.edition }}", "{{ r.date }}", "{{ r.summary }}"],
          "r in doc.revisions", [25, 40, 85])
    toc(doc, [PART1] + BASIC + [PART2] + MEASURES)


def basic_policy(doc: Any) -> None:
    heading(doc, PART1, 1)
    heading(doc, BASIC[0], 2)
    para(doc, "この基本方針は、{{ consortium.name }}（以下「{{ consortium.short_name }}」という。）及び構成団体が"
         "共同で利用する情報システムと、そこで取り扱う住民の個人情報をはじめとする情報資産を、様々な脅威から"
         "守るため、{{ consortium.short_name }}が講ずる情報セキュリティ対策の基本的な事項を定めることを目的とする。")
    heading(doc, BASIC[1], 2)
    para(doc, "この情報セキュリティポリシーにおいて、次の用語の意義は、それぞれ次に定めるところによる。")
    fixed_table(doc, ["用語", "意義"], DEFINITIONS, [45, 105])
    heading(doc, BASIC[2], 2)
    para(doc, "情報セキュリティ対策は、次の脅威を想定して講ずる。")
    table(doc, ["脅威", "内容"], ["{{ t.name }}", "{{ t.description }}"], "t in policy.threats",
          [45, 105])
    heading(doc, BASIC[3], 2)
    heading(doc, "4.1 組織の範囲", 3)
    para(doc, "この情報セキュリティポリシーは、次の組織に適用する。")
    loop_paragraph(doc, "o in policy.scope_organisations", "（{{ loop.index }}）{{ o }}")
    heading(doc, "4.2 情報資産の範囲", 3)
    para(doc, "この情報セキュリティポリシーが対象とする情報資産は、次のとおりとする。")
    loop_paragraph(doc, "a in policy.scope_assets", "（{{ loop.index }}）{{ a }}")
    heading(doc, BASIC[4], 2)
    para(doc, "職員等は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティ"
         "ポリシー及び情報セキュリティ実施手順を遵守しなければならない。委託先に対しては、契約により同等の"
         "遵守を求める。")
    heading(doc, BASIC[5], 2)
    para(doc, "3に掲げる脅威から情報資産を保護するため、第2編の情報セキュリティ対策基準により、組織体制の整備、"
         "情報資産の分類と管理、情報システム全体の強靭性の向上、物理的セキュリティ、人的セキュリティ、"
         "技術的セキュリティ、運用並びに業務委託と外部サービスの利用に関する対策を講ずる。")
    heading(doc, BASIC[6], 2)
    para(doc, "情報セキュリティポリシーの遵守状況を検証するため、{{ policy.audit_cycle }}を1期とする計画に基づき"
         "{{ policy.auditor }}を行う。また、職員等は、{{ policy.self_check }}自己点検を行う。"
         "監査の実施に関し必要な事項は、{{ policy.audit_title }}に定める。")
    heading(doc, BASIC[7], 2)
    para(doc, "情報セキュリティ監査及び自己点検の結果、情報セキュリティを取り巻く状況の変化並びに関係法令及び"
         "国のガイドラインの改正を踏まえ、{{ policy.chief.title }}は、必要に応じて情報セキュリティポリシーを見直す。"
         "見直しの結果は、{{ consortium.decision_body.name }}に報告する。")
    heading(doc, BASIC[8], 2)
    para(doc, "6の対策を講ずるに当たって遵守すべき行為及び判断の基準を統一するため、情報セキュリティ対策基準を"
         "第2編のとおり定める。")
    heading(doc, BASIC[9], 2)
    para(doc, "情報システムの管理者は、情報セキュリティ対策基準に基づき、情報システムごとに具体的な手順を定めた"
         "情報セキュリティ実施手順を策定する。実施手順は、公にすることにより{{ consortium.short_name }}の行政運営に"
         "重大な支障を及ぼすおそれがあるため、非公開とする。")


def organisation_and_assets(doc: Any) -> None:
    page_break(doc)
    heading(doc, PART2, 1)
    heading(doc, MEASURES[0], 2)
    para(doc, "情報セキュリティ対策を推進するため、次の体制を置く。{{ policy.chief.title }}は"
         "{{ policy.chief.holder }}をもって充て、情報セキュリティ対策の最終的な決定権限及び責任を有する。")
    table(doc, ["役職", "充てる者", "役割"], ["{{ r.title }}", "{{ r.holder }}", "{{ r.duties }}"],
          "r in policy.roles", [45, 45, 60])
    para(doc, "情報セキュリティインシデントに対応するため、{{ policy.incident.title }}を置き、"
         "{{ policy.incident.holder }}をもって構成する。構成団体の情報セキュリティに関する連絡体制は、"
         "{{ policy.incident.title }}を窓口として一元化する。")
    heading(doc, MEASURES[1], 2)
    heading(doc, "2.1 情報資産の分類", 3)
    para(doc, "情報資産は、機密性、完全性及び可用性に応じて次のとおり分類し、分類に応じた取扱いをする。")
    table(doc, ["分類", "分類基準", "取扱制限"], ["{{ c.level }}", "{{ c.definition }}", "{{ c.handling }}"],
          "c in policy.classification", [25, 65, 60])
    heading(doc, "2.2 情報資産の管理", 3)
    para(doc, "情報資産の管理者は、所管する情報資産を情報資産管理台帳に記録し、分類を表示する。情報資産の作成、"
         "利用、保管、外部への提供、運搬及び廃棄は分類に応じた方法で行い、記録媒体を廃棄するときは、"
         "情報を復元できないよう消去した上で廃棄し、その記録を残す。")
    heading(doc, MEASURES[2], 2)
    para(doc, "構成団体は、住民情報の流出を防ぐため、庁内のネットワークを次の三つの系に分割し、系の間の通信を"
         "必要最小限に制限する。")
    para(doc, "（1）マイナンバー利用事務系　個人番号利用事務を行う系とし、他の系との通信を原則として遮断する。"
         "端末には多要素認証を導入し、情報の持出しを制限する。")
    para(doc, "（2）LGWAN接続系　LGWANに接続する系とし、インターネット接続系との通信は無害化通信に限る。")
    para(doc, "（3）インターネット接続系　インターネットに接続する系とし、都道府県等と共同で設ける"
         "セキュリティクラウドを経由して接続する。")
    para(doc, "共同利用するクラウドサービス（{{ policy.deployment.model }}）には{{ policy.deployment.network }}を"
         "経由して接続し、クラウドサービスを利用する系を前記の分割に位置付けて管理する。")


def physical_and_people(doc: Any) -> None:
    heading(doc, MEASURES[3], 2)
    heading(doc, "4.1 サーバ等の管理", 3)
    para(doc, "共同利用する情報システムのサーバ等は、{{ policy.deployment.data_center }}に設置し、"
         "冗長化、予備電源の確保及び定期的な保守により、障害及び災害による停止を防ぐ。")
    heading(doc, "4.2 管理区域の管理", 3)
    para(doc, "サーバ室等の管理区域は、施錠及び入退室管理を行い、入退室を記録する。管理区域への機器の持込み及び"
         "搬出は、許可を得て行う。")
    heading(doc, "4.3 通信回線及び通信回線装置の管理", 3)
    para(doc, "通信回線及び通信回線装置は、構成図を作成して管理し、不要な接続を行わない。外部との接続は、"
         "情報システム管理者の許可を得たものに限る。")
    heading(doc, "4.4 端末及び電磁的記録媒体の管理", 3)
    para(doc, "端末には盗難防止の措置を講じ、離席時には画面をロックする。電磁的記録媒体は施錠できる場所に"
         "保管し、許可なく外部へ持ち出さない。")
    heading(doc, MEASURES[4], 2)
    heading(doc, "5.1 職員等の遵守事項", 3)
    para(doc, "職員等は、業務以外の目的で情報資産を利用してはならず、支給以外の端末及び記録媒体を業務に用いては"
         "ならない。異動又は退職の際は、利用していた情報資産を返却する。")
    heading(doc, "5.2 研修及び訓練", 3)
    para(doc, "{{ policy.chief.title }}は、職員等に対し情報セキュリティに関する研修を{{ policy.training }}実施し、"
         "情報セキュリティインシデントへの対応訓練を定期的に行う。職員等は、研修及び訓練に参加しなければならない。")
    heading(doc, "5.3 情報セキュリティインシデントの報告", 3)
    para(doc, "情報セキュリティインシデントを認知した職員等は、直ちに{{ policy.incident.title }}に報告する。"
         "{{ policy.incident.title }}は、被害の拡大防止、原因の調査及び再発防止策の策定を行い、"
         "{{ policy.chief.title }}に報告する。")
    heading(doc, "5.4 ID及びパスワード等の管理", 3)
    para(doc, "職員等は、自己に付与されたID、パスワード及びICカード等を他人に利用させてはならない。"
         "パスワードは十分な長さと複雑さを持たせ、推測されにくいものとする。")


def technical_and_operation(doc: Any) -> None:
    heading(doc, MEASURES[5], 2)
    heading(doc, "6.1 コンピュータ及びネットワークの管理", 3)
    para(doc, "情報システム管理者は、情報システムの構成、設定及び変更の履歴を記録し、アクセスログ及び障害の"
         "記録を取得して定期的に点検する。")
    heading(doc, "6.2 アクセス制御", 3)
    para(doc, "情報システムへのアクセス権限は、業務上必要な範囲に限って付与し、異動及び退職の際には速やかに"
         "変更又は削除する。特権を持つIDは必要最小限とし、その利用を記録する。")
    heading(doc, "6.3 情報システムの開発、導入及び保守", 3)
    para(doc, "情報システムの導入及び保守に当たっては、情報セキュリティ上の要件を仕様に定め、本番環境への"
         "反映の前に試験を行う。")
    heading(doc, "6.4 不正プログラム対策", 3)
    para(doc, "端末及びサーバには不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つ。"
         "外部から受け取ったファイルは、利用の前に検査する。")
    heading(doc, "6.5 不正アクセス対策", 3)
    para(doc, "外部との接続点には不正な通信を遮断する機器を設け、ソフトウェアの脆弱性は修正プログラムの"
         "適用により速やかに解消する。")
    heading(doc, "6.6 セキュリティ情報の収集", 3)
    para(doc, "情報システム管理者は、脆弱性及び脅威に関する情報を国、関係機関及び事業者から収集し、"
         "必要な対策を講ずる。")
    heading(doc, MEASURES[6], 2)
    heading(doc, "7.1 情報システムの監視", 3)
    para(doc, "情報システム管理者は、情報システムの稼働状況及び不正な通信を監視し、異常を検知したときは"
         "5.3により報告する。")
    heading(doc, "7.2 情報セキュリティポリシーの遵守状況の確認", 3)
    para(doc, "情報セキュリティ責任者は、所管する部署における情報セキュリティポリシーの遵守状況を確認し、"
         "問題を認めたときは速やかに改善する。")
    heading(doc, "7.3 侵害時の対応", 3)
    para(doc, "情報セキュリティの侵害が発生したときは、あらかじめ定める緊急時対応計画に従い、"
         "{{ policy.incident.title }}を中心に対応する。")
    heading(doc, "7.4 例外措置", 3)
    para(doc, "情報セキュリティポリシーの遵守が困難なときは、{{ policy.chief.title }}の許可を得て例外措置を"
         "講ずることができる。例外措置は、その内容と期間を記録する。")
    heading(doc, "7.5 法令遵守", 3)
    para(doc, "職員等は、個人情報の保護に関する法律、行政手続における特定の個人を識別するための番号の利用等に"
         "関する法律その他の関係法令を遵守する。")
    heading(doc, "7.6 懲戒処分等", 3)
    para(doc, "情報セキュリティポリシーに違反した職員等は、その重大性に応じて、地方公務員法による懲戒処分の"
         "対象となる。委託先の違反は、契約に基づき措置する。")


def outsourcing_and_review(doc: Any) -> None:
    heading(doc, MEASURES[7], 2)
    heading(doc, "8.1 業務委託", 3)
    para(doc, "業務を委託するときは、委託先の情報セキュリティ対策の水準を確認した上で選定し、契約に情報セキュリティ"
         "要件、再委託の制限、事故時の報告義務、監査への協力及び契約終了時の情報の返却又は消去を定める。")
    heading(doc, "8.2 外部サービスの利用", 3)
    para(doc, "クラウドサービス等の外部サービスを利用するときは、事業者の情報セキュリティ対策、データの保管場所及び"
         "準拠法を確認する。共同で利用する「{{ policy.service_title }}」については、サービスレベル合意書において"
         "稼働率{{ policy.availability }}%以上その他のサービスレベルを定め、事業者の月次報告及び運用会議により"
         "達成状況を確認する。")
    heading(doc, MEASURES[8], 2)
    heading(doc, "9.1 監査", 3)
    para(doc, "{{ policy.chief.title }}は、{{ policy.audit_cycle }}を1期とする中期計画及び年度計画を定め、"
         "{{ policy.auditor }}により情報セキュリティポリシーの遵守状況を監査する。監査の方法は"
         "{{ policy.audit_title }}による。")
    heading(doc, "9.2 自己点検", 3)
    para(doc, "情報セキュリティ責任者は、所管する部署において{{ policy.self_check }}自己点検を実施し、"
         "その結果を{{ policy.chief.title }}に報告する。")
    heading(doc, "9.3 情報セキュリティポリシーの見直し", 3)
    para(doc, "{{ policy.chief.title }}は、監査及び自己点検の結果を踏まえ、情報セキュリティポリシー及び実施手順を"
         "見直し、改善を図る。")


def build() -> Any:
    doc = new_document()
    front_matter(doc)
    basic_policy(doc)
    organisation_and_assets(doc)
    physical_and_people(doc)
    technical_and_operation(doc)
    outsourcing_and_review(doc)
    return doc


if __name__ == "__main__":
    save_new(build(), Path(__file__).resolve().parent.parent / "templates" / "security_policy.docx")
