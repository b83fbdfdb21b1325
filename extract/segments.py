"""segments extraction (being built: see the issue tracker)."""
from __future__ import annotations

from scrutineer.model import Page, Paper


def find_segments(pages: list[Page], paper: Paper, found: dict) -> list | None:
    """Raw segments records of one paper as plain data."""
    return None
