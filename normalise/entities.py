"""Entity tagging (being built: see the issue tracker)."""
from __future__ import annotations

from scrutineer.model import Paper


def tag_rows(paper: Paper, tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """``entities`` rows for the text of a paper's actions, minute items and resolutions."""
    return {}
