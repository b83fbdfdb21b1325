"""Ofsted report fields: fieldwork dates, grade words, framework, inspector names, rows and warnings."""
from __future__ import annotations

from datetime import date

import pytest

from normalise.inspections import (clean_inspector, framework_of, grade_word, normalise_inspection,
                                   parse_fieldwork)
from scrutineer.model import Paper
from store.schema import GRADES
from store.validate import validate

D = date


@pytest.mark.parametrize("raw, parts", [
    ("15 – 19 July 2013", [(D(2013, 7, 15), D(2013, 7, 19))]),
    ("15-19 July 2013", [(D(2013, 7, 15), D(2013, 7, 19))]),
    ("9–24 November 2017", [(D(2017, 11, 9), D(2017, 11, 24))]),
    ("3 June – 25 June 2014", [(D(2014, 6, 3), D(2014, 6, 25))]),
    ("18 March 2014 – 09 April 2014", [(D(2014, 3, 18), D(2014, 4, 9))]),
    ("20 February to 3 March 2023", [(D(2023, 2, 20), D(2023, 3, 3))]),
    ("8 June 2026 to 19 June 2026", [(D(2026, 6, 8), D(2026, 6, 19))]),
    ("29 December to 9 January 2015", [(D(2014, 12, 29), D(2015, 1, 9))]),
    ("5 to 9 December 2022 and 14 to 15 February 2023",
     [(D(2022, 12, 5), D(2022, 12, 9)), (D(2023, 2, 14), D(2023, 2, 15))]),
    ("30 September to 11 October 2024 and 13 to 16 January 2025",
     [(D(2024, 9, 30), D(2024, 10, 11)), (D(2025, 1, 13), D(2025, 1, 16))]),
    ("12 March 2019", [(D(2019, 3, 12), D(2019, 3, 12))]),
    ("7 and 8 February 2023", [(D(2023, 2, 7), D(2023, 2, 8))]),  # a visit letter's two days
    ("31 January and 1 February 2023", [(D(2023, 1, 31), D(2023, 2, 1))]),
    ("31 to 33 June 2019", []),
    ("", []),
    (None, []),
])
def test_fieldwork(raw, parts):
    assert parse_fieldwork(raw) == parts


@pytest.mark.parametrize("raw, word", [
    ("Requires improvement to be good", "requires improvement"),
    ("require improvement to be good", "requires improvement"),
    ("Requires\nImprovement", "requires improvement"),
    ("Inadequate", "inadequate"),
    ("adequate", "adequate"),
    ("Outstanding", "outstanding"),
    ("good", "good"),
    ("Not Judged", None),
    (None, None),
])
def test_grade_words(raw, word):
    assert grade_word(raw) == word
    assert word is None or word in GRADES


@pytest.mark.parametrize("cue, parts, framework", [
    ("older", [], "older"),
    ("SIF", [(D(2017, 11, 9), D(2017, 11, 24))], "SIF"),
    ("ILACS", [(D(2024, 3, 11), D(2024, 3, 15))], "ILACS short"),
    ("ILACS", [(D(2023, 12, 4), D(2023, 12, 15))], "ILACS standard"),
    ("ILACS", [(D(2019, 6, 3), D(2019, 6, 19))], "ILACS standard"),  # a long standard inspection
    ("ILACS", [(D(2022, 12, 5), D(2022, 12, 9)), (D(2023, 2, 14), D(2023, 2, 15))], "ILACS short"),
    ("ILACS", [(D(2024, 9, 30), D(2024, 10, 11)), (D(2025, 1, 13), D(2025, 1, 16))], "ILACS standard"),
    ("ILACS", [], None),
    ("focused visit", [(D(2023, 2, 7), D(2023, 2, 8))], "focused visit"),
    ("monitoring visit", [], "monitoring visit"),
    (None, [(D(2023, 12, 4), D(2023, 12, 15))], None),
])
def test_framework(cue, parts, framework):
    assert framework_of(cue, parts) == framework


@pytest.mark.parametrize("raw, name", [
    ("Pat Sample-Jones HMI", "Pat Sample-Jones"),
    ("Chris Sample, His Majesty's Inspector", "Chris Sample"),
    ("Chris Sample, Her Majesty\u2019s Inspector", "Chris Sample"),
    ("Lee Sample Senior HMI", "Lee Sample"),
    ("Kim Sample- Ward", "Kim Sample-Ward"),
    ("Máire Sample", "Máire Sample"),
    ("", None),
    (None, None),
])
def test_inspector_names(raw, name):
    assert clean_inspector(raw) == name


def paper() -> Paper:
    return Paper(doc_id="ef" * 32, file_name="r.pdf", source_path="r.pdf", path="r.pdf", size_bytes=0,
                 doc_type="inspection_report", council="Rutland", la_code="857")


def test_rows_of_an_ilacs_2018_report():
    raw = {"framework_cue": "ILACS", "dates_raw": "5 March to 16 March 2019", "dates_page": 1,
           "lead_inspector_raw": "Pat Sample HMI", "lead_inspector_page": 1, "published_raw": None,
           "grades_raw": {"overall_effectiveness": "requires improvement to be good", "impact_of_leaders": "good",
                          "help_and_protection": "good", "children_in_care": "requires improvement to be good"},
           "grades_page": 1,
           "recommendations": [{"printed": None, "page": 2, "text": "The timeliness of assessments."},
                               {"printed": None, "page": 3, "text": "Supervision of social workers."}]}
    out = normalise_inspection(paper(), {"inspection": raw})
    (row,) = out["inspections"]
    assert row["la_code"] == "857" and row["council"] == "Rutland"
    assert (row["inspection_start"], row["inspection_end"]) == (D(2019, 3, 5), D(2019, 3, 16))
    assert row["framework"] == "ILACS standard"
    assert row["lead_inspector"] == "Pat Sample"
    assert row["publication_date"] is None
    assert row["overall_effectiveness"] == "requires improvement" and row["care_leavers"] is None
    assert [(r["number"], r["text"], r["page"]) for r in out["inspection_recommendations"]] == [
        (1, "The timeliness of assessments.", 2), (2, "Supervision of social workers.", 3)]
    messages = " | ".join(w["message"] for w in out["warnings"])
    assert "publication date not printed" in messages
    assert "care leavers not judged separately" in messages
    tables, rejected = validate({k: v for k, v in out.items()})
    assert not rejected


def test_missing_fields_are_null_with_a_reason():
    out = normalise_inspection(paper(), {"inspection": {"framework_cue": None, "dates_raw": "sometime in spring",
                                                         "grades_raw": {}, "recommendations": []}})
    (row,) = out["inspections"]
    assert row["inspection_start"] is None and row["framework"] is None and row["lead_inspector"] is None
    messages = [w["message"] for w in out["warnings"]]
    assert any("inspection dates not found" in m for m in messages)
    assert any("no lead inspector" in m for m in messages)
    assert any("no recommendations" in m for m in messages)
    assert sum("grade found" in m for m in messages) == 5
    assert all(w["stage"] == "normalise.inspections" and w["doc_id"] == paper().doc_id for w in out["warnings"])


def test_not_judged_is_null_and_said_so():
    raw = {"framework_cue": "SIF", "dates_raw": "6 March 2017 to 28 March 2017", "published_raw": "10 May 2017",
           "grades_raw": {"overall_effectiveness": "good", "children_in_care": "not judged"}, "recommendations": []}
    out = normalise_inspection(paper(), {"inspection": raw})
    assert out["inspections"][0]["children_in_care"] is None
    assert out["inspections"][0]["publication_date"] == D(2017, 5, 10)
    assert any("'Not judged'" in w["message"] for w in out["warnings"])


def test_other_papers_give_no_rows():
    assert normalise_inspection(paper(), {"inspection": None}) == {}


def test_a_focused_visit_letter_lands_in_inspections(tmp_path, run_pipeline):
    from examples.builders import focused_visit_letter

    raw = tmp_path / "raw"
    raw.mkdir()
    focused_visit_letter(raw / "rutland-focused-visit.pdf")
    _, con = run_pipeline(raw)
    assert con.execute("select doc_type, la_code from documents").fetchall() == [("inspection_report", "857")]
    row = con.execute("select framework, inspection_start, inspection_end, publication_date, lead_inspector, "
                      "overall_effectiveness from inspections").fetchone()
    assert row == ("focused visit", D(2023, 2, 7), D(2023, 2, 8), D(2023, 3, 14), "Anne Example", None)
    assert con.execute("select count(*) from inspection_recommendations").fetchone()[0] == 2
    why = [m for (m,) in con.execute("select message from warnings").fetchall()]
    assert "no overall effectiveness grade: a focused visit gives no judgements" in why
