"""Ofsted reports: cover facts, judgement grids of every era, recommendation lists, built reports.

The snippets are written for these tests in the style of each era's layout, not copied from reports.
"""
from __future__ import annotations

import pytest

from examples.builders import OFSTED_RECOMMENDATIONS, ilacs_inspection_report, sif_inspection_report
from extract.inspection import (body_lines, extract_inspection, find_dates_raw, find_grades,
                                find_lead_inspector_raw, find_published_raw, find_recommendations,
                                framework_cue, join_lines)
from extract.pages import parse_pdf
from scrutineer.model import Page, Paper


def page(number: int, text: str) -> Page:
    return Page(number=number, width=595, height=842, text=text)


def lines_of(text: str, number: int = 1) -> list[tuple[int, str]]:
    return [(number, ln) for ln in text.split("\n") if ln.strip()]


def paper(path: str = "r.pdf", doc_type: str = "inspection_report") -> Paper:
    return Paper(doc_id="cd" * 32, file_name="r.pdf", source_path="r.pdf", path=path, size_bytes=0, doc_type=doc_type)


ILACS_2018 = """Exampleton Borough Council
Inspection of local authority children's services
Inspection dates: 5 March to 16 March 2019
Lead inspector: Pat Sample-Jones HMI
Judgement Grade
The impact of leaders on social work practice with
children and families
Requires improvement to
be good
The experiences and progress of children who need
help and protection
Good
The experiences and progress of children in care and
care leavers
Requires improvement
to be good
Overall effectiveness Requires improvement to
be good
Leaders have made progress since the last inspection, when services were judged to be good."""

ILACS_2023 = """Inspection of Exampleton local
authority children's services
Inspection dates: 4 to 8 September 2023
Lead inspector: Chris Sample, His Majesty's Inspector
Judgement Grade
The impact of leaders on social work
practice with children and families
Outstanding
The experiences and progress of
children who need help and protection
Good
The experiences and progress of
children in care
Good
The experiences and progress of care
leavers
Inadequate
Overall effectiveness Good"""

POST_REFORM = """Inspection of Exampleton local authority
children's services
Inspection dates: 1 June 2026 to 12 June 2026
Lead inspector: Robin Sample, His Majesty's Inspector
Judgement Grade
The impact of leaders on practice with
children and families
Good
The experiences and progress of
children who need help and protection
Requires improvement to be good
The experiences and progress of
children in care
Good
The experiences and progress of care
leavers
Good
Since the last inspection, when services were judged to be good, leaders have kept up momentum."""

SIF_EARLY = """1
Exampleshire County Council
Inspection of services for children in need of help and
protection, children looked after and care leavers
and
Review of the effectiveness of the local safeguarding children
board1
Inspection date: 2 June 2014 – 24 June 2014
Report published: 1 August 2014
The overall judgement is that children's services are
inadequate
1. Children who need help and protection Requires
improvement
2. Children looked after and achieving
permanence
Inadequate
2.1 Adoption performance Good
2.2 Experiences and progress of care leavers
Requires
Improvement
3. Leadership, management and governance Inadequate
The effectiveness of the Local Safeguarding Children Board (LSCB) is
inadequate."""

SIF_LATE = """Exampleshire Council
Re-inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: 6 March 2017 to 28 March 2017
Report published: 10 May 2017
Children's services in Exampleshire require improvement to be good
1. Children who need help and protection Good
2. Children looked after and achieving
permanence
Not Judged
2.1 Adoption performance Not Judged
2.2 Experiences and progress of care leavers Not Judged
3. Leadership, management and governance Good"""

OLDER_RECORD = """Record of main findings
Services for looked after children
Overall effectiveness Inadequate Grade 4
Capacity to improve Good Grade 2
Outcomes for looked after children and
young people
Adequate Grade 3
Quality of provision Inadequate Grade 4
Leadership and management Adequate"""

GRADES = ("overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers")


@pytest.mark.parametrize("text, expected", [
    (ILACS_2018, ("requires improvement to be good", "requires improvement to be good", "good",
                  "requires improvement to be good", None)),
    (ILACS_2023, ("good", "outstanding", "good", "good", "inadequate")),
    (POST_REFORM, (None, "good", "requires improvement to be good", "good", "good")),
    (SIF_EARLY, ("inadequate", "inadequate", "requires improvement", "inadequate", "requires improvement")),
    (SIF_LATE, ("require improvement to be good", "good", "good", "not judged", "not judged")),
    ("The overall judgement is that children's services in Exampleton require improvement to be good\n"
     "1. Children who need help and protection Good",
     ("require improvement to be good", None, "good", None, None)),
    ("Children's services in Exampleton are judged to be outstanding", ("outstanding", None, None, None, None)),
    (OLDER_RECORD, ("inadequate", "adequate", None, "adequate", None)),
    # prose that names a grade away from a judgement label gives nothing
    ("The local authority was judged good in 2014 and leaders say the service is outstanding.",
     (None, None, None, None, None)),
])
def test_grades_follow_their_labels(text, expected):
    grades = find_grades(text)
    assert tuple(grades.get(c) for c in GRADES) == expected


@pytest.mark.parametrize("text, dates, lead, published", [
    (ILACS_2018, "5 March to 16 March 2019", "Pat Sample-Jones HMI", None),
    (SIF_EARLY, "2 June 2014 – 24 June 2014", None, "1 August 2014"),
    ("Inspection of Exampleton local authority children's services\n"
     "Inspection dates: 3 to 7 October 2022 and 21 to\n22 November 2022\nJudgement Grade",
     "3 to 7 October 2022 and 21 to 22 November 2022", None, None),
    ("Inspection of looked after children services\nExampleton Council\nInspection dates: 8 – 12 July 2013\n"
     "Reporting inspector Lee Sample HMI\nPublished: 16 August 2013", "8 – 12 July 2013", "Lee Sample HMI", "16 August 2013"),
    ("Ofsted inspection team\nDeputy lead inspector: Not This One\nLead inspector: Kim Sample-\nWard",
     None, "Kim Sample-Ward", None),
])
def test_cover_labels(text, dates, lead, published):
    lines = lines_of(text)
    assert find_dates_raw(lines)[0] == dates
    assert find_lead_inspector_raw(lines)[0] == lead
    assert find_published_raw(lines)[0] == published


@pytest.mark.parametrize("cover, cue", [
    (ILACS_2023, "ILACS"),
    (SIF_EARLY, "SIF"),
    (SIF_LATE, "SIF"),
    ("Inspection of looked after children\nservices\nExampleton Council\nInspection dates: 8 – 12 July 2013", "older"),
    ("Minutes of the Children's Scrutiny Committee", None),
])
def test_framework_cue(cover, cue):
    assert framework_cue([page(1, cover), page(2, "Contents"), page(3, "About this inspection")]) == cue


@pytest.mark.parametrize("parts, joined", [
    (["Improve decision-", "making at all levels."], "Improve decision-making at all levels."),
    (["The response to 16-", "and 17-year-old children."], "The response to 16- and 17-year-old children."),
    (["Ensure  that   plans", " are   reviewed."], "Ensure that plans are reviewed."),
])
def test_join_lines(parts, joined):
    assert join_lines(parts) == joined


BULLETS_THEN_PARAGRAPHS = """What needs to improve?
\u25fc The timeliness of assessments for children in need.
\u25fc Management oversight of plans, so that children's circumstances
improve without delay.
\u25fc Support to care leavers who live out of area
The experiences and progress of children who need help and
protection: good
1. Children receive a timely response when they first need help."""

NUMBERED_WITH_GROUPS = """What does the local authority need to improve?
Priority and immediate action
31. Ensure that all children at risk are seen within timescales.
32. Strengthen management oversight of practice so that plans progress. Ensure
that decisions are recorded.
Areas for improvement
33. Improve the quality of pathway plans
for care leavers (paragraph 40).
The local authority has the following strengths:
34. Social workers know their children well."""

INTRO_THEN_BULLETS = """Areas for improvement
20. In order to improve services for looked after children in Exampleton, the local authority
should take the following action.
Immediately:
\uf06e ensure that every child has an up to date care plan
\uf06e improve supervision of social workers.
Within three months:
\uf06e review the sufficiency of placements so that children
live close to home
Outcomes for looked after children and young people
Grade 3 (Adequate)
21. Health outcomes are adequate."""

WRAP_AFTER_FULL_STOP = """Recommendations
1. Improve the quality of assessments.
Ensure that managers review them.
2. Reduce the number of children who wait for a placement.
Summary for children and young people
Inspectors spoke to many children."""


@pytest.mark.parametrize("text, printed, texts", [
    (BULLETS_THEN_PARAGRAPHS, [None, None, None],
     ["The timeliness of assessments for children in need.",
      "Management oversight of plans, so that children's circumstances improve without delay.",
      "Support to care leavers who live out of area"]),
    (NUMBERED_WITH_GROUPS, ["31", "32", "33"],
     ["Ensure that all children at risk are seen within timescales.",
      "Strengthen management oversight of practice so that plans progress. Ensure that decisions are recorded.",
      "Improve the quality of pathway plans for care leavers (paragraph 40)."]),
    (INTRO_THEN_BULLETS, [None, None, None],
     ["ensure that every child has an up to date care plan", "improve supervision of social workers.",
      "review the sufficiency of placements so that children live close to home"]),
    (WRAP_AFTER_FULL_STOP, ["1", "2"],
     ["Improve the quality of assessments. Ensure that managers review them.",
      "Reduce the number of children who wait for a placement."]),
    # a last bullet whose closing reference wraps onto a line of its own, then the next section
    ("What needs to improve?\n\u25fc Support to care leavers in custody. (National Framework,\nOutcome 2)\n"
     "The experiences and progress of children in care: good\n1. Children live in stable homes.",
     [None], ["Support to care leavers in custody. (National Framework, Outcome 2)"]),
    ("Contents\nRecommendations 8\nSummary 9\nSection 2: The LSCB 30", [], []),
])
def test_recommendation_lists(text, printed, texts):
    items, _ = find_recommendations(lines_of(text))
    assert [i["printed"] for i in items] == printed
    assert [i["text"] for i in items] == texts


def test_lscb_recommendations_are_not_the_local_authority_s():
    contents = lines_of("Contents\nSection 2: The LSCB\nRecommendations", number=2)
    body = lines_of("Summary\nThe local authority is good.\nSection 2: the LSCB\n"
                    "Recommendations\n40. The board should evaluate its training.", number=9)
    assert find_recommendations(contents + body) == ([], None)


def test_a_group_may_number_again_from_one():
    text = ("Recommendations\nPriority action\n1. See every child at risk.\n2. Audit all open cases.\n"
            "Areas for improvement\n1. Improve pathway plans.\nInformation about this inspection\nInspectors read files.")
    items, _ = find_recommendations(lines_of(text))
    assert [(i["printed"], i["text"]) for i in items] == [
        ("1", "See every child at risk."), ("2", "Audit all open cases."), ("1", "Improve pathway plans.")]


def test_running_headers_and_page_numbers_are_dropped():
    body = ["Leaders know their services well.", "Children are seen quickly.", "Plans are clear.",
            "Care leavers are well supported.", "Audits are thorough.", "Partners work well together."]
    pages = [page(n, f"Inspection of Exampleton local authority children's services\n4 to 15 March 2024 {n}\n"
                     f"{text}\n{n}") for n, text in enumerate(body, start=1)]
    assert [ln for _, ln in body_lines(pages)] == body


def test_other_papers_are_left_alone():
    assert extract_inspection([page(1, ILACS_2023)], paper(doc_type="improvement_plan"), {}) is None


def test_built_sif_report(tmp_path):
    path = sif_inspection_report(tmp_path / "sif.pdf", first_number=12)
    out = extract_inspection(parse_pdf(str(path), "inspection_report"), paper(str(path)), {})
    assert out["framework_cue"] == "SIF"
    assert out["dates_raw"] == "6 November 2017 to 30 November 2017"
    assert out["published_raw"] == "29 January 2018"
    assert out["lead_inspector_raw"] == "Alex Example-Smith"
    assert out["grades_raw"] == {"overall_effectiveness": "inadequate", "help_and_protection": "requires improvement",
                                 "children_in_care": "inadequate", "care_leavers": "requires improvement",
                                 "impact_of_leaders": "inadequate"}
    recs = out["recommendations"]
    assert [r["printed"] for r in recs] == ["12", "13", "14", "15"]
    assert [r["text"] for r in recs] == OFSTED_RECOMMENDATIONS
    assert {r["page"] for r in recs} == {3}


def test_built_ilacs_report_list_across_a_page_break(tmp_path):
    path = ilacs_inspection_report(tmp_path / "ilacs.pdf")
    pages = parse_pdf(str(path), "inspection_report")
    out = extract_inspection(pages, paper(str(path)), {})
    assert out["framework_cue"] == "ILACS"
    assert out["dates_raw"] == "6 to 17 March 2023"
    assert out["grades_raw"]["care_leavers"] == "outstanding"
    assert out["grades_raw"]["help_and_protection"] == "requires improvement to be good"
    recs = out["recommendations"]
    assert len(recs) == len(OFSTED_RECOMMENDATIONS)
    assert recs[-1]["text"].endswith("wider risk-reduction work.")
    assert len({r["page"] for r in recs}) == 2, "the fixture's list should run over a page break"


@pytest.mark.parametrize("kind, dates", [("focused", "7 and 8 February 2023"), ("monitoring", "31 January and 1 February 2023")])
def test_built_visit_letter(tmp_path, kind, dates):
    from examples.builders import focused_visit_letter

    path = focused_visit_letter(tmp_path / "visit.pdf", kind=kind, dates=dates)
    pages = parse_pdf(str(path), "inspection_report")
    out = extract_inspection(pages, paper(str(path)), {})
    assert out["framework_cue"] == f"{kind} visit"
    assert out["dates_raw"] == dates
    assert out["lead_inspector_raw"] == "Anne Example"  # the inspector who signs the letter
    assert out["published_raw"] == "14 March 2023"  # the day the letter was written
    assert out["grades_raw"] == {}
    assert [r["text"] for r in out["recommendations"]] == [
        "The quality and timeliness of written plans for children in need.",
        "The consistency of management oversight of child protection enquiries."]
