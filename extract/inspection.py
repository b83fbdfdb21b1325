"""Ofsted inspection reports: the cover facts, the judgement grid and the recommendations.

Reports of every era since 2012 are read from their text alone (PDFium's text
order keeps each judgement label next to its grade, even where a grade is split
over two lines). Everything here is structural: cover labels ("Inspection
dates:", "Lead inspector:"), judgement labels and the grade vocabulary, and the
heading a report's list of improvements sits under. What the raw values mean
(dates, grade words, framework) is decided in ``normalise.inspections``.
"""
from __future__ import annotations

import re
from collections import Counter

from scrutineer.model import Page, Paper

# ---------------------------------------------------------------- text helpers

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u2212": "-"})


def fold(text: str) -> str:
    """Lower case, plain quotes and dashes, white space folded: for matching labels."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def body_lines(pages: list[Page], edge: int = 3) -> list[tuple[int, str]]:
    """Every non-blank line as (page, text), without running headers, footers and page numbers.

    A running header is a line (digits ignored) that opens or closes many pages;
    a bare number at a page's edge is a page number.
    """
    per_page = [[ln.rstrip() for ln in p.text.split("\n") if ln.strip()] for p in pages]
    counts: Counter = Counter()
    for lines in per_page:
        counts.update({_key(ln) for ln in lines[:edge] + lines[-edge:]})
    need = 2 if len(pages) <= 4 else max(3, len(pages) // 3)
    running = {k for k, n in counts.items() if n >= need}
    out = []
    for page, lines in zip(pages, per_page):
        for i, ln in enumerate(lines):
            at_edge = i < edge or i >= len(lines) - edge
            if at_edge and (_key(ln) in running or re.fullmatch(r"\s*\d{1,3}\s*", ln)):
                continue
            out.append((page.number, ln))
    return out


# ---------------------------------------------------------------- cover facts

_DATES_LABEL = re.compile(r"^\s*(?:inspection dates?|dates? of (?:the )?inspection)\s*:?\s*(.*)$", re.I)
_LEAD_LABEL = re.compile(r"^\s*(?:lead|reporting) inspectors?\s*:?\s*(.*)$", re.I)
_PUBLISHED_LABEL = re.compile(r"^\s*(?:report published|published|publication date|date of publication)\s*:?\s*(.*)$", re.I)
_DAY_MONTH_YEAR = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\s+(?:19|20)\d\d", re.I)


def _labelled(lines: list[tuple[int, str]], label: re.Pattern, follow) -> tuple[str | None, int | None]:
    """The value after the first line matching ``label``; the next line when the value runs on."""
    for i, (page, ln) in enumerate(lines):
        m = label.match(ln)
        if not m:
            continue
        value = m.group(1).strip()
        if i + 1 < len(lines) and follow(value, lines[i + 1][1]):
            value = join_lines([value, lines[i + 1][1]])
        return value, page
    return None, None


def _dates_run_on(value: str, nxt: str) -> bool:
    # "30 September to 11 October 2024 and" / "13 to 16 January 2025" on the next line
    return not re.search(r"(?:19|20)\d\d\s*$", value) or bool(re.search(r"\b(?:and|to)\s*$", value)) \
        or bool(re.match(r"\s*and\b", nxt))


def _lead_run_on(value: str, nxt: str) -> bool:
    return not value or value.endswith("-")


def find_dates_raw(lines: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """The cover's "Inspection date(s):" value as printed."""
    return _labelled(lines, _DATES_LABEL, _dates_run_on)


def find_lead_inspector_raw(lines: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """The "Lead inspector:" value as printed (not the deputy's)."""
    lines = [(p, ln) for p, ln in lines if not re.match(r"^\s*deputy\b", ln, re.I)]
    return _labelled(lines, _LEAD_LABEL, _lead_run_on)


def find_published_raw(lines: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """A publication date the report prints on its cover ("Report published: 8 August 2014")."""
    for page, ln in lines:
        m = _PUBLISHED_LABEL.match(ln)
        if m:
            d = _DAY_MONTH_YEAR.search(m.group(1))
            if d:
                return d.group(0), page
    return None, None


# ---------------------------------------------------------------- judgements

_GRADE_WORDS = r"(?:outstanding|good|requires? improvement|inadequate)\b"
_GRADE = re.compile(
    r"\s*(?:(?:is|are)\s+|[:\-]\s*)?(?:that\s+)?(?:(?:judged|found)\s+(?:to\s+be\s+|as\s+)?)?"
    r"(outstanding|good|requires? improvement(?: to be good)?|inadequate|adequate|not judged)\b")

# (column or None for a judgement we do not record, label); at one position the
# first alternative wins, so the combined 2018-22 "children in care and care
# leavers" judgement is tried before the separate ones.
_LABELS: tuple[tuple[str | None, str], ...] = (
    ("children_in_care", r"(?:experiences and progress of )?children in care and care leavers"),
    ("care_leavers", r"experiences and progress of (?:children )?care leavers"),
    ("children_in_care", r"experiences and progress of children in care"),
    ("children_in_care", r"children looked after and achieving permanence"),
    ("children_in_care", r"outcomes for looked after children(?: and young people)?"),
    ("help_and_protection", r"children who need help and protection"),
    ("impact_of_leaders", r"impact of leaders(?: on (?:social work )?practice(?: with children(?: and families)?)?)?"),
    ("impact_of_leaders", r"leadership, management and governance"),
    ("impact_of_leaders", r"leadership and management"),
    ("overall_effectiveness", r"overall effectiveness(?: of services for looked after children(?: and young people)?)?"),
    ("overall_effectiveness", rf"overall judgement is(?: that)?(?: [^.]{{0,80}}?(?= (?:are |is )?{_GRADE_WORDS}))?"),
    ("overall_effectiveness", rf"children's services (?:in|on|for) [^.]{{1,60}}?(?= (?:are |is )?{_GRADE_WORDS})"),
    (None, r"adoption performance"),
    (None, r"capacity to improve"),
    (None, r"quality of provision"),
    (None, r"effectiveness of the local safeguarding children board(?: \(lscb\))?"),
)
_LABEL_RE = re.compile("|".join(f"(?P<l{i}>{pat})" for i, (_, pat) in enumerate(_LABELS)))


def find_grades(text: str) -> dict[str, str]:
    """Raw grade phrase per judgement column, from one block of report text.

    A grade counts only where it directly follows its label, as it does in the
    judgement grid and the SIF headline, so prose naming a grade is ignored.
    The first grade found for a column wins.
    """
    s = fold(text)
    grades: dict[str, str] = {}
    for m in _LABEL_RE.finditer(s):
        column = _LABELS[int(m.lastgroup[1:])][0]
        g = _GRADE.match(s, m.end())
        if column and g and column not in grades:
            grades[column] = g.group(1)
    return grades


def judgement_block(pages: list[Page]) -> tuple[str, int]:
    """The text holding the judgements and the page it starts on.

    ILACS and SIF reports put them on the cover page; the 2012-13 reports in a
    closing "Record of main findings" (looked-after services part, when a
    report also has a safeguarding part).
    """
    for page in pages:
        m = re.search(r"record of main findings\s*\n", page.text, re.I)
        if m and page.number > 2:
            rest = page.text[m.end():] + "\n" + "\n".join(p.text for p in pages[page.number:page.number + 1])
            lac = re.search(r"services for looked after children", rest, re.I)
            return (rest[lac.start():] if lac else rest), page.number
    if pages and len(find_grades(pages[0].text)) >= 3:
        return pages[0].text, 1
    # a separate title page, or a grid that runs over onto the next page
    return "\n".join(p.text for p in pages[:3]), 1


# ---------------------------------------------------------------- framework cues

def framework_cue(pages: list[Page]) -> str | None:
    """Which kind of report this is, from its cover: older, SIF or ILACS (None when unsure)."""
    cover = fold("\n".join(p.text for p in pages[:2]))
    if "looked after children services" in cover or "record of main findings" in fold(
            "\n".join(p.text for p in pages[-3:])):
        return "older"
    if re.search(r"(?:re-?inspection|inspection) of services for children in need of help and protection", cover) \
            or "review of the effectiveness of the local safeguarding children board" in cover:
        return "SIF"
    visit = re.search(r"this letter summarises the findings of the (focused|monitoring) visit", cover)
    if visit:  # a letter after a short visit between inspections: no judgements
        return f"{visit.group(1)} visit"
    if re.search(r"judgement grade|local authority children's services|children's social care services", cover):
        return "ILACS"
    return None


# a visit letter gives its dates in a sentence: "… the focused visit to X children's services on 7 and 8 February 2023."
_VISIT_DATES = re.compile(r"\b(?:focused|monitoring) visit to .{0,160}?\bon\s+(\d{1,2}(?:st|nd|rd|th)?\s[^.]{0,60}?(?:19|20)\d\d)",
                          re.I)
_SIGN_OFF = re.compile(r"^\s*yours\s+(?:sincerely|faithfully)\b", re.I)


def visit_dates_raw(lines: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """The dates a visit letter's opening sentence gives, as printed."""
    text = " ".join(ln for _, ln in lines)
    m = _VISIT_DATES.search(text)
    return (" ".join(m.group(1).split()), lines[0][0]) if m else (None, None)


def signatory(lines: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """The inspector who signs a letter: the line after 'Yours sincerely'."""
    for i, (page, ln) in enumerate(lines):
        if _SIGN_OFF.match(ln) and i + 1 < len(lines):
            return lines[i + 1][1].strip(), lines[i + 1][0]
    return None, None


def letter_date(lines: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """The date a letter is written on: the first line of its first page that is only a date."""
    for page, ln in lines:
        if page == 1 and _DAY_MONTH_YEAR.fullmatch(ln.strip()):
            return ln.strip(), page
    return None, None


# ---------------------------------------------------------------- recommendations

_START = re.compile(
    r"^\s*(?:what needs to improve(?: in this local authority| in this area of (?:social work )?practice)?"
    r"|what does the local authority need to improve"
    r"|recommendations|areas for improvement)(?:\s*\?)?(?:\s*:)?\d{0,2}\s*$", re.I)
# a report's second part (the LSCB review) has its own recommendations we do not count
_SECOND_PART = re.compile(r"^\s*(?:section 2\b|what does the lscb need to improve)", re.I)
# bullet glyphs: general punctuation bullets, geometric shapes, dashes, and symbol-font glyphs
# that PDFium reports in the private use area (Wingdings squares and dashes)
_BULLET = re.compile(r"^\s*(?:[\u2022\u2023\u2043\u00b7\u2212\-\u2013]|[\u25a0-\u25ff]|[\ue000-\uf8ff])\s*")
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(?=\S)")
# a full stop, or a closing reference such as "(Paragraph 11)" / "(National Framework, Outcome 1)"
_ENDS_SENTENCE = re.compile(r"(?:[.;!?]['\u2019\"\u201d)]?|\([^()]*\d[^()]*\)|\.\))\s*$")


def _item_start(line: str) -> tuple[str, str | None, str] | None:
    """(kind, printed number, text) when ``line`` opens a list item."""
    m = _NUMBER.match(line)
    if m:
        return "number", m.group(1), line[m.end():]
    m = _BULLET.match(line)
    if m and line[m.end():m.end() + 1].isalpha():
        return "bullet", None, line[m.end():]
    return None


def join_lines(parts: list[str]) -> str:
    """Lines of one item as one string: a hyphen at a line end is kept and closes
    up ("decision-" + "making"), except after a number ("16- and 17-year-old")."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out.endswith("-") and re.search(r"[A-Za-z]-$", out):
            out += part
        else:
            out = f"{out} {part}" if out else part
    return re.sub(r"\s+", " ", out).strip()


def _next_item(lines: list[tuple[int, str]], i: int, kind: str, reach: int = 4) -> int | None:
    """Index of the next line within ``reach`` that opens an item of ``kind``."""
    for j in range(i, min(len(lines), i + reach)):
        opened = _item_start(lines[j][1])
        if opened and opened[0] == kind:
            return j
    return None


def _heads_paragraphs(lines: list[tuple[int, str]], i: int, reach: int = 4) -> bool:
    """Is line ``i`` a heading over numbered paragraphs (the next item-like line is numbered)?"""
    for j in range(i + 1, min(len(lines), i + reach)):
        opened = _item_start(lines[j][1])
        if opened:
            return opened[0] == "number"
    return False


def _is_group_heading(text: str) -> bool:
    """A short heading over part of the list ("Within three months:", "Priority and immediate action")."""
    text = text.strip()
    return len(text) <= 70 and (text.endswith(":") or not _ENDS_SENTENCE.search(text))


def _is_introduction(text: str) -> bool:
    """A numbered lead-in to a bulleted list ("…the local authority should take the following action.")."""
    return bool(re.search(r"\bfollowing\b", text, re.I)) or bool(_ENDS_SENTENCE.search(text))


def find_recommendations(lines: list[tuple[int, str]]) -> tuple[list[dict], int | None]:
    """The improvements the report asks of the local authority, in order.

    The list starts under its heading ("What needs to improve", "Recommendations",
    "What does the local authority need to improve?", "Areas for improvement")
    and runs, across page breaks and group headings ("Within three months:"),
    until a line that neither opens an item, continues one, nor heads a group.
    Returns (items, index of the heading line).
    """
    for start, (page, ln) in enumerate(lines):
        if page > 3 and _SECOND_PART.match(ln) and not re.search(r"\s\d+\s*$", ln):  # not a contents line
            break
        if _START.match(ln):
            items = _read_list(lines, start)
            if items:  # a heading with no list under it (a contents entry) is passed over
                return items, start
    return [], None


def _number_follows(printed: str, previous: str | None, after_heading: bool) -> bool:
    """Does a printed item number carry the list on? (one may be lost to a bad text layer;
    a group may start again at 1)"""
    n, prev = int(printed), int(previous or 0)
    return prev < n <= prev + 2 or (after_heading and n == 1)


def _read_list(lines: list[tuple[int, str]], start: int) -> list[dict]:
    """The items of the list under the heading at ``start``."""
    items: list[dict] = []
    kind = None
    current: list[str] = []
    after_heading = False

    def close():
        if items and current:
            items[-1]["text"] = join_lines(current)

    i = start + 1
    while i < len(lines):
        page, ln = lines[i]
        opened = _item_start(ln)
        if not items:
            if opened:
                kind = opened[0]
            elif i - start > 4 or not _is_group_heading(ln) or _SECOND_PART.match(ln) or _START.match(ln):
                break  # no list under this heading (only group headings may come before the first item)
            else:
                i += 1  # group headings before the first item
                continue
        if opened and opened[0] == kind and (
                kind == "bullet" or not items or _number_follows(opened[1], items[-1]["printed"], after_heading)):
            after_heading = False
            close()
            items.append({"printed": opened[1], "page": page, "text": ""})
            current = [opened[2]]
            i += 1
            continue
        if kind == "number" and len(items) == 1 and _is_introduction(join_lines(current)):
            first_bullet = _next_item(lines, i, "bullet")
            if first_bullet is not None:
                # the numbered paragraph only introduced the bulleted list
                items, current, kind, i = [], [], "bullet", first_bullet
                continue
        if opened and kind == "bullet" and opened[0] == "number":
            break  # numbered paragraphs of the next section
        complete = bool(_ENDS_SENTENCE.search(join_lines(current)))
        nxt = _next_item(lines, i, kind)
        if complete and nxt is not None and nxt > i and _is_group_heading(lines[nxt - 1][1]) \
                and re.search(r"\bstrengths?\b", " ".join(t for _, t in lines[i:nxt]), re.I):
            break  # a list of what works well follows the improvements
        if nxt == i + 1 and len(ln.strip()) <= 70 and ln.strip().endswith(":"):
            i, after_heading = nxt, True  # a group heading ("Within three months:")
            continue
        if not complete and kind == "bullet" and ln[:1].isupper() and _heads_paragraphs(lines, i) \
                and not _ENDS_SENTENCE.search(join_lines(current + [ln])):
            break  # an unpunctuated last bullet, then the next section's heading
        if not complete:
            current.append(ln)  # the item runs on
            i += 1
            continue
        # the item looks finished: this line heads a group, runs the item on after a full stop, or ends the list
        if nxt is not None:
            between = " ".join(t for _, t in lines[i:nxt])
            if _is_group_heading(between):
                after_heading = True
            else:
                current.extend(t for _, t in lines[i:nxt])
            i = nxt
            continue
        if opened:
            current.append(ln)  # a sub-bullet of a numbered item
            i += 1
            continue
        break
    close()
    return [it for it in items if it["text"]]


# ---------------------------------------------------------------- the extractor

def extract_inspection(pages: list[Page], paper: Paper, found: dict) -> dict | None:
    """Raw facts of an Ofsted report (None for any other paper)."""
    if paper.doc_type != "inspection_report" or not pages:
        return None
    lines = body_lines(pages)
    cover = [(p, ln) for p, ln in lines if p <= 2]
    dates_raw, dates_page = find_dates_raw(cover)
    lead_raw, lead_page = find_lead_inspector_raw(lines)
    published_raw, published_page = find_published_raw(cover)
    block, block_page = judgement_block(pages)
    recs, rec_start = find_recommendations(lines)
    cue = framework_cue(pages)
    if cue and cue.endswith("visit"):  # a letter: dates in its opening sentence, signed by the lead inspector
        dates_raw, dates_page = (dates_raw, dates_page) if dates_raw else visit_dates_raw(cover)
        lead_raw, lead_page = (lead_raw, lead_page) if lead_raw else signatory(lines)
        published_raw, published_page = (published_raw, published_page) if published_raw else letter_date(cover)
    return {
        "framework_cue": cue,
        "dates_raw": dates_raw,
        "dates_page": dates_page,
        "lead_inspector_raw": lead_raw,
        "lead_inspector_page": lead_page,
        "published_raw": published_raw,
        "published_page": published_page,
        "grades_raw": find_grades(block),
        "grades_page": block_page,
        "recommendations": recs,
        "recommendations_heading_page": lines[rec_start][0] if rec_start is not None else None,
    }
