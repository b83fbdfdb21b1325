"""parse_period / find_period: printed periods → the warehouse's forms, table-driven."""
from __future__ import annotations

import pytest

from normalise.periods import (find_period, header_period, latest_period, looks_like_period, parse_period, period_span,
                               quarter_by, quarter_of_month, so_far, target_period)

REPORTING = "2019/20-Q2"


@pytest.mark.parametrize("raw, expected", [
    ("Dec 21", "2021-12"),
    ("Oct-19", "2019-10"),
    ("December 2021", "2021-12"),
    ("As at 30 October 2019", "2019-10"),
    ("At September 2019", "2019-09"),
    ("30.10.19", "2019-10"),
    ("31/03/2023", "2023-03"),
    ("Q2 2019/20", "2019/20-Q2"),
    ("Quarter 1 of 2019/20", "2019/20-Q1"),
    ("Qtr 3 2024/25", "2024/25-Q3"),
    ("Q4 19/20", "2019/20-Q4"),
    ("2019/20", "2019/20"),
    ("1999/00", "1999/00"),
    ("Q4 1999/00", "1999/00-Q4"),
    ("2019-20", "2019/20"),
    ("2014/5", "2014/15"),
    ("2018/9", "2018/19"),
    ("academic year 2021/22", "AY2021/22"),
    ("2021/22 school year", "AY2021/22"),
    ("during 2020", "2020"),
    ("2019", "2019"),
    ("FY2023/24", "2023/24"),
    ("FY23/24", "2023/24"),
    ("2024-25 Q1", "2024/25-Q1"),
    ("FY23/24 Q2", "2023/24-Q2"),
    ("Jan-Mar 2024", "2023/24-Q4"),
    ("Apr–Jun 24", "2024/25-Q1"),
    ("Jan to Mar 2020/21", "2020/21-Q4"),
    ("Q3 (Oct-Dec) 2023", "2023/24-Q3"),
    ("Q1 (Jan-Mar) 2024", "2023/24-Q4"),
    ("Q2 as at 30/09/2019", "2019/20-Q2"),
    ("April 2023 - March 2024", "2023/24"),
    ("April to March 2019/20", "2019/20"),
    ("Sept 2023 - Aug 2024", "AY2023/24"),
    ("Jan-Dec 2023", "2023"),
    ("in the 2023 calendar year", "2023"),
    ("calendar year 2023", "2023"),
    ("CY2023", "2023"),
    # a month of a financial or school year, as a year spanned over month headings merges (regression: the year)
    ("Apr 2024/25", "2024-04"), ("Jan 2024/25", "2025-01"), ("2024/25 Mar", "2025-03"),
    ("Sep AY2024/25", "2024-09"), ("Jan AY2024/25", "2025-01"),
])
def test_fixed_periods(raw, expected):
    assert parse_period(raw) == expected


@pytest.mark.parametrize("raw", [
    "2015-2018", "2015-18", "Last 12 months", "April to September 2019/20", "01.10.18 to 30.09.19",
    "between April 2021 and September 2022", "over the past three years", "", None,
    "Nov 2022 - Oct 2023", "Dec 21 - Nov 22", "H1 2024/25", "Half year 2023/24",
    "Q4 2023",  # a calendar year: whose quarter 4 is unsaid
    "between Q1 and Q2", "Q1 to Q3 2024/25", "Q2 - Q3",  # two quarters or more: neither is the period
    "Q1-Q2 2024/25", "Q1–Q3",  # (regression: an unspaced dash gave Q1)
])
def test_spans_have_no_fixed_period(raw):
    assert parse_period(raw) is None


@pytest.mark.parametrize("raw, expected", [
    ("In the last quarter", REPORTING),
    ("in the quarter", REPORTING),
    ("Quarter 2", REPORTING),
    ("Quarter 1", "2019/20-Q1"),
    ("In the year to date", REPORTING),
])
def test_relative_periods_take_the_reporting_period(raw, expected):
    assert parse_period(raw, REPORTING) == expected
    assert parse_period(raw) is None  # no context, no period


@pytest.mark.parametrize("text, raw, period", [
    ("In the last quarter there have been 4,870 contacts", "In the last quarter", REPORTING),
    ("87 ICPCs were held in Quarter 2", "in Quarter 2", REPORTING),
    ("At September 2019 there are 236 plans", "At September 2019", "2019-09"),
    ("Complainants April to September 2019/20 CSCS", "April to September 2019/20", None),
    ("New Structure 30.10.19", "30.10.19", "2019-10"),
    ("2015-2018 Scorecard", "2015-2018", None),
    ("Last 12 months", "Last 12 months", None),
    ("Percentage of visits on time", None, None),
    # 'since' starts a span that runs to now: its date is no period
    ("a 15% reduction in children in care since March 2019", None, None),
    ("Since the end of March 2019 there were 236 plans in Quarter 2", "in Quarter 2", REPORTING),
    # … a quarter too, and no part of the span is a period of its own (regression: 'since Q3' dated the change)
    ("a 9% reduction since Q3", None, None),
    # a run of whole days is the month, quarter or year it covers, else a span (regression: its first month)
    ("Between 1 April 2024 and 31 March 2025 there were 400", "Between 1 April 2024 and 31 March 2025", "2024/25"),
    ("from 01/10/2024 to 31/12/2024", "01/10/2024 to 31/12/2024", "2024/25-Q3"),
    ("1 Sept 2023 to 31 August 2024", "1 Sept 2023 to 31 August 2024", "AY2023/24"),
    ("3 April 2024 to 31 March 2025", "3 April 2024 to 31 March 2025", None),
    # twelve months to a month's end are a span that is none of the fixed periods
    ("in the 12 months to end of September 2024", "in the 12 months to end of September 2024", None),
    ("down 4% since the end of Q2 2023/24", None, None),
    # bare 'last quarter' is the one before ('In the last quarter' is the one reported on)
    ("24% (last quarter 27%)", "last quarter", "2019/20-Q1"),
    ("visits in last quarter were 91%", "in last quarter", REPORTING),
    # a run of months is its quarter, not its last month, however the dash is spaced
    ("Referrals Apr-Jun 2024", "Apr-Jun 2024", "2024/25-Q1"),
    ("Jul-Sept 2024 (provisional)", "Jul-Sept 2024", "2024/25-Q2"),
    ("Oct 2024-Dec 2024", "Oct 2024-Dec 2024", "2024/25-Q3"),
    ("Jul-24 to Sep-24", "Jul-24 to Sep-24", "2024/25-Q2"),  # each month with its spreadsheet year
    ("between April and June 2024 we saw", "between April and June 2024", "2024/25-Q1"),
    ("Apr-Sep 2024", "Apr-Sep 2024", None),  # half a year: no period, and not September
    # a short year after a space, at both ends of a run, is a year (regression: 'Apr 24 - Mar 25' gave nothing)
    ("Agency staff (Apr 24 - Mar 25) 14%", "Apr 24 - Mar 25", "2024/25"),
    ("Jan 25 to Mar 25: 312 contacts", "Jan 25 to Mar 25", "2024/25-Q4"),
    ("Referrals in Q1-Q2 2024/25 rose", "Q1-Q2 2024/25", None),
    # regression: 'between Q1 and Q2' gave Q1, and a calendar year named so gave nothing
    ("improved from 68% to 81% between Q1 and Q2", "between Q1 and Q2", None),
    ("In the 2023 calendar year 48% of plans", "In the 2023 calendar year", "2023"),
    # 'up to date' is no year to date (regression: the period ran on to it)
    ("As at 31 March 2024, 92% had an up to date review", "As at 31 March 2024", "2024-03"),
    ("compared with 45 last March", "last March", "2019-03"),
    # twelve months to a month: its year when it is a financial, school or calendar one, else a span
    # (regression: 'the twelve months to September 2024' was September alone)
    ("In the twelve months to September 2024, 56 young people", "In the twelve months to September 2024", None),
    ("in the 12 months to March 2024 there were", "in the 12 months to March 2024", "2023/24"),
    ("the year ending 31 March 2024", "the year ending 31 March 2024", "2023/24"),
    ("in the 12 months to August 2024", "in the 12 months to August 2024", "AY2023/24"),
    ("12 months to December 2023", "12 months to December 2023", "2023"),
    # 'this year' is the paper's period, as 'this financial year' is; 'by the end of this year' a deadline
    ("to 21% this year", "this year", REPORTING),
    ("reduce to 11% by the end of this year", "by the end of this year", "2019/20"),
])
def test_find_period_in_text(text, raw, period):
    assert find_period(text, REPORTING) == (raw, period)


@pytest.mark.parametrize("month, number, begun, quarter", [
    ("2024-10", 2, False, "2024/25-Q2"), ("2024-09", 2, False, "2024/25-Q2"), ("2024-08", 2, False, "2023/24-Q2"),
    ("2024-06", 4, False, "2023/24-Q4"), ("2025-03", 4, False, "2024/25-Q4"), ("2024-12", 3, False, "2024/25-Q3"),
    # a data date may fall inside its quarter ('Q2 as at 31/08/2019')
    ("2019-08", 2, True, "2019/20-Q2"), ("2020-04", 4, True, "2019/20-Q4"), ("2020-01", 4, True, "2019/20-Q4"),
    ("2019-06", 3, True, "2018/19-Q3"),
])
def test_a_quarter_without_its_year_is_the_latest_by_a_month(month, number, begun, quarter):
    assert quarter_by(month, number, begun=begun) == quarter


@pytest.mark.parametrize("month, quarter", [("2019-04", "2019/20-Q1"), ("2019-09", "2019/20-Q2"),
                                            ("2019-12", "2019/20-Q3"), ("2020-03", "2019/20-Q4")])
def test_financial_quarters(month, quarter):
    assert quarter_of_month(month) == quarter


@pytest.mark.parametrize("raw, expected", [("March 2024", "2023/24"), ("by March 2025", "2024/25"),
                                           ("December 2024", "2024-12"),
                                           # a run of targets has no one period (regression: its first month)
                                           ("Monthly from December 2024", None), ("Quarterly", None)])
def test_target_periods(raw, expected):
    assert target_period(raw) == expected


@pytest.mark.parametrize("raw, context, expected", [("in July", "2024/25-Q2", "2024-07"), ("in Q2", "2024/25-Q3", "2024/25-Q2"),
                                                    ("by Q4", "2024/25-Q2", "2024/25-Q4"), ("in July", None, None)])
def test_target_periods_placed_by_the_papers_period(raw, context, expected):
    assert target_period(raw, context=context) == expected


@pytest.mark.parametrize("raw, context, paper_month, expected", [
    # a deadline with no year falls after the period the paper reports on, which is over
    ("by March", "2024/25-Q2", None, "2024/25"),
    ("by October", "2024/25-Q2", None, "2024-10"),
    ("by September", "2024/25-Q2", None, "2025-09"),
    ("by the end of March", "2024/25-Q4", None, "2025/26"),
    # a paper that reports on no period sets its aims from its own month
    ("by March", None, "2024-03", "2023/24"),
    ("by June", None, "2024-07", "2025-06"),
    ("by year end", "2024/25-Q2", None, "2024/25"),
    ("by the end of the financial year", "2024/25-Q4", None, "2025/26"),
    ("by the end of the academic year", "2024/25-Q2", None, "AY2024/25"),
    ("by the end of the school year", None, "2024-07", "AY2023/24"),
    ("by March", None, None, None),
    ("by may", "2024/25-Q2", None, None),  # 'may' is no month
])
def test_deadlines_printed_without_their_year(raw, context, paper_month, expected):
    assert target_period(raw, paper_month, context) == expected


@pytest.mark.parametrize("text, context, raw, period", [
    ("19.0% (Dec), below the national average", "2024/25-Q3", "Dec", "2024-12"),
    ("19.0% (Dec), below the national average", "2024/25-Q2", "Dec", "2023-12"),
    ("19.0% (Dec 23)", "2024/25-Q2", "Dec 23", "2023-12"),
    ("19.0% (Sept-24)", None, "Sept-24", "2024-09"),
    ("19.0% (Dec)", None, "Dec", None),  # no period to place the month in
    ("Referrals (Mar 2024) were 412", None, "Mar 2024", "2024-03"),
    ("19.0% (may be provisional)", "2024/25-Q2", None, None),
])
def test_a_month_in_brackets_after_a_figure(text, context, raw, period):
    assert find_period(text, context) == (raw, period)



@pytest.mark.parametrize("header, expected", [
    ("Q2 2019/20", True), ("Dec 21", True), ("2014/5", True), ("Last 12 months BCP", True),
    ("England Average", False), ("STAGE 1", False), ("% Rate", False),
])
def test_headers_naming_periods(header, expected):
    assert looks_like_period(header) is expected


@pytest.mark.parametrize("period, span", [
    ("2021-12", ("2021-12", "2021-12")),
    ("2019/20-Q1", ("2019-04", "2019-06")),
    ("2019/20-Q4", ("2020-01", "2020-03")),
    ("2019/20", ("2019-04", "2020-03")),
    ("AY2019/20", ("2019-09", "2020-08")),
    ("2019", ("2019-01", "2019-12")),
    ("last 12 months", None),
    (None, None),
])
def test_period_span(period, span):
    assert period_span(period) == span


@pytest.mark.parametrize("periods, latest", [
    (["2022/23", "2023/24-Q1", "2023/24-Q4", "2023/24"], "2023/24-Q4"),  # ends together: the shorter
    (["2021-12", "2022-11", "2022-01"], "2022-11"),
    ([None, "odd"], None),
])
def test_latest_period(periods, latest):
    assert latest_period(periods) == latest


@pytest.mark.parametrize("header, context, period", [
    ("Last year", "2024/25-Q1", "2023/24"),  # the financial year before the paper's
    ("Previous year outturn", "2024/25", "2023/24"),
    ("Same period last year", "2024/25-Q1", "2023/24-Q1"),
    ("Jan", "2024/25-Q1", "2024-01"),  # a month with no year: the latest one up to the paper's period
    ("Sep", "2024/25-Q1", "2023-09"),
    ("Jun", "2024/25-Q1", "2024-06"),
    ("Jan", None, None),  # nothing to pin it to
    ("England", "2024/25-Q1", None),
    ("Last month", "2024-11", "2024-10"), ("Previous month", "2025-01", "2024-12"),  # the month before the paper's
    ("Last month", "2024/25-Q2", None),  # a paper of a quarter does not say which month was last
    ("Last Qtr", "2024/25-Q2", "2024/25-Q1"), ("Prev Qtr", "2024/25-Q1", "2023/24-Q4"),
])
def test_header_period(header, context, period):
    assert header_period(header, context) == period


@pytest.mark.parametrize("text, context, period", [
    ("compared with 23% last year", "2024/25-Q1", "2023/24"),
    ("from 23% in the same period last year", "2024/25-Q1", "2023/24-Q1"),
    ("398 a year earlier", "2024-06", "2023-06"),
    ("in the previous financial year", "2024/25", "2023/24"),
    ("In the last quarter there were", "2024/25-Q1", "2024/25-Q1"),  # the quarter reported on, as before
    ("had 3 or more placements in the last year", "2024/25-Q1", None),  # the twelve months to now: no year before
])
def test_a_year_before_counts_back_from_the_context(text, context, period):
    assert find_period(text, context)[1] == period


@pytest.mark.parametrize("text, context, raw, period", [
    # a month with no year is the latest such month up to the end of the paper's period
    ("512.3 per 10,000 children at the end of December, compared", "2023/24-Q3", "at the end of December", "2023-12"),
    ("as at March, 41 children", "2023/24-Q3", "as at March", "2023-03"),
    ("in January there were 40", "2023/24-Q4", "in January", "2024-01"),
    ("it may be 5% higher", "2023/24-Q3", None, None),  # 'may' is no month
    ("the rate in May 2023 was 5%", "2023/24-Q3", "in May 2023", "2023-05"),
    ("at the end of December, 40%", None, "at the end of December", None),  # no paper period: no month
    # the academic year to date is the school year the paper's period ends in
    ("In the Academic Year to date the overall attendance is 92.2%", "2019/20-Q2", "In the Academic Year to date",
     "AY2019/20"),
    ("In the school year to date 10 pupils", "2023/24-Q1", "In the school year to date", "AY2022/23"),
    ("in the current academic year 40%", "2023/24-Q3", "in the current academic year", "AY2023/24"),
    ("In the year to date 9 children", "2019/20-Q2", "In the year to date", "2019/20-Q2"),
])
def test_months_and_school_years_the_paper_period_pins_down(text, context, raw, period):
    assert find_period(text, context) == (raw, period)


@pytest.mark.parametrize("text, raw, period", [
    # the year's kind printed before it is part of the phrase: a school year is no financial year
    ("2 permanent exclusions in the academic year 2023/24.", "in the academic year 2023/24", "AY2023/24"),
    ("during the financial year 2023/24 we", "during the financial year 2023/24", "2023/24"),
    ("In FY2023/24 we", "In FY2023/24", "2023/24"),
    # ... or after it
    ("absence was 31.2% in the 2023/24 academic year.", "in the 2023/24 academic year", "AY2023/24"),
    ("in the 2022-23 school year", "2022-23 school year", "AY2022/23"),
    ("the 2023/24 financial year", "the 2023/24 financial year", "2023/24"),
    ("academic year 2022-23 saw", "academic year 2022-23", "AY2022/23"),
])
def test_a_year_named_with_its_kind(text, raw, period):
    assert find_period(text) == (raw, period)


@pytest.mark.parametrize("text, paper_month, period", [
    # a paper that reports on no period still dates itself: a month with no year is the latest one by then
    ("Re-referrals stood at 21.4% in June", "2024-07", "2024-06"),
    ("at the end of December there were 40", "2024-07", "2023-12"),
    ("In the school year to date 10 pupils", "2024-07", "AY2023/24"),
    # a quarter with no year is the latest one over by then, as a month is
    ("In Quarter 2 there were 64 occasions", "2024-07", "2023/24-Q2"),
    ("at the end of Q2 there were 298 children on plans", "2024-10", "2024/25-Q2"),
    ("In Q4 we recruited 12 carers", "2024-06", "2023/24-Q4"),
    # the paper's month is no reporting period: relative phrases stay unresolved
    ("In this financial year, the use of internal adopters has increased by 32%", "2023-04", None),
])
def test_the_papers_month_places_only_months_quarters_and_school_years(text, paper_month, period):
    assert find_period(text, None, paper_month)[1] == period


@pytest.mark.parametrize("raw, expected", [
    ("2023-24 Q4", "2023/24-Q4"),  # the year printed wins over the paper's own
    ("2023/24 Quarter 3", "2023/24-Q3"),
    ("Q3 (Oct-Dec) 2023", "2023/24-Q3"),
    ("Q4 2023", None),
    ("Q2", "2024/25-Q2"),
    ("Previous quarter", "2023/24-Q4"),  # the quarter before the paper's
    ("the prior quarter", "2023/24-Q4"),
])
def test_a_quarter_with_its_own_year_ignores_the_papers_period(raw, expected):
    assert parse_period(raw, "2024/25-Q1") == expected


def test_a_year_printed_before_the_quarter_in_a_sentence():
    assert find_period("In 2023/24 Q4, 85% of assessments were on time", "2024/25-Q1") == ("In 2023/24 Q4", "2023/24-Q4")


@pytest.mark.parametrize("text, context, expected", [
    # the year so far runs to the reporting period, as 'In the year to date' does (regression: read as the whole year)
    ("2024/25 YTD", "2024/25-Q3", ("2024/25 YTD", "2024/25-Q3")),
    ("YTD 2024/25", "2024/25-Q3", ("YTD 2024/25", "2024/25-Q3")),
    ("In 2024/25 to date", "2024/25-Q2", ("In 2024/25 to date", "2024/25-Q2")),
    # a year to date of another year than the paper's is that year's
    ("Year to date 2023/24", "2024/25-Q3", ("Year to date 2023/24", "2023/24")),
    ("2024/25", "2024/25-Q3", ("2024/25", "2024/25")),
])
def test_a_year_to_date(text, context, expected):
    assert find_period(text, context) == expected


@pytest.mark.parametrize("year, context, expected", [
    ("2024/25", "2024/25-Q3", "2024/25-Q3"), ("2024/25", "2024-11", "2024-11"), ("2024/25", "2025/26-Q1", "2024/25"),
    ("2024/25", None, "2024/25"), ("AY2024/25", "2025-03", "2025-03"),
])
def test_so_far(year, context, expected):
    assert so_far(year, context) == expected


@pytest.mark.parametrize("header, raw, period", [
    # a scorecard's short years: the quarter keeps its own year, not the paper's (regression: 'Q1 23/24' and
    # 'Q1 24/25' both read as the paper's Q1, so two columns gave one period)
    ("Q1 23/24", "Q1 23/24", "2023/24-Q1"),
    ("Q2 24/25", "Q2 24/25", "2024/25-Q2"),
    ("23-24 Q4", "23-24 Q4", "2023/24-Q4"),
    ("Qtr 1 23/24", "Qtr 1 23/24", "2023/24-Q1"),
    ("Q1 FY23/24", "Q1 FY23/24", "2023/24-Q1"),
    ("FY23/24", "FY23/24", "2023/24"),
    ("In Q2 there were 40", "In Q2", "2024/25-Q2"),
])
def test_a_quarter_with_a_short_year(header, raw, period):
    assert find_period(header, "2024/25-Q3") == (raw, period)
