"""Normalise one paper: turn its extracted records into warehouse rows.

Each normaliser returns ``{table name: rows}``; the entity tagger runs last
over the text of the rows the others made.
"""
from __future__ import annotations

from normalise import actions, entities, inspections, kpis, minutes
from scrutineer.model import Paper

NORMALISERS = (
    actions.normalise_actions,
    kpis.normalise_kpis,
    minutes.normalise_minutes,
    inspections.normalise_inspection,
)


def normalise_paper(paper: Paper, extracted: dict) -> dict[str, list[dict]]:
    """Warehouse rows of one paper, by table."""
    tables: dict[str, list[dict]] = {"warnings": [], "errors": []}
    for normaliser in NORMALISERS:
        try:
            for name, rows in (normaliser(paper, extracted) or {}).items():
                tables.setdefault(name, []).extend(rows)
        except Exception as exc:  # one normaliser's bug must not lose the paper
            tables["errors"].append(f"{normaliser.__module__}: {type(exc).__name__}: {exc}")
    try:
        for name, rows in (entities.tag_rows(paper, tables, [p["text"] for p in extracted.get("pages") or []]) or {}).items():
            tables.setdefault(name, []).extend(rows)
    except Exception as exc:
        tables["errors"].append(f"normalise.entities: {type(exc).__name__}: {exc}")
    for w in extracted.get("warnings") or []:
        tables["warnings"].append({"doc_id": paper.doc_id, "stage": "extract", **w})
    return tables
