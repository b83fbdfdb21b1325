"""CSV exports: one file per table (and the analyst views), UTF-8, ISO dates."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from store.schema import TABLES

# views analysts export alongside the tables: view name -> file name
EXPORT_VIEWS = {"kpis": "kpis.csv"}


def export_csv(warehouse: Path, out_dir: Path) -> list[Path]:
    """Write every table of ``warehouse`` to ``out_dir/<table>.csv``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse), read_only=True)
    written = []
    try:
        names = [s.name for s in TABLES]
        views = {r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
        targets = [(n, f"{n}.csv") for n in names] + [(v, f) for v, f in EXPORT_VIEWS.items() if v in views]
        for name, file_name in targets:
            dest = out_dir / file_name
            tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")  # two exports at once must not share it
            con.execute(
                f"COPY (SELECT * FROM \"{name}\") TO '{tmp.as_posix()}' (HEADER, DELIMITER ',', DATEFORMAT '%Y-%m-%d')"
            )
            tmp.replace(dest)
            written.append(dest)
    finally:
        con.close()
    return written
