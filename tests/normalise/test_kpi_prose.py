"""Prose statements: the council figure, its comparators, clause, unit and period, on sentences of our own."""
from __future__ import annotations

import pytest

from normalise.kpi_prose import (_prose_text, dashboard_period, figures_in, paragraphs, split_sentences,
                                 statements, tile_period, without_list_numbers)

Q = "2024/25-Q3"  # the reporting period of the paper the sentences sit in


def facts(text, context=Q, heading=None):
    return [(f.clause, f.value, f.unit, f.comparator, f.period) for f in statements(text, context, heading)]


@pytest.mark.parametrize("text, expected", [
    ("71% of assessments were completed within 45 days.",
     [("71% of assessments were completed within 45 days", 71.0, "percent", "council", Q)]),
    ("14% of referrals were repeats (19% nationally).",
     [("14% of referrals were repeats", 14.0, "percent", "council", Q),
      ("14% of referrals were repeats", 19.0, "percent", "national", Q)]),
    ("In the last quarter there were 812 referrals, a rate of 41.5 per 10,000 population.",
     [("In the last quarter there were 812 referrals", 812.0, "count", "council", Q),
      ("a rate of 41.5 per 10,000 population", 41.5, "rate_per_10000", "council", Q)]),
    ("At March 2024 there were 388 children in care. This is below the England average of 71.",
     [("At March 2024 there were 388 children in care", 388.0, "count", "council", "2024-03"),
      ("At March 2024 there were 388 children in care", 71.0, "count", "national", "2024-03")]),
    ("9% were repeat plans, better than the national and statistical neighbour averages (12% and 11% respectively).",
     [("9% were repeat plans", 9.0, "percent", "council", Q),
      ("9% were repeat plans", 12.0, "percent", "national", Q),
      ("9% were repeat plans", 11.0, "percent", "statistical_neighbours", Q)]),
    ("In Quarter 1 of 2024/25 there were 402 missing episodes involving 150 children.",
     [("In Quarter 1 of 2024/25 there were 402 missing episodes", 402.0, "count", "council", "2024/25-Q1"),
      ("involving 150 children", 150.0, "count", "council", "2024/25-Q1")]),
    # each comparator in a bracket is named before its own figure; a comma ends a pair
    ("88% of assessments were completed within 45 working days (national 82%, SN 80%).",
     [("88% of assessments were completed within 45 working days", 88.0, "percent", "council", Q),
      ("88% of assessments were completed within 45 working days", 82.0, "percent", "national", Q),
      ("88% of assessments were completed within 45 working days", 80.0, "percent", "statistical_neighbours", Q)]),
    # each benchmark named before its own bracketed figure
    ("Our rate of re-referrals is 18%, which is lower than our statistical neighbours (22%) and England (21.5%).",
     [("Our rate of re-referrals is 18%", 18.0, "percent", "council", Q),
      ("Our rate of re-referrals is 18%", 22.0, "percent", "statistical_neighbours", Q),
      ("Our rate of re-referrals is 18%", 21.5, "percent", "national", Q)]),
    # a target named in a comment is the target, and leaves the level before it the council's
    ("Currently 64% of children in care have an up-to-date health assessment, which is below our target of 90%.",
     [("Currently 64% of children in care have an up-to-date health assessment", 64.0, "percent", "council", Q),
      ("Currently 64% of children in care have an up-to-date health assessment", 90.0, "percent", "target", Q)]),
    # a count before its bracketed rate
    ("The number of children in care has reduced to 612 (a rate of 65 per 10,000).",
     [("The number of children in care has reduced to 612 (a rate of 65 per 10,000)", 612.0, "count", "council", Q),
      ("The number of children in care has reduced to 612 (a rate of 65 per 10,000)", 65.0, "rate_per_10000",
       "council", Q)]),
    # 'last year' dates the figure it follows, counted back from the paper's period or the sentence's own
    ("Re-referrals were 19% this quarter, compared with 23% last year.",
     [("Re-referrals were 19% this quarter", 19.0, "percent", "council", Q),
      ("compared with 23% last year", 23.0, "percent", "council", "2023/24")]),
    ("In 2022/23, 85% of assessments were completed within 45 days, up from 80% in the previous year.",
     [("In 2022/23, 85% of assessments were completed within 45 days", 85.0, "percent", "council", "2022/23"),
      ("up from 80% in the previous year", 80.0, "percent", "council", "2021/22")]),
    # 'per cent' spelt out, and a benchmark named just before its bare figure
    ("85 per cent of assessments were completed within 45 working days, compared with 82 per cent nationally.",
     [("85 per cent of assessments were completed within 45 working days", 85.0, "percent", "council", Q),
      ("85 per cent of assessments were completed within 45 working days", 82.0, "percent", "national", Q)]),
    ("The rate of children in care is 72 per 10,000 children (England 71).",
     [("The rate of children in care is 72 per 10,000 children", 72.0, "rate_per_10000", "council", Q),
      ("The rate of children in care is 72 per 10,000 children", 71.0, "rate_per_10000", "national", Q)]),
    # 'quarter' before a number is a quarter only up to 4
    ("In the quarter 812 referrals were received.",
     [("In the quarter 812 referrals were received", 812.0, "count", "council", Q)]),
    # a label, a colon, then its figure
    ("EHCPs issued within 20 weeks: 48% (national 50.3%).",
     [("EHCPs issued within 20 weeks: 48%", 48.0, "percent", "council", Q),
      ("EHCPs issued within 20 weeks: 48%", 50.3, "percent", "national", Q)]),
    # two words between a count and what it counts
    ("To date 12 Virtual School pupils have had a suspension, totalling 40 sessions.",
     [("To date 12 Virtual School pupils have had a suspension", 12.0, "count", "council", Q),
      ("totalling 40 sessions", 40.0, "count", "council", Q)]),
    ("Of those, 41 (27%) went missing more than once.",
     [("41 (27%) went missing more than once", 41.0, "count", "council", Q),
      ("41 (27%) went missing more than once", 27.0, "percent", "council", Q)]),
    ("The average time to match in 2016-19 was 201 days in the north and 187 days in the south.",
     [("The average time to match in 2016-19 was 201 days in the north and 187 days in the south", 201.0, "days", "council", None),
      ("The average time to match in 2016-19 was 201 days in the north and 187 days in the south", 187.0, "days", "council", None)]),
    ("Target: 85% of reviews to be held on time by March 2025.",
     [("85% of reviews to be held on time by March 2025", 85.0, "percent", "target", "2024/25")]),
    # the level before a change is not the period's figure; one with a period of its own is
    ("The share of assessments completed within 45 working days rose from 78% to 86% during 2023/24.",
     [("The share of assessments completed within 45 working days rose from 78% to 86% during 2023/24", 86.0,
       "percent", "council", "2023/24")]),
    ("From 40 FGCs a year during 2021 to 210 in 2023/24.",
     [("From 40 FGCs a year during 2021 to 210 in 2023/24", 40.0, "count", "council", "2021"),
      ("From 40 FGCs a year during 2021 to 210 in 2023/24", 210.0, "count", "council", "2023/24")]),
    # a comparator named just after its figure, behind a preposition
    ("Our rate of children in care is 71 per 10,000, compared with 67 for statistical neighbours and 70 nationally.",
     [("Our rate of children in care is 71 per 10,000", 71.0, "rate_per_10000", "council", Q),
      ("Our rate of children in care is 71 per 10,000", 67.0, "rate_per_10000", "statistical_neighbours", Q),
      ("Our rate of children in care is 71 per 10,000", 70.0, "rate_per_10000", "national", Q)]),
    # an aim is a target; a list's comma does not cut the clause
    ("We aim to increase the share of care leavers in education, employment or training to 65% by March 2026.",
     [("We aim to increase the share of care leavers in education, employment or training to 65% by March 2026",
       65.0, "percent", "target", "2025/26")]),
    # decimal comparators with no unit of their own share the council figure's; 'among our' names the group
    ("The rate of children on a plan was 41.2 per 10,000 at the end of March 2024, compared with 42.1 in England "
     "and 45.3 among our statistical neighbours.",
     [("The rate of children on a plan was 41.2 per 10,000 at the end of March 2024", 41.2, "rate_per_10000", "council", "2024-03"),
      ("The rate of children on a plan was 41.2 per 10,000 at the end of March 2024", 42.1, "rate_per_10000", "national", "2024-03"),
      ("The rate of children on a plan was 41.2 per 10,000 at the end of March 2024", 45.3, "rate_per_10000",
       "statistical_neighbours", "2024-03")]),
    # 'compared to' with no figure after it is part of the statement
    ("Use of internal adopters has increased by 32% compared to the same point last year.",
     [("Use of internal adopters has increased by 32% compared to the same point last year", 32.0, "percent", "council", Q)]),
    # the level now, beside an aim: the council's figure, not the target, and 'by March 2026' is not its period
    ("We aim to reduce the share of children placed over 20 miles away to 10% by March 2026; currently 14% are.",
     [("We aim to reduce the share of children placed over 20 miles away to 10% by March 2026", 10.0, "percent", "target",
       "2025/26"),
      ("currently 14% are", 14.0, "percent", "council", Q)]),
    # 'to below' is where an aim goes, not a comment comparing the figure with something
    ("Our ambition is to reduce repeat child protection plans to below 18% by March 2025; it is currently 23%.",
     [("Our ambition is to reduce repeat child protection plans to below 18% by March 2025", 18.0, "percent", "target",
       "2024/25"),
      ("it is currently 23%", 23.0, "percent", "council", Q)]),
    # a level a year earlier, after a line break in the PDF's text (see test_sentences_and_paragraphs)
    ("91% of assessments were completed within 45 working days in 2023/24, up from 84% the previous year.",
     [("91% of assessments were completed within 45 working days in 2023/24", 91.0, "percent", "council", "2023/24"),
      ("up from 84% the previous year", 84.0, "percent", "council", "2022/23")]),
    # a subject that says it counts makes a bare figure a count; the level it rose from is not reported
    ("The number of children in care has risen from 380 to 412.",
     [("The number of children in care has risen from 380 to 412", 412.0, "count", "council", Q)]),
    ("The number of children in care is 412.", [("The number of children in care is 412", 412.0, "count", "council", Q)]),
    # an aim written as an instruction gives the figure aimed for, not a level
    ("Increase the number of in-house foster carers from 96 to 120",
     [("Increase the number of in-house foster carers from 96 to 120", 120.0, "count", "target", Q)]),
    ("Improve placement stability: 11% of children in care had three or more placements.",
     [("11% of children in care had three or more placements", 11.0, "percent", "council", Q)]),
    ("Increase in referrals of 12% this quarter.", [("Increase in referrals of 12% this quarter", 12.0, "percent", "council", Q)]),
    # a count of a noun after a hyphenated word ('in-house'), and the target set against it
    ("We have 57 in-house foster carer households, against a target of 65.",
     [("We have 57 in-house foster carer households", 57.0, "count", "council", Q),
      ("We have 57 in-house foster carer households", 65.0, "count", "target", Q)]),
    # an average per worker is neither a count nor a share
    ("Caseloads average 17 children per social worker.",
     [("Caseloads average 17 children per social worker", 17.0, "ratio", "council", Q)]),
    ("2 permanent exclusions of children in care in the academic year 2023/24.",
     [("2 permanent exclusions of children in care in the academic year 2023/24", 2.0, "count", "council", "AY2023/24")]),
    # a benchmark after a long cue takes the unit of the figure it benchmarks
    ("In care at a rate of 58 per 10,000, below the statistical neighbour average of 71.",
     [("In care at a rate of 58 per 10,000", 58.0, "rate_per_10000", "council", Q),
      ("In care at a rate of 58 per 10,000", 71.0, "rate_per_10000", "statistical_neighbours", Q)]),
    # a level that moved is a count, and so is the level it moved from when the sentence dates it
    ("Contacts to the front door fell to 11,240 in 2023/24 from 12,050 in 2022/23.",
     [("Contacts to the front door fell to 11,240 in 2023/24 from 12,050 in 2022/23", 11240.0, "count", "council", "2023/24"),
      ("Contacts to the front door fell to 11,240 in 2023/24 from 12,050 in 2022/23", 12050.0, "count", "council", "2022/23")]),
    ("Referrals rose to 1,350.", [("Referrals rose to 1,350", 1350.0, "count", "council", Q)]),
    # the year of the level it fell from dates that level only, not the one now
    ("Agency social workers make up 14% of the workforce, down from 22% in 2022/23.",
     [("Agency social workers make up 14% of the workforce", 14.0, "percent", "council", Q),
      ("down from 22% in 2022/23", 22.0, "percent", "council", "2022/23")]),
    # … while a benchmark shares the sentence's year
    ("Re-referrals were 19% compared with 22% in England in 2023/24.",
     [("Re-referrals were 19%", 19.0, "percent", "council", "2023/24"),
      ("Re-referrals were 19%", 22.0, "percent", "national", "2023/24")]),
    # 'from an average of 24 to 18': 24 is the level before, as in 'from 24 to 18'
    ("Caseloads have reduced from an average of 24 to 18.",
     [("Caseloads have reduced from an average of 24 to 18", 18.0, "ratio", "council", Q)]),
    # a rate on a base other than 10,000 is a ratio; a region named in a benchmark is regional
    ("First time entrants fell to 180 per 100,000, compared with 167 per 100,000 nationally and 175 in the "
     "South East.",
     [("First time entrants fell to 180 per 100,000", 180.0, "ratio", "council", Q),
      ("First time entrants fell to 180 per 100,000", 167.0, "ratio", "national", Q),
      ("First time entrants fell to 180 per 100,000", 175.0, "ratio", "regional", Q)]),
    ("Hospital admissions for self-harm were 390.5 per 100,000, above the England rate of 319.0 per 100,000.",
     [("Hospital admissions for self-harm were 390.5 per 100,000", 390.5, "ratio", "council", Q),
      ("Hospital admissions for self-harm were 390.5 per 100,000", 319.0, "ratio", "national", Q)]),
    # 'England' inside a region's name names the region
    ("18% of referrals were repeats, against 22% in the East of England and 21% in England.",
     [("18% of referrals were repeats", 18.0, "percent", "council", Q),
      ("18% of referrals were repeats", 22.0, "percent", "regional", Q),
      ("18% of referrals were repeats", 21.0, "percent", "national", Q)]),
    # a rate named before its figure gives the bare figure, and the benchmarks after it, its unit
    ("The rate of children in care per 10,000 is 68, in line with the national rate of 70 and below the regional "
     "rate of 77.",
     [("The rate of children in care per 10,000 is 68", 68.0, "rate_per_10000", "council", Q),
      ("The rate of children in care per 10,000 is 68", 70.0, "rate_per_10000", "national", Q),
      ("The rate of children in care per 10,000 is 68", 77.0, "rate_per_10000", "regional", Q)]),
    # the earlier count is compared with the count, not with the rate in the bracket between them, and the
    # month that dates it does not date the rate
    ("At the end of December there were 298 children subject to a child protection plan (a rate of 37.9 per "
     "10,000), up from 276 at the end of September.",
     [("At the end of December there were 298 children subject to a child protection plan (a rate of 37.9 per "
       "10,000)", 298.0, "count", "council", "2024-12"),
      ("At the end of December there were 298 children subject to a child protection plan (a rate of 37.9 per "
       "10,000)", 37.9, "rate_per_10000", "council", "2024-12"),
      ("up from 276 at the end of September", 276.0, "count", "council", "2024-09")]),
    # a change and its share are no new level: the level after 'to' keeps its own unit
    ("Referrals rose by 120 (9%) to 1,430 in the quarter.",
     [("Referrals rose by 120 (9%) to 1,430 in the quarter", 120.0, "count", "council", Q),
      ("Referrals rose by 120 (9%) to 1,430 in the quarter", 9.0, "percent", "council", Q),
      ("Referrals rose by 120 (9%) to 1,430 in the quarter", 1430.0, "count", "council", Q)]),
    # a target set as a bound is the target; the level before it stays the council's
    ("The average caseload is 22, against a target of no more than 18.",
     [("The average caseload is 22", 22.0, "ratio", "council", Q),
      ("The average caseload is 22", 18.0, "ratio", "target", Q)]),
    ("Timeliness of assessments was 84%, against a target of at least 90%.",
     [("Timeliness of assessments was 84%", 84.0, "percent", "council", Q),
      ("Timeliness of assessments was 84%", 90.0, "percent", "target", Q)]),
    # 'the 90% target' is the figure before the word: the level stated first stays the council's
    ("The proportion of children seen within 5 working days was 93.5%, exceeding the 90% target.",
     [("The proportion of children seen within 5 working days was 93.5%", 93.5, "percent", "council", Q),
      ("The proportion of children seen within 5 working days was 93.5%", 90.0, "percent", "target", Q)]),
    # the level before, at a time the sentence does not give, is no figure for the paper's period
    ("Turnover of social workers was 12% (down from 18%).",
     [("Turnover of social workers was 12% (down from 18%)", 12.0, "percent", "council", Q)]),
    # the period after a comparison dates what the figure is compared with, not the figure
    ("There were 56 new entrants to care during the quarter, 12 fewer than in Q2.",
     [("There were 56 new entrants to care during the quarter, 12 fewer than in Q2", 56.0, "count", "council", Q)]),
    ("We have 27 children placed more than 20 miles from home in Quarter 2.",
     [("We have 27 children placed more than 20 miles from home in Quarter 2", 27.0, "count", "council",
       "2024/25-Q2")]),
    ("Attendance was 91%, above 90% for the first time.",
     [("Attendance was 91%", 91.0, "percent", "council", Q)]),
    # the age band says who was counted
    ("The service supported 41 young people aged 16 or 17 who were homeless.",
     [("The service supported 41 young people aged 16 or 17 who were homeless", 41.0, "count", "council", Q)]),
])
def test_statements(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a small count in words, before what it counts
    ("Nine children were adopted in Q3.", [("Nine children were adopted in Q3", 9.0, "count", "council", "2024/25-Q3")]),
    ("There were six complaints in the quarter, two of which were upheld.",
     [("There were six complaints in the quarter, two of which were upheld", 6.0, "count", "council", Q)]),
    ("A further two children were placed for adoption.",
     [("A further two children were placed for adoption", 2.0, "count", "council", Q)]),
    # … and so is the same count at another time
    ("Nine children were adopted, up from six last year.",
     [("Nine children were adopted", 9.0, "count", "council", Q),
      ("up from six last year", 6.0, "count", "council", "2023/24")]),
    # 'a further six' is a count of its own, so the clause before it ends at the comma
    ("9 children were adopted during the year, and a further 6 left care through a special guardianship order.",
     [("9 children were adopted during the year", 9.0, "count", "council", Q),
      ("a further 6 left care through a special guardianship order", 6.0, "count", "council", Q)]),
    ("We held three family group conferences in October.",
     [("We held three family group conferences in October", 3.0, "count", "council", "2024-10")]),
    # what the council will do is an aim, not a level
    ("We will recruit 10 new foster carers by March 2025.",
     [("We will recruit 10 new foster carers by March 2025", 10.0, "count", "target", "2024/25")]),
    # … but only before a verb that sets an aim: what a change 'will help' is today's level
    ("This will help the 412 children in care.", [("This will help the 412 children in care", 412.0, "count", "council", Q)]),
    # a level due by a date after the paper's period is an aim; one reached by a date it reports is the level then
    ("Recruit 10 new foster carers by March 2025.",
     [("Recruit 10 new foster carers by March 2025", 10.0, "count", "target", "2024/25")]),
    ("By the end of Q2, 85% of assessments were completed within 45 days.",
     [("By the end of Q2, 85% of assessments were completed within 45 days", 85.0, "percent", "council", "2024/25-Q2")]),
    # the period after 'on' or 'compared with' a change is its base; the change is for the sentence's period
    ("We had 4,120 contacts in 2023/24, up 6% on 2022/23.",
     [("We had 4,120 contacts in 2023/24", 4120.0, "count", "council", "2023/24"),
      ("up 6% on 2022/23", 6.0, "percent", "council", "2023/24")]),
    # a figure coordinated with a mean shares its unit: '21 in the children in care teams' counts no children
    ("Average caseloads are 16 in assessment teams and 21 in children in care teams.",
     [("Average caseloads are 16 in assessment teams and 21 in children in care teams", 16.0, "ratio", "council", Q),
      ("Average caseloads are 16 in assessment teams and 21 in children in care teams", 21.0, "ratio", "council", Q)]),
    # a from-to after a comma is about the measure named before it
    ("The proportion of repeat CP plans has halved, from 24% to 12%.",
     [("The proportion of repeat CP plans has halved, from 24% to 12%", 12.0, "percent", "council", Q)]),
    ("By September 2024, 95% of plans were reviewed on time.",
     [("By September 2024, 95% of plans were reviewed on time", 95.0, "percent", "council", "2024-09")]),
])
def test_counts_in_words_aims_and_bases(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Visits are due within 10 working days for children aged 0-17.",  # thresholds and ages
    "The plan was agreed on 14 March 2024 and reviewed in 2023.",  # dates and years
    "Call 01234 567890 or see paragraph 4.2 of Section 47 guidance (DIP 12).",  # phone, paragraph, identifiers
    "We will spend £250,000 on the new team.",  # money
    "The report has 3 appendices.",  # a count of nothing we measure
    "The improvement plan is to be completed by January '20.",  # a month and a two-digit year
    "The service is forecasting an overspend of £0.4m (6.1%) at year end.",  # a share of a sum of money
    # the whole a part is counted from is no level of its own
    "Three out of 12 audits were rated good.", "9 out of 10 children said they felt safe.",
    "1 in 5 children were re-referred.", "We had 34 of our 40 posts filled.",
    # an age band says who is counted: its upper end is no level
    "Only 1 in 5 care leavers aged 19 to 21 were in education, employment or training.",
    "Care leavers between the ages of 18 and 25 can ask for a personal adviser.",
    "Young people aged 16 or 17 who present as homeless are assessed jointly.",
    "The offer for 19-21 year olds was refreshed.",
    "Over 90% of visits were on time.",  # a bound, not the level
    "Figures marked <5 are suppressed to protect confidentiality.",  # … however printed (regression: a count of 5)
    "Re-referrals ≥ 25% are escalated to the service manager.",
    "Conversion rate from contact to referral between 25% and 35%",  # a range: both ends are bounds
    # a number word that is no count: a phrase, a fraction, a pronoun, an interval, an age
    "In two cases the sentence reflected the seriousness of the offending.", "The two teams merged in April.",
    "Two thirds of children in care are in foster placements.", "One of the children was placed out of area.",
    "Visits are due every two weeks.", "Two-year-olds were offered a place.", "We compared with two other councils.", "Up to three placements are offered.",
    # thousands grouped by a space: '106' alone is wrong, and '5 106' might be two numbers
    "There were 5 106 contacts in the quarter.", "There were 5\u00a0106 contacts in the quarter.",
])
def test_non_figures(text):
    assert statements(text, Q) == []


def test_tile_takes_its_heading_for_a_bare_figure():
    tile = "471\nRate of 63 per\n10,000 population\n(64 nationally)"
    got = facts(tile, heading="Children in Care")
    assert got[0] == ("Children in Care 471", 471.0, "count", "council", Q)
    assert ("Rate of 63 per 10,000 population", 64.0, "rate_per_10000", "national", Q) in got


@pytest.mark.parametrize("heading, tile, expected", [
    # a one-word title names the tile's figure
    ("Referrals", "702", [("Referrals 702", 702.0, "count", "council")]),
    # a figure with its unit beside it, and a target in the same unit
    ("Average days to first visit", "12.5 days\nTarget 10 days",
     [("Average days to first visit 12.5 days", 12.5, "days", "council"),
      ("Average days to first visit Target 10 days", 10.0, "days", "target")]),
    # a bar between benchmarks ends each pair, as a comma does
    ("Re-referrals", "21.5%\nEngland 22.4% | SN 20.8%",
     [("Re-referrals 21.5%", 21.5, "percent", "council"), ("Re-referrals 21.5%", 22.4, "percent", "national"),
      ("Re-referrals 21.5%", 20.8, "percent", "statistical_neighbours")]),
    # a figure alone on its line is the level; a trend line under it says more about it, not what it is
    ("Re-referrals within 12 months", "23%\n\u25bc 1 pt on last quarter",
     [("Re-referrals within 12 months 23%", 23.0, "percent", "council")]),
    # words under a figure are what it counts
    ("Missing", "246\nwent missing in the quarter", [("246 went missing in the quarter", 246.0, "count", "council")]),
])
def test_a_dashboard_tile_under_its_title(heading, tile, expected):
    assert [got[:4] for got in facts(tile, heading=heading)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Performance dashboard - September 2024\n2,684", "2024-09"),
    ("Children in care key figures, Quarter 2 2024/25\n389", "2024/25-Q2"),
    ("Fernleigh Council\nOur year in numbers 2023/24", "2023/24"),
    ("Performance dashboard\nContacts received", None),  # no period: the paper's holds
    ("Report of the Director, March 2024\nPerformance", None),  # a dated line that announces no dashboard
])
def test_a_dashboards_title_dates_its_tiles(text, expected):
    assert dashboard_period(text) == expected


@pytest.mark.parametrize("tile, expected", [
    ("295\nRate 39.5 per 10,000\nAs at 30 Sep 2024", "2024-09"),
    ("23%\nQ2 2024/25", "2024/25-Q2"),
    ("471\nRate 63 per 10,000", None),
    ("5\nLast year", None),  # the year before whichever the tile is for: no period of its own
    ("12\nin 2023/24, up from 10", None),  # a line that says more than when
])
def test_a_line_of_a_tile_that_gives_only_a_period_dates_it(tile, expected):
    assert tile_period(tile, Q) == expected


@pytest.mark.parametrize("text, expected", [
    # a label and its figure, and when: the label still names the figure
    ("Re-referrals: 21% in Q2 (Q1: 19%).", [("Re-referrals: 21% in Q2 (Q1: 19%)", 21.0, "percent", "2024/25-Q2"),
                                           ("Re-referrals: 21% in Q2 (Q1: 19%)", 19.0, "percent", "2024/25-Q1")]),
    # a count after a label and its colon may say when; the bracket gives the count at another time
    ("Missing episodes: 213 in Q2 (Q1: 198).",
     [("Missing episodes: 213 in Q2 (Q1: 198)", 213.0, "count", "2024/25-Q2"),
      ("Missing episodes: 213 in Q2 (Q1: 198)", 198.0, "count", "2024/25-Q1")]),
    # a year and its colon before a count is no ratio ('2023/24: 198'), and dates only that count
    ("There were 213 missing episodes (2023/24: 198).",
     [("There were 213 missing episodes (2023/24: 198)", 213.0, "count", Q),
      ("There were 213 missing episodes (2023/24: 198)", 198.0, "count", "2023/24")]),
    ("Missing episodes: 213 in total.", []),  # words after the count that are no time: not a label's figure
])
def test_a_level_and_its_earlier_level_in_a_bracket(text, expected):
    assert [(c, v, u, p) for c, v, u, comp, p in facts(text)] == expected


def test_period_carries_over_within_a_paragraph():
    got = facts("During 2022/23 the service grew. There has been a 40% increase in young people using it.", None)
    assert got == [("There has been a 40% increase in young people using it", 40.0, "percent", "council", "2022/23")]


@pytest.mark.parametrize("paper_month, period", [
    ("2024-06", "2024-06"),  # a paper of June 2024 speaks of June 2024
    ("2024-03", "2023-06"),  # a paper of March 2024 cannot report June 2024 yet
    (None, None),  # a paper with no month: 'in June' of which year is unknown
])
def test_a_month_without_a_year_falls_in_the_papers_latest_such_month(paper_month, period):
    got = statements("Re-referrals stood at 21.4% in June, compared with 22.4% nationally.", None, None, paper_month)
    assert [(f.value, f.comparator, f.period) for f in got] == [(21.4, "council", period), (22.4, "national", period)]
    # … and so does the target the sentence sets beside it
    got = statements("Re-referrals fell to 21.4% in June, below the target of 20%.", None, None, paper_month)
    assert [(f.value, f.comparator, f.period) for f in got] == [(21.4, "council", period), (20.0, "target", period)]
    # the paper's month only places a month; a statement that names no time stays undated
    (undated,) = statements("Re-referrals stood at 21.4%.", None, None, paper_month)
    assert undated.period is None


def test_sentences_and_paragraphs():
    assert split_sentences("It rose to 12.5% in May. 66% were seen, e.g. at home.") == [
        "It rose to 12.5% in May.", "66% were seen, e.g. at home."]
    page = "Performance: Front Door\nIn the quarter there were 812 referrals, a rate of 41.5 per 10,000.\n"
    assert paragraphs(page)[0] == "Performance: Front Door"
    # a byline far short of the page's width is a line of its own, not the start of the next paragraph
    page = ("Report to Children and Young People Scrutiny Committee, 20 February 2024\n"
            "Summary. The rate of referrals to children's social care was 512.3 per 10,000 children at the end of December,\n"
            "compared with 544.5 nationally and 531.0 for our statistical neighbours. Re-referrals within 12 months fell to\n"
            "19% (England 22.4%) and the number of children in care fell for the third quarter in a row, to 412 children.\n")
    assert paragraphs(page)[0] == "Report to Children and Young People Scrutiny Committee, 20 February 2024"
    # on a narrow portrait page a wrapped body line is under 70 characters: it is no heading
    page = ("2. What we know about the quality of our practice\n"
            "Re-referrals within 12 months have reduced to 17% (England 22%). 91% of\n"
            "assessments were completed within 45 working days in 2023/24, up from\n"
            "84% the previous year.\n")
    assert paragraphs(page)[1].endswith("up from 84% the previous year.")

    # a heading under a bullet that closes ('… 3.1% (England 4.0%)' then 'Care leavers') is no part of the bullet
    page = ("Our position at the end of 2023/24 across the service as a whole, in brief, is as follows:\n"
            "\u2022 Child protection plans lasting 2 years or more: 3.1% (England 4.0%)\n"
            "Care leavers\n"
            "Of our 19-21 year old care leavers, 61% are in education, employment or training, compared with\n"
            "56% nationally.\n")
    assert paragraphs(page)[1:3] == ["Child protection plans lasting 2 years or more: 3.1% (England 4.0%)", "Care leavers"]
    # a short line that stops mid-phrase ('… up from') is no heading: the sentence goes on
    page = ("Re-referrals within 12 months have reduced to 17% (England 22%) this year and 91% of assessments\n"
            "were completed within 45 working days, up from\n"
            "84% the previous year.\n")
    assert len(paragraphs(page)) == 1


@pytest.mark.parametrize("text, expected", [
    # a label, its colon and a figure standing alone: the figure is the label's count
    ("Children in care: 411, a rate of 62 per 10,000 (statistical neighbours 70 per 10,000)",
     [("Children in care: 411", 411.0, "count", "council", Q),
      ("a rate of 62 per 10,000", 62.0, "rate_per_10000", "council", Q),
      ("a rate of 62 per 10,000", 70.0, "rate_per_10000", "statistical_neighbours", Q)]),
    ("Children in care: 411 (62 per 10,000).",
     [("Children in care: 411 (62 per 10,000)", 411.0, "count", "council", Q),
      ("Children in care: 411 (62 per 10,000)", 62.0, "rate_per_10000", "council", Q)]),
    ("Item 5: 2 reports were noted.", []),  # a number with a noun after it is counted only by its noun
    ("Minute 3/24: noted.", []),
])
def test_a_figure_after_a_label_and_colon(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a target after a bracketed aside benchmarks the level stated before the aside
    ("Timeliness of initial health assessments improved to 62% (Q1: 48%), but remains below our target of 80%.",
     [("Timeliness of initial health assessments improved to 62% (Q1: 48%)", 62.0, "percent", "council", Q),
      ("Timeliness of initial health assessments improved to 62% (Q1: 48%)", 48.0, "percent", "council", "2024/25-Q1"),
      ("Timeliness of initial health assessments improved to 62% (Q1: 48%)", 80.0, "percent", "target", Q)]),
    # children per social worker is an average, not a count of children
    ("Average caseloads have fallen from 22 to 18 children per social worker since April.",
     [("Average caseloads have fallen from 22 to 18 children per social worker since April", 18.0, "ratio", "council", Q)]),
    ("We have 24 social workers in the team.", [("We have 24 social workers in the team", 24.0, "count", "council", Q)]),
])
def test_asides_and_averages_per_worker(text, expected):
    assert facts(text) == expected


def test_the_base_of_a_rate_is_no_figure_of_a_table():
    from normalise.kpi_prose import is_table_text

    assert not is_table_text("Children in care: 411, a rate of 62 per 10,000 (statistical neighbours 70 per 10,000)")
    assert is_table_text("Referrals 402 418 391 399 350 455")


def test_figures_know_their_units():
    units = [(f.value, f.unit) for f in figures_in("There were 95 contacts; 12% became referrals and the rate was 30 per 10,000.")]
    assert units == [(95.0, "count"), (12.0, "percent"), (30.0, "rate_per_10000")]


def test_a_sentence_in_a_tables_words_is_still_prose():
    # the table's lines leave the page text; a sentence using the words of several of its rows stays
    row = lambda *texts: [{"text": t} for t in texts]  # noqa: E731
    table = {"rows": [row("Indicator", "Q2 2024/25", "England"),
                      row("First time entrants (rate per 100,000 aged 10-17)", "180", "167"),
                      row("First time entrants to the youth justice system", "180", "167"),
                      row("Proportion of young people who reoffend", "31.2%", "32.5%")]}
    text = ("First time entrants to the youth justice system fell to 180 per 100,000 young\n"
            "Indicator Q2 2024/25 England\n"
            "First time entrants (rate per 100,000 aged 10-17) 180 167\n")
    assert _prose_text({"text": text, "tables": [table]}).strip().split("\n") == [
        "First time entrants to the youth justice system fell to 180 per 100,000 young"]


def test_a_line_running_across_two_rows_of_a_table_is_the_tables():
    # cells set to the middle of rows of different heights: one line of page text takes words from two rows
    row = lambda *texts: [{"text": t} for t in texts]  # noqa: E731
    table = {"rows": [row("Ref", "What we will do", "Who", "When", "How we will know"),
                      row("2.1", "Review thresholds with partners and relaunch the threshold document", "MASH Manager",
                          "31/10/2024", "Conversion rate between 25% and 35%"),
                      row("2.2", "Ensure every strategy discussion includes health", "Designated Nurse", "Q4 2024/25",
                          "Health attend 95% of strategy discussions")]}
    text = ("relaunch the threshold document Designated Nurse Q4 2024/25 Health attend 95% of strategy\n"
            "Health attended 78% of strategy discussions in Q3.\n")
    # a sentence with a word of its own stays
    assert _prose_text({"text": text, "tables": [table]}).strip().split("\n") == [
        "Health attended 78% of strategy discussions in Q3."]


def test_table_rows_run_together_are_no_statement():
    # the lines of a table no rule or bold header gave away reach the prose reader as one run of text
    text = ("FD2 Referrals per 10,000 children Low 512.4 128.1 251.9 500 531.0 544.5 G FD3 % re-referrals within "
            "12 months Low 23.1% 21.4% 20.5% 20.0% 21.9% 22.4% A")
    assert statements(text, "2024/25-Q2") == []
    assert statements("Of the 44 children who went missing, 12 (27%) went missing more than once.", "2024/25-Q2")
    # years are dates, not figures: a sentence dense with them is still prose
    assert statements("From 50 FGCs a year during 2020 to 368 between April 2021 and September 2022.", None)


@pytest.mark.parametrize("row, want", [
    # a target in an action row is for the row's deadline: with a start and an end date, the end
    (["Reduce agency social workers to below 15%", "HR Business Partner", "01/04/2024", "31/12/2024"], ("31/12/2024", "2024-12")),
    (["Reduce agency social workers to below 15%", "March 2025", "Agency rate was 21% in January 2025"],
     ("March 2025", "2024/25")),
    (["Reduce agency social workers to below 15%", "HR Business Partner"], None),
])
def test_a_target_in_an_action_row_is_for_its_deadline(row, want):
    from normalise.kpi_prose import _row_deadline

    page = {"tables": [{"rows": [[{"text": t} for t in row]]}]}
    assert _row_deadline(page, row[0]) == want


def test_a_part_of_a_whole_keeps_its_share_not_the_whole():
    got = [(f.value, f.unit) for f in figures_in("Only 3 of 12 (25%) strategy discussions were quorate.")]
    assert got == [(25.0, "percent")]


@pytest.mark.parametrize("text, expected", [
    # a period inside a bracket dates the bracket's figure, not the one before it
    ("Visits within timescale were 92% in Q2 (Q1: 87%).", [(92.0, "council", Q[:7] + "-Q2"), (87.0, "council", Q[:7] + "-Q1")]),
    ("Visits within timescale improved to 92% (Q1: 87%).", [(92.0, "council", Q), (87.0, "council", Q[:7] + "-Q1")]),
    # a benchmark's name printed right before its figure, after a comma or semicolon
    ("Re-referrals were 19%; England 22.4%, SN 21%.", [(19.0, "council", Q), (22.4, "national", Q),
                                                      (21.0, "statistical_neighbours", Q)]),
    # the quarter a figure is compared with dates the figure compared with, not the level now
    ("The conversion rate is 28.4%, which is lower than the previous quarter (31.2%).",
     [(28.4, "council", Q), (31.2, "council", Q[:7] + "-Q2")]),
    # a target set against a level shares the level's month or quarter, placed by the paper's period
    # (regression: the target kept 'in July' and no period)
    ("Re-referrals rose to 22% in July, above the target of 20%.", [(22.0, "council", "2024-07"),
                                                                    (20.0, "target", "2024-07")]),
    ("Re-referrals were 22% in Q2, above the target of 20%.", [(22.0, "council", Q[:7] + "-Q2"),
                                                              (20.0, "target", Q[:7] + "-Q2")]),
    # a period printed as a figure's label dates that figure alone (regression: the second took the first's, or
    # the two swapped); a bare year there is a calendar year
    ("Re-referrals 2022/23: 24%, 2023/24: 21%.", [(24.0, "council", "2022/23"), (21.0, "council", "2023/24")]),
    ("Re-referrals: 2022/23 – 24%; 2023/24 – 21%.", [(24.0, "council", "2022/23"), (21.0, "council", "2023/24")]),
    ("EHCP timeliness (20 weeks, excl. exceptions): 2023 – 47.6%; 2022 – 41.0%.",
     [(47.6, "council", "2023"), (41.0, "council", "2022")]),
    # a period in a bracket giving an earlier level dates that level only (regression: March dated today's 17.2)
    ("Caseloads have reduced, with the average now 17.2 (down from 19.8 in March).", [(17.2, "council", Q)]),
    ("Re-referrals are 21% (down from 24% in Q1).", [(21.0, "council", Q), (24.0, "council", Q[:7] + "-Q1")]),
    ("RHIs within 72 hours remained at 81% in November (October: 79%).",
     [(81.0, "council", "2024-11"), (79.0, "council", "2024-10")]),
    # (regression: the bracket's quarter dated the level before it too)
    ("Timeliness of ICPCs remains strong at 93% (Q4 2023/24: 89%).", [(93.0, "council", Q), (89.0, "council", "2023/24-Q4")]),
    # a move from one level to another, however the words before it run (regression: neither level was read)
    ("Missing episodes for children in care fell by a third, from 1,212 to 808.", [(808.0, "council", Q)]),
    ("Missing episodes fell, from 1,212 to 808.", [(808.0, "council", Q)]),
    # a level 'in line with' a benchmark 'at' a figure is the council's (regression: read as England's, then dropped)
    ("Re-referrals are in line with the national average at 22%.", [(22.0, "council", Q)]),
    ("Re-referrals are 20%, in line with statistical neighbours at 21%.",
     [(20.0, "council", Q), (21.0, "statistical_neighbours", Q)]),
    # a target named after the levels is set against the latest of them (regression: the first period printed)
    ("Timeliness of assessments improved from 79% in Q1 to 86% in Q2, against a target of 85%.",
     [(79.0, "council", Q[:7] + "-Q1"), (86.0, "council", Q[:7] + "-Q2"), (85.0, "target", Q[:7] + "-Q2")]),
    ("Assessment timeliness: 88% (Q1), 91% (Q2), target 90%.",
     [(88.0, "council", Q[:7] + "-Q1"), (91.0, "council", Q[:7] + "-Q2"), (90.0, "target", Q[:7] + "-Q2")]),
])
def test_each_figure_keeps_its_own_period_and_benchmark(text, expected):
    assert [(f.value, f.comparator, f.period) for f in statements(text, Q)] == expected


def test_a_count_with_its_share_after_and_is_still_a_count():
    got = [(f.value, f.unit) for f in figures_in("Of 56 care leavers, 52 (93%) are in suitable homes and 37 (66%) in EET.")]
    assert got == [(56.0, "count"), (52.0, "count"), (93.0, "percent"), (37.0, "count"), (66.0, "percent")]


def test_numbered_paragraphs_of_a_committee_report():
    page = ("1.1 This report sets out performance for the second quarter of 2024/25 (July to September 2024).\n"
            "2. Front door\n"
            "2.1 The number of contacts received in the quarter was 3,412, compared with 3,150 in Quarter 1.\n"
            "2.2 Re-referrals within 12 months have reduced by 3 percentage points to 18%, which is below the\n"
            "England average of 22%.\n")
    paras = paragraphs(page)
    assert [p[:12] for p in paras] == ["1.1 This rep", "2. Front doo", "2.1 The numb", "2.2 Re-refer"]
    # the paragraph's number is no part of what the figure measures
    assert facts(paras[3])[0][:2] == ("Re-referrals within 12 months have reduced by 3 percentage points to 18%", 18.0)


@pytest.mark.parametrize("text, expected", [
    # a level compared with another quarter's: each keeps its own quarter, and the earlier one is a count too
    ("The number of contacts received in the quarter was 3,412, compared with 3,150 in Quarter 1.",
     [(3412.0, "count", "council", Q), (3150.0, "count", "council", Q[:7] + "-Q1")]),
    ("We received 2,140 referrals, up from 1,990 last year.",
     [(2140.0, "count", "council", Q), (1990.0, "count", "council", "2023/24")]),
    # the level a change leads to is in the measure's own unit, not the change's
    ("The number of children subject to a child protection plan has reduced by 12% to 301.",
     [(12.0, "percent", "council", Q), (301.0, "count", "council", Q)]),
    # the period of an earlier level does not date the next sentence
    ("Turnover stands at 14.6%, down from 19.2% at the end of 2023/24. The average caseload is 18 children per "
     "social worker.",
     [(14.6, "percent", "council", Q), (19.2, "percent", "council", "2023/24"), (18.0, "ratio", "council", Q)]),
    # an earlier level printed bare is in the level's unit (regression: dropped, or read as a count)
    ("Average caseloads are 17, down from 19 last year.",
     [(17.0, "ratio", "council", Q), (19.0, "ratio", "council", "2023/24")]),
    ("The average caseload is 17 (Q1: 19).", [(17.0, "ratio", "council", Q), (19.0, "ratio", "council", Q[:7] + "-Q1")]),
    ("Re-referrals are 17%, compared with 19 a year ago.",
     [(17.0, "percent", "council", Q), (19.0, "percent", "council", "2023/24-Q3")]),
])
def test_levels_beside_earlier_levels_and_changes(text, expected):
    assert [(f.value, f.unit, f.comparator, f.period) for f in statements(text, Q)] == expected


def test_instructions_joined_on_to_an_aim_are_aims_too():
    text = ("What we will do next: reduce re-referrals to 17% by March 2025 and increase the proportion of EHC plans "
            "issued within 20 weeks to 60%.")
    assert [(f.value, f.comparator) for f in statements(text, Q)] == [(17.0, "target"), (60.0, "target")]
    # … and one after a level's colon aims for that level's measure
    level, aim = statements("Re-referrals are 21%: reduce this to 18%.", Q)
    assert (level.comparator, aim.comparator, aim.clause) == ("council", "target", level.clause)


@pytest.mark.parametrize("text", [
    "Agency social workers account for 21% of the workforce; our aim is to reduce this to 12% by March 2026.",
    "Agency social workers account for 21% of the workforce. We want to reduce it to 12% by March 2026.",
])
def test_an_aim_for_the_measure_just_stated(text):
    level, aim = statements(text, Q)
    assert (level.value, level.comparator, aim.value, aim.comparator, aim.period) == (
        21.0, "council", 12.0, "target", "2025/26")
    assert aim.clause == level.clause == "Agency social workers account for 21% of the workforce"


@pytest.mark.parametrize("text, comparator", [
    ("We plan to recruit 30 additional foster carers.", "target"),
    ("We want to reduce agency use to 12%.", "target"),
    # an aim that asks about a figure sets no target: the figure is the level now
    ("We want to understand why 12% of assessments are late.", "council"),
    ("We plan to look at whether 12% of assessments being late is a recording issue.", "council"),
    # an instruction after a lead-in's colon is an aim, as one opening the sentence is
    ("Next steps: increase the proportion of EHC plans issued within 20 weeks to 60%.", "target"),
    ("Improve placement stability: 11% of children had 3 or more moves.", "council"),
])
def test_an_aim_sets_the_figure_it_reaches_not_one_it_asks_about(text, comparator):
    assert [f.comparator for f in statements(text, Q)] == [comparator]


@pytest.mark.parametrize("text, changes", [
    ("The number of children in care has risen by 23 to 412.", [True, False]),
    ("Referrals rose by 120 (9%) to 1,430 in the quarter.", [True, True, False]),
    ("Contacts were down by 5% on last year.", [True]),
    ("Contacts fell to 3,150.", [False]),
    # moved with no 'by', or a gap from another figure printed straight after it
    ("Contacts were up 15% on Q1.", [True]),
    ("Timeliness is 3% below target.", [True]),
    ("Re-referrals are 2% higher than last quarter.", [True]),
    ("The rate is 10% lower than statistical neighbours.", [True]),
    ("Re-referrals were 24%, above the national average of 21.5%.", [False, False]),  # a level, then a benchmark
    ("Agency social workers made up 14% of the workforce.", [False]),  # a share something makes up
])
def test_a_figure_moved_by_is_a_change(text, changes):
    assert [bool(f.extra.get("change")) for f in figures_in(text)] == changes


@pytest.mark.parametrize("text, expected", [
    # a cover's numbered sections: the numbers order the page
    ("Fernleigh Borough Council\n1 Front door\n2 Children in care", "Fernleigh Borough Council\nFront door\nChildren in care"),
    # an agenda's items, one wrapped onto a second line
    ("27 Children in care annual report\nfrom the Corporate Parenting Board\n28 Fostering service review",
     "Children in care annual report\nfrom the Corporate Parenting Board\nFostering service review"),
    # a lone figure before its measure is a count
    ("12 New foster carers approved", "12 New foster carers approved"),
    # numbers that do not run on from each other are counts
    ("12 New foster carers approved\n9 Adopters approved", "12 New foster carers approved\n9 Adopters approved"),
    ("45 Children adopted\n3 Special guardianship orders", "45 Children adopted\n3 Special guardianship orders"),
    # a figure with a unit is no list number
    ("1 Front door\n2% Re-referrals", "1 Front door\n2% Re-referrals"),
])
def test_without_list_numbers(text, expected):
    assert without_list_numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aim that names its measure and gives today's level on the way: the level is the council's
    ("We aim to increase the proportion of assessments completed within 45 days, currently 78%, to 85%.",
     [(78.0, "council", Q), (85.0, "target", Q)]),
    ("We will improve the timeliness of assessments, which is 78% (national 82%).",
     [(78.0, "council", Q), (82.0, "national", Q)]),
    # 'will' with a verb of change aims at the figure it reaches
    ("We will reduce re-referrals to 18% by September 2025.", [(18.0, "target", "2025-09")]),
    # a deadline with no year is the first such month after the reporting period (Q3 ends in December)
    ("We will reduce re-referrals to 18% by March.", [(18.0, "target", "2024/25")]),
    ("We will reduce re-referrals to 18% by November.", [(18.0, "target", "2025-11")]),
    ("Re-referrals are to be reduced to 18% by year end.", [(18.0, "target", "2024/25")]),
    # a month in brackets after the level dates it: the latest such month by the end of the period
    ("Re-referrals were 19.0% (Dec), below the national average of 21.5%.",
     [(19.0, "council", "2024-12"), (21.5, "national", "2024-12")]),
    ("Re-referrals fell to 19.0% (Jan 24).", [(19.0, "council", "2024-01")]),
])
def test_aims_beside_todays_level_and_deadlines_without_a_year(text, expected):
    assert [(f.value, f.comparator, f.period) for f in statements(text, Q)] == expected


def test_the_measure_an_aim_names_is_the_clause_of_its_level_and_target():
    level, aim = statements("We aim to increase the proportion of assessments completed within 45 days, "
                            "currently 78%, to 85%.", Q)
    assert level.clause.startswith("We aim to increase the proportion of assessments completed within 45 days")
    assert aim.clause.startswith(level.clause)


@pytest.mark.parametrize("text, expected", [
    # 'a year earlier' counts back from the sentence's first dated level, not from the paper's quarter
    ("Agency social workers made up 14% of the workforce (Jun), down from 19% a year earlier.",
     [(14.0, "2024-06"), (19.0, "2023-06")]),
    ("At the end of Q2 there were 412 children in care, compared with 398 in Q1 and 380 the same point last year.",
     [(412.0, "2024/25-Q2"), (398.0, "2024/25-Q1"), (380.0, "2023/24-Q2")]),
    # a share after a month is no day of it (regression: 'June 14%' was read as a date and dropped)
    ("In June 14% of social workers were agency staff.", [(14.0, "2024-06")]),
    ("In June 14 children were adopted.", []),  # a day or a count: the text does not say
])
def test_earlier_levels_count_back_from_the_level_they_are_set_against(text, expected):
    assert [(f.value, f.period) for f in statements(text, Q)] == expected


@pytest.mark.parametrize("text, expected", [
    # 'between Q1 and Q2' dates the level moved from and the level reached (regression: 81% was dated Q1, 68% dropped)
    ("Timeliness of ICPCs improved from 68% to 81% between Q1 and Q2.",
     [(68.0, "percent", "council", "2024/25-Q1"), (81.0, "percent", "council", "2024/25-Q2")]),
    ("Between Q1 and Q2, timeliness of ICPCs improved from 68% to 81%.",
     [(68.0, "percent", "council", "2024/25-Q1"), (81.0, "percent", "council", "2024/25-Q2")]),
    ("Between March 2023 and March 2024 the number of children in care rose from 612 to 655.",
     [(612.0, "count", "council", "2023-03"), (655.0, "count", "council", "2024-03")]),
    # … but a 'from' level with a period of its own keeps it, and the span dates the level reached alone
    ("From 50 FGCs a year during 2020 to 368 between April 2021 and September 2022.",
     [(50.0, "count", "council", "2020"), (368.0, "count", "council", None)]),
    # one figure over two quarters is for neither of them
    ("Between Q1 and Q2, 1,530 referrals were received.", [(1530.0, "count", "council", None)]),
    # a calendar year named so
    ("In the 2023 calendar year 48.2% of EHCPs were issued within 20 weeks.",
     [(48.2, "percent", "council", "2023")]),
    # a period printed just before a bracketed level in a comparison is that level's (regression: the
    # target took Q1 and the Q1 level took Q2)
    ("Performance in Q2 was 78.5% against a target of 85%, an improvement on Q1 (74.2%).",
     [(78.5, "percent", "council", "2024/25-Q2"), (85.0, "percent", "target", "2024/25-Q2"),
      (74.2, "percent", "council", "2024/25-Q1")]),
    # the level compared with is a count like the level before its rate, and the period after its own
    # bracketed rate dates it too (regression: 398 was a rate of November)
    ("At the end of November 2024 there were 402 children in care (64 per 10,000) compared to 398 "
     "(63 per 10,000) at the end of October.",
     [(402.0, "count", "council", "2024-11"), (64.0, "rate_per_10000", "council", "2024-11"),
      (398.0, "count", "council", "2024-10"), (63.0, "rate_per_10000", "council", "2024-10")]),
    # durations benchmarked (regression: England's 435 days was dropped as a threshold)
    ("The average time was 398 days (England 435 days).",
     [(398.0, "days", "council", Q), (435.0, "days", "national", Q)]),
    ("The average time to adoption was 398 days, compared with 435 days in England.",
     [(398.0, "days", "council", Q), (435.0, "days", "national", Q)]),
    # a region named alone is the regional comparator; a council named after its region is not
    ("The rate of children in need is 312.4 per 10,000 (England 342.7; SN 330.1; North West 371.2).",
     [(312.4, "rate_per_10000", "council", Q), (342.7, "rate_per_10000", "national", Q),
      (330.1, "rate_per_10000", "statistical_neighbours", Q), (371.2, "rate_per_10000", "regional", Q)]),
    ("Re-referrals were 21% in Q3, compared with 24% in London.",
     [(21.0, "percent", "council", Q), (24.0, "percent", "regional", Q)]),
    ("Data for North East Lincolnshire shows 45% of plans were repeats.", [(45.0, "percent", "council", Q)]),
    # full-time equivalents (regression: '45.5 FTE' was a decimal with no unit, dropped)
    ("There are 45.5 FTE vacancies in the social work workforce.", [(45.5, "fte", "council", Q)]),
    ("We employ 212.4 full-time equivalent social workers.", [(212.4, "fte", "council", Q)]),
])
def test_periods_of_moves_comparisons_regions_and_units(text, expected):
    assert [(f.value, f.unit, f.comparator, f.period) for f in statements(text, Q)] == expected


@pytest.mark.parametrize("text, changes", [
    ("There were 1,530 referrals in Q2, compared with 1,402 in Q1 (a rise of 9%).", [False, False, True]),
    ("There were 820 referrals in Q3, an increase of 9% on Q2.", [False, True]),
])
def test_a_change_named_as_a_rise_or_increase_of(text, changes):
    assert [bool(f.extra.get("change")) for f in statements(text, Q)] == changes


@pytest.mark.parametrize("text, expected", [
    # a level measured against a target the text does not give is the council's (regression: it was the target)
    ("Visits to children in care within timescale were 92%, above target.", [(92.0, "council", Q)]),
    ("92% of visits were on time, in line with target.", [(92.0, "council", Q)]),
    ("Placement moves were 9.8%, within the target range.", [(9.8, "council", Q)]),
    # … while a target stated still is one
    ("80% of assessments to be completed within 45 days.", [(80.0, "target", Q)]),
    ("Visits were 92%, above the target of 90%.", [(92.0, "council", Q), (90.0, "target", Q)]),
    # 'last March' is the latest March before the paper's period (regression: it took the paper's quarter)
    ("We now have 38 in-house foster carers, compared with 45 last March.",
     [(38.0, "council", Q), (45.0, "council", "2024-03")]),
    # 'an up to date review' is no year to date (regression: it made a period of half the sentence)
    ("As at 31 March 2024, 92% of children in care had an up to date review.", [(92.0, "council", "2024-03")]),
    # 'this year' dates the level reached (regression: it took 'last year' from the level moved from)
    ("Repeat plans reduced from 26% last year to 21% this year.", [(26.0, "council", "2023/24"), (21.0, "council", Q)]),
    # an earlier level after a comment's comma, with no time of its own, gives nothing (regression: it was
    # a second value for the paper's quarter)
    ("Overall, 73% of audited cases were graded good or better, up from 61% in the previous audit cycle.",
     [(73.0, "council", Q)]),
    # a move set beside one dated at both ends is dated as it is (regression: 87 took March 2023, 98 was dropped)
    ("The number of children placed with in-house foster carers has increased from 146 in March 2023 to 162 in "
     "March 2024, while IFA placements have reduced from 98 to 87.",
     [(146.0, "council", "2023-03"), (162.0, "council", "2024-03"), (98.0, "council", "2023-03"),
      (87.0, "council", "2024-03")]),
    # a target compared with a level at the time the sentence gives is set beside that level (regression: the
    # March of the level made the target the financial year's)
    ("Health assessments were 88.5% at the end of March, compared with a target of 95%.",
     [(88.5, "council", "2024-03"), (95.0, "target", "2024-03")]),
    # … while a target's own deadline keeps it
    ("Health assessments were 88.5% at the end of March, against a target of 95% by March 2025.",
     [(88.5, "council", "2024-03"), (95.0, "target", "2024/25")]),
    # a count of foster carer households (regression: three words before the noun, so no count)
    ("We currently have 225 approved foster carer households.", [(225.0, "council", Q)]),
    # the period just before a bracketed earlier level dates that level only (regression: all three took Q1)
    ("Agency social workers make up 16.9% of the workforce, against a target of 15%, an improvement on Q1 (18.2%).",
     [(16.9, "council", Q), (15.0, "target", Q), (18.2, "council", "2024/25-Q1")]),
    # each figure after a label and its colon is the label's (regression: the second was dropped)
    ("Initial health assessments completed within 20 working days: 45% (Q2), 62% (Q3).",
     [(45.0, "council", "2024/25-Q2"), (62.0, "council", "2024/25-Q3")]),
])
def test_targets_measured_against_and_more_periods(text, expected):
    assert [(f.value, f.comparator, f.period) for f in statements(text, Q)] == expected


def test_every_figure_after_a_label_names_the_label():
    clauses = [f.clause for f in statements("Initial health assessments on time: 45% (Q2), 62% (Q3).", Q)]
    assert all(c.startswith("Initial health assessments on time:") for c in clauses) and len(clauses) == 2


def test_a_target_and_an_earlier_level_after_a_comma_keep_the_measure_named_before():
    level, target, earlier = statements("Agency social workers make up 16.9% of the workforce, against a target of "
                                        "15%, an improvement on Q1 (18.2%).", Q)
    assert level.clause == target.clause == earlier.clause == "Agency social workers make up 16.9% of the workforce"
    assert (target.comparator, earlier.period) == ("target", "2024/25-Q1")


@pytest.mark.parametrize("context, paper_month, expected", [
    ("2024/25-Q2", None, ("target", "by March 2025", "2024/25")),
    (None, "2024-10", ("target", "by March 2025", "2024/25")),  # the month the paper came out is its time
    (None, None, ("council", None, None)),  # no time to compare with: the date says nothing of the level
])
def test_a_figure_due_by_a_date_is_an_aim_only_when_the_date_is_after_the_paper(context, paper_month, expected):
    (f,) = statements("Recruit 10 new foster carers by March 2025", context, None, paper_month)
    assert (f.comparator, f.period_raw, f.period) == expected


@pytest.mark.parametrize("text, expected", [
    # an elliptic clause naming another measure in the catalogue's words is a statement of its own
    ("Of care leavers aged 17-18, 91% are in suitable accommodation and 72% in EET.",
     [("91% are in suitable accommodation", 91.0, "percent", "council", Q), ("72% in EET", 72.0, "percent", "council", Q)]),
    ("Overall absence was 5.1% and persistent absence 15.2%.",
     [("Overall absence was 5.1%", 5.1, "percent", "council", Q), ("persistent absence 15.2%", 15.2, "percent", "council", Q)]),
    # … one naming only where stays with the figure before ('in the north', 'in the children in care teams')
    ("The average is 430 days in the north and 470 in the south.",
     [("The average is 430 days in the north and 470 in the south", 430.0, "days", "council", Q),
      ("The average is 430 days in the north and 470 in the south", 470.0, "days", "council", Q)]),
    # a bare figure taking the days of the one it is set beside ends where it is printed: its cue follows
    ("The average time to adoption is 402 days, compared with 448 nationally.",
     [("The average time to adoption is 402 days", 402.0, "days", "council", Q),
      ("The average time to adoption is 402 days", 448.0, "days", "national", Q)]),
])
def test_elliptic_clauses_and_benchmarks_after_a_duration(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the period a change is counted from dates no figure (regression: both took 2022/23)
    ("2,134 referrals were received in the year, a 7% decrease on 2022/23.",
     [(2134.0, "count", Q, False), (7.0, "percent", Q, True)]),
    ("Referrals rose by 7% on 2022/23 to 2,134.", [(7.0, "percent", Q, True), (2134.0, "count", Q, False)]),
    ("Referrals were up 6% on 2022/23.", [(6.0, "percent", Q, True)]),
    # … but a day after 'on' is when the figure holds
    ("There were 48 children on child protection plans on 31 March 2024.", [(48.0, "count", "2024-03", False)]),
    # a share spelt out, as style guides ask at the start of a sentence (regression: nothing was read)
    ("Ninety-two per cent of care leavers aged 19-21 were in touch.", [(92.0, "percent", Q, False)]),
    ("Seventy eight percent of health assessments were on time.", [(78.0, "percent", Q, False)]),
    ("One hundred per cent of children in care have an allocated social worker.", [(100.0, "percent", Q, False)]),
    ("Forty per cent of referrals led to no further action, compared with 32 per cent nationally.",
     [(40.0, "percent", Q, False), (32.0, "percent", Q, False)]),
    ("The two children were adopted.", []),
    # days after a label that says a time was taken (regression: only the benchmark was read)
    ("Average time between entering care and moving in with an adoptive family: 410 days (England average 367 days).",
     [(410.0, "days", Q, False), (367.0, "days", Q, False)]),
    ("Assessment timescale: 45 days.", []),
    # … or a subject that counts in days, stating its level with a verb (regression: read as an average)
    ("The average number of days between a child entering care and moving in with their adoptive family was 412, "
     "against a national average of 458.", [(412.0, "days", Q, False), (458.0, "days", Q, False)]),
    # … or a label that counts in days itself, with no unit after the figure (regression: read as an average)
    ("Average days between entering care and moving in with an adoptive family: 402 (England: 367).",
     [(402.0, "days", Q, False), (367.0, "days", Q, False)]),
    # a whole stated first is a figure; 'of which' makes the next a count of its part
    ("Of the 1,203 contacts received, 412 were passed to the MASH.",
     [(1203.0, "count", Q, False), (412.0, "count", Q, False)]),
    ("We received 1,203 contacts, of which 412 progressed to a referral.",
     [(1203.0, "count", Q, False), (412.0, "count", Q, False)]),
    ("Two of the 12 teams met the target.", []),
    # a rate per 10,000 named in the subject; the level moved to shares the unit of the one moved from
    ("Children subject to a CP plan per 10,000 increased from 38.4 to 42.1.", [(42.1, "rate_per_10000", Q, False)]),
])
def test_bases_of_changes_shares_in_words_and_times_after_a_label(text, expected):
    assert [(f.value, f.unit, f.period, bool(f.extra.get("change"))) for f in statements(text, Q)] == expected


@pytest.mark.parametrize("text, heading, expected", [
    # a decimal benchmark on a tile's line of its own takes the unit of the level before it (regression: dropped)
    ("288\nRate 47.0 per 10,000\nEngland 41.6", "Children on CP plans",
     [(288.0, "count", "council"), (47.0, "rate_per_10000", "council"), (41.6, "rate_per_10000", "national")]),
    # … but is none of a count's
    ("288\nEngland 301.5", "Children on CP plans", [(288.0, "count", "council")]),
])
def test_a_benchmark_alone_on_a_tile_line(text, heading, expected):
    assert [(f.value, f.unit, f.comparator) for f in statements(text, Q, heading)] == expected


@pytest.mark.parametrize("text, expected", [
    # a target bound in a bracket is the target's, not the level's (regression: both were read as targets)
    ("Average caseload: 18 (target <20).", [(18.0, "council"), (20.0, "target")]),
    ("Re-referrals 21% (target below 20%).", [(21.0, "council"), (20.0, "target")]),
])
def test_a_bound_after_the_word_target(text, expected):
    assert [(f.value, f.comparator) for f in statements(text, Q)] == expected
