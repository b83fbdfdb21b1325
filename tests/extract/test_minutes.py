"""Minutes extraction: headings, attendance, decisions, action sheets, and a built two-meeting pack."""
from __future__ import annotations

import pytest

from examples.builders import PACK_RUNNING_HEADER, agenda_pack, scrutiny_minutes
from extract.minutes import (attendance_sections, apologies_in, with_substitutes, decisions, extract_minutes, find_time, numbered_items,
                             is_item_heading, split_people, split_status)
from extract.pages import parse_pdf
from extract.segments import find_segments
from scrutineer.model import Paper


@pytest.mark.parametrize("line, want", [
    ("27. Children and Young People's Participation", ("27", 27, "Children and Young People's Participation")),
    ("27 Apologies for Absence", ("27", 27, "Apologies for Absence")),
    ("Minute 27 Apologies", ("27", 27, "Apologies")),
    ("27/19 Declarations of Interest", ("27/19", 27, "Declarations of Interest")),
    ("Item 5: Forward Plan", ("5", 5, "Forward Plan")),
    ("5. PUBLIC ISSUES", ("5", 5, "PUBLIC ISSUES")),
    ("10 September 2019", None),  # a date, not an item
    ("6.00 pm", None),
    ("13 - 58", None),
    ("2019 was a good year", None),
    ("12 children were placed", None),  # lower case after the number: prose
    ("CYP/23/41 Declarations of Interest", ("CYP/23/41", 41, "Declarations of Interest")),  # committee code and year
    ("CS.23.41 Work Programme", ("CS.23.41", 41, "Work Programme")),
    ("OSC/41 Minutes", ("OSC/41", 41, "Minutes")),
    ("NHS 111 Services", None),  # a name, not a code
    ("CYP/23/41", None),  # no title
    ("Agenda Item 7: Performance Report", ("7", 7, "Performance Report")),
    ("12) Apologies for Absence", ("12", 12, "Apologies for Absence")),
    ("(4) Budget Monitoring", ("4", 4, "Budget Monitoring")),
    ("(1) That the report be noted;", None),  # a resolution's part
])
def test_item_headings(line, want):
    assert is_item_heading(line) == want


@pytest.mark.parametrize("text, want", [
    ("Cllr J Bardsley, Cllr M F Brindley, Cllr R Langley and Cllr P Hargreaves (Substitute)",
     ["Cllr J Bardsley", "Cllr M F Brindley", "Cllr R Langley", "Cllr P Hargreaves (Substitute)"]),
    ("Cllr J Bardsley Cllr N C Garside Cllr L Northcott", ["Cllr J Bardsley", "Cllr N C Garside", "Cllr L Northcott"]),
    ("Councillors Geary, Lewis and Phillips and Parent Governor Representative, Peter Marlow",
     ["Geary", "Lewis", "Phillips", "Peter Marlow"]),
    ("Helen Marsh, Director of Children's Services", ["Helen Marsh"]),
    ("None", []),
    ("Councillor A Patel (Chair); Councillor B Jones (Vice-Chair)", ["Councillor A Patel (Chair)", "Councillor B Jones (Vice-Chair)"]),
])
def test_split_people(text, want):
    assert [name for name, _ in split_people(text)] == want


def test_roles_printed_before_or_after_a_name_stay_with_it():
    assert split_people("Lewis and Parent Governor Representative, Peter Marlow")[-1] == ("Peter Marlow", "Parent Governor Representative")
    assert split_people("Helen Marsh, Director of Children's Services") == [("Helen Marsh", "Director of Children's Services")]


def test_a_role_with_its_holder_in_brackets_gives_the_holder():
    text = ("Director of Children's Services (Helen Marsh), Assistant Director, Safeguarding (Paul Edwards), "
            "Democratic Services Officer (Clare Dunn)")
    assert split_people(text) == [("Helen Marsh", "Director of Children's Services"),
                                  ("Paul Edwards", "Assistant Director, Safeguarding"),
                                  ("Clare Dunn", "Democratic Services Officer")]
    # a group or a role in brackets after a councillor stays with the councillor
    assert [n for n, _ in split_people("Cllr K Hall (Labour Group), J Bloggs (Vice Chair)")] == [
        "Cllr K Hall (Labour Group)", "J Bloggs (Vice Chair)"]


@pytest.mark.parametrize("block, kinds", [
    ("Present:- Cllr R Bellamy – Chairman Present: Cllr J Bardsley Also in attendance: Cllr S Moore",
     ["present", "present", "in_attendance"]),
    ("PRESENT Councillor A Smith (Chair) APOLOGIES: Councillor B Jones", ["present", "apologies"]),
    ("Councillors present: A Smith, B Jones Substitutes: C Brown Absent: D Green", ["present", "substitute", "absent"]),
    ("Also in\nattendance:\nCllr S Moore", ["in_attendance"]),
    ("PRESENT: Councillors A Austin and E Wood. Added Members: Mrs M R Machin", ["present", "present"]),
])
def test_attendance_sections(block, kinds):
    assert [k for k, _ in attendance_sections(block)] == kinds


def test_apologies_and_absence_in_prose():
    text = "Apologies for absence were received from Councillors E Hughes and G Lee. Councillor H Brown was absent."
    assert apologies_in(text) == [("apologies", "Councillors E Hughes and G Lee"), ("absent", "Councillor H Brown")]
    assert apologies_in("No members were absent.") == []
    # the full stop after an initial does not end the sentence
    assert apologies_in("Apologies for absence were received from Councillors D. Fry and K. Singh. The Chair welcomed all.") == [
        ("apologies", "Councillors D. Fry and K. Singh")]
    assert apologies_in("Apologies were received from Councillor K Hall. Councillor L Green attended as a substitute.") == [
        ("apologies", "Councillor K Hall"), ("substitute", "Councillor L Green")]


@pytest.mark.parametrize("lines, want", [
    (["RESOLVED that the report be noted.", "The Chair thanked officers."],
     [("resolved", "RESOLVED that the report be noted.")]),
    (["RESOLVED THAT the Committee:", "(a) noted the report; and", "(b) asked for an update in June.", "The meeting closed."],
     [("resolved", "RESOLVED THAT the Committee: (a) noted the report; and (b) asked for an update in June.")]),
    (["RECOMMENDED that Cabinet consider the", "Committee's comments.", "RESOLVED that the report be noted."],
     [("recommended", "RECOMMENDED that Cabinet consider the Committee's comments."),
      ("resolved", "RESOLVED that the report be noted.")]),
    (["Resolved:", "That the report be noted.", "Members thanked the officers."],
     [("resolved", "Resolved: That the report be noted.")]),
    (["After discussion it was RESOLVED that a task group be set up.", "Voting: unanimous"],
     [("resolved", "RESOLVED that a task group be set up.")]),
    (["Members resolved to keep this under review."], []),  # prose, not a formal decision
    # a 'Decision:' label records what was resolved; a heading or a sentence about deciding does not
    (["DECISION: The Panel endorsed the Local Offer.", "The Chair thanked officers."],
     [("resolved", "DECISION: The Panel endorsed the Local Offer.")]),
    (["Decision - that the report be noted."], [("resolved", "Decision - that the report be noted.")]),
    (["Decision", "The Cabinet is asked to note the report."], []),
    (["Decision making on the front door was discussed."], []),
])
def test_decisions(lines, want):
    assert [(d["kind"], d["text"]) for d in decisions(lines)] == want


@pytest.mark.parametrize("cell, want", [
    ("Decision Made:\nThat DBS checks be circulated\nActioned – email sent on 18 September",
     ("Decision Made: That DBS checks be circulated", "Actioned – email sent on 18 September")),
    ("Arrange a briefing\nAction – to be added to the schedule", ("Arrange a briefing", "Action – to be added to the schedule")),
    ("Arrange a briefing on actions", ("Arrange a briefing on actions", None)),
])
def test_split_status(cell, want):
    assert split_status(cell) == want


@pytest.mark.parametrize("text, want", [
    ("held on 10 September 2019 at 6.00 pm", "6.00 pm"), ("Time: 18:30", "18:30"), ("at 10am", "10am"),
    ("at 7.00 p.m.", "7.00 p.m."), ("in 2019", None),
])
def test_find_time(text, want):
    assert find_time(text) == want


# ---------------------------------------------------------------- built papers

def _paper(doc_type="minutes_pack"):
    return Paper(doc_id="cd" * 32, file_name="pack.pdf", source_path="pack.pdf", path="pack.pdf", size_bytes=0,
                 doc_type=doc_type)


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    pages = parse_pdf(str(agenda_pack(tmp_path_factory.mktemp("pack") / "pack.pdf")), "minutes_pack")
    found = {"segments": find_segments(pages, _paper(), {})}
    return extract_minutes(pages, _paper(), found)


def test_pack_holds_two_meetings(pack):
    held, called = pack["meetings"]
    assert (held["kind"], held["date_raw"], held["time_raw"], held["page"]) == ("minutes", "12 March 2025", "10.00 am", 3)
    assert held["committee"] == "CHILDREN AND FAMILIES SCRUTINY PANEL"
    assert held["venue"] == "County Hall, Northtown"
    assert (called["kind"], called["date_raw"], called["time_raw"]) == ("agenda", "14 May 2025", "2.00 pm")
    assert called["committee"] == "Children and Families Scrutiny Panel"
    assert called["venue"] == "Council Chamber, County Hall, Northtown"
    assert [(i["number"], i["title"]) for i in called["items"]] == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Minutes of the Previous Meeting"),
        ("4", "Action Sheet"), ("5", "Quarterly Performance Report"), ("6", "Work Programme")]
    assert called["items"][2]["pages_raw"] == "3 - 4"


def test_pack_attendance(pack):
    got = {(a["name_raw"], a["attendance"]) for a in pack["meetings"][0]["attendees"]}
    assert got == {("Councillor A Patel (Chair)", "present"), ("Councillor B Jones (Vice-Chair)", "present"),
                   ("C Wright", "present"), ("D O'Neill", "present"), ("F Khan (Substitute)", "present"),
                   ("Helen Marsh", "in_attendance"), ("E Hughes", "apologies"), ("G Lee", "apologies"),
                   ("Councillor H Brown", "absent")}


def test_pack_items_and_lettered_resolution(pack):
    items = pack["meetings"][0]["items"]
    assert [(i["number"], i["title"], i["page"]) for i in items] == [
        ("13", "Apologies for Absence", 3), ("14", "Declarations of Interest", 3),
        ("15", "Children in Care Sufficiency", 3), ("16", "Performance Scorecard", 4)]
    assert items[2]["resolutions"] == [{"kind": "resolved", "text": "RESOLVED that the Panel: (a) notes the sufficiency "
                                        "strategy; and (b) asks for a progress report to its July meeting."}]
    assert items[3]["resolutions"] == [{"kind": "recommended",
                                        "text": "RECOMMENDED that Cabinet approves the revised targets for re-referrals."}]
    assert items[1]["resolutions"] == []


def test_running_headers_and_page_numbers_stay_out_of_item_text(pack):
    text = pack["meetings"][0]["items"][2]["text"]
    assert "over the next two years. The Panel welcomed" in text  # the item runs on over the page break
    assert PACK_RUNNING_HEADER.lower() not in text.lower()
    assert "Page 4" not in text and "12 March 2025" not in text
    # the minutes end where the meeting ended
    assert "meeting ended" not in pack["meetings"][0]["items"][-1]["text"]


def test_pack_action_sheet(pack):
    assert [(r["minute_number"], r["item"], r["action"], r["status_raw"], r["page"]) for r in pack["action_sheet"]] == [
        ("15", "Children in Care Sufficiency", "Circulate the placement data to members", "Completed - sent 20 March 2025", 5),
        ("15", "Children in Care Sufficiency", "Arrange a visit to the new children's home", "Open - date to be agreed", 5),
        ("16", "Performance Scorecard", "Add the scorecard to the July agenda", "Ongoing", 5)]


def test_action_log_ruled_only_under_its_header(tmp_path):
    from examples.builders import coded_minutes

    pages = parse_pdf(str(coded_minutes(tmp_path / "m.pdf")), "minutes_pack")
    got = extract_minutes(pages, _paper(), {"segments": find_segments(pages, _paper(), {})})
    assert [i["number"] for m in got["meetings"] for i in m["items"]] == ["CYP/23/41", "CYP/23/42"]
    assert [(r["minute_number"], r["action"], r["status_raw"], r["page"]) for r in got["action_sheet"]] == [
        ("CYP/23/42", "Circulate the inspection report to all members", "Completed 12/01/24", 2),
        ("CYP/23/42", "Provide recruitment figures for Q3", "In progress", 2)]


def test_actions_recorded_in_the_minutes_text(tmp_path):
    from examples.builders import inline_action_minutes

    pages = parse_pdf(str(inline_action_minutes(tmp_path / "m.pdf")), "minutes_pack")
    got = extract_minutes(pages, _paper(), {"segments": find_segments(pages, _paper(), {})})
    (meeting,) = got["meetings"]
    assert [(a["name_raw"], a["attendance"]) for a in meeting["attendees"]] == [
        ("Councillor M. Patel (Chair)", "present"), ("T. Brennan", "present"), ("L. Harris", "present"),
        ("Helen Marsh", "in_attendance"), ("Paul Edwards", "in_attendance"), ("D. Fry", "apologies"), ("K. Singh", "apologies")]
    assert [(r["minute_number"], r["action"], r["status_raw"], r["page"], r["source"]) for r in got["action_sheet"]] == [
        ("CYP/25/2", "Assistant Director, Safeguarding to circulate the workforce dashboard to all Panel members by "
                     "31st January 2025.", None, 1, "minutes")]
    decided = {i["number"]: [r["text"] for r in i["resolutions"]] for i in meeting["items"]}
    assert decided["CYP/25/2"] == ["RESOLVED: That the progress made against the action plan be noted."]


def test_attendance_laid_out_as_a_table(tmp_path):
    from examples.builders import tabled_attendance_minutes

    pages = parse_pdf(str(tabled_attendance_minutes(tmp_path / "m.pdf")), "minutes_pack")
    got = extract_minutes(pages, _paper(), {"segments": find_segments(pages, _paper(), {})})
    (meeting,) = got["meetings"]
    assert meeting["venue"] == "Meeting Room 3, Eskdale House"  # the 'Attendance' heading is not part of it
    assert [(a["name_raw"], a["attendance"], a["role"]) for a in meeting["attendees"]] == [
        ("Cllr Fiona Grant (Chair)", "present", None), ("Cllr Owen Pryce", "present", None),
        ("Lisa Moran", "in_attendance", "Head of Children in Care"),
        ("Dr Amir Shah", "in_attendance", "Designated Doctor for Children in Care"), ("Cllr Tom Reeve", "apologies", None)]
    assert [(r["minute_number"], r["action"]) for r in got["action_sheet"]] == [
        ("1", "Virtual School Head to bring a breakdown by key stage to the June meeting.")]


@pytest.mark.parametrize("lines, want", [
    (["ACTION: The Director to circulate the report", "to all members.", "The Chair thanked officers."],
     ["The Director to circulate the report to all members."]),
    (["Action point – officers to add SEND to the work programme."], ["officers to add SEND to the work programme."]),
    (["3.2 Members asked about absence. Action: Virtual School Head to bring a breakdown", "by key stage to June."],
     ["Virtual School Head to bring a breakdown by key stage to June."]),
    (["Action: HP"], []),  # an owner, not an action
    (["Members asked about actions taken: none were overdue."], []),
    (["AGREED ACTIONS are listed in the action log."], []),
])
def test_actions_in(lines, want):
    from extract.minutes import actions_in

    assert actions_in(lines) == want


def test_bundled_example_minutes(tmp_path):
    pages = parse_pdf(str(scrutiny_minutes(tmp_path / "m.pdf")), "minutes_pack")
    out = extract_minutes(pages, _paper(), {"segments": find_segments(pages, _paper(), {})})
    (meeting,) = out["meetings"]
    assert (meeting["date_raw"], meeting["time_raw"]) == ("4 March 2025", "10.00 am")
    assert [i["number"] for i in meeting["items"]] == ["12", "13"]
    assert {a["attendance"] for a in meeting["attendees"]} == {"present", "apologies", "in_attendance"}


def test_papers_without_minutes_give_nothing(tmp_path):
    from examples.builders import improvement_plan

    paper = _paper("improvement_plan")
    pages = parse_pdf(str(improvement_plan(tmp_path / "p.pdf")), "improvement_plan")
    assert extract_minutes(pages, paper, {"segments": find_segments(pages, paper, {})}) is None


# ---------------------------------------------------------------- other councils' layouts (text as PDFium gives it)

WORD_MADE = """CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE
Minutes of a meeting of the Children and Young People Scrutiny Committee held on Monday, 7 October 2024 at 2.00 pm in Committee Room 1, County Hall
Present:
Councillors J Smith (Chair), K Brown (Vice-Chair), L Green, M Whitfield
Co-opted Members: Mr P Jones
Also Present:
Councillor S Black (Cabinet Member for Children, Education and Skills)
Officers:
Jane Doe (Director of Children's Services)
27 Apologies for Absence
Apologies were received from Councillor T Grey.
28 Minutes
RESOLVED – That the minutes of the meeting held on 2 September 2024 be approved as a correct record.
29 Children in Care Annual Report
Members discussed the report.
RESOLVED
(1) That the report be noted.
(2) That a further report be brought in March.
The Chair thanked officers.
30 Date of Next Meeting
"""
NO_MINUTES_LINE = """CHILDREN'S SERVICES SCRUTINY COMMITTEE
Tuesday, 4th March, 2025
PRESENT
Mrs A Smith (Chairman)
Councillors B Jones, C Brown and D Green
Apologies for absence were submitted on behalf of Councillor E White.
15/25 DECLARATIONS OF INTEREST
None were declared.
16/25 SEND PROVISION UPDATE
Resolved: That the update be noted.
17/25 ANY OTHER BUSINESS
The meeting closed at 8.15pm.
"""
CODED_ITEMS = """WESTBURY CITY COUNCIL
Minutes of a meeting of the Children and Young People Scrutiny Committee held in Committee
Room 2, Civic Centre on Tuesday, 9 January 2024 commencing at 6.30 pm
Councillors Present: Councillor J Hardy (Chair), Councillors M Begum and P Clarke
Apologies: Councillors L Green and K Hall
CYP/23/41 Declarations of Interest
Councillor Evans declared a personal interest as a foster carer.
CYP/23/42 Work Programme
AGREED that the work programme be updated.
"""

# the committee named alone on the minutes line, the start time only at the end, 'The Committee AGREED to …'
TIME_AT_THE_END = """Minutes of the Children and Young People's Scrutiny Committee
Wednesday, 15th March, 2023
Present: Councillor Jane Bloggs (Chair)
Councillors Tim Smith and Ann Jones
1. Apologies for Absence
None.
2. Ofsted Focused Visit
The Director introduced the letter.
The Committee AGREED to receive an update in June.
3. Work Programme
AGREED ACTIONS are listed in the action log.
The meeting started at 7.00 pm and ended at 9.15 pm
"""

# the time before the date and the place last; attendance laid out as 'label | names'
VENUE_AFTER_TIME = """NORTHBROOK COUNCIL
Minutes of the meeting of the Corporate Parenting Panel held on Monday 3 February 2025 at 5.00 pm, Room 4, Civic Offices
Present: Councillors A Shah (Chair), B Lowe and C Price
Apologies: Councillor D Fox
12. Virtual School annual report
RESOLVED: That the report be noted.
"""

TIME_FIRST = """LONDON BOROUGH OF ELMHURST
CHILDREN AND YOUNG PEOPLE SCRUTINY SUB-COMMITTEE
Minutes of the meeting held at 7.00 pm on Wednesday 14 February 2024 at Elmhurst Town Hall, Committee Room 1
Members Present: Councillor Ann Baker (Chair), Councillor Imran Shah
Apologies: Councillor Peter Wood
1. DECLARATIONS OF INTEREST
No declarations were made.
2. WORK PROGRAMME
AGREED: That the work programme be noted.
"""


@pytest.mark.parametrize("text, header, people, items, decided", [
    (WORD_MADE, ("Children and Young People Scrutiny Committee", "7 October 2024", "2.00 pm", "Committee Room 1, County Hall"),
     [("J Smith (Chair)", "present"), ("K Brown (Vice-Chair)", "present"), ("L Green", "present"), ("M Whitfield", "present"),
      ("Mr P Jones", "present"), ("Councillor S Black (Cabinet Member for Children, Education and Skills)", "in_attendance"),
      ("Jane Doe (Director of Children's Services)", "in_attendance"), ("Councillor T Grey", "apologies")],
     ["27", "28", "29", "30"],
     {"29": ["RESOLVED (1) That the report be noted. (2) That a further report be brought in March."]}),
    (NO_MINUTES_LINE, ("CHILDREN'S SERVICES SCRUTINY COMMITTEE", "4th March, 2025", None, None),
     [("Mrs A Smith (Chairman)", "present"), ("B Jones", "present"), ("C Brown", "present"), ("D Green", "present"),
      ("Councillor E White", "apologies")],
     ["15/25", "16/25", "17/25"],
     {"16/25": ["Resolved: That the update be noted."]}),
    # the minutes sentence wraps before its venue ends; items carry the committee's code and year
    (CODED_ITEMS, ("Children and Young People Scrutiny Committee", "9 January 2024", "6.30 pm", "Committee Room 2, Civic Centre"),
     [("Councillor J Hardy (Chair)", "present"), ("M Begum", "present"), ("P Clarke", "present"),
      ("L Green", "apologies"), ("K Hall", "apologies")],
     ["CYP/23/41", "CYP/23/42"],
     {"CYP/23/42": ["AGREED that the work programme be updated."]}),
    (TIME_AT_THE_END, ("Children and Young People's Scrutiny Committee", "15th March, 2023", "7.00 pm", None),
     [("Councillor Jane Bloggs (Chair)", "present"), ("Tim Smith", "present"), ("Ann Jones", "present")],
     ["1", "2", "3"],
     {"2": ["AGREED to receive an update in June."], "3": []}),  # 'AGREED ACTIONS' is a label, not a decision
    # the place after the time, set off by a comma only
    (VENUE_AFTER_TIME, ("Corporate Parenting Panel", "3 February 2025", "5.00 pm", "Room 4, Civic Offices"),
     [("A Shah (Chair)", "present"), ("B Lowe", "present"), ("C Price", "present"), ("Councillor D Fox", "apologies")],
     ["12"], {"12": ["RESOLVED: That the report be noted."]}),
    (TIME_FIRST, ("CHILDREN AND YOUNG PEOPLE SCRUTINY SUB-COMMITTEE", "14 February 2024", "7.00 pm",
                  "Elmhurst Town Hall, Committee Room 1"),
     [("Councillor Ann Baker (Chair)", "present"), ("Councillor Imran Shah", "present"), ("Councillor Peter Wood", "apologies")],
     ["1", "2"], {"2": ["AGREED: That the work programme be noted."]}),
])
def test_other_layouts(text, header, people, items, decided):
    from extract.minutes import minutes_meeting
    from scrutineer.model import Page

    m = minutes_meeting([Page(1, 595, 842, text)], None)
    assert (m["committee"], m["date_raw"], m["time_raw"], m["venue"]) == header
    assert [(a["name_raw"], a["attendance"]) for a in m["attendees"]] == people
    assert [i["number"] for i in m["items"]] == items
    for number, texts in decided.items():
        assert [r["text"] for r in next(i for i in m["items"] if i["number"] == number)["resolutions"]] == texts


@pytest.mark.parametrize("header, want", [
    (["Minute\nnumber", "Item", "Action* *Items remain until action completed.", "Benefit", "Outcome"],
     {"minute": 0, "item": 1, "action": 2}),
    (["Min No.", "Subject", "Action required", "Action by", "Progress update"],
     {"minute": 0, "item": 1, "action": 2, "owner": 3, "status": 4}),
    (["Ref", "Recommendation", "Owner"], None),  # no action column: not an action sheet
    (["Minute", "Action", "Officer", "Deadline", "Status"], {"minute": 0, "action": 1, "owner": 2, "due": 3, "status": 4}),
    (["Meeting date", "Minute", "Action", "Action by", "Target date", "RAG status", "Comments"],
     {"minute": 1, "action": 2, "owner": 3, "due": 4, "rag": 5, "status": 6}),
    # when the work was done, or when the committee hears it, is no deadline
    (["Item", "Action", "Responsible officer", "Timescale", "Date completed", "Comments"],
     {"item": 0, "action": 1, "owner": 2, "due": 3, "status": 5}),
    (["Minute", "Action", "Lead officer", "Meeting date", "Status"], {"minute": 0, "action": 1, "owner": 2, "status": 4}),
    (["Ref", "Action", "Lead", "Due", "RAG", "Update"], {"minute": 0, "action": 1, "owner": 2, "due": 3, "rag": 4, "status": 5}),
])
def test_action_sheet_columns(header, want):
    from extract.minutes import action_columns

    assert action_columns(header) == want


@pytest.mark.parametrize("action, want", [
    ("Assistant Director, Safeguarding to circulate the dashboard to all Panel members by 31st January 2025.",
     ("Assistant Director, Safeguarding", "31st January 2025")),
    ("Report noted. MD to circulate the PEP audit by 30 June 2024.", ("MD", "30 June 2024")),  # the second sentence
    ("The Director to report back by the end of March 2025", ("Director", "March 2025")),
    ("Head of Service for Children in Care to provide figures before 30/06/2024",
     ("Head of Service for Children in Care", "30/06/2024")),
    ("Virtual School Head to bring a breakdown by key stage to the June meeting.", ("Virtual School Head", None)),
    ("Circulate the report to members by May 2024", (None, "May 2024")),
    ("Members agreed to receive an update in the new year", (None, None)),  # a sentence, not a name, before 'to'
    ("Decision Made: To add a Peer Review update to the November meeting", (None, None)),
    ("Circulate the agency workforce figures by team", (None, None)),  # 'by' a team, not a date
])
def test_owner_and_deadline_written_in_an_action(action, want):
    from extract.minutes import owner_and_due

    assert owner_and_due(action) == want


@pytest.mark.parametrize("listed, said, want", [
    ({"minute_number": "5", "action": "Circulate the revised early help strategy to members"},
     ("5", "Head of Early Help to circulate the revised strategy to members by 30 April 2025."), True),
    ({"minute_number": "6", "action": "Circulate the revised early help strategy to members"},
     ("5", "Head of Early Help to circulate the revised strategy to members by 30 April 2025."), False),  # another minute
    ({"minute_number": None, "action": "Circulate the revised early help strategy to members"},
     ("5", "Head of Early Help to circulate the revised early help strategy to members."), True),
    ({"minute_number": "5", "action": "Arrange a visit to the family hub"},
     ("5", "Head of Early Help to circulate the revised strategy to members."), False),
])
def test_an_action_in_the_minutes_text_that_the_sheet_already_lists(listed, said, want):
    from extract.minutes import same_action

    assert same_action(listed, *said) is want


def test_a_committees_own_action_tracker(tmp_path):
    from examples.builders import committee_action_tracker
    from ingest.paper import ingest_paper

    paper = ingest_paper(committee_action_tracker(tmp_path / "tracker.pdf"), tmp_path)
    assert paper.doc_type == "minutes_pack"  # the committee's log, not a plan
    pages = parse_pdf(str(paper.path), paper.doc_type)
    got = extract_minutes(pages, paper, {"segments": find_segments(pages, paper, {})})
    assert [(r["minute_number"], r["owner_raw"], r["due_raw"], r["rag_colour"], r["status_raw"]) for r in got["action_sheet"]] == [
        ("23", "Head of Workforce", "January 2025", "#92d050", "Figures circulated 6 January 2025."),
        ("24", "Democratic Services Officer", "28/02/2025", "#ffc000", "Visit being arranged with the hub manager."),
        ("31", "Assistant Director, Corporate Parenting", "March 2025", "#ff0000", "Report delayed pending the fostering review."),
        ("32", "YJS Manager", "Next meeting", "#92d050", None)]


def test_an_appendix_plan_in_a_pack_with_no_action_log_is_the_plans(tmp_path):
    from examples.builders import minutes_with_plan_appendix
    from extract.plans import extract_plan_rows

    pages = parse_pdf(str(minutes_with_plan_appendix(tmp_path / "pack.pdf")), "minutes_pack")
    found = {"segments": find_segments(pages, _paper(), {})}
    assert [s["kind"] for s in found["segments"]] == ["minutes", "appendix"]
    assert [r["ref"] for r in extract_plan_rows(pages, _paper(), found)] == ["1.1", "1.2"]
    assert extract_minutes(pages, _paper(), found)["action_sheet"] == []  # not the committee's actions too


def test_actions_arising_at_the_foot_of_the_minutes(tmp_path):
    from examples.builders import actions_arising_minutes
    from extract.plans import extract_plan_rows

    pages = parse_pdf(str(actions_arising_minutes(tmp_path / "m.pdf")), "minutes_pack")
    found = {"segments": find_segments(pages, _paper(), {})}
    assert extract_plan_rows(pages, _paper(), found) == []  # a table in the minutes is no plan
    got = extract_minutes(pages, _paper(), found)
    # the item column numbers the minutes; 'Agreed.' asks nothing; the ACTION line repeats the sheet's first row
    assert [(r["minute_number"], r["item"], r["action"], r["owner_raw"], r["due_raw"], r["status_raw"])
            for r in got["action_sheet"]] == [
        ("5", None, "Circulate the revised early help strategy to members", "Head of Early Help", "End of April 2025", None),
        ("6", None, "Add a report on elective home education to the work programme", "Scrutiny Officer", "June 2025",
         "Added for June.")]


@pytest.mark.parametrize("text, want", [
    ("Jane Moore, Director of Children and Family Services", [("Jane Moore", "Director of Children and Family Services")]),
    ("Sam Hill, Head of Education and Skills Team and Cllr A Lee",
     [("Sam Hill", "Head of Education and Skills Team"), ("Cllr A Lee", None)]),
    ("Councillors Grey and Brown", [("Grey", None), ("Brown", None)]),  # names joined by 'and' still split
])
def test_an_and_inside_a_job_title_does_not_split_it(text, want):
    assert split_people(text) == want


def _lines(*texts):
    return [(1, t) for t in texts]


def test_headings_closed_by_a_full_stop_are_items_when_no_other_heading_is_found():
    lines = _lines("45. Minutes of the previous meeting.", "The minutes were confirmed.",
                   "46. Declarations of interest.", "No declarations were made.",
                   "47. Performance Report Quarter 3.", "RESOLVED: That the report be noted.")
    assert numbered_items(lines) == []  # without the fallback such lines read as numbered sentences
    got = numbered_items(lines, dotted=True)
    assert [(i["number"], i["title"]) for i in got] == [
        ("45", "Minutes of the previous meeting"), ("46", "Declarations of interest"), ("47", "Performance Report Quarter 3")]
    assert got[2]["lines"] == ["RESOLVED: That the report be noted."]


@pytest.mark.parametrize("first, second, title", [
    ("17. OFSTED INSPECTION OF CHILDREN'S SERVICES -", "IMPROVEMENT PLAN UPDATE",
     "OFSTED INSPECTION OF CHILDREN'S SERVICES - IMPROVEMENT PLAN UPDATE"),
    ("17. Ofsted Inspection of Children's Services and", "the Improvement Plan",
     "Ofsted Inspection of Children's Services and the Improvement Plan"),
    ("17. Ofsted Inspection of Children's Services: Update", "The Director introduced the report.",
     "Ofsted Inspection of Children's Services: Update"),
    # a title in capitals wraps onto a line in capitals, wherever it breaks
    ("38 MINUTES OF THE MEETING OF THE COMMITTEE HELD ON 24", "NOVEMBER 2023",
     "MINUTES OF THE MEETING OF THE COMMITTEE HELD ON 24 NOVEMBER 2023"),
    ("40 CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE WORK", "PROGRAMME",
     "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE WORK PROGRAMME"),
    # … but not onto the decision under it
    ("40 CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE WORK PROGRAMME", "RESOLVED",
     "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE WORK PROGRAMME"),
])
def test_a_title_wrapped_after_a_joining_word_or_dash_is_joined(first, second, title):
    (item,) = numbered_items(_lines(first, second, "RESOLVED: That the report be noted."))
    assert item["title"] == title


def test_numbered_sentences_are_not_dotted_headings():
    listed = _lines("RESOLVED that:", "1. The panel noted the report.", "2. Officers agreed to report back.",
                    "3. A further report comes in June.")
    assert numbered_items(listed, dotted=True) == []  # one after another with nothing between: a list
    lone = _lines("Members discussed the report.", "1. The panel noted the report.", "Members asked about caseloads.")
    assert numbered_items(lone, dotted=True) == []


def test_minutes_headed_by_labelled_lines(tmp_path):
    from examples.builders import labelled_minutes

    pages = parse_pdf(str(labelled_minutes(tmp_path / "m.pdf")), "minutes_pack")
    (meeting,) = extract_minutes(pages, _paper(), {"segments": find_segments(pages, _paper(), {})})["meetings"]
    assert (meeting["committee"], meeting["date_raw"], meeting["time_raw"], meeting["venue"]) == (
        "Children's Services Scrutiny Panel", "12 March 2024", "7.00 pm", "Council Chamber, Town Hall, Southmere")
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [
        ("1", "Apologies for Absence"), ("2", "Minutes of the Previous Meeting"), ("3", "Ofsted ILACS Action Plan Update")]
    people = {(a["name_raw"], a["attendance"]) for a in meeting["attendees"]}
    assert {("H Irving", "apologies"), ("J Khan", "apologies"), ("Councillor M Lee", "substitute"),
            ("R Ahmed (Chairman)", "present"), ("Janet Ford (Director of Children's Services)", "in_attendance")} <= people


def test_county_minutes_with_a_wrapped_committee_name_and_a_part_heading(tmp_path):
    from examples.builders import county_minutes

    pages = parse_pdf(str(county_minutes(tmp_path / "m.pdf")), "minutes_pack")
    (meeting,) = extract_minutes(pages, _paper(), {"segments": find_segments(pages, _paper(), {})})["meetings"]
    assert meeting["committee"] == "CHILDREN'S SERVICES OVERVIEW AND SCRUTINY COMMITTEE"
    assert (meeting["date_raw"], meeting["time_raw"]) == ("8 November 2023", "10.00 am")
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [
        ("112", "Apologies and Substitutes"), ("113", "Children in Care Performance Report")]
    people = [(a["name_raw"], a["attendance"]) for a in meeting["attendees"]]
    assert not any("ITEMS" in name for name, _ in people)  # the part heading is nobody
    assert ("Mrs K Taylor (Corporate Director, Children, Young People and Education)", "in_attendance") in people
    assert ("Mr D Green", "apologies") in people


def test_minutes_kept_as_a_table_give_an_item_per_row(tmp_path):
    from examples.builders import tabled_minutes

    pages = parse_pdf(str(tabled_minutes(tmp_path / "m.pdf")), "minutes_pack")
    (meeting,) = extract_minutes(pages, _paper(), {"segments": find_segments(pages, _paper(), {})})["meetings"]
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [
        ("1", "Welcome and introductions"), ("2", "Minutes and matters arising"), ("3", "Virtual School annual report")]
    assert meeting["items"][2]["text"].startswith("M Dunn presented the report.")
    assert [r["text"] for r in meeting["items"][2]["resolutions"]] == ["That the report be noted."]
    assert meeting["items"][0]["resolutions"] == []
    people = [(a["name_raw"], a["attendance"]) for a in meeting["attendees"]]
    assert people[-1] == ("O Ford (Designated Nurse)", "apologies")  # the table's header line is nobody
    # its decisions are resolutions, not an action sheet
    assert extract_minutes(pages, _paper(), {"segments": find_segments(pages, _paper(), {})})["action_sheet"] == []


def test_the_last_minute_runs_on_above_the_action_log_on_its_page():
    from scrutineer.model import Page

    first = TIME_FIRST.replace("2. WORK PROGRAMME\nAGREED: That the work programme be noted.\n", "2. WORK PROGRAMME\n")
    second = ("The Sub-Committee reviewed its work programme.\nAGREED: That the work programme be noted.\n"
              "ACTION LOG\nMinute Action Officer Deadline Status\n2 Add a sufficiency item Mark Ellis March 2024 Open\n")
    pages = [Page(1, 595, 842, first), Page(2, 595, 842, second)]
    segments = find_segments(pages, _paper(), {})
    assert [s["kind"] for s in segments] == ["minutes", "action_sheet"]
    (meeting,) = extract_minutes(pages, _paper(), {"segments": segments})["meetings"]
    item = meeting["items"][-1]
    assert item["number"] == "2" and [r["text"] for r in item["resolutions"]] == ["AGREED: That the work programme be noted."]
    assert "ACTION LOG" not in item["text"]


def test_a_boards_notes_with_a_row_per_attendee_and_an_action_log(tmp_path):
    from examples.builders import board_notes

    pages = parse_pdf(str(board_notes(tmp_path / "notes.pdf")), "minutes_pack")
    segments = find_segments(pages, _paper(), {})
    assert [s["kind"] for s in segments] == ["minutes", "action_sheet"]
    got = extract_minutes(pages, _paper(), {"segments": segments})
    (meeting,) = got["meetings"]
    assert (meeting["kind"], meeting["date_raw"], meeting["time_raw"]) == ("minutes", "12 September 2024", "2.00pm")
    assert [(a["name_raw"], a["attendance"], a["role"]) for a in meeting["attendees"]] == [
        ("Jane Porter", "present", "Independent Chair"), ("Cllr Tom Reeve", "present", "Lead Member for Children's Services"),
        ("Paul Kettering", "apologies", "Chief Executive"), ("DCI Helen Moss", "present", "Rutland Police")]
    assert [[r["text"] for r in i["resolutions"]] for i in meeting["items"]] == [
        [], ["AGREED: that the Board receives a report on strategy discussions at its next meeting."]]
    assert [(r["minute_number"], r["action"], r["status_raw"]) for r in got["action_sheet"]] == [
        (None, "Circulate the revised performance scorecard to Board members", "Complete"),
        (None, "Bring the sufficiency strategy to the November Board", "Open")]


@pytest.mark.parametrize("name_raw, role, expected", [
    # the one who stood in, named in the bracket after the one who sent apologies, attended in their place
    ("Councillor Emma Brown (Councillor Fay Green substituting)", None,
     [("Councillor Emma Brown", "apologies"), ("Fay Green", "substitute")]),
    ("Cllr Brown", "substituted by Cllr Green", [("Cllr Brown", "apologies"), ("Green", "substitute")]),
    ("Cllr R Brown (Cllr P Green attended as substitute)", None,
     [("Cllr R Brown", "apologies"), ("P Green", "substitute")]),
    # a bracket that names a role is no substitution
    ("Councillor Emma Brown (Cabinet Member for Children)", None,
     [("Councillor Emma Brown (Cabinet Member for Children)", "apologies")]),
])
def test_a_substitute_in_anothers_bracket_attended(name_raw, role, expected):
    got = with_substitutes([{"name_raw": name_raw, "attendance": "apologies", "role": role}])
    assert [(a["name_raw"], a["attendance"]) for a in got] == expected


def test_a_committee_name_wrapped_with_the_opening_sentence(tmp_path):
    # regression: the name was cut where the heading wrapped ('Children and Education')
    from examples.builders import wrapped_title_minutes

    pages = parse_pdf(str(wrapped_title_minutes(tmp_path / "m.pdf")), "minutes_pack")
    (meeting,) = extract_minutes(pages, _paper(), {"segments": find_segments(pages, _paper(), {})})["meetings"]
    assert meeting["committee"].lower() == "children and education scrutiny sub-committee"
    assert meeting["date_raw"] == "14th January 2025" and meeting["venue"] == "Committee Room 2, Civic Centre"
