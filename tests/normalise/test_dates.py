"""parse_dates: every date a deadline cell names, in order; month-only dates are month ends."""
from __future__ import annotations

from datetime import date

import pytest

from normalise.dates import month_end, parse_dates


@pytest.mark.parametrize("text, expected", [
    ("30/6/2022 23/11/2022 23/01/2023", [date(2022, 6, 30), date(2022, 11, 23), date(2023, 1, 23)]),
    ("a) 31st May 2018 b) 1st June 2018", [date(2018, 5, 31), date(2018, 6, 1)]),
    ("March 2024", [date(2024, 3, 31)]),
    ("Mar-24", [date(2024, 3, 31)]),
    ("31-Mar-25", [date(2025, 3, 31)]),  # a spreadsheet's default date format
    ("12-Mar-25 to 30-Apr-2025", [date(2025, 3, 12), date(2025, 4, 30)]),
    ("31 Jan and 28 Feb 2025", [date(2025, 1, 31), date(2025, 2, 28)]),  # the earlier date shares the year
    ("30 Dec and 31 Jan 2025", [date(2025, 1, 31)]),  # crosses a year: the first one's is not said
    ("Jun-23", [date(2023, 6, 30)]),
    ("Feb 2024", [date(2024, 2, 29)]),
    ("Sept 2023", [date(2023, 9, 30)]),
    ("Dec 21", [date(2021, 12, 31)]),
    ("30/04/23", [date(2023, 4, 30)]),
    ("30.04.2023", [date(2023, 4, 30)]),
    ("2023-04-30", [date(2023, 4, 30)]),
    ("May 31, 2018", [date(2018, 5, 31)]),
    ("1st of April 2025", [date(2025, 4, 1)]),
    ("06/2024", [date(2024, 6, 30)]),
    ("June 2023 and\nreview annually", [date(2023, 6, 30)]),
    ("First audit\nApril 2023", [date(2023, 4, 30)]),
    ("Dec 2019\nJanuary 2020\nMarch 2020", [date(2019, 12, 31), date(2020, 1, 31), date(2020, 3, 31)]),
    ("October 2023 (Policy) January 2024 (Online form)", [date(2023, 10, 31), date(2024, 1, 31)]),
    ("Q1 2024/25 (June 2024)", [date(2024, 6, 30)]),  # one date named twice is one deadline
    ("Dec 2023 (revised from Oct 2023)", [date(2023, 12, 31), date(2023, 10, 31)]),
    ("Monthly", []),
    ("Quarterly: Reviewed", []),
    ("Ongoing", []),
    ("", []),
    (None, []),
    ("1.1", []),  # a ref, not a date
    ("3.09", []),
    ("2024/25", []),  # a financial year names no single day
    ("31/02/2024", []),  # no such day
    ("Q2 2024", []),  # calendar or financial quarter: the text does not say
    ("Q3 2024/25", [date(2024, 12, 31)]),
    ("Quarter 4 2024-25", [date(2025, 3, 31)]),
    ("Qtr 4 2024-25", [date(2025, 3, 31)]), ("2024/25 Qtr. 3", [date(2024, 12, 31)]),
    # a run of days ends on its last day, not at the month's end
    ("14th-18th Oct 2024", [date(2024, 10, 14), date(2024, 10, 18)]),
    ("1 to 5 July 2024", [date(2024, 7, 1), date(2024, 7, 5)]),
    ("Phase 1-2 March 2024", [date(2024, 3, 31)]),  # a number after a word is no day
    ("2025/26 Q1", [date(2025, 6, 30)]),
    ("Q2 of 2023/24 then Q1 2024/25", [date(2023, 9, 30), date(2024, 6, 30)]),
    ("Q3 2024/26", []),  # no such financial year
    ("Q4 23/24", [date(2024, 3, 31)]),
    ("Q2 FY24/25", [date(2024, 9, 30)]),
    ("Q4 23/25", []),
    ("March, 2025", [date(2025, 3, 31)]),
    ("1st & 15th March 2024", [date(2024, 3, 1), date(2024, 3, 15)]),  # days share the month and year
    ("1, 8 and 15 March 2024", [date(2024, 3, 1), date(2024, 3, 8), date(2024, 3, 15)]),
    ("Phase 1 & 2 March 2024", [date(2024, 3, 2)]),  # '1' after a word is not a day
    ("June/July 2024", [date(2024, 6, 30), date(2024, 7, 31)]),  # months share the year
    ("Jan-Mar 2025", [date(2025, 1, 31), date(2025, 3, 31)]),  # a range of months: both ends
    ("January to March 2025", [date(2025, 1, 31), date(2025, 3, 31)]),
    ("May and June 2024", [date(2024, 5, 31), date(2024, 6, 30)]),
    ("Nov/Jan 2025", []),  # crosses a year the text does not name
    ("end of 2024", [date(2024, 12, 31)]),
    ("end of 2024/25", [date(2025, 3, 31)]),  # a financial year ends on 31 March
    ("2024/25 year end", [date(2025, 3, 31)]),
    ("Spring 2025", []),  # a season names no day
    ("Autumn term 2024", [date(2024, 12, 31)]),  # school terms end in December and July
    # a part of the month hyphened on to it still names the month (regression: no date)
    ("Mid-November 2024", [date(2024, 11, 30)]),
    ("end-March 2025", [date(2025, 3, 31)]),
    ("Summer term 2025", [date(2025, 7, 31)]),
    ("Spring term 2025", []),  # it ends at Easter, which moves
])
def test_parse_dates(text, expected):
    assert parse_dates(text) == expected


@pytest.mark.parametrize("year, month, day", [(2024, 2, 29), (2023, 2, 28), (2023, 4, 30), (2023, 12, 31)])
def test_month_end(year, month, day):
    assert month_end(year, month) == date(year, month, day)
