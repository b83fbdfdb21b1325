"""Builders of small, realistic council papers (reportlab).

Each builder writes one PDF and returns its path. They are the bundled
example papers and the tests' fixtures; none is copied from a real paper.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

# same content → same bytes → same doc_id, so re-made examples are not re-processed
rl_config.invariant = 1
STYLES = getSampleStyleSheet()
RAG_FILLS = {"red": colors.HexColor("#ff0000"), "amber": colors.HexColor("#ffc000"),
             "green": colors.HexColor("#00b050"), "blue": colors.HexColor("#00b0f0")}


def _p(text: str, style: str = "BodyText") -> Paragraph:
    return Paragraph(text, STYLES[style])


def _footer(title: str):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(15 * mm, 8 * mm, title)
        canvas.drawRightString(doc.pagesize[0] - 15 * mm, 8 * mm, f"Page {doc.page}")
        canvas.restoreState()
    return draw


# (ref, action, lead, deadline, rag, progress)
IMPROVEMENT_ACTIONS = [
    ("1.1", "Strengthen the multi-agency front door so that contacts receive a decision within 24 hours",
     "Head of MASH - Priya Sandhu", "30/06/2025", "green", "New triage rota in place; 91% of contacts decided within 24 hours in May."),
    ("1.2", "Reduce re-referrals by improving the quality of step-down plans to early help",
     "Service Manager Early Help", "September 2025", "amber", "Audit of 40 step-down plans completed; findings shared with team managers."),
    ("1.3", "Ensure every child on a child protection plan is visited within 10 working days",
     "Tom Okafor (Head of Service, Child Protection)", "31/03/2025 30/09/2025", "red", "Visit timeliness fell to 78% in April because of vacancies."),
    ("2.1", "Introduce a permanence tracker reviewed monthly by the Assistant Director",
     "AD Children in Care", "Mar-25", "blue", "Tracker live since February; first monthly review held."),
    ("2.2", "Improve the timeliness of initial health assessments for children entering care",
     "Designated Nurse / Head of Service CiC", "Quarterly", None, "Meeting with health partners scheduled."),
    ("2.3", "Recruit and retain permanent social workers so that agency use falls below 15%",
     "Director of Children's Services - Helen Marsh", "December 2025", "amber", "Recruitment campaign launched; 12 offers made."),
]


def improvement_plan(path: Path) -> Path:
    """A ruled improvement plan with coloured RAG cells, running over two pages."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Example Borough Council Improvement Plan")
    story = [_p("Northshire County Council", "Title"),
             _p("Children's Services Improvement Plan 2024/25", "Heading1"),
             _p("Published: 14 January 2025"),
             Spacer(1, 6 * mm)]
    header = ["Ref", "Action", "Lead", "Deadline", "RAG", "Progress update"]
    sections = {"1": "Priority 1: Help and protection at the front door", "2": "Priority 2: Children in care and permanence"}
    rows, style = [header], [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")),
                             ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    current = None
    for ref, action, lead, deadline, rag, progress in IMPROVEMENT_ACTIONS * 2:
        sec = ref.split(".")[0]
        if sec != current:
            current = sec
            rows.append([sections[sec], "", "", "", "", ""])
            style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                      ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#d9e2f3"))]
        rows.append([ref, _p(action), _p(lead), _p(deadline), "", _p(progress)])
        if rag:
            style.append(("BACKGROUND", (4, len(rows) - 1), (4, len(rows) - 1), RAG_FILLS[rag]))
    table = Table(rows, colWidths=[14 * mm, 80 * mm, 45 * mm, 28 * mm, 16 * mm, 80 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    footer = _footer("Northshire Improvement Plan 2024/25")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def scrutiny_minutes(path: Path) -> Path:
    """Minutes of a children's scrutiny committee meeting."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Minutes")
    story = [
        _p("NORTHSHIRE COUNTY COUNCIL", "Heading2"),
        _p("CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE", "Heading2"),
        _p("Minutes of the Meeting held on 4 March 2025 at 10.00 am"),
        _p("Present: Cllr A Patel (Chair), Cllr B Jones (Vice-Chair), Cllr C Wright, Cllr D O'Neill"),
        _p("Apologies: Cllr E Hughes"),
        _p("Also in attendance: Helen Marsh, Director of Children's Services"),
        _p("12. Improvement Plan Progress", "Heading3"),
        _p("The Director introduced the report on progress against the Ofsted improvement plan. "
           "Members asked about the timeliness of child protection visits, which had fallen to 78% in April."),
        _p("RESOLVED that the Committee notes the progress made and asks for a further update in June 2025."),
        _p("13. Performance Scorecard Quarter 3 2024/25", "Heading3"),
        _p("In Quarter 3 there were 1,204 contacts to the MASH, 88% of which had a decision within 24 hours. "
           "22% of referrals were repeat referrals (21% nationally)."),
        _p("RESOLVED that the scorecard be noted."),
        _p("The meeting ended at 11.45 am"),
    ]
    doc.build(story)
    return path


EXAMPLES: dict[str, Callable[[Path], Path]] = {
    "northshire-improvement-plan-2025-01.pdf": improvement_plan,
    "northshire-cyp-scrutiny-2025-03-04-minutes.pdf": scrutiny_minutes,
}
