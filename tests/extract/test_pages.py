"""The page model: words as a reader sees them."""
from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from extract.pages import (has_figure_line, has_figure_rows, has_header_line, parse_pdf, split_at_rulings,
                           upright_rotation, with_paragraph_gaps, word_text)


@pytest.mark.parametrize("raw, text", [
    ("(cid:127)", "\u2022"),  # a symbol-font bullet
    ("(cid:127)Review", "\u2022 Review"),  # a bullet set tight against its text
    ("thres(cid:3)holds", "thres\ufffdholds"),  # an unreadable glyph inside a word
    ("Review", "Review"),
])
def test_word_text(raw, text):
    assert word_text(raw) == text


@pytest.mark.parametrize("text, expected", [
    ("Ref  Action  Lead  Deadline  RAG", True),
    ("Minute  Action  Officer  Progress", True),  # a committee's action log
    ("No.  Action  Responsible officer  Target date  Status", True),
    ("The lead officer will report progress to the panel in March.", False),  # prose: too long and too few
    ("Action  Progress", False),
])
def test_has_header_line(text, expected):
    assert has_header_line(text) is expected


def test_bullets_with_no_unicode_mapping_do_not_leak_into_cells(tmp_path):
    # regression: reportlab's standard-font bullet has no Unicode mapping, so pdfminer printed '(cid:127)'
    # into the action text of a plan table
    body = getSampleStyleSheet()["BodyText"]
    path = tmp_path / "bullets.pdf"
    table = Table([["Ref", "Action", "Lead"],
                   ["A1", Paragraph("\u2022 Review thresholds<br/>\u2022 Publish the guidance", body), "Head of Service"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])
    (page,) = parse_pdf(str(path), doc_type="action_plan")
    cell = page.tables[0].rows[1][1].text
    assert "(cid:" not in cell
    assert cell.split() == ["\u2022", "Review", "thresholds", "\u2022", "Publish", "the", "guidance"]


@pytest.mark.parametrize("angles, rotation, expected", [
    ([0.0] * 10, 0, None),  # upright text on an upright page
    ([4.712] * 10, 0, 90),  # text reads bottom to top: turn the page a quarter clockwise
    ([1.571] * 10, 0, 270),  # text reads top to bottom
    ([4.712] * 10, 90, None),  # a landscape page stored portrait with /Rotate 90: already upright
    ([3.1416] * 10, 0, 180),  # upside down
    ([0.0] * 7 + [4.712] * 3, 0, None),  # a few sideways column headers do not turn a page
    ([6.2831] * 10, 0, None),  # 2π is upright
    ([], 0, None),
])
def test_upright_rotation(angles, rotation, expected):
    assert upright_rotation(angles, rotation) == expected


def test_sideways_page_is_read_in_the_readers_frame(tmp_path):
    from examples import builders

    page = parse_pdf(str(builders.sideways_plan(tmp_path / "sideways.pdf")))[0]
    assert page.layout and page.width > page.height
    header = [w.text for w in page.words if w.bold and w.text in ("Ref", "Action", "Lead", "Deadline", "RAG")]
    assert header == ["Ref", "Action", "Lead", "Deadline", "RAG"]


def _chars(text: str, x0: float, width: float = 4.0) -> list[dict]:
    return [{"text": ch, "x0": x0 + i * width, "x1": x0 + (i + 1) * width, "top": 100.0, "bottom": 108.0}
            for i, ch in enumerate(text)]


@pytest.mark.parametrize("rulings, pieces", [
    ([], ["544.5G"]),
    ([(120.5, 90.0, 120.0)], ["544.5", "G"]),  # the cell border between the figure and the status
    ([(120.5, 10.0, 50.0)], ["544.5G"]),  # a rule above the word, not through it
    ([(99.0, 90.0, 120.0), (125.0, 90.0, 120.0)], ["544.5G"]),  # rules at the word's ends cut nothing
    ([(104.5, 90.0, 120.0), (112.5, 90.0, 120.0)], ["5", "44", ".5G"]),
])
def test_split_at_rulings(rulings, pieces):
    got = split_at_rulings(_chars("544.5G", 100.0), rulings)
    assert ["".join(c["text"] for c in piece) for piece in got] == pieces


def test_a_figure_flush_against_the_next_cell_stays_in_its_cell(tmp_path):
    # regression: a spreadsheet printed '544.5' right-aligned against a status letter 'G' in the next cell;
    # word-finding joined them into '544.5G' and the England figure was lost
    path = tmp_path / "sheet.pdf"
    table = Table([["Indicator", "England", "RAG"], ["Referrals per 10,000 children", "544.5", "G"]],
                  colWidths=[150, 40, 30])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 1), (1, 1), "RIGHT"),
                               ("RIGHTPADDING", (1, 1), (1, 1), 0.5), ("LEFTPADDING", (2, 1), (2, 1), 0.5)]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])
    (page,) = parse_pdf(str(path), doc_type="other")
    assert [c.text for c in page.tables[0].rows[1]] == ["Referrals per 10,000 children", "544.5", "G"]


@pytest.mark.parametrize("text, expected", [
    ("Indicator 2022/23 2023/24 Q1\nReferrals per 10,000 498.2 512.4 131\nRe-referrals (%) 24.1% 23.1% 21.4%", True),
    ("Referrals per 10,000 498.2 512.4 131", False),  # one line of figures is no table
    ("In 2021 2022 2023 the council grew\nwe saw 2021 2022 2023 too", False),  # years are not figures
    ("498.2 512.4 131 500\n24.1% 23.1% 21.4% 20%", False),  # figures with no label: tiles, not rows
    ("Re-referrals fell to 19% from 22% in 2023.\nWe met 12 of 14 targets.", False),  # prose
    # a direction of travel or a RAG word may close each row (regression: a digest so printed was never read)
    ("Contacts received 11,204 12,876 13,540 Up\nReferrals per 10,000 498.2 512.0 530.4 Down", True),
    ("Care leavers in EET 52 55 57 Green\nCLA per 10,000 71 74 76 ↑", True),
])
def test_has_figure_rows(text, expected):
    assert has_figure_rows(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("Dashboard\n3,412 18% 86%\nContacts received Re-referrals", True),  # a row of tiles, run across
    ("Dashboard\n2,684\nContacts received\n21.5%\nRe-referrals", True),  # tiles, one after another
    ("468 12.5 days 9.8% 62%", True),
    ("Re-referrals fell to 19% from 22%.\n12", False),  # one lone figure: a page number
    ("Referrals per 10,000 498.2 512.4", False),  # a row with its label
    ("2022 2023 2024", False),  # years are no figures
])
def test_has_figure_line(text, expected):
    assert has_figure_line(text) is expected


@pytest.mark.parametrize("upwards", [True, False])
def test_turned_column_headers_read_in_their_own_direction(tmp_path, upwards):
    # regression: month headers turned 90° in a spreadsheet scorecard came out backwards ('42 guA'), so no
    # column had a period and the England column was read as the council's own figures
    from examples.builders import turned_header_scorecard

    (page,) = parse_pdf(str(turned_header_scorecard(tmp_path / "card.pdf", upwards)), doc_type="other")
    assert [c.text for c in page.tables[0].rows[0]] == ["Indicator", "Aug 24", "Sep 24", "Oct 24", "Target",
                                                        "England 2023"]
    assert [c.text for c in page.tables[0].rows[1]][-2:] == ["20%", "22.4%"]


@pytest.mark.parametrize("baselines, expected", [
    # lines 12 apart in 10-point type, and a paragraph's space after: a step of 18 parts the paragraphs
    ([(700, 10), (688, 10), (670, 10), (658, 10)], "a\r\nb\r\n\r\nc\r\nd"),
    # double-spaced lines step 24 throughout: one paragraph, however wide the steps
    ([(700, 10), (676, 10), (652, 10), (628, 10)], "a\r\nb\r\nc\r\nd"),
    # a step no line repeats gives no spacing to measure against: the text as PDFium gave it
    ([(700, 10), (690, 10), (660, 10), (601, 10)], "a\r\nb\r\nc\r\nd"),
    # a step up the page is a new column or a footer read out of order, not a paragraph's space
    ([(700, 10), (688, 10), (676, 10), (750, 10)], "a\r\nb\r\nc\r\nd"),
])
def test_a_paragraphs_space_after_is_a_blank_line(baselines, expected):
    assert with_paragraph_gaps("a\r\nb\r\nc\r\nd", baselines) == expected


def test_paragraphs_whose_last_lines_run_full_width_are_parted(tmp_path):
    from reportlab.lib.styles import ParagraphStyle

    # regression: a long last line ran one paragraph into the next, and its period with it
    style = ParagraphStyle("body", fontSize=10, leading=12, spaceAfter=8)
    first = "Referrals rose to 1,432 in 2023/24, a rate of 129.5 per 10,000 children, higher than last year by ten."
    second = "Permanent exclusions fell to 0.08% of pupils, below the national rate of 0.10% across schools."
    path = tmp_path / "paras.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(first * 2, style), Paragraph(second * 2, style)])
    text = parse_pdf(str(path))[0].text
    assert "\n\n" in text
    before, after = text.split("\n\n", 1)
    assert "Permanent" not in before and after.startswith("Permanent")
