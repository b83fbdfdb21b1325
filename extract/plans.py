"""plans extraction (being built: see the issue tracker)."""
from __future__ import annotations

from scrutineer.model import Page, Paper


def extract_plan_rows(pages: list[Page], paper: Paper, found: dict) -> list | None:
    """Raw plans records of one paper as plain data."""
    return None
