"""Minutes and agenda packs: meetings, attendance, numbered items, decisions, action sheets.

Works on the segments found before (``found["segments"]``): a ``minutes``
segment gives the meeting it records, a ``front_sheet``/``agenda`` pair the
meeting it summons, and ``action_sheet`` tables one row per action. Text
comes from ``page.text`` (every page has it); only the action sheet needs the
layout tables. Everything here is as printed; normalise/minutes.py parses
dates, times and names.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from extract.segments import NOTES_LINE, PAGE_NUMBER, content_lines, lines_before_cue
from scrutineer.model import Page, Paper, Table, segment_at

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?\s+(\d{{4}})\b|\b(\d{{1,2}})[/.](\d{{1,2}})[/.](\d{{2,4}})\b", re.I)
TIME = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])|\b([01]?\d|2[0-3]):([0-5]\d)\b|\b(noon|midday)\b", re.I)

# an item heading: "27. Title", "27 Title", "Minute 27 Title", "27/19 Title", "Item 5: Title", and numbers
# behind a committee's code and year: "CYP/23/41 Title", "CS.23.41 Title", "OSC/41 Title"
ITEM = re.compile(
    r"^(?:(?:minute|(?:agenda\s+)?item|min\.?)\s*(?:no\.?\s*)?)?(?P<code>(?-i:[A-Z][A-Z&]{1,7})[/.\-](?:\d{2,4}[/.\-](?=\d))?)?"
    r"\(?(\d{1,3})(/\d{2,4})?(?:\.(?!\d)|\))?\s*(?:[:\-–]\s*)?\s+"
    r"([A-Z\u2018\u201c'\"(][^\n]{1,160})$", re.I)
_MONTH_START = re.compile(rf"^{_MONTH}\b\.?,?\s+\d{{4}}", re.I)
# a title line ending in a joining word or a dash ('… SERVICES -') goes on on the next line
_CONNECTOR = re.compile(r"(?:\b(?:of|the|and|for|to|on|in|with|a|an|following|from|by|at)|[&\-–—])\s*$", re.I)

# a decision: RESOLVED/RECOMMENDED in capitals anywhere ("It was RESOLVED that"), or a line
# opening with "Resolved"/"Recommended"/"AGREED" followed by that/to/a colon or dash, or with a
# "Decision:" label
DECISION = re.compile(r"\b(RESOLVED|RECOMMENDED|(?:AGREED|DECIDED)(?=\s*[:\-–,(]|\s+(?:that|to)\b|\s*$))\b"
                      r"|^\s*(Resolved|Recommended|Agreed|Decided)\b(?=\s*[:\-–,(]|\s+that\b|\s+to\b|\s*$)"
                      r"|^\s*(DECISIONS?|Decisions?)(?=\s*[:\-–]\s*\S)")
_LIST_MARK = re.compile(r"^\s*(\(?[a-z]{1,3}\)|\(?\d{1,2}[.)]|[•\-–*\u2022\uf0b7])\s", re.I)
_DECISION_STOP = re.compile(r"^(voting|reason(s)?\s+for|note:|action:|\(?vote\b|for\s*:\s*\d)", re.I)
PRESENT_LINE = re.compile(r"^\s*((councillors|members)\s+)?present\b\s*(:|-|–|$|(?=\s+(cllr|councillor)))", re.I)
_STARTED_AT = re.compile(r"\bmeeting\s+(?:started|commenced|began|opened)\s+at\s+(.{1,12})", re.I)
MEETING_END = re.compile(r"^the\s+meeting\s+(ended|closed|finished|concluded|rose|terminated)\b", re.I)

# attendance labels, longest first so "Also in attendance" wins over "In attendance"
_LABELS: tuple[tuple[str, str], ...] = (
    (r"also\s+in\s+attendance|also\s+present|in\s+attendance|officers\s+(present|in\s+attendance)|also\s+attending|officers", "in_attendance"),
    (r"apologies(\s+for\s+absence)?(\s+(were|was|had\s+been)\s+(received|submitted|given|tendered)\s+(from|by|on\s+behalf\s+of))?"
     r"|apologies\s+received", "apologies"),
    (r"substitutes?|substitute\s+members?", "substitute"),
    (r"absent", "absent"),
    (r"(councillors|members)\s+present|(co-?opted|added)\s+members?(\s+present)?|present", "present"),
)
LABEL = re.compile(
    r"(?:^|(?<=[\s.;]))(" + "|".join(f"(?:{p})" for p, _ in _LABELS) + r")\s*(?::\s*-?|-|–|\s(?=(?:cllr|councillor))|(?<=from)\s|(?<=of)\s|(?<=by)\s)",
    re.I)
_BARE_LABEL = re.compile("|".join(f"(?:{p})" for p, _ in _LABELS), re.I)
ROLE_WORDS = re.compile(
    r"\b(representative|governor|officer|director|manager|head|chief|executive|portfolio|holder|lead|member|"
    r"co-?opted|adviser|advisor|clerk|solicitor|services|service|team|commissioner|partnership|chairman|chair|vice|"
    r"doctor|nurse|designated|practitioner|coordinator|co-ordinator|analyst|worker|psychologist|secretary|administrator)\b", re.I)
# 'of Children and Family Services', 'for Education and Skills Team': an 'and' inside a service's name
_ROLE_AND = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w'’]*\s+){1,3}and\s+(?:[A-Z][\w'’]*\s+){0,2}"
                       r"(?i:services?|team|partnership|skills|families|education|learning|safeguarding|wellbeing|care)\b")
# a person's name as printed: two to four capitalised words or initials, after an optional title
_PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z][\w'’.\-]*\s+){1,3}[A-Z][\w'’\-]+")
_TITLE_WORD = re.compile(r"^(councillors?|cllrs?\.?|mr|mrs|ms|miss|dr|prof|professor|sir|dame|rev)$", re.I)


# ---------------------------------------------------------------- small pure parsers

def fold(text: str) -> str:
    """White space folded to single spaces."""
    return re.sub(r"\s+", " ", text or "").strip()


def find_date(text: str) -> str | None:
    m = DATE.search(text or "")
    return m.group(0) if m else None


def find_time(text: str) -> str | None:
    """The first clock time in a text as printed ('6.00 pm', '18:00', '10am')."""
    for m in TIME.finditer(text or ""):
        return m.group(0)
    return None


def is_item_heading(line: str) -> tuple[str, int, str] | None:
    """(printed number, numeric part, title) when a line reads as a numbered item heading."""
    m = ITEM.match(line.strip())
    if not m:
        return None
    title = m.group(4).strip()
    if title[:1].islower() or _MONTH_START.match(title) or len(title) < 3:
        return None
    if re.match(r"^\d", title) or title.isdigit():
        return None
    if re.match(r"^that\b", title, re.I) or title.endswith((";", ",")):
        return None  # '(1) That the report be noted;': a resolution's part, not an item
    number = (m.group("code") or "") + m.group(2) + (m.group(3) or "")
    return number, int(m.group(2)), title


def split_people(text: str) -> list[tuple[str, str | None]]:
    """A list of people as printed → [(person as printed, role phrase printed with them)].

    'Councillors Geary, Lewis and Phillips and Parent Governor Representative, Peter Marlow'
    → Geary, Lewis, Phillips, (Peter Marlow, 'Parent Governor Representative'). A role
    phrase before a name ('…Representative, Peter Marlow') goes with the next name; after
    a comma ('Helen Marsh, Director of …') with the one before.
    """
    text = fold(text).strip(" .;:")
    if not text or re.match(r"^(none|nil|n/?a|no\s+apologies)\b", text, re.I):
        return []
    # split at separators, remembering which one came before each chunk
    # separators inside brackets ("(Cabinet Member for Children, Education and Skills)") do not split
    text = re.sub(r"\([^)]*\)", lambda m: m.group(0).replace(",", "\x00").replace(" and ", " \x01 ").replace(";", "\x02"), text)
    # nor does 'and' inside a job title ('Director of Children and Family Services')
    text = _ROLE_AND.sub(lambda m: m.group(0).replace(" and ", " \x01 "), text)
    parts = re.split(r"(,|;|\band\b|&|\s(?=(?:cllrs?|councillors?)\b)|(?<=\))\s(?=[A-Z]))", text, flags=re.I)
    parts = [p.replace("\x00", ",").replace("\x01", "and").replace("\x02", ";") if p else p for p in parts]
    chunks: list[tuple[str, str]] = []
    sep = ""
    for part in parts:
        if re.fullmatch(r",|;|and|&|\s", part or "", re.I):
            sep = (part or "").strip().lower() or sep or " "
            continue
        if part and part.strip():
            chunks.append((part.strip(), sep))
            sep = ""
    people: list[list] = []  # [name, role]
    pending_role = None
    for chunk, sep in chunks:
        words = chunk.split()
        # a leading plural title applies to the whole list ("Councillors Geary, Lewis")
        words = [w for w in words if not re.fullmatch(r"councillors|cllrs", w, re.I)] or words
        chunk = " ".join(words)
        # "Director of Children's Services (Helen Marsh)": a role with its holder's name in brackets
        held = re.fullmatch(r"(.*?)\s*\(([^()]+)\)", chunk)
        if held and (ROLE_WORDS.search(held[1]) or pending_role) and not re.search(r"\b(cllr|councillor)\b", held[1], re.I) \
                and _PERSON.fullmatch(held[2].strip()) and not ROLE_WORDS.search(held[2]):
            role = ", ".join(r for r in (pending_role, held[1].strip()) if r)
            people.append([held[2].strip(), role])
            pending_role = None
            continue
        # "J Smith (Chair)", "Jane Doe (Director of …)", "R Bellamy – Chairman": a name with its role
        bare = re.sub(r"\([^)]*\)|\s[-–]\s.*$", " ", chunk).strip()
        if ROLE_WORDS.search(bare) and not re.search(r"\b(cllr|councillor)\b", chunk, re.I):
            name, role = _name_after_role(chunk)
            if name:
                people.append([name, role])
            elif sep in ("and", "&", "") or not people:
                pending_role = chunk
            elif people[-1][1] is None:
                people[-1][1] = chunk
            else:  # 'Assistant Director, Safeguarding (Paul Edwards)': a role the next chunk goes on
                pending_role = chunk
            continue
        if not re.search(r"[A-Za-z]", chunk):
            continue
        people.append([chunk, pending_role])
        pending_role = None
    return [(n, r) for n, r in people]


def _name_after_role(chunk: str) -> tuple[str | None, str | None]:
    """'Parent Governor Representative Peter Marlow' → ('Peter Marlow', 'Parent Governor Representative')."""
    words = chunk.split()
    last_role = max((i for i, w in enumerate(words) if ROLE_WORDS.fullmatch(w.strip("(),"))), default=-1)
    rest = words[last_role + 1:]
    if rest and all(w[:1].isupper() for w in rest) and not re.match(r"^(of|for|and)$", rest[0], re.I):
        return " ".join(rest), " ".join(words[: last_role + 1])
    return None, chunk


def attendance_sections(text: str) -> list[tuple[str, str]]:
    """The attendance block → [(attendance kind, text after its label)]."""
    # a label alone on its line ("PRESENT") has no colon to mark it: give it one
    lines = [ln.strip() + (":" if _BARE_LABEL.fullmatch(ln.strip()) else "") for ln in (text or "").split("\n")]
    text = fold(" ".join(lines))
    marks = list(LABEL.finditer(text))
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        label = m.group(1).lower()
        kind = next(k for p, k in _LABELS if re.fullmatch(p, label, re.I))
        out.append((kind, text[m.end():end].strip(" :-–")))
    return out


# a full stop after an initial or a title ('Councillors D. Fry', 'Dr. Patel') does not end the sentence
_NOT_AN_INITIAL = r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)"


# a heading over the attendance, alone on its line: it ends the minutes sentence above it
_ATTENDANCE_HEADING = re.compile(r"^\s*(?:attendance|attendees|attending|(?:members\s+)?present)\s*:?\s*$", re.I)
_COLUMN_KINDS = ((r"(?:elected\s+)?members|councillors", "present"),) + _LABELS


_NAME_HEADER = re.compile(r"^(?:(?:board\s+)?members?|names?|attendees?)$", re.I)
_ATTENDED_HEADER = re.compile(r"^(?:attendance|attended|present\??|status)$", re.I)


def _attended(cell: str) -> str | None:
    """The attendance kind a row's cell says ('Present', 'Sent apologies', 'Attended')."""
    word = re.sub(r"^(?:sent|gave|tendered)\s+(?=apologies)|^attended$", lambda m: "present" if m.group(0) == "attended" else "",
                  fold(cell).strip(" .").lower())
    return next((k for p, k in _LABELS if re.fullmatch(p, word, re.I)), None)


def _attendance_rows(table: Table, header: list[str]) -> list[tuple[str, str, str | None]]:
    """A row per person ('Name | Role | Attendance'), a column saying whether they came: [(kind, name, role)]."""
    name = next((j for j, h in enumerate(header) if _NAME_HEADER.match(h)), None)
    said = next((j for j, h in enumerate(header) if _ATTENDED_HEADER.match(h)), None)
    if name is None or said is None:
        return []
    out = []
    for row in table.rows[1:]:
        cells = [fold(c.text) if c else "" for c in row]
        kind = _attended(cells[said]) if said < len(cells) else None
        if not kind or name >= len(cells) or not cells[name]:
            return []  # a row that does not say who came is no attendance list
        role = ", ".join(c for j, c in enumerate(cells) if c and j not in (name, said))
        out.append((kind, cells[name], role or None))
    return out


def attendance_table(tables: list[Table]) -> tuple[Table | None, list[tuple[str, str, str | None]]]:
    """Attendance laid out as a table, with a column per kind ('Members | Officers') or a row per person
    ('Name | Role | Attendance'): the table and [(kind, name, role)]."""
    for table in tables:
        if len(table.rows) < 2:
            continue
        header = [fold(c.text) if c else "" for c in table.rows[0]]
        if rows := _attendance_rows(table, header):
            return table, rows
        kinds = [next((k for p, k in _COLUMN_KINDS if re.fullmatch(rf"(?:{p})\s*:?", h, re.I)), None) for h in header]
        if not any(header) or any(h and k is None for h, k in zip(header, kinds)):
            continue
        out = []
        for col, kind in enumerate(kinds):
            people = [fold(r[col].text) for r in table.rows[1:] if col < len(r) and r[col] and r[col].text.strip()]
            if kind and people:
                out.extend((kind, name, role) for name, role in split_people("; ".join(people)))
        return table, out
    return None, []


# who stood in, in the bracket after the one who sent apologies: '(Councillor Fay Green substituting)',
# '(substituted by Cllr Green)', '(Cllr Green attended as substitute)'
_SUBSTITUTE_IN_ROLE = re.compile(
    r"^(?:(?:cllrs?\.?|councillors?)\s+)?(?P<a>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+(?:substituting|substituted|deputising"
    r"|(?:attended|attending|was\s+present)\s+as\s+(?:a\s+|the\s+)?substitute)\b.*$"
    r"|^(?:substituted\s+by|substitute\s*[:\-–]?|sub\s*[:\-–])\s*(?:(?:cllrs?\.?|councillors?)\s+)?"
    r"(?P<b>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})$", re.I)


def with_substitutes(attendees: list[dict]) -> list[dict]:
    """Attendees, each substitute named in another's bracket listed in their own right, as present in the
    other's place: 'Apologies: Cllr Brown (Cllr Green substituting)' is Brown's apologies and Green's attendance."""
    out = []
    for a in attendees:
        bracket = re.search(r"\s*\(([^()]+)\)\s*$", a["name_raw"])
        if m := _SUBSTITUTE_IN_ROLE.match(a.get("role") or ""):
            out.append({**a, "role": None})
        elif bracket and (m := _SUBSTITUTE_IN_ROLE.match(bracket.group(1).strip())):
            out.append({**a, "name_raw": a["name_raw"][:bracket.start()]})
        else:
            out.append(a)
            continue
        out.append({"name_raw": (m.group("a") or m.group("b")).strip(), "attendance": "substitute", "role": None})
    return out


def apologies_in(text: str) -> list[tuple[str, str]]:
    """Attendance stated in prose: 'Apologies for absence were received from …', '… was absent'."""
    out = []
    t = fold(text)
    for m in re.finditer(r"apologies\s+(?:for\s+absence\s+)?(?:were|was|had\s+been)\s+(?:received|submitted|given|tendered|noted)\s+"
                         r"(?:from|by|on\s+behalf\s+of)\s+(.+?)(?:%s\.(?=\s+[A-Z]|\s*$)|$)" % _NOT_AN_INITIAL, t, re.I):
        out.append(("apologies", m.group(1)))
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", t):
        m = re.match(r"^(.{2,80}?)\s+(?:was|were)\s+(?:also\s+)?absent\b", sentence)
        if m and re.match(r"^(councillors?|cllrs?\.?|[A-Z])", m.group(1)) and not re.search(r"\b(no|none|nobody|all)\b", m.group(1), re.I):
            out.append(("absent", m.group(1)))
        # 'Councillor Lee Green attended as a substitute (for Councillor Hall)': present, in another's place
        m = re.match(r"^(.{2,80}?)\s+(?:attended|was\s+present|were\s+present|attended\s+the\s+meeting)\s+as\s+(?:a\s+)?substitutes?\b",
                     sentence)
        if m and re.match(r"^(councillors?|cllrs?\.?|[A-Z])", m.group(1)):
            out.append(("substitute", m.group(1)))
    return out


def decisions(lines: list[str]) -> list[dict]:
    """Every RESOLVED / RECOMMENDED in an item's lines, each with its full text.

    A decision runs until its sentence ends; one that opens a list (ends with
    ':') runs on through its lettered or numbered parts, until a sentence ends
    and the next line is not another part.
    """
    out = []
    i = 0
    while i < len(lines):
        m = DECISION.search(lines[i])
        if not m:
            i += 1
            continue
        group = next(g for g in (1, 2, 3) if m.group(g))
        kind = "recommended" if m.group(group).lower().startswith("recommend") else "resolved"
        start = m.start(group)
        parts = [lines[i][start:].strip()]
        # "RESOLVED:" or a bare "RESOLVED" opens a list of parts
        is_list = parts[0].endswith(":") or bool(re.fullmatch(r"\w+\s*[:\-–]?\s*(that|THAT)?\s*[:\-–]?", parts[0]))
        j = i + 1
        while j < len(lines):
            line = lines[j].strip()
            if DECISION.match(line) or _DECISION_STOP.match(line) or is_item_heading_only(line):
                break
            prev = parts[-1].rstrip()
            ended = prev.endswith((".", "!", "?")) and not re.search(r"\b(e\.g|i\.e|etc|no|cllr|para|approx)\.$", prev, re.I)
            if ended and not line[:1].islower() and (not is_list or not _LIST_MARK.match(line)):
                break
            if prev.endswith(":"):
                is_list = True
            parts.append(line)
            j += 1
        out.append({"kind": kind, "text": fold(" ".join(parts))})
        i = j
    return out


# an action recorded in a minute's text: 'ACTION: The Director to circulate …', 'Action point – officers to …'
_ACTION_LINE = re.compile(r"^\s*(?:agreed\s+)?actions?(?:\s+points?)?\s*(?::|-|–|—)\s*(?P<text>.+)$", re.I)
# … or after a sentence on the same line: 'Members asked about absence. Action: the Head to report in June.'
_ACTION_AFTER = re.compile(r"(?<=[.!?])\s+(?:Agreed\s+)?(?:Action|ACTION)(?:\s+[Pp]oint)?\s*:\s*(?P<text>.+)$")


def actions_in(lines: list[str]) -> list[str]:
    """The actions an item's text records on 'ACTION:' lines, each with the lines it wraps onto.

    A label over a bare owner ('Action: HP', 'ACTION – Director') names who, not what, and gives none."""
    out = []
    i = 0
    while i < len(lines):
        m = _ACTION_LINE.match(lines[i]) or _ACTION_AFTER.search(lines[i])
        i += 1
        if not m:
            continue
        parts = [m.group("text").strip()]
        while i < len(lines):
            line = lines[i].strip()
            if not line or DECISION.match(line) or _ACTION_LINE.match(line) or _DECISION_STOP.match(line) or is_item_heading(line) \
                    or (parts[-1].endswith((".", "!", "?")) and not line[:1].islower()):
                break
            parts.append(line)
            i += 1
        text = fold(" ".join(parts))
        if len(text.split()) >= 4:
            out.append(text)
    return out


# who: the capitalised words an action opens with before 'to <verb>' ('Assistant Director, Safeguarding to
# circulate …', 'MD to circulate …'); a lower-case word other than a joining one means a sentence, not a name
_OWNER_FIRST = re.compile(r"^(?:[Tt]he\s+)?(?P<owner>[A-Z][\w'’&/.-]*(?:,?\s+(?:[A-Z][\w'’&/.-]*|of|for|and|in|&))*?)"
                          r"\s+to\s+[a-z]{3,}\b")
# by when: 'by 31st January 2025', 'by the end of March 2025', 'no later than 30/06/2024'
_DUE_IN_TEXT = re.compile(r"\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+)?(?P<due>"
                          r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{4}"
                          r"|\d{1,2}/\d{1,2}/\d{2,4})\b")


def owner_and_due(action: str) -> tuple[str | None, str | None]:
    """Who an action written as a sentence names first, and the deadline it sets, as printed.

    'Report noted. MD to circulate the audit by 30 June 2024.' → ('MD', '30 June 2024')."""
    owners = (_OWNER_FIRST.match(sentence) for sentence in re.split(r"(?<=[.;])\s+", action or ""))
    owner = next((m.group("owner").strip(" ,") for m in owners if m), None)
    due = _DUE_IN_TEXT.search(action or "")
    return owner, (due.group("due") if due else None)


def is_item_heading_only(line: str) -> bool:
    """A line that can only be a new heading (kept out of a decision's text)."""
    return bool(re.match(r"^(minute|item)\s+\d", line, re.I))


# ---------------------------------------------------------------- pages → lines

def running_lines(pages: list[Page]) -> set[str]:
    """Lines repeated at the top or bottom of several pages: running headers and footers."""
    if len(pages) < 2:
        return set()
    seen: Counter = Counter()
    for p in pages:
        lines = content_lines(p)
        edge = {_key(x) for x in lines[:3] + lines[-2:]}
        seen.update(edge)
    need = max(2, (len(pages) + 1) // 2)
    return {k for k, n in seen.items() if n >= need and k}


def _key(line: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", line.lower().replace("’", "'")).strip()


def body_lines(pages: list[Page], title_words: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """(page, line) for a run of pages, without page numbers and running headers/footers.

    A running line is one repeated at the top or bottom of several pages, or,
    on a page after the first, a top line made only of the committee's name,
    the meeting date and words like 'Minutes' ('SCRUTINY PANEL – 12 March 2025').
    """
    running = running_lines(pages)
    out = []
    for k, p in enumerate(pages):
        lines = content_lines(p)
        n = len(lines)
        for idx, line in enumerate(lines):
            if PAGE_NUMBER.match(line):
                continue
            # a running line is only dropped where running lines sit: a page's top or bottom
            if (idx < 3 or idx >= n - 2) and _key(line) in running:
                continue
            if k and idx < 3 and title_words and _only_title(line, title_words) and not is_item_heading(line):
                continue
            out.append((p.number, line))
    return out


_HEADER_FILLER = re.compile(r"\b(minutes?|continued|cont|draft|page|\d{1,3}|of|meeting|the|held|on|"
                            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _only_title(line: str, title_words: tuple[str, ...]) -> bool:
    k = f" {_key(line)} "
    for t in title_words:
        tk = _key(t)
        if tk:
            k = k.replace(f" {tk} ", " ")
    return not _HEADER_FILLER.sub(" ", k).strip()


def _dotted_title(title: str) -> bool:
    """'Minutes of the previous meeting.': a short heading some councils close with a full stop."""
    return title.endswith(".") and len(title) <= 80 and ". " not in title[:-1]


def _caps_title_goes_on(title: str, line: str) -> bool:
    """A title in capitals wraps onto a line in capitals ('… HELD ON 24' / 'NOVEMBER 2023'), unless that line
    is a decision, an action or a label of its own ('RESOLVED', 'ACTION:')."""
    return title.isupper() and line.isupper() and len(line) < 60 and not line.rstrip().endswith(":") \
        and not DECISION.search(line) and not _ACTION_LINE.match(line) and not is_item_heading(line)


def numbered_items(lines: list[tuple[int, str]], start: int = 0, dotted: bool = False) -> list[dict]:
    """Numbered items in order: each heading's number must follow the one before it.

    ``dotted``: also take headings that end with a full stop (tried when none is found without):
    otherwise a numbered sentence ('1. The panel noted the report.') would pass for a heading.
    """
    heads = []
    last = None
    for idx in range(start, len(lines)):
        page, line = lines[idx]
        h = is_item_heading(line)
        if not h:
            continue
        number, n, title = h
        plain = not title.endswith(".") or (dotted and _dotted_title(title))
        if dotted and _dotted_title(title):
            title = title[:-1]
        if last is None:
            ok = len(title) <= 120 and plain
        else:
            step = n - last
            ok = step == 1 or (1 < step <= 3 and len(title) <= 80 and plain and not title.endswith((",", ";")))
        if ok:
            heads.append((idx, number, title))
            last = n
    if dotted and (len(heads) < 2 or any(b[0] == a[0] + 1 for a, b in zip(heads, heads[1:]))):
        return []  # full-stopped lines one after another, or a lone one, are a numbered list, not items
    items = []
    for k, (idx, number, title) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        body = [ln for _, ln in lines[idx + 1:end]]
        # a title that wraps: "Update on … following" / "the Peer Review"
        while body and len(title) >= 40 and (body[0][:1].islower() or _CONNECTOR.search(title)
                                             or _caps_title_goes_on(title, body[0])) and len(body[0]) < 90 \
                and not body[0].rstrip().endswith("."):
            title = f"{title} {body.pop(0)}"
        stop = next((i for i, ln in enumerate(body) if MEETING_END.match(ln)), None)
        if stop is not None:
            body = body[:stop]
        items.append({"number": number, "title": fold(title), "page": lines[idx][0], "lines": body})
    return items


# ---------------------------------------------------------------- meetings

_BODY_NAME_END = re.compile(r"\b(?:committee|board|panel|forum|cabinet|council|partnership|group|commission)\s*$", re.I)


def _committee(lines: list[str]) -> str | None:
    """The committee's name from a title block."""
    for line in lines:
        m = re.match(r"^(?:draft\s+)?minutes\s+of\s+(?:a|the)\s+(?:(?:special|extraordinary|ordinary|annual)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(.+?)"
                     r"(?:\s+(?:held|on|at|which)\b|\s*$)", line, re.I)
        if m and not re.fullmatch(r"(meeting|minutes)", m.group(1), re.I):
            return m.group(1).strip(" ,")
        m = re.match(r"^notice\s+of\s+(?:a\s+|the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(.+)$", line, re.I)
        if m and not re.fullmatch(r"meeting", m.group(1).strip(), re.I):
            return m.group(1).strip(" ,")
    named = [ln for ln in lines if re.search(r"\b(committee|board|panel|cabinet|forum|sub-committee|scrutiny)\b", ln, re.I)
             and not re.match(r"^(minutes|date|venue|time|membership|all\s+members)\b", ln, re.I) and len(ln) < 120]
    return named[0].strip(" ,") if named else None


def _rejoined(header: list[str], after: list[str]) -> list[str]:
    """A title block whose last line breaks inside the committee's name ('… OVERVIEW AND' / 'SCRUTINY
    COMMITTEE held at …', '… Scrutiny' / 'Committee') with that line joined to the next."""
    if header and after and (_CONNECTOR.search(header[-1]) or re.match(r"^(?:sub-)?(?:committee|board|panel|forum)\b",
                                                                          after[0], re.I)):
        return header[:-1] + [f"{header[-1]} {after[0]}"]
    return header


def _without_trailing_headings(lines: list[str]) -> list[str]:
    """The attendance block without the part heading printed just above the first item ('UNRESTRICTED
    ITEMS', 'PART A'): a line in capitals with no comma, bracket or title is no list of people."""
    while lines and lines[-1].isupper() and not re.search(r"[,()]", lines[-1]) \
            and not any(_TITLE_WORD.match(w) for w in lines[-1].split()) and not LABEL.search(lines[-1] + ":"):
        lines = lines[:-1]
    return lines


# minutes kept as a table: a column naming the item and one recording what was said (and what was decided)
_ITEM_HEADER = re.compile(r"^(?:agenda\s+)?(?:item|subject|topic|title)s?\b|^minute\b", re.I)
_NOTES_HEADER = re.compile(r"\b(?:discussion|notes?|minutes?|summary|points?\s+raised|record|comments?)\b", re.I)
_DECIDED_HEADER = re.compile(r"\b(?:decisions?|resolutions?|resolved|agreed|outcomes?)\b", re.I)
_NUMBERED_TITLE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})?)[.):]?\s+(\S.*)$", re.S)


def _header(table: Table) -> list[str]:
    return [" ".join(c.text.split()) if c else "" for c in table.rows[0]] if table.rows else []


def item_columns(header: list[str]) -> tuple[int, int] | None:
    """(item column, discussion column) of a header of minutes kept as a table, or None."""
    item_col = next((i for i, h in enumerate(header) if _ITEM_HEADER.match(h)), None)
    notes_col = next((i for i, h in enumerate(header) if i != item_col and _NOTES_HEADER.search(h)), None)
    return None if item_col is None or notes_col is None else (item_col, notes_col)


def table_items(pages: list[Page]) -> list[dict]:
    """Items of minutes kept as a table ('Item | Discussion | Decision'): one per row whose item cell is numbered.

    Text read line by line runs such a table's columns together; its cells keep them apart. A decision
    column's cells are what was resolved; an action column is an action sheet, read elsewhere.
    """
    items = []
    for page in pages:
        for table in page.tables:
            header = _header(table)
            columns = item_columns(header)
            if columns is None:
                continue
            item_col, notes_col = columns
            decided_col = next((i for i, h in enumerate(header) if i not in (item_col, notes_col) and _DECIDED_HEADER.search(h)), None)
            for row in table.rows[1:]:
                cells = [c.text if c else "" for c in row]
                m = _NUMBERED_TITLE.match(cells[item_col] if item_col < len(cells) else "")
                if not m:
                    if items and any(t.strip() for t in cells):  # the row goes on over a page
                        items[-1]["lines"] += [ln for c in cells for ln in c.split("\n") if ln.strip()]
                    continue
                decided = cells[decided_col].strip() if decided_col is not None and decided_col < len(cells) else ""
                notes = cells[notes_col] if notes_col < len(cells) else ""
                items.append({"number": m.group(1), "title": fold(m.group(2)), "page": page.number, "header": header,
                              "lines": [ln for ln in (notes + "\n" + decided).split("\n") if ln.strip()],
                              "decided": [{"kind": "resolved", "text": fold(decided)}] if decided else []})
    return items if len(items) >= 2 else []


def _labelled(lines: list[str], label: str) -> str | None:
    for line in lines:
        m = re.match(rf"^\s*(?:{label})\s*:?\s+(?P<value>.+)$", line, re.I)
        if m:
            return m.group("value").strip()
    return None


def minutes_meeting(pages: list[Page], segment: dict | None) -> dict | None:
    """The meeting a minutes segment records: header, attendance and items."""
    first = content_lines(pages[0])
    head_end = next((i for i, ln in enumerate(first[:15]) if re.match(r"^(draft\s+)?minutes\b", ln, re.I) or NOTES_LINE.match(ln)), None)
    if head_end is None:
        # no "Minutes of …" line: the title block is whatever sits above "Present"
        present = next((i for i, ln in enumerate(first[:15]) if PRESENT_LINE.match(ln)), None)
        if not present:
            return None
        head_end = present - 1
    # a title block split over two lines ("Notice of … Scrutiny" / "Committee") is rejoined
    header = first[: head_end + 1]
    header_text = " ".join(header)
    minutes_line = first[head_end]
    # "Minutes of a meeting … held in Committee / Room 2, Civic Centre on Tuesday …": a sentence wrapped
    # over lines, up to the attendance list
    sentence = minutes_line
    for ln in first[head_end + 1: head_end + 3]:
        if PRESENT_LINE.match(ln) or LABEL.match(ln) or is_item_heading(ln) or _ATTENDANCE_HEADING.match(ln):
            break
        sentence += " " + ln
    # a bare 'Minutes' line with the committee and 'Date:', 'Time:', 'Venue:' lines under it
    below = first[head_end + 1: head_end + 6]
    below = below[:next((i for i, ln in enumerate(below) if PRESENT_LINE.match(ln)), len(below))]
    committee = _committee(_rejoined(header, first[head_end + 1: head_end + 2])) or _committee(below[:2])
    # 'MINUTES of the meeting of the CHILDREN AND EDUCATION' / 'SCRUTINY SUB-COMMITTEE held on …': the name
    # wraps with the sentence; it ends in the body's kind of name, which a cut-off name does not
    whole = _committee([sentence])
    if whole and committee and whole.startswith(committee) and _BODY_NAME_END.search(whole) \
            and not _BODY_NAME_END.search(committee):
        committee = whole
    date = find_date(sentence) or find_date(header_text) or find_date(" ".join(first[head_end + 1: head_end + 4]))
    time = find_time(sentence) or find_time(" ".join(first[head_end + 1: head_end + 3])) \
        or find_time(_labelled(below, r"(?:start\s+)?time") or "")
    venue = None
    m = re.search(r"\bheld\s+(?:at|in)\s+(?:the\s+)?(.+?),?\s+on\s+", sentence, re.I)
    if m and find_time(m.group(1)) != m.group(1).strip():  # 'held at 7.00 pm on …' names a time, not a place
        venue = m.group(1).strip()
    # the place after the time or the date: '… 7.00 pm in the Council Chamber', '… 14 February 2024 at the Town Hall',
    # '… 5.00 pm, Room 4, Civic Offices'
    m = re.search(r"\b(?:am|pm|a\.m\.|p\.m\.|\d{2}:\d{2}|(?:19|20)\d\d)(?:,?\s+(?:in|at)\s+(?:the\s+)?|,\s+)([A-Z].+)$",
                  sentence)
    if not venue and m:
        venue = m.group(1).strip(" .")
    venue = venue or _labelled(first[: head_end + 6], r"(venue|place|location)")
    lines = body_lines(pages, tuple(x for x in (committee, date) if x))
    if not time:  # 'The meeting started at 7.00 pm and ended at 9.15 pm', printed at the end instead
        time = next((find_time(m.group(1)) for _, ln in lines if (m := _STARTED_AT.search(ln))), None)
    # skip the header lines themselves on the first page
    start = 0
    for i, (pg, ln) in enumerate(lines):
        if pg == pages[0].number and ln == minutes_line:
            start = i + 1
            break
    tabled = table_items(pages)
    items = tabled or numbered_items(lines, start) or numbered_items(lines, start, dotted=True)
    if tabled:  # attendance ends where the table of items starts: at its header line
        header = set(" ".join(tabled[0]["header"]).split())
        first_item = next((i for i, (_, ln) in enumerate(lines) if i >= start and set(ln.split()) <= header), len(lines))
    else:
        first_item = next((i for i, (pg, ln) in enumerate(lines) if items and pg == items[0]["page"] and is_item_heading(ln)
                           and is_item_heading(ln)[0] == items[0]["number"]), len(lines))
    block_lines = [ln for _, ln in lines[start:first_item]]
    attendance_grid, tabled_attendance = attendance_table(pages[0].tables)
    if tabled_attendance:  # its cells' lines run the columns together: read it by cell instead
        words = {w for r in attendance_grid.rows for c in r if c for w in c.text.split()} | {
            w for t in pages[0].tables for c in t.rows[0] if c for w in c.text.split()}
        block_lines = [ln for ln in block_lines if not set(ln.split()) <= words]
    block = "\n".join(_without_trailing_headings(block_lines))
    attendees = [{"name_raw": name, "attendance": kind, "role": role} for kind, name, role in tabled_attendance]
    for kind, text in attendance_sections(block):
        for name, role in split_people(text):
            attendees.append({"name_raw": name, "attendance": kind, "role": role})
    # apologies and absences often sit in the first items' prose instead
    listed = {a["attendance"] for a in attendees}
    prose = [block] + [" ".join(item["lines"]) for item in items[:4]]
    for text_ in prose:
        for kind, text in apologies_in(text_):
            if kind in listed:
                continue
            for name, role in split_people(text):
                attendees.append({"name_raw": name, "attendance": kind, "role": role})
    attendees = with_substitutes(attendees)
    for item in items:
        item["resolutions"] = item.pop("decided", None) or decisions(item["lines"])
        item["actions"] = actions_in(item["lines"])
        item.pop("header", None)
        item["text"] = fold(" ".join(item.pop("lines")))
    return {"kind": "minutes", "committee": committee, "date_raw": date, "time_raw": time, "venue": venue,
            "page": pages[0].number, "segment_id": segment["segment_id"] if segment else None,
            "attendees": attendees, "items": items}


def agenda_meeting(pages: list[Page], segment: dict | None) -> dict | None:
    """The meeting a front sheet and agenda summon, with the agenda's items."""
    first = content_lines(pages[0])[:25]
    date_line = _labelled(first, r"date(\s+and\s+time)?")
    time_line = _labelled(first, r"time")
    date = find_date(date_line or "") or find_date(" ".join(first))
    if date is None:
        return None
    head = []
    for ln in first:
        if re.match(r"^(date|time|venue|place|location|membership)\b", ln, re.I):
            break
        head.append(ln)
    # "Notice of Children's Services Overview and Scrutiny" / "Committee": rejoin a wrapped title
    joined = [" ".join(head)] if head and re.match(r"^notice\s+of\b", head[0], re.I) else head
    committee = _committee(joined) or _committee(first)
    time = find_time(time_line or "") or find_time(date_line or "")
    venue = _labelled(first, r"(venue|place|location)")
    lines = body_lines(pages)
    items = numbered_items(lines)
    for item in items:
        body = item.pop("lines")
        ranges = [ln for ln in body if re.match(r"^\s*\d{1,4}\s*[-–]\s*\d{1,4}\s*$", ln)]
        item["pages_raw"] = ranges[0] if ranges else None
        item["text"] = fold(" ".join(ln for ln in body if ln not in ranges))
        item["resolutions"] = []
    return {"kind": "agenda", "committee": committee, "date_raw": date, "time_raw": time, "venue": venue,
            "page": pages[0].number, "segment_id": segment["segment_id"] if segment else None,
            "attendees": [], "items": items}


# ---------------------------------------------------------------- action sheets

_STATUS = re.compile(r"^(actioned|action|completed?|done|ongoing|in\s+progress|closed|open|outstanding|pending|update[d]?|"
                     r"status|not\s+started|deferred|superseded)\b\s*[-–:]", re.I)


_OWNER_OR_DUE = re.compile(r"\b(?:owner|lead|responsib\w*|by\s+whom|who|due|deadline|by\s+when|target\s+date|date)\b", re.I)
# who is to do it: 'Owner', 'Lead officer', 'Action by', 'By whom', 'Responsible'
_OWNER = re.compile(r"\b(?:owners?|lead|officers?|responsib\w*|by\s+whom|who|action\s+by|assigned\s+to)\b", re.I)
# by when: 'Due', 'Deadline', 'By when', 'Target date', 'Timescale'; not when it was raised or done
_DUE = re.compile(r"\b(?:due|deadline|by\s+when|target\s+date|timescales?|date\s+for\s+completion|completion\s+date|by\s+date)\b", re.I)
_NOT_DUE = re.compile(r"\b(?:agreed|raised|logged|added|meeting|completed|closed|actual)\b", re.I)
_RAG = re.compile(r"^(?:rag|b?rag\s+(?:status|rating)|rating)$", re.I)


def action_columns(header: list[str], logged: bool = False) -> dict[str, int] | None:
    """Which column of an action-sheet header holds the minute number, item, action and status.

    ``logged``: the table stands under an action log's own title, where actions need not cite a minute
    ('No. | Action | Owner | Due | Status'); elsewhere a table is an action sheet only if they do."""
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        h = fold(h).lower()
        if "minute" not in cols and re.search(r"\bmin(ute)?s?\b|\bmin\.?\s*no|\bref\b", h):
            cols["minute"] = i
        elif "item" not in cols and re.search(r"\b(item|subject|title|report|topic)\b", h):
            cols["item"] = i
        elif "action" not in cols and re.search(r"\b(action|decision|resolution|request)", h) \
                and not re.search(r"\b(by|owner|lead|officer|date)\b", h):
            cols["action"] = i
        elif "owner" not in cols and _OWNER.search(h):
            cols["owner"] = i
        elif "due" not in cols and _DUE.search(h) and not _NOT_DUE.search(h):
            cols["due"] = i
        elif "rag" not in cols and _RAG.search(h):
            cols["rag"] = i
        elif "status" not in cols and re.search(r"\b(status|progress|update|response|comment)", h):
            cols["status"] = i
    if "action" in cols and ("minute" in cols or "item" in cols):
        return cols
    if logged and "action" in cols and ("status" in cols or any(_OWNER_OR_DUE.search(fold(h)) for h in header)):
        return cols
    return None


# an 'Action / Decision' cell that records only the decision ('Agreed.', 'Noted') asks nobody to do anything
_ONLY_DECIDED = re.compile(r"^(?:agreed|noted|approved|accepted|endorsed|none|n/?a|no\s+actions?)\.?$", re.I)


def split_status(cell: str) -> tuple[str, str | None]:
    """An action cell that ends with its status line → (action, status)."""
    lines = [ln.strip() for ln in (cell or "").split("\n") if ln.strip()]
    for i, ln in enumerate(lines):
        if i > 0 and _STATUS.match(ln):
            return fold(" ".join(lines[:i])), fold(" ".join(lines[i:]))
    return fold(" ".join(lines)), None


_ITEM_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?[a-z]?\.?|[A-Z]{2,5}/\d{2,4}/\d{1,4}")
_STOPWORDS = frozenset("the a an to of and for on in at by with from all be is are this that its their".split())


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS and len(w) > 1}


def same_action(row: dict, minute: str | None, action: str) -> bool:
    """Whether an action the minutes' text records is one the action sheet already lists: the sheet's
    words are (almost all) in it, under the same minute when both give one ('Circulate the revised
    strategy to members' and 'Head of Early Help to circulate the revised strategy to members by …')."""
    if row.get("minute_number") and minute and fold(row["minute_number"]) != fold(minute):
        return False
    listed, said = _content_words(row["action"]), _content_words(action)
    return bool(listed) and len(listed & said) >= 0.8 * len(listed)


def _folded(texts: list[str], i: int) -> str | None:
    return fold(texts[i]) or None


def action_sheet_rows(tables: list[Table], logged: bool = False) -> list[dict]:
    """One row per action of the action-sheet tables; blank minute cells carry the one above.
    ``logged``: see ``action_columns``."""
    rows_out = []
    cols = None
    ncols = None
    minute = item = None
    for table in tables:
        for r, row in enumerate(table.rows):
            texts = [c.text if c else "" for c in row]
            found = action_columns(texts, logged) if r <= 1 else None
            if found:
                cols, ncols = found, len(texts)
                continue
            if cols is None or len(texts) != ncols:
                continue
            filled = [t for t in texts if t.strip()]
            if len(filled) <= 1 and not texts[cols["action"]].strip():
                continue  # a section row: "Actions arising from the meeting of …"
            m_cell = fold(texts[cols["minute"]]) if "minute" in cols else ""
            i_cell = fold(texts[cols["item"]]) if "item" in cols else ""
            if not m_cell and _ITEM_NUMBER.fullmatch(i_cell):
                m_cell, i_cell, item = i_cell, "", None  # an 'Item' column of numbers numbers the minutes
            if m_cell or i_cell:
                minute, item = m_cell or None, i_cell or item
            action, status = split_status(texts[cols["action"]])
            if "status" in cols and texts[cols["status"]].strip():
                status = fold(texts[cols["status"]])
            if not action or _ONLY_DECIDED.match(action):
                continue
            # a sheet with a RAG column but no status column: the RAG cell is the status printed
            status_cell = row[cols["status"]] if "status" in cols else None
            rag_cell = row[cols["rag"]] if "rag" in cols else status_cell
            if status is None and rag_cell is not None and rag_cell.text.strip():
                status = fold(rag_cell.text)
            # a sheet with no owner or due column may name them in the action's words
            said_owner, said_due = owner_and_due(action)
            rows_out.append({"minute_number": minute, "item": item, "action": action, "status_raw": status,
                             "owner_raw": _folded(texts, cols["owner"]) if "owner" in cols else said_owner,
                             "due_raw": _folded(texts, cols["due"]) if "due" in cols else said_due,
                             "rag_text": fold(rag_cell.text) or None if rag_cell else None,
                             "rag_colour": rag_cell.fill if rag_cell else None,
                             "page": table.page})
    return rows_out


# ---------------------------------------------------------------- the extractor

def extract_minutes(pages: list[Page], paper: Paper, found: dict) -> dict | None:
    """Meetings (minutes held and agenda summoned), their items and decisions, and action sheets."""
    if not pages:
        return None
    segments = found.get("segments") or []
    by_number = {p.number: p for p in pages}

    def pages_of(seg):
        return [by_number[n] for n in range(seg["first_page"], seg["last_page"] + 1) if n in by_number]

    meetings = []
    for k, seg in enumerate(segments):
        if seg["kind"] == "minutes":
            run = pages_of(seg)
            after = segments[k + 1] if k + 1 < len(segments) else None
            if after and after["kind"] == "action_sheet" and after["first_page"] in by_number:
                # the last minutes run on above the action log's title on its first page
                head = lines_before_cue(by_number[after["first_page"]])
                if head:
                    run = run + [replace(by_number[after["first_page"]], text="\n".join(head), words=[], rects=[], tables=[])]
            m = minutes_meeting(run, seg)
            if m:
                meetings.append(m)
    if not any(m for m in meetings) and paper.doc_type == "minutes_pack" and not any(s["kind"] == "minutes" for s in segments):
        m = minutes_meeting(pages, None)
        if m:
            meetings.append(m)
    # the summoned meeting: front sheet and the agenda that follows it
    front = [s for s in segments if s["kind"] in ("front_sheet", "agenda")]
    if front and paper.doc_type in ("minutes_pack", "other"):
        run = [front[0]] + [s for s in front[1:] if s["first_page"] <= front[0]["last_page"] + 3]
        agenda_pages = [p for s in run for p in pages_of(s)]
        m = agenda_meeting(agenda_pages, run[0])
        if m and (m["items"] or paper.doc_type == "minutes_pack"):
            meetings.append(m)
    sheet_pages = [p for s in segments if s["kind"] == "action_sheet" for p in pages_of(s)]
    fallback = paper.doc_type == "minutes_pack" and not sheet_pages
    if fallback:
        # a report or appendix the pack carries (an improvement plan's progress) is no log of the committee's
        sheet_pages = [p for p in pages if p.tables
                       and (segment_at(segments, p.number) or {}).get("kind") not in ("report", "appendix")]
    # minutes kept as a table record decisions, not actions, unless a column says it holds actions
    tables = [t for p in sheet_pages for t in p.tables
              if item_columns(_header(t)) is None or any(re.search(r"\bactions?\b", h, re.I) for h in _header(t))]
    if not meetings and not tables:
        return None
    sheet = action_sheet_rows(tables, logged=bool(sheet_pages) and not fallback)
    # actions the minutes record in an item's text, unless the pack's action sheet lists them too
    for m in meetings:
        for item in m["items"]:
            for action in item.pop("actions", None) or []:
                if not any(same_action(r, item["number"], action) for r in sheet):
                    owner, due = owner_and_due(action)
                    sheet.append({"minute_number": item["number"], "item": item["title"], "action": action,
                                  "status_raw": None, "owner_raw": owner, "due_raw": due, "page": item["page"],
                                  "source": "minutes"})
    return {"meetings": meetings, "action_sheet": sheet}
