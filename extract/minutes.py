"""minutes extraction (being built: see the issue tracker)."""
from __future__ import annotations

from scrutineer.model import Page, Paper


def extract_minutes(pages: list[Page], paper: Paper, found: dict) -> dict | None:
    """Raw minutes records of one paper as plain data."""
    return None
