"""The KPI views (kpis, kpi_benchmark), the unmapped-label table and its CSV report."""
from __future__ import annotations

import csv

import duckdb
import pytest

from examples.builders import kpi_report
from normalise.catalogue import catalogue_rows
from store.reports import reports_dir
from store.warehouse import build


@pytest.fixture
def report_run(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    raw.mkdir()
    kpi_report(raw / "northshire-performance-report-2025-01.pdf")
    return run_pipeline(raw)


def test_kpis_view_is_tidy(report_run):
    _, con = report_run
    rows = con.execute("select indicator_id, indicator, period, comparator, value, unit from kpis "
                       "where indicator_id = 'cin_rereferrals_12m' and source = 'table' order by period nulls last, comparator").fetchall()
    assert ("cin_rereferrals_12m", rows[0][1], "2024-10", "council", 23.0, "percent") in rows
    assert any(r[3] == "national" and r[4] == 22.0 for r in rows)
    assert not con.execute("select count(*) from kpis where value_raw in ('-', 'n/a', '')").fetchone()[0]


def test_benchmark_puts_printed_comparators_beside_the_council_figure(report_run):
    _, con = report_run
    row = con.execute("select value, printed_national, printed_regional from kpi_benchmark "
                      "where indicator_id = 'cla_rate_per_10000' and period = '2024/25-Q3'").fetchone()
    assert row == (58.3, 70.0, 61.5)


def test_unmapped_labels_are_listed(report_run, tmp_path):
    _, con = report_run
    listed = dict(con.execute("select indicator_raw, observations from unmapped_indicators").fetchall())
    unmapped = con.execute("select count(*) from kpi_observations where indicator_id is null").fetchone()[0]
    assert sum(listed.values()) == unmapped
    with open(reports_dir(tmp_path / "w.duckdb") / "unmapped_indicators.csv", newline="") as fh:
        assert {r["indicator_raw"] for r in csv.DictReader(fh)} == set(listed)


def test_two_runs_give_the_same_observations(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    raw.mkdir()
    kpi_report(raw / "r.pdf")
    ids = []
    for n in (1, 2):
        _, con = run_pipeline(raw, warehouse=tmp_path / f"w{n}.duckdb", work_dir=tmp_path / f"i{n}")
        ids.append(con.execute("select obs_id, value, period from kpi_observations order by obs_id").fetchall())
    assert ids[0] == ids[1] and ids[0]


def test_benchmark_averages_statistical_neighbours_and_region(tmp_path):
    """Figures other papers give for a council's neighbours and region land beside its own."""
    councils = [
        {"la_code": "900", "name": "Alpha", "region": "South West", "stat_neighbours": "901,902"},
        {"la_code": "901", "name": "Beta", "region": "South West", "stat_neighbours": "900"},
        {"la_code": "902", "name": "Gamma", "region": "London", "stat_neighbours": "900"},
    ]
    obs = []
    for n, (la, value) in enumerate((("900", 20.0), ("901", 30.0), ("902", 40.0))):
        obs.append({"obs_id": f"o{n}", "doc_id": f"d{n}", "la_code": la, "indicator_id": "cin_rereferrals_12m",
                    "indicator_raw": "Re-referrals", "period": "2023/24", "value": value, "value_raw": f"{value}%",
                    "unit": "percent", "comparator": "council", "page": 1})
    obs.append({"obs_id": "o9", "doc_id": "d0", "la_code": "900", "indicator_id": "cin_rereferrals_12m",
                "indicator_raw": "Re-referrals", "period": "2023/24", "value": 22.0, "value_raw": "22%",
                "unit": "percent", "comparator": "national", "page": 1})
    # a part of the measure (a column splitting it) is no figure of the whole to benchmark
    obs.append({"obs_id": "o8", "doc_id": "d0", "la_code": "900", "indicator_id": "cin_rereferrals_12m",
                "indicator_raw": "Re-referrals - Under 5s", "period": "2023/24", "value": 9.0, "value_raw": "9%",
                "unit": "percent", "comparator": "council", "page": 1, "breakdown": "Under 5s"})
    path = tmp_path / "w.duckdb"
    build(path, {"councils": councils, "indicators": catalogue_rows(), "kpi_observations": obs})
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("select value, printed_national, warehouse_statistical_neighbours, "
                           "warehouse_statistical_neighbours_n, warehouse_regional from kpi_benchmark where la_code = '900'").fetchall()
    finally:
        con.close()
    assert rows == [(20.0, 22.0, 35.0, 2, 30.0)]


def test_a_plan_gives_actions_and_no_kpis(tmp_path, run_pipeline):
    from examples.builders import merged_recommendation_plan

    raw = tmp_path / "raw"
    raw.mkdir()
    merged_recommendation_plan(raw / "westmarsh-plan.pdf")
    _, con = run_pipeline(raw)
    assert con.execute("select count(*) from kpi_observations").fetchone()[0] == 0
    got = con.execute("select a.ref, r.recommendation, a.rag from actions a join action_recommendations r "
                      "using (action_id) order by a.ref").fetchall()
    assert [(ref, rec) for ref, rec, _ in got] == [(f"{n}.{k}", str(n)) for n in (1, 2, 3) for k in (1, 2, 3)]
    assert {rag for *_, rag in got} == {"red", "amber", "green"}
