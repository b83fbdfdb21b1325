"""Split an action's lead / owner cell into people, roles and initials.

    'Richard Nash (Service Director Children's Social Care) and SMT'
        → Richard Nash with that role, then the role SMT
    'Director of Practice - Jenny Tremayne / Assistant Director - Alison Bramley'
        → two people with their roles
    'Juliette Blake Sarah Rempel' → two people (a given name starts a new person)
    'GT / LJ' → two leads with initials set and name NULL

Names and roles come out exactly as printed. Initials are resolved to a full
name only into ``resolved_name`` (``resolve_initials``), never into ``name``.
"""
from __future__ import annotations

import re
from typing import Iterable

from normalise.nlp import HONORIFICS, NAME_PARTICLES, SURNAME, find_people, not_names, role_acronyms, service_areas, tag

# Separators that always divide leads; a bare '-' or '/' inside a role does not ("AD CASS/MASH/ASTI").
SEPARATORS = re.compile(r"\s+/\s+|\s*;\s*|\s*\|\s*|\s+\+\s+")
NUMBERING = re.compile(r"(?:^|\s)\(?\d{1,2}[.)]\s+")
DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*|\s*:\s+")
JOINERS = re.compile(r"\s*,\s*|\s+and\s+|\s+&\s+")
INITIALS = re.compile(r"^(?:[A-Z]{2,4}|[A-Z]{1,2}['’][A-Z]|[A-Z][a-z]{0,6}[A-Z][a-z]?|[A-Z][a-z]+ [A-Z]\.?|[A-Z](?:\.[A-Z]){1,3}\.?)$")
NOT_A_LEAD = frozenset({"all", "tbc", "tba", "n/a", "na", "none", "-", "various", "everyone", "all staff", "all teams"})
FOLD = re.compile(r"\s+")
# a label a plan prints inside the cell before the lead ('Lead: Head of Virtual School'); no part of the role
CELL_LABEL = re.compile(r"^(?:(?:action\s+)?(?:lead|owner)s?(?:\s+officers?)?|responsible(?:\s+officers?)?|by\s+whom|who)\s*:\s*",
                        re.I)
INITIAL_SURNAME = re.compile(r"^(?:[A-Z](?:\.\s*|\s+)){1,2}((?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")


def parse_leads(lead_raw: str | None) -> list[dict]:
    """People, roles and initials a lead cell names, in printed order: dicts of name, role, initials."""
    if not lead_raw or not lead_raw.strip():
        return []
    text = CELL_LABEL.sub("", FOLD.sub(" ", lead_raw).strip())
    leads: list[dict] = []
    for numbered in NUMBERING.split(text):
        for chunk in SEPARATORS.split(numbered):
            chunk = chunk.strip(" ,.;")
            for piece, after_comma in _pieces(chunk):
                got = _parse_piece(piece)
                # 'Jane Smith, Head of Service': a comma between a person and a role is apposition, not a list
                if after_comma and leads and len(got) == 1 and got[0]["role"] and not (got[0]["name"] or got[0]["initials"]) \
                        and leads[-1]["name"] and not leads[-1]["role"]:
                    leads[-1]["role"] = got[0]["role"]
                    continue
                # 'Sarah Jones – Service Manager, MASH': a team after a role says where the role sits
                if after_comma and leads and leads[-1]["role"] and _is_team(piece):
                    leads[-1]["role"] = f"{leads[-1]['role']}, {piece.strip(' ,.;')}"
                    continue
                leads.extend(got)
    return leads


def _lead(name=None, role=None, initials=None) -> dict:
    return {"name": name or None, "role": role or None, "initials": initials or None}


def is_initials(s: str) -> bool:
    """'GT', 'LYH', 'JoR', 'AxB', 'Julian R' are initials; role acronyms ('SMT', 'DCS') are not."""
    s = s.strip()
    return bool(INITIALS.match(s)) and s not in role_acronyms() and s.lower() not in NOT_A_LEAD  # 'TBC' is no one


def looks_like_name(s: str) -> bool:
    """Two to four capitalised name words (after an optional honorific), none of them role or team vocabulary."""
    words = s.replace(".", " ").split()
    while words and words[0] in HONORIFICS:
        words = words[1:]
    if not 2 <= len(words) <= 4 or len(words[-1]) < 2:
        return False
    inner = [w for w in words[1:-1] if w not in NAME_PARTICLES]  # 'Karen de Souza'
    words = [words[0], *inner, words[-1]]
    return all((SURNAME.match(w) or re.fullmatch(r"[A-Z]", w)) and w.lower() not in not_names() for w in words)


def _pieces(chunk: str) -> list[tuple[str, bool]]:
    """Divide a chunk at ',', 'and', '&' (outside brackets) only where what follows stands alone as a lead.

    Each piece comes with whether a comma preceded it."""
    if not chunk:
        return []
    # a run of initials: 'JR/JW', 'MW RB', 'DM/AxB'
    for sep in ("/", " "):
        parts = [p for p in re.split(r"\s*/\s*" if sep == "/" else r"\s+", chunk) if p]
        if len(parts) > 1 and all(is_initials(p) for p in parts):
            return [(p, False) for p in parts]
    # 'AD Safeguarding/AD CiC': a slash between two titles divides leads; one inside a title ('AD CASS/MASH') does not
    parts = chunk.split("/")
    if len(parts) > 1 and all(" " in p.strip() and _starts_with_role(p.strip()) for p in parts):
        return [(p.strip(), False) for p in parts]
    masked = re.sub(r"\([^()]*\)", lambda m: "#" * len(m.group()), chunk)
    cuts, last, comma = [], 0, False
    for m in JOINERS.finditer(masked):
        rest = chunk[m.end():]
        if rest and _stands_alone(rest):
            cuts.append((chunk[last:m.start()], comma))
            last, comma = m.end(), "," in m.group()
    cuts.append((chunk[last:], comma))
    return [(c.strip(), after) for c, after in cuts if c.strip()]


def _is_team(text: str) -> bool:
    text = text.strip(" ,.;")
    ents = tag(text)
    return len(ents) == 1 and ents[0].label == "TEAM" and ents[0].start == 0 and ents[0].end == len(text)


def _starts_with_role(text: str) -> bool:
    ents = tag(text)
    return bool(ents) and ents[0].start == 0 and ents[0].label == "ROLE"


def _stands_alone(rest: str) -> bool:
    first = re.split(r"[\s,/]", rest, maxsplit=1)[0]
    if rest.strip() in service_areas():
        return False  # 'AD Safeguarding & QA': the area the role covers, no lead of its own
    if is_initials(first) or first in role_acronyms():
        return True
    ents = tag(rest)
    return bool(ents) and ents[0].start == 0 and ents[0].label in ("PERSON", "ROLE")


def _parse_piece(piece: str) -> list[dict]:
    piece = piece.strip(" ,.;:-–—")
    if not piece or piece.lower() in NOT_A_LEAD:
        return []
    if is_initials(piece):
        return [_lead(initials=piece)]
    m = INITIAL_SURNAME.match(piece)  # 'J. Smith'
    if m and m.group(1).lower() not in not_names():
        return [_lead(name=piece)]
    paren = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*(.*)", piece)
    if paren and not (paren[1].strip() and paren[3].strip()):  # text on both sides of the brackets: not one lead
        outer = (paren[1] or paren[3]).strip()
        inner = paren[2].strip()
        got = _pair(outer, inner)
        if got:
            return [got]
    sides = DASH.split(piece, maxsplit=1)
    if len(sides) == 2:
        got = _pair(sides[0].strip(), sides[1].strip())
        if got:
            return [got]
    return _by_tagger(piece)


def _pair(a: str, b: str) -> dict | None:
    """One person (or initials) and a role printed as 'role - name', 'name (role)', 'name: role' …"""
    if not a or not b:
        return None
    for who, initials in ((a, b), (b, a)):  # 'Jane Smith (JS)'
        if looks_like_name(who) and is_initials(initials):
            return _lead(name=who, initials=initials)
    for who, role in ((b, a), (a, b)):
        if is_initials(who) and not is_initials(role):
            return _lead(initials=who, role=role)
        if looks_like_name(who) and not looks_like_name(role):
            return _lead(name=who, role=role)
    return None


def _by_tagger(piece: str) -> list[dict]:
    people = [e for e in tag(piece) if e.label == "PERSON"]
    if not people:
        # a cell that is nothing but a name is a person, even with a given name we do not know
        return [_lead(name=piece) if looks_like_name(piece) else _lead(role=piece)]
    strip = " ,.;:-–—()/"
    # the texts around the people: before the first, between each two, after the last
    gaps = [piece[: people[0].start]] + [piece[a.end: b.start] for a, b in zip(people, people[1:])] \
        + [piece[people[-1].end:]]
    gaps = [g.strip(strip) for g in gaps]
    out = [_lead(name=p.text) for p in people]
    if gaps[0]:  # 'Role Name / Role Name': each role is printed before its person
        for i in range(len(people)):
            out[i]["role"] = gaps[i] or None
        if gaps[-1]:
            out.append(_lead(role=gaps[-1]))
    else:  # 'Name Role, Name Role': each role follows its person
        for i in range(len(people)):
            out[i]["role"] = gaps[i + 1] or None
    return out


def initials_of(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.rstrip(".") not in HONORIFICS]
    return "".join(w[0] for w in words).upper()


def _matches(initials: str, name: str) -> bool:
    words = [w for w in name.split() if w.rstrip(".") not in HONORIFICS]
    groups = re.findall(r"[A-Z][a-z]*", initials.replace(".", "").replace(" ", ""))
    if not groups or len(groups) != len(words):
        return False
    return all(w.lower().startswith(g.lower()) for g, w in zip(groups, words))


_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2}"
_KEYED = re.compile(rf"\b(?P<i1>[A-Z]{{2,4}})\s*(?:[-–—=:]|\s-\s)\s*(?P<n1>{_NAME})\b"
                    rf"|\b(?P<n2>{_NAME})\s*\((?P<i2>[A-Z]{{2,4}})\)")


def resolve_initials(leads: list[dict], texts: Iterable[str]) -> list[dict]:
    """Copies of ``leads`` with ``resolved_name``: the one full name in the paper (its leads and page texts) that
    the initials stand for ('GT' → 'Graham Thornton'); NULL when no name or more than one name fits."""
    people: set[str] = {lead["name"] for lead in leads if lead.get("name")}
    for text in texts:
        text = text or ""
        people.update(" ".join(w for w in text[s:e].split() if w.rstrip(".") not in HONORIFICS)
                      for s, e in find_people(text))
        # a key printed with the plan ('PW – Pete Walsh', 'Pete Walsh (PW)'), whatever the given name
        for m in _KEYED.finditer(text):
            initials, name = (m["i1"], m["n1"]) if m["i1"] else (m["i2"], m["n2"])
            if _matches(initials, name):
                people.add(name)
    out = []
    for lead in leads:
        resolved = None
        if lead.get("initials") and not lead.get("name"):
            fits = {p for p in people if _matches(lead["initials"], p)}
            resolved = fits.pop() if len(fits) == 1 else None
        out.append({**lead, "resolved_name": resolved})
    return out
