"""Action rows of plan tables (improvement, action and development plans, DIPs).

A plan table is recognised by what its header cells mean, not by what they
are called or which kind of paper holds it: an action column plus a lead,
deadline, status or progress column, or a lead and a deadline column under
a merged heading cell. Each column gets a role (``ref``, ``action``, ``lead``,
``deadline``, ``rag``, ``progress``, ``success``, ``impact``,
``recommendations``, ``finding``); the rows are then read by role.

Tables that run over pages continue the last plan table when their columns
line up with it; their first row is joined to the row before when it does
not start a new action (no ref, no new finding title). One table row that
lists numbered actions ("1. … 2. …") in its action cell gives one action per
number, sharing the row's other cells.

Sections come, most specific first, from the bold title of a finding cell,
a full-width band row inside the table, the merged header cell above the ref
and action columns, or the heading printed above the table.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from extract.colours import is_saturated
from extract.tables import is_white, words_in
from scrutineer.model import Cell, Page, Paper, Rect, Table, Word, segment_at

ROLES = ("ref", "action", "lead", "deadline", "rag", "progress", "success", "impact", "recommendations", "finding")

# Header wording → column role, tried in order: "Action owner" is a lead and
# "Status update" is progress, so those tests come before "action" and "status".
_HEADER_RULES: tuple[tuple[str | None, str], ...] = (
    ("ref", r"^(?:(?:action\s+)?(?:ref(?:erence)?\.?(?:\s*no\.?)?|no\.?|number)|id|#|item)$"),
    # when an action was agreed or logged, not when it is due
    (None, r"\bstart|\braised\b|\bopened\b|\badded\b|date\s+(?:\w+\s+)?(?:agreed|logged|identified|created)|(?:agreed|logged|identified|created)\s+(?:on|date)|"
           r"last\s+updated?|date\s+(?:of\s+)?(?:last\s+)?update|"
           r"date\s+(?:actually\s+)?(?:completed|closed|achieved)|(?:completed|closed)\s+(?:date|on)|actual\s+(?:completion|end)|"
           # a work programme's meeting date is when an item is heard, not when anything is due
           r"(?:meeting|committee|board|panel)\s+date|date\s+of\s+(?:the\s+)?(?:meeting|committee|board|panel)|^meeting$"),
    ("lead", r"\blead(?!ership)|\bowner|responsib|accountab|\bwho(?:m)?\b|^sros?$"),
    ("progress", r"\bto\s+date\b"),  # 'Progress to date' is no date
    (None, r"^evidence\s+of\s+(?:completion|delivery)$"),  # when it was done is evidenced there, not due
    # 'End' beside 'Start': when the work is to end
    ("deadline", r"deadline|time\s*-?\s*scale|time\s*frame|\bdate|\bdue\b|by when|\bwhen\b|completion|^(?:end|finish|by)$"),
    ("rag", r"\bb?rag\b"),
    ("progress", r"progress|update|(?:current|latest) position|commentary|\bcomments?\b|^position\b|position statement"),
    ("rag", r"\brating\b|\bstatus\b"),
    ("success", r"success|measure|how (?:will we|we will) know|\bkpis?\b|outcome|evidence of (?:impact|success)|\btargets?\b"),
    ("impact", r"\bimpact|difference (?:made|it has made)|what difference (?:has|have|did)"),
    ("success", r"what does good look like|what difference (?:will|would|should)"),
    ("action", r"\bactions?\b|how we will|what (?:we )?will|activit|\btasks?\b|deliverable|\bsteps?\b"),
    ("recommendations", r"recommendation|\brecs?\b"),
    ("finding", r"finding|areas? (?:for|of) (?:development|improvement|weakness|concern)|\bissues?\b|priorit|objective|"
                r"\btheme|what needs to"),
)
_REF = re.compile(r"^(?:[A-Z]{0,3}\d{1,3}(?:\.\d{1,3})*[a-z]?|[a-z]\)?|[ivx]+)\*?$", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")
# bullet glyphs only: a leading dash is often part of the text ("… Development\n- Alison Bramley")
_BULLET = re.compile(r"^\s*[\u2022\u00b7\u25aa\u25e6\u2023\u2043\u25cf\uf0b7\uf0a7\uf076\uf0d8o]\s+")
# "1. The quality of …", "(2) Timeliness …", "3) …": the number a recommendation's text starts with
_LEADING_NUMBER = re.compile(r"^\(?(\d{1,2})[.):]\s+\S")
_REC_IN_TEXT = re.compile(r"\brecommendations?\s*(?:no\.?\s*)?(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)", re.IGNORECASE)
# "Completed actions", "Actions completed", "Closed items", "Complete": a heading over finished work
_COMPLETED = re.compile(r"^(?:(?:completed?|closed|finished)\s+(?:actions?|items?|tasks?)|(?:actions?|items?|tasks?)\s+"
                        r"(?:(?:now|already|that\s+are)\s+)?(?:completed?|closed|finished)|completed?|closed)\b", re.IGNORECASE)
_PAGE_FURNITURE = re.compile(r"^(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,4})$", re.IGNORECASE)
# a band row this long is context prose (objectives), not a heading
_BAND_MAX_WORDS = 16
_SECTION_CUE = re.compile(r"^(?:(?:ofsted\s+)?recommendation|service finding|finding|(?:strategic\s+)?priority|theme|"
                          r"objective|outcome|area|workstream|section|part)\b|^(?:\d{1,2}|[a-z])[.)]\s", re.IGNORECASE)


# a header cell that names a numbered part of the plan is the section, not a column name
_NUMBERED_SECTION = re.compile(r"^(?:strategic\s+)?(?:priority|objective|theme|outcome|workstream|(?:ofsted\s+)?recommendation|"
                               r"(?:service\s+)?finding|area)\s*(?:\d{1,2}|[a-z]\b|one|two|three|four|five)\s*[:.\-\u2013]?", re.IGNORECASE)


def header_role(text: str) -> str | None:
    """The role of a column from its header wording, or None."""
    t = " ".join(text.lower().split()).strip(" :?")
    if not t:
        return None
    for role, pattern in _HEADER_RULES:
        if re.search(pattern, t):
            return role  # None for columns that look like one of ours but are not ("Start date")
    return None


def clean_text(text: str | None) -> str:
    """Cell text → one paragraph: bullets dropped, line-end hyphens kept joined, spaces folded."""
    if not text:
        return ""
    parts: list[str] = []
    for line in text.split("\n"):
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        if parts and parts[-1].endswith("-") and len(parts[-1]) > 1 and parts[-1][-2].isalpha() and line[:1].islower():
            parts[-1] = parts[-1] + line  # a word broken over two lines: "pre-" + "birth"
        else:
            parts.append(line)
    return " ".join(" ".join(parts).split())


def numbered_items(lines: list[tuple[str, int]]) -> list[tuple[int, str, int]] | None:
    """Split lines of an action cell into numbered actions (number, text, page).

    The cell must open with a list marker ("1. ", "4) "); later items are
    the lines that carry the next number, so numbers inside the text do not split it.
    """
    first_match = _NUMBERED.match(lines[0][0]) if lines else None
    if not first_match:
        return None
    items: list[tuple[int, list[str], int]] = []
    expect = int(first_match.group(1))
    for text, page in lines:
        m = _NUMBERED.match(text)
        if m and int(m.group(1)) == expect:
            items.append((expect, [m.group(2)], page))
            expect += 1
        elif items:
            items[-1][1].append(text)
    return [(n, clean_text("\n".join(t)), p) for n, t, p in items]


def numbered_parts(text: str) -> dict[int, str]:
    """``1. DM 2. DM/AxB`` → {1: 'DM', 2: 'DM/AxB'}; {} when the cell is not numbered."""
    t = " ".join((text or "").split())
    marks = list(re.finditer(r"(?:^|\s)(\d{1,2})[.)]\s+", t))
    if not marks or marks[0].start() != 0:
        return {}
    out = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(t)
        out[int(m.group(1))] = t[m.end():end].strip()
    return out


_OWN_REF = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+[a-z]?|\d{1,2}[a-z])\*?\s")


def own_ref(action: str, ref: str | None) -> str | None:
    """The ref an action's text opens with ('1.1 Strengthen …', '1a Implement …'), when the row has no
    ref of its own or only the number the action's ref extends (a recommendation's '1' merged down its rows)."""
    m = _OWN_REF.match(action or "")
    if not m:
        return None
    own = m.group(1)
    return own if ref is None or re.fullmatch(re.escape(ref) + r"(?:\.\d{1,2})*[a-z]?", own) and own != ref else None


def recommendations_in(text: str | None) -> str | None:
    """'Ofsted recommendation 3: …' → '3'; None when the text names none."""
    if not text:
        return None
    m = _REC_IN_TEXT.search(text)
    return m.group(1) if m else None


# ---------------------------------------------------------------- column mapping

@dataclass
class Layout:
    """How one plan table's columns map to roles."""

    roles: dict[int, str]  # column index → role
    xs: list[float | None]  # left edge of each column, to recognise continuation tables
    header_section: str | None = None
    header_rows: int = 1
    # the finding column is headed "Ofsted recommendation": a number leading its text is the recommendation's
    numbered_recommendations: bool = False
    # a role's header spanning columns split by a second header row ('RAG rating' over 'Q1 | Q2 | Q3'):
    # the role's column → all the columns under it, the latest (rightmost) filled one counting
    spans: dict[int, list[int]] = field(default_factory=dict)


def _column_xs(table: Table) -> list[float | None]:
    n = max(len(r) for r in table.rows)
    xs: list[float | None] = [None] * n
    for row in table.rows:
        for i, c in enumerate(row):
            if c is not None and xs[i] is None:
                xs[i] = c.x0
    return xs


def _body_texts(table: Table, start: int, col: int, bands: bool = True) -> list[str]:
    """The column's filled cells below the header; ``bands=False`` leaves out rows with one filled cell (a band)."""
    return [clean_text(r[col].text) for r in table.rows[start:] if col < len(r) and r[col] is not None and r[col].text.strip()
            and (bands or sum(c is not None and bool(c.text.strip()) for c in r) > 1)]


def _looks_like_refs(texts: list[str]) -> bool:
    if texts and all(re.fullmatch(r"[RAGB]{1,2}", t) for t in texts):
        return False  # 'R', 'A', 'G', 'B': statuses in letters
    return bool(texts) and sum(bool(_REF.match(t)) for t in texts) >= 0.8 * len(texts)


# recommendation numbers as plans print them: '2 and 3', '(1)', 'R1', 'Rec 2', 'R1 & R3'
_REC_NUMBERS = re.compile(r"[\d\s,&.()]*(?:and[\d\s,&.()]*)*"
                          r"|(?:(?:r|recs?\.?|recommendations?)\s*)?\d{1,2}(?:\s*(?:,|&|and|/)\s*(?:(?:r|recs?\.?)\s*)?\d{1,2})*")


def _looks_like_numbers(texts: list[str]) -> bool:
    return bool(texts) and sum(bool(_REC_NUMBERS.fullmatch(t.lower().strip())) for t in texts) >= 0.6 * len(texts)


_REVISED = re.compile(r"\b(?:revised|new|updated|amended|extended|re-?profiled)\b", re.I)
# a header naming the period its column is for: 'Q2 RAG', 'RAG (Sept 2024)', 'Update 2024/25'
_PER_PERIOD = re.compile(r"\b(?:q|qtr\.?\s*|quarter\s*)[1-4]\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
                         r"july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
                         r"|\b(?:19|20)\d\d\b|\b(?:spring|summer|autumn|winter)\b", re.I)
_PER_PERIOD_ROLES = ("rag", "progress")


def plan_layout(table: Table) -> Layout | None:
    """The column roles of a plan table's header, or None when it is not a plan table."""
    for h, row in enumerate(table.rows[:3]):
        roles: dict[int, str] = {}
        role_spans: dict[int, list[int]] = {}
        per_period: dict[int, list[int]] = {}
        spanning: list[tuple[int, str]] = []  # untyped header cells that span several columns
        for i, cell in enumerate(row):
            if cell is None:
                continue
            role = header_role(cell.text)
            span = 1
            while i + span < len(row) and row[i + span] is None:
                span += 1
            text = clean_text(cell.text)
            if (span > 1 and text and (role is None or _SECTION_CUE.match(text))) or _NUMBERED_SECTION.match(text):
                # a heading over the ref and action columns: "Strategic Priority 1 …", "Priority 2: …"
                spanning.append((i, text))
            elif role and (role not in roles.values() or role == "deadline" and _REVISED.search(text)):
                # a revised deadline beside the original: the cells read as one, so the due date is the latest
                roles[i] = role
                if span > 1:
                    role_spans[i] = list(range(i, i + span))
            elif role in _PER_PERIOD_ROLES and _PER_PERIOD.search(text):
                first = next(j for j, r in roles.items() if r == role)
                if _PER_PERIOD.search(clean_text(row[first].text)):
                    # 'Q1 RAG | Q2 RAG | Q3 RAG': a status per period, read like one header over them
                    per_period.setdefault(first, [first]).append(i)
        found = set(roles.values())
        if not (("action" in found and found & {"lead", "deadline", "rag", "progress"}) or {"lead", "deadline"} <= found):
            continue
        if any(c is not None and re.search(r"\bminute\b", c.text, re.IGNORECASE) for c in row):
            return None  # a committee's action sheet (minute number, action, status): the minutes extractor's
        body = h + 1
        role_spans = {i: cols for i, cols in role_spans.items() if _sub_header(table, body, cols)}
        if role_spans:
            body += 1  # the row naming the columns under a spanning header ('Q1 | Q2 | Q3') is header too
        role_spans.update(per_period)
        layout = Layout(roles=roles, xs=_column_xs(table), header_rows=body, spans=role_spans)
        for i, role in list(roles.items()):
            if role != "recommendations":
                continue
            in_rows = _body_texts(table, body, i, bands=False)
            if "ref" not in roles.values() and in_rows and all(re.fullmatch(r"\d{1,2}\.\d{1,2}[a-z]?", t) for t in in_rows):
                roles[i] = "ref"  # 'Rec' over 1.1, 1.2, 2.1: each action numbered under its recommendation
            elif not _looks_like_numbers(_body_texts(table, body, i)) and "finding" not in found:
                roles[i] = "finding"
                layout.numbered_recommendations = True
        for i, role in list(roles.items()):
            texts = _body_texts(table, body, i, bands=False)
            if role == "ref" and texts and sum(len(t.split()) > 3 for t in texts) > len(texts) / 2:
                del roles[i]  # an 'Item' column of titles, not of numbers
        under_spans = {j for cols in role_spans.values() for j in cols}
        untyped = [i for i in range(len(layout.xs)) if i not in roles and i not in under_spans and layout.xs[i] is not None]
        for i in untyped:
            if "ref" not in roles.values() and _looks_like_refs(_body_texts(table, body, i)):
                roles[i] = "ref"
        if "action" not in roles.values():
            # the action column sits under a merged heading cell ("Strategic Priority 1 …")
            candidates = [i for i in untyped if i not in roles and _body_texts(table, body, i)]
            if not candidates:
                continue
            roles[max(candidates, key=lambda i: sum(len(t) for t in _body_texts(table, body, i)))] = "action"
        if spanning:
            layout.header_section = spanning[0][1]
        return layout
    return None


def _sub_header(table: Table, r: int, cols: list[int]) -> bool:
    """Does row ``r`` name the columns under a spanning header (short labels under it, nothing in the
    other columns)?"""
    if r >= len(table.rows):
        return False
    row = table.rows[r]
    under = [row[j] for j in cols if j < len(row)]
    rest = [c for j, c in enumerate(row) if j not in cols and c is not None and c.text.strip()]
    return not rest and all(c is not None and c.text.strip() and len(c.text.strip()) <= 20 for c in under)


def is_header_row(row: list[Cell | None]) -> bool:
    """A row of short cells, three or more of which name a column role."""
    cells = [c for c in row if c is not None and c.text.strip()]
    return sum(header_role(c.text) is not None for c in cells) >= 3 and all(len(c.text) <= 60 for c in cells)


def continues(layout: Layout, table: Table, tolerance: float = 4.0) -> Layout | None:
    """The layout carried over when this table's columns line up with a plan table seen before.

    Only the role columns must line up: a stray rule (a footer key drawn
    under the table) can add a column to one page and not the next.
    """
    xs = _column_xs(table)

    def here(i: int) -> int | None:
        x = layout.xs[i] if i < len(layout.xs) else None
        near = [j for j, x2 in enumerate(xs) if x is not None and x2 is not None and abs(x2 - x) <= tolerance]
        return near[0] if near else None

    roles: dict[int, str] = {}
    for i, role in layout.roles.items():
        if here(i) is None:
            return None
        roles[here(i)] = role
    spans = {here(i): [j for j in map(here, cols) if j is not None] for i, cols in layout.spans.items()}
    return Layout(roles=roles, xs=xs, header_section=layout.header_section, header_rows=0,
                  numbered_recommendations=layout.numbered_recommendations, spans=spans)


# ---------------------------------------------------------------- rows

@dataclass
class _Row:
    page: int
    table: int  # index of the table on its page the row starts in
    cells: dict[str, list[str]] = field(default_factory=dict)
    action_lines: list[tuple[str, int]] = field(default_factory=list)
    rag_fill: str | None = None
    finding_title: str | None = None
    recommendation: str | None = None  # the number of the recommendation the row sits under, when printed
    section: str | None = None
    completed: bool = False


def _cell(row: list[Cell | None], col: int | None) -> Cell | None:
    return row[col] if col is not None and col < len(row) else None


def bold_title(cell: Cell, words: list[Word]) -> str | None:
    """The bold lead-in of a cell (a finding's title); when nothing is bold, the whole cell if short,
    else its first sentence."""
    inside = words_in(words, cell.x0, cell.top, cell.x1, cell.bottom)
    if inside:
        ordered = sorted(inside, key=lambda w: (round(w.top), w.x0))
        lines: list[list[Word]] = []
        for w in ordered:
            if lines and abs(lines[-1][0].top - w.top) <= 3:
                lines[-1].append(w)
            else:
                lines.append([w])
        flat = [w for line in lines for w in sorted(line, key=lambda w: w.x0)]
        title = []
        for w in flat:
            if not w.bold:
                break
            title.append(w.text)
        if title:
            return clean_text(" ".join(title))
    text = clean_text(cell.text)
    if len(text.split()) <= 25:  # a short cell is all title: "Priority 1: Early help"
        return text or None
    m = re.match(r"(.+?\.)\s", text + " ")
    return m.group(1) if m else text


def _is_band(row: list[Cell | None], table: Table) -> Cell | None:
    """A full-width row with one cell: a sub-heading or context band."""
    cells = [c for c in row if c is not None and (c.text.strip() or c.x1 - c.x0 > 0)]
    texts = [c for c in cells if c.text.strip()]
    if len(texts) != 1:
        return None
    c = texts[0]
    others_empty = all(not x.text.strip() for x in cells if x is not c)
    if others_empty and (c.x1 - c.x0) >= 0.6 * (table.x1 - table.x0):
        return c
    return None


def band_section(text: str) -> str | None:
    """A band row's text when it reads as a heading (short, or a cue like 'Recommendation 3:')."""
    t = clean_text(text)
    if not t:
        return None
    if _SECTION_CUE.match(t) or (len(t.split()) <= _BAND_MAX_WORDS and text.strip().count("\n") <= 1):
        return t
    return None


# a heading further above the table than this is a title, not the table's section
_HEADING_REACH = 60.0


def is_completed_heading(text: str | None) -> bool:
    """Does a heading or band mark the plan's part for finished actions?"""
    t = clean_text(text).strip(" :.-")
    return bool(t) and len(t.split()) <= 8 and bool(_COMPLETED.match(t))


def heading_above(page: Page, table: Table, tables: list[Table]) -> str | None:
    """The heading printed just above a table: the nearest bold (or larger) short line,
    between the previous table (or the page top) and this one."""
    if not page.words:
        return None
    floor = max([t.bottom for t in tables if t.bottom <= table.top + 1 and t is not table], default=0.0)
    floor = max(floor, table.top - _HEADING_REACH)
    sizes = sorted(w.size for w in page.words if w.size)
    body_size = sizes[len(sizes) // 2] if sizes else 0.0
    above = [w for w in page.words if floor < w.top and w.bottom <= table.top + 1]
    lines: list[list[Word]] = []
    for w in sorted(above, key=lambda w: (round(w.top), w.x0)):
        if lines and abs(lines[-1][0].top - w.top) <= 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    for line in reversed(lines):
        text = " ".join(w.text for w in sorted(line, key=lambda w: w.x0))
        emphasised = all(w.bold for w in line) or (body_size and min(w.size for w in line) >= 1.2 * body_size)
        if emphasised and len(line) <= 15 and not _PAGE_FURNITURE.match(text.strip()):
            return clean_text(text)
    return None


def _starts_new(row: list[Cell | None], layout: Layout, words: list[Word]) -> bool:
    """Does this body row begin an action, or carry on the one before it?"""
    col = {r: i for i, r in layout.roles.items()}
    ref = _cell(row, col.get("ref"))
    if "ref" in col:
        return bool(ref and ref.text.strip())
    finding = _cell(row, col.get("finding"))
    if "finding" in col:
        if not finding or not finding.text.strip():
            return False
        inside = words_in(words, finding.x0, finding.top, finding.x1, finding.bottom)
        if inside:
            first = min(inside, key=lambda w: (round(w.top), w.x0))
            if any(w.bold for w in words) and not first.bold:
                return False
        return not finding.text.strip()[0].islower()
    action = _cell(row, col.get("action"))
    text = action.text.strip() if action else ""
    if not text:
        return False
    others = [_cell(row, col.get(r)) for r in ("lead", "deadline")]
    if any(c and c.text.strip() for c in others):
        return True
    return not text[0].islower()


def status_mark(cell: Cell, rects: list[Rect], words: list[Word] = ()) -> str | None:
    """The colour of a mark inside a status cell that is not filled itself: the largest saturated rect
    whose centre is in the cell (a coloured square or bar), else the colour its text is printed in
    (a coloured dot glyph, or 'On track' in green)."""
    best, area = None, 0.0
    for r in rects:
        cx, cy = (r.x0 + r.x1) / 2, (r.top + r.bottom) / 2
        if not (cell.x0 <= cx <= cell.x1 and cell.top <= cy <= cell.bottom) or not r.fill:
            continue
        a = (r.x1 - r.x0) * (r.bottom - r.top)
        if a >= 4.0 and a > area and not is_white(r.fill) and is_saturated(r.fill):
            best, area = r.fill, a
    if best:
        return best
    inks = Counter(w.colour for w in words_in(words, cell.x0, cell.top, cell.x1, cell.bottom) if w.colour)
    return inks.most_common(1)[0][0] if inks else None


# with no RAG column, plans shade the progress (or ref) cell in the status colour instead
_STATUS_SHADED = ("progress", "ref")


def _shaded_status(row: list[Cell | None], layout: Layout) -> str | None:
    """The fill of the cell a plan without a RAG column colours by status; a fill every cell of the
    row shares is banding or zebra striping, not a status."""
    fills = [c.fill for c in row if c is not None]
    col = {r: i for i, r in layout.roles.items()}
    for role in _STATUS_SHADED:
        cell = _cell(row, col.get(role))
        if cell is not None and cell.fill and not is_white(cell.fill) and fills.count(cell.fill) < len(fills):
            return cell.fill
    return None


# what one cell merged down over several actions says of each of them (not their refs or actions)
_SHARED_ROLES = ("lead", "deadline", "rag", "progress", "success", "impact", "recommendations")


def with_merged_cells(table: Table, r: int, layout: Layout) -> list[Cell | None]:
    """Row ``r`` with the cells merged down into it from above (a lead or a deadline printed once for the
    actions it spans) in their place."""
    row = list(table.rows[r])
    for i, role in layout.roles.items():
        if role in _SHARED_ROLES and i < len(row) and row[i] is None:
            row[i] = table.cell_over(r, i)
    return row


def _add(rec: _Row, row: list[Cell | None], layout: Layout, page: int, rects: list[Rect] | None = None,
         words: list[Word] | None = None) -> None:
    if "rag" not in layout.roles.values() and not rec.rag_fill:
        rec.rag_fill = _shaded_status(row, layout)
    for i, role in layout.roles.items():
        cell = _cell(row, i)
        if i in layout.spans:  # a status per period: the latest one given
            given = [c for j in layout.spans[i]
                     if (c := _cell(row, j)) is not None and (c.text.strip() or c.fill and not is_white(c.fill))]
            cell = given[-1] if given else cell
        if cell is None:
            continue
        if role == "rag" and not rec.rag_fill:
            rec.rag_fill = cell.fill or status_mark(cell, rects or [], words or [])
        if role == "action":
            rec.action_lines.extend((ln, page) for ln in cell.text.split("\n") if ln.strip())
        if cell.text.strip():
            rec.cells.setdefault(role, []).append(cell.text)


# a line of a cell opening with a field's name ('Lead: …', 'By: …'), as a labelled block's lines do
_CELL_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /()&']{0,30}?)\s*:\s*(?P<value>\S.*)$")


def labelled_parts(text: str) -> dict[str, str] | None:
    """A cell printing several fields under their names ('Lead: Head of Service' / 'By: 31 January 2025', in a
    'Who and when' column) → {role: text}; None unless its first line names a field and the lines name two."""
    parts: dict[str, list[str]] = {}
    role = None
    for line in text.split("\n"):
        m = _CELL_FIELD.match(line)
        named = header_role(m.group("label")) if m else None
        if named in ROLES and named not in parts:
            role = named
            parts[role] = [m.group("value")]
        elif role is None:
            return None  # the cell does not open with a field's name
        else:
            parts[role].append(line)
    return {r: "\n".join(lines) for r, lines in parts.items()} if len(parts) >= 2 else None


def _split_labelled_cells(joined: dict[str, str]) -> dict[str, str]:
    """Fields printed under their names in another role's cell fill the roles the row has no cell for."""
    out = dict(joined)
    for role, text in joined.items():
        parts = labelled_parts(text)
        if not parts or any(r != role and r in joined for r in parts):
            continue
        out.pop(role)
        out.update(parts)
    return out


def _rows_to_records(rec: _Row, paper_segments) -> list[dict]:
    """One joined table row → its action records (one per numbered action when the cell lists them)."""
    joined = _split_labelled_cells({role: "\n".join(parts) for role, parts in rec.cells.items()})
    base = {
        "ref": clean_text(joined.get("ref")) or None,
        "section": rec.section,
        "lead_raw": clean_text(joined.get("lead")) or None,
        "deadline_raw": clean_text(joined.get("deadline")) or None,
        "rag_colour": rec.rag_fill,
        "rag_text": clean_text(joined.get("rag")) or None,
        "success_measures": clean_text(joined.get("success")) or None,
        "progress": clean_text(joined.get("progress")) or None,
        "impact": clean_text(joined.get("impact")) or None,
        "recommendations_raw": clean_text(joined.get("recommendations")) or recommendations_in(rec.section)
        or recommendations_in(clean_text(joined.get("finding"))) or rec.recommendation,
        "completed_section": rec.completed,
    }
    items = numbered_items(rec.action_lines) if not base["ref"] else None
    out = []
    if items:
        leads = numbered_parts(joined.get("lead", ""))
        for n, text, page in items:
            if not text:
                continue
            out.append({**base, "ref": str(n), "action": text, "lead": leads.get(n, base["lead_raw"]) if leads else base["lead_raw"],
                        "page": page, "table": rec.table if page == rec.page else None})
    else:
        action = clean_text("\n".join(t for t, _ in rec.action_lines))
        ref = base["ref"]
        own = own_ref(action, ref)
        if own:  # "1.1 Strengthen …" in a plan with no ref column, or "1a …" under a ref cell "1"
            ref, action = own, action[len(own):].strip()
        if action:
            out.append({**base, "ref": ref, "action": action, "lead": base["lead_raw"], "page": rec.page,
                        "table": rec.table})
    for r in out:
        r["segment_id"] = (segment_at(paper_segments, r["page"]) or {}).get("segment_id")
    return out


# ---------------------------------------------------------------- plans written as labelled blocks

PLAN_TYPES = ("improvement_plan", "action_plan", "development_plan", "self_assessment")
# "Action 1.2 Improve …", "1.2 Improve …", "Action 3: Improve …": an action opening a block
_ACTION_START = re.compile(r"^\s*(?:action\s+(?P<n>\d{1,2}(?:\.\d{1,2})*[a-z]?)\s*[:.\-\u2013]?|"
                           r"(?P<ref>\d{1,2}(?:\.\d{1,2})+[a-z]?)[.:)]?)\s+(?P<text>\S.*)$", re.IGNORECASE)
# "Lead: …", "RAG status: …", "By when - …": a field of the block, named as a column header would be
_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /()&']{1,40}?)\s*[:\u2013]\s*(?P<value>.*)$")
_BLOCK_FIELDS = ("lead", "deadline", "rag", "progress")


def labelled_plan_rows(pages: list[Page], paper_segments=None) -> list[dict]:
    """Actions of a plan printed as labelled blocks rather than a table: an action line ('Action 1.2 …',
    'Action: …') followed by 'Lead: …', 'Deadline: …', 'RAG status: …' lines. A block needs two of those fields."""
    out: list[dict] = []
    block: dict | None = None
    role = None  # the part of the block the last line added to
    section = None

    def flush():
        nonlocal block
        if block and _complete(block):
            out.append(_block_record(block, paper_segments))
        block = None

    # a running header or footer printed on most pages is no part of the block it falls inside
    def furniture_key(t: str) -> str:
        return re.sub(r"\d+", "#", t)  # 'Plan … Page 2' and 'Plan … Page 3' are one footer

    seen = Counter(k for p in pages for k in {furniture_key(ln.strip()) for ln in p.text.split("\n")})
    running = {k for k, n in seen.items() if len(pages) >= 3 and n > len(pages) / 2}
    last = ""
    for page in pages:
        for line in page.text.split("\n"):
            text = line.strip()
            if not text or _PAGE_FURNITURE.match(text) or furniture_key(text) in running:
                continue
            # a short unpunctuated line after a finished sentence is a heading: the block has ended
            heading = re.search(r"[.!?]$", last) and len(text.split()) <= 6 and not re.search(r"[.,;:!?]$", text)
            last = text
            field = _FIELD.match(text)
            named = header_role(field.group("label")) if field else None
            start = _ACTION_START.match(text)
            if named == "action" or start is not None:
                flush()
                ref, action = (None, field.group("value")) if named == "action" else (
                    start.group("n") or start.group("ref"), start.group("text"))
                block = {"ref": ref, "action": action, "fields": {}, "section": section, "page": page.number}
                role = "action"
            elif named not in (None, "ref") and block is not None:
                role = named
                block["fields"][role] = (block["fields"].get(role, "") + "\n" + field.group("value")).strip()
            elif _NUMBERED_SECTION.match(text) and len(text.split()) <= _BAND_MAX_WORDS:
                flush()
                section, role = text, None
            elif heading and block is not None and sum(bool(block["fields"].get(r)) for r in _BLOCK_FIELDS) >= 2:
                flush()  # only a block already complete ends here: an action's second sentence is no heading
                role = None
            elif block is not None and role == "action":
                block["action"] += "\n" + text
            elif block is not None and role:
                block["fields"][role] += "\n" + text
    flush()
    return out


_ACTION_LABEL = re.compile(r"^action\s*(?:no\.?\s*)?(?P<n>\d{1,2}(?:\.\d{1,2})*[a-z]?)?\s*[:.]?$", re.IGNORECASE)


def labelled_table_rows(pages: list[Page], paper_segments=None) -> list[dict]:
    """Actions printed as small two-column tables, a field per row: 'Action 1.2 | …', 'Lead | …',
    'Deadline | …', 'RAG status | …' (the status perhaps only a filled cell). A block needs two of
    lead, deadline, status and progress, as a labelled block in text does."""
    out: list[dict] = []
    for page in pages:
        for t_index, table in enumerate(page.tables):
            if not table.rows or any(len(row) != 2 for row in table.rows):
                continue
            block: dict | None = None
            section = heading_above(page, table, page.tables) or (out[-1]["section"] if out else None)
            for row in table.rows:
                label_cell, value_cell = row
                if label_cell is None or value_cell is None:
                    continue
                label, value = clean_text(label_cell.text), value_cell.text
                start = _ACTION_LABEL.match(label)
                named = header_role(label)
                if start or named == "action":
                    if block is not None and _complete(block):
                        out.append(_block_record(block, paper_segments))
                    block = {"ref": start.group("n") if start else None, "action": value, "fields": {}, "rag_fill": None,
                             "section": section, "page": page.number, "table": t_index}
                elif block is not None and named == "ref":
                    block["ref"] = clean_text(value) or block["ref"]
                elif block is not None and named is not None:
                    block["fields"][named] = value
                    if named == "rag":
                        block["rag_fill"] = value_cell.fill or status_mark(value_cell, page.rects, page.words)
            if block is not None and _complete(block):
                out.append(_block_record(block, paper_segments))
    return out


def _complete(block: dict) -> bool:
    return sum(bool(block["fields"].get(r)) or (r == "rag" and bool(block.get("rag_fill"))) for r in _BLOCK_FIELDS) >= 2


def _block_record(block: dict, paper_segments) -> dict:
    f = {role: clean_text(value) or None for role, value in block["fields"].items()}
    return {
        "ref": block["ref"], "section": block["section"], "lead_raw": f.get("lead"), "deadline_raw": f.get("deadline"),
        "rag_colour": block.get("rag_fill"), "rag_text": f.get("rag"), "success_measures": f.get("success"), "progress": f.get("progress"),
        "impact": f.get("impact"),
        "recommendations_raw": f.get("recommendations") or recommendations_in(block["section"]),
        "completed_section": False, "action": clean_text(block["action"]), "lead": f.get("lead"),
        "page": block["page"], "table": block.get("table"),
        "segment_id": (segment_at(paper_segments, block["page"]) or {}).get("segment_id"),
    }


def extract_plan_rows(pages: list[Page], paper: Paper, found: dict) -> list[dict]:
    """Every action row of every plan table in the paper, in reading order, as plain dicts; a plan with
    no table is read from its labelled blocks."""
    segments = (found or {}).get("segments")
    out: list[dict] = []
    layout: Layout | None = None
    current: _Row | None = None
    last_page = 0
    heading = band = header = None
    completed = False
    finding_whole = finding_bold = False
    finding_title = finding_number = None

    def flush():
        nonlocal current
        if current is not None:
            out.extend(_rows_to_records(current, segments))
        current = None

    for page in pages:
        if not page.tables:
            continue
        seg = segment_at(segments, page.number)
        if seg is not None and seg.get("kind") in ("action_sheet", "minutes"):
            # a committee's action log, or a table in its minutes ('Actions arising'): the minutes extractor's
            continue
        for t_index, table in enumerate(page.tables):
            fresh = plan_layout(table)
            carried = continues(layout, table) if layout is not None else None
            if fresh is not None:
                is_continuation = layout is not None and page.number == last_page + 1 \
                    and set(fresh.roles.values()) == set(layout.roles.values()) \
                    and fresh.header_section in (None, layout.header_section)
                layout = fresh
                start = fresh.header_rows
            elif carried is not None and page.number in (last_page, last_page + 1):
                is_continuation = True
                layout = carried
                start = 0
            else:
                continue
            above = heading_above(page, table, page.tables)
            # a new heading starts a new part; the same bold line again is a running page heading
            is_continuation = is_continuation and not (above and above != heading)
            if not is_continuation:
                flush()
                if above:
                    heading, band = above, None
                    completed = is_completed_heading(above)
                header = layout.header_section or (header if fresh is None else None)
                if layout.header_section:
                    band = None
                    if not above:
                        completed = is_completed_heading(layout.header_section)
                finding_title = finding_number = None
            col = {r: i for i, r in layout.roles.items()}
            for k, row in enumerate(table.rows[start:]):
                if is_header_row(row):
                    continue  # a header repeated inside the table
                b = _is_band(row, table)
                if b is not None:
                    if is_completed_heading(b.text):
                        flush()
                        completed = True
                        continue
                    sec = band_section(b.text)
                    if sec:
                        flush()
                        band, completed = sec, False
                    continue
                if not any(c is not None and c.text.strip() for c in row):
                    continue
                first_body = k == 0
                joins = current is not None and not _starts_new(row, layout, page.words) and (
                    (first_body and is_continuation) or table.ruling != "full")
                if joins:
                    finding = _cell(row, col.get("finding"))
                    if finding is not None and finding.text.strip() and current.section and current.section == finding_title \
                            and finding_whole and finding.bold == finding_bold:
                        # a line in the same type under the finding that opened the row, with no rules: its title
                        # goes on (a bold title over plain words is a title and its description)
                        finding_title = current.section = f"{finding_title} {clean_text(finding.text)}"
                    _add(current, row, layout, page.number, page.rects, page.words)
                    continue
                action_cell = _cell(row, col.get("action"))
                if not _starts_new(row, layout, page.words) and not (action_cell and action_cell.text.strip()):
                    continue
                flush()
                current = _Row(page=page.number, table=t_index, completed=completed)
                finding = _cell(row, col.get("finding"))
                if finding is not None and finding.text.strip():
                    finding_title = bold_title(finding, page.words)
                    finding_whole, finding_bold = finding_title == clean_text(finding.text), finding.bold
                    lead = _LEADING_NUMBER.match(clean_text(finding.text))
                    finding_number = lead.group(1) if lead and layout.numbered_recommendations else None
                    ref_cell = _cell(row, col.get("ref"))
                    if layout.numbered_recommendations and not finding_number and ref_cell is not None \
                            and re.fullmatch(r"\d{1,2}", ref_cell.text.strip()) and action_cell is not None \
                            and own_ref(clean_text(action_cell.text), ref_cell.text.strip()):
                        finding_number = ref_cell.text.strip()  # 'No.' beside the recommendation numbers it
                current.section = finding_title if "finding" in col else (band or header or heading)
                current.recommendation = finding_number
                _add(current, with_merged_cells(table, start + k, layout), layout, page.number, page.rects, page.words)
            last_page = page.number
    flush()
    if not out and paper is not None and paper.doc_type in PLAN_TYPES:
        out = labelled_table_rows(pages, segments) or labelled_plan_rows(pages, segments)
    return out
