"""KPI rows: the unit a row label announces, and the comparator a column header names."""
from __future__ import annotations

import re

import pytest

from normalise.kpis import (_label_unit, comparator_of, counted_noun, other_benchmark, period_column, place_of, table_observations,
                             transposed, unit_of_unmapped)


@pytest.mark.parametrize("label, unit", [
    ("Number of children subject to a child protection plan", "count"),
    ("No. of referrals received", "count"),
    ("Total number of complaints", "count"),
    ("Number of children in care (and rate)", None),  # two figures: the label cannot give one unit
    ("Number of children awaiting adoption (and percentage)", None),
    ("Percentage of re-referrals within 12 months", "percent"),
    ("Children in care per 10,000 children", "rate_per_10000"),
    ("Children in care (Number)", "count"), ("Care leavers in EET (%)", "percent"),
    ("First time entrants (rate per 100,000 aged 10-17)", "ratio"),
    ("Custody rate per 1,000 aged 10-17", "ratio"),
    ("Average time from entering care to adoption (days)", "days"),
    ("Average duration of care proceedings (weeks)", "weeks"),
    ("Social workers in post (FTE)", "fte"),
    # a figure per worker is a ratio (regression: 'Average caseload (per FTE)' was a number of FTEs, unmapped)
    ("Average caseload (per FTE)", "ratio"), ("Cases per social worker", "ratio"),
    # … and so is a caseload, whatever bracket says how the staff were counted
    ("Average caseload (FTE social workers)", "ratio"), ("Social worker caseload (FTE)", "ratio"),
    ("Number of caseloads over 25", "count"),
    ("Children in care", None),
    ("Referral rate per 10k", "rate_per_10000"),  # regression: read as no unit, and left unmapped
    # a leading '%' is the unit (regression: no unit, then a count); a time limit in a bracket is none
    ("% of assessments completed within 45 days", "percent"), ("% CP visits in timescale (10 days)", "percent"),
    ("CP visits (10 days)", None), ("Time to adoption (days)", "days"),
])
def test_label_unit(label, unit):
    assert _label_unit(label) == unit


@pytest.mark.parametrize("label, value, unit", [
    ("Contacts to the front door", 5106, "count"),
    ("Contacts to the front door", 12.5, None),
    ("Average caseload per worker", 19, None),
    ("Median days to permanence", 300, None),
])
def test_unit_of_unmapped(label, value, unit):
    assert unit_of_unmapped(label, value) == unit


@pytest.mark.parametrize("header, comparator", [
    ("England", "national"), ("National average", "national"), ("Stat Neighbours", "statistical_neighbours"),
    ("South West Average", "regional"), ("Target 2025/26", "target"), ("Dec 24", None),
    ("Nat Avg", "national"), ("Nat.", "national"), ("Stat Nbr", "statistical_neighbours"),
    ("CIPFA nearest neighbours", "statistical_neighbours"), ("NW", "regional"), ("Y&H", "regional"),
    ("E Mids avg", "regional"), ("Natural", None), ("NWC", None),
])
def test_comparator_of(header, comparator):
    assert comparator_of(header) == comparator


@pytest.mark.parametrize("header, other", [
    ("Top quartile", True), ("Best SN", True), ("Lowest SN", True), ("England median", True), ("Core Cities", True),
    ("Outstanding LAs", True), ("Benchmark", True), ("Statistical neighbours (range)", True),
    ("Target (top quartile)", False), ("Good/Outstanding", False), ("SN average", False), ("England", False),
    ("Family hubs", False), ("Q2 2024/25", False),
    # a benchmark that names its comparator is that comparator (regression: 'Benchmark (SN)' was dropped)
    ("Benchmark (SN)", False), ("SN benchmark", False), ("England comparator", False), ("Comparator", True),
])
def test_benchmarks_with_no_comparator_of_their_own(header, other):
    assert other_benchmark(header) is other


def _prose_paper(text: str) -> tuple:
    from scrutineer.model import Page, Paper

    paper = Paper(doc_id="d" * 64, file_name="report.pdf", source_path="report.pdf", path="/report.pdf",
                  size_bytes=1, doc_type="self_assessment", published="2025-01-20")
    return paper, {"pages": [Page(number=1, width=595, height=842, text=text).to_dict()]}


@pytest.mark.parametrize("text, expected", [
    ("In Quarter 3 there were 402 missing episodes involving 150 children.",
     {("In Quarter 3 there were 402 missing episodes", 402.0): "miss_episodes_count",
      ("involving 150 children", 150.0): None}),  # children are not episodes: unmapped, not mislabelled
    ("At the end of December there were 388 children in care, a rate of 64 per 10,000 population.",
     {("At the end of December there were 388 children in care", 388.0): "cla_count",
      ("a rate of 64 per 10,000 population", 64.0): "cla_rate_per_10000"}),  # the rate leans on the clause before
    # how much a measure moved is no level of it: only the level after 'to' is the count of children in care
    ("The number of children in care has risen by 23 to 412.",
     {("The number of children in care has risen by 23 to 412", 23.0): None,
      ("The number of children in care has risen by 23 to 412", 412.0): "cla_count"}),
    # … but a change maps onto a catalogue measure of change
    ("Foster carer recruitment has increased by 6% over the year.",
     {("Foster carer recruitment has increased by 6% over the year", 6.0):
      "fost_carers_net_change_pct"}),
    # an elliptic clause's one word names its own measure, with the age band of the sentence's opening
    ("Of care leavers aged 17-18, 91% are in suitable accommodation and 72% in EET.",
     {("91% are in suitable accommodation", 91.0): "cl_suitable_accom_17_18_pct",
      ("72% in EET", 72.0): "cl_eet_17_18_pct"}),
    # whom a label counts is often unsaid in the catalogue's phrase; 'remain' says nothing of the measure
    ("The proportion of children with an up-to-date PEP was 96%.",
     {("The proportion of children with an up-to-date PEP was 96%", 96.0): "edu_pep_completed_pct"}),
    ("Re-referral rates remain stable at 21%.", {("Re-referral rates remain stable at 21%", 21.0): "cin_rereferrals_12m"}),
    # the level 'a year ago' is the measure the clause before names
    ("Agency social workers make up 23% of the workforce, down from 31% a year ago.",
     {("Agency social workers make up 23% of the workforce", 23.0): "wf_agency_rate_pct",
      ("down from 31% a year ago", 31.0): "wf_agency_rate_pct"}),
    # a count of people under a hyphened compound ('unaccompanied asylum-seeking children')
    ("At 31 March 2024, 48 unaccompanied asylum-seeking children were in our care.",
     {("At 31 March 2024, 48 unaccompanied asylum-seeking children were in our care", 48.0): "cla_uasc_count"}),
    # who did the work is not what was measured, and the clause after leans on what was
    ("The service received 4,120 contacts during the quarter; 31% progressed to referral.",
     {("The service received 4,120 contacts during the quarter", 4120.0): "fd_contacts_count",
      ("31% progressed to referral", 31.0): "fd_contact_to_referral_pct"}),
    # timeliness is 'within timescale'; a verb of change ends the measure's name
    ("Timeliness of initial child protection conferences dipped to 74%.",
     {("Timeliness of initial child protection conferences dipped to 74%", 74.0): "cp_icpc_15wd"}),
    ("Timeliness of EHCPs fell to 45%.", {("Timeliness of EHCPs fell to 45%", 45.0): "send_ehcp_20wk_pct"}),
    # a distance names the measure as a time limit does; 'account for' says nothing of it
    ("Children placed more than 20 miles from home account for 14% of the care population.",
     {("Children placed more than 20 miles from home account for 14% of the care population", 14.0):
      "cla_placed_20_miles_pct"}),
    # the same measure elsewhere in the service
    ("Caseloads in the assessment service average 22 children per worker, compared with 17 in CIC teams.",
     {("Caseloads in the assessment service average 22 children per worker", 22.0): "wf_caseload_avg",
      ("compared with 17 in CIC teams", 17.0): "wf_caseload_avg"}),
    # a label's figure may lead on to another ('involving'); the people the events concerned are not the events
    ("Missing episodes: 213 in Q2 involving 98 children.",
     {("Missing episodes: 213 in Q2", 213.0): "miss_episodes_count",
      ("Missing episodes: involving 98 children", 98.0): None}),
    # a lead-in's verdict says nothing of the measure its subject names ('… has improved:')
    ("Timeliness of EHC plans has improved: 63% of new plans were issued within 20 weeks in 2023.",
     {("63% of new plans were issued within 20 weeks in 2023", 63.0): "send_ehcp_20wk_pct"}),
    # a whole stated first is a figure of its own; a part of it is not the whole counted
    ("Of the 1,203 contacts received in the quarter, 412 were passed to the MASH.",
     {("Of the 1,203 contacts received in the quarter", 1203.0): "fd_contacts_count",
      ("412 were passed to the MASH", 412.0): None}),
    ("The service received 1,203 contacts in the quarter, of which 412 progressed to a referral.",
     {("The service received 1,203 contacts in the quarter", 1203.0): "fd_contacts_count",
      ("of which 412 progressed to a referral", 412.0): None}),
    ("Of 250 children in care, 30 (12%) had three or more placements.",
     {("Of 250 children in care", 250.0): "cla_count",
      ("30 (12%) had three or more placements", 30.0): None,
      ("30 (12%) had three or more placements", 12.0): "cla_placement_moves_3plus_pct"}),
    # a share 'of which' is a share of what the whole counts, not of all the whole clause's words
    ("There were 1,842 contacts to the front door in Quarter 3, of which 37% progressed to referral.",
     {("There were 1,842 contacts to the front door in Quarter 3", 1842.0): "fd_contacts_count",
      ("of which 37% progressed to referral", 37.0): "fd_contact_to_referral_pct"}),
    # '; of these,' opens the part's clause, not the whole's; the part sets no time limit, so it is no timeliness
    ("There were 186 Section 47 enquiries in Q1; of these, 38% led to an initial child protection conference.",
     {("There were 186 Section 47 enquiries in Q1", 186.0): "cp_s47_count",
      ("38% led to an initial child protection conference", 38.0): "hp_s47_to_icpc_pct"}),
    # a level compared at another period is the measure named before; the period names nothing
    ("Referrals resulting in no further action were 9% of all referrals in Q2 2024/25, compared with 11% in Q1.",
     {("Referrals resulting in no further action were 9% of all referrals in Q2 2024/25", 9.0): "fd_referrals_nfa_pct",
      ("compared with 11% in Q1", 11.0): "fd_referrals_nfa_pct"}),
    # a verb saying the figure is a count of its subject (regression: 'totalled 1,204' was no figure)
    ("Contacts received in October totalled 1,204.",
     {("Contacts received in October totalled 1,204", 1204.0): "fd_contacts_count"}),
    # a part of the whole counted before is a figure of its own (regression: its words ran into the whole's clause,
    # which then named two measures and mapped to none)
    ("There were 212 children on a child protection plan at the end of March, 9 of whom were on a plan for a "
     "second or subsequent time.",
     {("There were 212 children on a child protection plan at the end of March", 212.0): "cp_plans_count",
      ("9 of whom were on a plan for a second or subsequent time", 9.0): None}),
    # a figure opening its sentence ('At 64 per 10,000, …') belongs to the measure named after the comma, and
    # 'looked after rate' names the group by its adjective (regression: both figures were unmapped)
    ("At 64 per 10,000, our looked after rate is below the regional average of 71.",
     {("At 64 per 10,000, our looked after rate is", 64.0): "cla_rate_per_10000",
      ("At 64 per 10,000, our looked after rate is", 71.0): "cla_rate_per_10000"}),
    # a group's population is a count of it; a rate aside after a count the council received is that count's rate
    ("Our children in care population has stabilised at 512, a rate of 74 per 10,000.",
     {("Our children in care population has stabilised at 512", 512.0): "cla_count",
      ("a rate of 74 per 10,000", 74.0): "cla_rate_per_10000"}),
    ("We received 2,487 referrals in 2023/24, a rate of 512.6 per 10,000 children, compared with 544.9 nationally.",
     {("We received 2,487 referrals in 2023/24", 2487.0): "fd_referrals_count",
      ("a rate of 512.6 per 10,000 children", 512.6): "fd_referrals_rate_per_10000",
      ("a rate of 512.6 per 10,000 children", 544.9): "fd_referrals_rate_per_10000"}),
    # 'We know that', 'too many' and 'numbers' say nothing of the measure
    ("We know that too many children (27%) experience a repeat child protection plan.",
     {("We know that too many children (27%) experience a repeat child protection plan", 27.0): "cp_repeat_plans_pct"}),
    ("Foster carer numbers have increased for the first time in five years, to 187 households.",
     {("Foster carer numbers have increased for the first time in five years, to 187 households", 187.0):
      "fost_households_count"}),
    # a list's comma after a figure parts no clause (regression: '58% were in education' was higher education)
    ("Of care leavers aged 19-21, 58% were in education, employment or training and 91% were in suitable "
     "accommodation.",
     {("58% were in education, employment or training", 58.0): "cl_eet_19_21_pct",
      ("91% were in suitable accommodation", 91.0): "cl_suitable_accom_19_21_pct"}),
    # where the council ranks or which quartile it is in names no measure
    ("Our rate of children in need (312 per 10,000) places us in the lowest quartile nationally.",
     {("Our rate of children in need (312 per 10,000) places us in the lowest quartile nationally", 312.0):
      "cin_rate_per_10000"}),
    ("We rank 3rd of 11 statistical neighbours for the timeliness of initial child protection conferences, at 91%.",
     {("We rank 3rd of 11 statistical neighbours for the timeliness of initial child protection conferences, at 91%",
       91.0): "cp_icpc_15wd"}),
    # a count of other things those counted were in is no count of them (regression: 131 occasions were children)
    ("Children missing from care: 48 children went missing on 131 occasions during the quarter.",
     {("48 children went missing", 48.0): "miss_children_count",
      ("on 131 occasions during the quarter", 131.0): None}),
    # one word can name a measure (regression: 'turnover 16%' was no statement)
    ("Social worker vacancy rate was 21% (England 17.8%); turnover 16%.",
     {("Social worker vacancy rate was 21%", 21.0): "wf_vacancy_rate_pct",
      ("Social worker vacancy rate was 21%", 17.8): "wf_vacancy_rate_pct", ("turnover 16%", 16.0): "wf_turnover_rate_pct"}),
    # a part whose subject is left out is of the whole counted before it (regression: children's social care
    # assessments, for 'completed within 45 days' alone)
    ("Of 1,046 early help assessments completed, 83% were completed within 45 days.",
     {("Of 1,046 early help assessments completed", 1046.0): None,
      ("83% were completed within 45 days", 83.0): "eh_assessments_timely_pct"}),
    # how much more than a year before says nothing of the measure
    ("In Q2, 412 children were in care, 45 more than a year earlier.",
     {("In Q2, 412 children were in care, 45 more than a year earlier", 412.0): "cla_count"}),
])
def test_prose_figures_map_onto_the_catalogue(text, expected):
    from normalise.kpis import normalise_kpis

    rows = normalise_kpis(*_prose_paper(text))["kpi_observations"]
    assert {(r["indicator_raw"], r["value"]): r["indicator_id"] for r in rows} == expected


@pytest.mark.parametrize("text, expected", [
    # an average is no count, and the target set against it is the target of the same measure
    ("Average social worker caseloads were 18.2, against a target of 18.",
     {(18.2, "council", "ratio", "wf_caseload_avg"), (18.0, "target", "ratio", "wf_caseload_avg")}),
    ("Care leavers aged 19-21 in education, employment or training rose to 61%, above the target of 55% set for the year.",
     {(61.0, "council", "percent", "cl_eet_19_21_pct"), (55.0, "target", "percent", "cl_eet_19_21_pct")}),
    # the catalogue says an SDQ average is a score; the England figure after its cue is one too
    ("The average SDQ score was 14.2 (England 14.1).",
     {(14.2, "council", "score", "hlth_cla_sdq_avg"), (14.1, "national", "score", "hlth_cla_sdq_avg")}),
    # 'in June' in a paper of January 2025 is June 2024
    ("Re-referrals stood at 21.4% in June.", {(21.4, "council", "percent", "cin_rereferrals_12m")}),
])
def test_averages_and_named_targets_in_prose(text, expected):
    from normalise.kpis import normalise_kpis

    rows = normalise_kpis(*_prose_paper(text))["kpi_observations"]
    assert {(r["value"], r["comparator"], r["unit"], r["indicator_id"]) for r in rows} == expected
    if "in June" in text:
        assert {r["period"] for r in rows} == {"2024-06"}


def _section(header, rows):
    return {"title": header[0], "header": header, "label_col": 0,
            "rows": [{"row": i + 1, "label": r[0], "label_col": 0, "cells": r} for i, r in enumerate(rows)]}


def test_a_table_of_periods_by_measures_is_turned_round():
    section = _section(["Quarter", "Vacancy rate %", "Average caseload"],
                       [["Q1 2023/24", "20%", "18"], ["Q2 2023/24", "18%", "17.5"]])
    turned = transposed(section, None)
    assert turned["header"] == ["Quarter", "Q1 2023/24", "Q2 2023/24"]
    assert [(r["label"], r["cells"]) for r in turned["rows"]] == [
        ("Vacancy rate %", ["Vacancy rate %", "20%", "18%"]), ("Average caseload", ["Average caseload", "18", "17.5"])]


@pytest.mark.parametrize("header, rows", [
    (["Indicator", "Q1 2023/24", "Q2 2023/24"], [["Vacancy rate", "20%", "18%"], ["Turnover", "15%", "14%"]]),
    (["Year", "England", "Statistical neighbours"], [["2022/23", "20%", "18%"], ["2023/24", "19%", "17%"]]),
    (["Quarter", "Vacancy rate %"], [["Q1 2023/24", "20%"]]),  # one row: nothing to say it is a table of periods
])
def test_other_tables_stay_as_printed(header, rows):
    section = _section(header, rows)
    assert transposed(section, None) is section


def test_turned_table_gives_one_observation_per_measure_and_period():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 2, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Quarter", "Vacancy rate %", "Agency workers %"],
                                   [["Q1 2023/24", "20%", "18%"], ["Q2 2023/24", "18%", "-"]])]}
    got = {(o["indicator_id"], o["period"], o["value"]) for o in table_observations(paper, [table], None)}
    assert got == {("wf_vacancy_rate_pct", "2023/24-Q1", 20.0), ("wf_vacancy_rate_pct", "2023/24-Q2", 18.0),
                   ("wf_agency_rate_pct", "2023/24-Q1", 18.0)}


@pytest.mark.parametrize("text, expected", [
    ("Performance report for Quarter 2 2019/20. In Quarter 2 2019/20 referrals fell; Q1 2019/20 was higher.", "2019/20-Q2"),
    ("Q1 2023/24 20% Q2 2023/24 18% Q3 2023/24 17%", "2023/24-Q3"),  # named as often: the latest is reported on
    ("Quarter 2 2024/25 compared with Quarter 1 2024/25", "2024/25-Q2"),
    ("No quarter is named here.", None),
    ("Performance Report Quarter 3 2024-25. 2024-25 Q2 was lower than 2024-25 Q3.", "2024/25-Q3"),
])
def test_reporting_period(text, expected):
    from normalise.kpis import reporting_period
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    assert reporting_period(paper, [{"text": text}]) == expected


@pytest.mark.parametrize("title, published, expected", [
    ("Quarter 4 Performance Report", "2025-06", "2024/25-Q4"),  # the Q4 over by June, not the one next January
    ("Quarter 2 Performance Report", "2024-11-05", "2024/25-Q2"),
    ("Self - Assessment Qtr. 2 October 2019", None, "2019/20-Q2"),
    ("Performance Report Q3 2023/24", "2024-11", "2023/24-Q3"),  # its own year wins
    ("Annual Report", "2024-11", None),
    # an annual report names the year it reports on
    ("Annual Report of the Director of Children's Services 2023/24", "2024-07", "2023/24"),
    ("Virtual School Annual Report: academic year 2023/24", None, "AY2023/24"),
    ("Improvement Plan 2023/24", None, None),  # a plan's years are when it runs, not what it reports
])
def test_the_period_a_title_names(title, published, expected):
    from normalise.kpis import period_of_title

    assert period_of_title(title, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Performance in Quarter 4 was strong.", "2025-05", "2024/25-Q4"),
    ("Performance in Quarter 1 was strong.", "2024-07", "2024/25-Q1"),
])
def test_a_bare_quarter_is_placed_by_the_papers_month(text, published, expected):
    from normalise.kpis import reporting_period
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0,
                  published=published)
    assert reporting_period(paper, [{"text": text}]) == expected


def test_benchmarks_beside_a_run_of_quarters_sit_beside_the_latest_filled(tmp_path):
    from examples.builders import quarterly_scorecard
    from extract.kpi_tables import extract_kpi_tables
    from extract.pages import parse_pdf
    from scrutineer.model import Paper

    path = quarterly_scorecard(tmp_path / "card.pdf")
    paper = Paper(doc_id="e" * 64, file_name=path.name, source_path=path.name, path=str(path), size_bytes=0)
    tables = extract_kpi_tables(parse_pdf(str(path), "other"), paper, {})
    got = {(o["indicator_id"], o["comparator"], o["period"], o["value"]) for o in table_observations(paper, tables, None)}
    assert ("cin_rereferrals_12m", "council", "2023/24-Q4", 18.0) in got
    assert ("cin_rereferrals_12m", "council", "2022/23", 22.1) in got
    assert ("cin_rereferrals_12m", "national", "2023/24-Q4", 22.4) in got
    assert ("cin_rereferrals_12m", "target", "2023/24", 20.0) in got
    # Q4 is not yet in for the rate: its benchmarks sit beside Q3
    assert ("cla_rate_per_10000", "statistical_neighbours", "2023/24-Q3", 60.1) in got
    assert len([o for o in got if o[0] == "cla_count"]) == 5  # the outturn and four quarters; no arrows, no polarity
    assert len(got) == 8 + 5 + 7


@pytest.mark.parametrize("header", ["DoT", "Direction of travel", "Trend", "Polarity", "RAG", "Commentary", "Change",
                                    "% change", "Year end forecast", "Projected outturn",
                                    "Q1 Q2 Q3 Q4 2024/25"])  # several quarters: columns a reader cannot tell apart
def test_columns_that_print_no_level_give_no_observations(header):
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Indicator", "Q1 2024/25", header], [["Re-referrals within 12 months", "21%", "\u2191 3%"]])]}
    got = [(o["period"], o["value"]) for o in table_observations(paper, [table], None)]
    assert got == [("2024/25-Q1", 21.0)]


def test_benchmark_columns_with_no_comparator_are_never_the_councils_figures():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    header = ["Indicator", "2023/24", "Nat Avg", "Stat Nbr", "NW", "Top quartile", "Best SN"]
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(header, [["Re-referrals within 12 months (%)", "19.5", "22.4", "21.0", "20.8", "16.0", "14.2"]])]}
    got = sorted((o["comparator"], o["value"]) for o in table_observations(paper, [table], None))
    assert got == [("council", 19.5), ("national", 22.4), ("regional", 20.8), ("statistical_neighbours", 21.0)]


@pytest.mark.parametrize("header, expected", [
    ("Baseline", None), ("Annual", None), ("Actual", None),  # beside 'Q2 2024/25' their period is unknown
    ("Prev year", ("2023/24", 21.0, "percent")),
    ("Number", ("2024/25-Q2", 21.0, "count")),  # the quarter's figure, counted
    ("Current", ("2024/25-Q2", 21.0, "percent")),
])
def test_a_council_column_with_no_period_beside_one_with_a_period(header, expected):
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Indicator", "Q2 2024/25", header, "England"],
                                   [["Re-referrals within 12 months (%)", "19.5", "21.0", "22.4"]])]}
    got = sorted((o["comparator"], o["period"], o["value"], o["unit"]) for o in table_observations(paper, [table], "2024/25-Q2"))
    assert got == sorted([("council", "2024/25-Q2", 19.5, "percent"), ("national", "2024/25-Q2", 22.4, "percent")]
                         + ([("council", *expected)] if expected else []))


@pytest.mark.parametrize("as_at, period", [("Aug-24", "2024-08"), ("30/09/2024", "2024-09"), ("Q1 24/25", "2024/25-Q1")])
def test_a_latest_column_takes_the_period_its_row_gives(as_at, period):
    # regression: 'Latest value | As at | England' took the paper's quarter for every row
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Indicator", "Latest value", "As at", "England"],
                                   [["Care leavers in touch (%)", "94%", as_at, "92%"]])]}
    got = sorted((o["comparator"], o["period"], o["value"]) for o in table_observations(paper, [table], "2024/25-Q2"))
    assert got == [("council", period, 94.0), ("national", period, 92.0)]


def test_a_target_set_as_a_bound_is_a_target():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Indicator", "Q2 2024/25", "Target"], [["Assessments within 45 days", "88%", "≥85%"],
                                                                          ["Children in care placed 20+ miles away", "<5", "<10%"]])]}
    got = sorted((o["comparator"], o["value"], o["unit"]) for o in table_observations(paper, [table], None))
    assert got == [("council", 88.0, "percent"), ("target", 10.0, "percent"), ("target", 85.0, "percent")]


def test_a_column_header_gives_the_unit_of_its_cells():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Indicator", "Number", "Rate per 10,000", "England rate"],
                                   [["Child protection plans", "312", "45.2", "42.1"]])]}
    got = [(o["indicator_id"], o["comparator"], o["value"], o["unit"]) for o in table_observations(paper, [table], "2024/25-Q3")]
    assert got == [("cp_plans_count", "council", 312.0, "count"),
                   ("cp_plans_rate_per_10000", "council", 45.2, "rate_per_10000"),
                   ("cp_plans_rate_per_10000", "national", 42.1, "rate_per_10000")]


def test_a_bracket_alone_beside_counts_and_their_rates_is_a_rate():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Indicator", "2023/24", "Stat. neighbours", "England"],
                                   [["Children subject to a CP plan (number and rate)", "259 (52.4)", "(44.9)", "(43.2)"],
                                    ["Re-referrals within 12 months (%)", "19.4", "(21.6)", "22.4"]])]}
    got = [(o["indicator_id"], o["comparator"], o["value"], o["unit"]) for o in table_observations(paper, [table], None)]
    # '(21.6)' beside a share is no rate: only a row of counts with their rates says what a bracket is
    assert got == [("cp_plans_count", "council", 259.0, "count"),
                   ("cp_plans_rate_per_10000", "council", 52.4, "rate_per_10000"),
                   ("cp_plans_rate_per_10000", "statistical_neighbours", 44.9, "rate_per_10000"),
                   ("cp_plans_rate_per_10000", "national", 43.2, "rate_per_10000"),
                   ("cin_rereferrals_12m", "council", 19.4, "percent"), ("cin_rereferrals_12m", "national", 22.4, "percent")]


@pytest.mark.parametrize("label, comparator", [
    ("Re-referrals within 12 months (Target)", "target"), ("Re-referrals within 12 months (England)", "national"),
    ("Target: assessments within 45 days", "target"),
    ("Statistical neighbour average - re-referrals", "statistical_neighbours"),
    ("Re-referrals - North West average", "regional"),
    # a qualifier that is more than a comparator's name, or none at all
    ("Target group: care leavers aged 19-21 (%)", None), ("Children in care (rate per 10,000)", None),
    ("Assessments within timescale (target 45 days)", None), ("% within target", None), ("Children in care (Actual)", None),
])
def test_a_row_label_that_names_a_comparator(label, comparator):
    from normalise.kpis import row_comparator

    assert row_comparator(label) == comparator


def test_rows_of_a_measures_target_and_benchmark_under_its_own_row():
    # regression: a scorecard printing 'Actual', 'Target' and 'England' rows under each measure gave all three
    # as the council's figures
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    rows = [["Re-referrals within 12 months (Actual)", "20%", "19%"], ["Re-referrals within 12 months (Target)", "20%", "≤18%"],
            ["Re-referrals within 12 months (England)", "22.4%", "22.4%"]]
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Measure", "Q1 2024/25", "Q2 2024/25", "Statistical neighbours"], rows)]}
    got = [(o["comparator"], o["period"], o["value"]) for o in table_observations(paper, [table], "2024/25-Q2")]
    assert got == [("council", "2024/25-Q1", 20.0), ("council", "2024/25-Q2", 19.0),
                   ("target", "2024/25-Q1", 20.0), ("target", "2024/25-Q2", 18.0),
                   ("national", "2024/25-Q1", 22.4), ("national", "2024/25-Q2", 22.4)]


def test_a_measure_merged_over_its_actual_target_and_england_rows(tmp_path):
    from examples.builders import measure_with_target_rows

    got = {(label.split(" (")[0], period, comparator): value
           for (label, period, comparator), value in _sheet_figures(measure_with_target_rows, tmp_path).items()}
    assert got == {
        ("Re-referrals within 12 months", "2024/25-Q1", "council"): "20.9%",
        ("Re-referrals within 12 months", "2024/25-Q2", "council"): "19.7%",
        ("Re-referrals within 12 months", "2024/25-Q1", "target"): "20%",
        ("Re-referrals within 12 months", "2024/25-Q2", "target"): "20%",
        ("Re-referrals within 12 months", "2024/25-Q1", "national"): "22.4%",
        ("Re-referrals within 12 months", "2024/25-Q2", "national"): "22.4%",
        ("Assessments within 45 working days", "2024/25-Q1", "council"): "84%",
        ("Assessments within 45 working days", "2024/25-Q2", "council"): "88%",
        ("Assessments within 45 working days", "2024/25-Q1", "target"): "90%",
        ("Assessments within 45 working days", "2024/25-Q2", "target"): "90%",
        ("Assessments within 45 working days", "2024/25-Q1", "national"): "82.9%",
        ("Assessments within 45 working days", "2024/25-Q2", "national"): "82.9%"}


def test_rows_that_say_they_give_no_level():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    rows = [["Re-referrals within 12 months", "19.5%"], ["Re-referrals within 12 months (Rank)", "45"],
            ["Children in care", "356"], ["Children in care - Change", "+7"],
            ["Assessments within 45 working days (Numerator)", "412"],
            ["Assessments within 45 working days (Denominator)", "468"], ["Net change in approved foster carers", "3"]]
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Indicator", "Q2 2024/25"], rows)]}
    got = [(o["indicator_raw"], o["value"]) for o in table_observations(paper, [table], "2024/25-Q2")]
    assert got == [("Re-referrals within 12 months", 19.5), ("Children in care", 356.0),
                   ("Net change in approved foster carers", 3.0)]  # a measure of change is a level of its own


@pytest.mark.parametrize("header, row, expected", [
    # a rank, a change or the parts of a share print no level of the measure
    (["Indicator", "Q2 2024/25", "England", "Rank", "+/-"], ["Re-referrals within 12 months", "19.5%", "22.4%", "45", "-2.9"],
     [("council", 19.5, None), ("national", 22.4, None)]),
    (["Indicator", "Q2 2024/25", "Movement", "Var", "Diff"], ["Children in care", "356", "+7", "+2%", "7"],
     [("council", 356.0, None)]),
    (["Indicator", "Numerator", "Denominator", "Q2 2024/25"], ["Assessments within 45 working days", "412", "468", "88%"],
     [("council", 88.0, None)]),
    # a level at a time the header does not give is left out; with its time it is kept
    (["Indicator", "Q2 2024/25", "Previous", "Baseline", "Outturn"], ["Children in care", "356", "349", "380", "360"],
     [("council", 356.0, None)]),
    (["Indicator", "Baseline (Mar 23)", "Outturn 2023/24"], ["Children in care", "380", "360"],
     [("council", 380.0, None), ("council", 360.0, None)]),
    # columns that split the measure are its parts; their total is the measure
    (["Complaints", "Q2 2024/25", "Stage 1", "Stage 2", "Total"], ["Complaints received", "", "40", "6", "46"],
     [("council", 40.0, "Stage 1"), ("council", 6.0, "Stage 2"), ("council", 46.0, None)]),
])
def test_columns_that_give_no_level_and_columns_that_split_the_measure(header, row, expected):
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {}, "sections": [_section(header, [row])]}
    got = [(o["comparator"], o["value"], o.get("breakdown")) for o in table_observations(paper, [table], "2024/25-Q2")]
    assert got == expected


def test_a_unit_column_gives_the_unit_of_its_rows_figures():
    # regression: 'Children in care | Rate per 10k | 70' was read as 70 children, and 'Days' was lost
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Indicator", "Unit", "Q2 2024/25", "England"],
                                   [["Re-referrals within 12 months", "%", "19", "21.5"],
                                    ["Children in care", "Rate per 10k", "71", "70"],
                                    ["Children in care", "No.", "415", ""],
                                    ["Average time between entering care and adoption", "Days", "430", "436"]])]}
    got = [(o["indicator_id"], o["comparator"], o["value"], o["unit"]) for o in table_observations(paper, [table], "2024/25-Q2")]
    assert got == [("cin_rereferrals_12m", "council", 19.0, "percent"), ("cin_rereferrals_12m", "national", 21.5, "percent"),
                   ("cla_rate_per_10000", "council", 71.0, "rate_per_10000"),
                   ("cla_rate_per_10000", "national", 70.0, "rate_per_10000"),
                   ("cla_count", "council", 415.0, "count"),
                   ("adopt_a1_days", "council", 430.0, "days"), ("adopt_a1_days", "national", 436.0, "days")]


def test_a_rate_per_100000_header_is_no_rate_per_10000():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Measure", "Rate per 100,000", "England rate per 100,000"],
                                   [["First time entrants to the youth justice system", "180", "167"]])]}
    got = [(o["indicator_id"], o["comparator"], o["value"], o["unit"]) for o in table_observations(paper, [table], "2024/25-Q2")]
    assert got == [("yj_fte_rate", "council", 180.0, "ratio"), ("yj_fte_rate", "national", 167.0, "ratio")]


def test_months_without_a_year_and_last_year_take_their_period_from_the_paper():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["KPI", "Apr", "May", "Jun", "Last year"],
                                   [["% re-referrals within 12 months", "21%", "20%", "19%", "23%"]])]}
    got = [(o["indicator_raw"], o["period"], o["value"]) for o in table_observations(paper, [table], "2024/25-Q1")]
    assert got == [("% re-referrals within 12 months", "2024-04", 21.0), ("% re-referrals within 12 months", "2024-05", 20.0),
                   ("% re-referrals within 12 months", "2024-06", 19.0), ("% re-referrals within 12 months", "2023/24", 23.0)]


@pytest.mark.parametrize("title, expected", [("Quarterly Performance Report", 1), ("Update on the Front Door", 0)])
def test_a_pack_report_titled_as_performance_is_read_for_prose_figures(title, expected):
    from normalise.kpi_prose import prose_observations
    from normalise.kpis import _observation
    from scrutineer.model import Page, Paper

    paper = Paper(doc_id="d" * 64, file_name="pack.pdf", source_path="pack.pdf", path="/pack.pdf", size_bytes=1,
                  doc_type="minutes_pack")
    page = Page(number=2, width=595, height=842, text="Front Door\nThere were 812 referrals in the quarter.").to_dict()
    segments = [{"segment_id": "s1", "kind": "report", "title": title, "first_page": 1, "last_page": 3}]
    got = prose_observations(paper, {"pages": [page], "segments": segments}, "2024/25-Q3", _observation)
    assert len(got) == expected


def test_a_sheet_with_no_rules_gives_no_figure_without_its_label(tmp_path):
    # regression: a spreadsheet printed with no borders; its shaded section rows and status fills looked
    # like a grid, and the rows around it were read as one 'sentence' whose label ran over every row
    from examples.builders import unruled_sheet
    from extract.paper import extract_paper
    from ingest.paper import ingest_paper
    from normalise.paper import normalise_paper

    path = unruled_sheet(tmp_path / "sheet.pdf")
    paper = ingest_paper(path, tmp_path)
    observations = normalise_paper(paper, extract_paper(paper)).get("kpi_observations", [])
    assert all(len(o["indicator_raw"]) <= 60 for o in observations), [o["indicator_raw"] for o in observations]
    # and a section band spilt over two columns ('Early Help | and Front Door') is no header: the columns
    # keep their meaning under it (the England and SN figures were read as the council's)
    got = {(o["indicator_raw"], o["period_raw"], o["comparator"]): o["value"] for o in observations}
    assert got == {
        ("Referrals per 10,000 children", "Q1", "council"): 128.1, ("Referrals per 10,000 children", "Q2", "council"): 251.9,
        ("Referrals per 10,000 children", "Q2", "target"): 500.0,
        ("Referrals per 10,000 children", "Q2", "statistical_neighbours"): 531.0,
        ("Referrals per 10,000 children", "Q2", "national"): 544.5,
        ("% re-referrals within 12 months", "Q1", "council"): 21.4, ("% re-referrals within 12 months", "Q2", "council"): 20.5,
        ("% re-referrals within 12 months", "Q2", "target"): 20.0,
        ("% re-referrals within 12 months", "Q2", "statistical_neighbours"): 21.9,
        ("% re-referrals within 12 months", "Q2", "national"): 22.4,
        ("Children subject to a CP plan (rate per 10,000)", "Q1", "council"): 40.6,
        ("Children subject to a CP plan (rate per 10,000)", "Q2", "council"): 39.8,
        ("Children subject to a CP plan (rate per 10,000)", "Q2", "statistical_neighbours"): 43.1,
        ("Children subject to a CP plan (rate per 10,000)", "Q2", "national"): 43.2,
        ("% CP visits within 10 working days", "Q1", "council"): 91.0, ("% CP visits within 10 working days", "Q2", "council"): 86.0,
        ("% CP visits within 10 working days", "Q2", "target"): 95.0}


def _sheet_figures(builder, tmp_path) -> dict:
    """(label, period, comparator) → printed value, for every observation the pipeline makes of a fixture."""
    from extract.paper import extract_paper
    from ingest.paper import ingest_paper
    from normalise.paper import normalise_paper

    paper = ingest_paper(builder(tmp_path / "sheet.pdf"), tmp_path)
    observations = normalise_paper(paper, extract_paper(paper))["kpi_observations"]
    return {(o["indicator_raw"], o["period"], o["comparator"]): o["value_raw"] for o in observations}


def test_a_sheet_with_no_rules_bold_or_plan_words_is_read_by_its_rows_of_figures(tmp_path):
    from examples.builders import PLAIN_SHEET_ROWS, plain_sheet

    columns = [("2022/23", "council"), ("2023/24", "council"), ("2024/25-Q1", "council"), ("2024/25-Q1", "target"),
               ("2024/25-Q1", "statistical_neighbours"), ("2024/25-Q1", "national")]
    assert _sheet_figures(plain_sheet, tmp_path) == {
        (row[0], *column): value for row in PLAIN_SHEET_ROWS for column, value in zip(columns, row[1:]) if value}


def test_a_sheet_with_no_rules_and_a_header_on_two_rows(tmp_path):
    # regression: the quarters under a merged '2024/25' ran together into one column and gave nothing, and
    # 'Polarity 2023/24' was one column, so the outturn was lost
    from examples.builders import TWO_ROW_SHEET_ROWS, two_row_header_sheet

    columns = [("2023/24", "council"), ("2024/25-Q1", "council"), ("2024/25-Q2", "council"), ("2024/25-Q2", "target"),
               ("2024/25-Q2", "statistical_neighbours"), ("2024/25-Q2", "national")]
    assert _sheet_figures(two_row_header_sheet, tmp_path) == {
        (row[1], *column): value for row in TWO_ROW_SHEET_ROWS for column, value in zip(columns, row[2:]) if value}


def test_a_trajectory_is_a_target_and_a_rolling_year_has_no_fixed_period():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Measure", "Sep", "Rolling 12 months", "Trajectory"], [["Contacts", "1,240", "14,500", "1,100"]])]}
    got = [(o["comparator"], o["period_raw"], o["period"], o["value"]) for o in table_observations(paper, [table], "2024/25-Q2")]
    assert got == [("council", "Sep", "2024-09", 1240.0), ("council", "Rolling 12 months", None, 14500.0),
                   ("target", "Sep", "2024-09", 1100.0)]


@pytest.mark.parametrize("label, expected", [
    ("England", ("national", None)), ("Statistical neighbours", ("statistical_neighbours", None)),
    ("London", ("regional", None)), ("SN average", ("statistical_neighbours", None)),
    ("Bexley", (None, None)),  # the paper's own council
    ("Bromley", (None, "305")), ("London Borough of Bromley", (None, "305")), ("Poole", (None, "836")),
    ("Re-referrals within 12 months", None), ("Bromley children in care", None), ("Target", None), ("2023/24", None),
])
def test_a_row_label_that_only_names_a_place(label, expected):
    assert place_of(label, "303") == expected


def test_a_table_of_places_by_row_measures_what_its_caption_names():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0, la_code="303")
    benchmarks = {"page": 1, "table": 0, "caption": "Re-referrals within 12 months (%)", "footnotes": {},
                  "sections": [_section(["", "2022/23", "2023/24"], [["Bexley", "20%", "19%"],
                                                                      ["Statistical neighbours", "21%", "22%"],
                                                                      ["England", "21.0%", "22.4%"]])]}
    neighbours = {"page": 1, "table": 1, "caption": "Children in care per 10,000 children (31 March 2024)",
                  "footnotes": {}, "sections": [_section(["Local authority", "Rate per 10,000"],
                                                         [["Bexley", "52"], ["Bromley", "38"], ["England", "70"]])]}
    got = [(o["la_code"] or "303", o["indicator_id"], o["comparator"], o["period"], o["value"])
           for o in table_observations(paper, [benchmarks, neighbours], None)]
    assert sorted(got) == sorted([
        ("303", "cin_rereferrals_12m", "council", "2022/23", 20.0), ("303", "cin_rereferrals_12m", "council", "2023/24", 19.0),
        ("303", "cin_rereferrals_12m", "statistical_neighbours", "2022/23", 21.0),
        ("303", "cin_rereferrals_12m", "statistical_neighbours", "2023/24", 22.0),
        ("303", "cin_rereferrals_12m", "national", "2022/23", 21.0), ("303", "cin_rereferrals_12m", "national", "2023/24", 22.4),
        ("303", "cla_rate_per_10000", "council", "2024-03", 52.0), ("305", "cla_rate_per_10000", "council", "2024-03", 38.0),
        ("303", "cla_rate_per_10000", "national", "2024-03", 70.0)])
    # a row for a benchmark with no comparator of its own is left out, not taken for the council
    quartile = {**benchmarks, "sections": [_section(["", "2023/24"], [["Bexley", "19%"], ["Top quartile", "15%"],
                                                                       ["England", "22.4%"]])]}
    assert sorted((o["comparator"], o["value"]) for o in table_observations(paper, [quartile], None)) == \
        [("council", 19.0), ("national", 22.4)]
    # with no line above naming the measure, the figures have no label: none is better than a wrong one
    assert table_observations(paper, [{**benchmarks, "caption": None}], None) == []


def test_a_table_of_places_by_row_with_a_measure_per_column(tmp_path):
    from examples.builders import places_by_row_benchmark

    got = _sheet_figures(places_by_row_benchmark, tmp_path)
    # the blank corner cell heads the places; each column is a measure, each row whose figures they are
    assert got == {
        ("CIN rate per 10,000", "2023/24", "council"): "356.2", ("CIN rate per 10,000", "2023/24", "statistical_neighbours"): "372.0",
        ("CIN rate per 10,000", "2023/24", "regional"): "381.4", ("CIN rate per 10,000", "2023/24", "national"): "332.9",
        ("CP plan rate per 10,000", "2023/24", "council"): "44.1",
        ("CP plan rate per 10,000", "2023/24", "statistical_neighbours"): "46.3",
        ("CP plan rate per 10,000", "2023/24", "regional"): "49.0", ("CP plan rate per 10,000", "2023/24", "national"): "41.6",
        ("Re-referrals (%)", "2023/24", "council"): "19.8", ("Re-referrals (%)", "2023/24", "statistical_neighbours"): "21.5",
        ("Re-referrals (%)", "2023/24", "regional"): "22.0", ("Re-referrals (%)", "2023/24", "national"): "22.4"}


def test_months_without_a_year_fall_in_the_period_named_above_the_table(tmp_path):
    from examples.builders import months_without_a_year
    from scrutineer.model import Paper

    got = _sheet_figures(months_without_a_year, tmp_path)
    # regression: each month was a category of September's figure ('Contacts - Apr' for 2024-09)
    assert {(label, period): value for (label, period, comparator), value in got.items() if label == "Contacts"} == {
        ("Contacts", "2024-04"): "1,102", ("Contacts", "2024-05"): "1,215", ("Contacts", "2024-06"): "1,180",
        ("Contacts", "2024-07"): "1,044", ("Contacts", "2024-08"): "912", ("Contacts", "2024-09"): "1,230"}
    assert got[("Re-referrals within 12 months (%)", "2024-09", "target")] == "20%"
    # with no period anywhere, which April is unknown: no figure rather than a wrong month
    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Measure", "Apr", "May"], [["Contacts", "1,102", "1,215"]])]}
    assert table_observations(paper, [table], None) == []


def test_a_spreadsheet_printed_with_its_columns_set_tight(tmp_path):
    from examples.builders import tight_spreadsheet

    got = _sheet_figures(tight_spreadsheet, tmp_path)
    # regression: headings 8 points apart ran into one ('Apr-24 May-24 Jun-24 Target'), so the sheet gave nothing
    assert got == {
        ("Contacts", "2024-04", "council"): "1102", ("Contacts", "2024-05", "council"): "1215",
        ("Contacts", "2024-06", "council"): "1180",
        ("Re-referrals within 12 months (%)", "2024-04", "council"): "20.1%",
        ("Re-referrals within 12 months (%)", "2024-05", "council"): "19.4%",
        ("Re-referrals within 12 months (%)", "2024-06", "council"): "18.5%",
        ("Re-referrals within 12 months (%)", "2024-06", "target"): "20%",
        ("Children in care", "2024-04", "council"): "401", ("Children in care", "2024-05", "council"): "404",
        ("Children in care", "2024-06", "council"): "398"}


def test_a_figure_over_100_under_a_percentages_label_is_no_percentage():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Indicator", "Q2 2024/25"], [["Children in care placed with parents", "112"],
                                                                  ["Children placed more than 20 miles from home", "104"],
                                                                  ["Re-referrals within 12 months", "21"]])]}
    got = [(o["indicator_id"], o["unit"], o["value"]) for o in table_observations(paper, [table], None)]
    # the measure's count where the catalogue has one; else unmapped, never a share of 104%
    assert got == [("cla_placed_with_parents_count", "count", 112.0), (None, "count", 104.0),
                   ("cin_rereferrals_12m", "percent", 21.0)]


def test_a_table_of_months_with_benchmark_rows_under_them_is_turned_round(tmp_path):
    # regression: 'England 2023/24' and 'Stat neighbours 2023/24' under the months kept the table from being
    # turned, and the whole data pack gave nothing
    from examples.builders import MONTHLY_PACK_ROWS, monthly_data_pack

    got = _sheet_figures(monthly_data_pack, tmp_path)
    measures = ["Contacts", "Referrals", "Re-referrals within 12 months (%)",
                "Assessments completed within 45 working days (%)", "Children subject to a child protection plan"]
    months = {"Apr 24": "2024-04", "May 24": "2024-05", "Jun 24": "2024-06", "Jul 24": "2024-07"}
    places = {"England 2023/24": "national", "Stat neighbours 2023/24": "statistical_neighbours"}
    expected = {}
    for label, *cells in MONTHLY_PACK_ROWS:
        key = (months[label], "council") if label in months else ("2023/24", places[label])
        expected.update({(m, *key): v for m, v in zip(measures, cells) if v not in ("", "-")})
    assert got == expected


def test_a_tables_observation_ids_do_not_move_when_a_table_is_found_on_another_page(tmp_path):
    # a page newly read for layout (a contents page, a dashboard) may give a table of its own: the
    # observations of the tables on other pages keep their ids
    from examples.builders import quarterly_scorecard
    from extract.paper import extract_paper
    from ingest.paper import ingest_paper

    paper = ingest_paper(quarterly_scorecard(tmp_path / "card.pdf"), tmp_path)
    tables = extract_paper(paper)["kpi_tables"]
    shifted = [{**t, "table": t["table"] + 1} for t in tables]  # one more KPI table before them in the paper
    ids = [o["obs_id"] for o in table_observations(paper, tables, None)]
    assert ids and ids == [o["obs_id"] for o in table_observations(paper, shifted, None)]


def test_a_dashboards_tiles_are_observations_dated_by_its_title(tmp_path):
    # regression: a Power BI dashboard page gave no observation at all
    from examples.builders import tile_dashboard
    from extract.paper import extract_paper
    from ingest.paper import ingest_paper
    from normalise.paper import normalise_paper

    paper = ingest_paper(tile_dashboard(tmp_path / "dash.pdf"), tmp_path)
    got = {(o["indicator_id"], o["period"], o["comparator"]): o["value_raw"]
           for o in normalise_paper(paper, extract_paper(paper))["kpi_observations"] if o["page"] > 1}
    q3, dec = "2024/25-Q3", "2024-12"  # the pages' titles: 'Quarter 3 2024/25', 'December 2024'
    assert got == {
        ("fd_contacts_count", q3, "council"): "2,684", ("fd_contacts_count", "2024/25-Q2", "council"): "2,901",
        ("cin_rereferrals_12m", q3, "council"): "21.5%", ("cin_rereferrals_12m", q3, "national"): "22.4%",
        ("cin_rereferrals_12m", q3, "statistical_neighbours"): "20.8%",
        ("cp_plans_count", q3, "council"): "347", ("cp_plans_rate_per_10000", q3, "council"): "41.2 per 10,000",
        ("cin_assessments_45wd", q3, "council"): "88%", ("cin_assessments_45wd", q3, "target"): "85%",
        ("cla_count", q3, "council"): "455", ("cla_rate_per_10000", q3, "council"): "72 per 10,000",
        ("cla_rate_per_10000", q3, "national"): "70",
        ("wf_turnover_rate_pct", q3, "council"): "15.2%", ("wf_turnover_rate_pct", q3, "national"): "17.1%",
        ("cla_count", dec, "council"): "389", ("cla_rate_per_10000", dec, "council"): "66 per 10,000",
        (None, dec, "council"): "12.5 days", (None, dec, "target"): "10 days",  # no catalogue measure for it
        ("fd_referrals_count", dec, "council"): "702"}


def test_a_whole_number_under_a_label_that_fits_a_count_and_a_rate_is_the_count(tmp_path):
    from examples.builders import monthly_data_pack
    from extract.paper import extract_paper
    from ingest.paper import ingest_paper
    from normalise.paper import normalise_paper

    paper = ingest_paper(monthly_data_pack(tmp_path / "pack.pdf"), tmp_path)
    observations = normalise_paper(paper, extract_paper(paper))["kpi_observations"]
    assert {(o["indicator_id"], o["unit"]) for o in observations if o["indicator_raw"] == "Referrals"} == \
        {("fd_referrals_count", "count")}


def test_a_lead_in_dates_the_bulleted_figures_under_it(tmp_path):
    from examples.builders import bulleted_self_assessment

    got = _sheet_figures(bulleted_self_assessment, tmp_path)
    assert got == {
        ("Re-referrals: 19%", "2023/24", "council"): "19%", ("Re-referrals: 19%", "2023/24", "national"): "22%",
        ("Re-referrals: 19%", "2023/24", "statistical_neighbours"): "21%",
        ("Children in care: 411", "2023/24", "council"): "411",
        ("a rate of 62 per 10,000", "2023/24", "council"): "62 per 10,000",
        ("a rate of 62 per 10,000", "2023/24", "statistical_neighbours"): "70 per 10,000",
        ("Child protection plans lasting 2 years or more: 3.1%", "2023/24", "council"): "3.1%",
        ("Child protection plans lasting 2 years or more: 3.1%", "2023/24", "national"): "4.0%",
        # the list ends at the heading: the care leavers' figures are not dated by the lead-in
        ("61% are in education, employment or training", None, "council"): "61%",
        ("61% are in education, employment or training", None, "national"): "56%",
        ("We are in touch with 95% of them", None, "council"): "95%"}


@pytest.mark.parametrize("header, cells, context, expected", [
    # beside 'This month', 'Last month' is the month before; 'YTD' would stand at the paper's month, as in prose,
    # but 'This month' is there: the year so far is a span beside it, with no period of its own
    (["Indicator", "This month", "Last month", "YTD"], ["91%", "88%", "89%"], "2024-11",
     {("council", "2024-10", 88.0), ("council", "2024-11", 91.0), ("council", None, 89.0)}),
    # a benchmark printed with its own year is of that year, not of the council's latest month
    (["Indicator", "Oct 2024", "Nov 2024", "England (2023)"], ["70%", "71%", "69%"], "2024-11",
     {("council", "2024-10", 70.0), ("council", "2024-11", 71.0), ("national", "2023", 69.0)}),
    # benchmarks beside 'Latest' and 'Same period last year' stand beside the latest
    (["Indicator", "Latest", "Same period last year", "England", "Stat Neighbours"], ["19%", "23%", "22%", "21%"],
     "2024/25-Q2", {("council", "2024/25-Q2", 19.0), ("council", "2023/24-Q2", 23.0), ("national", "2024/25-Q2", 22.0),
                    ("statistical_neighbours", "2024/25-Q2", 21.0)}),
])
def test_periods_of_columns_named_relative_to_the_paper(header, cells, context, expected):
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(header, [["Re-referrals within 12 months", *cells]])]}
    assert {(o["comparator"], o["period"], o["value"]) for o in table_observations(paper, [table], context)} == expected


def test_a_committee_report_in_numbered_paragraphs(tmp_path):
    # regression: with no space between paragraphs, '2.2 …' ran on from '2.1 …', so the quarter that
    # dated the figure compared with ('3,150 in Quarter 1') dated the level too, and '2023/24' in 3.1
    # dated the caseload in 3.2
    from examples.builders import numbered_committee_report
    from extract.paper import extract_paper
    from ingest.paper import ingest_paper
    from normalise.paper import normalise_paper

    paper = ingest_paper(numbered_committee_report(tmp_path / "report.pdf"), tmp_path)
    observations = normalise_paper(paper, extract_paper(paper))["kpi_observations"]
    got = {(o["indicator_id"], o["period"], o["comparator"], o["value"]) for o in observations}
    assert got == {
        ("fd_contacts_count", "2024/25-Q2", "council", 3412.0), ("fd_contacts_count", "2024/25-Q1", "council", 3150.0),
        ("cin_rereferrals_12m", "2024/25-Q2", "council", 18.0), ("cin_rereferrals_12m", "2024/25-Q2", "national", 22.0),
        ("wf_turnover_rate_pct", "2024/25-Q2", "council", 14.6), ("wf_turnover_rate_pct", "2023/24", "council", 19.2),
        ("wf_caseload_avg", "2024/25-Q2", "council", 18.0),
        ("wf_agency_rate_pct", "2024/25-Q2", "council", 21.0), ("wf_agency_rate_pct", "2025/26", "target", 12.0)}
    # the paragraph numbers are no part of the labels
    assert not any(re.match(r"\d", o["indicator_raw"]) for o in observations)


def test_figures_in_a_self_assessments_evidence_table_are_read(tmp_path):
    # regression: an 'Evidence' column made the table read as an action plan, whose cells give targets only
    from examples.builders import strengths_table_self_assessment

    assert _sheet_figures(strengths_table_self_assessment, tmp_path) == {
        ("96% of contacts are screened within 24 hours", None, "council"): "96%"}


@pytest.mark.parametrize("header, cells, expected", [
    (["Measure", "Period", "Performance"], [["Re-referrals", "Q2 2024/25", "19%"], ["Turnover", "As at 30/09/24", "14%"]], 1),
    (["Measure", "Reporting period", "Value"], [["Re-referrals", "Sep-24", "19%"], ["Turnover", "2023/24", "14%"]], 1),
    (["Measure", "Value", "Date"], [["Re-referrals", "19%", "30/09/2024"]], 2),
    # 'Month' over a month's count is a column of levels
    (["Measure", "Month", "Year to date"], [["Contacts", "1,204", "7,410"], ["Referrals", "402", "2,380"]], None),
    # a period header over a column left empty gives no period column
    (["Measure", "Period", "Value"], [["Contacts", "", "1,204"]], None),
    (["Measure", "Q2 2024/25", "England"], [["Re-referrals", "19%", "22.4%"]], None),
])
def test_period_column(header, cells, expected):
    assert period_column(_section(header, cells), "2024/25-Q2") == expected


def test_a_period_column_dates_its_rows_figures_and_their_benchmarks():
    # regression: every row of a 'Measure | Period | Performance | …' scorecard took the paper's quarter
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Measure", "Period", "Performance", "Target", "England"],
                                   [["Re-referrals within 12 months", "Q1 2024/25", "19.4%", "20%", "22.4%"],
                                    ["Children in care per 10,000", "Sep-24", "67.1", "65", "70.0"],
                                    ["Social worker turnover", "2023/24", "14.2%", "15%", "17.1%"]])]}
    got = [(o["indicator_id"], o["comparator"], o["period_raw"], o["period"], o["value"])
           for o in table_observations(paper, [table], "2024/25-Q2")]
    assert got == [("cin_rereferrals_12m", "council", "Q1 2024/25", "2024/25-Q1", 19.4),
                   ("cin_rereferrals_12m", "target", "Q1 2024/25", "2024/25-Q1", 20.0),
                   ("cin_rereferrals_12m", "national", "Q1 2024/25", "2024/25-Q1", 22.4),
                   ("cla_rate_per_10000", "council", "Sep-24", "2024-09", 67.1),
                   ("cla_rate_per_10000", "target", "Sep-24", "2024-09", 65.0),
                   ("cla_rate_per_10000", "national", "Sep-24", "2024-09", 70.0),
                   ("wf_turnover_rate_pct", "council", "2023/24", "2023/24", 14.2),
                   ("wf_turnover_rate_pct", "target", "2023/24", "2023/24", 15.0),
                   ("wf_turnover_rate_pct", "national", "2023/24", "2023/24", 17.1)]


def test_a_scorecards_period_column_dates_each_row(tmp_path):
    from examples.builders import PERIOD_COLUMN_ROWS, period_column_scorecard
    from extract.paper import extract_paper
    from ingest.paper import ingest_paper
    from normalise.paper import normalise_paper

    paper = ingest_paper(period_column_scorecard(tmp_path / "card.pdf"), tmp_path)
    got = {(o["indicator_raw"], o["comparator"], o["period"], o["value_raw"])
           for o in normalise_paper(paper, extract_paper(paper))["kpi_observations"]}
    periods = {"Q1 2024/25": "2024/25-Q1", "Sep-24": "2024-09", "2023/24": "2023/24", "As at 30/09/24": "2024-09"}
    assert got == {(label, comparator, periods[when], value)
                   for label, when, *values in PERIOD_COLUMN_ROWS
                   for comparator, value in zip(("council", "target", "statistical_neighbours", "national"), values)}


@pytest.mark.parametrize("header, expected", [
    # the year so far beside the quarter it runs to: a span, dated by no period (regression: the whole year)
    (["Indicator", "Q1 2024/25", "Q2 2024/25", "YTD"], ["2024/25-Q1", "2024/25-Q2", None]),
    (["Indicator", "Q1 2024/25", "Q2 2024/25", "2024/25 YTD"], ["2024/25-Q1", "2024/25-Q2", None]),
    # … and alone, the figure for the reporting period
    (["Indicator", "YTD", "Target 2024/25"], ["2024/25-Q2", "2024/25"]),
    # the same span a year before is a span too, not the quarter a year before
    (["Indicator", "Q2 2024/25", "YTD", "Same period last year"], ["2024/25-Q2", None, None]),
    (["Indicator", "Q1 2024/25", "Q2 2024/25", "Same period last year"], ["2024/25-Q1", "2024/25-Q2", "2023/24-Q2"]),
])
def test_a_year_to_date_column(header, expected):
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    row = ["Contacts received", "1,204", "1,300", "2,504"][:len(header)]
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {}, "sections": [_section(header, [row])]}
    assert [o["period"] for o in table_observations(paper, [table], "2024/25-Q2")] == expected


def test_a_month_in_brackets_in_a_cell_dates_that_figure():
    from scrutineer.model import Paper

    paper = Paper(doc_id="e" * 64, file_name="x.pdf", source_path="x.pdf", path="x.pdf", size_bytes=0)
    table = {"page": 1, "table": 0, "caption": None, "footnotes": {},
             "sections": [_section(["Measure", "Latest", "England"],
                                   [["Re-referrals within 12 months", "19.0% (Dec)", "22.4%"],
                                    ["Children in care per 10,000", "67.1", "70.0"]])]}
    got = [(o["comparator"], o["period_raw"], o["period"], o["value"])
           for o in table_observations(paper, [table], "2024/25-Q2")]
    assert got == [("council", "Dec", "2023-12", 19.0), ("national", "Dec", "2023-12", 22.4),
                   ("council", "Latest", "2024/25-Q2", 67.1), ("national", "Latest", "2024/25-Q2", 70.0)]


def test_a_plans_success_measures_are_targets_for_their_deadlines(golden_run):
    # regression: a success measure with no target word ('90% of supervisions on time by September 2024') gave
    # nothing; a starting level in it ('currently 52%') is no target, and progress cells give no targets; a
    # progress note's level ('84% on time in August') is of its row's success measure
    from normalise.paper import normalise_paper

    rows = normalise_paper(*golden_run("success_measure_plan"))["kpi_observations"]
    assert sorted((r["value"], r["comparator"], r["period"], r["indicator_id"]) for r in rows) == [
        (70.0, "target", "2024/25-Q3", "hlth_iha_timely_pct"), (84.0, "council", "2024-08", "qa_supervision_timely_pct"),
        (90.0, "target", "2024-09", "qa_supervision_timely_pct")]


def test_a_progress_note_reports_its_rows_measure(golden_run):
    # regression: 'Q2 performance 64%' and '55% at end of Q2' named no measure and were dropped; 'from 24% to
    # below 20%' took the aim for a starting level
    from normalise.paper import normalise_paper

    rows = normalise_paper(*golden_run("progress_tracked_plan"))["kpi_observations"]
    got = {(r["value"], r["comparator"], r["period"], r["indicator_id"]) for r in rows}
    assert {(64.0, "council", "2024/25-Q2", "hlth_iha_timely_pct"), (55.0, "council", "2024/25-Q2", "cl_eet_19_21_pct"),
            (19.4, "council", "2024-10", "wf_caseload_avg"), (20.0, "target", "2024/25", "cin_rereferrals_12m")} <= got
    assert not any(r["value"] in (24.0, 8.0, 11.0, 6.0) for r in rows)  # starting levels and counts of work done


@pytest.mark.parametrize("header, success", [
    ("Success measure", True), ("Success measures / KPIs", True), ("How will we know we have made a difference?", True),
    ("Target", True), ("Measures of success", True), ("Outcome measures", True),
    ("Target date", False), ("Lead", False), ("Progress update", False), ("Timescale", False),
])
def test_a_success_measure_column(header, success):
    from normalise.kpi_prose import _SUCCESS_HEADER

    assert bool(_SUCCESS_HEADER.search(header)) is success


def _plan_prose(rows: list[list[str]], doc_type: str, context: str) -> list[dict]:
    """prose_observations over one page holding one table of these cell texts."""
    from normalise.kpi_prose import prose_observations
    from normalise.kpis import _observation
    from scrutineer.model import Page, Paper

    paper = Paper(doc_id="d" * 64, file_name="plan.pdf", source_path="plan.pdf", path="/plan.pdf", size_bytes=1,
                  doc_type=doc_type)
    page = Page(number=1, width=842, height=595, text="").to_dict()
    page["tables"] = [{"rows": [[{"text": t} for t in row] for row in rows]}]
    return prose_observations(paper, {"pages": [page], "segments": []}, context, _observation)


@pytest.mark.parametrize("success_label, dated, expected", [
    # the success row is a target by its deadline; the action and progress give no level
    ("Success measure", False, [(9.0, "target", "2024/25")]),
    ("Notes", False, []),
    ("Notes", True, [(9.0, "target", "2024/25")]),  # a figure due after the report is an aim wherever it is
])
def test_an_action_labelled_down_a_small_table_gives_only_its_targets(success_label, dated, expected):
    # regression: an action printed as a table of its own ('Action 2.3 | …', 'Lead | …') was read as
    # loose cells, so 'Open 2 new children's homes' was a council count of 2
    rows = [["Action 2.3", "Open 2 new children's homes so that fewer children live far from home"],
            ["Lead", "Head of Residential Care"], ["Deadline", "March 2025"],
            [success_label, "Nine children placed in the new homes" + (" by March 2025" if dated else "")],
            ["Progress update", "3 children moved in during Q2."]]
    got = _plan_prose(rows, "action_plan", "2024/25-Q3")
    assert [(o["value"], o["comparator"], o["period"]) for o in got] == expected


@pytest.mark.parametrize("progress, expected", [
    # a progress note's share of a catalogue measure is the level then
    ("New triage rota in place; 91% of contacts decided within 24 hours in May.",
     [("fd_contact_decision_24h_pct", 91.0, "council", "2024-05")]),
    # … but not a share of the work done, a count of it, or a change
    ("Training 75% complete; 12 offers made.", []),
    ("Contacts decided within 24 hours rose by 6%.", []),
])
def test_a_plan_rows_progress_note_gives_levels_of_catalogue_measures(progress, expected):
    rows = [["Ref", "Action", "Lead", "Deadline", "Progress update"],
            ["1.1", "Strengthen the front door", "Head of MASH", "30/06/2025", progress]]
    got = _plan_prose(rows, "improvement_plan", "2024/25-Q1")
    assert [(o["indicator_id"], o["value"], o["comparator"], o["period"]) for o in got] == expected


@pytest.mark.parametrize("baseline, target, expected", [
    # a bare target takes its measure from the row's action and its period from the row's deadline
    ("24%", "20%", [("cin_rereferrals_12m", 20.0, "target", "2024/25")]),
    # a dated baseline is the council's level then; an undated one says nothing of when
    ("24% (Mar 24)", "20% by March 2025",
     [("cin_rereferrals_12m", 24.0, "council", "2024-03"), ("cin_rereferrals_12m", 20.0, "target", "2024/25")]),
])
def test_a_plan_rows_bare_target_and_baseline_take_the_rows_action(baseline, target, expected):
    rows = [["Ref", "Action", "Lead", "Deadline", "Baseline", "Target"],
            ["1.2", "Reduce re-referrals within 12 months", "Head of MASH", "March 2025", baseline, target]]
    got = _plan_prose(rows, "improvement_plan", "2024/25-Q2")
    assert [(o["indicator_id"], o["value"], o["comparator"], o["period"]) for o in got] == expected


def test_a_success_measures_bounds_are_its_targets():
    # regression: 'below 20%' was read as a comment and 'above 90%' as a bound, so a success measure
    # listing its aims gave nothing; a measure of what is not done is not the measure of what is
    rows = [["Ref", "Action", "Lead", "Deadline", "Success measures"],
            ["1", "Improve front door decision making", "Head of MASH", "March 2025",
             "Re-referrals below 20%; assessments completed within 45 working days above 90%; no more than 5% of "
             "contacts without a decision in 24 hours"]]
    got = _plan_prose(rows, "improvement_plan", "2024/25-Q2")
    assert [(o["indicator_id"], o["value"], o["comparator"], o["period"]) for o in got] == [
        ("cin_rereferrals_12m", 20.0, "target", "2024/25"), ("cin_assessments_45wd", 90.0, "target", "2024/25"),
        (None, 5.0, "target", "2024/25")]


@pytest.mark.parametrize("clause, noun", [
    ("There were 1,842 contacts to the front door in Quarter 3", "contacts"),
    ("There were 186 Section 47 enquiries in Q1", "Section 47 enquiries"),
    ("We had 14 complaints at stage 1", "complaints"),
    ("Re-referrals were high", None),
])
def test_what_a_count_counts(clause, noun):
    assert counted_noun(clause) == noun
