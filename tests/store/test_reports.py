"""Reports beside the warehouse: one folder per warehouse, written whole."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from store.reports import reports_dir, write_unmapped_report


@pytest.mark.parametrize("warehouse, expected", [
    ("data/warehouse/scrutineer.duckdb", "data/reports/scrutineer"),
    ("out/w0.duckdb", "out/reports/w0"),
    ("out/w1.duckdb", "out/reports/w1"),
])
def test_each_warehouse_has_its_own_reports_folder(tmp_path, warehouse, expected):
    assert reports_dir(tmp_path / warehouse) == (tmp_path / expected).resolve()


def test_two_warehouses_in_one_folder_keep_their_own_unmapped_list(tmp_path):
    # regression: two runs side by side shared one report and one temp file, and one run crashed
    a = write_unmapped_report(tmp_path / "w0.duckdb", [{"indicator_raw": "a", "observations": 1, "example_doc_id": "x"}])
    b = write_unmapped_report(tmp_path / "w1.duckdb", [])
    assert a != b
    with open(a, newline="", encoding="utf-8") as fh:
        assert [r["indicator_raw"] for r in csv.DictReader(fh)] == ["a"]
    assert Path(b).read_text(encoding="utf-8").strip() == "indicator_raw,observations,example_doc_id"
    assert not list(tmp_path.rglob("*.tmp"))
