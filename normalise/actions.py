"""Plan rows → actions and their child tables (leads, deadlines, Ofsted recommendations).

The extractor gives each row's cells as printed; here they get their
meaning: every date the deadline cell names (due date the latest), the RAG
status a reader sees (printed words first, else the cell's colour), the
leads split into people and roles, and the recommendation numbers answered.
"""
from __future__ import annotations

import hashlib
import re

from normalise.dates import parse_dates
from normalise.rag import rag_from_colour, rag_from_text
from scrutineer.model import Paper


def _parse_leads():
    """The shared lead splitter (normalise/leads.py, owned by the entities work), when present."""
    try:
        from normalise.leads import parse_leads
    except ImportError:
        return None
    return parse_leads


def recommendation_numbers(text: str | None) -> list[str]:
    """'2 and 3' / '1, 2 and 3' / 'Rec 4' → ['2', '3'] …, as printed, without repeats."""
    if not text:
        return []
    out: list[str] = []
    for n in re.findall(r"\d{1,2}", text):
        n = str(int(n))
        if n not in out:
            out.append(n)
    return out


def action_id(doc_id: str, seq: int) -> str:
    """Deterministic id from the paper and the row's position in it."""
    return hashlib.sha1(f"{doc_id}:action:{seq}".encode()).hexdigest()[:20]


def rag_and_raw(colour: str | None, text: str | None) -> tuple[str | None, str | None]:
    """(rag, rag_raw): printed status words win; else the cell's fill colour (kept as its hex)."""
    rag = rag_from_text(text)
    if rag:
        return rag, text
    rag = rag_from_colour(colour)
    if rag:
        return rag, colour
    return None, text or None


def normalise_actions(paper: Paper, extracted: dict) -> dict[str, list[dict]]:
    """Warehouse rows for the action tables of one paper."""
    rows = extracted.get("plan_rows") or []
    if not rows:
        return {}
    parse_leads = _parse_leads()
    actions, leads, deadlines, recs = [], [], [], []
    for seq, r in enumerate(rows):
        aid = action_id(paper.doc_id, seq)
        dates = parse_dates(r.get("deadline_raw"))
        rag, rag_raw = rag_and_raw(r.get("rag_colour"), r.get("rag_text"))
        actions.append({
            "action_id": aid,
            "doc_id": paper.doc_id,
            "ref": r.get("ref"),
            "section": r.get("section"),
            "action": r["action"],
            "lead_raw": r.get("lead_raw"),
            "deadline_raw": r.get("deadline_raw"),
            "due_date": max(dates).isoformat() if dates else None,
            "rag": rag,
            "success_measures": r.get("success_measures"),
            "progress": r.get("progress"),
            "impact": r.get("impact"),
            "completed_section": bool(r.get("completed_section")),
            "page": r["page"],
            "rag_raw": rag_raw,
            "segment_id": r.get("segment_id"),
        })
        for i, d in enumerate(dates):
            deadlines.append({"action_id": aid, "seq": i + 1, "deadline": d.isoformat()})
        for n in recommendation_numbers(r.get("recommendations_raw")):
            recs.append({"action_id": aid, "recommendation": n})
        lead_text = r.get("lead") or r.get("lead_raw")
        if parse_leads and lead_text:
            for i, lead in enumerate(parse_leads(lead_text) or []):
                leads.append({"action_id": aid, "seq": i + 1, "name": lead.get("name"), "role": lead.get("role"),
                              "initials": lead.get("initials")})
    return {"actions": actions, "action_leads": leads, "action_deadlines": deadlines, "action_recommendations": recs}
