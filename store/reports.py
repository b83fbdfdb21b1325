"""Reports written beside the warehouse for people to read (not for the warehouse itself)."""
from __future__ import annotations

import csv
import os
from pathlib import Path


def reports_dir(warehouse: Path) -> Path:
    """``data/warehouse/x.duckdb`` → ``data/reports/x``; any other warehouse → ``<its folder>/reports/x``.

    One folder per warehouse, so two warehouses built side by side (even at once) keep their own reports.
    """
    warehouse = Path(warehouse).resolve()
    parent = warehouse.parent
    return (parent.parent if parent.name == "warehouse" else parent) / "reports" / warehouse.stem


def write_unmapped_report(warehouse: Path, rows: list[dict]) -> Path:
    """KPI labels that matched no catalogue indicator, as ``unmapped_indicators.csv`` (written even when empty)."""
    out = reports_dir(warehouse) / "unmapped_indicators.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    # The pid keeps a half-written file of one run from being moved into place by another.
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["indicator_raw", "observations", "example_doc_id"])
        w.writeheader()
        w.writerows(rows)
    tmp.replace(out)
    return out
