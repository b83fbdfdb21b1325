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
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

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


def scanned_letter(path: Path, pages: int = 1) -> Path:
    """A paper with no text layer: pictures of a typed page, as a scanner makes."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    lines = ["Northshire County Council", "Children's Services Scrutiny Committee",
             "Report of the Director of Children's Services", "Date of meeting: 4 March 2025",
             "Purpose of the report", "This report sets out progress against the improvement plan."]
    dpi = 200
    image = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 40)
    except OSError:  # no DejaVu on this machine: PIL's own font, scaled up
        font = ImageFont.load_default(size=40)
    for i, line in enumerate(lines):
        draw.text((160, 200 + i * 90), line, fill=0, font=font)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(pages):
        c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return path


def long_paper(path: Path, pages: int = 300) -> Path:
    """A paper of many short prose pages (a stand-in for a huge agenda pack)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 11)
        c.drawString(20 * mm, 270 * mm, f"Appendix {n}: background paper on children's services performance")
        c.drawString(20 * mm, 260 * mm, f"Page {n} of {pages}")
        c.showPage()
    c.save()
    return path


def password_protected(path: Path, password: str = "secret") -> Path:
    """A paper that cannot be opened without its password (reportlab's standard encryption)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    enc = StandardEncryption(password, ownerPassword=password + "-owner", canPrint=0, strength=128)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=enc)
    c.drawString(20 * mm, 270 * mm, "Confidential: children's services performance report")
    c.showPage()
    c.save()
    return path


PACK_RUNNING_HEADER = "CHILDREN AND FAMILIES SCRUTINY PANEL - 12 March 2025"
PACK_BLANK = "This page is intentionally left blank"


def agenda_pack(path: Path) -> Path:
    """A ten-page agenda pack holding two meetings: the agenda for 14 May 2025 (front sheet
    and agenda with page ranges) and the minutes of 12 March 2025 (two pages, a running
    header on the second, a decision with lettered parts), then an action sheet table, a
    blank page, a report with an appendix, a work programme and a closing blank page."""
    from reportlab.platypus import PageBreak

    def page_marks(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(doc.pagesize[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
        if doc.page == 4:  # the minutes' second page repeats the committee and date at its top
            canvas.drawString(20 * mm, doc.pagesize[1] - 12 * mm, PACK_RUNNING_HEADER)
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Agenda pack")
    agenda = [("1", "Apologies for Absence", "To receive any apologies for absence.", None),
              ("2", "Declarations of Interest", "To receive any declarations of interest.", None),
              ("3", "Minutes of the Previous Meeting", "To confirm the minutes of the meeting held on 12 March 2025.", "3 - 4"),
              ("4", "Action Sheet", "To note progress on the actions of previous meetings.", "5 - 6"),
              ("5", "Quarterly Performance Report", "To scrutinise the performance of children's services.", "7 - 8"),
              ("6", "Work Programme", "To agree the Panel's work programme.", "9 - 10")]
    story = [_p("Notice of Children and Families Scrutiny Panel", "Heading1"),
             _p("Date: Wednesday, 14 May 2025 at 2.00 pm"),
             _p("Venue: Council Chamber, County Hall, Northtown"),
             _p("Membership: Cllr A Patel, Cllr B Jones, Cllr C Wright, Cllr D O'Neill, Cllr E Hughes"),
             _p("All Members of the Panel are summoned to attend this meeting."),
             PageBreak(), _p("AGENDA", "Heading1")]
    for number, title, what, pages in agenda:
        story += [_p(f"{number}. {title}", "Heading3"), _p(what)]
        if pages:
            story.append(_p(pages))
    filler = ("Members asked how many children were placed more than twenty miles from home and how the "
              "service would increase the number of local foster carers over the next two years. ")
    story += [PageBreak(),
              _p("NORTHSHIRE COUNTY COUNCIL", "Heading2"),
              _p("CHILDREN AND FAMILIES SCRUTINY PANEL", "Heading2"),
              _p("Minutes of the meeting held at County Hall, Northtown on Wednesday 12 March 2025 at 10.00 am"),
              _p("PRESENT: Councillor A Patel (Chair), Councillor B Jones (Vice-Chair), Councillors C Wright, "
                 "D O'Neill and F Khan (Substitute)"),
              _p("Also present: Helen Marsh, Director of Children's Services"),
              _p("13. Apologies for Absence", "Heading3"),
              _p("Apologies for absence were received from Councillors E Hughes and G Lee. Councillor H Brown was absent."),
              _p("14. Declarations of Interest", "Heading3"),
              _p("There were none."),
              _p("15. Children in Care Sufficiency", "Heading3"),
              _p("The Head of Service presented the sufficiency strategy. " + filler * 3),
              PageBreak(),
              _p("The Panel welcomed the plan to open two new children's homes in the county. " + filler),
              _p("RESOLVED that the Panel:"),
              _p("(a) notes the sufficiency strategy; and"),
              _p("(b) asks for a progress report to its July meeting."),
              _p("16. Performance Scorecard", "Heading3"),
              _p("The Panel considered the scorecard for Quarter 3."),
              _p("RECOMMENDED that Cabinet approves the revised targets for re-referrals."),
              _p("The meeting ended at 12.15 pm"),
              PageBreak(),
              _p("ACTION SHEET - CHILDREN AND FAMILIES SCRUTINY PANEL", "Heading2")]
    sheet = [["Minute No.", "Item", "Action", "Status"],
             ["15", "Children in Care Sufficiency", "Circulate the placement data to members", "Completed - sent 20 March 2025"],
             ["", "", "Arrange a visit to the new children's home", "Open - date to be agreed"],
             ["16", "Performance Scorecard", "Add the scorecard to the July agenda", "Ongoing"]]
    table = Table([[_p(c) for c in row] for row in sheet], colWidths=[25 * mm, 45 * mm, 60 * mm, 40 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [table, PageBreak(), _p(PACK_BLANK), PageBreak(),
              _p("CHILDREN AND FAMILIES SCRUTINY PANEL", "Heading2"),
              _p("Report subject: Quarterly Performance Report", "Heading2"),
              _p("Meeting date: 14 May 2025"),
              _p("This report summarises the performance of children's services in Quarter 4."),
              PageBreak(),
              _p("Appendix A: Performance Scorecard", "Heading2"),
              _p("Re-referrals within 12 months were 21% at the end of March 2025."),
              PageBreak(),
              _p("Work Programme 2025/26", "Heading2"),
              _p("July 2025: Sufficiency strategy progress report."),
              PageBreak(), _p(PACK_BLANK)]
    doc.build(story, onFirstPage=page_marks, onLaterPages=page_marks)
    return path


# ---------------------------------------------------------------- plan fixtures (issue 3, action plans)

# (no., action, owner, timescale, status words, success measures, Ofsted recommendations)
HORIZONTAL_ACTIONS = [
    ("1", "Agree a written protocol with the police for joint strategy discussions out of hours",
     "Head of Safeguarding", "a) 31st May 2025 b) 1st June 2025", "On track",
     "Protocol signed by both agencies; audit shows police attend 95% of strategy discussions", "2 and 3"),
    ("2", "Audit twenty child protection plans each quarter and report the findings to the practice board",
     "Principal Social Worker - Grace Adeyemi", "Quarterly: Reviewed", "AMBER", "Audit grades good or better in 70% of plans", "1, 2 and 3"),
    ("3", "Train every team manager in reflective supervision using the new model",
     "Workforce Development Lead", "Jun-25", "Behind schedule", "All 38 team managers trained", "4"),
    ("4", "Publish a revised local offer for care leavers with young people's help",
     "Service Manager Leaving Care", "30/6/2024 23/11/2024 23/01/2025", "Complete", "Offer published and reviewed by the Children in Care Council", "5"),
    ("5", "Set up a monthly permanence panel chaired by the Assistant Director",
     "AD Children in Care", "March 2024", "Complete", "Panel meets monthly; no child waits more than 3 months for a decision", "1"),
]


def horizontal_action_plan(path: Path, rule_above_header: bool = True) -> Path:
    """An action plan ruled only horizontally, status printed as words, a recommendations column,
    and a 'Completed actions' part. Without ``rule_above_header`` only the rows' bottoms are ruled."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Westmoor Ofsted Action Plan")
    header = ["No.", "What we will do", "Action owner", "Timescale", "Status", "Success measures", "Ofsted rec."]
    story = [_p("Westmoor Borough Council", "Title"), _p("Ofsted Action Plan: progress at 1 April 2025", "Heading1")]

    def table(rows):
        body = [header] + [[no, _p(a), _p(o), _p(t), _p(s), _p(m), _p(r)] for no, a, o, t, s, m, r in rows]
        t = Table(body, colWidths=[12 * mm, 70 * mm, 40 * mm, 32 * mm, 24 * mm, 60 * mm, 22 * mm], repeatRows=1)
        style = [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
                 ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if rule_above_header:
            style.append(("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black))
        t.setStyle(TableStyle(style))
        return t

    story += [_p("Actions in progress", "Heading2"), table(HORIZONTAL_ACTIONS[:3]), Spacer(1, 6 * mm),
              _p("Completed actions", "Heading2"), table(HORIZONTAL_ACTIONS[3:])]
    footer = _footer("Westmoor Ofsted Action Plan")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def booktabs_plan(path: Path) -> Path:
    """A plan ruled only above and below its header and under its last row: many rows between two rules."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm, title="Plan")
    header = ["Ref", "Action", "Lead", "Due", "RAG", "Progress"]
    rows = [("A1", "Agree the multi-agency neglect strategy and the tools that go with it", "Partnership Manager",
             "May 2025", "Green", "Strategy agreed at the partnership board in April."),
            ("A2", "Train practitioners in the graded care profile", "Workforce Lead", "Dec-25", "Amber",
             "Two of six sessions delivered; more dates to be set."),
            ("A3", "Audit neglect cases each quarter", "Quality Assurance Manager", "Quarterly", "Red", "Not begun.")]
    body = [header] + [[r[0], _p(r[1]), _p(r[2]), r[3], r[4], _p(r[5])] for r in rows]
    t = Table(body, colWidths=[12 * mm, 85 * mm, 45 * mm, 22 * mm, 16 * mm, 80 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    doc.build([_p("Neglect Improvement Plan", "Heading1"), t])
    return path


def rows_ruled_below_plan(path: Path) -> Path:
    """The horizontally ruled action plan with no rule over its header: only each row's bottom is ruled."""
    return horizontal_action_plan(path, rule_above_header=False)


# pale and strong shades of each status, as different templates fill them
SHADES = {"green": ["#c6efce", "#92d050"], "amber": ["#ffeb9c", "#ffff00"], "red": ["#ffc7ce", "#c00000"],
          "blue": ["#9bc2e6", "#0070c0"]}
SPLIT_ACTIONS = [
    ("3.1", "Review every child in care's placement plan at each looked after review", "IRO Manager", "Sep-25", "green"),
    ("3.2", "Reduce the number of children placed more than 20 miles from home", "Head of Placements", "March 2026", "amber"),
    ("3.3", "Make sure each care leaver has a personal adviser by the age of 16 and a pathway plan", "Head of Leaving Care", "Dec-25", "red"),
    ("3.4", "Introduce a sufficiency dashboard reviewed by the corporate parenting board", "Commissioning Manager", "Jul-25", "blue"),
]


def split_action_plan(path: Path) -> Path:
    """A fully ruled plan whose status cells are colour only (assorted shades), with a band row
    'Ofsted recommendation 3: …' and one row broken over a page break (a continuation row)."""
    from reportlab.platypus import PageBreak

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Eastvale Improvement Plan")
    header = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]
    widths = [14 * mm, 80 * mm, 40 * mm, 28 * mm, 16 * mm, 85 * mm]
    band = "Ofsted recommendation 3: Improve the stability of homes for children in care"

    def table(rows, fills, band_row=False):
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white)]
        body = [header]
        if band_row:
            body.append([band, "", "", "", "", ""])
            style += [("SPAN", (0, 1), (-1, 1)), ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#f2f2f2"))]
        for row, fill in zip(rows, fills):
            body.append([row[0], _p(row[1]), _p(row[2]), _p(row[3]), "", _p(row[4])])
            if fill:
                r = len(body) - 1
                style.append(("BACKGROUND", (4, r), (4, r), colors.HexColor(fill)))
        t = Table(body, colWidths=widths)
        t.setStyle(TableStyle(style))
        return t

    first = [(ref, action, lead, due, "Progress reported to the board monthly.") for ref, action, lead, due, _ in SPLIT_ACTIONS[:3]]
    fills = [SHADES[rag][i % 2] for i, (*_, rag) in enumerate(SPLIT_ACTIONS)]
    # the last row on page 1 is cut by the page break: its progress text carries on over the page
    first[-1] = (*first[-1][:4], "Eleven of fourteen care leavers aged 16 now have a named adviser;")
    story = [_p("Eastvale Council Children's Services Improvement Plan", "Heading1"),
             _p("Priority 3: Children in care", "Heading2"),
             table(first, fills[:3], band_row=True), PageBreak(),
             table([("", "", "", "", "pathway plans are being rewritten with young people."),
                    (*SPLIT_ACTIONS[3][:4], "Dashboard built; first review in July.")], [fills[2], fills[3]])]
    footer = _footer("Eastvale Improvement Plan")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def findings_action_plan(path: Path) -> Path:
    """One row per inspection finding (bold title, then detail) whose action cell lists numbered
    actions; numbered leads; the second finding's row carries on over the page break."""
    from reportlab.platypus import PageBreak

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Northgate Post-Inspection Action Plan")
    header = ["Inspection findings", "Actions", "Lead", "Timescale", "Update", "BRAG"]
    widths = [70 * mm, 90 * mm, 22 * mm, 22 * mm, 50 * mm, 13 * mm]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]

    def finding(title, detail):
        return _p(f"<b>{title}</b><br/>{detail}")

    def numbered(items, start=1):
        return _p("<br/>".join(f"{start + i}. {text}" for i, text in enumerate(items)))

    first = Table([header,
                   [finding("Timeliness of initial health assessments.", "Too many children wait more than 20 days."),
                    numbered(["Agree a joint escalation route with the health trust",
                              "Report timeliness to the corporate parenting board each quarter"]),
                    _p("1. KD 2. KD/MR"), "Sep-25", _p("Escalation route agreed in May."), ""],
                   [finding("Quality of return home interviews.", "Interviews are late and do not always explore"),
                    numbered(["Commission a new return home interview service"]),
                    "MR", "Dec-25", _p("Tender out;"), ""]], colWidths=widths)
    first.setStyle(TableStyle(style + [("BACKGROUND", (5, 1), (5, 1), colors.HexColor("#92d050")),
                                       ("BACKGROUND", (5, 2), (5, 2), colors.HexColor("#ff0000"))]))
    second = Table([header,
                    [_p("why children go missing."), numbered(["Share themes from interviews with the police monthly"], 2),
                     "", "", _p("bids due in July."), ""]], colWidths=widths)
    second.setStyle(TableStyle(style + [("BACKGROUND", (5, 1), (5, 1), colors.HexColor("#ff0000"))]))
    story = [_p("Northgate Children's Services: Post-Inspection Action Plan", "Heading1"), first, PageBreak(), second]
    doc.build(story)
    return path


def scorecard_and_key(path: Path) -> Path:
    """Not plans: a RAG key and a KPI scorecard with target, RAG and commentary columns."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Performance scorecard")
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    key = Table([["RAG status key", ""], ["GREEN", "On target"], ["AMBER", "Within 5% of target"], ["RED", "Off target"],
                 ["BLUE", "Complete"]], colWidths=[30 * mm, 60 * mm])
    key.setStyle(TableStyle(grid + [("BACKGROUND", (0, i), (0, i), RAG_FILLS[c]) for i, c in
                                    enumerate(("green", "amber", "red", "blue"), start=1)]))
    card = Table([["Indicator", "Target", "Q2 2024/25", "England", "RAG", "Commentary"],
                  ["Re-referrals within 12 months", "20%", "23%", "22%", "", _p("Slightly above target.")],
                  ["Assessments within 45 days", "85%", "88%", "82%", "", _p("On target.")]],
                 colWidths=[60 * mm, 20 * mm, 25 * mm, 20 * mm, 15 * mm, 80 * mm])
    card.setStyle(TableStyle(grid + [("BACKGROUND", (4, 1), (4, 1), RAG_FILLS["amber"]),
                                     ("BACKGROUND", (4, 2), (4, 2), RAG_FILLS["green"])]))
    doc.build([_p("Children's Services Performance Scorecard", "Heading1"), key, Spacer(1, 8 * mm), card])
    return path


def work_programme(path: Path) -> Path:
    """Not a plan: a scrutiny committee's work programme (meeting date, item, purpose, lead officer)."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Scrutiny Committee Work Programme 2024/25")
    rows = [["Meeting date", "Item", "Purpose", "Lead officer"]]
    rows += [[date, _p(item), _p(purpose), _p(lead)] for date, item, purpose, lead in (
        ("15 January 2025", "Ofsted improvement plan: progress update", "To scrutinise progress against the plan",
         "Director of Children's Services"),
        ("15 January 2025", "Annual report of the Independent Reviewing Officer service", "To note",
         "Head of Safeguarding"),
        ("12 March 2025", "Sufficiency strategy for children in care", "Pre-decision scrutiny", "Head of Commissioning"))]
    table = Table(rows, colWidths=[30 * mm, 90 * mm, 60 * mm, 60 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([_p("Children's Scrutiny Committee Work Programme 2024/25", "Heading1"), table])
    return path


def unruled_action_plan(path: Path) -> Path:
    """A plan table with no rules at all: columns only by alignment, rows by spacing."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Southport Development Plan")
    header = ["Ref", "Action", "Owner", "Deadline", "Status", "Update"]
    rows = [("1.1", "Recruit six permanent social workers to the assessment team", "Head of Service", "April 2025",
             "Green", "Four appointed; two offers out."),
            ("1.2", "Launch the new early help assessment across all family hubs", "Early Help Manager", "Jun-25",
             "Amber", "Pilot in two hubs; roll-out delayed by system changes."),
            ("1.3", "Review thresholds guidance with partners", "Safeguarding Partnership Manager", "Monthly",
             "Red", "Not yet started.")]
    body = [header] + [[r[0], _p(r[1]), _p(r[2]), r[3], r[4], _p(r[5])] for r in rows]
    t = Table(body, colWidths=[14 * mm, 85 * mm, 45 * mm, 26 * mm, 18 * mm, 75 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = [_p("Southport Development Plan 2025", "Heading1"), _p("Strategic Priority 1: Workforce", "Heading2"), t]
    doc.build(story)
    return path


def centred_header_unruled_plan(path: Path) -> Path:
    """A plan with no rules whose bold headings are centred over left-aligned cells (so each heading starts
    right of its column's text), the status shown by each RAG cell's fill, and a key printed right under
    the table at the page's margin."""
    header = ["Priority", "Ref", "What we will do", "Who", "When", "How we will know", "Progress", "RAG"]
    rows = [["1. Leaders know their services well", "1.1", "Launch a new performance framework with monthly practice weeks",
             "DCS / Head of QA", "Sept 2024", "Monthly performance board in place", "Framework launched in September.", ""],
            ["", "1.2", "Strengthen the voice of children in the performance report", "Participation Lead", "Dec 2024",
             "Children's views quoted in every quarterly report", "Draft template agreed.", ""],
            ["2. Children are protected quickly", "2.1", "Review thresholds with partners and relaunch the threshold "
             "document", "MASH Manager", "28/02/2025", "Partners use the new thresholds", "Partner workshops held.", ""]]
    style = STYLES["BodyText"].clone("cell", fontSize=8, leading=10)
    table = Table([[Paragraph(f"<b>{h}</b>", style.clone("head", alignment=1)) for h in header]]
                  + [[Paragraph(c, style) for c in r] for r in rows],
                  colWidths=[34 * mm, 10 * mm, 58 * mm, 32 * mm, 22 * mm, 50 * mm, 42 * mm, 14 * mm])
    fills = ["#00b050", "#ffc000", "#ff0000"]
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]
                              + [("BACKGROUND", (7, i), (7, i), colors.HexColor(f)) for i, f in enumerate(fills, start=1)]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            title="Kingsmere Improvement Plan")
    doc.build([_p("Kingsmere City Council", "Title"), _p("Children's Social Care Improvement Plan 2024-2026", "Heading2"),
               table, _p("Key: Green – on track; Amber – some slippage; Red – off track; Blue – complete.")])
    return path


def bottom_aligned_unruled_plan(path: Path) -> Path:
    """A spreadsheet's plan printed with no gridlines, each cell set to the bottom of its row as spreadsheets
    set them: a ref or a short deadline sits on the last line of the wrapped action beside it, and headings
    are centred over their columns."""
    header = ["Ref", "Action", "Lead", "Deadline", "Status"]
    rows = [["1", "Agree a joint protocol with the police for strategy discussions held out of hours",
             "Head of MASH", "June 2025", "On track"],
            ["2", "Audit twenty child protection plans each quarter and report the findings to the practice board",
             "Principal Social Worker", "Quarterly", "Off track"],
            ["3", "Publish the new threshold document", "Safeguarding Partnership Manager", "31/03/2025", "Complete"]]
    style = STYLES["BodyText"].clone("cell", fontSize=8, leading=10)
    table = Table([[Paragraph(f"<b>{h}</b>", style.clone("head", alignment=1)) for h in header]]
                  + [[Paragraph(c, style) for c in r] for r in rows],
                  colWidths=[12 * mm, 70 * mm, 34 * mm, 24 * mm, 22 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Safeguarding Action Plan")
    doc.build([_p("Northmoor Council", "Title"), _p("Safeguarding Partnership Action Plan 2025", "Heading2"), table])
    return path


# ---- Ofsted inspection reports and a plan that answers one (issue 6) ----

# invented recommendation texts, in Ofsted's imperative style
OFSTED_RECOMMENDATIONS = [
    "Strengthen management oversight so that every child's plan is reviewed and progressed without delay.",
    "Improve the quality of assessments so that they identify risk and the needs of each brother and sister "
    "in a family (Paragraph 14).",
    "Ensure that care leavers receive their health histories and know their rights and entitlements.",
    "Make sure that return home interviews are offered to every child who goes missing and that their "
    "findings inform safety plans and wider risk-reduction work.",
]


def sif_inspection_report(path: Path, council: str = "Rutland County Council", area: str = "Rutland",
                          dates: str = "6 November 2017 to 30 November 2017", published: str = "29 January 2018",
                          lead: str = "Alex Example-Smith", first_number: int = 1,
                          recommendations: list[str] | None = None) -> Path:
    """A single-inspection-framework (SIF) re-inspection report: cover with dates, publication date,
    headline judgement and graded areas (a grade split over two lines); numbered recommendations
    on a later page; the inspection team at the end."""
    recs = recommendations or OFSTED_RECOMMENDATIONS
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=f"{council} inspection")
    from reportlab.platypus import PageBreak
    grid = Table([["1. Children who need help and protection", _p("Requires<br/>improvement")],
                  ["2. Children looked after and achieving permanence", "Inadequate"],
                  ["2.1 Adoption performance", "Good"],
                  ["2.2 Experiences and progress of care leavers", _p("Requires<br/>improvement")],
                  ["3. Leadership, management and governance", "Inadequate"]], colWidths=[110 * mm, 40 * mm])
    story = [_p(council, "Title"),
             _p("Re-inspection of services for children in need of help and protection, children looked after "
                "and care leavers", "Heading2"),
             _p(f"Inspection date: {dates}"), _p(f"Report published: {published}"),
             _p(f"Children's services in {area} are inadequate", "Heading2"), grid, PageBreak(),
             _p("Executive summary", "Heading2"),
             _p("Senior leaders have not acted quickly enough on the findings of the last inspection. "
                "Too many children wait too long for help."), PageBreak(),
             _p("Recommendations", "Heading2")]
    story += [_p(f"{n}. {text}") for n, text in enumerate(recs, start=first_number)]
    story += [_p("Summary for children and young people", "Heading2"),
              _p("We looked at how well the council helps and protects children."), PageBreak(),
              _p("Ofsted inspection team", "Heading2"), _p(f"Lead inspector: {lead}"),
              _p("Deputy lead inspector: Sam Placeholder")]
    footer = _footer(f"{council} re-inspection report")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def ilacs_inspection_report(path: Path, area: str = "Rutland", dates: str = "6 to 17 March 2023",
                            lead: str = "Jo Example, His Majesty's Inspector",
                            recommendations: list[str] | None = None) -> Path:
    """An ILACS report (2023 layout): judgement grid with a care leavers row, 'What needs to improve?'
    bullets that run across a page break under a running header."""
    recs = recommendations or [r.split(" (Paragraph")[0].rstrip(".") + "." for r in OFSTED_RECOMMENDATIONS]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=25 * mm, bottomMargin=20 * mm, title=f"Inspection of {area}")
    grid = Table([["Judgement", "Grade"],
                  [_p("The impact of leaders on social work practice with children and families"), "Good"],
                  [_p("The experiences and progress of children who need help and protection"),
                   _p("Requires improvement to be good")],
                  [_p("The experiences and progress of children in care"), "Good"],
                  [_p("The experiences and progress of care leavers"), "Outstanding"],
                  ["Overall effectiveness", "Good"]], colWidths=[110 * mm, 50 * mm])
    filler = [_p("Leaders know their services well and have a clear plan. " * 6) for _ in range(7)]
    story = [_p(f"Inspection of {area} local authority children's services", "Title"),
             _p(f"Inspection dates: {dates}"), _p(f"Lead inspector: {lead}"), grid] + filler
    story += [_p("What needs to improve?", "Heading2")]
    story += [_p(f"\u25fc {text}") for text in recs]
    story += [_p("The experiences and progress of children who need help and protection: requires "
                 "improvement to be good", "Heading2"),
              _p("1. Children and families receive a prompt response when they first need help.")]

    def header(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, f"Inspection of {area} local authority children's services")
        canvas.drawString(20 * mm, A4[1] - 16 * mm, f"{dates} {doc.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=header, onLaterPages=header)
    return path


def focused_visit_letter(path: Path, council: str = "Rutland County Council", dates: str = "7 and 8 February 2023",
                         written: str = "14 March 2023", kind: str = "focused") -> Path:
    """An Ofsted letter after a focused (or monitoring) visit: an address block, the date it was written,
    the visit's dates in its opening sentence, bulleted 'What needs to improve' points, signed by the lead inspector."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=f"{kind.title()} visit")
    story = [_p(line) for line in ("Ofsted", "Piccadilly Gate", "Store Street", "Manchester M1 2WD", written,
                                   "Jo Director", "Director of Children's Services", council, "Dear Jo")]
    story += [_p(f"{kind.title()} visit to {council} children's services", "Heading2"),
              _p(f"This letter summarises the findings of the {kind} visit to {council} children's services on "
                 f"{dates}. His Majesty's Inspectors for this visit were Anne Example and Tom Sample."),
              _p("Headline findings", "Heading2"),
              _p("Leaders have sustained the quality of practice since the last inspection. " * 8),
              _p("What needs to improve in this area of social work practice?", "Heading2"),
              _p("\u2022 The quality and timeliness of written plans for children in need."),
              _p("\u2022 The consistency of management oversight of child protection enquiries."),
              _p("Main findings", "Heading2"),
              _p("Most children receive a timely response when concerns are first raised. " * 10),
              _p("Yours sincerely"), _p("Anne Example"), _p("His Majesty's Inspector")]
    doc.build(story)
    return path


def recommendation_plan(path: Path, council: str = "Rutland County Council",
                        published: str = "12 March 2018", recommendations: tuple[int, ...] = (1, 2, 4)) -> Path:
    """An improvement plan answering an Ofsted report: one section per 'Ofsted recommendation N'
    and an 'Ofsted rec.' column naming the number each action answers."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=f"{council} Improvement Plan")
    story = [_p(council, "Title"), _p("Children's Services Improvement Plan", "Heading1"),
             _p(f"Published: {published}"), Spacer(1, 4 * mm)]
    header = ["Ref", "Action", "Lead", "Deadline", "Ofsted rec."]
    rows, style = [header], [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    for n in recommendations:
        rows.append([f"Ofsted recommendation {n}: actions in response", "", "", "", ""])
        style.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        for k in (1, 2):
            rows.append([f"{n}.{k}", _p(f"Action {k} in answer to recommendation {n}: agree and deliver the "
                                        f"changes the report asks for, and audit their impact"),
                         _p("Head of Service"), "30/09/2018", str(n)])
    table = Table(rows, colWidths=[40 * mm, 110 * mm, 45 * mm, 30 * mm, 25 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    footer = _footer(f"{council} Improvement Plan")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def coded_minutes(path: Path) -> Path:
    """Minutes whose items carry the committee's code and year ('CYP/23/41'), whose opening sentence
    wraps before its venue ends, and whose action log is a table ruled only under its bold header."""
    from reportlab.platypus import PageBreak

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Minutes")
    story = [_p("WESTBURY CITY COUNCIL", "Heading2"),
             _p("Minutes of a meeting of the Children and Young People Scrutiny Committee held in Committee Room 2, "
                "Civic Centre on Tuesday, 9 January 2024 commencing at 6.30 pm"),
             _p("<b>Councillors Present:</b> Councillor J Hardy (Chair), Councillors M Begum, P Clarke and S Dunn"),
             _p("<b>Apologies:</b> Councillors L Green and K Hall"),
             _p("<b>CYP/23/41 Declarations of Interest</b>"),
             _p("Councillor Dunn declared a personal interest as a foster carer."),
             _p("<b>CYP/23/42 Ofsted Inspection Outcome</b>"),
             _p("The Director presented the outcome of the inspection."),
             _p("RESOLVED: That the outcome of the inspection be noted."),
             _p("The meeting closed at 8.05 pm"),
             PageBreak(), _p("ACTION LOG", "Heading2")]
    rows = [["Minute", "Action", "Officer", "Progress"],
            ["CYP/23/42", "Circulate the inspection report to all members", "Sarah Lowe", "Completed 12/01/24"],
            ["CYP/23/42", "Provide recruitment figures for Q3", "Mark Reid", "In progress"]]
    table = Table(rows, colWidths=[25 * mm, 75 * mm, 35 * mm, 35 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
    story.append(table)
    doc.build(story)
    return path


def labelled_minutes(path: Path) -> Path:
    """Minutes headed by a bare 'Minutes' line, the panel's name under it, then 'Date:', 'Time:' and 'Venue:'
    lines; items numbered without a stop; apologies and a substitute stated in the first item's prose."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Minutes")
    doc.build([
        _p("Southmere Borough Council", "Heading2"), _p("Minutes", "Heading1"),
        _p("Children's Services Scrutiny Panel"), _p("Date: Tuesday, 12 March 2024"), _p("Time: 7.00 pm"),
        _p("Venue: Council Chamber, Town Hall, Southmere"),
        _p("Members present: Councillors R Ahmed (Chairman), T Baker (Vice-Chairman), L Cole, N Davies and F Evans"),
        _p("Officers present: Janet Ford (Director of Children's Services), Colin Grant (Democratic Services Officer)"),
        _p("1 Apologies for Absence", "Heading3"),
        _p("Apologies for absence were received from Councillors H Irving and J Khan. Councillor M Lee attended as "
           "a substitute for Councillor Khan."),
        _p("2 Minutes of the Previous Meeting", "Heading3"),
        _p("RESOLVED: That the minutes of the meeting held on 16 January 2024 be approved as a correct record."),
        _p("3 Ofsted ILACS Action Plan Update", "Heading3"),
        _p("The Director presented an update on the action plan. Members questioned the rise in agency staff."),
        _p("RESOLVED: That (a) the update be noted; and (b) a report on workforce be brought to the June meeting."),
        _p("The meeting closed at 8.40 pm."), _p("Chairman"),
    ])
    return path


def county_minutes(path: Path) -> Path:
    """County-style minutes: the committee's name in capitals broken over two lines at 'AND', attendance
    under 'PRESENT:' and 'IN ATTENDANCE:', a part heading ('UNRESTRICTED ITEMS') above the first item, items
    numbered on from earlier meetings ('112.') with the agenda item under the title, numbered paragraphs."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Minutes")
    doc.build([
        _p("LANGMOOR COUNTY COUNCIL", "Heading2"),
        _p("MINUTES of a meeting of the CHILDREN'S SERVICES OVERVIEW AND<br/>SCRUTINY COMMITTEE held at County Hall, "
           "Langmoor on<br/>Wednesday 8 November 2023 at 10.00 am"),
        _p("PRESENT: Mr P Smith (Chairman), Mrs R Jones (Vice-Chairman), Mr T Brown, Ms S Ahmed"),
        _p("IN ATTENDANCE: Mrs K Taylor (Corporate Director, Children, Young People and Education)"),
        _p("UNRESTRICTED ITEMS", "Heading3"),
        _p("<b>112. Apologies and Substitutes</b><br/>(Item 1)"),
        _p("Apologies were received from Mr D Green. Mrs A White was present as a substitute."),
        _p("<b>113. Children in Care Performance Report</b><br/>(Item 4)"),
        _p("1. Mr Davies introduced the report, which set out performance for Quarter 2 of 2023/24."),
        _p("2. RESOLVED that the report be noted."),
    ])
    return path


def tabled_minutes(path: Path) -> Path:
    """A board's minutes kept as a table, 'Item | Discussion | Decision', under the attendance lines; item
    titles wrap in their narrow column, so the page's text lines run the columns together."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Corporate Parenting Board")
    rows = [["Item", "Discussion", "Decision"],
            [_p("1. Welcome and introductions"), _p("The Chair welcomed members."), ""],
            [_p("2. Minutes and matters arising"), _p("The minutes of 12 March 2024 were agreed."), _p("Agreed.")],
            [_p("3. Virtual School annual report"), _p("M Dunn presented the report. Attendance of children in care "
                                                      "was 91.5% in 2023/24."), _p("That the report be noted.")]]
    table = Table(rows, colWidths=[35 * mm, 95 * mm, 45 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    doc.build([_p("Corporate Parenting Board", "Heading1"),
               _p("Minutes of the meeting held on 21 May 2024 at 2.00 pm, Room 4, Civic Offices"),
               _p("Present: Cllr J Adams (Chair), Cllr K Bell, L Carter (Head of Children in Care)"),
               _p("Apologies: Cllr N Ellis, O Ford (Designated Nurse)"), Spacer(1, 4 * mm), table])
    return path


def inline_action_minutes(path: Path) -> Path:
    """Minutes that record actions in an item's text ('ACTION: … to …') instead of an action log; officers listed
    as 'Role (Name)'; apologies naming councillors by dotted initials ('D. Fry')."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Minutes")
    doc.build([
        _p("OAKHAM VALE DISTRICT COUNCIL", "Heading2"), _p("CHILDREN, YOUNG PEOPLE AND EDUCATION SCRUTINY PANEL"),
        _p("Minutes of a meeting of the Children, Young People and Education Scrutiny Panel held in the Council Chamber, "
           "Civic Offices on Tuesday, 21st January 2025 at 6.30 p.m."),
        _p("Councillors present: Councillor M. Patel (Chair), Councillors T. Brennan and L. Harris."),
        _p("Officers in attendance: Director of Children's Services (Helen Marsh), Assistant Director, Safeguarding "
           "(Paul Edwards)."),
        _p("<b>CYP/25/1 APOLOGIES FOR ABSENCE</b>"),
        _p("Apologies for absence were received from Councillors D. Fry and K. Singh."),
        _p("<b>CYP/25/2 OFSTED FOCUSED VISIT - PROGRESS AGAINST THE ACTION PLAN</b>"),
        _p("The Assistant Director presented the report."),
        _p("RESOLVED: That the progress made against the action plan be noted."),
        _p("ACTION: Assistant Director, Safeguarding to circulate the workforce dashboard to all Panel members by "
           "31st January 2025."),
        _p("<b>CYP/25/3 WORK PROGRAMME</b>"),
        _p("RESOLVED: That the work programme be agreed."),
        _p("Action: Chair"),  # names who, not what: no action
        _p("The meeting ended at 8.05 p.m."),
    ])
    return path


def tabled_attendance_minutes(path: Path) -> Path:
    """A panel's minutes with the attendance as a 'Members | Officers' table under an 'Attendance' heading, numbered
    paragraphs, and an action recorded after a sentence ('… absence. Action: …')."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Minutes")
    attendance = Table([["Members", "Officers"],
                        ["Cllr Fiona Grant (Chair)", _p("Lisa Moran, Head of Children in Care")],
                        ["Cllr Owen Pryce", _p("Dr Amir Shah, Designated Doctor for Children in Care")]],
                       colWidths=[60 * mm, 70 * mm])
    attendance.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([
        _p("NORTH ESKDALE COUNCIL", "Heading2"), _p("Corporate Parenting Panel"),
        _p("Minutes of the meeting held on Thursday 6 March 2025 at 10.00 am in Meeting Room 3, Eskdale House"),
        _p("Attendance"), attendance, Spacer(1, 3 * mm),
        _p("Apologies: Cllr Tom Reeve"),
        _p("<b>1. Virtual School Head's report</b>"),
        _p("1.1 Members asked about persistent absence. Action: Virtual School Head to bring a breakdown by key stage "
           "to the June meeting."),
        _p("RESOLVED - that the report be noted."),
        _p("<b>2. Sufficiency strategy update</b>"),
        _p("AGREED: that a sufficiency update be added to the forward plan."),
    ])
    return path


def board_notes(path: Path) -> Path:
    """An improvement board's 'notes of the meeting' (no 'Minutes' anywhere): attendance as a row per person
    ('Name | Role | Attendance'), AGREED decisions, a police member named after the council's area, and an
    action log whose actions cite no minute ('No. | Action | Owner | Due | Status')."""
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    attendance = Table([["Name", "Role", "Attendance"],
                        ["Jane Porter", "Independent Chair", "Present"],
                        ["Cllr Tom Reeve", _p("Lead Member for Children's Services"), "Present"],
                        ["Paul Kettering", "Chief Executive", "Sent apologies"],
                        ["DCI Helen Moss", "Rutland Police", "Present"]], colWidths=[40 * mm, 70 * mm, 30 * mm])
    attendance.setStyle(grid)
    log = Table([["No.", "Action", "Owner", "Due", "Status"],
                 ["1", _p("Circulate the revised performance scorecard to Board members"), "AS", "30/09/2024", "Complete"],
                 ["2", _p("Bring the sufficiency strategy to the November Board"), _p("Head of Commissioning"), "14/11/2024",
                  "Open"]], colWidths=[12 * mm, 75 * mm, 35 * mm, 22 * mm, 20 * mm])
    log.setStyle(grid)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Improvement Board notes")
    doc.build([
        _p("Westmere Borough Council", "Heading2"), _p("Children's Services Improvement Board"),
        _p("Notes of the meeting held on Thursday 12 September 2024, 2.00pm to 4.00pm, Committee Room 3, Civic Centre"),
        _p("Attendance"), attendance, Spacer(1, 3 * mm),
        _p("<b>1. Welcome and apologies</b>"),
        _p("The Chair welcomed members. Apologies were received from Paul Kettering."),
        _p("<b>2. Ofsted monitoring visit feedback</b>"),
        _p("Inspectors found that decisions at the front door were timely."),
        _p("AGREED: that the Board receives a report on strategy discussions at its next meeting."),
        PageBreak(), _p("Action log", "Heading2"), log,
    ])
    return path


def committee_action_tracker(path: Path) -> Path:
    """A scrutiny committee's own action tracker, standing alone: 'Meeting date | Minute | Action | Action by |
    Target date | RAG status | Comments', the status shown only by each cell's fill."""
    header = ["Meeting date", "Minute", "Action", "Action by", "Target date", "RAG status", "Comments"]
    rows = [["14/11/2024", "23", "Provide members with a breakdown of agency social workers by team", "Head of Workforce",
             "January 2025", "Figures circulated 6 January 2025."],
            ["14/11/2024", "24", "Arrange a visit for members to the Family Hub in Northgate", "Democratic Services Officer",
             "28/02/2025", "Visit being arranged with the hub manager."],
            ["16/01/2025", "31", "Report on the sufficiency of local foster placements to the March meeting",
             "Assistant Director, Corporate Parenting", "March 2025", "Report delayed pending the fostering review."],
            ["16/01/2025", "32", "Share the Youth Justice Plan consultation with members", "YJS Manager", "Next meeting", ""]]
    fills = ["#92d050", "#ffc000", "#ff0000", "#92d050"]
    table = Table([[_p(f"<b>{h}</b>") for h in header]] + [[_p(c) for c in r[:5]] + [""] + [_p(r[5])] for r in rows],
                  colWidths=[24 * mm, 16 * mm, 75 * mm, 42 * mm, 24 * mm, 20 * mm, 60 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                              + [("BACKGROUND", (5, i), (5, i), colors.HexColor(f)) for i, f in enumerate(fills, start=1)]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Action Tracker")
    doc.build([_p("Oakshire County Council", "Title"),
               _p("Children and Families Overview and Scrutiny Committee", "Heading1"),
               _p("Action Tracker", "Heading2"), _p("Updated: 3 March 2025"), table,
               Spacer(1, 3 * mm), _p("Key: Green – complete; Amber – in progress; Red – overdue.")])
    return path


def actions_arising_minutes(path: Path) -> Path:
    """Minutes that end with an 'Actions arising' table on the same page ('Item | Action | Responsible officer |
    Timescale | Date completed | Comments', the item column numbering the minutes), one of its actions also
    recorded on an 'ACTION:' line of the item's text, and a row that records only a decision ('Agreed.')."""
    header = ["Item", "Action", "Responsible officer", "Timescale", "Date completed", "Comments"]
    rows = [["5", "Circulate the revised early help strategy to members", "Head of Early Help", "End of April 2025", "", ""],
            ["6", "Add a report on elective home education to the work programme", "Scrutiny Officer", "June 2025",
             "12/04/2025", "Added for June."],
            ["7", "Agreed.", "", "", "", ""]]
    table = Table([[_p(f"<b>{h}</b>") for h in header]] + [[_p(c) for c in r] for r in rows],
                  colWidths=[12 * mm, 62 * mm, 32 * mm, 26 * mm, 24 * mm, 30 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Minutes")
    doc.build([_p("Ashby Vale Borough Council", "Title"),
               _p("Minutes of the meeting of the Children's Services Scrutiny Panel held on Wednesday 9 April 2025 at "
                  "6.00 pm in the Council Chamber"),
               _p("<b>Present:</b> Councillors L Ward (Chair), P Oduya, S Khan and R Miles"),
               _p("<b>Apologies:</b> Councillor T Fry"),
               _p("5. Early Help Strategy", "Heading2"),
               _p("The Head of Early Help introduced the refreshed strategy. Members asked how families would be reached. "
                  "ACTION: Head of Early Help to circulate the revised strategy to members by 30 April 2025."),
               _p("RESOLVED: That the strategy be endorsed."),
               _p("6. Work Programme", "Heading2"),
               _p("RESOLVED: That the work programme be agreed, subject to the addition of elective home education."),
               _p("Actions arising", "Heading2"), table])
    return path


def minutes_with_plan_appendix(path: Path) -> Path:
    """A minutes pack with no action log whose appendix is the improvement plan the committee considered
    ('Ref | Action | Lead | Due | RAG | Update'): the plan's actions, not the committee's."""
    plan = Table([[_p(f"<b>{h}</b>") for h in ("Ref", "Action", "Lead", "Due", "RAG", "Update")],
                  [_p(c) for c in ("1.1", "Strengthen management oversight in the assessment teams", "Head of Assessment",
                                   "June 2024", "G", "New supervision policy in place.")],
                  [_p(c) for c in ("1.2", "Reduce caseloads to no more than 18 per social worker", "AD Safeguarding",
                                   "Sept 2024", "A", "Average caseload now 19.")]],
                 colWidths=[12 * mm, 60 * mm, 30 * mm, 22 * mm, 12 * mm, 45 * mm])
    plan.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Children and Young People Scrutiny Committee")
    doc.build([_p("Redbridge Vale Council", "Title"),
               _p("Minutes of the meeting of the Children and Young People Scrutiny Committee held on 6 June 2024 at 7.00 pm"),
               _p("<b>Present:</b> Councillors A Reid (Chair), B Osei and C Lamb"),
               _p("1. Improvement plan progress", "Heading2"),
               _p("The Director presented the progress report at Appendix 1."),
               _p("RESOLVED: That the progress be noted."),
               PageBreak(), _p("Appendix 1: Improvement Plan progress – May 2024", "Heading2"), plan])
    return path


# (ref, action, lead, deadline, RAG words, progress)
LABELLED_ACTIONS = [
    ("1.1", "Agree a joint protocol with the police for strategy discussions held out of hours", "Priya Sandhu, Head of MASH",
     "30 June 2025", "Green", "Protocol drafted and shared with the police."),
    ("1.2", "Audit twenty child protection plans each quarter and report the findings to the practice board",
     "Assistant Director Safeguarding", "September 2025", "Amber", "First audit completed; second under way."),
    ("2.1", "Open two new children's homes in the county so that fewer children live far from home",
     "Head of Service, Children in Care", "Ongoing", "Red", "Planning permission delayed for the second home."),
]


def labelled_table_plan(path: Path) -> Path:
    """An action plan printed as one small two-column table per action: 'Action 1.1 | …', 'Lead | …',
    'Deadline | …', 'RAG status | …', 'Progress update | …'. The last action's status is only a filled cell."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Northvale Ofsted Action Plan")
    story = [_p("Northvale Council Ofsted Action Plan 2025", "Title")]
    for n, (ref, action, lead, deadline, rag, progress) in enumerate(LABELLED_ACTIONS):
        last = n == len(LABELLED_ACTIONS) - 1
        table = Table([[f"Action {ref}", _p(action)], ["Lead", _p(lead)], ["Deadline", deadline],
                       ["RAG status", "" if last else rag], ["Progress update", _p(progress)]],
                      colWidths=[40 * mm, 130 * mm])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
                                   ("BACKGROUND", (1, 3), (1, 3), RAG_FILLS[rag.lower()])]))
        story += [table, Spacer(1, 6 * mm)]
    doc.build(story)
    return path


def labelled_action_plan(path: Path) -> Path:
    """An action plan written as labelled blocks, not a table: 'Action 1.1 …' then 'Lead:', 'Deadline:',
    'RAG status:' and 'Progress update:' lines, under 'Priority N' headings, over pages with a running footer."""
    from reportlab.platypus import PageBreak

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Eastvale Ofsted Action Plan")
    story = [_p("Eastvale Council Ofsted Action Plan", "Title"), _p("Published June 2025")]
    priorities = {"1": "Priority 1: Help and protection", "2": "Priority 2: Children in care"}
    for ref, action, lead, deadline, rag, progress in LABELLED_ACTIONS:
        if ref.endswith(".1"):
            story += [PageBreak()] if ref != "1.1" else []
            story.append(_p(priorities[ref[0]], "Heading2"))
        story += [_p(f"<b>Action {ref}</b> {action}"), _p(f"<b>Lead:</b> {lead}"), _p(f"<b>Deadline:</b> {deadline}"),
                  _p(f"<b>RAG status:</b> {rag}"), _p(f"<b>Progress update:</b> {progress}"), Spacer(1, 4 * mm)]
    story += [PageBreak(), _p("Governance", "Heading2"), _p("The board reviews this plan every month.")]
    footer = _footer("Eastvale Ofsted Action Plan")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def progress_shaded_plan(path: Path, zebra: bool = False) -> Path:
    """A plan with no RAG column whose progress cells are shaded in Excel's light status colours
    (green, yellow, pink, blue); with ``zebra`` every other row is banded light blue instead, status in none."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Westfield Improvement Plan")
    fills = ["#C6EFCE", "#FFEB9C", "#FFC7CE", "#BDD7EE"]
    rows = [["Ref", "Action", "Lead", "Due", "Progress"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    for i, fill in enumerate(fills, 1):
        rows.append([str(i), _p(f"Improve the quality of plans for children in need in locality {i}"), _p("Head of Service"),
                     "31/03/2025", _p(f"Audit {i} completed; findings shared with team managers.")])
        if zebra and i % 2:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#DDEBF7")))
        elif not zebra:
            style.append(("BACKGROUND", (4, i), (4, i), colors.HexColor(fill)))
    table = Table(rows, colWidths=[12 * mm, 100 * mm, 40 * mm, 25 * mm, 80 * mm])
    table.setStyle(TableStyle(style))
    doc.build([_p("Westfield Council Improvement Plan", "Title"), table])
    return path


def sideways_plan(path: Path, turn: int = 90) -> Path:
    """A landscape plan table printed sideways on a portrait page that carries no rotation: the reader
    turns the paper (as packs that bind a landscape appendix into portrait pages do). ``turn`` is how far
    the content is turned anticlockwise: 90 (reads bottom to top) or 270 (top to bottom)."""
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    if turn == 90:
        c.translate(width, 0)
    else:
        c.translate(0, height)
    c.rotate(turn)
    rows = [["Ref", "Action", "Lead", "Deadline", "RAG", "Progress"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    for i, (ref, action, lead, deadline, rag, progress) in enumerate(IMPROVEMENT_ACTIONS[:4], 1):
        rows.append([ref, _p(action), _p(lead), _p(deadline), "", _p(progress)])
        if rag:
            style.append(("BACKGROUND", (4, i), (4, i), RAG_FILLS[rag]))
    table = Table(rows, colWidths=[12 * mm, 95 * mm, 45 * mm, 25 * mm, 15 * mm, 75 * mm])
    table.setStyle(TableStyle(style))
    title = _p("Southmere Council Children's Services Improvement Plan", "Title")
    _, title_h = title.wrapOn(c, height - 30 * mm, 30 * mm)
    title.drawOn(c, 15 * mm, width - 15 * mm - title_h)
    _, table_h = table.wrapOn(c, height - 30 * mm, width)
    table.drawOn(c, 15 * mm, width - 20 * mm - title_h - table_h)
    c.showPage()
    c.save()
    return path


# (action, lead, deadline, status by quarter Q1-Q3: None where not yet given)
QUARTERLY_RAG_ACTIONS = [
    ("1.1 Embed the early help assessment across all partner agencies", "Head of Early Help", "Dec 2024",
     ("amber", "green", None)),
    ("1.2 Reduce re-referrals to children's social care", "Head of Front Door", "March 2025", ("red", "amber", None)),
    ("2.1 Review the edge of care service", "AD Early Help", "Sept 2024", ("green", "blue", "blue")),
]


def quarterly_rag_plan(path: Path, spanning: bool = True) -> Path:
    """A development plan with a status column per quarter: a 'RAG rating' header spanning 'Q1 | Q2 | Q3' on a
    second header row, or (``spanning=False``) one header row 'Q1 RAG | Q2 RAG | Q3 RAG'. Later quarters are
    blank until reported. The refs lead the action text: no ref column."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Kestrelford Development Plan 2024/25")
    if spanning:
        rows = [["Action", "Responsibility", "Timescale", "RAG rating", "", "", "Comments"],
                ["", "", "", "Q1", "Q2", "Q3", ""]]
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (3, 0), (5, 0)), ("SPAN", (0, 0), (0, 1)),
                 ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (6, 0), (6, 1)),
                 ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    else:
        rows = [["Action", "Responsibility", "Timescale", "Q1 RAG", "Q2 RAG", "Q3 RAG", "Comments"]]
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, (action, lead, deadline, statuses) in enumerate(QUARTERLY_RAG_ACTIONS, start=len(rows)):
        rows.append([_p(action), _p(lead), deadline, *[s[0].upper() if s else "" for s in statuses], "Update given."])
        style += [("BACKGROUND", (3 + q, r), (3 + q, r), RAG_FILLS[s]) for q, s in enumerate(statuses) if s]
    status_width = (12 if spanning else 18) * mm
    table = Table(rows, colWidths=[90 * mm, 45 * mm, 25 * mm, status_width, status_width, status_width, 60 * mm])
    table.setStyle(TableStyle(style))
    doc.build([_p("Kestrelford Children's Services Development Plan 2024/25", "Title"), table])
    return path


def row_over_pages_plan(path: Path) -> Path:
    """A plan one of whose rows runs over three pages, as Word and LibreOffice print a row too long for a
    page: the middle page holds nothing but that row's progress text in a one-row grid, and the next page
    starts with the row's last lines before the following action. The header does not repeat."""
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    widths = [15 * mm, 80 * mm, 45 * mm, 30 * mm, 15 * mm, 90 * mm]
    xs = [15 * mm + sum(widths[:i]) for i in range(len(widths) + 1)]
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setTitle("Southmere Children's Services Improvement Plan")
    progress = [f"Week {n}: practice workshops held in every team." for n in range(1, 61)]

    def row(top: float, lines_by_col: dict[int, list[str]], bottom: float, rag: str | None = None) -> None:
        if rag:
            c.setFillColor(RAG_FILLS[rag])
            c.rect(xs[4], bottom, widths[4], top - bottom, stroke=0, fill=1)
            c.setFillColor(colors.black)
        c.setLineWidth(0.5)
        c.line(xs[0], top, xs[-1], top)
        c.line(xs[0], bottom, xs[-1], bottom)
        for x in xs:
            c.line(x, top, x, bottom)
        for col, lines in lines_by_col.items():
            for n, line in enumerate(lines):
                c.drawString(xs[col] + 2, top - 10 - n * 10, line)

    c.setFont("Helvetica-Bold", 16)
    c.drawString(15 * mm, height - 20 * mm, "Southmere Children's Services Improvement Plan")
    c.setFont("Helvetica-Bold", 8)
    top = height - 30 * mm
    row(top, {0: ["Ref"], 1: ["Action"], 2: ["Lead"], 3: ["Deadline"], 4: ["RAG"], 5: ["Progress"]}, top - 14)
    c.setFont("Helvetica", 8)
    top -= 14
    row(top, {0: ["1.1"], 1: ["Publish a revised threshold document"], 2: ["Head of Service"], 3: ["March 2025"],
              5: ["Published in January."]}, top - 24, "green")
    top -= 24
    bottom = 15 * mm
    first = int((top - bottom - 10) // 10)
    row(top, {0: ["1.2"], 1: ["Run practice workshops in every team"], 2: ["Principal Social Worker"],
              3: ["Ongoing"], 5: progress[:first]}, bottom, "amber")
    c.showPage()
    c.setFont("Helvetica", 8)
    top = height - 15 * mm
    middle = int((top - bottom - 10) // 10)
    row(top, {5: progress[first:first + middle]}, bottom)
    c.showPage()
    c.setFont("Helvetica", 8)
    rest = progress[first + middle:]
    row(top, {5: rest}, top - 10 * len(rest) - 6)
    top -= 10 * len(rest) + 6
    row(top, {0: ["1.3"], 1: ["Recruit twenty foster carers"], 2: ["Fostering Manager"], 3: ["Dec 2025"],
              5: ["Campaign launched."]}, top - 24, "red")
    c.showPage()
    c.save()
    return path


def dot_status_plan(path: Path) -> Path:
    """A plan whose RAG cells are not filled: each holds a dot glyph printed in the status colour."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Eastmere Improvement Plan")
    rows = [["Ref", "Action", "Lead", "Deadline", "RAG"]]
    for ref, action, lead, deadline, rag, _ in IMPROVEMENT_ACTIONS:
        colour = f"#{RAG_FILLS[rag].hexval()[2:]}" if rag else None
        dot = f'<font name="ZapfDingbats" size="14" color="{colour}">l</font>' if rag else ""
        rows.append([ref, _p(action), _p(lead), _p(deadline), _p(dot) if dot else ""])
    table = Table(rows, colWidths=[12 * mm, 120 * mm, 60 * mm, 30 * mm, 15 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    doc.build([_p("Eastmere Council Children's Services Improvement Plan", "Title"), table])
    return path


def marked_status_plan(path: Path, mark: str = "shape") -> Path:
    """A plan whose RAG cells are not filled: each holds a dot in the status colour, drawn as a shape
    (``mark="shape"``, curves) or placed as a small picture (``mark="picture"``, as Word pastes an icon)."""
    from reportlab.graphics.shapes import Circle, Drawing
    from reportlab.platypus import Image

    def dot(rag: str):
        colour = RAG_FILLS[rag]
        if mark == "shape":
            drawing = Drawing(12, 12)
            drawing.add(Circle(6, 6, 5, fillColor=colour, strokeColor=colour))
            return drawing
        from PIL import Image as Picture, ImageDraw
        picture = Picture.new("RGBA", (48, 48), (255, 255, 255, 0))
        ImageDraw.Draw(picture).ellipse((3, 3, 45, 45), fill=tuple(round(v * 255) for v in colour.rgb()) + (255,))
        png = path.with_name(f"{path.stem}-{rag}.png")
        picture.save(png)
        return Image(str(png), width=12, height=12)

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Fenwick Improvement Plan")
    rows = [["Ref", "Action", "Lead", "Deadline", "Status"]]
    for ref, action, lead, deadline, rag, _ in IMPROVEMENT_ACTIONS:
        rows.append([ref, _p(action), _p(lead), _p(deadline), dot(rag) if rag else ""])
    table = Table(rows, colWidths=[12 * mm, 120 * mm, 60 * mm, 30 * mm, 18 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    doc.build([_p("Fenwick Council Children's Services Improvement Plan", "Title"), table])
    return path


def narrow_column_plan(path: Path) -> Path:
    """A plan in columns too narrow for some of its words, broken as Word and LibreOffice break them: the piece
    that fits fills its line to the cell's edge and the rest starts the next line, with no hyphen
    ('Safeguardi' / 'ng', '31/12/202' / '4')."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pad, size, font = 4.0, 9, "Helvetica"
    cells = [  # the lines of each cell of the body rows
        [["1"], ["Audit", "cases", "monthly"], ["Head of", "Safeguardi", "ng"], ["31/12/202", "4"], ["Blue"]],
        [["2"], ["Reduce", "caseloads", "in the", "assessmen", "t teams", "to 20"], ["AD", "Children", "in Care"],
         ["31/03/202", "5"], ["Amber"]],
    ]
    header = ["No.", "Action", "Lead", "Due", "RAG"]
    # each column as wide as the piece broken in it: no wider word would have fitted either
    widths = [stringWidth(t, font, size) + 2 * pad for t in ("No.", "assessmen", "Safeguardi", "31/12/202", "Amber")]
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, 800, "Appendix A: Improvement plan progress, March 2025")
    top = 780.0
    for r, row in enumerate([[[h] for h in header]] + cells):
        height = 12 * max(len(lines) for lines in row) + 6
        c.setFont("Helvetica-Bold" if r == 0 else font, size)
        for k, lines in enumerate(row):
            for n, line in enumerate(lines):
                c.drawString(xs[k] + pad, top - 12 - 12 * n, line)
        c.line(xs[0], top, xs[-1], top)
        for x in xs:
            c.line(x, top, x, top - height)
        top -= height
    c.line(xs[0], top, xs[-1], top)
    c.showPage()
    c.save()
    return path


REC_NUMBERED_ACTIONS = [
    ("Recommendation 1: The quality and timeliness of assessments for children in need.", [
        ("1.1", "Introduce a single assessment framework with timescales set at the start", "JH", "Oct 2024", "Green"),
        ("1.2", "Weekly performance clinics on assessments out of timescale", "JH / PW", "Dec 2024", "Amber")]),
    ("Recommendation 2: Management oversight of children in care.", [
        ("2.1", "Quarterly practice audits of children in care files", "RB", "Dec 2024", "Red")]),
]


def rec_numbered_plan(path: Path) -> Path:
    """A post-inspection plan whose first column, 'Rec', numbers each action under its recommendation (1.1, 1.2,
    2.1); each recommendation is a band row across the table; leads are initials, spelt out in a key below."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Post-ILACS Action Plan")
    rows = [["Rec", "What we will do", "Lead", "By when", "RAG"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    for band, actions in REC_NUMBERED_ACTIONS:
        style += [("SPAN", (0, len(rows)), (-1, len(rows))), ("FONTNAME", (0, len(rows)), (-1, len(rows)), "Helvetica-Bold")]
        rows.append([band, "", "", "", ""])
        rows += [[ref, _p(action), lead, deadline, rag] for ref, action, lead, deadline, rag in actions]
    table = Table(rows, colWidths=[15 * mm, 130 * mm, 30 * mm, 30 * mm, 20 * mm])
    table.setStyle(TableStyle(style))
    doc.build([_p("Brackenfield County Council", "Title"), _p("Post-ILACS Action Plan", "Heading1"), table,
               Spacer(1, 4 * mm), _p("Key to leads: JH – Jo Hartley, Head of Assessment; PW – Pete Walsh, Performance "
                                     "Manager; RB – Rachel Brook, Head of Children in Care.")])
    return path


def merged_recommendation_plan(path: Path) -> Path:
    """An improvement plan whose first column, 'Ofsted recommendation', prints each recommendation once in a
    cell merged down the rows of its actions ('1. The quality of …'); refs like '1.2', a 'Target date'
    column and RAG cells that are colour only."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Westmarsh Improvement Plan")
    story = [_p("Westmarsh Borough Council", "Title"), _p("Children's Services Improvement Plan 2024/25", "Heading1"),
             _p("Published October 2024"), Spacer(1, 4 * mm)]
    recommendations = ["1. The quality and consistency of management oversight of social work practice.",
                       "2. The timeliness of initial child protection conferences.",
                       "3. Sufficiency of suitable homes for children in care."]
    deadlines = ["31 March 2025", "Sept 2025", "Ongoing"]
    rags = ["red", "amber", "green"]
    rows = [["Ofsted recommendation", "No.", "Action", "Responsible officer", "Target date", "RAG"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    for n, recommendation in enumerate(recommendations, 1):
        first = len(rows)
        for k in range(1, 4):
            rows.append([_p(recommendation) if k == 1 else "", f"{n}.{k}",
                         _p(f"Action {k} for recommendation {n}: run a monthly audit cycle and report its findings "
                            f"to the practice improvement board"),
                         _p("AD Safeguarding (MJ)" if k % 2 else "Kate Holmes, Head of Service"), deadlines[k - 1], ""])
            style.append(("BACKGROUND", (5, len(rows) - 1), (5, len(rows) - 1), RAG_FILLS[rags[(n + k) % 3]]))
        style.append(("SPAN", (0, first), (0, len(rows) - 1)))
    table = Table(rows, colWidths=[60 * mm, 14 * mm, 90 * mm, 45 * mm, 30 * mm, 14 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    footer = _footer("Westmarsh Improvement Plan")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


MERGED_LEAD_ACTIONS = [("1.1", "Introduce a revised assessment template", "Head of Assessment", "December 2024"),
                       ("1.2", "Deliver training on analysis in assessments", "Head of Assessment", "March 2025"),
                       ("1.3", "Audit 20 assessments a month", "Service Manager, Quality Assurance", "Monthly"),
                       ("2.1", "Launch a supervision policy with a recording template", "Principal Social Worker",
                        "31 January 2025"),
                       ("2.2", "Record a rationale for every management decision", "Principal Social Worker",
                        "31 January 2025")]


def merged_lead_plan(path: Path) -> Path:
    """A plan that prints a lead or a timescale once, in a cell merged down over the actions sharing it
    (as Word does when a table's cells are merged vertically); RAG cells are colour only."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            title="Millbrook Improvement Plan")
    rows = [["Ofsted recommendation", "Action", "Lead officer", "Timescale", "RAG"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    for n, (ref, action, lead, deadline) in enumerate(MERGED_LEAD_ACTIONS, 1):
        above = MERGED_LEAD_ACTIONS[n - 2] if n > 1 else None
        same_rec = above is not None and above[0][0] == ref[0]
        rows.append(["" if same_rec else _p(f"{ref[0]}. The quality of practice in area {ref[0]}."), _p(f"{ref} {action}"),
                     "" if same_rec and above[2] == lead else _p(lead),
                     "" if same_rec and above[3] == deadline else deadline, ""])
        style.append(("BACKGROUND", (4, n), (4, n), RAG_FILLS[("green", "amber", "red")[n % 3]]))
    for col in (0, 2, 3):  # merge each run of blanks into the cell above it
        start = 1
        for r in range(2, len(rows) + 1):
            if r == len(rows) or rows[r][col] != "":
                if r - 1 > start:
                    style.append(("SPAN", (col, start), (col, r - 1)))
                start = r
    table = Table(rows, colWidths=[60 * mm, 90 * mm, 50 * mm, 35 * mm, 14 * mm])
    table.setStyle(TableStyle(style))
    doc.build([_p("Millbrook District Council", "Title"), _p("Children's Services Improvement Plan", "Heading1"), table])
    return path


GROUPED_SCORECARD = [("Front door", [("Re-referrals within 12 months", "24%", "22%", "22.4%"),
                                     ("Contacts progressing to referral", "31%", "29%", "")]),
                     ("Assessment", [("Assessments completed within 45 working days", "78%", "84%", "82.9%"),
                                     ("Children seen during assessment", "95%", "97%", "")]),
                     ("Children in care", [("Children in care with 3 or more placements in the year", "11%", "10%",
                                            "10%")])]


def _merged_down_scorecard(path: Path, title: str, header: list[str], groups: list, widths: list[float]) -> Path:
    """A scorecard whose first column prints each group's name once, merged down over the group's rows."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title=title)
    rows = [header]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    for name, members in groups:
        first = len(rows)
        rows += [[_p(name) if k == 0 else "", _p(m[0]), *m[1:]] for k, m in enumerate(members)]
        if len(members) > 1:
            style.append(("SPAN", (0, first), (0, len(rows) - 1)))
    table = Table(rows, colWidths=[w * mm for w in widths])
    table.setStyle(TableStyle(style))
    doc.build([_p(title, "Heading1"), table])
    return path


def grouped_scorecard(path: Path) -> Path:
    """A scorecard whose first column names a service area once, merged down beside the measures it groups;
    the last area has a single measure, so its cell spans no rows."""
    return _merged_down_scorecard(path, "Millbrook Performance Measures",
                                  ["Area", "Measure", "Q1 2024/25", "Q2 2024/25", "England"], GROUPED_SCORECARD,
                                  [40, 90, 25, 25, 25])


QUALIFIED_SCORECARD = [("Children in care", [("Number", "412", "430", ""), ("Rate per 10,000", "66", "68", "70")]),
                       ("Care leavers aged 19-21 in education, employment or training",
                        [("Number", "120", "125", ""), ("%", "58%", "60%", "56%")])]


def qualified_scorecard(path: Path) -> Path:
    """A scorecard that prints each measure once, merged down over rows that say how it is counted
    ('Number', 'Rate per 10,000', '%')."""
    return _merged_down_scorecard(path, "Hartley Performance Scorecard: Quarter 2 2024/25",
                                  ["Indicator", "Measure", "Q1 2024/25", "Q2 2024/25", "England"], QUALIFIED_SCORECARD,
                                  [80, 35, 25, 25, 25])


LETTERED_ACTIONS = [("1", "The quality of management oversight and supervision, so that plans progress without delay.",
                     [("1a", "Implement a revised supervision policy with a standard template", "Complete", "blue"),
                      ("1b", "Deliver management oversight training to all team managers", "On Track", "green")]),
                    ("2", "The timeliness and quality of assessments for disabled children.",
                     [("2a", "Review the disabled children's team eligibility criteria", "At Risk", "amber"),
                      ("2b", "Recruit two additional social workers to the disabled children's team", "Off Track", "red"),
                      ("2c", "Audit all open assessments over 45 days and agree a plan for each", "On Track", "green")])]


def lettered_action_plan(path: Path) -> Path:
    """A spreadsheet-style plan: 'No.' and 'Ofsted Recommendation' merged down the rows of the
    recommendation's actions, each action's text opening with its own ref ('1a …'), and a 'Status'
    column of words on cells filled in the status colour."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Kingsbridge ILACS Action Plan")
    story = [_p("Kingsbridge Council: ILACS Improvement Action Plan", "Heading1"), _p("Position at 30 September 2024"),
             Spacer(1, 4 * mm)]
    rows = [["No.", "Ofsted Recommendation", "Action", "Responsible Officer", "Target Date", "Status"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    for number, recommendation, actions in LETTERED_ACTIONS:
        first = len(rows)
        for k, (ref, action, status, colour) in enumerate(actions):
            rows.append([number if k == 0 else "", _p(recommendation) if k == 0 else "", _p(f"{ref} {action}"),
                         "Head of Service", "31/03/2025", status])
            style.append(("BACKGROUND", (5, len(rows) - 1), (5, len(rows) - 1), RAG_FILLS[colour]))
        style += [("SPAN", (0, first), (0, len(rows) - 1)), ("SPAN", (1, first), (1, len(rows) - 1))]
    table = Table(rows, colWidths=[12 * mm, 70 * mm, 90 * mm, 35 * mm, 25 * mm, 22 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    doc.build(story)
    return path


def kpi_report(path: Path) -> Path:
    """A quarterly performance report: a wide monthly KPI table with national and statistical-neighbour
    columns (blanks, 'n/a', '-', a footnoted cell), a volume table with 'Number (and rate)' cells, and a
    page of performance prose with comparators, a bracketed share and a target."""
    from reportlab.platypus import PageBreak

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title="Northshire Children's Services Performance Report Quarter 3 2024/25")
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    monthly = Table([
        ["Indicator", "Oct 24", "Nov 24", "Dec 24", "National", "Statistical Neighbours"],
        ["Percentage of re-referrals within 12 months", "23%", "21%", "19%*", "22%", "20%"],
        ["Number of contacts received", "5,106", "4,870", "-", "n/a", "n/a"],
        ["Assessments completed within 45 working days", "88%", "", "91%", "82%", "84%"],
    ], colWidths=[90 * mm, 22 * mm, 22 * mm, 22 * mm, 25 * mm, 45 * mm])
    monthly.setStyle(TableStyle(grid))
    volume = Table([
        ["Volume", "Q3 2024/25", "England Average", "Regional Average"],
        ["Number of children in care (and rate)", "412 (58.3)", "70.0", "61.5"],
        ["Number of children subject to a child protection plan", "301", "n/a", "n/a"],
    ], colWidths=[90 * mm, 30 * mm, 35 * mm, 35 * mm])
    volume.setStyle(TableStyle(grid))
    prose = [
        _p("Performance: Front Door", "Heading2"),
        _p("In the quarter there were 1,204 referrals to children's social care. 17% of referrals were repeat "
           "referrals (21% nationally), which is better than our statistical neighbours."),
        _p("At December 2024 there were 301 children on a child protection plan, a rate of 41.2 per 10,000 population."),
        _p("Of the 44 children who went missing, 12 (27%) went missing more than once. Visits are due within 10 "
           "working days for children aged 0-17."),
        _p("Target: 90% of assessments to be completed within 45 working days by March 2025."),
    ]
    doc.build([_p("Northshire Children's Services Performance Report: Quarter 3 2024/25", "Heading1"),
               _p("Monthly performance", "Heading2"), monthly, _p("* Provisional figure.", "BodyText"),
               Spacer(1, 6 * mm), volume, PageBreak(), *prose])
    return path


# (indicator, polarity, last year's outturn, Q1…Q4, target, direction of travel, statistical neighbours, England)
QUARTERLY_SCORECARD = [
    ("% of referrals that were re-referrals within 12 months", "Low", "22.1%", "21%", "20%", "19%", "18%", "20%",
     "\u2191", "21.5%", "22.4%"),
    ("Number of children in care", "n/a", "412", "405", "398", "401", "396", "", "\u2193", "", ""),
    ("Rate of children in care per 10,000", "Low", "58.3", "57.3", "56.3", "56.7", "", "55.0", "\u2193", "60.1",
     "70.0"),
]


def quarterly_scorecard(path: Path) -> Path:
    """A scorecard whose header takes two rows: the year spans its four quarters ('2023/24' over 'Q1 … Q4'),
    beside last year's outturn, a target, a direction-of-travel arrow, a polarity and two benchmarks. The
    last quarter of one row is not yet in."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            title="Southmere Children's Services Performance Scorecard Quarter 4 2023/24")
    rows = [["Indicator", "Polarity", _p("<b>2022/23 Outturn</b>"), "2023/24", "", "", "", _p("<b>Target 2023/24</b>"),
             "DoT", _p("<b>Stat Neighbours</b>"), "England"],
            ["", "", "", "Q1", "Q2", "Q3", "Q4", "", "", "", ""]]
    rows += [[_p(r[0]), *r[1:]] for r in QUARTERLY_SCORECARD]
    table = Table(rows, colWidths=[75 * mm, 18 * mm, 22 * mm, 15 * mm, 15 * mm, 15 * mm, 15 * mm, 22 * mm, 12 * mm,
                                   26 * mm, 20 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (3, 0), (6, 0)),
                               ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([_p("Southmere Children's Services Performance Scorecard: Quarter 4 2023/24", "Heading1"), table])
    return path


def split_scorecard(path: Path) -> Path:
    """A scorecard going on over a page break with no repeated header, as Word prints a table whose header
    row is not marked to repeat; the page cuts one row's label ('… per' | '10,000'), leaving its end alone
    at the top of the next page."""
    from reportlab.platypus import PageBreak

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            title="Thornfield Children's Services Performance Report Quarter 3 2023/24")
    widths = [90 * mm, 32 * mm, 22 * mm, 22 * mm, 22 * mm, 20 * mm, 25 * mm]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    first = Table([["Indicator", "2022/23 outturn", "Q1 23/24", "Q2 23/24", "Q3 23/24", "Target", "England"],
                   [_p("Number of children subject to a child protection plan"), "312", "298", "305", "289", "", ""],
                   ["Rate of children in care per", "74", "75", "76", "77", "", "71"]], colWidths=widths)
    rest = Table([["10,000", "", "", "", "", "", ""],
                  [_p("% of care leavers aged 19-21 in education, employment or training"), "52%", "55%", "n/a",
                   "58%", "60%", "55%"],
                  ["Average social worker caseload", "19.2", "18.5", "18.1", "17.6", "18", "16.3"]], colWidths=widths)
    first.setStyle(style)
    rest.setStyle(style)
    doc.build([_p("Thornfield Children's Services Performance Report: Quarter 3 2023/24", "Heading1"), first,
               PageBreak(), rest])
    return path


def _sheet(path: Path, title: str, heading: str, heading_font: str = "Helvetica-Bold"):
    """A landscape canvas with a spreadsheet's title line drawn: (canvas, page height)."""
    from reportlab.pdfgen import canvas

    height = landscape(A4)[1]
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setTitle(title)
    c.setFont(heading_font, 12)
    c.drawString(40, height - 40, heading)
    return c, height


def unruled_sheet(path: Path) -> Path:
    """A spreadsheet printed with no cell borders and a plain (not bold) header: section rows shaded grey
    across the sheet, status cells filled with their colour and a letter, figures right-aligned."""
    c, height = _sheet(path, "Eastmoor Children's Social Care Scorecard Quarter 2 2024/25",
                       "Eastmoor Children's Social Care Scorecard - Quarter 2 2024/25")
    xs = [40, 80, 330, 390, 450, 510, 570, 630, 690]  # column left edges; the last column holds the status
    header = ["Ref", "Indicator", "Polarity", "Q1", "Q2", "Target", "SN avg", "England", "RAG"]
    rows = [("band", "Early Help and Front Door"),
            ("FD2", "Referrals per 10,000 children", "Low", "128.1", "251.9", "500", "531.0", "544.5", "G"),
            ("FD3", "% re-referrals within 12 months", "Low", "21.4%", "20.5%", "20.0%", "21.9%", "22.4%", "A"),
            ("band", "Child Protection"),
            ("CP1", "Children subject to a CP plan (rate per 10,000)", "n/a", "40.6", "39.8", "", "43.1", "43.2", ""),
            ("CP2", "% CP visits within 10 working days", "High", "91.0%", "86.0%", "95.0%", "", "", "R")]
    fills = {"G": "green", "A": "amber", "R": "red"}
    c.setFont("Helvetica", 8)
    y = height - 70
    for text, x in zip(header, xs):
        c.drawString(x, y, text)
    for row in rows:
        y -= 12
        if row[0] == "band":
            c.setFillColor(colors.HexColor("#d9d9d9"))
            c.rect(40, y - 3, 690, 11, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(40, y, row[1])
            continue
        for k, (text, x) in enumerate(zip(row, xs)):
            if k == 8 and text:
                c.setFillColor(RAG_FILLS[fills[text]])
                c.rect(x - 1, y - 3, 40, 11, stroke=0, fill=1)
                c.setFillColor(colors.black)
            if k in (3, 4, 5, 6, 7):
                c.drawRightString(xs[k + 1] - 1, y, text)  # figures sit flush right in their column
            else:
                c.drawString(x, y, text)
    c.showPage()
    c.save()
    return path


PLAIN_SHEET_ROWS = [("Referrals per 10,000 children", "498.2", "512.4", "131", "500", "531", "544.5"),
                    ("Re-referrals within 12 months (%)", "24.1%", "23.1%", "21.4%", "20%", "21.9%", "22.4%"),
                    ("Children in care (number)", "402", "415", "420", "", "", "")]


def plain_sheet(path: Path) -> Path:
    """A spreadsheet printed with no borders, shading or bold: a header of periods and comparators
    ('2022/23 | 2023/24 | Q1 2024/25 | Target | Stat neighbours | England') over rows of figures, some
    right-aligned in their column, some left."""
    c, height = _sheet(path, "Southholm Children's Services Scorecard",
                       "Southholm Council - Children's Services Scorecard, Quarter 1 2024/25", heading_font="Helvetica")
    xs = [40, 300, 370, 440, 520, 580, 680, 750]
    header = ["Indicator", "2022/23", "2023/24", "Q1 2024/25", "Target", "Stat neighbours", "England"]
    c.setFont("Helvetica", 9)
    y = height - 80
    for text, x in zip(header, xs):
        c.drawString(x, y, text)
    for row in PLAIN_SHEET_ROWS:
        y -= 14
        for k, text in enumerate(row):
            if k and not text.endswith("%"):
                c.drawRightString(xs[k + 1] - 8, y, text)  # numbers flush right, as a spreadsheet prints them
            else:
                c.drawString(xs[k], y, text)
    c.showPage()
    c.save()
    return path


TWO_ROW_SHEET_ROWS = [("FD1", "Contacts received", "14,210", "3,680", "3,702", "", "", ""),
                      ("FD2", "Referrals per 10,000 children", "512.4", "128.1", "251.9", "500", "531.0", "544.5")]


def two_row_header_sheet(path: Path) -> Path:
    """A spreadsheet printed with no borders whose header takes two rows: '2023/24' over 'Outturn' and a
    merged '2024/25' printed over the first of 'Q1 | Q2 | Q3 | Q4'; the first row's headings sit so close
    that 'Polarity' and '2023/24' read as one group."""
    c, height = _sheet(path, "Eastbrook Scorecard", "Eastbrook Council - Performance Scorecard - Quarter 2 2024/25")
    c.setFont("Helvetica-Bold", 8)
    xs = {"ref": 40, "label": 80, "polarity": 300, "outturn": 337, "q1": 380, "q2": 425, "q3": 470, "q4": 515,
          "target": 560, "sn": 605, "england": 650}
    y = height - 70
    for text, key in [("Ref", "ref"), ("Indicator", "label"), ("Polarity", "polarity"), ("2023/24", "outturn"),
                      ("2024/25", "q1"), ("Target", "target"), ("SN avg", "sn"), ("England", "england")]:
        c.drawString(xs[key], y, text)
    y -= 10
    for text, key in [("Outturn", "outturn"), ("Q1", "q1"), ("Q2", "q2"), ("Q3", "q3"), ("Q4", "q4")]:
        c.drawString(xs[key], y, text)
    c.setFont("Helvetica", 8)
    for ref, label, *figures in TWO_ROW_SHEET_ROWS:
        y -= 12
        c.drawString(xs["ref"], y, ref)
        c.drawString(xs["label"], y, label)
        c.drawString(xs["polarity"], y, "Low")
        for key, text in zip(("outturn", "q1", "q2", "target", "sn", "england"), figures):
            c.drawString(xs[key], y, text)
    c.showPage()
    c.save()
    return path



# (month, contacts, referrals, re-referrals, assessments in 45 days, CP plans); then benchmark rows
MONTHLY_PACK_ROWS = [
    ("Apr 24", "1,210", "402", "21%", "84%", "310"), ("May 24", "1,305", "418", "20%", "86%", "305"),
    ("Jun 24", "1,190", "391", "19%", "88%", "298"), ("Jul 24", "1,250", "", "22%", "85%", "301"),
    ("England 2023/24", "-", "-", "22.4%", "82%", "-"), ("Stat neighbours 2023/24", "-", "-", "21.0%", "80%", "-"),
]


def monthly_data_pack(path: Path) -> Path:
    """A data pack printed the other way round: a month per row and a measure per column, with England's
    and the statistical neighbours' figures as rows under the months."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Children's Social Care Monthly Data Pack")
    header = ["Month", "Contacts", "Referrals", "Re-referrals within 12 months (%)",
              "Assessments completed within 45 working days (%)", "Children subject to a child protection plan"]
    rows = [[_p(f"<b>{h}</b>") for h in header]] + [[_p(r[0]), *r[1:]] for r in MONTHLY_PACK_ROWS]
    table = Table(rows, colWidths=[40 * mm, 25 * mm, 25 * mm, 40 * mm, 45 * mm, 45 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([_p("Southmere Children's Trust - Monthly Performance Data Pack, July 2024", "Heading1"), table])
    return path


def bulleted_self_assessment(path: Path) -> Path:
    """A self-assessment stating its figures as a bulleted list under a lead-in that dates them
    ('Our position at the end of 2023/24:'), the list ending at a heading with no full stop."""
    from reportlab.platypus import ListFlowable, ListItem

    items = ["Re-referrals: 19% (SN 21%, England 22%)",
             "Children in care: 411, a rate of 62 per 10,000 (statistical neighbours 70 per 10,000)",
             "Child protection plans lasting 2 years or more: 3.1% (England 4.0%)"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Southmere Self-Evaluation of Social Care Practice 2024")
    doc.build([_p("Southmere Council Children's Services Self-Evaluation 2024", "Title"),
               _p("Help and protection: what the data tells us", "Heading2"),
               _p("Our position at the end of 2023/24:"),
               ListFlowable([ListItem(_p(i)) for i in items], bulletType="bullet"),
               _p("Care leavers", "Heading2"),
               _p("Of our 19-21 year old care leavers, 61% are in education, employment or training, compared "
                  "with 56% nationally in the same year. We are in touch with 95% of them.")])
    return path

def numbered_committee_report(path: Path) -> Path:
    """A report to a scrutiny committee in numbered paragraphs under numbered headings, each paragraph a line
    or two with no space between them: the numbers, not the spacing, tell where a paragraph starts."""
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("tight", parent=getSampleStyleSheet()["BodyText"], spaceBefore=0, spaceAfter=0)
    lines = [("1. Purpose of the report", True),
             ("1.1 This report sets out performance for the second quarter of 2024/25 (July to September 2024).", False),
             ("2. Front door", True),
             ("2.1 The number of contacts received in the quarter was 3,412, compared with 3,150 in Quarter 1.", False),
             ("2.2 Re-referrals within 12 months have reduced by 3 percentage points to 18%, which is below the "
              "England average of 22%.", False),
             ("3. Workforce", True),
             ("3.1 Social worker turnover stands at 14.6%, down from 19.2% at the end of 2023/24.", False),
             ("3.2 The average caseload is 18 children per social worker.", False),
             ("3.3 Agency social workers account for 21% of the workforce; our aim is to reduce this to 12% by "
              "March 2026.", False)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Children and Families Performance Report Q2 2024/25")
    doc.build([_p("Southmere Council", "Title"),
               _p("Children and Families Performance Report: Quarter 2 2024/25", "Heading2")]
              + [Paragraph(f"<b>{t}</b>" if bold else t, body) for t, bold in lines])
    return path


def strengths_table_self_assessment(path: Path) -> Path:
    """A self-assessment's 'Strengths | Areas for development | Evidence' table, its figures stated in the cells."""
    rows = [["Strengths", "Areas for development", "Evidence"],
            ["Our front door is timely: 96% of contacts are screened within 24 hours.",
             "Consistency of strategy discussions out of hours.", "MASH audit, March 2024"],
            ["Early help assessments are child-focused and reviewed regularly.",
             "Step-down from social care to early help is not always smooth.", "Early help QA framework"]]
    table = Table([[_p(c) for c in r] for r in rows], colWidths=[80 * mm, 60 * mm, 40 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Southmere Self-Assessment 2024")
    doc.build([_p("Southmere Council Children's Services Self-Assessment", "Title"),
               _p("Help and protection", "Heading2"), table])
    return path


EXAMPLES: dict[str, Callable[[Path], Path]] = {
    "northshire-improvement-plan-2025-01.pdf": improvement_plan,
    "northshire-cyp-scrutiny-2025-03-04-minutes.pdf": scrutiny_minutes,
    "northshire-cyp-scrutiny-2025-05-14-pack.pdf": agenda_pack,
    "northshire-performance-report-2024-25-q3.pdf": kpi_report,
    "westmoor-ofsted-action-plan-2025-04.pdf": horizontal_action_plan,
    "eastvale-improvement-plan-findings.pdf": findings_action_plan,
}


PERIOD_COLUMN_ROWS = [("Re-referrals within 12 months", "Q1 2024/25", "19.4%", "20%", "21.0%", "22.4%"),
                      ("Children in care per 10,000", "Sep-24", "67.1", "65", "72.0", "70.0"),
                      ("Care leavers aged 19-21 in education, employment or training", "2023/24", "58%", "60%", "54%",
                       "56%"),
                      ("Social worker turnover", "As at 30/09/24", "14.2%", "15%", "16.9%", "17.1%")]


def period_column_scorecard(path: Path) -> Path:
    """A scorecard giving each measure's own latest period in a 'Period' column, beside a 'Performance'
    column and its benchmarks: annual measures lag the quarter the paper reports."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4),
                            title="Thornbury Children's Services Performance Scorecard Quarter 2 2024/25")
    rows = [["Measure", "Period", "Performance", "Target", "Statistical neighbours", "England"]]
    rows += [[_p(r[0]), *r[1:]] for r in PERIOD_COLUMN_ROWS]
    table = Table(rows, colWidths=[95 * mm, 30 * mm, 28 * mm, 20 * mm, 38 * mm, 24 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([_p("Thornbury Council - Children's Services Performance Scorecard, Quarter 2 2024/25", "Heading1"),
               _p("Key measures, each at its latest period", "Heading2"), table])
    return path


def turned_header_scorecard(path: Path, upwards: bool = True) -> Path:
    """A spreadsheet scorecard whose narrow month and benchmark columns have their headers turned 90°, read
    bottom to top as spreadsheets turn them (or top to bottom), one wrapping onto a second turned line."""
    c, height = _sheet(path, "Millbrook Children's Social Care Scorecard October 2024",
                       "Millbrook City Council - Children's Social Care Scorecard, October 2024")
    header = [["Aug 24"], ["Sep 24"], ["Oct 24"], ["Target"], ["England", "2023"]]
    rows = [["Re-referrals within 12 months (%)", "19%", "18%", "18%", "20%", "22.4%"],
            ["Number of contacts", "987", "1,420", "1,388", "-", "-"]]
    xs = [40, 300, 350, 400, 450, 500, 550]
    top, head_bottom, row_h = height - 60, height - 140, 22
    c.setFont("Helvetica-Bold", 9)
    c.drawString(xs[0] + 4, head_bottom + 6, "Indicator")
    for left, lines in zip(xs[1:], header):
        for n, line in enumerate(lines):
            c.saveState()
            if upwards:
                c.translate(left + 20 + 11 * n, head_bottom + 6)
                c.rotate(90)
            else:
                c.translate(left + 30 - 11 * n, top - 6)
                c.rotate(-90)
            c.drawString(0, 0, line)
            c.restoreState()
    c.setFont("Helvetica", 9)
    for i, row in enumerate(rows):
        y = head_bottom - (i + 1) * row_h + 7
        c.drawString(xs[0] + 4, y, row[0])
        for right, value in zip(xs[2:], row[1:]):
            c.drawRightString(right - 4, y, value)
    bottom = head_bottom - len(rows) * row_h
    for y in [top, head_bottom] + [head_bottom - (i + 1) * row_h for i in range(len(rows))]:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, bottom)
    c.save()
    return path


# (figure, unit beside it, name, line under the name)
SHADED_TILES = [("2,684", "", "Contacts received", "Previous quarter: 2,901"),
                ("21.5%", "", "Re-referrals within 12 months", "England 22.4% | SN 20.8%"),
                ("347", "", "Children on a child protection plan", "Rate 41.2 per 10,000"),
                ("88%", "", "Assessments within 45 working days", "Target 85%"),
                ("455", "", "Children in care", "72 per 10,000 (England 70)"),
                ("15.2%", "", "Social worker turnover", "England 17.1%")]
PLAIN_TILES = [("Children in care", "389", "", "66 per 10,000"),
               ("Average days to first visit", "12.5", "days", "Target 10 days"),
               ("Referrals", "702", "", "")]


def places_by_row_benchmark(path: Path) -> Path:
    """A benchmarking table with a measure per column and the council, its statistical neighbours, its
    region and England by row, under a blank corner cell; the year is in the line above it."""
    rows = [["", "CIN rate per 10,000", "CP plan rate per 10,000", "Re-referrals (%)"],
            ["Salford", "356.2", "44.1", "19.8"], ["Statistical neighbours", "372.0", "46.3", "21.5"],
            ["North West", "381.4", "49.0", "22.0"], ["England", "332.9", "41.6", "22.4"]]
    table = Table(rows, colWidths=[45 * mm, 40 * mm, 45 * mm, 35 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Benchmarking")
    doc.build([_p("Salford City Council", "Title"),
               _p("Benchmarking: children in need and child protection, 2023/24", "Heading2"), table])
    return path


def months_without_a_year(path: Path) -> Path:
    """A front-door table with a column per month named without its year ('Apr' … 'Sep'); the line above
    says the data run to the end of September 2024."""
    rows = [["Measure", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Target"],
            ["Contacts", "1,102", "1,215", "1,180", "1,044", "912", "1,230", "-"],
            ["Re-referrals within 12 months (%)", "20.1%", "19.4%", "21.2%", "18.8%", "19.9%", "18.5%", "20%"]]
    table = Table(rows, colWidths=[60 * mm] + [15 * mm] * 7)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Front Door Performance")
    doc.build([_p("Redmarsh Council", "Title"), _p("Front Door Performance", "Heading2"),
               _p("Monthly data to the end of September 2024."), table])
    return path


def tight_spreadsheet(path: Path) -> Path:
    """A spreadsheet printed as it stands: no rules, no bold, columns set just wide enough, so a month's
    heading or figure sits 8 points from the next ('Apr-24 May-24', '1102 1215', 'Sep-24 Target'), figures
    right-aligned under headings that are not."""
    from reportlab.pdfgen import canvas

    header = ["Indicator", "Apr-24", "May-24", "Jun-24", "Target"]
    rows = [["Contacts", "1102", "1215", "1180", ""],
            ["Re-referrals within 12 months (%)", "20.1%", "19.4%", "18.5%", "20%"],
            ["Children in care", "401", "404", "398", ""]]
    lefts = [58, 251, 289, 331, 369]  # where each column starts; figures end 2 points before the next
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(58, 800, "Redmarsh Council: front door data, quarter 1 2024/25")
    for k, text in enumerate(header):
        c.drawString(lefts[k], 770, text)
    for r, row in enumerate(rows, start=1):
        y = 770 - 14 * r
        c.drawString(lefts[0], y, row[0])
        for k, text in enumerate(row[1:], start=1):
            right = (lefts[k + 1] if k + 1 < len(lefts) else lefts[k] + 38) - 2
            c.drawRightString(right, y, text)
    c.showPage()
    c.save()
    return path


def measure_with_target_rows(path: Path) -> Path:
    """A scorecard printing each measure merged down over its 'Actual', 'Target' and 'England' rows, the
    periods across."""
    rows = [["Measure", "", "Q1 2024/25", "Q2 2024/25"],
            [_p("Re-referrals within 12 months (%)"), "Actual", "20.9%", "19.7%"], ["", "Target", "20%", "20%"],
            ["", "England", "22.4%", "22.4%"],
            [_p("Assessments within 45 working days (%)"), "Actual", "84%", "88%"], ["", "Target", "90%", "90%"],
            ["", "England", "82.9%", "82.9%"]]
    table = Table(rows, colWidths=[64 * mm, 22 * mm, 25 * mm, 25 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 1), (0, 3)),
                               ("SPAN", (0, 4), (0, 6)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Scorecard")
    doc.build([_p("Eastholm Council", "Title"), _p("Performance scorecard, Quarter 2 2024/25", "Heading2"), table])
    return path


def tile_dashboard(path: Path) -> Path:
    """A Power BI-style dashboard: a cover whose section numbers are printed large (no tiles), a page of
    shaded tiles in two rows (figure, its name under it, a comparison line), then a page of tiles drawn on no shape
    (name over a figure with its unit beside it), each over a line of commentary."""
    c, height = _sheet(path, "Fernleigh Children's Services Dashboard",
                       "Fernleigh Borough Council - Children's Services")
    for n, shade in enumerate(["#1f4e79", "#2e75b6", "#9dc3e6", "#deebf7"]):  # a band of colour: a page of shapes
        c.setFillColor(colors.HexColor(shade))
        c.rect(40 + 190 * n, height - 90, 190, 20, fill=1, stroke=0)
    c.setFillColor(colors.black)
    for n, (number, section) in enumerate([("1", "Front door"), ("2", "Children in care")]):
        c.setFont("Helvetica-Bold", 36)
        c.drawString(40, height - 140 - 70 * n, number)
        c.setFont("Helvetica", 12)
        c.drawString(80, height - 130 - 70 * n, section)
    c.showPage()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 40, "Performance dashboard - Quarter 3 2024/25")
    for n, (figure, _, name, under) in enumerate(SHADED_TILES):
        x, y = 40 + 260 * (n % 3), height - 80 - 130 * (n // 3)
        c.setFillColor(colors.HexColor("#deebf7"))
        c.rect(x, y - 110, 240, 110, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.setFont("Helvetica-Bold", 30)
        c.drawString(x + 12, y - 45, figure)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 11)
        c.drawString(x + 12, y - 68, name)
        c.setFont("Helvetica", 9)
        c.drawString(x + 12, y - 88, under)
    c.setFont("Helvetica", 10)
    c.drawString(40, height - 360, "Commentary: contacts fell in the quarter and re-referrals are close to England.")
    c.showPage()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 40, "Children in care key figures, December 2024")
    for n, (name, figure, unit, under) in enumerate(PLAIN_TILES):
        x, y = 140 + 240 * n, height - 120
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(x, y + 36, name)
        c.setFont("Helvetica-Bold", 32)
        width = c.stringWidth(figure, "Helvetica-Bold", 32)
        c.drawString(x - width / 2, y, figure)
        if unit:
            c.setFont("Helvetica", 12)
            c.drawString(x + width / 2 + 4, y, unit)
        c.setFont("Helvetica", 9)
        c.drawCentredString(x, y - 22, under)
    c.setFont("Helvetica", 10)
    c.drawString(40, height - 220, "More children came into care this quarter, most of them teenagers.")
    c.save()
    return path


def zebra_performance_report(path: Path) -> Path:
    """A quarterly performance report to scrutiny: numbered paragraphs that compare quarters ('from 85% to 88%
    between Q2 and Q3, above target', 'an improvement on Q1 (18.2%)') and a scorecard ruled only under its
    filled header, rows told apart by alternate shading, with benchmark columns of their own year."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Quarterly performance report")
    head = ["Measure", "Polarity", "Q1 24/25", "Q2 24/25", "Q3 24/25", "Target", "England (2023/24)", "SN (2023/24)"]
    rows = [["Contacts received", "Neutral", "3,412", "3,150", "3,601", "-", "-", "-"],
            ["Re-referrals within 12 months (%)", "Low", "21.3%", "19.8%", "20.4%", "18%", "22.4%", "21.9%"],
            ["Children in care (number)", "Neutral", "402", "398", "411", "-", "n/a", "n/a"],
            ["Social worker agency rate", "Low", "18.2%", "17.5%", "16.9%", "15%", "17.7%", "19.0%"],
            ["Average caseload (per FTE)", "Low", "18.1", "17.6", "17.2", "18", "-", "-"]]
    table = Table([head] + rows, colWidths=[80 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 18 * mm, 30 * mm, 25 * mm])
    style = [("LINEBELOW", (0, 0), (-1, 0), 1, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
             ("FONTSIZE", (0, 0), (-1, -1), 8)]
    style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#d9e2f3")) for i in range(1, len(rows) + 1, 2)]
    table.setStyle(TableStyle(style))
    doc.build([_p("Harwood Council", "Title"),
               _p("Children's Services Quarterly Performance Report: Quarter 3 2024/25", "Heading1"),
               _p("Report to the Children's Services Overview and Scrutiny Committee, 11 February 2025"),
               _p("1. Summary", "Heading2"),
               _p("1.1 Assessments completed within 45 working days rose from 85% to 88% between Q2 and Q3, above target."),
               _p("1.2 The number of children in care rose to 411 at the end of December 2024 (a rate of 72 per "
                  "10,000), compared to 398 (70 per 10,000) at the end of September."),
               _p("1.3 Agency social workers make up 16.9% of the workforce, against a target of 15%, an improvement "
                  "on Q1 (18.2%)."),
               _p("1.4 There are 12.5 FTE social worker vacancies across the service."),
               Spacer(1, 6 * mm), _p("Appendix A: Scorecard", "Heading2"), table])
    return path


def spanned_header_scorecard(path: Path) -> Path:
    """A scorecard whose header is two rows: '2024/25' spans 'Q1 | Q2', while the outturn, target and
    benchmark headers (each with its own year) are merged down over both rows, so the second row is blank
    beside the last quarter."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Children's Services Performance Report September 2024")
    rows = [["Indicator", "2022/23\nOutturn", "2023/24\nOutturn", "2024/25", "", "Target\n2024/25", "SN avg\n(2023)", "England\n(2023)"],
            ["", "", "", "Q1", "Q2", "", "", ""],
            ["Repeat referrals within 12 months", "24%", "22%", "21%", "19%", "20%", "21.5%", "22.4%"],
            ["Children in care (number and rate)", "471 (62.6)", "488 (64.9)", "495 (65.8)", "502 (66.7)", "-", "(71.0)",
             "(70.0)"],
            ["Average days from entering care to adoption", "412 days", "398 days", "n/a", "n/a", "400 days", "455", "469"]]
    table = Table(rows, colWidths=[75 * mm, 22 * mm, 22 * mm, 20 * mm, 20 * mm, 22 * mm, 22 * mm, 22 * mm])
    down = [("SPAN", (j, 0), (j, 1)) for j in (0, 1, 2, 5, 6, 7)]
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8), ("SPAN", (3, 0), (4, 0))] + down))
    doc.build([_p("Cumbria Council", "Title"), _p("Children's Services Performance Report - September 2024", "Heading1"),
               _p("Annual and quarterly measures", "Heading2"), table])
    return path


def success_measure_plan(path: Path) -> Path:
    """An ILACS improvement plan whose 'Success measure' column states what each action is to achieve
    ('90% of supervisions on time by September 2024') beside 'Start | End' dates and a progress column that
    reports today's figures."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Ofsted ILACS Improvement Plan")
    head = ["No.", "Ofsted recommendation", "Action", "Owner", "Start", "End", "Success measure", "Progress update", "RAG"]
    rows = [["1a", _p("The quality and impact of management oversight and supervision."),
             _p("Introduce a new supervision policy and audit compliance monthly."), _p("Head of Quality Assurance (JT)"),
             "Apr 2024", "Sep 2024", _p("90% of supervisions on time by September 2024"),
             _p("Policy launched in May; 84% on time in August."), "On track"],
            ["1b", "", _p("Deliver training to all team managers on reflective supervision."), _p("Principal Social Worker"),
             "May 2024", "31/12/2024", _p("All team managers trained"), _p("Two of four cohorts complete."), "Delayed"],
            ["2a", _p("Timeliness of initial health assessments for children in care."),
             _p("Agree a joint escalation protocol with the ICB."), _p("AD Corporate Parenting / Designated Nurse"),
             "Jun 2024", "Q3 2024/25", _p("Initial health assessments within 20 working days: currently 52%, 70% by the end"),
             _p("Protocol signed off in July."), "Complete"]]
    table = Table([head] + rows, colWidths=[12 * mm, 45 * mm, 50 * mm, 30 * mm, 18 * mm, 20 * mm, 35 * mm, 45 * mm, 18 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 8), ("SPAN", (1, 1), (1, 2)),
                               ("BACKGROUND", (8, 1), (8, 1), RAG_FILLS["green"]),
                               ("BACKGROUND", (8, 2), (8, 2), RAG_FILLS["amber"]),
                               ("BACKGROUND", (8, 3), (8, 3), RAG_FILLS["blue"])]))
    doc.build([_p("Wirral Council Children's Services", "Title"),
               _p("ILACS Improvement Plan 2024/25 - updated October 2024", "Heading1"), table])
    return path


def key_data_self_evaluation(path: Path) -> Path:
    """A self-evaluation whose key data are bullets written as council officers write them: small counts in
    words ('Nine children were adopted'), a change against last year ('up 8% on 2022/23'), an aim with its
    deadline beside today's level, and a from-to after a comma; its plan table gives each action a progress
    note that reports a level."""
    from reportlab.platypus import ListFlowable, ListItem

    items = ["Contacts: 14,230 in 2023/24, up 8% on 2022/23.",
             "Nine children were adopted during the year, and a further six left care through a special "
             "guardianship order.",
             "The proportion of repeat child protection plans has halved, from 24% to 12%.",
             "Average caseloads are 16 in assessment teams and 21 in children in care teams.",
             "We will reduce agency use to 10% by March 2025; it is currently 16%."]
    head = ["Ref", "Action", "Lead", "Deadline", "Progress update"]
    rows = [["1", _p("Recruit 10 new foster carer households by March 2025"), _p("Head of Fostering"), "March 2025",
             _p("Four households approved so far; training 75% complete.")],
            ["2", _p("Strengthen the front door so that contacts get a decision within 24 hours"), _p("Head of MASH"),
             "December 2024", _p("New rota in place; 91% of contacts decided within 24 hours in September.")]]
    table = Table([head] + rows, colWidths=[12 * mm, 60 * mm, 30 * mm, 25 * mm, 50 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Westmoor Annual Self-Evaluation of Children's Social Care 2024")
    doc.build([_p("Westmoor Council", "Title"), _p("Annual Self-Evaluation of Children's Social Care 2024", "Heading1"),
               _p("Published: October 2024"), _p("What do we know about the quality of our practice?", "Heading2"), _p("Our key data for 2023/24:"),
               ListFlowable([ListItem(_p(i)) for i in items], bulletType="bullet"),
               _p("What are our plans for the next 12 months?", "Heading2"), table])
    return path


def baseline_target_plan(path: Path) -> Path:
    """An improvement plan whose measures sit in 'Baseline | Target' columns as bare figures ('68% (Mar 24)',
    '85%', '240'): the row's action names each measure and its deadline dates each target."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Children's Services Improvement Plan 2024/25")
    head = ["Ref", "Action", "Lead", "Deadline", "Baseline", "Target", "RAG"]
    rows = [["1.1", _p("Increase the proportion of child protection conferences held within 15 working days"),
             _p("Head of Safeguarding"), "March 2025", "68% (Mar 24)", "85%", ""],
            ["1.2", _p("Reduce re-referrals within 12 months"), _p("Head of MASH"), "March 2025", "24%",
             "20% by March 2025", ""],
            ["2.1", _p("Increase the number of in-house foster carer households"), _p("Head of Fostering"), "March 2026",
             "212", "240", ""]]
    table = Table([head] + rows, colWidths=[12 * mm, 90 * mm, 35 * mm, 25 * mm, 25 * mm, 30 * mm, 15 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("BACKGROUND", (6, 1), (6, 1), RAG_FILLS["amber"]),
                               ("BACKGROUND", (6, 2), (6, 2), RAG_FILLS["green"]),
                               ("BACKGROUND", (6, 3), (6, 3), RAG_FILLS["red"])]))
    doc.build([_p("Northshire County Council", "Title"), _p("Children's Services Improvement Plan 2024/25", "Heading1"),
               _p("Published: September 2024"), table])
    return path


def post_inspection_action_plan(path: Path) -> Path:
    """A post-inspection action plan whose columns are headed as many councils head them ('Responsible
    Officer', 'Target Date', 'Evidence of Impact', 'BRAG'): the BRAG cells are colour only, the text
    printed in the fill's own colour, and the evidence column states what each action is to achieve."""
    head = ["No.", "Recommendation / Area for improvement", "Actions", "Responsible Officer", "Target Date",
            "Evidence of Impact", "BRAG"]
    rows = [["1", _p("The quality and consistency of management oversight and supervision."),
             _p("1.1 Refresh the supervision policy and audit compliance monthly."), _p("Principal Social Worker (PSW)"),
             "31/01/2025", _p("90% of supervisions in timescale"), "Blue"],
            ["", "", _p("1.2 Deliver a management development programme to all team managers."),
             _p("Head of Service, Workforce Development Manager"), "April 2025",
             _p("All 24 team managers complete the programme"), "Green"],
            ["2", _p("The timeliness of initial health assessments for children coming into care."),
             _p("2.1 Agree a revised pathway with health partners."), _p("Designated Nurse for CiC / AD Corporate Parenting"),
             "Q4 2024/25", _p("IHAs within 20 working days rise to 80%"), "Amber"],
            ["", "", _p("2.2 Weekly tracking of IHA requests at performance clinic."), _p("Service Manager – CiC"),
             "Ongoing", "", "Red"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 8)]
    for i, row in enumerate(rows, start=1):
        fill = RAG_FILLS[row[6].lower()]
        style += [("BACKGROUND", (6, i), (6, i), fill), ("TEXTCOLOR", (6, i), (6, i), fill)]
    table = Table([head] + rows, colWidths=[10 * mm, 50 * mm, 60 * mm, 40 * mm, 22 * mm, 50 * mm, 14 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Post-Inspection Action Plan")
    doc.build([_p("Westmere Borough Council", "Title"), _p("Children's Services Post-Inspection Action Plan", "Heading1"),
               _p("Version 4 – December 2024"),
               _p("BRAG key: Blue = complete, Green = on track, Amber = some slippage, Red = off track"), table])
    return path


def cover_dated_self_assessment(path: Path) -> Path:
    """A self-assessment dated only by a month under its title ('October 2024'), whose sentences name a quarter
    without its year ('at the end of Q2'), an age band with 'to' ('aged 19 to 21'), a hedge before a figure
    ('Some 87%'), a run-on prefix ('Rereferrals') and a lead-in judging the measure before its figures."""
    sentences = [
        "At the end of September 2024 there were 412 children looked after (a rate of 68 per 10,000), compared "
        "with 71 per 10,000 for statistical neighbours and 70 nationally.",
        "The number of children subject to a child protection plan rose to 298 at the end of Q2, a rate of 41.2 "
        "per 10,000.",
        "Timeliness of EHC plans remains a concern: 45% were issued within 20 weeks (England 50.3%).",
        "Some 87% of care leavers aged 19 to 21 are in suitable accommodation, in line with statistical "
        "neighbours (88%).",
        "Only 58% of care leavers aged 19 to 21 were in education, employment or training, compared with 55% "
        "nationally.",
        "Rereferrals increased to 23% in Q2 (Q1: 21%).",
        "Average caseloads are 17 children per social worker."]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Children's Services Self-Assessment")
    doc.build([_p("Northshire County Council", "Title"), _p("Children's Services Self-Assessment", "Heading1"),
               _p("October 2024"), _p("What we know about the quality of our practice", "Heading2")]
              + [_p(s) for s in sentences])
    return path


def borough_minutes(path: Path) -> Path:
    """A London borough's sub-committee minutes: bold capitalised labels run into their lists ('PRESENT:',
    'ALSO PRESENT:', 'APOLOGIES:'), a substitute named in the bracket after the member who sent apologies,
    numbered capitalised items, and a recommendation to Cabinet beside the resolutions."""
    def bold(text: str) -> Paragraph:
        return _p(f"<b>{text}</b>")

    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Minutes")
    doc.build([
        _p("LONDON BOROUGH OF EASTBRIDGE", "Title"),
        bold("MINUTES OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY SUB-COMMITTEE"),
        _p("Wednesday 15 January 2025 at 7.00 pm, Committee Room 2, Civic Centre"),
        _p("<b>PRESENT:</b> Councillor Anna Smith (Chair), Councillors Ben Jones (Vice-Chair), Chitra Patel and Dev Okafor."),
        _p("<b>ALSO PRESENT:</b> Jane Doe (Director of Children's Services), Mark Lee (Head of Safeguarding)."),
        _p("<b>APOLOGIES:</b> Councillor Emma Brown (Councillor Fay Green substituting)."),
        bold("1. DECLARATIONS OF INTEREST"),
        _p("There were no declarations of interest."),
        bold("2. MINUTES OF THE PREVIOUS MEETING"),
        _p("<b>RESOLVED:</b> That the minutes of the meeting held on 20 November 2024 be agreed as a correct record."),
        bold("3. CHILDREN'S SOCIAL CARE PERFORMANCE REPORT - QUARTER 2"),
        _p("The Head of Safeguarding introduced the report. Members noted that re-referrals had fallen to 19% and "
           "asked about agency staffing."),
        _p("<b>RESOLVED:</b> (1) That the report be noted. (2) That a report on workforce stability be brought to the "
           "March meeting."),
        bold("4. OFSTED FOCUSED VISIT - ACTION PLAN UPDATE"),
        _p("The Director gave an update on progress against the action plan."),
        _p("<b>RECOMMENDED to Cabinet:</b> That the revised action plan be endorsed."),
        bold("5. WORK PROGRAMME"),
        _p("<b>RESOLVED:</b> That the work programme be agreed."),
        _p("The meeting ended at 8.45 pm."),
        _p("CHAIR")])
    return path


def short_year_scorecard(path: Path) -> Path:
    """A corporate parenting scorecard headed by quarters with short years ('Q1 23/24' … 'Q1 24/25'), a Target
    column, a 'Good is' polarity column, an 'n/a' and a provisional mark ('82%*') keyed above the table."""
    head = ["KPI", "Q1 23/24", "Q2 23/24", "Q3 23/24", "Q4 23/24", "Q1 24/25", "Target", "Good is"]
    rows = [["Care leavers (19-21) in suitable accommodation", "88%", "90%", "91%", "89%", "92%", "90%", "High"],
            ["Children in care - number", "598", "603", "611", "609", "614", "", "-"],
            ["Re-referrals within 12 months", "21%", "n/a", "19%", "20%", "82%*", "20%", "Low"]]
    table = Table([head] + rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Corporate Parenting Performance")
    doc.build([_p("Westmere Borough Council", "Title"), _p("Corporate Parenting Board – Performance Report", "Heading1"),
               _p("* provisional"), table])
    return path


def tight_digest(path: Path) -> Path:
    """An annual performance digest with no rules but one under a bold header, bold section rows, cells padded
    so tight that two headings stand a bare gap apart ('Stat. Neighbours' 'England'), and a direction-of-travel
    word closing each row."""
    head = ["Measure", "2021/22", "2022/23", "2023/24", "Stat. Neighbours", "England", "Direction"]
    rows = [["Early Help and Front Door", "", "", "", "", "", ""],
            ["Contacts received", "11,204", "12,876", "13,540", "", "", "Up"],
            ["Referrals per 10,000 children", "498.2", "512.0", "530.4", "560.1", "544.5", "Up"],
            ["Re-referrals within 12 months (%)", "22.4", "20.9", "19.8", "21.3", "22.4", "Down"],
            ["Children in Care", "", "", "", "", "", ""],
            ["Children looked after per 10,000", "71", "74", "76", "82", "70", "Up"],
            ["Care leavers 19-21 in EET (%)", "52", "55", "57", "54", "56", "Up"]]
    table = Table([head] + rows)
    table.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTNAME", (0, 1), (0, 1), "Helvetica-Bold"),
                               ("FONTNAME", (0, 5), (0, 5), "Helvetica-Bold")]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Children's Services Scrutiny: Performance Digest")
    doc.build([_p("Children and Young People Scrutiny Committee – annual performance digest 2023/24", "Heading1"),
               Spacer(1, 12), table])
    return path


def monthly_spanned_scorecard(path: Path) -> Path:
    """A monthly scorecard with a ref column, whose financial year '2024/25' spans the month headings
    'Apr' … 'Sep' in a second header row."""
    rows = [["Ref", "Indicator", "2024/25", "", "", "", "", "", "Good"],
            ["", "", "Apr", "May", "Jun", "Jul", "Aug", "Sep", ""],
            ["CSC01", "Contacts received in month", "1,102", "1,215", "1,190", "1,044", "987", "1,250", "-"],
            ["CSC02", "% referrals that are re-referrals within 12 months", "21.2%", "19.8%", "22.5%", "20.1%", "18.9%",
             "19.4%", "Low"],
            ["CSC03", "Children in care rate per 10,000", "71.2", "71.7", "72.8", "72.4", "73.3", "74.0", "-"]]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"), ("SPAN", (2, 0), (7, 0))]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Children's Social Care Performance Scorecard")
    doc.build([_p("Children's Social Care Performance Scorecard to September 2024", "Heading1"), table])
    return path


def rec_coded_plan(path: Path) -> Path:
    """A post-inspection plan with a recommendation column coded 'R1', 'R2' beside each action, under shaded
    heading rows spanning the table ('Recommendation 1: …'), and RAG shown by colour alone."""
    head = ["Ofsted rec.", "No.", "What we will do", "Who", "By when", "How we will know", "Progress", "RAG"]
    rows = [head,
            ["Recommendation 1: The quality and impact of management oversight and supervision"] + [""] * 7,
            ["R1", "1a", _p("Introduce a revised supervision policy and audit compliance monthly"),
             _p("Principal Social Worker (PSW)"), _p("End of June 2025"), _p("95% of supervisions in timescale"),
             _p("Policy launched 3 March 2025; compliance 81% in April."), ""],
            ["R1", "1b", _p("Deliver management oversight training to all team managers"),
             _p("Head of Service, Safeguarding - J. Patel"), "Sept 2025", _p("All TMs trained"),
             _p("Two of four cohorts completed."), ""],
            ["Recommendation 2: Placement sufficiency for older children"] + [""] * 7,
            ["R2", "2a", _p("Open two new in-house children's homes"), _p("Director of Commissioning / AD Corporate Parenting"),
             "31/03/2026", _p("Fewer children placed over 20 miles"), _p("Planning permission granted for first home."), ""]]
    table = Table(rows, colWidths=[18 * mm, 10 * mm, 60 * mm, 40 * mm, 22 * mm, 40 * mm, 55 * mm, 12 * mm], repeatRows=1)
    heading = colors.HexColor("#d9e1f2")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 4), (-1, 4)), ("BACKGROUND", (0, 1), (-1, 1), heading),
                               ("BACKGROUND", (0, 4), (-1, 4), heading), ("BACKGROUND", (7, 2), (7, 2), RAG_FILLS["amber"]),
                               ("BACKGROUND", (7, 3), (7, 3), RAG_FILLS["green"]), ("BACKGROUND", (7, 5), (7, 5), RAG_FILLS["red"])]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Post-Ofsted Action Plan")
    doc.build([_p("Children's Services: Post-ILACS Improvement Action Plan, April 2025", "Heading1"), table])
    return path


def wrapped_title_minutes(path: Path) -> Path:
    """Sub-committee minutes whose opening sentence ('MINUTES of the meeting of the … SUB-COMMITTEE held on …')
    wraps inside the committee's name, with labelled attendance and items numbered on from earlier meetings."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Minutes")
    doc.build([
        _p("MINUTES of the meeting of the CHILDREN AND EDUCATION SCRUTINY SUB-COMMITTEE held on Tuesday 14th January "
           "2025 at 7.00 pm in Committee Room 2, Civic Centre", "Heading2"),
        _p("<b>PRESENT:</b> Councillors Amira Khan (Chair), Ben Jones (Vice-Chair), Carol Patel and David Moss"),
        _p("<b>ALSO PRESENT:</b> Councillor Emma Green (Cabinet Member for Children's Services)"),
        _p("<b>APOLOGIES FOR ABSENCE:</b> Councillor Fiona Hart"),
        _p("<b>34. DECLARATIONS OF INTEREST</b>"), _p("There were no declarations of interest."),
        _p("<b>35. OFSTED ILACS IMPROVEMENT PLAN - PROGRESS UPDATE</b>"),
        _p("The Director of Children's Services introduced the report on progress against the recommendations."),
        _p("RESOLVED: That the Sub-Committee note the progress made against the improvement plan."),
        _p("The meeting ended at 9.05 pm.")])
    return path


def benchmark_column_scorecard(path: Path) -> Path:
    """A quarterly scorecard with an outturn, 'Qtr 1' … 'Qtr 3', a 'YTD' column, a target for the year and a
    'Benchmark (SN)' column; labels give units in short ('per 10k'), counts carry rates in brackets."""
    rows = [["Measure", "2023-24 Outturn", "Qtr 1", "Qtr 2", "Qtr 3", "YTD", "Target 24/25", "Benchmark (SN)"],
            ["Number of referrals", "3,912", "1,012", "987", "1,104", "3,103", "", ""],
            ["Referral rate per 10k", "612.4", "", "", "", "", "550", "585.0"],
            ["Children with a CP plan (rate)", "301 (44.9)", "310 (46.2)", "322 (48.0)", "318 (47.4)", "", "", "(45.1)"],
            ["Re-referrals %", "24.1%p", "22.0%", "21.5%", "20.9%", "21.5%", "<20%", "21.7%"],
            ["Care leavers in touch", "93%", "95%", "94%", "n/a", "", "95%", "92%"]]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Performance Report Quarter 3 2024-25")
    doc.build([_p("Children's Services Performance Report - Quarter 3 2024-25", "Heading1"), _p("p = provisional"), table])
    return path


def data_led_self_evaluation(path: Path) -> Path:
    """A self-evaluation whose prose prints periods as labels ('2022/23: 24%, 2023/24: 21%', '2023 – 47.6%',
    '(October: 79%)'), parts of wholes ('of which 37% …', '; of these, 38% …') and aims as instructions after
    a colon, one joined on to another ('… and increase … to 60%')."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Eastbury Children's Services Self-Evaluation Autumn 2024")
    doc.build([_p("Eastbury City Council Children's Services Self-Evaluation - Autumn 2024", "Title"),
               _p("Help and protection", "Heading2"),
               _p("There were 1,842 contacts to the front door in Quarter 2 2024/25, of which 37% progressed to referral. "
                  "There were 186 Section 47 enquiries in the same quarter; of these, 38% led to an initial child "
                  "protection conference."),
               _p("Re-referrals 2022/23: 24%, 2023/24: 21%."),
               _p("Return home interviews within 72 hours remained at 81% in November 2024 (October: 79%)."),
               _p("Special educational needs", "Heading2"),
               _p("EHCP timeliness (20 weeks, excl. exceptions): 2023 – 47.6%; 2022 – 41.0%."),
               _p("What we will do next: reduce re-referrals to 17% by March 2025 and increase the proportion of "
                  "EHC plans issued within 20 weeks to 60%.")])
    return path


WHO_AND_WHEN_ACTIONS = (
    ("Priority 1: Improve the quality and timeliness of assessments", (
        ("1.1", "Introduce a weekly assessment performance clinic chaired by the Head of Service",
         "Lead: Head of Service, Assessment<br/>By: 31 January 2025", "85% of assessments completed within 45 working days",
         "On track"),
        ("1.2", "Audit 20 assessments each month using the new practice standards",
         "Lead: Principal Social Worker<br/>By: Monthly from December 2024", "80% of audits rated good or better", "Complete"))),
    ("Priority 2: Strengthen management oversight", (
        ("2.1", "Refresh the supervision policy and train all team managers",
         "Lead: Workforce Development Manager (KS)<br/>By: end of March 2025", "95% of supervisions on time", "Delayed"),
        ("2.2", "Implement a management oversight template in the case record",
         "Lead: Service Manager, Quality Assurance<br/>By: Q4 2024/25", "Template used in 90% of audited cases",
         "Not started"))),
)


def who_and_when_plan(path: Path) -> Path:
    """An improvement plan whose one 'Who and when' column prints each action's lead and deadline under their
    names ('Lead: …' / 'By: …'), with a 'How we will know' column of targets and priorities as shaded bands."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Westmoor improvement plan")
    story = [_p("Westmoor Council", "Title"),
             _p("Children's Services Improvement Plan following the Ofsted inspection (ILACS) of September 2024", "Heading2"),
             _p("Updated: 2 December 2024")]
    rows = [["Ref", "What we will do", "Who and when", "How we will know", "Status"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTSIZE", (0, 0), (-1, -1), 8)]
    for priority, actions in WHO_AND_WHEN_ACTIONS:
        rows.append([priority, "", "", "", ""])
        style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                  ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#D9E2F3"))]
        rows += [[ref, _p(action), _p(who_when), _p(measure), status] for ref, action, who_when, measure, status in actions]
    table = Table(rows, colWidths=[35, 250, 160, 180, 60], repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    doc.build(story)
    return path


def two_column_annual_report(path: Path) -> Path:
    """A Director's annual report set in two columns under a title naming its year: figures in prose only, each
    paragraph's clauses naming their measure ('Of care leavers aged 19-21, 58% were in education, employment or
    training and 91% …'), some after the figure ('At 31 March 2024 we were looking after 356 children')."""
    width, height = A4
    column = (width - 100) / 2
    frames = [Frame(40, 60, column, height - 160, id="left"), Frame(60 + column, 60, column, height - 160, id="right")]

    def title(canvas, _doc):
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(40, height - 60, "Annual Report of the Director of Children's Services 2023/24")

    doc = BaseDocTemplate(str(path), pagesize=A4, title="DCS annual report 2023/24")
    doc.addPageTemplates([PageTemplate(id="two_columns", frames=frames, onPage=title)])
    doc.build([
        _p("Keeping children safe", "Heading2"),
        _p("In 2023/24 we received 2,930 referrals to children's social care, a rate of 498 per 10,000 children. "
           "Re-referrals within 12 months were 19.2%, below the England average of 22.4%."),
        _p("Assessments were completed within 45 working days for 87% of children, compared with 82.9% nationally. "
           "At the end of March 2024, 241 children were subject to a child protection plan."),
        _p("Children in care", "Heading2"),
        _p("At 31 March 2024 we were looking after 356 children, a rate of 61 per 10,000. Of these, 71% lived with "
           "foster carers. Short term placement stability was 9.8% (England 10%)."),
        _p("Care leavers", "Heading2"),
        _p("Of care leavers aged 19-21, 58% were in education, employment or training and 91% were in suitable "
           "accommodation. We are in touch with 96% of our care leavers."),
        _p("Our workforce", "Heading2"),
        _p("Social worker turnover fell to 14.1% and the vacancy rate to 16.0%. Agency workers made up 12% of the "
           "workforce. Average caseloads were 15.9.")])
    return path


PROGRESS_TRACKED_ACTIONS = (
    ("1", "Reduce re-referrals through a step-down protocol with early help", "HoS Front Door", "March 2025",
     "Re-referral rate reduced from 24% to below 20%",
     "Protocol live from 1 October. Re-referrals 21.5% in October, down from 23.9% in September.", "Amber"),
    ("2", "Improve timeliness of initial health assessments", "Designated Nurse / HoS CiC", "June 2025",
     "At least 85% of IHAs completed within 20 working days", "Q2 performance 64%; weekly tracker in place.", "Red"),
    ("3", "Recruit additional in-house foster carers", "Fostering Manager", "March 2026",
     "Net gain of 15 fostering households per year", "8 households approved in Q1-Q2; 11 assessments underway.", "Green"),
    ("4", "Increase the proportion of care leavers in EET", "Leaving Care Manager", "March 2025",
     "Care leavers 19-21 in EET: 60% (baseline 51%)", "55% at end of Q2.", "Amber"),
    ("5", "Reduce average caseloads", "AD Safeguarding", "Dec 2024", "No worker above 22 cases; average caseload 18",
     "Average caseload 19.4 in October; 6 workers above 22.", "Amber"),
)


def progress_tracked_plan(path: Path) -> Path:
    """An improvement plan whose progress column reports each row's measure without naming it ('Q2 performance
    64%', '55% at end of Q2'), beside success measures that move from a start to an aim ('reduced from 24% to
    below 20%')."""
    head = ["No.", "Action", "Lead", "Timescale", "Success measure", "Progress update (November 2024)", "RAG"]
    rows = [head] + [[n, _p(action), _p(lead), _p(when), _p(measure), _p(progress), rag]
                     for n, action, lead, when, measure, progress, rag in PROGRESS_TRACKED_ACTIONS]
    table = Table(rows, colWidths=[25, 150, 80, 55, 150, 200, 40], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Improvement plan")
    doc.build([_p("Northvale Council Children's Services Improvement Plan – progress at November 2024", "Heading1"), table])
    return path


def month_run_scorecard(path: Path) -> Path:
    """A scorecard whose columns are runs of months with short years after a space ('Apr 23 - Mar 24' a financial
    year, 'Jul 24 - Sep 24' a quarter, 'Apr 24 - Sep 24' half a year: no period) beside an England column."""
    rows = [["Measure", "Apr 23 - Mar 24", "Apr 24 - Sep 24", "Jul 24 - Sep 24", "England 2023/24"],
            ["Re-referrals within 12 months (%)", "22.5%", "20.1%", "19.4%", "22.4%"],
            ["Children in care (number)", "402", "415", "415", "-"],
            ["Assessments within 45 working days (%)", "84%", "88%", "90%", "82.9%"]]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4, title="Scorecard").build([_p("Children's services scorecard", "Heading1"), table])
    return path
