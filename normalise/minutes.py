"""Minutes normalisation: meetings, attendees, minute items, resolutions, action sheet, segments.

Dates become ISO, start times 24-hour 'HH:MM', committee names in capitals
become title case, and attendee names lose their councillor title and role
suffix ('Cllr R Bellamy – Chairman' → name 'R Bellamy', role 'chair'); the
printed form is kept in ``name_raw``.
"""
from __future__ import annotations

import re
from datetime import date

from normalise.actions import rag_and_raw
from normalise.dates import latest, parse_dates
from scrutineer.model import Paper, segment_at

_MONTHS = {m[:3]: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                               "august", "september", "october", "november", "december"))}
_SMALL = {"and", "of", "the", "for", "on", "in", "to", "a", "an", "at", "by", "with"}
_ROLE_SUFFIX = re.compile(
    r"\s*(?:\((?P<p>[^)]*)\)|[-–—,]\s*(?P<d>(?:the\s+)?(?:vice[- ]?)?chair(?:man|woman|person)?|in\s+the\s+chair|substitute))\s*$", re.I)
# titles, and the police ranks partners attend under ('DCI Helen Moss'), so one person's name compares across papers
_TITLE = re.compile(r"^(?:(?:councillors?|cllrs?|county\s+councillors?|mr|mrs|ms|miss|mx|dr|prof|professor"
                    r"|(?-i:DCI)|(?:det(?:ective)?\s+)?(?:ch(?:ief)?\s+)?(?:supt|superintendent|insp|inspector)|(?:det(?:ective)?\s+)?sergeant"
                    r")\.?\s+)+", re.I)
# letters after a name: 'CC' (county councillor), honours
_POSTNOMINALS = re.compile(r"(?:\s+(?:CC|MBE|OBE|CBE|JP|DL|MP))+$")


def parse_date(raw: str | None) -> str | None:
    """'10 September 2019', 'Tuesday, 4th March, 2025', '04/03/2025' → ISO date; None if not a date."""
    if not raw:
        return None
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})", raw, re.I)
    try:
        if m and m.group(2)[:3].lower() in _MONTHS:
            return date(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1))).isoformat()
        m = re.search(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})", raw)
        if m:
            year = int(m.group(3))
            year = year + 2000 if year < 100 else year
            return date(year, int(m.group(2)), int(m.group(1))).isoformat()  # UK order: day first
    except ValueError:
        return None
    return None


def parse_time(raw: str | None) -> str | None:
    """'6.00 pm', '6pm', '10.30 a.m.', '18:00', '12 noon' → 'HH:MM' (24-hour); None if not a time."""
    if not raw:
        return None
    s = raw.strip().lower()
    if re.search(r"\b(noon|midday)\b", s) and not re.search(r"\d[.:]\d", s):
        return "12:00"
    m = re.search(r"(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?", s)
    if not m:
        return None
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").replace(".", "").replace(" ", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if not half and m.group(2) is None:
        return None  # a bare number is not a time
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def committee_name(raw: str | None) -> str | None:
    """A committee name as a reader would write it: capitals become title case."""
    if not raw:
        return None
    s = re.sub(r"\s+", " ", raw).strip(" ,.")
    if s.upper() != s:
        return s
    words = []
    for i, w in enumerate(s.split(" ")):
        low = w.lower()
        if i and low in _SMALL:
            words.append(low)
        elif re.fullmatch(r"[A-Z]{2,4}", w) and w not in ("AND", "THE", "FOR"):
            words.append(w)  # acronyms: BCP, SEND
        else:
            words.append(w[:1].upper() + w[1:].lower())
    return " ".join(words)


def attendee_name(raw: str) -> tuple[str, str | None]:
    """'Cllr R Bellamy – Chairman' → ('R Bellamy', 'chair'); 'Cllr P Hargreaves (Substitute)' → ('P Hargreaves', 'substitute')."""
    s = re.sub(r"\s+", " ", raw or "").strip(" ,.;:")
    role = None
    while True:
        m = _ROLE_SUFFIX.search(s)
        if not m:
            break
        r = _role_word(m.group("p") or m.group("d") or "")
        if r is None and m.group("p") is None:
            break
        role = role or r
        s = s[: m.start()].strip(" ,")
    s = _POSTNOMINALS.sub("", _TITLE.sub("", s)).strip(" ,.")
    s = re.sub(r"\b([A-Z])\.(?=\s|$)", r"\1", s)  # 'D. Taylor' → 'D Taylor', as 'Cllr D Taylor' prints it
    return s, role


def _role_word(said: str) -> str | None:
    """'chair', 'vice_chair' or 'substitute' for those roles; any other role as printed."""
    # whole words: 'Director of Children's Services' holds 'vice' and is no vice-chair
    if re.search(r"\bvice[-\s]?chair", said, re.I):
        return "vice_chair"
    if re.search(r"\bchair(?:man|woman|person)?\b", said, re.I):
        return "chair"
    if re.search(r"substitut", said, re.I):
        return "substitute"
    return said.strip() or None


# ---------------------------------------------------------------- rows

def normalise_minutes(paper: Paper, extracted: dict) -> dict[str, list[dict]]:
    """Warehouse rows for the meetings, items, decisions, action sheet and segments of one paper."""
    out: dict[str, list[dict]] = {k: [] for k in ("meetings", "meeting_attendees", "minute_items", "resolutions",
                                                  "action_sheet", "segments", "warnings")}
    for s in extracted.get("segments") or []:
        out["segments"].append({"segment_id": s["segment_id"], "doc_id": paper.doc_id, "seq": s["seq"], "kind": s["kind"],
                                "title": s.get("title"), "first_page": s["first_page"], "last_page": s["last_page"]})
    raw = extracted.get("minutes") or {}
    for mseq, m in enumerate(raw.get("meetings") or [], start=1):
        meeting_id = f"{paper.doc_id[:12]}-m{mseq:02d}"
        out["meetings"].append({
            "meeting_id": meeting_id, "doc_id": paper.doc_id, "committee": committee_name(m.get("committee")),
            "date": parse_date(m.get("date_raw")), "start_time": parse_time(m.get("time_raw")),
            "venue": m.get("venue"), "page": m["page"], "kind": m.get("kind"), "segment_id": m.get("segment_id")})
        if m.get("date_raw") and parse_date(m["date_raw"]) is None:
            out["warnings"].append({"doc_id": paper.doc_id, "stage": "normalise.minutes",
                                    "message": f"meeting date not understood: {m['date_raw']!r}", "page": m["page"]})
        seen = set()
        for a in m.get("attendees") or []:
            name, role = attendee_name(a["name_raw"])
            if not name or (name, a["attendance"]) in seen:
                continue
            seen.add((name, a["attendance"]))
            out["meeting_attendees"].append({"meeting_id": meeting_id, "name": name, "attendance": a["attendance"],
                                             "name_raw": a["name_raw"], "role": role or a.get("role")})
        for iseq, item in enumerate(m.get("items") or [], start=1):
            item_id = f"{meeting_id}-i{iseq:03d}"
            out["minute_items"].append({"item_id": item_id, "meeting_id": meeting_id, "number": item.get("number"),
                                        "title": item.get("title"), "text": item.get("text"), "page": item["page"]})
            for rseq, r in enumerate(item.get("resolutions") or [], start=1):
                out["resolutions"].append({"item_id": item_id, "seq": rseq, "kind": r["kind"], "text": r["text"]})
    for seq, row in enumerate(raw.get("action_sheet") or [], start=1):
        due = latest(parse_dates(row.get("due_raw")))
        rag, rag_raw = rag_and_raw(row.get("rag_colour"), row.get("rag_text"))
        out["action_sheet"].append({"doc_id": paper.doc_id, "minute_number": row.get("minute_number"),
                                    "item": row.get("item"), "action": row.get("action"),
                                    "status_raw": row.get("status_raw"), "page": row["page"], "seq": seq,
                                    "source": row.get("source", "sheet"),
                                    "segment_id": (segment_at(extracted.get("segments"), row["page"]) or {}).get("segment_id"),
                                    "owner_raw": row.get("owner_raw"), "due_raw": row.get("due_raw"),
                                    "due_date": due.isoformat() if due else None, "rag": rag, "rag_raw": rag_raw})
    return {k: v for k, v in out.items() if v}
