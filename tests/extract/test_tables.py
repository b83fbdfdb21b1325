"""Table finding: drawn grids, tables ruled only between rows, and tables with no rules."""
from __future__ import annotations

import pytest

from examples import builders
from extract.pages import has_header_line, parse_pdf
from extract.tables import (TableSettings, body_starts, column_bounds, is_sub_header, grid_bboxes, heads_figures, sub_header_starts, is_shading_edge, rule_groups,
                            stray_share, text_of)
from scrutineer.model import Word


def tables_of(tmp_path, builder):
    path = builder(tmp_path / f"{builder.__name__}.pdf")
    return [t for p in parse_pdf(str(path)) for t in p.tables]


def texts(table):
    return [[None if c is None else " ".join(c.text.split()) for c in row] for row in table.rows]


def test_full_grid_with_colour_only_cells(tmp_path):
    tables = tables_of(tmp_path, builders.split_action_plan)
    assert [t.ruling for t in tables] == ["full", "full"]
    first = tables[0]
    assert texts(first)[0] == ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]
    assert [r[4].fill for r in first.rows[2:]] == ["#c6efce", "#ffff00", "#ffc7ce"]
    assert all(r[4].text == "" for r in first.rows[2:])


@pytest.mark.parametrize("builder", [builders.horizontal_action_plan, builders.rows_ruled_below_plan])
def test_horizontally_ruled_table(tmp_path, builder):
    (table,) = tables_of(tmp_path, builder)
    assert table.ruling == "horizontal"
    rows = texts(table)
    assert rows[0] == ["No.", "What we will do", "Action owner", "Timescale", "Status", "Success measures", "Ofsted rec."]
    assert rows[1][3] == "a) 31st May 2025 b) 1st June 2025"  # a long date pokes into the gap but stays in its column
    assert rows[1][6] == "2 and 3"
    # the heading between the two ruled blocks spans the table: one cell, the rest None
    assert rows[4] == ["Completed actions"] + [None] * 6
    assert rows[5] == rows[0]  # the repeated header is its own row, even with no rule between


def test_unruled_table(tmp_path):
    (table,) = tables_of(tmp_path, builders.unruled_action_plan)
    assert table.ruling == "none"
    rows = texts(table)
    assert rows[0] == ["Ref", "Action", "Owner", "Deadline", "Status", "Update"]
    assert rows[1][:5] == ["1.1", "Recruit six permanent social workers to the assessment team", "Head of Service",
                           "April 2025", "Green"]  # rows set apart by spacing keep their wrapped lines
    assert [r[0] for r in rows] == ["Ref", "1.1", "1.2", "1.3"]


def test_headings_a_bare_gap_apart_split_where_their_cells_start(tmp_path):
    # regression: tight padding set 'Stat. Neighbours' and 'England' one gap apart, read as one heading
    (table,) = tables_of(tmp_path, builders.tight_digest)
    rows = texts(table)
    assert rows[0] == ["Measure", "2021/22", "2022/23", "2023/24", "Stat. Neighbours", "England", "Direction"]
    assert rows[3] == ["Referrals per 10,000 children", "498.2", "512.0", "530.4", "560.1", "544.5", "Up"]
    assert rows[1] == ["Early Help and Front Door"] + [""] * 6


def _spaced_line(*groups: tuple[str, float], top: float = 100.0) -> list[Word]:
    """Words of one line: each (text, x0) a group, its words 4 pt a letter apart."""
    words = []
    for text, x in groups:
        for part in text.split():
            words.append(Word(part, x, top, x + 4 * len(part), top + 8))
            x += 4 * len(part) + 3
    return words


def test_columns_start_where_cells_start_under_centred_headings():
    header = _spaced_line(("Priority", 71), ("Ref", 131), ("What we will do", 195), ("Who", 330))
    groups = [header[0:1], header[1:2], header[2:6], header[6:7]]
    body = [_spaced_line(("1. Leaders", 45), ("1.1", 131), ("Launch a new framework", 150), ("DCS", 305), top=120),
            _spaced_line(("services well", 45), ("with practice weeks", 150), top=130)]
    assert body_starts(groups, body, 12.0, 40) == [45, 131, 150, 305]
    # a heading with no cell text starting under it keeps its own start
    assert body_starts(groups, body[1:], 12.0, 40) == [45, 131, 150, 330]


@pytest.mark.parametrize("under, want", [
    ((("Q1", 180), ("Q2", 220), ("Q3", 260)), True),
    # the first lines of cells set to the bottom of a row: long runs of words, no sub-headings
    ((("Launch a new performance framework", 150), ("Monthly performance board", 459)), False),
])
def test_a_second_header_row_is_a_few_words_a_column(under, want):
    header = _spaced_line(("Indicator", 40), ("2024/25", 200), ("Notes", 400), top=100)
    assert is_sub_header(_spaced_line(*under, top=110), header, TableSettings()) is want


def test_prose_page_has_no_tables(tmp_path):
    assert tables_of(tmp_path, builders.scrutiny_minutes) == []


@pytest.mark.parametrize("line, expected", [
    ("Ref Action Owner Deadline Status Update", True),
    ("No. What we will do Lead Timescale RAG Progress", True),
    ("The lead officer gave an update on progress and the status of the action plan to the committee today", False),
    ("Minutes of the meeting", False),
])
def test_has_header_line(line, expected):
    assert has_header_line("Some title\n" + line + "\nmore text") is expected


def test_column_bounds_from_gaps():
    bands = [[Word("1", 10, 0, 16, 10), Word("Agree", 40, 0, 80, 10), Word("a", 82, 0, 88, 10), Word("Head", 150, 0, 180, 10)],
             [Word("2", 10, 20, 16, 30), Word("Audit", 40, 20, 70, 30), Word("Principal", 150, 20, 199, 30)]]
    cols = column_bounds(bands, 5, 200, TableSettings())
    assert len(cols) == 3
    assert cols[1][0] == pytest.approx(39) and cols[2][0] == pytest.approx(149)


def test_grid_bboxes_span_a_heading_row():
    cols = [(0, 50), (50, 100), (100, 150)]
    words = [Word("Completed", 2, 12, 60, 20), Word("actions", 62, 12, 95, 20), Word("1", 2, 32, 8, 40), Word("x", 52, 32, 58, 40)]
    grid = grid_bboxes([(10, 25), (30, 45)], cols, words)
    assert grid[0] == [(0, 10, 150, 25), None, None]
    assert grid[1] == [(0, 30, 50, 45), (50, 30, 100, 45), (100, 30, 150, 45)]


def test_rule_groups_need_lined_up_rules():
    s = TableSettings()
    edges = [(100, 50, 750), (120, 50, 750), (160, 50, 750), (300, 60, 400)]
    groups = rule_groups(edges, 842, [], s)
    assert [[r[0] for r in g] for g in groups] == [[100, 120, 160]]
    assert rule_groups(edges[:2], 842, [], s) == []  # two rules are a box, not a table


def test_table_ruled_only_at_top_header_and_bottom(tmp_path):
    (table,) = tables_of(tmp_path, builders.booktabs_plan)
    rows = texts(table)
    assert [r[0] for r in rows] == ["Ref", "A1", "A2", "A3"]
    assert rows[3][2] == "Quality Assurance Manager"  # a wrapped cell stays one cell


def test_split_band_keeps_a_cells_paragraphs_together():
    cols = [(0, 40), (40, 300)]
    # one row: a ref, then a cell with two paragraphs spaced apart
    one_row = [Word("1", 2, 10, 8, 20), Word("First", 42, 10, 80, 20), Word("para", 42, 22, 80, 32), Word("Second", 42, 40, 90, 50)]
    from extract.tables import split_band
    assert split_band((5, 55), one_row, cols) == [(5, 55)]
    two_rows = one_row[:3] + [Word("2", 2, 40, 8, 50), Word("Next", 42, 40, 80, 50)]
    assert split_band((5, 55), two_rows, cols) == [(5, 36), (36, 55)]


def test_header_line_needs_three_different_words():
    assert has_header_line("Actions and action updates") is False


def test_shading_alone_makes_no_table(tmp_path):
    # shaded section rows and status cells with no rules between them are no grid and no rules
    (page,) = parse_pdf(str(builders.unruled_sheet(tmp_path / "sheet.pdf")), "other")
    assert [t.ruling for t in page.tables if t.ruling in ("full", "horizontal")] == []


def _w(text, x0, top):
    return Word(text, x0, top, x0 + 6 * len(text), top + 8)


def test_stray_share_counts_words_outside_every_cell():
    words = [_w("Ref", 10, 10), _w("Indicator", 60, 10), _w("G", 200, 30), _w("Low", 60, 30)]
    grid = [[(0, 0, 50, 20), (50, 0, 250, 20)], [None, (190, 20, 250, 40)]]
    assert stray_share(grid, words) == 0.25  # 'Low' lies inside the outline but in no cell
    assert stray_share([[(0, 0, 50, 20), (50, 0, 250, 20)], [(0, 20, 50, 40), (50, 20, 250, 40)]], words) == 0.0


@pytest.mark.parametrize("edge, expected", [
    ({"object_type": "rect_edge", "top": 100.0, "x0": 40.0, "x1": 730.0}, True),  # the top of a shaded band
    ({"object_type": "rect_edge", "top": 111.0, "x0": 40.0, "x1": 730.0}, True),  # its bottom
    ({"object_type": "line", "top": 100.0, "x0": 40.0, "x1": 730.0}, False),  # a drawn rule
    ({"object_type": "rect_edge", "top": 100.0, "x0": 40.0, "x1": 300.0}, False),  # another rectangle
])
def test_is_shading_edge(edge, expected):
    assert is_shading_edge(edge, [(100.0, 111.0, 40.0, 730.0)]) is expected


def _line(*groups, top=10.0):
    """A line of word groups 40pt apart (single words each)."""
    return [Word(text, 40.0 + 80 * k, top, 40.0 + 80 * k + 6 * len(text), top + 8) for k, text in enumerate(groups)]


@pytest.mark.parametrize("lines, expected", [
    # a plain header of periods and comparators over labelled rows of figures heads a table
    ([("Indicator", "2022/23", "Q1", "England"), ("Referrals", "498.2", "131", "544.5"), ("Rereferrals", "24%", "21%", "22%")], True),
    ([("Indicator", "2022/23", "Q1", "England"), ("Referrals", "498.2", "131", "544.5")], False),  # one row only
    ([("Referrals", "498.2", "131", "544.5"), ("Rereferrals", "24%", "21%", "22%"), ("Contacts", "4", "5", "6")], False),  # a row, not a header
    ([("Repeat", "Children", "Missing"), ("18%", "471", "246"), ("22%", "64", "12")], False),  # tiles: no labels
])
def test_heads_figures(lines, expected):
    built = [_line(*groups, top=10.0 + 14 * k) for k, groups in enumerate(lines)]
    assert heads_figures(built, 0, TableSettings()) is expected


def _group(text, x0):
    return [Word(text, x0, 10.0, x0 + 6 * len(text), 18.0)]


@pytest.mark.parametrize("heads, subs, starts", [
    # a merged year printed over the first of its quarters: every quarter starts a column
    ([("Indicator", 40), ("2024/25", 200), ("England", 400)], [("Q1", 200), ("Q2", 250), ("Q3", 300)],
     [40, 200, 250, 300, 400]),
    # a year centred over its quarters starts no column of its own
    ([("Indicator", 40), ("2024/25", 260), ("England", 400)], [("Q1", 200), ("Q2", 250), ("Q3", 300)],
     [40, 200, 250, 300, 400]),
    # a sub-heading under the second word of a run-together group ('Polarity 2023/24' over 'Outturn')
    ([("Indicator", 40), ("Polarity 2023/24", 150), ("England", 400)], [("Outturn", 210)], [40, 150, 210, 400]),
])
def test_sub_header_starts(heads, subs, starts):
    assert sub_header_starts([_group(t, x) for t, x in heads], [_group(t, x) for t, x in subs]) == starts


def _cell_lines(*lines: tuple[str, float]) -> list[Word]:
    """Left-aligned lines from x=162 in a cell 156.6–228.6 wide; each (text, right end of its last word)."""
    words = []
    for n, (text, x1) in enumerate(lines):
        parts = text.split()
        step = (x1 - 162.0) / max(len(text), 1)
        x = 162.0
        for p in parts:
            words.append(Word(p, x, 100.0 + 12 * n, x + step * len(p), 108.0 + 12 * n))
            x += step * (len(p) + 1)
    return words


@pytest.mark.parametrize("lines, text", [
    # a word wider than the cell, broken where the line ran out: put back together
    ((("Safeguardi", 223.0), ("ng", 176.0)), "Safeguardi" + "ng"),
    ((("assessmen", 221.7), ("t teams to", 218.1)), "assessment teams to"),
    ((("31/12/202", 223.0), ("4", 169.0)), "31/12/2024"),
    ((("SAFEGUARDI", 223.0), ("NG", 176.0)), "SAFEGUARDING"),  # capitals break into capitals ('RA' / 'G')
    # an ordinary wrap: the line stops short of the edge, or what follows is a word of its own
    ((("oversight", 214.4), ("through", 206.6)), "oversight\nthrough"),
    ((("Improvement", 222.9), ("of services", 210.0)), "Improvement\nof services"),
    ((("Head of", 223.0), ("team", 190.0)), "Head of\nteam"),  # two words on the line: no word was broken
    ((("Q1", 176.0), ("2024", 190.0)), "Q1\n2024"),
    ((("SAFEGUARDI", 223.0), ("ng", 176.0)), "SAFEGUARDI\nng"),  # lower case after capitals: no one word
    ((("Director of CSC", 223.0), ("AD", 180.0)), "Director of CSC\nAD"),
    ((("RAG", 223.0), ("TO", 176.0)), "RAG\nTO"),  # a word of its own in capitals
    ((("2.1", 223.0), ("2.2", 176.0)), "2.1\n2.2"),  # two refs, not a date's digits
])
def test_words_a_narrow_cell_broke(lines, text):
    assert text_of(_cell_lines(*lines), box=(156.6, 228.6)) == text
