"""Validation before store: a row that breaks its table's contract is reported, never silently loaded."""
from __future__ import annotations

from datetime import date

import pytest

from store.schema import BY_NAME
from store.validate import check_row, validate

DOC = {"doc_id": "d1", "file_name": "a.pdf", "source_path": "a.pdf", "doc_type": "improvement_plan", "status": "ok"}
ACTION = {"action_id": "d1-a1", "doc_id": "d1", "action": "Improve visits", "completed_section": False, "page": 3}
KPI = {"obs_id": "d1-k1", "doc_id": "d1", "indicator_raw": "Re-referrals", "value": 22.0, "value_raw": "22%",
       "unit": "percent", "comparator": "council", "page": 4}
MEETING = {"meeting_id": "d1-m1", "doc_id": "d1", "page": 1}
ATTENDEE = {"meeting_id": "d1-m1", "name": "Cllr A Patel", "attendance": "present"}
INSPECTION = {"doc_id": "d1", "overall_effectiveness": "good"}


@pytest.mark.parametrize("table, row, why", [
    # non-null keys
    ("documents", {**DOC, "doc_id": None}, "doc_id is empty"),
    ("documents", {**DOC, "doc_id": "   "}, "doc_id is empty"),
    ("actions", {**ACTION, "action": None}, "action is empty"),
    ("kpi_observations", {**KPI, "value": None}, "value is empty"),
    # allowed values
    ("documents", {**DOC, "status": "broken"}, "status='broken' is not one of"),
    ("documents", {**DOC, "doc_type": "letter"}, "doc_type='letter' is not one of"),
    ("actions", {**ACTION, "rag": "purple"}, "rag='purple' is not one of"),
    ("actions", {**ACTION, "rag": "Red"}, "rag='Red' is not one of"),  # normalising case is the normaliser's job
    ("kpi_observations", {**KPI, "unit": "percentage"}, "unit='percentage' is not one of"),
    ("kpi_observations", {**KPI, "comparator": "england"}, "comparator='england' is not one of"),
    ("meeting_attendees", {**ATTENDEE, "attendance": "sent apologies"}, "attendance='sent apologies' is not one of"),
    ("inspections", {**INSPECTION, "overall_effectiveness": "excellent"}, "overall_effectiveness='excellent'"),
    # types
    ("actions", {**ACTION, "page": "three"}, "page='three' is not INTEGER"),
    ("actions", {**ACTION, "page": 2.5}, "page=2.5 is not INTEGER"),
    ("actions", {**ACTION, "page": True}, "page=True is not INTEGER"),
    ("actions", {**ACTION, "due_date": "31/03/2025"}, "due_date='31/03/2025' is not DATE"),
    ("actions", {**ACTION, "due_date": "2025-02-30"}, "due_date='2025-02-30' is not DATE"),
    ("actions", {**ACTION, "completed_section": "yes"}, "completed_section='yes' is not BOOLEAN"),
    ("kpi_observations", {**KPI, "value": "22%"}, "value='22%' is not DOUBLE"),
    ("kpi_observations", {**KPI, "value": float("nan")}, "is not DOUBLE (NaN)"),
    # columns the contract does not know
    ("actions", {**ACTION, "owner": "x"}, "unknown columns ['owner']"),
])
def test_a_row_that_breaks_the_contract_is_rejected_with_the_reason(table, row, why):
    clean, reason = check_row(BY_NAME[table], row)
    assert clean is None
    assert why in reason


@pytest.mark.parametrize("table, row, column, stored", [
    ("actions", {**ACTION, "due_date": "2025-03-31"}, "due_date", date(2025, 3, 31)),
    ("actions", {**ACTION, "page": "7"}, "page", 7),
    ("actions", {**ACTION, "page": 7.0}, "page", 7),
    ("actions", {**ACTION, "rag": "amber"}, "rag", "amber"),
    ("actions", {**ACTION, "lead_raw": "  "}, "lead_raw", None),  # blank optional text is NULL
    ("kpi_observations", {**KPI, "value": "62.5"}, "value", 62.5),
    ("kpi_observations", {**KPI, "unit": None}, "unit", None),  # allowed sets allow NULL when the column does
    ("meeting_attendees", {**ATTENDEE, "attendance": "apologies"}, "attendance", "apologies"),
    ("inspections", {**INSPECTION, "overall_effectiveness": "requires improvement"}, "overall_effectiveness",
     "requires improvement"),
])
def test_a_good_row_is_kept_with_values_of_the_column_type(table, row, column, stored):
    clean, reason = check_row(BY_NAME[table], row)
    assert reason is None
    assert clean[column] == stored and type(clean[column]) is type(stored)


def test_duplicate_keys_and_dangling_references_are_rejected_and_the_rest_kept():
    tables = {
        "documents": [DOC],
        "actions": [ACTION, {**ACTION, "action": "the same id again"}, {**ACTION, "action_id": "x-a1", "doc_id": "nope"}],
        "action_leads": [{"action_id": "d1-a1", "seq": 1, "name": "Jane Smith"},
                         {"action_id": "x-a1", "seq": 1, "name": "Orphan"}],
        "meetings": [MEETING],
        "meeting_attendees": [ATTENDEE, {**ATTENDEE, "attendance": "sent apologies"}],
    }
    good, rejected = validate(tables)
    assert [r["action_id"] for r in good["actions"]] == ["d1-a1"]
    assert good["actions"][0]["action"] == "Improve visits"  # the first of two rows with one key wins
    assert [r["name"] for r in good["action_leads"]] == ["Jane Smith"]  # its action was rejected: so is it
    assert len(good["meeting_attendees"]) == 1
    reasons = sorted((r.table, r.reason.split(" ")[0]) for r in rejected)
    assert reasons == [("action_leads", "action_id='x-a1'"), ("actions", "doc_id='nope'"), ("actions", "duplicate"),
                       ("meeting_attendees", "attendance='sent")]


def test_a_table_the_schema_does_not_know_is_reported():
    good, rejected = validate({"documents": [DOC], "actionz": [{"x": 1}]})
    assert "actionz" not in good
    assert [r.reason for r in rejected] == ["no such table 'actionz' in the schema"]


def test_rejected_rows_reach_the_warnings_table(tmp_path, run_pipeline):
    """End to end: the store turns each rejection into a warnings row naming the table and the reason."""
    from scrutineer.pipeline import run_store
    from scrutineer.settings import RunConfig
    from scrutineer import cache
    from scrutineer.model import Paper
    import duckdb

    cfg = RunConfig(raw_dir=tmp_path, warehouse=tmp_path / "w.duckdb", work_dir=tmp_path / "work", progress=False)
    paper = Paper(doc_id="d1", file_name="a.pdf", source_path="a.pdf", path=str(tmp_path / "a.pdf"), size_bytes=1,
                  doc_type="improvement_plan")
    cache.save(cfg.work_dir, "normalise", "d1", {"status": "ok", "error": None, "layout_pages": 0, "tables": {
        "actions": [ACTION, {**ACTION, "action_id": "d1-a2", "rag": "purple"}]}})
    _, rejected, _ = run_store(cfg, [paper])
    assert rejected == 1
    con = duckdb.connect(str(cfg.warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from actions").fetchone()[0] == 1
        [(doc_id, message)] = con.execute("select doc_id, message from warnings where stage = 'store'").fetchall()
    finally:
        con.close()
    assert doc_id == "d1" and "actions row rejected" in message and "purple" in message
