"""Ofsted inspection reports → ``inspections`` and ``inspection_recommendations`` rows.

The extractor hands over raw strings (cover values, grade phrases, list items);
here they become ISO dates, the five grade words of store/schema.py GRADES and
a framework name. Any field left NULL gets a ``warnings`` row saying why.
"""
from __future__ import annotations

import re
from datetime import date

from scrutineer.model import Paper

GRADE_COLUMNS = ("overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers")

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTH = "|".join(_MONTHS)
# one part of a fieldwork period: "15 – 19 July 2013", "3 June – 25 June 2014",
# "20 February to 3 March 2023", "18 March 2014 – 09 April 2014", "12 March 2019"
_RANGE = re.compile(
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?P<m1>{_MONTH})?\s*(?P<y1>(?:19|20)\d\d)?"
    rf"(?:\s*(?:to|until|and|-)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s*(?P<m2>{_MONTH})\s*(?P<y2>(?:19|20)\d\d)",
    re.I)
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2012": "-"})


def parse_fieldwork(raw: str | None) -> list[tuple[date, date]]:
    """Every part of an "Inspection dates:" value as (first day, last day), in order.

    Split fieldwork ("5 to 9 December 2022 and 14 to 15 February 2023") gives two parts.
    """
    if not raw:
        return []
    text = raw.translate(_DASHES)
    parts = []
    for m in _RANGE.finditer(text):
        g = m.groupdict()
        m2, y2 = _MONTHS[g["m2"].lower()], int(g["y2"])
        m1 = _MONTHS[g["m1"].lower()] if g["m1"] else m2
        y1 = int(g["y1"]) if g["y1"] else (y2 if m1 <= m2 else y2 - 1)
        try:
            if g["d2"]:
                parts.append((date(y1, m1, int(g["d1"])), date(y2, m2, int(g["d2"]))))
            elif g["m1"] is None:
                one = date(y2, m2, int(g["d1"]))
                parts.append((one, one))
        except ValueError:
            continue
    return parts


def parse_day(raw: str | None) -> date | None:
    """A printed "8 August 2014" as a date."""
    parts = parse_fieldwork(raw)
    return parts[0][0] if parts else None


def grade_word(raw: str | None) -> str | None:
    """A printed grade phrase as one of the warehouse grade words ("Not judged" → None)."""
    if not raw:
        return None
    s = re.sub(r"\s+", " ", raw).strip().lower()
    if s.startswith("require"):
        return "requires improvement"
    if s in ("outstanding", "good", "inadequate", "adequate"):
        return s
    return None


def framework_of(cue: str | None, fieldwork: list[tuple[date, date]]) -> str | None:
    """older, SIF, ILACS standard, ILACS short, or the letter after a focused or monitoring visit.

    ILACS reports never say which kind they are: a short inspection has one
    week on site, a standard one two, so the longest part of the fieldwork decides.
    """
    if cue in ("older", "SIF", "focused visit", "monitoring visit"):
        return cue
    if cue == "ILACS":
        if not fieldwork:
            return None
        longest = max((end - start).days + 1 for start, end in fieldwork)
        return "ILACS short" if longest <= 7 else "ILACS standard"
    return None


_TITLES = re.compile(
    r"[,;]?\s*\(?\b(?:senior\s+)?(?:hmi|(?:his|her)\s+majesty['\u2019]?s\s+inspector|ofsted inspector|social care regulatory inspector)\b\)?.*$",
    re.I)


def clean_inspector(raw: str | None) -> str | None:
    """The lead inspector's name without "HMI" / "His Majesty's Inspector"."""
    if not raw:
        return None
    name = _TITLES.sub("", raw)
    name = re.sub(r"(?<=\w)\s*-\s+(?=[A-Z])", "-", name)  # "Thomson- Jones" split at a line end
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    return name or None


def _why_no_grade(column: str, grades: dict[str, str], framework: str | None) -> str:
    if framework and framework.endswith("visit"):
        return f"no {column.replace('_', ' ')} grade: a {framework} gives no judgements"
    if (grades.get(column) or "").strip().lower() == "not judged":
        return f"{column.replace('_', ' ')}: 'Not judged' in the report"
    if column == "care_leavers" and "children_in_care" in grades and framework and framework.startswith("ILACS"):
        return "care leavers not judged separately (combined with children in care, ILACS before 2023)"
    if column == "overall_effectiveness" and framework and framework.startswith("ILACS"):
        return "no overall effectiveness judgement (ILACS from April 2026 gives none)"
    if column in ("help_and_protection", "care_leavers") and framework == "older":
        return f"{column.replace('_', ' ')} is not judged by a looked after children inspection"
    return f"no {column.replace('_', ' ')} grade found next to its label (or 'Not judged')"


def normalise_inspection(paper: Paper, extracted: dict) -> dict[str, list[dict]]:
    """``inspections`` (one row), ``inspection_recommendations`` and ``warnings`` for an Ofsted report."""
    raw = extracted.get("inspection")
    if not raw:
        return {}
    warnings: list[dict] = []

    def warn(message: str, page: int | None = None):
        warnings.append({"doc_id": paper.doc_id, "stage": "normalise.inspections", "message": message, "page": page})

    fieldwork = parse_fieldwork(raw.get("dates_raw"))
    start = min(s for s, _ in fieldwork) if fieldwork else None
    end = max(e for _, e in fieldwork) if fieldwork else None
    if not fieldwork:
        warn(f"inspection dates not found or not readable: {raw.get('dates_raw')!r}", raw.get("dates_page"))
    framework = framework_of(raw.get("framework_cue"), fieldwork)
    if framework is None:
        warn("framework not recognised from the cover", 1)
    published = parse_day(raw.get("published_raw"))
    if published is None:
        why = " (ILACS reports print none; Ofsted's listing has it)" if framework and framework.startswith("ILACS") else ""
        warn(f"publication date not printed in the report{why}", 1)
    lead = clean_inspector(raw.get("lead_inspector_raw"))
    if lead is None:
        warn("no lead inspector named in the report", raw.get("lead_inspector_page"))
    grades_raw = raw.get("grades_raw") or {}
    row = {
        "doc_id": paper.doc_id, "la_code": paper.la_code, "council": paper.council,
        "publication_date": published, "inspection_start": start, "inspection_end": end,
        "lead_inspector": lead, "framework": framework,
    }
    for column in GRADE_COLUMNS:
        row[column] = grade_word(grades_raw.get(column))
        if row[column] is None:
            warn(_why_no_grade(column, grades_raw, framework), raw.get("grades_page"))
    recs = [
        {"doc_id": paper.doc_id, "number": n, "text": item["text"], "printed": item.get("printed"),
         "page": item.get("page")}
        for n, item in enumerate(raw.get("recommendations") or [], start=1)
    ]
    if not recs:
        warn("no recommendations / 'what needs to improve' list found", raw.get("recommendations_heading_page"))
    return {"inspections": [row], "inspection_recommendations": recs, "warnings": warnings}
