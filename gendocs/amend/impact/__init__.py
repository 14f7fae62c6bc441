"""Impact search (影響調査) and consequential amendments (ハネ) of an amendment.

1. :mod:`.changes` — what an amendment changes that others cite: renumbered 条・項・号, renamed
   defined terms, the 題名.
2. :mod:`.cite` — find the citations of the amended rule in a text and say them again.
3. :mod:`.search` — search a folder of 例規 texts (``gendocs amend --corpus``) and locate every
   finding; :mod:`.follow` — the citations the new texts of a build do not follow (ハネ).
4. :mod:`.laws` — a law cited by name gets its 法令番号 the first time (gendocs/data/laws.yaml).
5. :mod:`.draft` — draft the 一括改正 of the affected rules with the drafter
   (:func:`gendocs.amend.draft_amendment`), a 条 per rule, in 例規 order.
"""

from __future__ import annotations

from gendocs.amend.impact.changes import RuleChanges, rule_changes
from gendocs.amend.impact.draft import (
    ConsequentialAmendment,
    draft_consequential,
    reiki_order,
    render_consequential,
)
from gendocs.amend.impact.follow import (
    build_stale,
    follow_all,
    parse_build,
    stale_citations,
)
from gendocs.amend.impact.laws import Law, laws, new_unnumbered, with_number
from gendocs.amend.impact.search import Finding, RuleImpact, read_corpus, search_rule

__all__ = [
    "ConsequentialAmendment",
    "Finding",
    "Law",
    "laws",
    "new_unnumbered",
    "with_number",
    "RuleChanges",
    "RuleImpact",
    "draft_consequential",
    "build_stale",
    "follow_all",
    "parse_build",
    "stale_citations",
    "read_corpus",
    "reiki_order",
    "render_consequential",
    "rule_changes",
    "search_rule",
]
