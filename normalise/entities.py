"""Entity tagging of the rows other normalisers made: actions, minute items, resolutions, action sheets.

An action's text fields are tagged as one text, joined in the order of
``ACTION_FIELDS`` with a blank line between them, so ``start_char`` /
``end_char`` are offsets into that joined text and ``field`` says which
column the entity sits in. The tagger also completes ``action_leads``: a
lead printed as initials gets ``resolved_name`` when the paper names exactly
one person with those initials.
"""
from __future__ import annotations

from normalise.leads import resolve_initials
from normalise.nlp import tag_many
from scrutineer.model import Paper

ACTION_FIELDS = ("action", "success_measures", "progress", "impact")
SHEET_FIELDS = ("action", "owner_raw", "status_raw")
JOIN = "\n\n"


def joined_fields(row: dict, fields: tuple[str, ...]) -> tuple[str, list[tuple[int, int, str]]]:
    """The row's non-empty fields joined by blank lines, and where each one sits: (start, end, field)."""
    parts, where, pos = [], [], 0
    for f in fields:
        value = row.get(f)
        if not value or not str(value).strip():
            continue
        if parts:
            pos += len(JOIN)
        parts.append(str(value))
        where.append((pos, pos + len(str(value)), f))
        pos += len(str(value))
    return JOIN.join(parts), where


def _sources(tables: dict[str, list[dict]]) -> list[tuple[str, str, str, list[tuple[int, int, str]]]]:
    """(source_table, source_id, text, field positions) for every row the tagger reads."""
    out = []
    for r in tables.get("actions") or []:
        text, where = joined_fields(r, ACTION_FIELDS)
        out.append(("actions", str(r["action_id"]), text, where))
    for r in tables.get("minute_items") or []:
        text = r.get("text") or ""
        out.append(("minute_items", str(r["item_id"]), text, [(0, len(text), "text")]))
    for r in tables.get("resolutions") or []:
        text = r.get("text") or ""
        out.append(("resolutions", f"{r['item_id']}:{r['seq']}", text, [(0, len(text), "text")]))
    for r in tables.get("action_sheet") or []:
        # the sheet's key is (doc_id, seq), and entities carry doc_id
        text, where = joined_fields(r, SHEET_FIELDS)
        out.append(("action_sheet", str(r["seq"]), text, where))
    return [s for s in out if s[2].strip()]


def tag_rows(paper: Paper, tables: dict[str, list[dict]], page_texts: list[str] = ()) -> dict[str, list[dict]]:
    """``entities`` rows for the text of a paper's actions, minute items, resolutions and action sheet.

    ``page_texts`` (the paper's pages) are read only to resolve initials to names."""
    sources = _sources(tables)
    rows, seen = [], set()
    for (table, source_id, _, where), ents in zip(sources, tag_many(s[2] for s in sources)):
        for e in ents:
            key = (table, source_id, e.label, e.start)
            if key in seen:
                continue
            seen.add(key)
            field = next((f for s, end, f in where if s <= e.start < end), None)
            rows.append({"doc_id": paper.doc_id, "source_table": table, "source_id": source_id, "label": e.label,
                         "text": e.text, "value": e.value, "start_char": e.start, "end_char": e.end, "field": field})
    _resolve_lead_initials(tables, [s[2] for s in sources] + list(page_texts))
    return {"entities": rows}


def _resolve_lead_initials(tables: dict[str, list[dict]], texts: list[str]) -> None:
    """Fill ``action_leads.resolved_name`` in place from the names the same paper prints."""
    leads = tables.get("action_leads") or []
    if not any(lead.get("initials") and not lead.get("name") for lead in leads):
        return
    extra = [r.get("lead_raw") or "" for r in tables.get("actions") or []]
    for lead, resolved in zip(leads, resolve_initials(leads, texts + extra)):
        if resolved.get("resolved_name") and not lead.get("resolved_name"):
            lead["resolved_name"] = resolved["resolved_name"]
