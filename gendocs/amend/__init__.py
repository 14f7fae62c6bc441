"""Draft 一部改正 amendments of 条例・規則: 改め文 and 新旧対照表 from the old and new text.

    old = parse_rule_text(old_text, source="old.txt")
    new = parse_rule_text(new_text, source="new.txt")
    amendment = draft_amendment(old, new, style=MUNICIPAL, enactment=Enactment())
    print(amendment.text())          # 題名, 制定文, 改正規定, 附則
    amendment.table                  # the 新旧対照表 as data

Every draft is verified before it is returned: its 改め文 is read back and applied to the old text,
and must give the new text exactly (:class:`VerificationError` names the 条 otherwise). Identical
texts raise :class:`NoChangeError` (exit status 0); changes that an 一部改正 cannot express raise
:class:`InexpressibleChangeError`, which suggests a 全部改正.

Callers outside this package use the names below (``__all__``) and nothing else. Inside, read the
stages in this order; each imports only from the ones before it (tests/amend/test_layers.py):

1. :mod:`.text` — 例規 text ⇄ model (:class:`Rule`): read a 例規集 text or YAML data, print it
   again.
2. :mod:`.align` — pair the old and new 条・項・号, 章・節, 目次 lines and words.
3. :mod:`.ops` — the operations of an 改め文; each says what it does to a rule and how it is
   written.
4. :mod:`.plan` — choose the operations (改正規定) that turn the old rule into the new one.
5. :mod:`.write` — write the 改め文: sentences, citations (「同条」), the 附則 of the instrument.
6. :mod:`.apply` — read 改め文 back into operations and apply them; verify a draft.
7. :mod:`.taishou` — the 新旧対照表 as data.
8. :mod:`.draft` — one amendment (:func:`draft_amendment`), the repeal of a rule whose 本則
   becomes empty (:func:`draft_repeal`) and the 一括改正 of several rules.
9. :mod:`.docx` — the Word documents: 改正文 and 新旧対照表.
10. :mod:`.impact` — impact search (影響調査) in a corpus of 例規 and the 一括改正 of the rules that
    cite what an amendment renumbers or renames (ハネ).

:mod:`.errors` is shared by every stage; :mod:`.content` reads ``content/ordinances/<name>.yaml``
into drafts, and its docstring documents that file's format.
"""

from __future__ import annotations

from gendocs.amend import content as content
from gendocs.amend.align.morph import release as release_dictionary
from gendocs.amend.content import OrdinanceDraft, draft_ordinance, read_ordinance
from gendocs.amend.docx.documents import (
    TABLE_NEEDS,
    TABLE_TEMPLATE,
    TEXT_NEEDS,
    TEXT_TEMPLATE,
    finish_table,
    finish_text,
    render_batch_documents,
    render_documents,
    table_context,
    text_context,
)
from gendocs.amend.draft.amendment import Amendment, draft_amendment, draft_from_text
from gendocs.amend.draft.batch import BatchAmendment, batch_from_text, draft_batch
from gendocs.amend.draft.repeal import draft_repeal
from gendocs.amend.errors import (
    ApplyError,
    InexpressibleChangeError,
    NoChangeError,
    VerificationError,
)
from gendocs.amend.impact import (
    ConsequentialAmendment,
    Finding,
    RuleChanges,
    RuleImpact,
    build_stale,
    draft_consequential,
    follow_all,
    new_unnumbered,
    parse_build,
    render_consequential,
    rule_changes,
    search_rule,
    stale_citations,
    with_number,
)
from gendocs.amend.taishou.cells import ComparisonTable
from gendocs.amend.text.data import parse_rule_data
from gendocs.amend.text.model import Rule
from gendocs.amend.text.parse import parse_rule_text
from gendocs.amend.text.style import MUNICIPAL, NATIONAL, PROFILES, Style, style_named
from gendocs.amend.write.enact import (
    Enactment,
    Enforcement,
    Issuance,
    LaterProvision,
    OtherAmendment,
    parse_enforcement,
)

__all__ = [
    "Amendment",
    "ApplyError",
    "BatchAmendment",
    "ComparisonTable",
    "ConsequentialAmendment",
    "Finding",
    "RuleChanges",
    "RuleImpact",
    "draft_consequential",
    "build_stale",
    "follow_all",
    "new_unnumbered",
    "parse_build",
    "stale_citations",
    "with_number",
    "render_consequential",
    "rule_changes",
    "search_rule",
    "Enactment",
    "Enforcement",
    "InexpressibleChangeError",
    "Issuance",
    "LaterProvision",
    "MUNICIPAL",
    "NATIONAL",
    "NoChangeError",
    "OrdinanceDraft",
    "OtherAmendment",
    "PROFILES",
    "Rule",
    "Style",
    "TABLE_NEEDS",
    "TABLE_TEMPLATE",
    "TEXT_NEEDS",
    "TEXT_TEMPLATE",
    "VerificationError",
    "batch_from_text",
    "content",
    "draft_amendment",
    "draft_batch",
    "draft_from_text",
    "draft_repeal",
    "draft_ordinance",
    "finish_text",
    "parse_enforcement",
    "parse_rule_data",
    "parse_rule_text",
    "read_ordinance",
    "release_dictionary",
    "render_batch_documents",
    "render_documents",
    "style_named",
    "table_context",
    "finish_table",
    "text_context",
]
