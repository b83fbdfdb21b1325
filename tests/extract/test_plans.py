"""Plan rows from fixture PDFs the tests build (ruled, horizontally ruled, unruled, split over pages),
and the small parsers the extractor is made of."""
from __future__ import annotations

import re

import pytest

from examples import builders
from extract.pages import parse_pdf
from extract.plans import (bold_title, labelled_parts, band_section, clean_text, extract_plan_rows, header_role, numbered_items, own_ref,
                           plan_layout,
                           numbered_parts, recommendations_in, status_mark, is_completed_heading)
from scrutineer.model import Cell, Page, Paper, Rect, Table, Word
from normalise.rag import rag_from_colour


def rows_of(tmp_path, builder):
    path = builder(tmp_path / f"{builder.__name__}.pdf")
    paper = Paper(doc_id="d" * 64, file_name=path.name, source_path=path.name, path=str(path), size_bytes=0)
    return extract_plan_rows(parse_pdf(str(path)), paper, {})


@pytest.mark.parametrize("header, role", [
    ("Ref", "ref"), ("No.", "ref"), ("Action", "action"), ("How we will do this?", "action"),
    ("What we will do", "action"), ("Lead", "lead"), ("Lead(s)", "lead"), ("Owner", "lead"),
    ("Action Owner", "lead"), ("Lead Director", "lead"), ("Deadline", "deadline"), ("Timescale", "deadline"),
    ("Time-scale", "deadline"), ("Timescales for completion", "deadline"), ("Date to complete", "deadline"),
    ("Target date", "deadline"), ("RAG", "rag"), ("BRAG", "rag"), ("Status", "rag"), ("RAG Rating", "rag"),
    ("RAG Status", "rag"), ("Progress", "progress"), ("Update", "progress"), ("Current position update", "progress"),
    ("Progress update", "progress"), ("Status update", "progress"), ("Success measures", "success"),
    ("KPIs", "success"), ("Outcome", "success"), ("Impact", "impact"), ("Ofsted recommendation", "recommendations"),
    ("Ofsted rec.", "recommendations"),
    ("Inspection findings / further improvements we found ourselves", "finding"),
    ("Evidence", None), ("", None), ("Benefit", None),
    ("Start date", None), ("Date raised", None), ("Last updated", None), ("Leadership priorities", "finding"), ("Leadership", None),
    ("By whom", "lead"), ("By when", "deadline"), ("Progress to date", "progress"), ("Action no.", "ref"),
    ("Action ref", "ref"), ("How will we know", "success"), ("Position at 31 March", "progress"), ("Progress RAG rating", "rag"), ("End date", "deadline"),
    # when the work was done is no deadline; when it is due is
    ("Date completed", None), ("Completed on", None), ("Actual completion", None), ("Completion date", "deadline"),
    ("Revised deadline", "deadline"),
    # a start and an end: the end is when it is due; a senior responsible officer leads
    ("Start", None), ("End", "deadline"), ("SRO", "lead"), ("Senior responsible officer", "lead"),
    # when a committee hears an item is no deadline either
    ("Meeting date", None), ("Date of meeting", None), ("Committee date", None), ("Meeting", None),
    # nor is when an action was agreed or logged, or the evidence that it was done
    ("Date agreed", None), ("Date action agreed", None), ("Date logged", None), ("Evidence of completion", None),
    ("Agreed action", "action"), ("Evidence of progress", "progress"), ("Evidence / Progress", "progress"), ("Evidence of impact", "success"),
    ("Latest position", "progress"), ("What does good look like", "success"),
    ("What difference will it make", "success"), ("Difference made", "impact"),
    # a SEND written statement of action is set out by the inspection's areas of weakness
    ("Area of weakness", "finding"), ("Areas of concern", "finding"),
])
def test_header_role(header, role):
    assert header_role(header) == role


@pytest.mark.parametrize("text, expected", [
    ("• Council wide work\n• Bring all teams", "Council wide work Bring all teams"),
    ("Update early March 24: Three extra pre-\nbirth workers", "Update early March 24: Three extra pre-birth workers"),
    ("Interim AD Practice\nImprovement and Development\n- Alison Bramley", "Interim AD Practice Improvement and Development - Alison Bramley"),
    ("  many   spaces\n\n", "many spaces"),
    ("", ""), (None, ""),
])
def test_clean_text(text, expected):
    assert clean_text(text) == expected


def test_numbered_items_split_and_keep_pages():
    lines = [("1. Review the strategy so that", 3), ("it covers perpetrators", 3), ("2. Pursue funding", 3), ("3. Train staff", 4)]
    assert numbered_items(lines) == [(1, "Review the strategy so that it covers perpetrators", 3),
                                     (2, "Pursue funding", 3), (3, "Train staff", 4)]


def test_numbered_items_may_start_past_one():
    assert numbered_items([("3. Train staff", 2), ("in the new model; see 4. below", 2)]) == \
        [(3, "Train staff in the new model; see 4. below", 2)]


@pytest.mark.parametrize("lines", [
    [("2024 was a year of change", 1)],  # a number, not a list
    [("3 new posts", 1)],
    [("Plain action text", 1)],
    [],
])
def test_numbered_items_not_a_list(lines):
    assert numbered_items(lines) is None


@pytest.mark.parametrize("text, expected", [
    ("1. DM 2. DM/AxB", {1: "DM", 2: "DM/AxB"}),
    ("GT / LH", {}),
    ("Director of Practice 2. X", {}),
])
def test_numbered_parts(text, expected):
    assert numbered_parts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ofsted recommendation 3: Improve supervision", "3"),
    ("Recommendations 1 and 2", "1 and 2"),
    ("Acting on what inspectors recommended and improving practice", None),
    (None, None),
])
def test_recommendations_in(text, expected):
    assert recommendations_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ofsted recommendation 3: Improve the stability of homes", "Ofsted recommendation 3: Improve the stability of homes"),
    ("Early Help and Protection", "Early Help and Protection"),
    ("Create the right environment within which effective work can be delivered which improves outcomes.\n"
     "The leadership of the council recognise and prioritise the needs of children and this is reflected", None),
])
def test_band_section(text, expected):
    assert band_section(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Completed actions", True), ("Completed Actions 2023/24", True), ("Actions completed:", True),
    ("Closed items", True), ("COMPLETE", True),
    ("Complete the transition to the new case management system", False),
    ("Actions in progress", False), ("Priority 3: Completing assessments on time", False), ("", False), (None, False),
])
def test_is_completed_heading(text, expected):
    assert is_completed_heading(text) is expected


def test_bold_title_is_the_bold_lead_in():
    words = [Word("Strategy", 10, 10, 50, 20, bold=True), Word("discussions.", 52, 10, 100, 20, bold=True),
             Word("An", 10, 22, 20, 32), Word("education", 22, 22, 70, 32)]
    assert bold_title(Cell("Strategy discussions.\nAn education", 5, 5, 200, 40), words) == "Strategy discussions."


@pytest.mark.parametrize("text, expected", [
    ("Priority 1: Early help", "Priority 1: Early help"),
    ("Children wait too long for assessments. " + "The local authority has plans to reduce delay but " * 3,
     "Children wait too long for assessments."),
])
def test_bold_title_without_bold_words(text, expected):
    words = [Word(w, 10 + 30 * i, 10, 38 + 30 * i, 20) for i, w in enumerate(text.split()[:3])]
    assert bold_title(Cell(text, 5, 5, 800, 40), words) == expected
    assert bold_title(Cell(text, 5, 5, 800, 40), []) == expected


def test_ruled_plan_with_band_sections(tmp_path):
    rows = rows_of(tmp_path, builders.improvement_plan)
    assert len(rows) == 12
    first = rows[0]
    assert (first["ref"], first["section"], first["lead_raw"], first["deadline_raw"], first["rag_colour"], first["page"]) == \
        ("1.1", "Priority 1: Help and protection at the front door", "Head of MASH - Priya Sandhu", "30/06/2025", "#00b050", 1)
    assert rows[4]["section"] == "Priority 2: Children in care and permanence"
    assert rows[4]["rag_colour"] is None  # a white status cell has no colour
    assert rows[-1]["page"] == 2 and rows[-1]["ref"] == "2.3"


def test_split_table_joins_the_continuation_row(tmp_path):
    rows = rows_of(tmp_path, builders.split_action_plan)
    assert [r["ref"] for r in rows] == ["3.1", "3.2", "3.3", "3.4"]
    assert rows[2]["progress"] == ("Eleven of fourteen care leavers aged 16 now have a named adviser; "
                                   "pathway plans are being rewritten with young people.")
    assert rows[2]["page"] == 1 and rows[3]["page"] == 2
    # colour-only status cells keep their shade, pale or strong
    assert [r["rag_colour"] for r in rows] == ["#c6efce", "#ffff00", "#ffc7ce", "#0070c0"]
    assert all(r["rag_text"] is None for r in rows)
    assert {r["section"] for r in rows} == {"Ofsted recommendation 3: Improve the stability of homes for children in care"}
    assert {r["recommendations_raw"] for r in rows} == {"3"}


@pytest.mark.parametrize("builder", [builders.horizontal_action_plan, builders.rows_ruled_below_plan])
def test_horizontally_ruled_plan_with_words_and_completed_part(tmp_path, builder):
    rows = rows_of(tmp_path, builder)
    assert [r["ref"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert [r["rag_text"] for r in rows] == ["On track", "AMBER", "Behind schedule", "Complete", "Complete"]
    assert [r["completed_section"] for r in rows] == [False, False, False, True, True]
    assert [r["recommendations_raw"] for r in rows] == ["2 and 3", "1, 2 and 3", "4", "5", "1"]
    assert rows[0]["deadline_raw"] == "a) 31st May 2025 b) 1st June 2025"
    assert rows[1]["lead_raw"] == "Principal Social Worker - Grace Adeyemi"
    assert rows[0]["success_measures"].startswith("Protocol signed by both agencies")
    assert rows[0]["section"] == "Actions in progress"


def test_booktabs_plan_rows(tmp_path):
    rows = rows_of(tmp_path, builders.booktabs_plan)
    assert [(r["ref"], r["rag_text"], r["deadline_raw"]) for r in rows] == [
        ("A1", "Green", "May 2025"), ("A2", "Amber", "Dec-25"), ("A3", "Red", "Quarterly")]
    assert rows[0]["action"] == "Agree the multi-agency neglect strategy and the tools that go with it"


def test_unruled_plan_joins_wrapped_lines(tmp_path):
    rows = rows_of(tmp_path, builders.unruled_action_plan)
    assert [r["ref"] for r in rows] == ["1.1", "1.2", "1.3"]
    assert rows[0]["action"] == "Recruit six permanent social workers to the assessment team"
    assert rows[2]["lead_raw"] == "Safeguarding Partnership Manager"
    assert [r["rag_text"] for r in rows] == ["Green", "Amber", "Red"]
    assert rows[0]["section"] == "Strategic Priority 1: Workforce"


def test_unruled_plan_under_centred_headings(tmp_path):
    rows = rows_of(tmp_path, builders.centred_header_unruled_plan)
    # the cells start left of their headings; the key printed under the table is no row
    assert [(r["ref"], r["section"], r["lead_raw"], r["deadline_raw"], r["rag_colour"]) for r in rows] == [
        ("1.1", "1. Leaders know their services well", "DCS / Head of QA", "Sept 2024", "#00b050"),
        ("1.2", "1. Leaders know their services well", "Participation Lead", "Dec 2024", "#ffc000"),
        ("2.1", "2. Children are protected quickly", "MASH Manager", "28/02/2025", "#ff0000")]
    assert rows[2]["action"] == "Review thresholds with partners and relaunch the threshold document"
    assert rows[0]["progress"] == "Framework launched in September."


def test_unruled_plan_with_cells_at_the_bottom_of_their_rows(tmp_path):
    # regression: each row's first lines were read as the end of the row above ('… Audit twenty …' under ref 1)
    rows = rows_of(tmp_path, builders.bottom_aligned_unruled_plan)
    assert [(r["ref"], r["action"], r["lead_raw"], r["deadline_raw"], r["rag_text"]) for r in rows] == [
        ("1", "Agree a joint protocol with the police for strategy discussions held out of hours", "Head of MASH",
         "June 2025", "On track"),
        ("2", "Audit twenty child protection plans each quarter and report the findings to the practice board",
         "Principal Social Worker", "Quarterly", "Off track"),
        ("3", "Publish the new threshold document", "Safeguarding Partnership Manager", "31/03/2025", "Complete")]


def test_numbered_actions_in_finding_rows(tmp_path):
    rows = rows_of(tmp_path, builders.findings_action_plan)
    got = [(r["ref"], r["section"], r["lead"], r["page"]) for r in rows]
    assert got == [("1", "Timeliness of initial health assessments.", "KD", 1),
                   ("2", "Timeliness of initial health assessments.", "KD/MR", 1),
                   ("1", "Quality of return home interviews.", "MR", 1),
                   ("2", "Quality of return home interviews.", "MR", 2)]
    assert rows[3]["action"] == "Share themes from interviews with the police monthly"
    assert rows[2]["progress"] == "Tender out; bids due in July."
    assert all(r["lead_raw"] == "1. KD 2. KD/MR" for r in rows[:2])


def test_merged_recommendation_cell_numbers_every_action_under_it(tmp_path):
    rows = rows_of(tmp_path, builders.merged_recommendation_plan)
    got = [(r["ref"], r["recommendations_raw"], r["rag_colour"] is not None) for r in rows]
    assert got == [(f"{n}.{k}", str(n), True) for n in (1, 2, 3) for k in (1, 2, 3)]
    assert rows[4]["section"] == "2. The timeliness of initial child protection conferences."
    assert {r["table"] for r in rows} == {0}


def test_lead_and_deadline_printed_under_their_names_in_one_cell(tmp_path):
    # regression: 'Who and when' was all lead ('Lead: Head of Service, Assessment By: 31 January 2025'), no deadline
    rows = rows_of(tmp_path, builders.who_and_when_plan)
    got = [(r["ref"], r["lead_raw"], r["deadline_raw"], r["section"][:10]) for r in rows]
    assert got == [("1.1", "Head of Service, Assessment", "31 January 2025", "Priority 1"),
                   ("1.2", "Principal Social Worker", "Monthly from December 2024", "Priority 1"),
                   ("2.1", "Workforce Development Manager (KS)", "end of March 2025", "Priority 2"),
                   ("2.2", "Service Manager, Quality Assurance", "Q4 2024/25", "Priority 2")]


@pytest.mark.parametrize("text, expected", [
    ("Lead: Head of Service\nBy: 31 March 2025", {"lead": "Head of Service", "deadline": "31 March 2025"}),
    ("Owner: Jane Smith,\nPrincipal Social Worker\nDeadline: Q4", {"lead": "Jane Smith,\nPrincipal Social Worker",
                                                                   "deadline": "Q4"}),
    ("Lead: Head of Service", None),  # one field: the column's own
    ("Head of Service\nBy: 31 March 2025", None),  # the cell does not open with a field's name
    ("Note: see appendix\nLead: Jane Smith", None),
])
def test_labelled_parts_of_a_cell(text, expected):
    assert labelled_parts(text) == expected


def test_words_broken_by_a_narrow_column_are_whole_again(tmp_path):
    rows = rows_of(tmp_path, builders.narrow_column_plan)
    got = [(r["action"], r["lead"], r["deadline_raw"]) for r in rows]
    assert got == [("Audit cases monthly", "Head of Safeguarding", "31/12/2024"),
                   ("Reduce caseloads in the assessment teams to 20", "AD Children in Care", "31/03/2025")]


def test_a_rec_column_numbering_actions_under_their_recommendation_holds_refs(tmp_path):
    rows = rows_of(tmp_path, builders.rec_numbered_plan)
    got = [(r["ref"], r["recommendations_raw"], r["lead"]) for r in rows]
    assert got == [("1.1", "1", "JH"), ("1.2", "1", "JH / PW"), ("2.1", "2", "RB")]  # not recommendations '1.1' and '2.1'


def test_actions_with_their_own_refs_under_a_merged_recommendation_number(tmp_path):
    rows = rows_of(tmp_path, builders.lettered_action_plan)
    got = [(r["ref"], r["action"], r["recommendations_raw"], r["rag_colour"] is not None) for r in rows]
    assert got == [(ref, action, number, True) for number, _, actions in builders.LETTERED_ACTIONS
                   for ref, action, _, _ in actions]
    assert rows[3]["section"] == "The timeliness and quality of assessments for disabled children."


@pytest.mark.parametrize("action, ref, own", [
    ("1.1 Strengthen the front door", None, "1.1"),  # no ref column
    ("1a Implement a policy", None, "1a"),
    ("1a Implement a policy", "1", "1a"),  # the row's ref is the recommendation's number the action's extends
    ("1.2b Audit cases", "1.2", "1.2b"),
    ("1.2 Audit cases", "1.2", None),  # the same ref printed twice
    ("12.1 Audit cases", "1", None),  # 12.1 does not extend 1
    ("2 social workers recruited", None, None),  # a count, not a ref
    ("Audit 1.2", None, None),
])
def test_an_action_opening_with_its_own_ref(action, ref, own):
    assert own_ref(action, ref) == own


def test_progress_cell_shaded_by_status_when_there_is_no_rag_column(tmp_path):
    rows = rows_of(tmp_path, builders.progress_shaded_plan)
    assert [r["rag_colour"] for r in rows] == ["#c6efce", "#ffeb9c", "#ffc7ce", "#bdd7ee"]


@pytest.mark.parametrize("turn", [90, 270])
def test_plan_printed_sideways_on_a_portrait_page(tmp_path, turn):
    rows = rows_of(tmp_path, lambda p: builders.sideways_plan(p, turn=turn))
    expected = builders.IMPROVEMENT_ACTIONS[:4]
    assert [(r["ref"], r["deadline_raw"]) for r in rows] == [(a[0], a[3]) for a in expected]
    assert [r["action"] for r in rows] == [a[1] for a in expected]
    assert [r["rag_colour"] is not None for r in rows] == [a[4] is not None for a in expected]


def test_status_printed_as_a_coloured_dot(tmp_path):
    rows = rows_of(tmp_path, builders.dot_status_plan)
    expected = {"green": "#00b050", "amber": "#ffc000", "red": "#ff0000", "blue": "#00b0f0", None: None}
    assert [r["rag_colour"] for r in rows] == [expected[a[4]] for a in builders.IMPROVEMENT_ACTIONS]


def test_zebra_striping_is_no_status(tmp_path):
    rows = rows_of(tmp_path, lambda p: builders.progress_shaded_plan(p, zebra=True))
    assert len(rows) == 4 and all(r["rag_colour"] is None for r in rows)


def test_plan_printed_as_a_small_table_per_action(tmp_path):
    path = builders.labelled_table_plan(tmp_path / "plan.pdf")
    paper = Paper(doc_id="d" * 64, file_name=path.name, source_path=path.name, path=str(path), size_bytes=0,
                  doc_type="action_plan")
    rows = extract_plan_rows(parse_pdf(str(path), "action_plan"), paper, {})
    got = [(r["ref"], r["action"], r["lead_raw"], r["deadline_raw"], r["progress"]) for r in rows]
    assert got == [(a[0], a[1], a[2], a[3], a[5]) for a in builders.LABELLED_ACTIONS]
    assert [r["rag_text"] for r in rows] == ["Green", "Amber", None]  # the last status is a filled cell only
    assert all(r["rag_colour"] for r in rows) and len({r["table"] for r in rows}) == 3


def test_plan_written_as_labelled_blocks(tmp_path):
    path = builders.labelled_action_plan(tmp_path / "plan.pdf")
    paper = Paper(doc_id="d" * 64, file_name=path.name, source_path=path.name, path=str(path), size_bytes=0,
                  doc_type="action_plan")
    rows = extract_plan_rows(parse_pdf(str(path), "action_plan"), paper, {})
    got = [(r["ref"], r["action"], r["lead_raw"], r["deadline_raw"], r["rag_text"], r["progress"]) for r in rows]
    assert got == [tuple(a) for a in builders.LABELLED_ACTIONS]
    assert [(r["section"], r["page"]) for r in rows] == [
        ("Priority 1: Help and protection", 1), ("Priority 1: Help and protection", 1), ("Priority 2: Children in care", 2)]


def test_labelled_blocks_need_two_fields():
    from extract.plans import labelled_plan_rows

    text = "Priority 1: Help\nAction 1.1 Do the first thing\nLead: Head of Service\n1.2 A numbered sentence.\nNote: none"
    assert labelled_plan_rows([Page(1, 595, 842, text)]) == []  # a lead alone does not make a plan


@pytest.mark.parametrize("builder", [builders.scrutiny_minutes, builders.scorecard_and_key, builders.work_programme])
def test_non_plan_tables_give_no_rows(tmp_path, builder):
    assert rows_of(tmp_path, builder) == []


def test_scorecard_tables_are_found_but_are_not_plans(tmp_path):
    path = builders.scorecard_and_key(tmp_path / "card.pdf")
    assert len([t for p in parse_pdf(str(path)) for t in p.tables]) == 2


def test_status_mark_inside_an_unfilled_cell():
    cell = Cell("", 100, 100, 140, 130)
    rects = [Rect(0, 0, 800, 600, "#ffffff"), Rect(110, 108, 122, 120, "#ffc000"), Rect(100, 129, 140, 130, "#000000"),
             Rect(300, 108, 312, 120, "#ff0000")]  # page background, the mark, a rule, another cell's mark
    assert status_mark(cell, rects) == "#ffc000"
    assert status_mark(cell, rects[:1] + rects[2:]) is None


# ---------------------------------------------------------------- pages built by hand (the page model is plain data)

def _cell(text, x0, top, x1, bottom, fill=None):
    return Cell(text, x0, top, x1, bottom, fill=fill)


def _plan_table(page, top, header0, rows):
    """A ruled table: ref | action | lead | deadline | RAG, one 20pt row each."""
    xs = [(40, 80), (80, 400), (400, 500), (500, 580), (580, 620)]
    header = [_cell(header0, 40, top, 400, top + 20), None, _cell("Lead", *xs[2][:1], top, xs[2][1], top + 20),
              _cell("Deadline", xs[3][0], top, xs[3][1], top + 20), _cell("RAG", xs[4][0], top, xs[4][1], top + 20)]
    if not header0.startswith("Strategic"):
        header = [_cell("Ref", 40, top, 80, top + 20), _cell(header0, 80, top, 400, top + 20)] + header[2:]
    body = []
    for k, (ref, action, lead, due, fill) in enumerate(rows):
        y = top + 20 * (k + 1)
        body.append([_cell(t, a, y, b, y + 20, fill if i == 4 else None)
                     for i, (t, (a, b)) in enumerate(zip((ref, action, lead, due, ""), xs))])
    from scrutineer.model import Table
    return Table(page=page, x0=40, top=top, x1=620, bottom=top + 20 * (len(rows) + 1), rows=[header] + body)


def test_heading_above_a_table_marks_a_completed_part():
    from scrutineer.model import Page
    t1 = _plan_table(1, 100, "Priority 2: Children in care", [("2.1", "Open a new children's home", "Head of Placements", "Jun-25", "#ffc000")])
    t2 = _plan_table(1, 300, "Action", [("1.1", "Publish the sufficiency strategy", "Commissioning Manager", "Jan-24", "#00b0f0")])
    words = [Word("Completed", 40, 270, 100, 284, size=14, bold=True), Word("actions", 104, 270, 150, 284, size=14, bold=True),
             Word("body", 40, 500, 60, 510, size=10)]
    page = Page(number=1, width=842, height=595, text="", layout=True, words=words, tables=[t1, t2])
    rows = extract_plan_rows([page], Paper("d" * 64, "f.pdf", "f.pdf", "/f.pdf", 0), {})
    assert [(r["ref"], r["section"], r["completed_section"]) for r in rows] == [
        ("2.1", "Priority 2: Children in care", False), ("1.1", "Completed actions", True)]
    assert rows[0]["action"] == "Open a new children's home"


def test_action_sheet_segments_are_left_to_the_minutes_extractor():
    from scrutineer.model import Page
    t = _plan_table(1, 100, "Action", [("1", "Circulate the report", "Clerk", "Jun-25", None)])
    page = Page(number=1, width=842, height=595, text="", layout=True, tables=[t])
    paper = Paper("d" * 64, "f.pdf", "f.pdf", "/f.pdf", 0)
    assert len(extract_plan_rows([page], paper, {})) == 1
    segments = [{"segment_id": "s1", "kind": "action_sheet", "first_page": 1, "last_page": 1}]
    assert extract_plan_rows([page], paper, {"segments": segments}) == []
    segments[0]["kind"] = "appendix"
    assert extract_plan_rows([page], paper, {"segments": segments})[0]["segment_id"] == "s1"


def test_running_heading_does_not_break_a_continued_row():
    from scrutineer.model import Page
    heading = [Word("Improvement", 40, 70, 120, 84, size=14, bold=True), Word("Plan", 124, 70, 160, 84, size=14, bold=True)]
    t1 = _plan_table(1, 100, "Action", [("1.1", "Open a new children's home", "Head of Placements", "Jun-25", "#ffc000")])
    t2 = _plan_table(2, 100, "Action", [("", "and register it with Ofsted", "", "", "#ffc000"),
                                        ("1.2", "Recruit foster carers", "Fostering Manager", "Dec-25", "#00b050")])
    pages = [Page(number=n, width=842, height=595, text="", layout=True, words=list(heading), tables=[t])
             for n, t in ((1, t1), (2, t2))]
    rows = extract_plan_rows(pages, Paper("d" * 64, "f.pdf", "f.pdf", "/f.pdf", 0), {})
    assert [(r["ref"], r["action"], r["page"], r["section"]) for r in rows] == [
        ("1.1", "Open a new children's home and register it with Ofsted", 1, "Improvement Plan"),
        ("1.2", "Recruit foster carers", 2, "Improvement Plan")]


def test_a_row_running_over_three_pages_stays_one_action(tmp_path):
    # the middle page is a grid of one row: it must still be read as the plan going on
    rows = rows_of(tmp_path, builders.row_over_pages_plan)
    assert [(r["ref"], r["page"]) for r in rows] == [("1.1", 1), ("1.2", 1), ("1.3", 3)]
    progress = rows[1]["progress"]
    weeks = [int(w) for w in re.findall(r"Week (\d+):", progress)]
    assert weeks == list(range(1, 61))  # every line, from all three pages, in order
    assert [r["rag_colour"] is not None for r in rows] == [True, True, True]


@pytest.mark.parametrize("spanning", [True, False], ids=["RAG rating over Q1|Q2|Q3", "Q1 RAG|Q2 RAG|Q3 RAG"])
def test_status_given_per_quarter_takes_the_latest(tmp_path, spanning):
    def quarterly_rag_plan(path):
        return builders.quarterly_rag_plan(path, spanning)

    rows = rows_of(tmp_path, quarterly_rag_plan)
    fills = {name: f"#{colour.hexval()[2:]}".lower() for name, colour in builders.RAG_FILLS.items()}
    latest = [[s for s in a[3] if s][-1] for a in builders.QUARTERLY_RAG_ACTIONS]
    assert [r["ref"] for r in rows] == ["1.1", "1.2", "2.1"]  # from the action text, not the status letters
    assert [r["rag_colour"] for r in rows] == [fills[s] for s in latest]
    assert [r["rag_text"] for r in rows] == [s[0].upper() for s in latest]


def test_a_lead_or_timescale_merged_down_over_actions_belongs_to_each(tmp_path):
    rows = rows_of(tmp_path, builders.merged_lead_plan)
    got = [(r["ref"], r["lead"], r["deadline_raw"]) for r in rows]
    assert got == [(ref, lead, deadline) for ref, _, lead, deadline in builders.MERGED_LEAD_ACTIONS]
    assert [r["recommendations_raw"] for r in rows] == ["1", "1", "1", "2", "2"]
    assert all(r["rag_colour"] for r in rows)  # a RAG cell of its own on every row stays its own


@pytest.mark.parametrize("mark", ["shape", "picture"])
def test_status_printed_as_a_dot_drawn_or_pasted_in(tmp_path, mark):
    rows = rows_of(tmp_path, lambda p: builders.marked_status_plan(p, mark))
    got = [rag_from_colour(r["rag_colour"]) for r in rows]
    assert got == [a[4] for a in builders.IMPROVEMENT_ACTIONS]


def test_a_revised_deadline_beside_the_original_makes_the_due_date_the_latest():
    def row(top, *texts):
        return [Cell(t, 100.0 * i, top, 100.0 * (i + 1), top + 20) for i, t in enumerate(texts)]
    table = Table(page=1, x0=0, top=0, x1=600, bottom=60, rows=[
        row(0, "Ref", "Action", "Lead", "Original deadline", "Revised deadline", "Date completed"),
        row(20, "1.1", "Launch the new triage model", "Head of MASH", "30/09/2024", "31/12/2024", ""),
        row(40, "1.2", "Audit strategy discussions", "Service Manager", "31/10/2024", "", "28/10/2024")])
    page = Page(number=1, width=600, height=800, text="", layout=True, tables=[table])
    rows = extract_plan_rows([page], None, {})
    assert [(r["ref"], r["deadline_raw"]) for r in rows] == [("1.1", "30/09/2024 31/12/2024"), ("1.2", "31/10/2024")]


def test_an_item_column_of_titles_is_no_ref_column():
    texts = [["Item", "Action", "Lead", "Deadline"],
             ["Sufficiency strategy for children in care", "Open two new homes", "Head of Placements", "Jun-25"],
             ["Annual report of the fostering service", "Recruit 20 carers", "Head of Fostering", "Mar-26"]]
    rows = [[_cell(t, 40 + 150 * i, 100 + 20 * r, 190 + 150 * i, 120 + 20 * r) for i, t in enumerate(row)]
            for r, row in enumerate(texts)]
    layout = plan_layout(Table(page=1, x0=40, top=100, x1=640, bottom=160, rows=rows))
    assert "ref" not in layout.roles.values() and layout.roles[1] == "action"


def test_a_recommendation_column_coded_r1_numbers_the_rows(tmp_path):
    # regression: 'R1' was read as a finding, so it became the section and no recommendation was linked
    rows = rows_of(tmp_path, builders.rec_coded_plan)
    assert [(r["ref"], r["recommendations_raw"]) for r in rows] == [("1a", "R1"), ("1b", "R1"), ("2a", "R2")]
    assert rows[0]["section"] == "Recommendation 1: The quality and impact of management oversight and supervision"
