"""A paper's title and publication date, read from its first page."""
from __future__ import annotations

import re
from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+((?:19|20)\d\d)\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+((?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_MINUTES_OF = re.compile(r"\b(?:draft\s+)?minutes\s+of\s+(?:a|an|the)\b", re.I)
_SALUTATION = re.compile(r"^\s*Dear\s+\S", re.I)
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)
_HELD_ON = re.compile(r"\bheld\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.I)
_NOTICE = re.compile(r"\b(agenda|notice\s+of|summons|summoned|you\s+are\s+(?:hereby\s+)?(?:invited|requested))\b", re.I)
_LABELLED = re.compile(r"(publication date|date of publication|published( on)?|version date|date of issue|date published|"
                       r"report date|date of report|date (last )?updated|^\s*(last\s+)?updated( on| as at)?)\s*[:\-]?\s*",
                       re.I | re.M)  # 'updated' opening a line, not 'the policy was updated in June' in a cell
_LABEL_TO_DATE = re.compile(r"[\s:,\-\u2013]*(?:on\s+|as\s+at\s+|v\d+(?:\.\d+)*,?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.I)
_COVER_LINES = 8
_COVER_MONTH = re.compile(rf"(?:(?:version|v)\s*[\d.]+\s*[,\-\u2013]?\s*|(?:date|dated)\s*:?\s*)?{_MONTH}\s+((?:19|20)\d\d)", re.I)
# '14/02/2025', '14.02.25': a spreadsheet's or form's date, read day first as UK papers print it
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d\d)\b")


def title_lines(path: str, page_index: int = 0, max_lines: int = 4) -> str | None:
    """The biggest text at the top of a page, lines joined: the paper's title."""
    pdf = pdfium.PdfDocument(path)
    try:
        if len(pdf) <= page_index:
            return None
        tp = pdf[page_index].get_textpage()
        n = tp.count_chars()
        text = tp.get_text_range()
        sizes = [pdfium_c.FPDFText_GetFontSize(tp.raw, i) for i in range(min(n, len(text), 1500))]
    finally:
        pdf.close()
    lines, cur, cur_sizes = [], [], []
    for ch, size in zip(text, sizes):
        if ch in "\r\n":
            if cur and cur_sizes:
                lines.append(("".join(cur).strip(), max(cur_sizes)))
            cur, cur_sizes = [], []
            continue
        cur.append(ch)
        if not ch.isspace():
            cur_sizes.append(size)
    if cur and cur_sizes:
        lines.append(("".join(cur).strip(), max(cur_sizes)))
    lines = without_address(lines[:25])
    if not lines:
        return None
    top = max(s for _, s in lines)
    picked: list[str] = []
    after = len(lines)  # index of the first line after the title
    for k, (t, s) in enumerate(lines):
        if s >= top - 0.5:
            picked.append(t)
            after = k + 1
        elif picked:
            break
        if len(picked) >= max_lines:
            break
    title = re.sub(r"\s+", " ", " ".join(picked)).strip()
    if _BODY_ONLY.fullmatch(title):
        # the biggest line only names who wrote the paper ('Westford City Council'): what the paper is
        # sits in the next size down, just under it
        rest = lines[after:after + 6]
        sizes = [sz for _, sz in rest if sz < top - 0.5]
        if sizes:
            second = max(sizes)
            under = []
            for t, sz in rest:
                if _FIELD.match(t):  # 'Inspection dates: …' is a field of the paper, not its title
                    break
                if abs(sz - second) > 0.5:
                    if under:
                        break
                    continue
                under.append(t)
            if under and second >= min(sz for _, sz in lines) + 1:
                # a footnote mark printed against the last word ('… Children Board1') is no part of it
                title = f"{title} – {re.sub(r'(?<=[a-z])[0-9]$', '', ' '.join(under))}"
    return title.replace("\ufffe", "-") or None


_FIELD = re.compile(r"^[A-Z][\w ()]{0,30}:\s")
# a title that is only a council's or trust's name
_BODY_ONLY = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){1,5}(?:(?:metropolitan\s+)?(?:borough|county|city|district)\s+)?"
                        r"(?:council|trust|partnership)", re.I)


_POSTCODE_END = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$")


def without_address(lines: list[tuple[str, float]], block: int = 5) -> list[tuple[str, float]]:
    """Lines without a postal address block (the lines in one size down to a postcode): a letterhead
    ('Piccadilly Gate / Store Street / Manchester / M1 2WD') is where a letter comes from, not its title."""
    drop: set[int] = set()
    for i, (text, size) in enumerate(lines):
        if _POSTCODE_END.search(text):
            drop.add(i)
            for j in range(i - 1, max(-1, i - block), -1):
                if abs(lines[j][1] - size) > 0.5:
                    break
                drop.add(j)
    return [ln for i, ln in enumerate(lines) if ln[0] and i not in drop]


def _iso(day: int | None, month: int | None, year: int) -> str | None:
    try:
        if day and month:
            return date(year, month, day).isoformat()
    except ValueError:
        return None
    if month:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def published(first_page_text: str, title: str | None) -> str | None:
    """ISO date, month or year the paper was published, as precise as it says.

    A labelled date ("Publication date: …") wins; then, for minutes, the date of
    the meeting their opening sentence records; else the last full date on the
    first page (a notice's signature date); else a year in the title.
    """
    text = first_page_text.replace("\n", " ")
    for m in _LABELLED.finditer(first_page_text):
        after = text[m.end(): m.end() + 40]
        # the label and then its date ('Published: Tuesday, 4 March 2025'), not a sentence that goes on
        # to another date ('asked that it be published by 1 April 2024')
        d = _DAY_MONTH_YEAR.search(after[:25])
        if d and _LABEL_TO_DATE.fullmatch(after[:d.start()]):
            return _iso(int(d.group(1)), MONTHS[d.group(2).lower()], int(d.group(3)))
        mo = _MONTH_YEAR.search(after[:25])
        if mo and _LABEL_TO_DATE.fullmatch(after[:mo.start()]):
            return _iso(None, MONTHS[mo.group(1).lower()], int(mo.group(2)))
        n = _NUMERIC_DATE.match(after)
        if n:
            year = int(n.group(3))
            return _iso(int(n.group(1)), int(n.group(2)), year + 2000 if year < 100 else year)
    # 'Minutes of a meeting … held … on Monday, 3 March 2025': later dates are the next meeting's
    opening = _MINUTES_OF.search(text[:400])
    if opening and not _NOTICE.search(text[:opening.start()]):  # an agenda item 'Minutes of the meeting held on …'
        d = _DAY_MONTH_YEAR.search(text, opening.end(), opening.end() + 250)
        if d:
            return _iso(int(d.group(1)), MONTHS[d.group(2).lower()], int(d.group(3)))
    # a plan or self-assessment dated in its title ('Self-Evaluation, January 2025'): a date in its
    # text is more likely a data date ('At 31 March 2024'); a notice is dated where it is signed
    if title and not _NOTICE.search(text):
        d = _DAY_MONTH_YEAR.search(title)
        if d:
            return _iso(int(d.group(1)), MONTHS[d.group(2).lower()], int(d.group(3)))
        mo = _MONTH_YEAR.search(title)
        if mo:
            return _iso(None, MONTHS[mo.group(1).lower()], int(mo.group(2)))
    # a cover's month alone on a line under the title ('October 2024', 'Version 2 – October 2024') is
    # when the paper was written; a month in a sentence or a table further down is a data month
    for line in [ln for ln in first_page_text.split("\n") if ln.strip()][:_COVER_LINES]:
        mo = _COVER_MONTH.fullmatch(line.strip())
        if mo and not _NOTICE.search(text):
            return _iso(None, MONTHS[mo.group(1).lower()], int(mo.group(2)))
    # a letter is dated on a line of its own above its salutation; the dates in its sentences are of what it
    # reports (a report's running footer may print a date alone too, so only a letter's head counts)
    lines = first_page_text.split("\n")
    dear = next((i for i, line in enumerate(lines) if _SALUTATION.match(line)), 0)
    dated = next((d for line in lines[:dear] if (d := _DAY_MONTH_YEAR.fullmatch(
        _WEEKDAY.sub("", line.strip()).strip(" ,.")))), None)
    if dated:
        return _iso(int(dated.group(1)), MONTHS[dated.group(2).lower()], int(dated.group(3)))
    # the date of an earlier meeting an agenda lists ('Minutes of the meeting held on 7 March 2024') is not this paper's
    full = [d for d in _DAY_MONTH_YEAR.finditer(text) if not _HELD_ON.search(text[max(0, d.start() - 40):d.start()])]
    if full:
        d = full[-1]
        return _iso(int(d.group(1)), MONTHS[d.group(2).lower()], int(d.group(3)))
    if title:
        years = _YEAR.findall(title)
        if years:
            return years[-1]
    return None
