"""Action-plan accuracy on the corpus: score.py's actions F1, field mean and the key per-field rates."""
from __future__ import annotations

import duckdb
import pytest

KEY_FIELDS = ("action.rag", "action.deadlines", "action.due_date", "action.leads", "action.page",
              "action.ref", "action.section", "action.lead_raw", "action.progress")


def test_actions_found(corpus_scores):
    assert corpus_scores["actions_f1"] >= 0.98, corpus_scores["_report"]


def test_action_fields(corpus_scores):
    assert corpus_scores["action_fields"] >= 0.95, corpus_scores["_report"]


@pytest.mark.parametrize("field", KEY_FIELDS)
def test_action_field(corpus_scores, field):
    assert corpus_scores[field] >= 0.95, corpus_scores["_report"]


def test_no_actions_from_inspection_reports(corpus_warehouse):
    """Ofsted reports, scorecards and RAG keys are not plans: every action comes from a plan table."""
    con = duckdb.connect(str(corpus_warehouse), read_only=True)
    try:
        kinds = dict(con.execute("select d.doc_type, count(*) from actions a join documents d using (doc_id) group by 1").fetchall())
    finally:
        con.close()
    assert "inspection_report" not in kinds
    assert sum(kinds.values()) > 0
