"""Building the DuckDB warehouse: all tables in one transaction, in a new
file that replaces the old one only once it is complete."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from store.schema import BY_NAME, TABLES, ddl

VIEWS_DIR = Path(__file__).parent / "views"


def _insert(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict]) -> None:
    if not rows:
        return
    import pyarrow as pa

    spec = BY_NAME[name]
    columns = spec.column_names
    arrow = pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in columns})
    con.register("_rows", arrow)
    cols = ", ".join(f'"{c}"' for c in columns)
    con.execute(f'INSERT INTO "{name}" ({cols}) SELECT {cols} FROM _rows')
    con.unregister("_rows")


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """Each ``store/views/*.sql`` file, in name order."""
    for sql in sorted(VIEWS_DIR.glob("*.sql")):
        con.execute(sql.read_text())


def build(path: Path, tables: dict[str, list[dict]]) -> None:
    """Write every table (empty ones too) to ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.building")
    # leftovers of a run that was killed mid-build; the caller holds the warehouse lock,
    # so no live run is writing any of them
    for stale in path.parent.glob(f".{path.name}.*.building*"):
        stale.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        con.execute("BEGIN TRANSACTION")
        for spec in TABLES:
            con.execute(ddl(spec))
            _insert(con, spec.name, tables.get(spec.name, []))
        create_views(con)
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    con.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    Path(str(tmp) + ".wal").unlink(missing_ok=True)
    os.replace(tmp, path)
    Path(str(path) + ".wal").unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable, so a power cut cannot bring the old warehouse back half-way."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
