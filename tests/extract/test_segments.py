"""Segments: page cues, blank pages, agenda page ranges, and a built agenda pack."""
from __future__ import annotations

import pytest

from examples.builders import agenda_pack
from extract.pages import parse_pdf
from extract.segments import agenda_ranges, find_segments, is_blank, page_cue
from scrutineer.model import Page, Paper, segment_at


def page(number: int, text: str) -> Page:
    return Page(number=number, width=595, height=842, text=text)


def paper(doc_type: str = "minutes_pack") -> Paper:
    return Paper(doc_id="ab" * 32, file_name="p.pdf", source_path="p.pdf", path="p.pdf", size_bytes=0,
                 doc_type=doc_type, title="A paper")


@pytest.mark.parametrize("text, blank", [
    ("This page is intentionally left blank\nPage 4", True),
    ("Page 10\nThis page has been intentionally left blank", True),
    ("THIS PAGE IS INTENTIONALLY BLANK", True),
    ("", True),
    ("12", True),
    ("Minutes of the meeting held on 4 March 2025\nThis page is intentionally left blank", True),
    ("Members discussed the report at length and noted that the page on placements was intentionally left "
     "blank in the draft because the data had not arrived; the final report will include it.", False),
])
def test_blank_pages(text, blank):
    assert is_blank(page(1, text)) is blank


@pytest.mark.parametrize("text, kind", [
    ("NORTHSHIRE COUNCIL\nCHILDREN'S SCRUTINY COMMITTEE\nMinutes of the Meeting held on 4 March 2025", "minutes"),
    ("MINUTES OF A MEETING OF THE CHILDREN'S SCRUTINY PANEL", "minutes"),
    ("CHILDREN'S SCRUTINY COMMITTEE\nTuesday 4 March 2025\nPRESENT: Councillor A Smith (Chair)", "minutes"),
    ("ACTION SHEET – CHILDREN'S SCRUTINY COMMITTEE\nMinute number Item Action", "action_sheet"),
    ("Action Log\nRef Action Owner", "action_sheet"),
    ("CABINET\nReport subject BCP Corporate Parenting Strategy\nMeeting date 13 November 2019", "report"),
    ("Report of the Director of Children's Services\nPurpose", "report"),
    ("Appendix 2: Development and Improvement Plan", "appendix"),
    ("Forward Plan – Children's Services Overview and Scrutiny Committee", "forward_plan"),
    ("Work Programme 2025/26", "forward_plan"),
    ("AGENDA\n1. Apologies", "agenda"),
    ("Notice of Children's Services Overview and Scrutiny Committee\nDate: Tuesday", "front_sheet"),
    ("Performance: Children in Care\nAt September 2019 there are 471 children in care.", None),
])
def test_page_cues(text, kind):
    cue = page_cue(page(1, text))
    assert (cue[0] if cue else None) == kind


def test_agenda_ranges_read_item_titles_and_page_spans():
    pages = [page(1, "AGENDA\n1. Apologies\nTo receive apologies.\n2. Minutes\nTo confirm the minutes.\n3 - 6\n"
                     "3. Quarterly Report\nTo scrutinise it.\n7 – 9\nPage 1")] + [page(n, "x") for n in range(2, 10)]
    assert agenda_ranges(pages) == [(3, 6, "Minutes"), (7, 9, "Quarterly Report")]


def test_agenda_ranges_beyond_the_paper_are_ignored():
    pages = [page(1, "AGENDA\n1. Minutes\n5 - 12"), page(2, "x")]
    assert agenda_ranges(pages) == []


def test_a_plan_is_one_segment():
    segs = find_segments([page(1, "Improvement plan"), page(2, "Appendix 1: more")], paper("improvement_plan"), {})
    assert [(s["kind"], s["first_page"], s["last_page"]) for s in segs] == [("other", 1, 2)]


@pytest.fixture(scope="module")
def pack_pages(tmp_path_factory):
    path = agenda_pack(tmp_path_factory.mktemp("pack") / "pack.pdf")
    return parse_pdf(str(path), "minutes_pack")


def test_agenda_pack_segments(pack_pages):
    segs = find_segments(pack_pages, paper(), {})
    assert [(s["kind"], s["first_page"], s["last_page"]) for s in segs] == [
        ("front_sheet", 1, 1), ("agenda", 2, 2), ("minutes", 3, 4), ("action_sheet", 5, 5), ("blank", 6, 6),
        ("report", 7, 7), ("appendix", 8, 8), ("forward_plan", 9, 9), ("blank", 10, 10)]
    assert [s["seq"] for s in segs] == list(range(1, 10))
    assert segs[0]["segment_id"] == "abababababab-s001"
    assert segs[5]["title"] == "Quarterly Performance Report"
    assert segment_at(segs, 4)["kind"] == "minutes"
    # deterministic: the same pages give the same segments
    assert find_segments(pack_pages, paper(), {}) == segs


def test_minutes_of_two_meetings_bound_together_are_two_segments():
    pages = [page(1, "SCRUTINY COMMITTEE\nMinutes of the meeting held on 4 March 2025\nPresent: Cllr A Smith"),
             page(2, "Minutes - 4 March 2025\n13. Performance\nRESOLVED that the report be noted."),
             page(3, "CORPORATE PARENTING PANEL\nMinutes of the meeting held on 11 March 2025\nPresent: Cllr B Jones")]
    segs = find_segments(pages, paper(), {})
    assert [(s["kind"], s["first_page"], s["last_page"]) for s in segs] == [("minutes", 1, 2), ("minutes", 3, 3)]
