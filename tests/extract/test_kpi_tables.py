"""KPI tables read from a performance report the test builds with reportlab (examples/builders.kpi_report)."""
from __future__ import annotations

import pytest

from examples.builders import (GROUPED_SCORECARD, QUALIFIED_SCORECARD, grouped_scorecard, kpi_report, qualified_scorecard,
                               quarterly_scorecard, scorecard_and_key, spanned_header_scorecard, split_scorecard)
from extract.kpi_tables import extract_kpi_tables, footnotes_in, looks_like_figure, merge_header, read_table
from extract.pages import parse_pdf
from scrutineer.model import Cell, Table


@pytest.fixture(scope="module")
def report_tables(tmp_path_factory):
    path = kpi_report(tmp_path_factory.mktemp("kpi") / "northshire-performance-report-2025-01.pdf")
    return extract_kpi_tables(parse_pdf(str(path), "other"), None, {})


def test_monthly_table_keeps_headers_and_cells(report_tables):
    monthly = report_tables[0]
    section = monthly["sections"][0]
    assert section["header"] == ["Indicator", "Oct 24", "Nov 24", "Dec 24", "National", "Statistical Neighbours"]
    rows = {r["label"]: r["cells"][1:] for r in section["rows"]}
    assert rows["Number of contacts received"] == ["5,106", "4,870", "-", "n/a", "n/a"]
    assert rows["Assessments completed within 45 working days"][1] == ""  # a blank stays blank
    assert monthly["page"] == 1 and monthly["caption"] == "Monthly performance"


def test_footnote_under_the_table_is_kept(report_tables):
    assert report_tables[0]["footnotes"] == {"*": "Provisional figure"}


def test_volume_table(report_tables):
    section = report_tables[1]["sections"][0]
    assert section["header"][1:] == ["Q3 2024/25", "England Average", "Regional Average"]
    assert section["rows"][0]["cells"][1] == "412 (58.3)"


def test_scorecard_with_target_column(tmp_path):
    tables = extract_kpi_tables(parse_pdf(str(scorecard_and_key(tmp_path / "card.pdf")), "other"), None, {})
    headers = [s["header"] for t in tables for s in t["sections"]]
    assert ["Indicator", "Target", "Q2 2024/25", "England", "RAG", "Commentary"] in headers


def _table(rows):
    return Table(page=1, x0=0, top=0, x1=100, bottom=100,
                 rows=[[Cell(t, 0, 0, 1, 1) if t is not None else None for t in r] for r in rows])


def test_a_row_of_durations_is_a_row_not_a_header():
    # regression: 'Average days … | 412 days | 455 days' had no figure, so it was read as a new header
    sections = read_table(_table([
        ["Measure", "Council", "England"],
        ["Children with 3 or more placements (%)", "9.5", "10.0"],
        ["Average days between entering care and moving in with adoptive family", "412 days", "436 days"],
    ]))
    assert len(sections) == 1
    assert [r["cells"][1:] for r in sections[0]["rows"]] == [["9.5", "10.0"], ["412 days", "436 days"]]


def test_a_header_row_part_way_down_starts_a_new_section():
    sections = read_table(_table([
        ["Volume *As at 30 October 2019", "Q2 2019/20", "England Average"],
        ["Number of children in care", "471", "n/a"],
        ["Performance", "Q2 2019/20", "England Average"],
        ["Timeliness of health assessments", "TBC", "n/a"],  # a row of no figures is still a row
        ["Visits on time", "91%", "88%"],
    ]))
    assert [s["title"] for s in sections] == ["Volume *As at 30 October 2019", "Performance"]
    assert [r["label"] for r in sections[1]["rows"]] == ["Timeliness of health assessments", "Visits on time"]


@pytest.mark.parametrize("text, expected", [
    ("88%", True), ("5,106", True), ("471 (62.6)", True), ("52*", True), ("-0.7", True),
    ("2019/20", False), ("2014/5", False), ("2019", False), ("Q2 2019/20", False), ("n/a", False), ("", False),
    # a duration with its unit, and a caseload, are levels; a span of months and a split are not
    ("412 days", True), ("26 weeks", True), ("15 working days", True), ("1:19", True),
    ("12 months", False), ("68:32", False), ("45 days or more", False),
])
def test_looks_like_figure(text, expected):
    assert looks_like_figure(text) is expected


def test_footnotes_in_a_title():
    assert footnotes_in("Volume *As at 30 October 2019") == {"*": "As at 30 October 2019"}
    assert footnotes_in("Performance **Q1, Q2 awaited") == {"**": "Q1, Q2 awaited"}


def test_a_plan_table_is_not_read_as_a_scorecard(tmp_path):
    # regression: a plan with refs ('1.2') and a 'Target date' column gave one "KPI" per action
    from examples.builders import merged_recommendation_plan
    from extract.plans import extract_plan_rows
    from scrutineer.model import Paper

    path = merged_recommendation_plan(tmp_path / "plan.pdf")
    pages = parse_pdf(str(path), "improvement_plan")
    paper = Paper(doc_id="d" * 64, file_name=path.name, source_path=path.name, path=str(path), size_bytes=0)
    assert extract_kpi_tables(pages, paper, {}), "without the plan rows the table looks like a scorecard"
    assert extract_kpi_tables(pages, paper, {"plan_rows": extract_plan_rows(pages, paper, {})}) == []


def test_a_period_in_the_first_cell_labels_its_row():
    cells = [["Quarter", "Vacancy rate %", "Turnover %"], ["Q1 2023/24", "20%", "15%"], ["2023/24", "18%", "14%"]]
    rows = [[Cell(c, 0, 0, 1, 1) for c in r] for r in cells]
    (section,) = read_table(Table(page=1, x0=0, top=0, x1=1, bottom=1, rows=rows))
    assert [r["label"] for r in section["rows"]] == ["Q1 2023/24", "2023/24"]


def test_header_on_two_rows_reads_as_one(tmp_path):
    tables = extract_kpi_tables(parse_pdf(str(quarterly_scorecard(tmp_path / "card.pdf")), "other"), None, {})
    section = tables[0]["sections"][0]
    assert section["header"] == ["Indicator", "Polarity", "2022/23 Outturn", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24",
                                 "Q4 2023/24", "Target 2023/24", "DoT", "Stat Neighbours", "England"]
    assert [r["label"] for r in section["rows"]][0] == "% of referrals that were re-referrals within 12 months"


def test_a_header_merged_down_beside_a_two_row_header_keeps_its_own_words(tmp_path):
    # regression: the blank second-row cells under 'Target 2024/25', 'SN avg (2023)' and 'England (2023)' took
    # the 'Q2' beside them, so the target became Q2's and the benchmarks lost their year
    path = spanned_header_scorecard(tmp_path / "card.pdf")
    section = extract_kpi_tables(parse_pdf(str(path), "other"), None, {})[0]["sections"][0]
    assert section["header"] == ["Indicator", "2022/23 Outturn", "2023/24 Outturn", "Q1 2024/25", "Q2 2024/25",
                                 "Target 2024/25", "SN avg (2023)", "England (2023)"]


@pytest.mark.parametrize("top, sub, expected", [
    (["Indicator", "2023/24", "2023/24"], ["", "Q1", "Q2"], ["Indicator", "Q1 2023/24", "Q2 2023/24"]),
    (["Measure", "2024", "2024"], ["", "Jan", "Feb"], ["Measure", "Jan 2024", "Feb 2024"]),
    (["Measure", "Children in care", "Children in care"], ["", "Number", "Rate"],
     ["Measure", "Children in care Number", "Children in care Rate"]),
    (["Indicator", "England"], ["", ""], ["Indicator", "England"]),
])
def test_merge_header(top, sub, expected):
    assert merge_header(top, sub) == expected


@pytest.mark.parametrize("code", ["CS01", "NI 62", "PI-4", "2a", "3.1"])
def test_indicator_code_before_its_name_is_not_the_label(code):
    (section,) = read_table(_table([
        ["Ref", "Indicator", "Target", "Q1 2024/25"],
        [code, "Re-referrals within 12 months", "20%", "21%"],
        ["X9", "Children in care rate per 10,000", "60", "62.1"],
    ]))
    assert section["label_col"] == 1
    assert [r["label"] for r in section["rows"]] == ["Re-referrals within 12 months", "Children in care rate per 10,000"]


def test_a_short_label_with_a_number_stays_the_label():
    (section,) = read_table(_table([["Indicator", "Q1 2024/25", "Q2 2024/25"], ["KS2", "61%", "63%"]]))
    assert [r["label"] for r in section["rows"]] == ["KS2"]


def test_a_table_going_on_with_no_header_keeps_the_header_of_the_page_before(tmp_path):
    tables = extract_kpi_tables(parse_pdf(str(split_scorecard(tmp_path / "split.pdf")), "other"), None, {})
    assert [t["page"] for t in tables] == [1, 2]
    (before,), (after,) = tables[0]["sections"], tables[1]["sections"]
    assert after["header"] == before["header"][:7] and after["header"][2] == "Q1 23/24"
    # the label the page cut is whole again, on its own page; its end makes no row of its own
    assert before["rows"][-1]["label"] == "Rate of children in care per 10,000"
    assert [r["label"] for r in after["rows"]] == [
        "% of care leavers aged 19-21 in education, employment or training", "Average social worker caseload"]


def test_rows_above_any_header_are_kept_without_one():
    headless, headed = read_table(_table([["Re-referrals within 12 months", "20%", "21%"], ["Indicator", "Q1", "Q2"],
                                          ["Children in care", "412", "405"]]))
    # extract_kpi_tables joins such rows to the table they go on from, or drops them: with no header they mean nothing
    assert headless["header"] is None and [r["label"] for r in headless["rows"]] == ["Re-referrals within 12 months"]
    assert headed["header"] == ["Indicator", "Q1", "Q2"] and [r["label"] for r in headed["rows"]] == ["Children in care"]


def test_a_headless_table_not_following_one_gives_nothing(tmp_path):
    path = split_scorecard(tmp_path / "split.pdf")
    pages = parse_pdf(str(path), "other")
    assert extract_kpi_tables(pages[1:], None, {}) == []


def test_an_area_merged_down_beside_its_measures_is_a_group_not_a_label(tmp_path):
    tables = extract_kpi_tables(parse_pdf(str(grouped_scorecard(tmp_path / "card.pdf")), "other"), None, {})
    (section,) = tables[0]["sections"]
    assert [r["label"] for r in section["rows"]] == [m[0] for _, measures in GROUPED_SCORECARD for m in measures]



def test_a_measure_merged_down_over_how_it_is_counted_labels_each_count(tmp_path):
    tables = extract_kpi_tables(parse_pdf(str(qualified_scorecard(tmp_path / "card.pdf")), "other"), None, {})
    (section,) = tables[0]["sections"]
    assert [r["label"] for r in section["rows"]] == [f"{m} ({q[0]})" for m, counts in QUALIFIED_SCORECARD for q in counts]
