"""Minutes normalisation: dates, times, committee names, attendee names, and the rows made."""
from __future__ import annotations

import pytest

from normalise.minutes import attendee_name, committee_name, normalise_minutes, parse_date, parse_time
from scrutineer.model import Paper


@pytest.mark.parametrize("raw, want", [
    ("10 September 2019", "2019-09-10"),
    ("Tuesday, 4th March, 2025", "2025-03-04"),
    ("1st of April 2024", "2024-04-01"),
    ("26 Nov 2019", "2019-11-26"),
    ("Sept 3 2019", None),  # month first is not a UK date form we read
    ("04/03/2025", "2025-03-04"),  # day first
    ("4.3.25", "2025-03-04"),
    ("31 February 2024", None),
    ("", None),
    (None, None),
])
def test_parse_date(raw, want):
    assert parse_date(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("6.00 pm", "18:00"), ("6pm", "18:00"), ("10.30 a.m.", "10:30"), ("12.15 pm", "12:15"), ("12 midnight", None),
    ("12.00 am", "00:00"), ("18:00", "18:00"), ("7.00 p.m.", "19:00"), ("12 noon", "12:00"), ("10", None),
    ("25:00", None), (None, None),
])
def test_parse_time(raw, want):
    assert parse_time(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("Cllr R Bellamy – Chairman", ("R Bellamy", "chair")),
    ("Cllr P Hargreaves (Substitute)", ("P Hargreaves", "substitute")),
    ("Councillor B Jones (Vice-Chair)", ("B Jones", "vice_chair")),
    ("Councillor A Patel (Chair)", ("A Patel", "chair")),
    ("Cllr. M F Brindley", ("M F Brindley", None)),
    ("Peter Marlow", ("Peter Marlow", None)),
    ("Councillor Northcott", ("Northcott", None)),
    ("Cllr Smith (In the Chair)", ("Smith", "chair")),
    ("Cllr K Wilson (Vice-Chairman), ", ("K Wilson", "vice_chair")),
    ("Mrs J Evans (Parent Governor)", ("J Evans", "Parent Governor")),  # a courtesy title goes like 'Cllr'
    ("Sarah Lowe (Director of Children's Services)", ("Sarah Lowe", "Director of Children's Services")),  # no 'vice'
    ("Cllr T Fox (Vice Chair)", ("T Fox", "vice_chair")),
    ("Mrs. D. Taylor CC (in the Chair)", ("D Taylor", "chair")),  # county councillor style
    ("Mr. T. Barkley CC", ("T Barkley", None)),
    ("Dr Ayesha Khan MBE", ("Ayesha Khan", None)),
    # a partner's rank goes like a title
    ("DCI Helen Moss", ("Helen Moss", None)), ("Det Supt Paul Reid", ("Paul Reid", None)),
    ("Chief Inspector Lara Quinn", ("Lara Quinn", None)), ("Prof Anne Hale", ("Anne Hale", None)),
    ("Di Jones", ("Di Jones", None)),  # a first name, not a rank
])
def test_attendee_name(raw, want):
    assert attendee_name(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE", "Children's Services Overview and Scrutiny Committee"),
    ("Children and Families Scrutiny Panel", "Children and Families Scrutiny Panel"),
    ("BCP CHILDREN'S SCRUTINY PANEL", "BCP Children's Scrutiny Panel"),
    (None, None),
])
def test_committee_name(raw, want):
    assert committee_name(raw) == want


PAPER = Paper(doc_id="ef" * 32, file_name="pack.pdf", source_path="pack.pdf", path="pack.pdf", size_bytes=0,
              doc_type="minutes_pack")
EXTRACTED = {
    "segments": [{"segment_id": "efefefefefef-s001", "seq": 1, "kind": "minutes", "title": "Minutes", "first_page": 1,
                  "last_page": 2}],
    "minutes": {
        "meetings": [{
            "kind": "minutes", "committee": "CHILDREN'S SCRUTINY COMMITTEE", "date_raw": "10 September 2019",
            "time_raw": "6.00 pm", "venue": None, "page": 1, "segment_id": "efefefefefef-s001",
            "attendees": [{"name_raw": "Cllr R Bellamy – Chairman", "attendance": "present", "role": None},
                          {"name_raw": "Cllr R Bellamy", "attendance": "present", "role": None},
                          {"name_raw": "Peter Marlow", "attendance": "apologies", "role": "Parent Governor Representative"}],
            "items": [{"number": "24", "title": "Confirmation of Minutes", "page": 1, "text": "RESOLVED that …",
                       "resolutions": [{"kind": "resolved", "text": "RESOLVED that the minutes be confirmed."}]},
                      {"number": "25", "title": "Action Sheet", "page": 2, "text": "Noted.", "resolutions": []}]}],
        "action_sheet": [{"minute_number": "7", "item": "Strategy", "action": "Circulate the data",
                          "status_raw": "Actioned", "page": 3}]},
}


def test_rows_made_from_extracted_minutes():
    rows = normalise_minutes(PAPER, EXTRACTED)
    (meeting,) = rows["meetings"]
    assert meeting == {"meeting_id": "efefefefefef-m01", "doc_id": PAPER.doc_id, "committee": "Children's Scrutiny Committee",
                       "date": "2019-09-10", "start_time": "18:00", "venue": None, "page": 1, "kind": "minutes",
                       "segment_id": "efefefefefef-s001"}
    # the same person printed twice under one heading is one row
    assert [(a["name"], a["attendance"], a["role"]) for a in rows["meeting_attendees"]] == [
        ("R Bellamy", "present", "chair"), ("Peter Marlow", "apologies", "Parent Governor Representative")]
    assert [i["item_id"] for i in rows["minute_items"]] == ["efefefefefef-m01-i001", "efefefefefef-m01-i002"]
    assert rows["resolutions"] == [{"item_id": "efefefefefef-m01-i001", "seq": 1, "kind": "resolved",
                                    "text": "RESOLVED that the minutes be confirmed."}]
    assert rows["action_sheet"][0]["seq"] == 1 and rows["action_sheet"][0]["doc_id"] == PAPER.doc_id
    assert rows["action_sheet"][0]["segment_id"] is None  # page 3 lies outside the only segment
    assert rows["segments"][0]["doc_id"] == PAPER.doc_id
    assert normalise_minutes(PAPER, EXTRACTED) == rows  # deterministic


@pytest.mark.parametrize("row, want", [
    ({"owner_raw": "Mark Ellis", "due_raw": "March 2024", "rag_text": "Open", "rag_colour": None},
     ("Mark Ellis", "March 2024", "2024-03-31", None, "Open")),
    # printed words win over the fill; with none, the fill is the status
    ({"due_raw": "29 February 2024", "rag_text": "Complete", "rag_colour": "#ff0000"},
     (None, "29 February 2024", "2024-02-29", "blue", "Complete")),
    ({"due_raw": "Next meeting", "rag_text": None, "rag_colour": "#ffc000"}, (None, "Next meeting", None, "amber", "#ffc000")),
])
def test_an_action_sheet_rows_owner_deadline_and_status(row, want):
    extracted = {"minutes": {"meetings": [], "action_sheet": [{"action": "Circulate the data", "page": 1, **row}]}}
    (got,) = normalise_minutes(PAPER, extracted)["action_sheet"]
    assert (got["owner_raw"], got["due_raw"], got["due_date"], got["rag"], got["rag_raw"]) == want


def test_papers_without_minutes_give_no_rows():
    assert normalise_minutes(PAPER, {"minutes": None, "segments": None}) == {}


def test_a_date_that_cannot_be_read_is_a_warning():
    bad = {"minutes": {"meetings": [{**EXTRACTED["minutes"]["meetings"][0], "date_raw": "31 February 2024"}],
                       "action_sheet": []}}
    rows = normalise_minutes(PAPER, bad)
    assert rows["meetings"][0]["date"] is None
    assert "31 February 2024" in rows["warnings"][0]["message"]
