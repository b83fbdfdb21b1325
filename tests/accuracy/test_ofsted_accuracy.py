"""Ofsted reports over the visible corpus, scored by ../shared/tools/score.py (issue 6: ofsted >= 0.98)."""
from __future__ import annotations

import pytest

FIELDS = ["overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers",
          "inspection_start", "inspection_end", "publication_date", "lead_inspector", "recommendations_count",
          "recommendation_text"]


def test_ofsted_score(corpus_scores):
    assert corpus_scores.get("ofsted", 0.0) >= 0.98, corpus_scores["_report"][-3000:]


@pytest.mark.parametrize("field", FIELDS)
def test_each_ofsted_field(corpus_scores, field):
    # every field is scored; none may fall far behind even if the mean holds up
    assert corpus_scores.get(f"ofsted.{field}", 0.0) >= 0.95, corpus_scores["_report"][-3000:]


def test_every_report_is_an_inspection_row(corpus, corpus_warehouse):
    import duckdb

    con = duckdb.connect(str(corpus_warehouse), read_only=True)
    try:
        n_reports = len(list((corpus / "ofsted").glob("*.pdf")))
        rows = con.execute("SELECT count(*), count(framework), count(inspection_start) FROM inspections i "
                           "JOIN documents d USING (doc_id) WHERE d.source_path LIKE 'ofsted/%'").fetchone()
        failed = con.execute("SELECT count(*) FROM documents WHERE source_path LIKE 'ofsted/%' "
                             "AND status <> 'ok'").fetchone()[0]
    finally:
        con.close()
    assert rows == (n_reports, n_reports, n_reports)
    assert failed == 0
