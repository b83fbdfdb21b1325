"""parse_value and spelt-out shares: every figure a KPI cell or sentence prints, table-driven."""
from __future__ import annotations

import pytest

from normalise.values import Figure, is_blank, parse_target, parse_value, percent_in_words, spelt_percents_as_digits


@pytest.mark.parametrize("raw, expected", [
    ("88%", [Figure(88.0, "percent")]),
    ("13.5%", [Figure(13.5, "percent")]),
    ("5,106", [Figure(5106.0, None)]),
    ("544.5 G", [Figure(544.5, None)]),  # a status letter from the next column, with no rule between
    ("22.4% A", [Figure(22.4, "percent")]),
    ("12 a", []),  # a word, not a status letter
    ("63 per 10,000", [Figure(63.0, "rate_per_10000")]),
    ("471 (62.6)", [Figure(471.0, "count"), Figure(62.6, "rate_per_10000")]),
    ("32 (7%)", [Figure(32.0, "count"), Figure(7.0, "percent")]),
    ("95* (20.3%)", [Figure(95.0, "count"), Figure(20.3, "percent")]),
    ("31 ** (12%)", [Figure(31.0, "count"), Figure(12.0, "percent")]),
    ("28% increase", [Figure(28.0, "percent")]),
    ("11% (YTD)", [Figure(11.0, "percent")]),
    ("66.6% (provisional)", [Figure(66.6, "percent")]),
    # provisional, revised and estimated marks in square brackets or run on (regression: the cell gave nothing)
    ("52.1% [p]", [Figure(52.1, "percent")]), ("52.3%p", [Figure(52.3, "percent")]), ("40 [r]", [Figure(40.0, None)]),
    ("61.2% (e)", [Figure(61.2, "percent")]),
    ("Q4 6%", [Figure(6.0, "percent", "Q4")]),
    # a period labelling the figure after it, with a colon or a spaced dash ('Q2: 91%' is no ratio like 2:9)
    ("Q2: 91%", [Figure(91.0, "percent", "Q2")]),
    ("Q2 -3%", [Figure(-3.0, "percent", "Q2")]),
    ("Dec 23: 19%", [Figure(19.0, "percent", "Dec 23")]),
    ("2023/24 - 88%", [Figure(88.0, "percent", "2023/24")]),
    ("88% (2023/24)", [Figure(88.0, "percent", "2023/24")]),
    ("Q2 2024/25: 1:18", [Figure(18.0, "ratio", "Q2 2024/25")]),  # one to n: n per one (a caseload)
    ("Q2 2024/25: 68:32", []),  # a split of two shares stays no level
    ("32 (Q1 2019/20)", [Figure(32.0, None, "Q1 2019/20")]),
    ("+0.20", [Figure(0.2, None)]),
    ("-0.02", [Figure(-0.02, None)]),
    ("52*", [Figure(52.0, None)]),
    ("29%**", [Figure(29.0, "percent")]),
    ("12 weeks", [Figure(84.0, "days")]),
    ("0", [Figure(0.0, None)]),
    ("88% \u2191", [Figure(88.0, "percent")]),  # a direction-of-travel arrow beside the figure
    ("\u25b2 45", [Figure(45.0, None)]),
    ("12/15 (80%)", [Figure(12.0, "count"), Figure(80.0, "percent")]),  # a count out of a total, and its share
    ("85 per cent", [Figure(85.0, "percent")]),
    ("19.5 percent", [Figure(19.5, "percent")]),
    ("345 per 10k", [Figure(345.0, "rate_per_10000")]),
    ("72 per 10,000 children", [Figure(72.0, "rate_per_10000")]),
    # rates on another base are no rates per 10,000: the catalogue calls them ratios
    ("180 per 100,000", [Figure(180.0, "ratio")]),
    ("0.10 per 1,000", [Figure(0.1, "ratio")]),
    ("212 (45.1 per 100,000)", [Figure(212.0, "count"), Figure(45.1, "ratio")]),
    ("12 wks", [Figure(84.0, "days")]),
    # a signed bracket is the change since last time, not a rate; a count and its rate needs a whole count
    ("45 (+3)", [Figure(45.0, None)]),
    ("45 (−3)", [Figure(45.0, None)]),
    ("3.4 (2.9)", [Figure(3.4, None)]),
    # footnote marks after a figure
    ("27.3%¹", [Figure(27.3, "percent")]),
    ("88%†", [Figure(88.0, "percent")]), ("52‡", [Figure(52.0, None)]), ("88%^", [Figure(88.0, "percent")]),  # daggers, carets
    ("412[2]", [Figure(412.0, None)]),
    ("1:19", [Figure(19.0, "ratio")]), ("1 : 17.5", [Figure(17.5, "ratio")]),  # a caseload: children to each worker
    # a share and the count it is of (regression: the count was read as a rate per 10,000)
    ("19% (123)", [Figure(19.0, "percent"), Figure(123.0, "count")]),
    ("19.5% (1,203)", [Figure(19.5, "percent"), Figure(1203.0, "count")]),
    ("19% (21%)", [Figure(19.0, "percent")]), ("19% (21.5)", [Figure(19.0, "percent")]),  # a second share unnamed
    # a month alone in brackets dates the figure; '(may …)' is a note, not May
    ("19.0% (Dec)", [Figure(19.0, "percent", "Dec")]),
    # a year in brackets dates the figure: no count or rate of 2023
    ("52.1% (2023)", [Figure(52.1, "percent", "2023")]),
    ("5 (2019)", [Figure(5.0, None, "2019")]),
    ("412 (Sept)", [Figure(412.0, None, "Sept")]),
    ("19% (may be revised)", [Figure(19.0, "percent")]),
    ("52 (Mayor's pledge)", [Figure(52.0, None)]),
    # a direction-of-travel arrow and the change after it: the level is the figure before them
    ("402 \u25b2 3%", [Figure(402.0, None)]),
    ("18.5% \u2193 1.2", [Figure(18.5, "percent")]),
    ("\u25b2 3%", [Figure(3.0, "percent")]),
])
def test_figures(raw, expected):
    assert parse_value(raw) == expected


@pytest.mark.parametrize("raw", ["", None, "-", "–", "n/a", "N/A", "TBC", "awaited", "  ", "*"])
def test_blanks_give_nothing(raw):
    assert is_blank(raw)
    assert parse_value(raw) == []


@pytest.mark.parametrize("raw", [
    "68:32",  # a ratio of two shares, not a level
    "£1,200",  # money is no KPI unit
    "Recruitment campaign launched",  # words
    "12 offers made in May after the campaign",  # a sentence, not a cell figure
    "1 in 5",  # a proportion, not the level 1
    "\u2191",  # an arrow alone
    "<5", "≥85%",  # a bound is no level: '<5' is a count kept back
])
def test_non_figures_give_nothing(raw):
    assert parse_value(raw) == []


@pytest.mark.parametrize("raw, expected", [
    ("≥85%", [Figure(85.0, "percent")]), (">= 85%", [Figure(85.0, "percent")]), ("<20%", [Figure(20.0, "percent")]),
    ("85%+", [Figure(85.0, "percent")]), ("at least 85%", [Figure(85.0, "percent")]), ("Below 20%", [Figure(20.0, "percent")]),
    ("Max 18", [Figure(18.0, None)]), ("90%", [Figure(90.0, "percent")]), ("TBC", []), ("+2.1", [Figure(2.1, None)]),
])
def test_a_target_may_be_a_bound(raw, expected):
    assert parse_target(raw) == expected


@pytest.mark.parametrize("text, start, expected", [
    ("Ninety-two per cent", 0, (92.0, 19)),
    ("Ninety-two per cent", 7, None),  # 'two' inside 'ninety-two' starts no share
    ("one hundred percent", 0, (100.0, 19)),
    ("Twelve%", 0, (12.0, 7)),
    ("ninety two-year-olds", 0, None),
    ("someone per cent", 4, None),
])
def test_a_share_spelt_out(text, start, expected):
    assert percent_in_words(text, start) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ninety-two per cent of care leavers", "92% of care leavers"),
    ("Forty per cent of referrals, compared with thirty-one percent", "40% of referrals, compared with 31%"),
    ("The two children", "The two children"),
])
def test_spelt_percents_as_digits(text, expected):
    assert spelt_percents_as_digits(text) == expected
