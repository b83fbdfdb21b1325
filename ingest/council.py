"""Which council a paper is about, and its DfE code, from our council table."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "councils.csv"


@dataclass(frozen=True)
class Council:
    la_code: str
    name: str
    aliases: tuple[str, ...]
    gss_code: str
    region: str
    domain: str
    stat_neighbours: tuple[str, ...]
    defunct: bool


@lru_cache(maxsize=1)
def councils() -> tuple[Council, ...]:
    with open(TABLE, encoding="utf-8", newline="") as fh:
        return tuple(
            Council(
                la_code=r["la_code"],
                name=r["name"],
                aliases=tuple(a for a in r["aliases"].split("|") if a),
                gss_code=r["gss_code"],
                region=r["region"],
                domain=r["domain"],
                stat_neighbours=tuple(x for x in r["stat_neighbours"].split(",") if x),
                defunct=r["defunct"] == "true",
            )
            for r in csv.DictReader(fh)
        )


def _word_pattern(word: str) -> str:
    """One word of a council's name: 'and' may be '&'; an abbreviation's full stop may be left out ('St. Helens')."""
    if word.lower() == "and":
        return "(?:and|&)"
    if word.endswith("."):
        return re.escape(word[:-1]) + r"\.?"
    return re.escape(word)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, Council, int]]:
    """Every name and alias as a whole-word pattern, longest first so that
    'North Somerset' is taken before 'Somerset'."""
    out = []
    for c in councils():
        for name in {c.name, *c.aliases}:
            body = r"[\s,]+".join(_word_pattern(w) for w in re.split(r"[\s,]+", name) if w)
            # 'Greater Manchester' is a combined authority, not Manchester's council
            out.append((re.compile(rf"(?<![\w-])(?<!greater\s){body}(?![\w-])", re.I), c, len(name)))
        if c.domain and not c.defunct:  # a defunct council's domain now belongs to its successor
            out.append((re.compile(re.escape(c.domain), re.I), c, len(c.domain)))
    out.sort(key=lambda x: -x[2])
    return out


def by_code(la_code: str) -> Council | None:
    return next((c for c in councils() if c.la_code == la_code), None)


# a postal town and the postcode after it ('Manchester\nM1 2WD'): where a letter comes from, not whom it is about
_POSTAL_TOWN = re.compile(r"[A-Z][A-Za-z'-]+(?:[ -][A-Z][A-Za-z'-]+)?[,\s]+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


# a partner named after its area ('Dorset Police', 'NHS Kent and Medway') is not the council
_PARTNER = re.compile(
    r"\b(?:University(?:\s+Hospitals?)?|Hospitals?|College)\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’&-]*){0,3}"
    r"|(?:\b(?!Council)[A-Z][\w'’&-]*\s+(?:(?:and|&)\s+)?){1,4}(?:Police|Constabulary|Fire\s+(?:and|&)\s+Rescue|Fire\s+Service|NHS|"
    r"Healthcare|Hospitals?|University|College|Probation|Ambulance|Integrated\s+Care\s+Board|ICB|CCG|"
    r"Clinical\s+Commissioning\s+Group|Foundation\s+Trust)\b"
    r"|\bNHS(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’&-]*){1,4}")


def identify(title: str | None, opening_text: str) -> Council | None:
    """The council a paper is about: names in the title count most, then the
    opening pages; a current council beats a defunct one at equal weight.
    A town printed with its postcode is an address (an inspectorate's letterhead), and a partner named
    after its area ('Dorset Police') is not the council; neither counts."""
    scores: dict[str, float] = {}
    found: dict[str, Council] = {}
    for weight, text in ((5.0, title or ""), (1.0, opening_text)):
        rest = _PARTNER.sub(" ", _POSTAL_TOWN.sub(" ", text))
        for pattern, council, _ in _patterns():
            hits = pattern.findall(rest)
            if hits:
                # a defunct council's name is usually a place in its successor ("Poole" in BCP)
                w = weight * (0.4 if council.defunct else 1.0)
                scores[council.la_code] = scores.get(council.la_code, 0.0) + w * len(hits)
                found[council.la_code] = council
                rest = pattern.sub(" ", rest)  # a longer name's words don't count again
    if not scores:
        return None
    best = max(scores, key=lambda code: (scores[code], not found[code].defunct))
    return found[best]
