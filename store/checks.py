"""Data tests over a built warehouse, dbt style: every table's key is unique
and not null, its not-null columns are filled, its allowed values hold and
its references resolve."""
from __future__ import annotations

import duckdb

from store.schema import TABLES


def check_warehouse(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Problems found in the warehouse; an empty list means every check passed."""
    problems = []
    for spec in TABLES:
        t = f'"{spec.name}"'
        if spec.primary_key:
            key = ", ".join(f'"{k}"' for k in spec.primary_key)
            dupes = con.execute(f"select count(*) from (select {key} from {t} group by {key} having count(*) > 1)").fetchone()[0]
            if dupes:
                problems.append(f"{spec.name}: {dupes} duplicate keys ({key})")
        for col in spec.columns:
            if not col.nullable:
                n = con.execute(f'select count(*) from {t} where "{col.name}" is null').fetchone()[0]
                if n:
                    problems.append(f"{spec.name}.{col.name}: {n} nulls")
            if col.allowed:
                allowed = ", ".join("'" + a.replace("'", "''") + "'" for a in col.allowed)
                n = con.execute(f'select count(*) from {t} where "{col.name}" is not null and "{col.name}" not in ({allowed})').fetchone()[0]
                if n:
                    problems.append(f"{spec.name}.{col.name}: {n} values outside the allowed set")
        for col, (parent, parent_col) in spec.references.items():
            n = con.execute(
                f'select count(*) from {t} c where c."{col}" is not null and not exists '
                f'(select 1 from "{parent}" p where p."{parent_col}" = c."{col}")').fetchone()[0]
            if n:
                problems.append(f"{spec.name}.{col}: {n} rows with no {parent}.{parent_col}")
    return problems
