"""Segments: the constituent documents of a paper (front sheet, agenda, minutes, reports …).

An agenda pack is many documents bound into one PDF. Page-level cues mark
where each starts: a title block on its first lines ("Minutes of the meeting
held on …", "Report subject", "Appendix 2", "ACTION SHEET", "Forward Plan"),
a blank page before it ("This page is intentionally left blank"), and the
agenda's own page ranges ("13 - 58" under an item). Other extractors read
``found["segments"]`` to know which part of a pack a row came from.
"""
from __future__ import annotations

import re

from scrutineer.model import Page, Paper

KINDS = ("front_sheet", "agenda", "minutes", "action_sheet", "report", "appendix", "forward_plan", "blank", "other")

# papers that may bind several documents together
PACK_TYPES = ("minutes_pack", "other")

_BLANK = re.compile(r"this page (is |has been )?(intentionally|deliberately) (been )?(left )?blank|^\s*blank page\s*$", re.I)
# a page number line: "Page 12", "12", "- 12 -", "Page 3 of 20"
PAGE_NUMBER = re.compile(r"^\s*(page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(\s+of\s+\d{1,4})?\s*$", re.I)
# "13 - 58" or "5 – 12": the agenda's page range for an item
_RANGE = re.compile(r"^\s*(\d{1,4})\s*[-–]\s*(\d{1,4})\s*$")
_AGENDA_ITEM = re.compile(r"^\s*(\d{1,2})\.?\s+([A-Z].*)$")

# boards keep 'notes' or a 'record' of a meeting where committees keep minutes
NOTES_LINE = re.compile(r"^\s*(?:draft\s+)?(?:notes|record)\s+of\s+(?:the|a|an)\s+(?:[\w'’]+\s+){0,4}meeting\s+(?:held|on)\b"
                        r"|^\s*(?:draft\s+)?meeting\s+notes\s*$", re.I)

# title-block cues, tried in order on a page's first lines
_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("action_sheet", re.compile(r"^\s*(action\s+(sheet|log|tracker|list)|actions?\s+arising|schedule\s+of\s+actions)\b", re.I)),
    ("minutes", re.compile(r"^\s*(draft\s+)?minutes\s+of\s+(the|a)\b|^\s*minutes\s*$|^\s*(draft\s+)?minutes\s*(of|-|–|:)", re.I)),
    ("minutes", NOTES_LINE),
    ("forward_plan", re.compile(r"^\s*(\w+\s+)?(forward\s+plan|work\s*programme|work\s+plan)\b", re.I)),
    ("appendix", re.compile(r"^\s*(appendix|annex|annexe)\s+([A-Z0-9]{1,3}|one|two|three|four|five)\b", re.I)),
    ("report", re.compile(r"^\s*(report\s+(subject|title|of|to|by)\b|subject\s*(of\s+report)?\s*:|purpose\s+of\s+(the\s+)?report)", re.I)),
    ("agenda", re.compile(r"^\s*agenda\s*$|^\s*agenda\s+(item|for)\b", re.I)),
    ("front_sheet", re.compile(r"^\s*(notice\s+of\b|summons\b|dear\s+(councillor|member)|to\s+(all\s+)?members\s+of\b)", re.I)),
)
_CUE_LINES = 6
_PRESENT = re.compile(r"^\s*((councillors|members)\s+)?present\b\s*(:|-|–|$|(?=\s+(cllr|councillor)))", re.I)
_DATE_HINT = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)


def content_lines(page: Page) -> list[str]:
    """A page's non-empty lines without its page-number lines."""
    return [ln.strip() for ln in page.text.split("\n") if ln.strip() and not PAGE_NUMBER.match(ln)]


def is_blank(page: Page) -> bool:
    """A page with no text, or only 'This page is intentionally left blank' and a page number."""
    lines = content_lines(page)
    if not lines:
        return True
    body = " ".join(lines)
    return len(body) < 120 and bool(_BLANK.search(body))


def page_cue(page: Page) -> tuple[str, str] | None:
    """(kind, title) when the page's first lines carry a document title block."""
    lines = content_lines(page)[:_CUE_LINES]
    for kind, pattern in _CUES:
        for i, line in enumerate(lines):
            if pattern.search(line):
                if kind == "agenda" and i > 1:
                    continue
                if kind in ("forward_plan", "appendix", "front_sheet") and i > 2:
                    continue
                return kind, _title(lines, i, kind)
    # minutes without a "Minutes of …" line: a title block, then "Present:" near the top
    top = content_lines(page)[:12]
    for i, line in enumerate(top):
        if i >= 1 and _PRESENT.match(line) and any(_DATE_HINT.search(x) for x in top[:i]):
            return "minutes", top[0][:200]
    return None


def lines_before_cue(page: Page) -> list[str]:
    """The lines of a page above the title that starts its document ('ACTION LOG' under the last
    minute): the end of the document before it, since a page belongs to one segment."""
    lines = content_lines(page)
    for i, line in enumerate(lines[:_CUE_LINES]):
        if any(pattern.search(line) for _, pattern in _CUES):
            return lines[:i]
    return []


def _title(lines: list[str], i: int, kind: str) -> str:
    line = lines[i]
    if kind == "report":
        # "Report subject Corporate Parenting Strategy update": the subject is the title
        m = re.match(r"^\s*(report\s+(subject|title)|subject(\s+of\s+report)?)\s*:?\s*(.+)$", line, re.I)
        if m and m.group(4).strip():
            return m.group(4).strip()
    if kind == "front_sheet" and i + 1 < len(lines) and not re.search(r":", lines[i + 1]) and len(line) > 40:
        return f"{line} {lines[i + 1]}".strip()  # "Notice of … Scrutiny" / "Committee"
    return line[:200]


def agenda_ranges(pages: list[Page]) -> list[tuple[int, int, str]]:
    """(first, last, item title) for every agenda item that prints a page range."""
    out: list[tuple[int, int, str]] = []
    n = len(pages)
    title = None
    for page in pages[:12]:  # an agenda sits at the front of its pack
        for line in content_lines(page):
            m = _AGENDA_ITEM.match(line)
            if m and len(line) < 160:
                title = m.group(2).strip()
                continue
            r = _RANGE.match(line)
            if r and title:
                first, last = int(r.group(1)), int(r.group(2))
                if 1 <= first <= last <= n and (not out or first > out[-1][0]):
                    out.append((first, last, title))
                title = None
    return out


def find_segments(pages: list[Page], paper: Paper, found: dict) -> list[dict]:
    """The paper's constituent documents, in page order, each with kind, title and page span."""
    if not pages:
        return []
    if paper.doc_type not in PACK_TYPES:
        kind = "report" if paper.doc_type == "inspection_report" else "other"
        return [_segment(paper, 1, kind, paper.title, 1, pages[-1].number)]
    ranges = agenda_ranges(pages)
    range_starts = {first: title for first, _, title in ranges}
    range_of = {p: (first, title) for first, last, title in ranges for p in range(first, last + 1)}

    spans: list[dict] = []  # {kind, title, first, last}
    prev_blank = False
    for page in pages:
        blank = is_blank(page)
        if blank:
            if spans and spans[-1]["kind"] == "blank":
                spans[-1]["last"] = page.number
            else:
                spans.append({"kind": "blank", "title": None, "first": page.number, "last": page.number})
            prev_blank = True
            continue
        cue = page_cue(page)
        starts_range = page.number in range_starts
        if spans and not cue and not starts_range and not prev_blank and spans[-1]["kind"] != "blank":
            spans[-1]["last"] = page.number
            continue
        if spans and cue and not starts_range and not prev_blank and spans[-1]["kind"] != "blank" \
                and not _new_document(spans[-1]["kind"], cue[0]) and not _other_meeting(spans[-1], cue):
            spans[-1]["last"] = page.number
            continue
        kind, title = cue if cue else ("other", None)
        if page.number == 1 and kind == "other":
            kind, title = "front_sheet", content_lines(page)[0][:200] if content_lines(page) else None
        if page.number in range_of:
            first, item_title = range_of[page.number]
            if page.number == first:
                title = title or item_title
                if kind == "other":
                    kind = "report"
            elif kind in ("other", "report"):
                # a later document inside one agenda item's page range is an appendix to it
                kind = "appendix"
        if kind in ("other", "appendix") and not title:
            lines = content_lines(page)
            title = lines[0][:200] if lines else None
        spans.append({"kind": kind, "title": title, "first": page.number, "last": page.number})
        prev_blank = False
    return [_segment(paper, i + 1, s["kind"], s["title"], s["first"], s["last"]) for i, s in enumerate(spans)]


def _new_document(current: str, cue: str) -> bool:
    """Does a title cue on a continuation page start a new document?

    A report's appendices follow it without a blank page, so an appendix
    cue always splits; a second 'report' cue inside a report (a heading that
    happens to read 'Purpose of the report') does not.
    """
    if cue == current and cue in ("report", "minutes", "agenda", "action_sheet", "forward_plan"):
        return False
    if current == "front_sheet" and cue == "agenda":
        return True
    return cue in ("appendix", "minutes", "action_sheet", "forward_plan", "agenda") or current in ("front_sheet", "agenda")


def _other_meeting(current: dict, cue: tuple[str, str]) -> bool:
    """A second set of minutes bound straight after the first: its title names another date.

    (A running header 'Minutes – 10 September 2019' repeats the same date, so it does not split.)
    """
    if current["kind"] != "minutes" or cue[0] != "minutes":
        return False
    a, b = _DATE_HINT.search(current.get("title") or ""), _DATE_HINT.search(cue[1] or "")
    return bool(a and b and a.group(0).lower() != b.group(0).lower())


def _segment(paper: Paper, seq: int, kind: str, title: str | None, first: int, last: int) -> dict:
    return {"segment_id": f"{paper.doc_id[:12]}-s{seq:03d}", "seq": seq, "kind": kind, "title": title,
            "first_page": first, "last_page": last}


