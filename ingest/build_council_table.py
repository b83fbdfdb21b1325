"""Rebuild ``ingest/data/councils.csv`` from the public LA lookup.

    python -m ingest.build_council_table ../shared/reference/Provider_data_lookup.csv

The pipeline never reads the lookup itself: it reads the table this writes,
which keeps only the facts we use (codes, names, region, neighbours) under
our own column names, with display names un-inverted ("Bristol, City of"
→ "Bristol") and the aliases papers use.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).parent / "data" / "councils.csv"
COLUMNS = ["la_code", "name", "aliases", "gss_code", "region", "la_type", "domain", "urn",
           "stat_neighbours", "stat_neighbours_previous", "defunct"]
DEFUNCT = {"909", "928", "836"}


def display_name(row: dict) -> str:
    name = row["utla23nm"] or row["local_authority_ons_name"]
    if ", City of" in name:
        name = name.replace(", City of", "")
    return name.replace("Upon", "upon")


def aliases(row: dict, name: str) -> list[str]:
    found = {row["local_authority_ons_name"], row["ltla23nm"], row["utla23nm"]}
    extra = row["also_known_as"].strip("[]")
    found |= {a.strip() for a in extra.split(",")} if extra else set()
    # "Bournemouth, Christchurch & Poole" was split on its comma above; keep whole forms only
    found |= {a.strip() for a in row["also_known_as"].strip("[]").split(", ") if a.strip()} if extra else set()
    found = {a.replace(", City of", "").strip() for a in found if a and a.strip()}
    found.discard(name)
    return sorted(a for a in found if len(a) > 2 and a not in {"Christchurch & Poole"})


def build(src: Path) -> list[dict]:
    with open(src, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows:
        name = display_name(r)
        al = aliases(r, name)
        if r["la_code"] == "839":
            al = sorted(set(al) | {"Bournemouth, Christchurch & Poole", "BCP"} - {"Bournemouth", "Christchurch & Poole"})
        out.append({
            "la_code": r["la_code"],
            "name": name,
            "aliases": "|".join(al),
            "gss_code": r["la_code_new"],
            "region": r["region_name"],
            "la_type": r["ons_la_type"],
            "domain": r["domain"],
            "urn": r["urn"],
            "stat_neighbours": r["stat_neighbours"].replace(" ", ""),
            "stat_neighbours_previous": r["stat_neighbours_previous"].replace(" ", ""),
            "defunct": "true" if r["la_code"] in DEFUNCT else "false",
        })
    return sorted(out, key=lambda r: r["la_code"])


def main(argv: list[str]) -> int:
    rows = build(Path(argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} councils to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
