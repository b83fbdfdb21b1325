"""Figures as printed in KPI cells and sentences → numbers with a unit.

A cell can hold more than one figure ('471 (62.6)' is a count and its rate,
'32 (7%)' a count and its share), a period of its own ('Q4 6%',
'32 (Q1 2019/20)'), footnote stars ('52*') and provisional or year-to-date
marks. Blanks, dashes, 'n/a' and 'TBC' hold no figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from normalise.periods import CAPITAL_MONTH


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str | None  # percent, count, rate_per_10000, days, … or None when the cell does not say
    period_raw: str | None = None  # a period printed inside the cell


_EMPTY = re.compile(r"^(n/?a|na|-+|–|—|tbc|tbd|awaited|nil|none|not available|no data|\.+|x|\*+)$", re.I)
# marks that qualify a figure without changing it
# ('52.1% [p]', '52.3%p': provisional; '[r]' revised; '(e)' estimated)
_MARKS = re.compile(r"[(\[](?:ytd|provisional|prov\.?|p|r|e|est\.?|estimated|revised|rev\.?)[)\]]|\b(?:ytd|provisional)\b"
                    r"|(?<=%)p\b", re.I)
_PERIOD_IN_CELL = re.compile(
    r"\(?\b((?:Q|Qtr\.?\s*|Quarter\s*)[1-4](?:\s*(?:of\s+)?(?:20\d\d|\d\d)\s*[/-]\s*\d{2,4})?"
    # 'Dec 23: 19%', '2023/24: 88%': a month or a financial year labelling the figure after it
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s\-']*(?:20)?\d\d(?=\s*[:\-–)])"
    r"|20\d\d\s*/\s*\d\d(?=\s*[:\-–)])"
    # '19.0% (Dec)': a month alone in brackets after the figure (capitalised: '(may be revised)' is no month)
    rf"|(?<=\(){CAPITAL_MONTH}\.?(?=\))"
    # '52.1% (2023)': a year alone in brackets dates the figure; it is no count or rate of it
    r"|(?<=\()(?:19|20)\d\d(?=\)))\)?(?:\s*:|\s+[\-–](?=\s))?", re.I)
_TENS = {w: 10.0 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SMALL = {w: float(n) for n, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split(), start=1)}
_ONES = {w: n for w, n in _SMALL.items() if n < 10}
# a share written in words, as style guides ask at the start of a sentence ('Ninety-two per cent of care
# leavers …', 'One hundred percent of …')
PERCENT_IN_WORDS = re.compile(
    r"\b(?:(?P<tens>%s)(?:\s*[-\u2010\u2011\u2013]\s*|\s+)?(?P<ones>%s)?|(?P<small>%s)|(?P<hundred>(?:one|a)\s+hundred))"
    r"\s*(?:per\s*cent|percent|%%)(?![\w-])" % ("|".join(_TENS), "|".join(_ONES), "|".join(_SMALL)), re.I)
_AFTER_TENS = re.compile(r"\b(?:%s)\s*[-\u2010\u2011\u2013]?\s*$" % "|".join(_TENS), re.I)


def percent_in_words(text: str, start: int = 0) -> tuple[float, int] | None:
    """The share spelt out from ``start`` ('Ninety-two per cent'), as (value, where its text ends), or None.
    A word inside a longer number ('two' in 'ninety-two') starts none."""
    m = PERCENT_IN_WORDS.match(text, start)
    if not m or _AFTER_TENS.search(text[:start]):
        return None
    return _spelt_value(m), m.end()


def _spelt_value(m: re.Match) -> float:
    words = {k: (v or "").lower() for k, v in m.groupdict().items()}
    if words["hundred"]:
        return 100.0
    if words["tens"]:
        return _TENS[words["tens"]] + _ONES.get(words["ones"], 0.0)
    return _SMALL[words["small"]]


def spelt_percents_as_digits(text: str) -> str:
    """'Ninety-two per cent of care leavers' → '92% of care leavers': the share's words name no measure."""
    return PERCENT_IN_WORDS.sub(lambda m: f"{_spelt_value(m):g}%", text)


_NUMBER = r"[+\-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+\-−]?\d+(?:\.\d+)?"
# the base of a rate: per 10,000 children is the usual one; per 1,000 or per 100,000 (first-time
# entrants, hospital admissions) are rates on another scale, which the catalogue calls a ratio
PER_TEN_THOUSAND = r"per\s*10(?:,?000|k)\b"
PER_OTHER_BASE = r"per\s*(?:100,?000|100k|1,?000)\b"
_FIRST = re.compile(rf"^\s*(?P<num>{_NUMBER})\s*\**\s*(?P<unit>%|per\s*cent\b|percent\b|{PER_TEN_THOUSAND}|{PER_OTHER_BASE}"
                    r"|weeks?|wks?\b|days?|fte)?", re.I)
_BRACKET = re.compile(rf"\(\s*(?P<num>{_NUMBER})\s*\**\s*(?P<unit>%|{PER_TEN_THOUSAND}|{PER_OTHER_BASE})?\s*\)", re.I)
_STATUS_LETTER = re.compile(r"^(?-i:[RAGB])$")
_CHANGE = re.compile(r"\b(increase|decrease|rise|fall|reduction|up|down)\b", re.I)
_MONEY = re.compile(r"[£$€]|\bk\b|\bm\b|\bmillion\b|\bbn\b", re.I)
# direction-of-travel arrows printed beside a figure ('88% ↑'), and footnote marks after it ('27.3%¹',
# '27.3%[2]', '52†', '88%^'): the figure is the same without them
_ARROWS_AND_NOTES = re.compile(r"[\u2190-\u21ff\u25b2-\u25c5\u2b06-\u2b07]|(?<=[\d%])\s*(?:[\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021^]+|\[\d{1,2}\])")
# '402 ▲ 3%': the arrow and the change after it say how the figure moved, the figure is the one before them
_ARROW_AND_CHANGE = re.compile(r"(?<=[\d%])\s*[\u2190-\u21ff\u25b2-\u25c5\u2b06-\u2b07]\s*[+\-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|pts?|pp)?\s*$")
# 'n/m (p%)': a count out of a total, then its share; the total is not a figure of its own
_OUT_OF = re.compile(r"^(\s*\d[\d,]*)\s*/\s*\d[\d,]*(?=\s*\()")


def to_number(text: str) -> float:
    """'5,106' → 5106.0; '−0.02' → -0.02."""
    return float(text.replace(",", "").replace("−", "-"))


def _unit_of(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().replace(" ", "")
    if w in ("%", "percent"):
        return "percent"
    if re.fullmatch(PER_OTHER_BASE, w, re.I):
        return "ratio"
    if w.startswith("per"):
        return "rate_per_10000"
    if w.startswith(("week", "wk")):
        return "weeks"
    if w.startswith("day"):
        return "days"
    if w == "fte":
        return "fte"
    return None


def _weeks_to_days(f: Figure) -> Figure:
    return Figure(f.value * 7, "days", f.period_raw) if f.unit == "weeks" else f


def is_blank(raw: str | None) -> bool:
    """True for cells that print no figure: '', '-', 'n/a', 'TBC' …"""
    text = (raw or "").strip()
    return not text or bool(_EMPTY.match(text))


_ONE_TO = re.compile(r"^1\s*:\s*(\d+(?:\.\d+)?)$")


def parse_value(raw: str | None) -> list[Figure]:
    """Every figure a KPI cell prints, in order; [] for blanks and non-figures.

    A bracketed second number is the first one's rate (or share, with '%').
    Weeks are converted to days so durations compare.
    """
    if is_blank(raw):
        return []
    text = " ".join(_OUT_OF.sub(r"\1", _ARROWS_AND_NOTES.sub(" ", _ARROW_AND_CHANGE.sub("", str(raw)))).split())
    if not text:
        return []
    period_raw = None
    m = _PERIOD_IN_CELL.search(text)
    if m:
        period_raw = m.group(1).strip()
        text = (text[: m.start()] + " " + text[m.end():]).strip()
        text = re.sub(r"\(\s*\)", "", text).strip()
    if (one_to := _ONE_TO.match(text)) is not None:  # a caseload '1:19': 19 children to each worker
        return [Figure(to_number(one_to.group(1)), "ratio", period_raw)]
    if _MONEY.search(text) or re.search(r"\d\s*:\s*\d", text):  # money and ratios like 68:32 are not levels we store
        return []
    text = _MARKS.sub("", text).strip()
    first = _FIRST.match(text)
    if not first:
        return []
    rest = text[first.end():].strip()
    if _STATUS_LETTER.match(rest):
        rest = ""  # '544.5 G': a status column's letter printed flush against the figure, with no rule between
    if re.match(r"^in\s+\d", rest):
        return []  # '1 in 5': a proportion, not the level 1
    if first.group("unit") and first.group("unit").lower().startswith("per") and "cent" not in first.group("unit").lower():
        rest = re.sub(r"^(?:children|population|child population|under[- ]18s?)\b", "", rest, flags=re.I).strip()
    # a cell that goes on with prose is a sentence, not a figure
    if rest and not rest.startswith("(") and not _CHANGE.match(rest) and not re.match(r"^\*+$", rest):
        if not re.match(r"^(of|in|at|per)\b", rest, re.I):
            return []
    unit = _unit_of(first.group("unit"))
    figures = [Figure(to_number(first.group("num")), unit, period_raw)]
    b = _BRACKET.search(rest)
    if b and unit == "percent" and b.group("num")[0] not in "+-−":
        if b.group("unit") or "." in b.group("num"):
            return figures  # '19% (21%)': a second share the cell does not name (last year's? England's?)
        # a share and the count it is of ('19% (123)'): the bracket counts, it is no rate
        return [figures[0], Figure(to_number(b.group("num")), "count", period_raw)]
    # a count and its rate or share: the count is a whole number, and a signed bracket ('45 (+3)') is a change
    if b and figures[0].value.is_integer() and "." not in first.group("num") and b.group("num")[0] not in "+-−":
        second_unit = _unit_of(b.group("unit")) or "rate_per_10000"
        figures = [Figure(figures[0].value, figures[0].unit or "count", period_raw),
                   Figure(to_number(b.group("num")), second_unit, period_raw)]
    return [_weeks_to_days(f) for f in figures]


# a target set as a bound: '≥85%', '< 20%', 'at least 85%', '85%+' aim at the figure they name
_BOUND = re.compile(r"^\s*(?:[<>≤≥]=?|=[<>]|at\s+least|at\s+most|no\s+(?:more|less|fewer)\s+than|(?:more|less|fewer)\s+than"
                    r"|below|under|above|over|min(?:imum)?\.?|max(?:imum)?\.?)\s*(?=[+\-−]?\d)", re.I)


def parse_target(raw: str | None) -> list[Figure]:
    """Figures of a target cell, which may be a bound ('≥85%', '85%+'); elsewhere '<5' is a suppressed
    count, not 5, so only targets are read this way."""
    text = _BOUND.sub("", raw or "")
    return parse_value(re.sub(r"(?<=[\d%])\s*\+\s*$", "", text))
