"""kpis normalisation (being built: see the issue tracker)."""
from __future__ import annotations

from scrutineer.model import Paper


def normalise_kpis(paper: Paper, extracted: dict) -> dict[str, list[dict]]:
    """Warehouse rows for kpis of one paper."""
    return {}
