"""Dates as council papers print them: every date a piece of text names, in order.

Plans write deadlines many ways: ``30/6/2022``, ``31st May 2018``,
``March 2024``, ``Mar-24``, ``Jun 23``, ``2023-04-30``, ``Q3 2024/25``. A month without a
day means the end of that month (a deadline of "March 2024" is met on the 31st), a
financial-year quarter the end of its last month, a school term the end of the month it ends in
('Autumn term 2024' is met by 31 December). A season ('Spring 2025') has no agreed last day, nor has
the spring term (it ends at Easter), so they give nothing.
Words that are not dates ("Monthly", "Ongoing") give nothing.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<{name}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR4 = r"(?:19|20)\d\d"

# One alternation, longest forms first, scanned left to right so dates come out in order.
_DATE = re.compile(
    r"(?<![\w/.-])(?:"
    # 2023-04-30
    rf"(?P<iso_y>{_YEAR4})-(?P<iso_m>\d\d?)-(?P<iso_d>\d\d?)"
    # 30/06/2022, 30.6.22, 30-06-2022 (UK order: day first)
    r"|(?P<n_d>\d\d?)(?P<sep>[/.-])(?P<n_m>\d\d?)(?P=sep)(?P<n_y>\d{4}|\d\d)"
    # 31st May 2018, 1 June 18, 31-Mar-25 (a spreadsheet's date)
    rf"|(?P<d_d>\d\d?)(?:(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.format(name='d_m')},?\s+|-{_MONTH.format(name='dd_m')}-)"
    rf"(?P<d_y>{_YEAR4}|'?\d\d)"
    # May 31st, 2018
    rf"|{_MONTH.format(name='md_m')}\s+(?P<md_d>\d\d?)(?:st|nd|rd|th)?,?\s+(?P<md_y>{_YEAR4})"
    # March 2024, Mar-24, Jun 23, Sept '23, March, 2025
    rf"|{_MONTH.format(name='m_m')}(?:\s*[-/\u2013]\s*|,?\s+|\s*')(?P<m_y>{_YEAR4}|'?\d\d)"
    # 06/2024 (month/year)
    rf"|(?P<my_m>\d\d?)/(?P<my_y>{_YEAR4})"
    # Q3 2024/25, Quarter 3 2024-25, 2024/25 Q3: a financial-year quarter (a bare 'Q2 2024' could be either kind)
    rf"|(?:Q|qtr\.?\s*|quarter\s*)(?P<qa_n>[1-4])\s*(?:of\s+)?(?:FY\s*)?(?P<qa_y>{_YEAR4}|\d\d)[/-](?P<qa_y2>\d\d)"
    rf"|(?P<qb_y>{_YEAR4})[/-](?P<qb_y2>\d\d)\s*[-\u2013]?\s*(?:Q|qtr\.?\s*|quarter\s*)(?P<qb_n>[1-4])"
    # end of 2024 (the calendar year); end of 2024/25, 2024/25 year end (the financial year: 31 March)
    rf"|end\s+of\s+(?:the\s+)?(?:calendar\s+)?(?:year\s+)?(?P<ye_y>{_YEAR4})(?![/-]\d)"
    rf"|(?:end\s+of\s+(?:the\s+)?(?:financial\s+year\s+|FY\s*)?|year[-\s]end\s+)(?P<fe_y>{_YEAR4})[/-](?P<fe_y2>\d\d)"
    rf"|(?P<fe2_y>{_YEAR4})[/-](?P<fe2_y2>\d\d)\s+year[-\s]end"
    # Autumn term 2024, Summer term 2025: school terms end in December and July
    rf"|(?P<se_s>summer|autumn)\s+term,?\s+(?P<se_y>{_YEAR4}|'\d\d)"
    r")(?![\w/]|\.\d)",
    re.IGNORECASE,
)


def _year(text: str) -> int:
    y = int(text.lstrip("'"))
    return y + 2000 if y < 100 else y


def _month(text: str) -> int:
    key = text.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def month_end(year: int, month: int) -> date:
    """The last day of a month: what a month-only deadline means."""
    return date(year, month, calendar.monthrange(year, month)[1])


def fy_quarter_end(start_year: int, quarter: int) -> date:
    """Last day of a quarter of the financial year that starts in April of ``start_year``."""
    month = 3 * quarter + 3  # Q1 → June … Q3 → December, Q4 → March of the next year
    return month_end(start_year, month) if month <= 12 else month_end(start_year + 1, month - 12)


def _make(m: re.Match) -> date | None:
    g = m.groupdict()
    try:
        if g["iso_y"]:
            return date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        if g["n_d"]:
            return date(_year(g["n_y"]), int(g["n_m"]), int(g["n_d"]))
        if g["d_d"]:
            return date(_year(g["d_y"]), _month(g["d_m"] or g["dd_m"]), int(g["d_d"]))
        if g["md_m"]:
            return date(_year(g["md_y"]), _month(g["md_m"]), int(g["md_d"]))
        if g["m_m"]:
            return month_end(_year(g["m_y"]), _month(g["m_m"]))
        if g["my_m"]:
            return month_end(_year(g["my_y"]), int(g["my_m"]))
        if g["ye_y"]:
            return date(int(g["ye_y"]), 12, 31)
        if g["fe_y"] or g["fe2_y"]:
            start = int(g["fe_y"] or g["fe2_y"])
            if (start + 1) % 100 != int(g["fe_y2"] or g["fe2_y2"]):
                return None
            return date(start + 1, 3, 31)
        if g["se_s"]:
            return month_end(_year(g["se_y"]), {"autumn": 12, "summer": 7}[g["se_s"].lower()])
        if g["qa_n"] or g["qb_n"]:
            start = _year(g["qa_y"] or g["qb_y"])
            if (start + 1) % 100 != int(g["qa_y2"] or g["qb_y2"]):
                return None  # '2024/26' is no financial year
            return fy_quarter_end(start, int(g["qa_n"] or g["qb_n"]))
    except ValueError:  # 31/02/2024 and the like: not a date
        return None
    return None


_ORDINAL = r"\d\d?(?:st|nd|rd|th)?"
# '1st & 15th March 2024', '1, 8 and 15 March 2024', '14th-18th Oct 2024': earlier days share the month
# and year of the last
_DAY_LIST = re.compile(
    rf"(?<![\w/.])(?P<day>{_ORDINAL})(?P<sep>\s*(?:&|and|,|-|\u2013|to)\s*)"
    rf"(?=(?:{_ORDINAL}\s*(?:&|and|,)\s*)*{_ORDINAL}\s+(?:of\s+)?(?P<my>{_MONTH.format(name='l_m')},?\s+{_YEAR4}))",
    re.IGNORECASE)
# 'June/July 2024', 'May and June 2024', 'Jan-Mar 2025': an earlier month shares the year of the later one
_MONTH_LIST = re.compile(
    rf"(?<![\w/.])(?P<m1>{_MONTH.format(name='a_m')})(?P<sep>\s*(?:/|&|and|,|-|\u2013|to)\s*)"
    rf"(?=(?P<m2>{_MONTH.format(name='b_m')})\s+(?P<year>{_YEAR4}))",
    re.IGNORECASE)


# '31 Jan and 28 Feb 2025': an earlier day and month shares the year of the later one
_DAY_MONTH_LIST = re.compile(
    rf"(?<![\w/.])(?P<dm>\d\d?(?:st|nd|rd|th)?\s+{_MONTH.format(name='c_m')})(?P<sep>\s*(?:/|&|and|,|-|\u2013|to)\s*)"
    rf"(?=\d\d?(?:st|nd|rd|th)?\s+(?P<d_m2>{_MONTH.format(name='e_m')})\s+(?P<year>{_YEAR4}))",
    re.IGNORECASE)


def _share_month_and_year(m: re.Match) -> str:
    before = m.string[:m.start()].rstrip()
    if m.group("day").isdigit() and before[-1:].isalpha():
        return m.group(0)  # 'Phase 1 & 2 March 2024': a bare number after a word is not a day
    return f"{m.group('day')} {m.group('my')} {m.group('sep').strip()} "  # spaced: a dash stays no part of a date


def _share_year(m: re.Match) -> str:
    if _month(m.group("a_m")) >= _month(m.group("b_m")):
        return m.group(0)  # 'November/January 2025' crosses a year: which one is not said
    return f"{m.group('m1')} {m.group('year')} {m.group('sep').strip()} "


def _share_year_of_day(m: re.Match) -> str:
    if _month(m.group("c_m")) > _month(m.group("e_m")):
        return m.group(0)  # '30 Dec and 31 Jan 2025' crosses a year
    return f"{m.group('dm')} {m.group('year')}{m.group('sep')}"


# 'mid-November 2024', 'end-March 2025': the part of the month hyphened on to it (the month still names the date)
_HYPHENED_PART = re.compile(r"\b(mid|early|late|end)-(?=[a-z])", re.IGNORECASE)


def parse_dates(text: str | None) -> list[date]:
    """Every date ``text`` names, in the order it first names them."""
    if not text:
        return []
    text = _HYPHENED_PART.sub(r"\1 ", text.replace("\u2019", "'"))
    text = _DAY_MONTH_LIST.sub(_share_year_of_day, text)
    text = _MONTH_LIST.sub(_share_year, _DAY_LIST.sub(_share_month_and_year, text))
    out = []
    for m in _DATE.finditer(text):
        d = _make(m)
        if d is not None and d not in out:  # 'Q1 2024/25 (June 2024)' names one date twice
            out.append(d)
    return out


def latest(dates: list[date]) -> date | None:
    return max(dates) if dates else None
