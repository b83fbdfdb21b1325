"""The schema as code keeps the warehouse contract (../shared/WAREHOUSE.md)."""
from __future__ import annotations

import pytest

from store.schema import BY_NAME, TABLES, ddl

# The contract, copied here so the test stands alone: table -> {column: type}
CONTRACT = {
    "documents": {"doc_id": "VARCHAR", "file_name": "VARCHAR", "source_path": "VARCHAR", "council": "VARCHAR",
                  "la_code": "VARCHAR", "doc_type": "VARCHAR", "title": "VARCHAR", "published": "VARCHAR",
                  "pages": "INTEGER", "status": "VARCHAR", "error": "VARCHAR"},
    "actions": {"action_id": "VARCHAR", "doc_id": "VARCHAR", "ref": "VARCHAR", "section": "VARCHAR",
                "action": "VARCHAR", "lead_raw": "VARCHAR", "deadline_raw": "VARCHAR", "due_date": "DATE",
                "rag": "VARCHAR", "success_measures": "VARCHAR", "progress": "VARCHAR", "impact": "VARCHAR",
                "completed_section": "BOOLEAN", "page": "INTEGER"},
    "action_leads": {"action_id": "VARCHAR", "seq": "INTEGER", "name": "VARCHAR", "role": "VARCHAR", "initials": "VARCHAR"},
    "action_deadlines": {"action_id": "VARCHAR", "seq": "INTEGER", "deadline": "DATE"},
    "action_recommendations": {"action_id": "VARCHAR", "recommendation": "VARCHAR"},
    "kpi_observations": {"obs_id": "VARCHAR", "doc_id": "VARCHAR", "la_code": "VARCHAR", "indicator_id": "VARCHAR",
                         "indicator_raw": "VARCHAR", "period": "VARCHAR", "period_raw": "VARCHAR", "value": "DOUBLE",
                         "value_raw": "VARCHAR", "unit": "VARCHAR", "comparator": "VARCHAR", "page": "INTEGER"},
    "indicators": {"indicator_id": "VARCHAR", "name": "VARCHAR", "domain": "VARCHAR", "unit": "VARCHAR", "polarity": "VARCHAR"},
    "meetings": {"meeting_id": "VARCHAR", "doc_id": "VARCHAR", "committee": "VARCHAR", "date": "DATE",
                 "start_time": "VARCHAR", "venue": "VARCHAR", "page": "INTEGER"},
    "meeting_attendees": {"meeting_id": "VARCHAR", "name": "VARCHAR", "attendance": "VARCHAR"},
    "minute_items": {"item_id": "VARCHAR", "meeting_id": "VARCHAR", "number": "VARCHAR", "title": "VARCHAR",
                     "text": "VARCHAR", "page": "INTEGER"},
    "resolutions": {"item_id": "VARCHAR", "seq": "INTEGER", "kind": "VARCHAR", "text": "VARCHAR"},
    "action_sheet": {"doc_id": "VARCHAR", "minute_number": "VARCHAR", "item": "VARCHAR", "action": "VARCHAR",
                     "status_raw": "VARCHAR", "page": "INTEGER"},
    "inspections": {"doc_id": "VARCHAR", "la_code": "VARCHAR", "council": "VARCHAR", "publication_date": "DATE",
                    "inspection_start": "DATE", "inspection_end": "DATE", "lead_inspector": "VARCHAR",
                    "framework": "VARCHAR", "overall_effectiveness": "VARCHAR", "impact_of_leaders": "VARCHAR",
                    "help_and_protection": "VARCHAR", "children_in_care": "VARCHAR", "care_leavers": "VARCHAR"},
    "inspection_recommendations": {"doc_id": "VARCHAR", "number": "INTEGER", "text": "VARCHAR"},
    "entities": {"doc_id": "VARCHAR", "source_table": "VARCHAR", "source_id": "VARCHAR", "label": "VARCHAR",
                 "text": "VARCHAR", "value": "VARCHAR"},
}


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_contract_columns_keep_their_names_and_types(table):
    spec = BY_NAME[table]
    have = {c.name: c.type for c in spec.columns}
    for column, type_ in CONTRACT[table].items():
        assert have.get(column) == type_, f"{table}.{column}"


@pytest.mark.parametrize("spec", TABLES, ids=lambda s: s.name)
def test_every_table_states_its_grain_and_keys_are_not_null(spec):
    assert spec.grain.startswith("one row per")
    nullable = {c.name for c in spec.columns if c.nullable}
    assert not set(spec.primary_key) & nullable
    for col, (parent, parent_col) in spec.references.items():
        assert col in spec.column_names and parent_col in BY_NAME[parent].column_names


@pytest.mark.parametrize("spec", TABLES, ids=lambda s: s.name)
def test_ddl_creates_the_table(spec):
    import duckdb

    con = duckdb.connect()
    con.execute(ddl(spec))
    cols = [r[0] for r in con.execute(f'describe "{spec.name}"').fetchall()]
    assert cols == spec.column_names
