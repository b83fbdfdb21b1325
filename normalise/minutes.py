"""minutes normalisation (being built: see the issue tracker)."""
from __future__ import annotations

from scrutineer.model import Paper


def normalise_minutes(paper: Paper, extracted: dict) -> dict[str, list[dict]]:
    """Warehouse rows for minutes of one paper."""
    return {}
