"""Checking rows against the table specs before they are loaded.

A row that breaks its table's contract (a missing key, a value outside the
allowed set, a type that will not convert, a duplicate key, a dangling
reference) is left out and reported; the rest of the paper still loads.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from store.schema import BY_NAME, TableSpec


@dataclass
class Rejection:
    table: str
    doc_id: str | None
    reason: str


def _convert(value, type_: str):
    """Value → the Python type DuckDB stores for ``type_``; ValueError if it cannot."""
    if value is None:
        return None
    if type_ == "VARCHAR":
        return str(value)
    if type_ in ("INTEGER", "BIGINT"):
        if isinstance(value, bool):
            raise ValueError("boolean where an integer belongs")
        f = float(value)
        if f != int(f):
            raise ValueError(f"{value!r} is not a whole number")
        return int(f)
    if type_ == "DOUBLE":
        f = float(value)
        if f != f:  # NaN
            raise ValueError("NaN")
        return f
    if type_ == "BOOLEAN":
        if isinstance(value, bool):
            return value
        raise ValueError(f"{value!r} is not true/false")
    if type_ == "DATE":
        if isinstance(value, date):
            return value
        return date.fromisoformat(str(value)[:10])
    return value


def check_row(spec: TableSpec, row: dict) -> tuple[dict | None, str | None]:
    out = {}
    unknown = set(row) - set(spec.column_names)
    if unknown:
        return None, f"unknown columns {sorted(unknown)}"
    for col in spec.columns:
        raw = row.get(col.name)
        try:
            value = _convert(raw, col.type)
        except (TypeError, ValueError) as exc:
            return None, f"{col.name}={raw!r} is not {col.type} ({exc})"
        if isinstance(value, str):
            # blank text is no value: NULL where allowed, a rejection where the column must be filled
            value = value.strip() or None
        if value is None and not col.nullable:
            return None, f"{col.name} is empty"
        if value is not None and col.allowed is not None and value not in col.allowed:
            return None, f"{col.name}={value!r} is not one of {', '.join(col.allowed)}"
        out[col.name] = value
    return out, None


def validate(tables: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], list[Rejection]]:
    """Rows that pass their table's contract, and what was rejected and why."""
    good: dict[str, list[dict]] = {}
    rejected: list[Rejection] = []
    for name in [s for s in BY_NAME if s in tables] + [t for t in tables if t not in BY_NAME]:
        spec = BY_NAME.get(name)
        if spec is None:
            rejected.append(Rejection(name, None, f"no such table {name!r} in the schema"))
            continue
        seen: set[tuple] = set()
        keep = []
        for row in tables[name]:
            clean, why = check_row(spec, row)
            if clean is not None and spec.primary_key:
                key = tuple(clean[k] for k in spec.primary_key)
                if key in seen:
                    clean, why = None, f"duplicate key {dict(zip(spec.primary_key, key))}"
                else:
                    seen.add(key)
            if clean is None:
                rejected.append(Rejection(name, row.get("doc_id"), why or "invalid"))
            else:
                keep.append(clean)
        good[name] = keep
    # references, in table order so a parent is checked before its children
    for name, spec in BY_NAME.items():
        for col, (parent, parent_col) in spec.references.items():
            if name not in good or parent not in good:
                continue
            keys = {r[parent_col] for r in good[parent]}
            kept = []
            for r in good[name]:
                if r[col] is None or r[col] in keys:
                    kept.append(r)
                else:
                    rejected.append(Rejection(name, r.get("doc_id"), f"{col}={r[col]!r} has no row in {parent}"))
            good[name] = kept
    return good, rejected
