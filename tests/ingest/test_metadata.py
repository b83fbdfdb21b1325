import pytest

from ingest.metadata import published, title_lines, without_address


@pytest.mark.parametrize("text, title, expected", [
    ("Publication date: 23 May 2014\nInspection dates 18 March 2014 – 9 April 2014", None, "2014-05-23"),
    ("Version date 14 November 2019", None, "2019-11-14"),
    ("Published: March 2024", None, "2024-03"),
    ("GRAHAM SMITH\nCHIEF EXECUTIVE\n18 November 2019", None, "2019-11-18"),
    ("No dates here at all", "Self-Assessment 2023", "2023"),
    ("nothing", None, None),
    ("Self-Evaluation, January 2025\nAt 31 March 2024, 298 children were on plans.", "Self-Evaluation, January 2025", "2025-01"),
    ("AGENDA\nCommittee, 26 November 2025\nChief Executive\n18 November 2025", "Committee 26 November 2025", "2025-11-18"),
    ("Date of publication: 31 February 2020", None, None),
    # a tracker dated where it was last updated, day first
    ("Improvement Tracker\nUpdated: 14/02/2025\nDCS started on 2 September 2024.", None, "2025-02-14"),
    ("Last updated 03.03.25", None, "2025-03-03"),
    ("Action plan\nThe policy was updated on 3 June 2024.\nSigned 30 June 2024", None, "2024-06-30"),
    # minutes: the meeting they record, not the next meeting named at the end of the page
    ("COUNTY COUNCIL\nMinutes of a meeting of the Scrutiny Committee held at County Hall on Monday, 3 March 2025 "
     "at 2.00 pm.\n…\nRESOLVED: That the next meeting be held on 2 June 2025.", None, "2025-03-03"),
    # a notice that mentions earlier minutes lower down keeps its signature date
    ("Notice of meeting\n" + "x " * 220 + "To confirm the minutes of the meeting held on 10 May 2025\n"
     "Chief Executive\n2 June 2025", None, "2025-06-02"),
    # an agenda listing the last meeting's minutes near its top is dated by its own meeting
    ("Westmere Council\nChildren's Scrutiny Committee\nDate: Thursday, 6 June 2024 Time: 7.00 pm\nAGENDA\n"
     "1. Apologies\n2. Minutes of the meeting held on 7 March 2024 (Pages 3 - 4)\n3. Work programme", None, "2024-06-06"),
    # 'published' in a sentence is no label: its date is when something else is to be published
    ("Oldham Council\nMinutes of a meeting held at Civic Centre on Tuesday 12 March 2024\n"
     "DECISION: The Panel asked that the offer be published by 1 April 2024.", None, "2024-03-12"),
    ("Minutes of a meeting held on 9 May 2024\nIt will be published in June 2024.", None, "2024-05-09"),
    ("Published on Tuesday, 4 March 2025", None, "2025-03-04"),
    ("Version date: v2 March 2025", None, "2025-03"),
    # a letter is dated above its salutation, not by the visit its sentences report
    ("Ofsted\nPiccadilly Gate\n14 March 2024\nDear Mr Smith\nJoint targeted area inspection\nThis inspection took "
     "place from 22 to 26 January 2024.", None, "2024-03-14"),
    # a report's running footer printing a date alone dates no letter
    ("Inspection of Westmere\n11 July 2022\nInspection date: 11 – 22 July 2022", None, "2022-07-22"),
    # a cover's month on a line of its own under the title dates the paper, not a data month further down
    ("Northshire County Council\nChildren's Services Self-Assessment\nOctober 2024\nAt 31 March 2024 there were 412 "
     "children in care.", "Northshire County Council – Children's Services Self-Assessment", "2024-10"),
    ("Improvement Plan\nVersion 3 – February 2025\nActions", None, "2025-02"),
    ("Performance report\nMarch 2024 was a busy month.", None, None),
])
def test_published_is_as_precise_as_the_paper(text, title, expected):
    assert published(text, title) == expected


def test_a_letterhead_address_is_no_title():
    lines = [("Ofsted", 10.0), ("Piccadilly Gate", 10.0), ("Store Street", 10.0), ("Manchester", 10.0),
             ("M1 2WD", 10.0), ("14 March 2023", 10.0), ("Focused visit to Rutland children's services", 14.0)]
    assert without_address(lines) == [("14 March 2023", 10.0), ("Focused visit to Rutland children's services", 14.0)]


def _titled(path, lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for text, size in lines:
        c.setFont("Helvetica-Bold" if size > 11 else "Helvetica", size)
        c.drawString(50, y, text)
        y -= size + 8
    c.save()
    return str(path)


@pytest.mark.parametrize("lines, expected", [
    # the biggest line only says who wrote it: the subtitle under it says what the paper is
    ([("Westford City Council", 24), ("Children's Services Ofsted Action Plan", 16), ("Progress at 31 October 2024", 10)],
     "Westford City Council – Children's Services Ofsted Action Plan"),
    ([("Northmere Council", 20), ("Inspection of services for children in need of help and protection,", 14),
      ("children looked after and care leavers", 14), ("Inspection dates: 9 to 24 November 2017", 14),
      ("Body text", 10)],
     "Northmere Council – Inspection of services for children in need of help and protection, "
     "children looked after and care leavers"),
    ([("Review of the Local Safeguarding Children Board1", 18), ("Body text", 10)],
     "Review of the Local Safeguarding Children Board1"),  # a real title is left as printed
    # a council name over body text only: nothing to add
    ([("LANGMOOR COUNTY COUNCIL", 14), ("MINUTES of a meeting of the Scrutiny Committee", 10)], "LANGMOOR COUNTY COUNCIL"),
    ([("Children's Services Improvement Plan", 20), ("Southmere Council", 14)], "Children's Services Improvement Plan"),
])
def test_title_is_what_the_paper_is(tmp_path, lines, expected):
    assert title_lines(_titled(tmp_path / "t.pdf", lines)) == expected
