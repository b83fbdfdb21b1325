import pytest

from ingest.classify import classify


@pytest.mark.parametrize("title, body, expected", [
    ("Inspection of Northshire local authority children's services", "", "inspection_report"),
    ("Northshire County Council", "Inspection of services for children in need of help and protection, children looked after "
     "and care leavers. Inspection date: 3 March 2015. Lead inspector: A Person HMI. Ofsted judgement", "inspection_report"),
    ("Inspection of looked after children services", "", "inspection_report"),
    ("Notice of Children's Services Overview and Scrutiny Committee", "", "minutes_pack"),
    ("Agenda", "Children and Young People Scrutiny Panel", "minutes_pack"),
    ("Northshire", "Minutes of the meeting held on 4 March 2025. Present: Cllr A Patel", "minutes_pack"),
    ("Minutes", "Children's Services Scrutiny Panel. Date: Tuesday, 12 March 2024", "minutes_pack"),
    ("Westbury City Council", "Minutes of a meeting of the Children and Young People Scrutiny Committee held in "
     "Committee Room 2", "minutes_pack"),
    ("Children and Young People Scrutiny Committee - Work Programme 2024/25",
     "Ofsted ILACS improvement plan: progress update", "minutes_pack"),  # the plan is an item it will hear
    ("Children's Services SEF 2023/24", "", "self_assessment"),
    ("Northshire Children's Trust Self-Assessment 2023", "Development Plan 2023/24", "self_assessment"),
    ("Annual self evaluation of social work practice", "", "self_assessment"),
    ("Children's Services Improvement Plan 2024/25", "", "improvement_plan"),
    ("Ofsted Action Plan", "", "action_plan"),
    ("Harbury Council - SEND and Children's Social Care Improvement Tracker", "", "improvement_plan"),
    ("Northshire Council", "Ofsted action tracker: position at 30 June 2024", "action_plan"),
    ("Trust Development Plan 2023/24", "", "development_plan"),
    ("Fernbridge Local Area Partnership – Written Statement of Action – SEND", "", "action_plan"),
    ("Greyford Council – SEND Accelerated Progress Plan", "", "action_plan"),
    ("Annual report of the Virtual School", "attendance figures for the year", "other"),
    ("Focused visit to Rutland County Council children's services", "", "inspection_report"),  # Ofsted's letter
    ("Ofsted", "Dear Jo. This letter summarises the findings of the monitoring visit to Exampleton children's services",
     "inspection_report"),
    ("Report on the Ofsted focused visit", "Cabinet is asked to note the findings of the focused visit", "other"),
    # a board keeps notes, not minutes
    ("Improvement Board notes", "Children's Services Improvement Board. Notes of the meeting held on Thursday 12 September "
     "2024", "minutes_pack"),
    ("Westmere Council", "Record of the Safeguarding Partnership Executive meeting held on 3 May 2024", "minutes_pack"),
    ("Guidance notes", "Notes of the practice standards for social workers", "other"),
    # a committee's log of what its meetings asked for; an improvement board's tracker stays the plan's
    ("Oakshire County Council Children and Families Overview and Scrutiny Committee",
     "Children and Families Overview and Scrutiny Committee Action Tracker Updated: 3 March 2025", "minutes_pack"),
    ("Northshire Council", "Corporate Parenting Panel action log", "minutes_pack"),
    ("Northshire Council", "Improvement Board action tracker: position at 30 June 2024", "action_plan"),
])
def test_doc_type_from_title_and_opening_text(title, body, expected):
    assert classify(title, body) == expected
