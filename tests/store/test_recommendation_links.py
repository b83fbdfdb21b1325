"""action_recommendation_links: plan actions joined to the recommendation texts of the right inspection."""
from __future__ import annotations

import shutil

import pytest

from examples.builders import OFSTED_RECOMMENDATIONS, recommendation_plan, sif_inspection_report

COLUMNS = "recommendation, inspection_doc_id, recommendation_printed, recommendation_text, candidate_inspections, chosen_by"


def links(con, plan_file: str) -> list[dict]:
    sql = (f"SELECT {COLUMNS} FROM action_recommendation_links l "
           "JOIN documents d ON d.doc_id = l.plan_doc_id WHERE d.file_name = ? ORDER BY action_id")
    cur = con.execute(sql, [plan_file])
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def doc_id(con, file_name: str) -> str:
    return con.execute("SELECT doc_id FROM documents WHERE file_name = ?", [file_name]).fetchone()[0]


def test_links_pick_the_latest_inspection_before_the_plan(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    raw.mkdir()
    old = ["Ensure that every referral gets a timely decision.", "Review the out of hours service."]
    sif_inspection_report(raw / "rutland-2014.pdf", dates="2 June – 24 June 2014", published="8 August 2014",
                          first_number=12, recommendations=old)
    sif_inspection_report(raw / "rutland-2018.pdf")
    sif_inspection_report(raw / "rutland-2021.pdf", dates="6 September 2021 to 30 September 2021",
                          published="3 December 2021", recommendations=["A later recommendation."])
    recommendation_plan(raw / "rutland-plan-2018.pdf", published="12 March 2018", recommendations=(1, 2, 4))
    recommendation_plan(raw / "rutland-plan-2015.pdf", published="January 2015", recommendations=(12, 13, 14))
    recommendation_plan(raw / "devon-plan-2018.pdf", council="Devon County Council", recommendations=(1,))
    _, con = run_pipeline(raw)

    got = links(con, "rutland-plan-2018.pdf")
    assert len(got) == 6  # two actions under each of three recommendations
    assert {r["inspection_doc_id"] for r in got} == {doc_id(con, "rutland-2018.pdf")}
    assert {r["chosen_by"] for r in got} == {"most recent of 2 before 2018-03-12"}
    assert {(r["recommendation"], r["recommendation_text"]) for r in got} == {
        ("1", OFSTED_RECOMMENDATIONS[0]), ("2", OFSTED_RECOMMENDATIONS[1]), ("4", OFSTED_RECOMMENDATIONS[3])}

    # an older plan cites the numbers its report printed (12, 13), not their order
    got = links(con, "rutland-plan-2015.pdf")
    assert {r["inspection_doc_id"] for r in got} == {doc_id(con, "rutland-2014.pdf")}
    by_rec = {r["recommendation"]: r for r in got}
    assert by_rec["12"]["recommendation_text"] == old[0]
    assert by_rec["13"]["recommendation_text"] == old[1]
    assert by_rec["14"]["recommendation_text"] is None
    assert by_rec["14"]["chosen_by"] == "only inspection before 2015-01; recommendation 14 not in that report"

    # no inspection of that council: kept, unlinked, and said so
    got = links(con, "devon-plan-2018.pdf")
    assert got and all(r["inspection_doc_id"] is None and r["candidate_inspections"] == 0 for r in got)
    assert got[0]["chosen_by"].startswith("no inspection of this council before")


REPORTS = ["buckinghamshire-2014-08-08.pdf", "buckinghamshire-2018-01-29.pdf", "buckinghamshire-2022-02-11.pdf",
           "somerset-2015-03-27.pdf", "somerset-2018-01-29.pdf", "somerset-2022-09-21.pdf"]


@pytest.mark.parametrize("council, plan_published, report, numbers", [
    ("Buckinghamshire County Council", "23 April 2018", "buckinghamshire-2018-01-29.pdf", (1, 3, 10)),
    ("Somerset County Council", "May 2018", "somerset-2018-01-29.pdf", (2, 6, 13)),
])
def test_real_january_2018_reports(corpus, tmp_path, run_pipeline, council, plan_published, report, numbers):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in REPORTS:
        shutil.copy(corpus / "ofsted" / name, raw / name)
    plan = f"{council.split()[0].lower()}-plan.pdf"
    recommendation_plan(raw / plan, council=council, published=plan_published, recommendations=numbers)
    _, con = run_pipeline(raw)
    got = links(con, plan)
    assert len(got) == 2 * len(numbers)
    assert {r["inspection_doc_id"] for r in got} == {doc_id(con, report)}
    assert all(r["chosen_by"].startswith("most recent of 2 before") for r in got)
    texts = dict(con.execute("SELECT number, text FROM inspection_recommendations WHERE doc_id = ?",
                             [doc_id(con, report)]).fetchall())
    for r in got:
        assert r["recommendation_text"] == texts[int(r["recommendation"])]
