"""The indicator catalogue: standard children's-services KPIs and the
phrasings councils use for them (``normalise/data/indicators.csv``)."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

CATALOGUE = Path(__file__).parent / "data" / "indicators.csv"


@lru_cache(maxsize=1)
def load_catalogue() -> tuple[dict, ...]:
    with open(CATALOGUE, encoding="utf-8-sig", newline="") as fh:
        return tuple(csv.DictReader(fh))


def catalogue_rows() -> list[dict]:
    """Rows of the warehouse's ``indicators`` table."""
    return [
        {"indicator_id": r["id"], "name": r["name"], "domain": r["domain"], "unit": r["unit"],
         "polarity": r["polarity"], "definition": r["definition"], "official_source": r["official_source"]}
        for r in load_catalogue()
    ]
