"""What kind of paper is this? Decided from the words on its first pages."""
from __future__ import annotations

import re

# (doc_type, pattern) in priority order; the title is tried first, then the opening pages.
_TITLE_RULES = [
    ("inspection_report", r"\binspection of (the )?(local authority|children'?s services|services for children)|"
                          r"\binspection of .{0,60}children'?s (social care )?services\b|"
                          r"looked after children services|single inspection framework|"
                          r"^(?:ofsted\s+)?(?:focused|monitoring) visit to .{0,80}children'?s services"),
    # a committee's work programme lists the papers it will hear, not a plan of its own
    ("minutes_pack", r"\b(agenda|minutes|notice of .{0,80}committee|summons|work\s*programme)\b"),
    ("self_assessment", r"\bself[\s\-]*(assessment|evaluation)\b|\bsef\b"),
    ("improvement_plan", r"\bimprovement (?:plan|tracker)\b"),
    ("development_plan", r"\bdevelopment plan\b"),
    # SEND's statutory plans after a local area inspection
    ("action_plan", r"\baction (?:plan|tracker)\b|\bstatement of action\b|\baccelerated progress plan\b"),
]
_BODY_RULES = [
    ("inspection_report", r"\bofsted\b.{0,400}\b(inspection date|lead inspector|judgement)|"
                          r"\b(inspection date|lead inspector)s?:|"
                          r"this letter summarises the findings of the (?:focused|monitoring) visit"),
    # boards keep 'notes' or a 'record' of their meetings, committees minutes
    ("minutes_pack", r"\b(?:minutes|notes|record) of (?:the|a|an) (?:[\w']+ ){0,4}meeting (?:held|on)\b|"
                     r"\bminutes of (?:the|a|an) (?:\w+ )?meeting\b|\bapologies for absence\b|\bresolved (that|:)|"
                     # a committee's own log of what its meetings asked for, not a plan
                     r"\b(?:committee|panel)'?s? action (?:log|tracker|sheet|list)\b"),
    ("self_assessment", r"\bself[\s\-]*(assessment|evaluation)\b"),
    ("improvement_plan", r"\bimprovement (?:plan|tracker)\b"),
    ("development_plan", r"\bdevelopment plan\b"),
    ("action_plan", r"\baction (?:plan|tracker)\b|\bstatement of action\b|\baccelerated progress plan\b"),
]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).lower()


def classify(title: str | None, opening_text: str) -> str:
    """doc_type from a paper's title and the text of its first pages."""
    t = _norm(title or "")
    for doc_type, pattern in _TITLE_RULES:
        if re.search(pattern, t):
            return doc_type
    body = _norm(opening_text)
    for doc_type, pattern in _BODY_RULES:
        if re.search(pattern, body):
            return doc_type
    return "other"
