"""The entity tagger: one blank English spaCy pipeline, built once per process.

Labels: PERSON, ROLE, OFSTED_REC, ORG, TEAM, DATE. ROLE, ORG and TEAM phrases
come from ``data/entity_patterns.jsonl`` (PhraseMatchers that keep
overlapping matches, unlike an EntityRuler, so 'Fostering Service Manager'
can still become one role); the same component then adds what phrase lists cannot: people (a given name from
``data/given_names.txt`` or an honorific, then surnames), dates, Ofsted
recommendation references, partner names ending in a known suffix ("West
Mercia Police"), and role titles grown to their full printed extent ("Head of
Service" → "Head of Service for Children in Care").

Every entity carries a ``value``: the bare name for PERSON, the recommendation
number for OFSTED_REC, an ISO date for DATE (a month alone is its last day,
as for deadlines), else the text.
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from normalise.dates import parse_dates

DATA = Path(__file__).parent / "data"
LABELS = ("PERSON", "ROLE", "OFSTED_REC", "ORG", "TEAM", "DATE")
# When two candidate spans overlap the higher wins; ties go to the longer span.
PRIORITY = {"PERSON": 5, "OFSTED_REC": 4, "DATE": 4, "ROLE": 3, "ORG": 2, "TEAM": 1}


@dataclass(frozen=True)
class Entity:
    label: str
    start: int  # character offsets into the tagged text
    end: int
    text: str
    value: str | None


# ---------------------------------------------------------------- project data

@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    lines = (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=None)
def pattern_lines() -> tuple[dict, ...]:
    lines = (DATA / "entity_patterns.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(ln) for ln in lines if ln.strip())


@lru_cache(maxsize=None)
def not_names() -> frozenset[str]:
    """Lower-cased words that never continue a person's name: the pattern vocabulary and common headings."""
    words = {ln.strip().lower() for ln in (DATA / "not_names.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")}
    for p in pattern_lines():
        words.update(w.lower() for w in (p.get("pattern") or p.get("suffix") or p.get("modifier") or "").split())
    return frozenset(words)


@lru_cache(maxsize=None)
def suffixes() -> dict[str, tuple[str, ...]]:
    """Words that end an ORG or TEAM name, by label, longest first."""
    out: dict[str, list[str]] = {}
    for p in pattern_lines():
        if "suffix" in p:
            out.setdefault(p["label"], []).append(p["suffix"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=None)
def role_stops() -> frozenset[str]:
    """Capitalised words a role title never grows over ('Director of Practice Meetings' is not a title)."""
    months = {m for m in calendar.month_name[1:] + calendar.month_abbr[1:]} | set(calendar.day_name)
    return frozenset({p["stop"] for p in pattern_lines() if "stop" in p} | months)


@lru_cache(maxsize=None)
def role_acronyms() -> frozenset[str]:
    """Single-token acronyms of the patterns as printed ('SMT', 'HoS', 'MASH'), and of the service areas a role
    is named for ('Service Manager – LAC'), so lead parsing never reads them as initials."""
    return frozenset(p["pattern"] for p in pattern_lines()
                     if "pattern" in p and " " not in p["pattern"] and ACRONYM.match(p["pattern"])) | service_areas()


def service_areas() -> frozenset[str]:
    """Acronyms of the service areas a role is named for ('LAC', 'QA'): part of a role, never a lead alone."""
    return frozenset(p["area"] for p in pattern_lines() if "area" in p)


SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "with", "to", "&"})


def phrase_variants() -> list[tuple[str, str, str]]:
    """(label, phrase, attr) for the PhraseMatchers. A pattern's ``case`` says how it may be printed:
    ``any`` (roles: 'head of service' = 'Head of Service'), ``exact`` (acronyms: 'HoS'), or ``title``
    (names: as written, in capitals, or with every main word capitalised). ROLE patterns also come
    with each ``modifier`` in front ('Interim', 'Deputy')."""
    mods = [p["modifier"] for p in pattern_lines() if "modifier" in p]
    out = []
    for p in pattern_lines():
        if "pattern" not in p:
            continue
        lab, pat, case = p["label"], p["pattern"], p.get("case", "title")
        if case == "any":
            forms = [pat.lower()] + ([f"{m} {pat.lower()}" for m in mods] if lab == "ROLE" else [])
            out += [(lab, f, "LOWER") for f in forms]
            continue
        forms = {pat}
        if case == "title":
            forms |= {pat.upper(), " ".join(w if w in SMALL_WORDS else w[:1].upper() + w[1:] for w in pat.split())}
        if lab == "ROLE":
            forms |= {f"{m.title()} {pat}" for m in mods}
        out += [(lab, f, "ORTH") for f in sorted(forms)]
    return out


# ---------------------------------------------------------------- regex finders

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|&")
SURNAME = re.compile(r"^(?:Mc|Mac|O'|O’|D'|D’|De|Di|Van|Le)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*$")
INITIAL = re.compile(r"^[A-Z]$")
ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z]s?$")
HONORIFICS = frozenset({"Cllr", "Cllrs", "Councillor", "Councillors", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor",
                        "Sir", "Dame", "Lord", "Lady", "Baroness"})
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?:(?:19|20)\d\d|['’]?\d\d)"
DATE_RE = re.compile(
    rf"\b(?:{DAY}(?:\s+of)?[\s\-]+{MONTH}\.?,?[\s\-]+{YEAR}"
    rf"|{MONTH}\.?\s+{DAY},?\s+(?:19|20)\d\d"
    rf"|{MONTH}\.?[\s\-]+{YEAR}"
    rf"|[0-3]?\d[/.\-][01]?\d[/.\-](?:(?:19|20)\d\d|\d\d)"
    rf"|(?:19|20)\d\d-[01]\d-[0-3]\d)\b(?![/.\-]\d)",
    re.IGNORECASE,
)
REC_RE = re.compile(
    r"\b(?:recommendations?|recs?\.?)\s*(?:no\.?|number|#)?\s*(\d{1,2})(?![.\d]\d)"
    r"((?:\s*(?:,|and|&|/)\s*\d{1,2}\b(?![.\d]\d))*)"
    r"|\bR(\d{1,2})\b(?![.\d]\d)",
    re.IGNORECASE,
)
LIST_NUMBER = re.compile(r"\d{1,2}")


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


def _adjacent(text: str, a_end: int, b_start: int) -> bool:
    """Two words belong to one name only when nothing but spaces (or a full stop after an initial) separates them."""
    gap = text[a_end:b_start]
    return gap.strip(" .") == "" and "\n" not in gap and len(gap) <= 3 and gap.count(".") <= 1


def _surname_like(word: str) -> bool:
    return bool(SURNAME.match(word)) and word.lower() not in not_names()


# lower-case parts of surnames ('Karen de Souza', 'Pieter van der Berg')
NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "ter", "la", "le",
                            "bin", "al", "dos", "das"})


def _particle_before_surname(text: str, words, k: int) -> bool:
    """Is words[k] a surname particle with the rest of the surname after it?"""
    j = k
    while j < len(words) and words[j][0] in NAME_PARTICLES:
        j += 1
    return j > k and j < len(words) and _adjacent(text, words[j - 1][2], words[j][1]) and _surname_like(words[j][0])


def find_people(text: str) -> list[tuple[int, int]]:
    """Character spans of people: an honorific or a known given name, then one or two surnames.

    A given name part-way through a run of names starts a new person, so
    'Juliette Blake Sarah Rempel' is two people; 'Lee Yardley Hunt' stays one.
    """
    words = _words(text)
    names = given_names()
    out, i, n = [], 0, len(words)
    while i < n:
        w, s, _ = words[i]
        j = i + 1
        honorific = w in HONORIFICS or (w.rstrip(".") in HONORIFICS)
        if not honorific and w not in names:
            i += 1
            continue
        # optional middle / leading initials
        k = j
        while k < n and INITIAL.match(words[k][0]) and _adjacent(text, words[k - 1][2], words[k][1]):
            k += 1
        surnames: list[int] = []
        while k < n and sum(words[x][0] not in NAME_PARTICLES for x in surnames) < (3 if honorific else 2) \
                and _adjacent(text, words[k - 1][2], words[k][1]) \
                and (_surname_like(words[k][0]) or _particle_before_surname(text, words, k)):
            nxt = words[k + 1] if k + 1 < n else None
            starts_next = (surnames and words[k][0] in names and nxt is not None and _surname_like(nxt[0])
                           and _adjacent(text, words[k][2], nxt[1]))
            if starts_next:
                break
            surnames.append(k)
            k += 1
        if surnames:
            out.append((s, words[surnames[-1]][2]))
            i = surnames[-1] + 1
            if w in ("Cllrs", "Councillors"):
                i = _name_list(text, words, i, out)
        else:
            i += 1
    return out


def _name_list(text: str, words, i: int, out: list) -> int:
    """'Councillors Brown, Patel and Smith': each further surname in the list is a person of its own."""
    while i < len(words):
        gap = text[words[i - 1][2]:words[i][1]].strip()
        k = i
        if gap not in (",", ""):
            break
        if words[k][0] in ("and", "&"):
            k += 1
        elif gap != ",":
            break
        if k >= len(words) or text[words[k - 1][2]:words[k][1]].strip() not in ("", ",") \
                or not _surname_like(words[k][0]):
            break
        out.append((words[k][1], words[k][2]))
        i = k + 1
        if k > i - 1 and words[k - 1][0] in ("and", "&"):
            break  # 'and' closes the list
    return i


def iso_date(raw: str) -> str | None:
    """ISO form of one printed date: '30th April 2024' → '2024-04-30'; 'April 2024' → '2024-04'; '30/04/24' → '2024-04-30'."""
    s = raw.strip().lower().replace("’", "'")
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        return _iso(y, mo, d)
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", s)
    if m:
        return _iso(_year(m[3]), int(m[2]), int(m[1]))
    month = re.search(MONTH, s, re.IGNORECASE)
    year = re.search(r"(?:19|20)\d\d\b|['’]?\b\d\d\s*$", s)
    if not month or not year:
        return None
    mo = _month_number(month.group())
    day = re.match(r"\s*(\d{1,2})(?:st|nd|rd|th)?\b", s) or re.search(rf"{MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", s,
                                                                        re.IGNORECASE)
    y = _year(year.group().strip("' "))
    if day:
        return _iso(y, mo, int(day.group(1)))
    return f"{y:04d}-{mo:02d}"


def _year(s: str) -> int:
    y = int(s)
    return y + 2000 if y < 100 else y


def _month_number(name: str) -> int:
    return [m.lower() for m in calendar.month_abbr].index(name[:3].lower())


def _iso(y: int, mo: int, d: int) -> str | None:
    if not (1 <= mo <= 12) or not (1 <= d <= calendar.monthrange(y, mo)[1]):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def date_value(raw: str) -> str | None:
    """ISO value of a date span, read the way deadlines are (normalise/dates.py: a month alone is its last day)."""
    got = parse_dates(raw)
    return got[0].isoformat() if got else iso_date(raw)


def find_dates(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in DATE_RE.finditer(text):
        value = date_value(m.group())
        if value:
            out.append((m.start(), m.end(), value))
    return out


def find_recommendations(text: str) -> list[tuple[int, int, str]]:
    """'Recommendation 3' → one span valued '3'; 'Recommendations 2 and 5' → '…2' and a span on '5'."""
    out = []
    for m in REC_RE.finditer(text):
        if m.group(3):
            out.append((m.start(), m.end(), m.group(3)))
            continue
        out.append((m.start(), m.end(1), m.group(1)))
        for extra in LIST_NUMBER.finditer(m.group(2) or ""):
            s = m.start(2) + extra.start()
            out.append((s, s + len(extra.group()), extra.group()))
    return out


# imperatives that open an action ('Ensure Managers …'): never the first word of a title at a sentence start
IMPERATIVES = frozenset({"ensure", "develop", "review", "implement", "embed", "improve", "deliver", "establish", "introduce",
                         "complete", "agree", "brief", "support", "strengthen", "provide", "undertake", "monitor", "create",
                         "produce", "launch", "recruit", "appoint", "train", "identify", "continue", "refresh", "revise"})
STOP_LEFT = frozenset({"all", "every", "any", "some", "two",
                       "three", "four", "five", "several", "new", "additional", "extra", "more", "other",
                       "the", "a", "an", "this", "that", "these", "our", "their", "its", "his", "her", "all", "each", "every",
                       "new", "both", "and", "or", "of", "for", "by", "to", "with", "agreed", "resolved", "noted", "action",
                       "lead", "leads", "owner", "responsible", "update", "progress", "if", "when", "where", "as", "from", "in",
                       "on", "at", "we", "it", "there"})
CONNECTORS = frozenset({"of", "for", "and", "&", "the", "in", "with"})


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".:;!?\n•-–"


def _stop_left(text: str, word: tuple[str, int, int]) -> bool:
    """A word a name or title never grows left over."""
    w = word[0].lower()
    return w in STOP_LEFT or (w in IMPERATIVES and _opens_sentence(text, word[1]))


@lru_cache(maxsize=1)
def _suffix_regex() -> tuple[dict[str, str], re.Pattern]:
    label_of = {suf: lab for lab, sufs in suffixes().items() for suf in sufs}
    alternation = "|".join(re.escape(x) for x in sorted(label_of, key=len, reverse=True))
    return label_of, re.compile(rf"(?<![\w-])(?:{alternation})\b")


def find_suffixed(text: str, words: list[tuple[str, int, int]], taken: list[tuple[int, int]],
                  roles: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """ORG / TEAM names that end in a known suffix, grown left over capitalised words ('West Mercia Police')."""
    out = []
    starts = {s: idx for idx, (_, s, _) in enumerate(words)}
    label_of, suffix_re = _suffix_regex()
    ends = {w for w in label_of if " " not in w}
    for m in suffix_re.finditer(text):
        idx = starts.get(m.start())
        label = label_of[m.group()]
        if idx is None or (label != "ROLE" and _in(m.start(), roles)):  # 'Service' of 'Head of Service' ends no team
            continue
        first = idx
        while first > 0:
            w, s, e = words[first - 1]
            if not _adjacent(text, e, words[first][1]) or _in(s, taken) or _in(s, roles):
                break
            if _capitalised(w) and not _stop_left(text, words[first - 1]):
                first -= 1
            elif w in ("of", "and", "&", "for") and first - 2 >= 0 and _capitalised(words[first - 2][0]) \
                    and not _stop_left(text, words[first - 2]) and not _in(words[first - 2][1], taken) \
                    and words[first - 2][0] not in ends:  # another name ends there ('Kent Police and Kent and Medway ICB')
                first -= 1
            else:
                break
        while first < idx and not _capitalised(words[first][0]):
            first += 1
        if first == idx and " " not in m.group():
            continue  # a bare 'Team' or 'Council' names nobody
        out.append((words[first][1], m.end(), label))
    return out


@lru_cache(maxsize=1)
def _prefix_regex() -> re.Pattern:
    prefixes = sorted((p["prefix"] for p in pattern_lines() if "prefix" in p), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(x) for x in prefixes)})\s+(?=[A-Z])")


def find_prefixed(text: str, words, taken) -> list[tuple[int, int, str]]:
    """ORG names that open with a known prefix, grown right over capitalised words ('Royal College of Nursing')."""
    out = []
    ends = {e: i for i, (_, _, e) in enumerate(words)}
    label_of, _ = _suffix_regex()
    for m in _prefix_regex().finditer(text):
        if _in(m.start(), taken):
            continue
        k = ends.get(len(text[:m.end()].rstrip()))
        if k is None:
            continue
        end = None
        k += 1
        while k < len(words) and _adjacent(text, words[k - 1][2], words[k][1]) and not _in(words[k][1], taken):
            w = words[k][0]
            if _capitalised(w) and w not in role_stops():
                end = words[k][2]
                if w in label_of:
                    break  # a name ends at its suffix ('NHS … Trust and West Yorkshire Police')
            elif not (w in CONNECTORS and k + 1 < len(words) and _capitalised(words[k + 1][0])):
                break
            k += 1
        if end:
            start = m.start()
            first = next((i for i, (_, ws, _) in enumerate(words) if ws == start), None)
            while first and _adjacent(text, words[first - 1][2], words[first][1]) \
                    and _capitalised(words[first - 1][0]) and not _stop_left(text, words[first - 1]) \
                    and not _in(words[first - 1][1], taken):
                first -= 1  # 'National Association of …'
                start = words[first][1]
            out.append((start, end, "ORG"))
    return out


NAME_PAIR = r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\s+(?:Mc|Mac|O'|D')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
BEFORE_ROLE = re.compile(rf"(?:^|[.,;:(]\s*|\band\s+)({NAME_PAIR})\s*(?:,|\(|[-–]|:)\s*(?:the\s+)?$")
AFTER_ROLE = re.compile(rf"^\s*(?:,|[-–]|:)\s*({NAME_PAIR})\s*(?=[,.;)]|$)")


def find_apposed_people(text: str, roles, spans) -> list[tuple[int, int]]:
    """People whose given name we do not know, printed in apposition with a title:
    'Tendai Moyo, Principal Social Worker,' / 'Head of Service – Tendai Moyo'."""
    out = []
    for s, e in roles:
        for m, base in ((BEFORE_ROLE.search(text[max(0, s - 80):s]), max(0, s - 80)), (AFTER_ROLE.match(text[e:e + 80]), e)):
            if not m:
                continue
            a, b = base + m.start(1), base + m.end(1)
            words = text[a:b].split()
            if all(_surname_like(w) for w in words) and words[0].lower() not in STOP_LEFT | IMPERATIVES \
                    and not any(x[0] < b and a < x[1] for x in spans):
                out.append((a, b))
    return out


def _in(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b, *_ in spans)


def grow_role(text: str, words, start: int, end: int, blocked, role_starts: set[int], left_blocked=(),
              named=()) -> tuple[int, int]:
    """Grow a ROLE span over the capitalised words printed with it ('Service Director Children's Social Care')."""
    idx_by_start = {s: i for i, (_, s, _) in enumerate(words)}
    idx_by_end = {e: i for i, (_, _, e) in enumerate(words)}
    last = idx_by_end.get(end)
    if last is not None:
        k = last + 1
        while k < len(words):
            w, s, e = words[k]
            if not _adjacent(text, words[k - 1][2], s) and text[words[k - 1][2]:s] != "/":
                break
            if _in(s, blocked):
                break
            if _capitalised(w) and w not in HONORIFICS and w not in role_stops():
                end = e
                k += 1
                continue
            if w in CONNECTORS and k + 1 < len(words):
                nw, ns, _ = words[k + 1]
                if _capitalised(nw) and not _in(ns, blocked) and _adjacent(text, e, ns) \
                        and not (w in ("and", "&") and ns in role_starts):
                    k += 1
                    continue
            break
    # '(Assistant Director, Early Help)': inside brackets a comma only adds the service to the title
    tail = re.match(r",\s*([A-Z][\w']*(?:\s+(?:[A-Z][\w']*|of|for|and|&|in|with))*)\)", text[end:])
    if tail and "(" in text[max(0, start - 2):start] and not _in(end + tail.start(1), named):
        end += tail.end(1)
    first = idx_by_start.get(start)
    if first is not None and not ACRONYM.match(words[first][0]):  # 'Ensure IROs …' is not a title
        while first > 0:
            w, s, e = words[first - 1]
            if not _adjacent(text, e, words[first][1]) or _in(s, blocked) or _in(s, left_blocked) or not _capitalised(w) \
                    or _stop_left(text, words[first - 1]) or w in HONORIFICS:
                break
            first -= 1
            start = s
    return start, end


# ---------------------------------------------------------------- the component

@Language.factory("scrutineer_entities")
def make_tagger(nlp: Language, name: str):
    """The component: PhraseMatchers over the pattern file (every match kept, overlaps resolved later, unlike an
    EntityRuler) plus the regex finders."""
    matchers = {"LOWER": PhraseMatcher(nlp.vocab, attr="LOWER"), "ORTH": PhraseMatcher(nlp.vocab, attr="ORTH")}
    by_key: dict[tuple[str, str], list] = {}
    for lab, phrase, attr in phrase_variants():
        by_key.setdefault((lab, attr), []).append(nlp.make_doc(phrase))
    for (lab, attr), docs in by_key.items():
        matchers[attr].add(lab, docs)

    def tagger(doc: Doc) -> Doc:
        found = {(doc[s:e].start_char, doc[s:e].end_char, nlp.vocab.strings[mid])
                 for m in matchers.values() for mid, s, e in m(doc)}
        return _tag_doc(doc, sorted(found))

    return tagger


def _tag_doc(doc: Doc, ruler: list[tuple[int, int, str]]) -> Doc:
    """Combine pattern matches with the regex finders into non-overlapping, valued entities."""
    text = doc.text
    words = _words(text)
    people = [(s, e, "PERSON", None) for s, e in find_people(text)]
    fixed = people + [(s, e, "DATE", v) for s, e, v in find_dates(text)] + \
        [(s, e, "OFSTED_REC", v) for s, e, v in find_recommendations(text)]
    role_starts = {s for s, _, lab in ruler if lab == "ROLE"}
    orgs = [(s, e) for s, e, lab in ruler if lab == "ORG"]
    named = [(s, e) for s, e, lab in ruler if lab in ("ORG", "TEAM")]
    cands = list(fixed)
    for s, e, lab in ruler:
        if lab == "ROLE":
            if _in(s, fixed) or _in(e - 1, fixed):
                continue
            s, e = grow_role(text, words, s, e, fixed, role_starts, orgs, named)
        cands.append((s, e, lab, None))
    grown_roles = [(s, e) for s, e, lab, _ in cands if lab == "ROLE"]
    extra = [(s, e, "PERSON", None) for s, e in find_apposed_people(text, grown_roles, cands)]
    cands += extra
    fixed += extra
    taken = [(s, e) for s, e, *_ in fixed]
    roles = [(s, e) for s, e, lab in ruler if lab == "ROLE"]
    cands += [(s, e, lab, None) for s, e, lab in find_suffixed(text, words, taken, roles)]
    cands += [(s, e, "ORG", None) for s, e, _ in find_prefixed(text, words, taken)]
    # people, dates and recommendation numbers first; then the longest of overlapping role / partner / team names
    cands.sort(key=lambda c: (-(PRIORITY[c[2]] >= 4), -(c[1] - c[0]), -PRIORITY[c[2]], c[0]))
    kept: list[tuple] = []
    for c in cands:
        if all(c[1] <= k[0] or c[0] >= k[1] for k in kept):
            kept.append(c)
    spans, values = [], {}
    for s, e, lab, v in sorted(kept):
        span = doc.char_span(s, e, label=lab, alignment_mode="expand")
        if span is not None:
            spans.append(span)
            values[(span.start_char, span.end_char, lab)] = v
    doc.ents = filter_spans(spans)
    doc.user_data["values"] = values
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared blank-English tagger (no downloads, no parser)."""
    nlp = spacy.blank("en")
    # emoticon exceptions keep '8)' whole, which would glue a bracket onto 'Recommendation 8'
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if not any(c in k for c in "()[]")}
    nlp.add_pipe("scrutineer_entities")
    return nlp


def _value(label: str, text: str, given: str | None) -> str | None:
    if given is not None:
        return given
    if label == "PERSON":
        words = text.split()
        while words and words[0].rstrip(".") in HONORIFICS:
            words = words[1:]
        return " ".join(words) or text
    return text


def entities_of(doc: Doc, printed: str | None = None) -> list[Entity]:
    """The tagged entities; ``printed`` is the text as printed when the doc was made from a straightened copy."""
    values = doc.user_data.get("values", {})
    printed = printed if printed is not None else doc.text
    return [Entity(e.label_, e.start_char, e.end_char, printed[e.start_char:e.end_char],
                   _value(e.label_, printed[e.start_char:e.end_char], values.get((e.start_char, e.end_char, e.label_))))
            for e in doc.ents]


def _straight(text: str) -> str:
    # same length, so offsets still index the printed text
    return text.replace("’", "'").replace("‘", "'")


def tag(text: str) -> list[Entity]:
    """Entities of one text, in order."""
    text = text or ""
    return entities_of(get_nlp()(_straight(text)), text)


def tag_many(texts, batch_size: int = 256) -> list[list[Entity]]:
    """Entities of many texts (nlp.pipe), in input order."""
    texts = [t or "" for t in texts]
    docs = get_nlp().pipe((_straight(t) for t in texts), batch_size=batch_size)
    return [entities_of(doc, t) for doc, t in zip(docs, texts)]
