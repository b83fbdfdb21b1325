"""kpi_tables extraction (being built: see the issue tracker)."""
from __future__ import annotations

from scrutineer.model import Page, Paper


def extract_kpi_tables(pages: list[Page], paper: Paper, found: dict) -> list | None:
    """Raw kpi_tables records of one paper as plain data."""
    return None
