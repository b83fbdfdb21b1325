"""Extract one paper: parse its pages once, then run each extractor over them.

An extractor that fails costs only its own part: the paper is marked
``partial`` with the reason, and the other extractors' output is kept.
"""
from __future__ import annotations

from extract import inspection, kpi_tables, minutes, plans, segments
from extract.pages import parse_pdf
from scrutineer.model import Paper

# (output key, extractor); each takes (pages, paper, found so far) and returns plain data
EXTRACTORS = (
    ("segments", segments.find_segments),
    ("plan_rows", plans.extract_plan_rows),
    ("kpi_tables", kpi_tables.extract_kpi_tables),
    ("minutes", minutes.extract_minutes),
    ("inspection", inspection.extract_inspection),
)


def extract_paper(paper: Paper) -> dict:
    """Pages and every extractor's raw records for one paper, as plain data."""
    problems: list[str] = []  # parts of the paper that could not be read (OCR, page limits)
    pages = parse_pdf(paper.path, paper.doc_type, problems=problems)
    out: dict = {"doc_id": paper.doc_id, "status": "partial" if problems else "ok", "errors": list(problems),
                 "warnings": []}
    for key, extractor in EXTRACTORS:
        try:
            out[key] = extractor(pages, paper, out)
        except Exception as exc:  # one extractor's bug must not lose the paper
            out[key] = None
            out["status"] = "partial"
            out["errors"].append(f"{key}: {type(exc).__name__}: {exc}")
    out["pages"] = [p.to_dict() for p in pages]
    if pages and not any(p.text.strip() for p in pages):
        out["status"] = "needs_ocr"
        if not problems:  # otherwise the OCR problem already says why
            out["errors"].append("no page has any text, not even after OCR (blank or image-only pages)")
    return out
