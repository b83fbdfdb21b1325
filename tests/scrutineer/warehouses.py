"""Reading a whole warehouse back, to compare two of them row by row."""
from __future__ import annotations

from pathlib import Path

import duckdb

from store.schema import TABLES


def contents(path: Path) -> dict[str, list[tuple]]:
    """Every contract table's rows, sorted, so two warehouses compare with ``==``."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {spec.name: sorted(con.execute(f'select * from "{spec.name}"').fetchall(), key=repr) for spec in TABLES}
    finally:
        con.close()


def differences(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> list[str]:
    """A readable list of what differs between two warehouses' contents (empty when identical)."""
    out = []
    for table in sorted(set(a) | set(b)):
        ra, rb = a.get(table, []), b.get(table, [])
        if ra != rb:
            only_a = [r for r in ra if r not in rb][:3]
            only_b = [r for r in rb if r not in ra][:3]
            out.append(f"{table}: {len(ra)} vs {len(rb)} rows; only in first {only_a}; only in second {only_b}")
    return out
