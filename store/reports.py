"""Reports written beside the warehouse for people to read (not for the warehouse itself)."""
from __future__ import annotations

import csv
from pathlib import Path


def reports_dir(warehouse: Path) -> Path:
    """``data/warehouse/x.duckdb`` → ``data/reports``; any other warehouse → ``<its folder>/reports``."""
    parent = Path(warehouse).resolve().parent
    return (parent.parent if parent.name == "warehouse" else parent) / "reports"


def write_unmapped_report(warehouse: Path, rows: list[dict]) -> Path:
    """KPI labels that matched no catalogue indicator, as ``unmapped_indicators.csv`` (written even when empty)."""
    out = reports_dir(warehouse) / "unmapped_indicators.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["indicator_raw", "observations", "example_doc_id"])
        w.writeheader()
        w.writerows(rows)
    tmp.replace(out)
    return out
