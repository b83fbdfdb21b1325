"""The warehouse built from the example papers: every table, every data test, CSV exports."""
from __future__ import annotations

import csv

import pytest

from examples.papers import build_examples
from store.checks import check_warehouse
from store.export import export_csv
from store.schema import TABLES


@pytest.fixture
def example_warehouse(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    build_examples(raw)
    report, con = run_pipeline(raw)
    return report, con, tmp_path / "w.duckdb"


def test_every_contract_table_exists_even_when_empty(example_warehouse):
    _, con, _ = example_warehouse
    tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
    assert {s.name for s in TABLES} <= tables


def test_one_document_row_per_example_paper(example_warehouse):
    report, con, _ = example_warehouse
    n = con.execute("select count(*) from documents").fetchone()[0]
    assert n == len(report.papers) >= 2
    assert con.execute("select count(*) from documents where status = 'ok'").fetchone()[0] == n


def test_data_tests_pass(example_warehouse):
    _, con, _ = example_warehouse
    assert check_warehouse(con) == []


def test_export_writes_one_csv_per_table_with_iso_dates(example_warehouse, tmp_path):
    _, con, path = example_warehouse
    con.close()
    written = export_csv(path, tmp_path / "exports")
    names = {p.name for p in written}
    assert {f"{s.name}.csv" for s in TABLES} <= names
    with open(tmp_path / "exports" / "documents.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["doc_id"] for r in rows)
