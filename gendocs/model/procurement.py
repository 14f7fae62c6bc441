"""調達: method, contract, schedule, eligibility, the 仕様書's own facts and the evaluation (配点).

Standard wording (what a 再委託 clause says, how 初期導入 is carried out) lives in the Word
templates; only the facts a consortium decides are here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, YEN, fld

EventKind = Literal[
    "公表", "質問期限", "回答", "参加申込期限", "提出期限", "審査", "結果通知", "契約", "その他"
]
Weighting = Literal["なし", "均等", "人口比"]


@dataclass(frozen=True, kw_only=True)
class GradeCriterion:
    """細目の採点区分ごとの基準."""

    mark: str = fld("採点区分（grades の mark）", "grade mark", max_length=NAME, example="A")
    text: str = fld("この区分とする基準", "what earns this grade")


@dataclass(frozen=True, kw_only=True)
class SubItem:
    """評価項目の細目."""

    name: str = fld("細目", "sub-item", max_length=NAME, example="移行支援の体制")
    points: int = fld("配点", "points", unit="点", min=0, max=10_000)
    criteria: tuple[GradeCriterion, ...] = fld(
        "採点区分ごとの基準（grades の全区分）", "a criterion for every grade"
    )


@dataclass(frozen=True, kw_only=True)
class Committee:
    """選定委員会の運営."""

    name: str = fld("委員会の名称", "name", max_length=NAME, example="事業者選定委員会")
    chair: str = fld("委員長とする者", "who chairs", max_length=NAME, example="組合事務局長")
    members: int = fld("委員の数（委員長を含む）", "members", unit="人", min=1, max=1000)
    quorum: Literal["過半数", "3分の2以上"] = fld(
        "会議の定足数（委員の数に対する出席者）", "quorum"
    )
    established_by: str = fld(
        "委員会の設置根拠", "what establishes it", example="事業者選定委員会設置要綱"
    )


@dataclass(frozen=True, kw_only=True)
class Presentation:
    """プレゼンテーション審査."""

    minutes: int = fld("説明の時間", "minutes to present", unit="分", min=1, max=600)
    question_minutes: int = fld("質疑の時間", "minutes of questions", unit="分", min=0, max=600)
    attendees: int = fld("出席できる者の数", "attendees", unit="人", min=1, max=100)


@dataclass(frozen=True, kw_only=True)
class Rounding:
    """得点の端数処理."""

    places: int = fld("小数点以下の桁数", "decimal places", unit="桁", min=0, max=4)
    method: Literal["四捨五入", "切り捨て"] = fld("端数の処理", "how the rest is treated")


@dataclass(frozen=True, kw_only=True)
class EvaluationItem:
    """評価項目と配点."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    category: str = fld("評価区分", "category", max_length=NAME, example="要件適合度")
    name: str = fld("評価項目", "item", max_length=NAME)
    points: int = fld("配点", "points", unit="点", min=0, max=10_000)
    criteria: str = fld("評価の視点", "what earns points")
    sub_items: tuple[SubItem, ...] = fld(
        "評価の細目（細目ごとに採点区分で採点し、配点の合計が項目の配点と一致すること）",
        "sub-items, each graded (their points add up to the item's)",
        default=(),
    )
    presentation: bool = fld(
        "プレゼンテーションの内容を含めて採点する項目",
        "scored with the presentation",
        default=False,
    )


@dataclass(frozen=True, kw_only=True)
class FitScore:
    """機能要件確認表の回答区分と得点."""

    mark: Literal["◎", "○", "△", "×"] = fld("回答区分", "answer mark")
    meaning: str = fld("意味", "meaning", example="標準機能で対応可能")
    score: Decimal = fld("得点（要件1件当たり）", "score per requirement", min=0, max=10_000)


@dataclass(frozen=True, kw_only=True)
class Grade:
    """技術点の採点区分（評価項目ごとに配点へ乗じる割合）."""

    mark: str = fld("評価区分", "grade", max_length=NAME, example="A")
    meaning: str = fld("評価の基準", "what earns it", example="特に優れている")
    ratio: Decimal = fld("配点に乗じる割合（0〜1）", "share of the points", min=0, max=1)


@dataclass(frozen=True, kw_only=True)
class Evaluation:
    """総合評価の方法."""

    total_points: int = fld("満点", "total points", unit="点", min=1, max=10_000)
    price_points: int = fld("価格点の配分", "points for price", unit="点", min=0, max=10_000)
    price_formula: Literal["配分×(1−提案価格÷予定価格)", "配分×最低提案価格÷提案価格"] = fld(
        "価格点の算式", "price formula"
    )
    items: tuple[EvaluationItem, ...] = fld("技術点の評価項目", "technical items")
    grades: tuple[Grade, ...] = fld("技術点の採点区分", "grades for technical items")
    fit_item: str = fld(
        "機能要件確認表で採点する評価項目（items の id）",
        "the item scored by the requirement-fit table",
        regex=ID_PATTERN,
    )
    fit_scores: tuple[FitScore, ...] = fld("機能要件確認表の得点", "requirement-fit scores")
    member_weights: Weighting = fld(
        "構成団体ごとに採点する場合の加重（なし: 合議で1つの評価）",
        "members score separately, weighted equally or by population",
        default="なし",
    )
    committee: str = fld(
        "評価を行う者（選定委員会の構成）",
        "who evaluates",
        example="組合事務局長及び構成団体の情報主管課長",
    )
    tie_rule: str = fld("同点の場合の決定方法", "tie rule")
    panel: Committee | None = fld(
        "選定委員会の運営（委員長、委員数、定足数）",
        "the committee's chair and quorum",
        default=None,
    )
    minimum_technical: int | None = fld(
        "技術点の最低基準点（これに満たない提案は選定しない）",
        "minimum technical score",
        unit="点",
        min=0,
        max=10_000,
        default=None,
    )
    cutoff_grade: str | None = fld(
        "足切りとする採点区分（いずれかの項目・細目がこの区分の提案は選定しない）",
        "a grade on any item that excludes the proposal",
        max_length=NAME,
        default=None,
    )
    mandatory_cross: Literal["失格", "要件の得点を0点"] | None = fld(
        "必須要件に「×」と回答した提案の扱い", "a mandatory requirement answered ×", default=None
    )
    presentation: Presentation | None = fld("プレゼンテーション審査", "presentation", default=None)
    rounding: Rounding | None = fld(
        "技術点・機能要件確認表・価格点・総合評価点の端数処理",
        "rounding of every score",
        default=None,
    )
    max_grade_step_share: Decimal | None = fld(
        "一つの項目で採点区分が1段階違うことによる点差の上限（価格点の配分に対する割合）",
        "one grade step on any item is worth less than this share of the price points",
        min=0,
        max=1,
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class ScheduleEvent:
    """調達手続の日程."""

    name: str = fld("手続", "step", max_length=NAME, example="質問受付期限")
    kind: EventKind = fld(
        "手続の種類（本文で日付を引用する手続を示す）", "kind of step", default="その他"
    )
    date: date = fld("日付", "date")


@dataclass(frozen=True, kw_only=True)
class Term:
    """用語の定義."""

    term: str = fld("用語", "term", max_length=NAME, example="中間標準レイアウト仕様")
    definition: str = fld("定義", "definition")


@dataclass(frozen=True, kw_only=True)
class Deliverable:
    """成果物."""

    name: str = fld("成果物", "deliverable", max_length=NAME, example="導入計画書")
    content: str = fld("内容", "what it contains")
    due: str = fld("提出時期", "when it is due", example="契約締結後2週間以内")


@dataclass(frozen=True, kw_only=True)
class Delivery:
    """納入条件."""

    place: str = fld("納入場所", "where to deliver", example="組合事務局")
    media: str = fld(
        "納入媒体・形式", "media and file format", example="電子データ（PDF形式及び編集可能な形式）"
    )
    paper_copies: int = fld(
        "紙媒体の部数（0 は紙媒体なし）", "paper copies", unit="部", min=0, max=1000
    )
    inspection_days: int = fld(
        "検査の期間（納入から）", "days to inspect after delivery", unit="日", min=1, max=365
    )


@dataclass(frozen=True, kw_only=True)
class ProposalFormat:
    """提案書の様式."""

    paper: str = fld("用紙", "paper", example="日本産業規格A列4番（A4判）縦・横書き")
    max_pages: int = fld("提案書の上限ページ数", "page limit", unit="ページ", min=1, max=10_000)
    copies: int | None = fld(
        "提出部数（正本を含む）。省略すると正本1部と選定委員会の委員の数の副本",
        "copies including the original; omitted: the original and one copy per committee member",
        unit="部",
        min=1,
        max=1000,
        default=None,
    )
    electronic: str = fld("電子データの提出", "electronic copy", example="PDF形式の電子データ1式")


@dataclass(frozen=True, kw_only=True)
class Rfi:
    """情報提供依頼（RFI）."""

    items: tuple[str, ...] = fld("情報提供を求める事項", "what the RFI asks")
    schedule: tuple[ScheduleEvent, ...] = fld("情報提供依頼の日程", "RFI schedule")
    answer_format: str = fld("回答の様式", "answer format", example="任意様式（A4判）")


@dataclass(frozen=True, kw_only=True)
class CeilingBasis:
    """予定価格（提案上限額）の積算根拠: 導入計画の見積りのうち事業者に支払う費用項目."""

    items: tuple[str, ...] = fld(
        "事業者に支払う費用項目（costs.items の id）",
        "cost items paid to the vendor",
        ref="cost_items",
    )
    tolerance: Decimal = fld(
        "見積額との許容差（割合。0.05 は 5%）",
        "allowed gap to the estimate (0.05 is 5%)",
        min=0,
        max=1,
    )
    reason: str | None = fld(
        "許容差を超える理由（超えるときに書く）", "why the gap exceeds the tolerance", default=None
    )


@dataclass(frozen=True, kw_only=True)
class DebtBurden:
    """債務負担行為（契約期間にわたる支出の限度額と期間）."""

    amount: int = fld("限度額（税込）", "limit", unit="円", min=1, max=YEN)
    start_fiscal_year: int = fld("期間の初年度（西暦）", "first fiscal year", min=1989, max=2100)
    end_fiscal_year: int = fld("期間の最終年度（西暦）", "last fiscal year", min=1989, max=2100)


@dataclass(frozen=True, kw_only=True)
class Funding:
    """財源."""

    source: str = fld("財源", "source", max_length=NAME, example="特別交付税")
    note: str = fld("内容", "what it covers")


@dataclass(frozen=True, kw_only=True)
class Budget:
    """予算の措置."""

    account: str = fld("予算の款項", "budget account", max_length=NAME, example="総務費 総務管理費")
    funding: tuple[Funding, ...] = fld("財源", "funding")


@dataclass(frozen=True, kw_only=True)
class ContractTerms:
    """サービス利用契約書の条件（定型の条文はテンプレートにある）."""

    payment_days: int = fld(
        "請求を受けてから支払うまでの日数", "days to pay after an invoice", unit="日", min=1, max=60
    )
    liability_cap: str = fld(
        "損害賠償の上限", "cap on damages", example="損害の発生した年度のサービス利用料の額"
    )
    personal_data: str = fld(
        "個人情報の取扱いで遵守する規程",
        "personal-data rules to follow",
        example="個人情報の保護に関する法律及び組合の個人情報の取扱いに関する規程",
    )
    data_return_days: int = fld(
        "契約の終了又は解除から最終データを引き渡すまでの日数",
        "days after expiry or termination to hand over the final data",
        unit="日",
        min=1,
        max=365,
    )
    notice_months: int = fld(
        "事業者がサービスの提供を終了するときの予告期間",
        "months' notice before the vendor ends the service",
        unit="か月",
        min=1,
        max=60,
    )
    court: str = fld("合意管轄裁判所", "agreed court", max_length=NAME, example="横浜地方裁判所")
    copies: Literal["正本", "電子契約"] = fld(
        "契約書の作成方法", "paper originals or an electronic contract", default="正本"
    )


@dataclass(frozen=True, kw_only=True)
class Interface:
    """連携要件: 本サービスが情報を受け渡す外部のシステム."""

    name: str = fld(
        "連携先", "system connected", max_length=NAME, example="住民基本台帳ネットワークシステム"
    )
    information: str = fld("連携する情報", "what is exchanged", example="本人確認情報")
    method: str = fld("連携の方法", "how", example="CS（コミュニケーションサーバ）との連携")


@dataclass(frozen=True, kw_only=True)
class SpecialDay:
    """特定日: 閉庁日又は時間外にサービスを提供する日."""

    name: str = fld("特定日", "special day", max_length=NAME, example="選挙")
    when: str = fld("時期", "when", example="選挙の期日及び期日前投票の期間")
    hours: str = fld("提供時間", "service hours that day", example="8時30分から20時30分まで")


@dataclass(frozen=True, kw_only=True)
class Role:
    """実施体制: 事業者が置く要員."""

    role: str = fld("役割", "role", max_length=NAME, example="プロジェクト管理責任者")
    duty: str = fld("職務", "duty")
    requirement: str = fld("要件（資格・経験）", "qualification asked", example="同種業務の経験")


@dataclass(frozen=True, kw_only=True)
class Requirement:
    """機能要件確認表の1行."""

    service: str = fld("業務（id）", "業務", ref="services")
    function: str = fld("機能", "function", example="住民票の写しの交付")
    required: bool = fld("必須の要件か（false は任意）", "mandatory (false: optional)")
    # 標準仕様書の機能・帳票要件から取り込んだ行（gendocs requirements import）の機能IDと実装区分
    id: str | None = fld(
        "機能ID（標準仕様書の機能・帳票要件の機能ID）",
        "the standard specification's function id",
        max_length=NAME,
        regex=r"^[0-9A-Za-z][0-9A-Za-z_.\-]*$",
        default=None,
    )
    kind: Literal["標準", "オプション"] | None = fld(
        "実装区分（標準: 実装必須機能 / オプション: 標準オプション機能）",
        "implementation class (standard / standard option)",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class Handover:
    """契約終了時（満了又は解除）のデータの引渡し."""

    rehearsal_months: int = fld(
        "移行検証用データを提供する時期（契約満了の何か月前まで）",
        "months before expiry the trial data is given",
        unit="か月",
        min=1,
        max=36,
    )
    final_days: int = fld(
        "最終データを引き渡す期限（サービス終了の日から）",
        "days after the service ends the final data is given",
        unit="日",
        min=1,
        max=90,
    )
    keep_days: int = fld(
        "解除の場合にサービスを継続する期間の上限（後継への移行まで）",
        "days the service continues after 解除 until migration",
        unit="日",
        min=0,
        max=730,
    )


@dataclass(frozen=True, kw_only=True)
class Spec:
    """サービス利用調達仕様書に固有の事実."""

    interfaces: tuple[Interface, ...] = fld("連携要件", "interfaces", default=())
    characters: str = fld(
        "文字の標準（本サービスが用いる文字の集合）", "character set", example="行政事務標準文字"
    )
    government_cloud: bool = fld(
        "ガバメントクラウド上に構築されたサービスを求めるか", "built on the Government Cloud"
    )
    certifications: tuple[str, ...] = fld(
        "事業者又は本サービスに求める認証", "certifications asked", default=()
    )
    closed_days: str = fld(
        "閉庁日", "days the offices are closed", example="土曜日、日曜日、国民の祝日及び年末年始"
    )
    special_days: tuple[SpecialDay, ...] = fld(
        "特定日（閉庁日・時間外の提供）", "special days", default=()
    )
    team: tuple[Role, ...] = fld("実施体制（事業者の要員）", "vendor team")
    progress_meeting: str = fld("進捗会議の頻度", "progress meetings", example="2週間に1回")
    handover: Handover = fld("契約終了時のデータの引渡し", "data handover at the end")
    discontinuation_months: int = fld(
        "事業者がサービスの提供を終了するときの予告期間",
        "notice before the vendor ends the service",
        unit="か月",
        min=1,
        max=60,
    )
    liability_cap: str | None = fld(
        "損害賠償の上限（なしは上限を設けない）",
        "cap on damages (none: no cap)",
        default=None,
        example="損害が生じた年度のサービス利用料の額",
    )
    requirements: tuple[Requirement, ...] = fld("機能要件確認表（別紙3）", "function list")


@dataclass(frozen=True, kw_only=True)
class Topic:
    """提案を求める事項: 提案書の項目と、その項目に記載を求める内容."""

    title: str = fld("提案書の項目", "proposal section", max_length=NAME, example="データ移行")
    cover: str = fld(
        "記載を求める内容", "what it must cover", example="移行の方法、体制及びスケジュール"
    )


@dataclass(frozen=True, kw_only=True)
class Rfp:
    """提案依頼書に固有の事実."""

    topics: tuple[Topic, ...] = fld("提案を求める事項（提案書の構成）", "what the proposal covers")


@dataclass(frozen=True, kw_only=True)
class Forms:
    """様式集（参加表明書、質問書、提案書表紙、見積書、辞退届）."""

    addressee: str = fld(
        "様式の宛名（契約の相手方となる者の職名）",
        "to whom the forms are addressed",
        max_length=NAME,
        example="○○共同事業組合 管理者",
    )


@dataclass(frozen=True, kw_only=True)
class Procurement:
    """調達の条件."""

    title: str = fld("調達件名", "title of the procurement", max_length=NAME)
    purpose: tuple[str, ...] = fld("調達の目的（段落ごと）", "purpose paragraphs")
    method: Literal["公募型プロポーザル", "総合評価一般競争入札", "一般競争入札", "随意契約"] = fld(
        "調達方式", "procurement method"
    )
    contract_form: Literal["一括契約", "団体別契約"] = fld("契約形態", "contract form")
    contract_start: date = fld("契約期間の開始日", "contract start")
    contract_end: date = fld("契約期間の終了日", "contract end")
    ceiling_price: int = fld(
        "予定価格（提案上限額、税込）", "ceiling price", unit="円", min=1, max=YEN
    )
    ceiling_basis: CeilingBasis | None = fld(
        "予定価格の積算根拠（導入計画の見積りとの照合に使う）",
        "what the ceiling is estimated from",
        default=None,
    )
    debt_burden: DebtBurden | None = fld(
        "債務負担行為（契約期間が複数年度にわたるとき）",
        "multi-year budget authority",
        default=None,
    )
    schedule: tuple[ScheduleEvent, ...] = fld("調達手続の日程", "procurement schedule")
    qualifications: tuple[str, ...] = fld("参加資格", "eligibility")
    submissions: tuple[str, ...] = fld("提出物", "documents to submit")
    proposal_format: ProposalFormat = fld("提案書の様式", "proposal format")
    terms: tuple[Term, ...] = fld(
        "用語の定義（組合・構成団体・事業者以外）", "glossary", default=()
    )
    deliverables: tuple[Deliverable, ...] = fld("成果物", "deliverables")
    delivery: Delivery = fld("納入条件", "delivery conditions")
    nonconformity_years: int = fld(
        "契約不適合責任の期間（検収後の年数）",
        "years of liability for non-conformity",
        unit="年",
        min=1,
        max=30,
    )
    evaluation: Evaluation = fld("評価方法", "evaluation")
    budget: Budget | None = fld("予算の措置と財源", "budget and funding", default=None)
    contract_terms: ContractTerms | None = fld(
        "サービス利用契約書の条件", "terms of the service contract", default=None
    )
    rfi: Rfi = fld("情報提供依頼（RFI）", "request for information")
    rfp: Rfp | None = fld(
        "提案依頼書に固有の事実（なしは評価項目の一覧だけを示す）",
        "facts of the RFP (none: the evaluation items only)",
        default=None,
    )
    forms: Forms | None = fld(
        "様式集（なしは任意様式とし、様式を作成しない）",
        "forms (none: free format, no forms built)",
        default=None,
    )
    spec: Spec | None = fld(
        "調達仕様書に固有の事実（仕様書を作成するときに必要）",
        "facts of the specification (needed to build it)",
        default=None,
    )
