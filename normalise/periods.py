"""Periods as printed → the warehouse's normalised forms.

month ``2021-12``; financial-year quarter ``2019/20-Q2`` (council quarters are
financial: Q1 = April–June, so 'Quarter 2 2019/20' is July–September 2019);
financial year ``2019/20``; academic year ``AY2019/20``; calendar year ``2019``.
Spans with no fixed period ('last 12 months', '2015-2018', 'April to
September 2019/20') give None. Relative phrases ('the last quarter', 'year to
date') take the period of their context, usually the paper's reporting period.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_Y2 = r"(?:19|20)?\d{2}"

_SPAN = re.compile(
    rf"\b(last|past|previous|rolling)\s+(\d+|twelve|three|six)\s+(months?|years?|weeks?)\b"
    rf"|\b{_MONTH}\b.*\b(?:to|until|-|–)\b.*\b{_MONTH}\b"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\s*(?:to|-|–)\s*\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"
    rf"|\bbetween\b.*\band\b|\bsince\b|\bover the\b",
    re.I)
# year ranges: consecutive years are a financial year ('2019-20'), longer ones a span ('2015-18')
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)?\d\d)\b")
_QUARTER = re.compile(rf"\b(?:q|qtr\.?|quarter)\s*([1-4])\b(?:\s*(?:of\s+)?(?:the\s+)?((?:19|20)\d\d|\d\d)\s*[/-]\s*(\d{{2,4}}))?", re.I)
# the financial year printed before its quarter: '2023-24 Q4', 'FY23/24 Q2'
_YEAR_QUARTER = re.compile(r"(?<!\d)((?:19|20)\d\d|\d\d)\s*[/-]\s*(\d{2,4})\s*(?:q|qtr\.?|quarter)\s*([1-4])\b", re.I)
# a run of months: 'Jan-Mar 24', 'April 2023 to March 2024', 'April to September 2019/20' (months of that financial year)
_MONTH_RUN = re.compile(
    rf"\b({_MONTH})\.?(?:[\s\-']*((?:19|20)\d\d|\d\d)\b)?\s*(?:to|until|and|-|–)\s*({_MONTH})\.?[\s\-']*"
    rf"(?:(?P<fy>(?:19|20)\d\d)\s*/\s*\d{{2}}\b|((?:19|20)\d\d|\d\d)\b)", re.I)
# two quarters joined ('between Q1 and Q2', 'Q1 to Q3 2024/25'): a stretch over both, no quarter of its own
_QUARTER_RUN = re.compile(r"\b(?:between\s+|from\s+)?(?:q|qtr\.?|quarter)\s*[1-4](?:\s+(?:and|to|until)\s+|\s*[-–]\s*)(?:q|qtr\.?|quarter)\s*[1-4]\b"
                          r"(?:\s*(?:of\s+)?(?:19|20)\d\d\s*/\s*\d{2})?", re.I)
# a calendar year named so ('the 2023 calendar year', 'calendar year 2023', 'CY2023')
_CALENDAR_YEAR = re.compile(r"\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?:19|20)\d\d\s+calendar\s+year|calendar\s+year\s+(?:of\s+)?"
                            r"(?:19|20)\d\d|CY\s*(?:19|20)\d\d)\b", re.I)
# twelve months to a month ('in the 12 months to September 2024', 'the year ending March 2024'): a year when it
# is a financial, academic or calendar one, else a rolling span
_TWELVE_MONTHS_TO = re.compile(rf"\b(?:(?:in|over|for|during)\s+)?(?:the\s+)?(?:(?:twelve|12)\s+months|year)\s+(?:to|ending|up\s+to)\s+"
                               rf"(?:(?:the\s+)?end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?({_MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I)
# a month of a financial or school year, as a spanned year heading over months merges ('Apr 2024/25', '2024/25 Jan')
_MONTH_OF_YEAR = re.compile(rf"\b(?P<m1>{_MONTH})\.?\s+(?:AY\s*)?(?P<a1>(?:19|20)?\d\d)\s*/\s*(?P<b1>\d{{2}})\b"
                            rf"|(?<![\d/])(?:AY\s*)?(?P<a2>(?:19|20)?\d\d)\s*/\s*(?P<b2>\d{{2}})\s+(?P<m2>{_MONTH})\b", re.I)
_CALENDAR_QUARTER = re.compile(r"\b(?:q|qtr\.?|quarter)\s*[1-4]\s+(?:19|20)\d\d\b(?!\s*[/-]\s*\d)", re.I)
# half years have no form of their own in the warehouse
_HALF_YEAR = re.compile(r"\bH[12]\b|\bhalf[\s-]*year", re.I)
_YEAR_PAIR = re.compile(r"(?:\b|(?<=FY)|(?<=AY))((?:19|20)\d\d|\d\d)\s*[/-]\s*(\d{1,4})\b")  # 'FY2023/24' too
_ACADEMIC = re.compile(r"\bAY\s*|academic|school year|\bterm\b|key stage|\bKS\d", re.I)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?[\s\-']*((?:19|20)\d\d|\d\d)\b", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)?\d\d)\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_RELATIVE = re.compile(
    r"\b(?:this|the|last|current|same|latest)\s+(?:quarter|qtr|period|month|reporting period)\b|\byear to date\b|\bytd\b"
    r"|\b(?:this|current) (?:financial|academic|school) year\b|(?<!of\s)\bthis year\b", re.I)


def _full_year(y: str) -> int:
    n = int(y)
    return n if n >= 100 else 2000 + n if n < 70 else 1900 + n


def _fy(start: int) -> str:
    return f"{start}/{(start + 1) % 100:02d}"


def _year_pair(a: str, b: str) -> int | None:
    """Start year of '2019/20', '2014/5', '19/20', '2019-2020'; None if not consecutive years."""
    start = _full_year(a)
    end_digits = b
    if len(end_digits) == 4:
        end = int(end_digits)
    elif len(end_digits) == 2:
        end = start // 100 * 100 + int(end_digits)
    elif len(end_digits) == 1:
        end = start // 10 * 10 + int(end_digits)
    else:
        return None
    # '1999/00', '2009/0': the short end year rolls over into the next century or decade
    if len(end_digits) == 2 and end < start:
        end += 100
    elif len(end_digits) == 1 and end < start:
        end += 10
    return start if end == start + 1 else None


def fy_of_month(period: str) -> str:
    """'2019-09' → '2019/20' (the financial year the month falls in)."""
    y, m = int(period[:4]), int(period[5:7])
    return _fy(y if m >= 4 else y - 1)


def quarter_of_month(period: str) -> str:
    """'2019-09' → '2019/20-Q2'."""
    m = int(period[5:7])
    return f"{fy_of_month(period)}-Q{((m - 4) % 12) // 3 + 1}"


def quarter_by(month: str, quarter: int | str, begun: bool = False) -> str:
    """The latest financial quarter of that number over by a paper's month, as a month named without its year is
    the latest such month by then: 'Q2' in a paper of October 2024 is '2024/25-Q2', 'Q4' in one of June 2024
    '2023/24-Q4', 'Quarter 2' in one of July 2024 the Q2 a year before. ``begun``: the latest begun by a
    data date, which may fall inside it ('Q2 as at 31/08/2019' is '2019/20-Q2')."""
    y, m, q = int(month[:4]), int(month[5:7]), int(quarter)
    start = y if m >= 4 else y - 1
    if begun:
        edge = (start + 1, 1) if q == 4 else (start, 1 + 3 * q)
    else:
        edge = (start + 1, 3) if q == 4 else (start, 3 + 3 * q)
    return f"{_fy(start if edge <= (y, m) else start - 1)}-Q{q}"


# a run of whole days from one date to another ('1 April 2024 to 31 March 2025', '01/10/2024 - 31/12/2024')
_DAY = rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+((?:19|20)\d\d)"
_NUMERIC_DAY = r"(\d{1,2})[./](\d{1,2})[./]((?:19|20)?\d\d)"
_DAY_RANGE = re.compile(rf"\b(?:{_DAY}|{_NUMERIC_DAY})\s*(?:to|until|and|-|–)\s*(?:{_DAY}|{_NUMERIC_DAY})\b", re.I)


def _day_range(m: re.Match) -> str | None:
    """A run of days as a period, when it runs from the first of a month to the last of one and covers a month,
    a financial quarter or a financial, academic or calendar year; None for other runs."""
    g = m.groups()
    try:
        ends = []
        for day, month, year, n_day, n_month, n_year in (g[0:6], g[6:12]):
            ends.append(date(_full_year(year), MONTHS[month[:3].lower()], int(day)) if day
                        else date(_full_year(n_year), int(n_month), int(n_day)))
    except (ValueError, KeyError):
        return None
    start, end = ends
    if start.day != 1 or end.day != calendar.monthrange(end.year, end.month)[1] or end < start:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 1:
        return f"{start.year}-{start.month:02d}"
    if months == 3 and start.month in (1, 4, 7, 10):
        return quarter_of_month(f"{start.year}-{start.month:02d}")
    if months == 12 and start.month in (1, 4, 9):
        return {1: str(start.year), 4: _fy(start.year), 9: "AY" + _fy(start.year)}[start.month]
    return None


def _month_run(m: re.Match) -> str | None:
    """A run of months as a period, when it is exactly one: a financial quarter ('Jan-Mar 2024' → '2023/24-Q4'),
    a financial, academic or calendar year ('April 2023 to March 2024' → '2023/24'); None for other runs."""
    first, last = MONTHS[m.group(1)[:3].lower()], MONTHS[m.group(3)[:3].lower()]
    if m.group("fy"):
        fy = int(m.group("fy"))
        start = (fy if first >= 4 else fy + 1) * 12 + first - 1
        end = (fy if last >= 4 else fy + 1) * 12 + last - 1
    else:
        end_year = _full_year(m.group(5))
        start_year = _full_year(m.group(2)) if m.group(2) else end_year if first <= last else end_year - 1
        start, end = start_year * 12 + first - 1, end_year * 12 + last - 1
    months, year, first_month = end - start + 1, start // 12, start % 12 + 1
    if months == 3 and first_month in (1, 4, 7, 10):
        return quarter_of_month(f"{year}-{first_month:02d}")
    if months == 12 and first_month in (1, 4, 9):
        return {1: str(year), 4: _fy(year), 9: "AY" + _fy(year)}[first_month]
    return None


def period_span(period: str | None) -> tuple[str, str] | None:
    """First and last month ('YYYY-MM') a normalised period covers, for ordering periods of any kind:
    '2019/20-Q2' → ('2019-07', '2019-09'); 'AY2019/20' → ('2019-09', '2020-08'); None if not one."""
    if not period:
        return None
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return period, period
    if m := re.fullmatch(r"(\d{4})/\d{2}-Q([1-4])", period):
        first = int(m.group(1)) * 12 + 3 + (int(m.group(2)) - 1) * 3  # months since year 0, April = 3
        return f"{first // 12}-{first % 12 + 1:02d}", f"{(first + 2) // 12}-{(first + 2) % 12 + 1:02d}"
    if m := re.fullmatch(r"(AY)?(\d{4})/\d{2}", period):
        start = int(m.group(2))
        return (f"{start}-09", f"{start + 1}-08") if m.group(1) else (f"{start}-04", f"{start + 1}-03")
    if re.fullmatch(r"\d{4}", period):
        return f"{period}-01", f"{period}-12"
    return None


_BARE_MONTH = re.compile(rf"^{_MONTH}\.?$", re.I)


def is_bare_month(text: str) -> bool:
    """A month with no year ('Apr', 'September')."""
    return bool(_BARE_MONTH.match(" ".join(text.split()).strip(" :")))
# a month with no year in a sentence ('at the end of December'); capitalised, so 'in may' is no month
CAPITAL_MONTH = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                  r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_AT_MONTH = re.compile(rf"^(?:(?:as\s+)?at|as\s+of|in|during|for)\s+(?:the\s+)?(?:end\s+of\s+)?({CAPITAL_MONTH})$", re.I)


def _latest_month(month_name: str, context: str | None, before_start: bool = False) -> str | None:
    """The latest such month up to the end of the paper's period ('Jan' in a 2023/24-Q4 paper is 2024-01), or,
    ``before_start``, before the period begins ('last March' in a 2024/25-Q3 paper is 2024-03)."""
    span = period_span(context)
    if not span:
        return None
    month = MONTHS[month_name[:3].lower()]
    edge = span[0] if before_start else span[1]
    year, edge_month = int(edge[:4]), int(edge[5:])
    return f"{year if (month < edge_month if before_start else month <= edge_month) else year - 1}-{month:02d}"


# 'last March': the latest such month before the paper's period begins
_LAST_MONTH = re.compile(rf"^last\s+({CAPITAL_MONTH})$", re.I)


# when an aim falls due, printed without its year: 'by March', 'by the end of the year'
_BY_MONTH = re.compile(rf"^by\s+(?:the\s+)?(?:end\s+of\s+)?({CAPITAL_MONTH})$", re.I)
_BY_YEAR_END = re.compile(r"^by\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:(?:this|current)\s+)?(?:financial\s+|academic\s+|school\s+)?year"
                          r"|(?:financial\s+)?year[\s-]*end)$", re.I)


def _month_after(context: str | None, paper_month: str | None) -> tuple[int, int] | None:
    """(year, month) an aim is set from: the month after the paper's period ends (the paper reports
    on a period that is over), else the paper's own month."""
    if span := period_span(context):
        y, m = int(span[1][:4]), int(span[1][5:])
        return (y, m + 1) if m < 12 else (y + 1, 1)
    if paper_month and re.fullmatch(r"\d{4}-\d{2}", paper_month):
        return int(paper_month[:4]), int(paper_month[5:])
    return None


def _next_month(month_name: str, context: str | None, paper_month: str | None) -> str | None:
    """The first such month from when an aim is set: 'by March' in a 2024/25-Q2 paper is 2025-03."""
    start = _month_after(context, paper_month)
    if not start:
        return None
    month = MONTHS[month_name[:3].lower()]
    return f"{start[0] if month >= start[1] else start[0] + 1}-{month:02d}"


def _year_ahead(text: str, context: str | None, paper_month: str | None) -> str | None:
    """The year whose end an aim falls due at ('by year end' in a 2024/25-Q2 paper is 2024/25): the
    financial year, or the school year when the text says so, that runs on from the paper's period."""
    start = _month_after(context, paper_month)
    if not start:
        return None
    y, m = start
    if re.search(r"academic|school", text, re.I):
        return "AY" + _fy(y if m >= 9 else y - 1)
    return _fy(y if m >= 4 else y - 1)


def _shift_year(period: str, years: int) -> str | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})", period):
        return f"{int(m.group(1)) + years}-{m.group(2)}"
    if m := re.fullmatch(r"(AY)?(\d{4})/\d{2}(-Q[1-4])?", period):
        return f"{m.group(1) or ''}{_fy(int(m.group(2)) + years)}{m.group(3) or ''}"
    if re.fullmatch(r"\d{4}", period):
        return str(int(period) + years)
    return None


def year_before(period: str | None, same: bool = False) -> str | None:
    """The period a year before ``period``: with ``same``, the same quarter or month ('2024/25-Q1' →
    '2023/24-Q1'); else the financial year before the one it falls in ('2024/25-Q1' → '2023/24')."""
    span = period_span(period)
    if not span:
        return None
    if same:
        return _shift_year(period, -1)
    if re.fullmatch(r"AY\d{4}/\d{2}|\d{4}", period):
        return _shift_year(period, -1)  # an academic or calendar year: the one before it
    start = span[0]
    fy_start = int(start[:4]) if int(start[5:]) >= 4 else int(start[:4]) - 1
    return _fy(fy_start - 1)


def quarter_before(period: str | None) -> str | None:
    """'2024/25-Q1' → '2023/24-Q4'; None when ``period`` is no quarter."""
    m = re.fullmatch(r"(\d{4})/\d{2}-Q([1-4])", period or "")
    if not m:
        return None
    start, q = int(m.group(1)), int(m.group(2))
    return f"{_fy(start)}-Q{q - 1}" if q > 1 else f"{_fy(start - 1)}-Q4"


def month_before(period: str | None) -> str | None:
    """'2024-11' → '2024-10'; None when ``period`` is no month."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", period or "")
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return f"{year}-{month - 1:02d}" if month > 1 else f"{year - 1}-12"


# 'Last month' over a column beside 'This month': the month before the paper's (in prose 'the last
# month' is more often the month just gone, which is the paper's own)
MONTH_BEFORE_HEADER = re.compile(r"^(?:last|previous|prev\.?|prior|preceding)\s+month$", re.I)


def header_period(header: str, context: str | None) -> str | None:
    """A column header's period that only the paper's own period pins down: 'Last year' (the financial year
    before it), 'Same period last year' (a year before it), 'Last month' (the month before it), a month
    with no year ('Jan': the latest January up to the end of the paper's period). None for other headers
    or without a context."""
    text = " ".join(header.split()).strip(" :")
    span = period_span(context)
    if not span:
        return None
    if _YEAR_BEFORE.search(text):
        return parse_period(text, context)
    if MONTH_BEFORE_HEADER.match(text):
        return month_before(context)
    if _BARE_MONTH.match(text):
        return _latest_month(text, context)
    return None


def latest_period(periods) -> str | None:
    """The period that ends last; of two ending together, the shorter ('2023/24-Q4' over '2023/24')."""
    spans = [(span[1], span[0], p) for p in periods if (span := period_span(p))]
    return max(spans)[2] if spans else None


def _month_in(text: str) -> str | None:
    """The month of the first date or month-and-year a text prints ('as at 30 October 2019' → '2019-10')."""
    if d := _DAY_MONTH_YEAR.search(text):
        return f"{int(d.group(3))}-{MONTHS[d.group(2)[:3].lower()]:02d}"
    n = _NUMERIC_DATE.search(text)
    if n and 1 <= int(n.group(2)) <= 12:
        return f"{_full_year(n.group(3))}-{int(n.group(2)):02d}"
    if my := _MONTH_YEAR.search(text):
        return f"{_full_year(my.group(2))}-{MONTHS[my.group(1)[:3].lower()]:02d}"
    return None


def parse_period(raw: str | None, context: str | None = None, paper_month: str | None = None) -> str | None:
    """Normalised period of a printed period, or None for spans and the unknown.

    ``context`` is the period relative phrases and bare quarters lean on
    (e.g. the paper's reporting period '2019/20-Q2'). ``paper_month``, the month
    of a paper that reports on no period, only places a month or school year
    printed without its year ('in June' in a paper of July 2024 is 2024-06).
    """
    if not raw:
        return None
    text = " ".join(str(raw).replace("’", "'").split())
    text = re.sub(r"\bFY\s*(?=(?:19|20)?\d\d\s*[/-]\s*\d\d\b)", "", text, flags=re.I)  # 'Q1 FY23/24'
    if _HALF_YEAR.search(text):
        return None
    plain = " ".join(text.replace("(", " ").replace(")", " ").split())
    if days := _DAY_RANGE.search(plain):
        return _day_range(days)
    if run := _MONTH_RUN.search(plain):
        return _month_run(run)  # the months say which quarter, whatever number it is given
    if _QUARTER_RUN.search(text):
        return None
    if twelve := _TWELVE_MONTHS_TO.search(text):
        last, year = MONTHS[twelve.group(1)[:3].lower()], int(twelve.group(2))
        return {3: _fy(year - 1), 8: "AY" + _fy(year - 1), 12: str(year)}.get(last)
    if cy := _CALENDAR_YEAR.search(text):
        return re.search(r"(?:19|20)\d\d", cy.group(0)).group(0)
    if (my := _MONTH_OF_YEAR.search(plain)) and (start := _year_pair(my["a1"] or my["a2"], my["b1"] or my["b2"])):
        month = MONTHS[(my["m1"] or my["m2"])[:3].lower()]
        first = 9 if _ACADEMIC.search(text) else 4  # the month the year starts in
        return f"{start if month >= first else start + 1}-{month:02d}"
    if yq := _YEAR_QUARTER.search(text):
        start = _year_pair(yq.group(1), yq.group(2))
        return f"{_fy(start)}-Q{yq.group(3)}" if start else None
    if _SPAN.search(text) and not _QUARTER.search(text):
        return None
    r = _YEAR_RANGE.search(text)
    if r and not _year_pair(r.group(1), r.group(2)[-2:]):
        return None
    q = _QUARTER.search(plain)
    if q:
        if q.group(2):
            start = _year_pair(q.group(2), q.group(3))
            return f"{_fy(start)}-Q{q.group(1)}" if start else None
        if _CALENDAR_QUARTER.search(plain):
            return None  # 'Q4 2023': which year's quarters, financial or calendar, is unsaid
        if month := _month_in(plain):
            return quarter_by(month, q.group(1), begun=True)  # 'Q2 as at 30/09/2019'
        fy = context.split("-Q")[0] if context and re.match(r"^\d{4}/\d{2}", context) else None
        if fy:
            return f"{fy}-Q{q.group(1)}"
        return quarter_by(paper_month, q.group(1)) if paper_month else None
    pair = _YEAR_PAIR.search(text)
    if pair and not _NUMERIC_DATE.search(text):
        start = _year_pair(pair.group(1), pair.group(2))
        if start and (len(pair.group(1)) == 4 or "/" in pair.group(0)):
            year = ("AY" if _ACADEMIC.search(text) else "") + _fy(start)
            return so_far(year, context) if TO_DATE.search(text) else year
    if month := _month_in(text):
        return month
    before = _YEAR_BEFORE.search(text)
    if before and before.group("quarter"):
        return quarter_before(context)
    if before:
        return year_before(context, same=bool(before.group("same")))
    if _RELATIVE.search(text):
        if _ACADEMIC.search(text) and (span := period_span(context or paper_month)):
            # 'the academic year to date': the school year the paper's period ends in
            end = int(span[1][:4]) if int(span[1][5:]) >= 9 else int(span[1][:4]) - 1
            return "AY" + _fy(end)
        return context
    if last := _LAST_MONTH.match(text):
        return _latest_month(last.group(1), context or paper_month, before_start=True)
    if at := _AT_MONTH.match(text):
        return _latest_month(at.group(1), context or paper_month)
    if _BARE_MONTH.match(text) and re.match(CAPITAL_MONTH, text):  # 'Dec' printed beside a figure ('19.0% (Dec)')
        return _latest_month(text, context or paper_month)
    if by := _BY_MONTH.match(text):
        return _next_month(by.group(1), context, paper_month)
    if _BY_YEAR_END.match(text):
        return _year_ahead(text, context, paper_month)
    y = _YEAR.search(text)
    if y and re.fullmatch(r"(?:(?:in|during|for|by|of|end of|calendar year)\s+)?(?:19|20)\d\d", text.strip(" .,:;()"), re.I):
        return y.group(1)
    return None


def looks_like_period(text: str | None) -> bool:
    """Does a column header or phrase name a period (or a span) rather than a comparator or category?"""
    if not text:
        return False
    t = " ".join(text.split())
    return bool(_QUARTER.search(t) or _YEAR_PAIR.search(t) or _MONTH_YEAR.search(t) or _NUMERIC_DATE.search(t)
                or _SPAN.search(t) or _YEAR_RANGE.search(t) or re.fullmatch(r"(?:19|20)\d\d", t) or _RELATIVE.search(t))


_STARTS_A_RUN = re.compile(r"\b(?:from|starting|commencing|onwards?)\b|\b(?:monthly|quarterly|weekly|ongoing)\b", re.I)


def target_period(deadline_raw: str | None, paper_month: str | None = None, context: str | None = None) -> str | None:
    """Period a target is set for: a financial year when it falls due at the year's end ('March 2024' → '2023/24').
    ``paper_month`` and ``context`` place a month or quarter printed without its year, as in ``parse_period``."""
    if deadline_raw and _STARTS_A_RUN.search(deadline_raw):
        return None  # 'Monthly from December 2024': when a run of targets starts, none of their periods
    p = parse_period(deadline_raw, context, paper_month=paper_month)
    if p and re.fullmatch(r"\d{4}-03", p):
        return _fy(int(p[:4]) - 1)
    return p


# period phrases inside a sentence or a label, most specific first
# a year before the period a text reports on: 'last year', 'the previous year', 'a year earlier',
# 'the same period last year' (the same quarter or month a year before)
_YEAR_BEFORE = re.compile(
    r"\b(?:(?:in|for|during|over|at)\s+)?(?:the\s+)?(?P<same>same\s+(?:period|quarter|month|point)\s+(?:last|of\s+the\s+previous)"
    r"\s+year|a\s+year\s+(?:earlier|before|ago))"
    r"|\b(?:(?:in|for|during|over)\s+)?the\s+(?:previous|prior|preceding)\s+(?:financial\s+)?year\b"
    # 'in the last year' is the twelve months to now, not the year before
    r"|\b(?:(?:in|for|during)\s+)?(?<!the\s)(?:last|previous|prev\.?|prior)\s+(?:financial\s+)?year\b"
    r"|\bthe\s+year\s+before\b"
    # 'the previous quarter', 'last quarter': the quarter before ('the last quarter' is the one reported on)
    r"|\b(?:(?:in|for|during|over|than|to|with)\s+)?(?:the\s+)?(?P<quarter>(?:previous|prev\.?|prior|preceding)\s+(?:quarter|qtr)"
    r"|(?<!the\s)(?<!in\s)(?<!for\s)(?<!during\s)last\s+(?:quarter|qtr))\b", re.I)


def is_year_before(raw: str | None) -> bool:
    """Is a period phrase one that counts back a year ('last year', 'a year earlier')?"""
    return bool(raw) and bool(_YEAR_BEFORE.fullmatch(raw.strip()))

_PHRASES = tuple(re.compile(p, re.I) for p in (
    # a run of months: 'April to June 2024', 'Apr-Jun 2024', 'Jul-Sep 24', 'Jul-24 to Sep-24' (a short year only when
    # joined on)
    rf"\b(?:between\s+)?{_MONTH}\.?(?:\s+(?:19|20)\d\d|\s*[-']\s*\d\d)?(?:\s*[-–]\s*|\s+(?:to|and|until)\s+){_MONTH}\.?"
    rf"(?:\s+(?:19|20)\d\d(?:\s*/\s*\d\d)?|\s*[-']\s*\d\d)\b",
    # ('Apr 24 - Mar 25': a short year after a space is a day's number unless both ends print one)
    rf"\b{_MONTH}\.?\s+\d\d\s*(?:[-–]|to)\s*{_MONTH}\.?\s+\d\d\b(?!\s*/|,?\s+(?:19|20)\d\d)",
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*(?:to|-|–)\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}",
    rf"\b(?:between\s+|from\s+)?{_DAY}\s*(?:to|until|and|-|–)\s*{_DAY}\b",
    _QUARTER_RUN.pattern,
    _MONTH_OF_YEAR.pattern,
    _CALENDAR_YEAR.pattern,
    _TWELVE_MONTHS_TO.pattern,
    rf"\b(?:as\s+)?at\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\s+(?:19|20)\d\d\b",
    # ('Q1 23/24', '23-24 Q1': a scorecard's short years)
    rf"\b(?:in|during|for)?\s*(?:the\s+)?(?:end\s+of\s+)?(?:(?:FY\s*)?(?:19|20)?\d\d\s*[/-]\s*\d{{2}}\s+)?(?:q|qtr\.?|quarter)\s*[1-4]\b"
    rf"(?:\s*(?:of\s+)?(?:FY\s*)?(?:(?:19|20)\d\d\s*/\s*\d{{2}}|\d\d\s*[/-]\s*\d\d)\b)?",
    rf"\b(?:in|during|for)\s+(?:the\s+)?(?:last|this|current|same)\s+(?:quarter|period)\b(?!\s+(?:last|of\s+the\s+previous)\s+year)"
    rf"|\b(?:in\s+)?the\s+(?:(?:academic|school|financial)\s+)?year\s+to\s+date\b|\bduring\s+the\s+(?:same\s+)?period\b(?!\s+last\s+year)|\bin\s+the\s+quarter\b",
    rf"\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:last|past|previous|rolling)\s+(?:\d+|twelve|three|six|two)\s+(?:months?|years?)\b",
    r"\b(?:in\s+)?(?:this|the\s+current)\s+(?:financial|academic|school)\s+year\b",
    # 'this year' (not 'the end of this year', a deadline)
    r"\b(?:(?:in|for|during)\s+)?(?<!of\s)this\s+year\b",
    r"\b(?:(?:academic|school|financial)\s+year\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b"
    r"(?:\s+(?:academic|school|financial)\s+year\b)?",
    # ('the 2023/24 academic year': the word after the years says which kind)
    r"\b(?:(?:in|during|for)\s+)?(?:the\s+)?(?:(?:academic|school|financial)\s+year\s+|AY\s*|FY\s*)?(?:19|20)\d\d\s*/\s*\d{1,2}\b"
    r"(?:\s+(?:academic|school|financial)\s+year\b)?",
    r"\bFY\s*\d\d\s*[/-]\s*\d\d\b",  # 'FY23/24': a short year pair that says it is a year
    rf"\b(?:in\s+|during\s+|by\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\s+(?:19|20)\d\d\b",
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    r"\b(?:in|during)\s+(?:19|20)\d\d\b",
    _YEAR_BEFORE.pattern,
    _LAST_MONTH.pattern[1:-1] + r"\b(?!\.?\s*['’]?\s*\d)",
    _AT_MONTH.pattern[1:-1] + r"\b(?!\.?\s*['’]?\s*\d)",
    # a month in brackets after a figure, perhaps with a short year: '19.0% (Dec)', '52 (Dec 23)'
    rf"(?<=\()\s*{CAPITAL_MONTH}\.?(?:[\s\-']*(?:19|20)?\d\d)?(?=\s*\))",
    r"\b" + _BY_MONTH.pattern[1:-1] + r"\b(?!\.?\s*['’]?\s*\d)",
    r"\b" + _BY_YEAR_END.pattern[1:-1] + r"\b",
))


# (a phrase's match may start at the space before it: 'since' may end the text)
_SINCE = re.compile(r"\bsince(?:\s+the)?(?:\s+(?:end|start|beginning)\s+of)?\s*$", re.I)


# ('an up to date review' is no year so far)
TO_DATE = re.compile(r"\bytd\b|\b(?:year\s+)?(?<!up\s)(?<!up-)to[\s-]+date\b", re.I)


def so_far(year: str, context: str | None) -> str:
    """The period a year-to-date figure ('2024/25 YTD') is for: the reporting period it runs to, when
    that falls in the year (as 'In the year to date' is); else the year."""
    inner, outer = period_span(context), period_span(year)
    return context if inner and outer and outer[0] <= inner[0] and inner[1] <= outer[1] else year


def find_period(text: str | None, context: str | None = None,
                paper_month: str | None = None) -> tuple[str | None, str | None]:
    """The first period phrase a text prints, as (period_raw, normalised period)."""
    if not text:
        return None, None
    best = None
    spans_from: list[tuple[int, int]] = []  # 'since March 2023' starts a span running to now: no period of its own
    for pattern in _PHRASES:
        for m in pattern.finditer(text):
            if _SINCE.search(text[:m.start()]):
                spans_from.append(m.span())
            elif not any(a < m.end() and m.start() < b for a, b in spans_from):  # nor any part of it
                best = m
                break
        if best:
            break
    if not best:
        return None, None
    raw = " ".join(best.group(0).split()).strip(" ,.")
    period = parse_period(raw, context, paper_month)
    if period and (to_date := TO_DATE.search(text)) and not TO_DATE.search(raw):
        # '2024/25 YTD': the year's figure so far, printed as the year and a note
        start, end = min(best.start(), to_date.start()), max(best.end(), to_date.end())
        raw, period = " ".join(text[start:end].split()), so_far(period, context)
    return raw, period
