"""Finding tables on a layout page: a chain of small steps driven by one settings object.

Step 1 finds ruled tables from the page's drawn lines and rect edges
(pdfplumber's "lines" strategy). Each table's cells then get their text from
the page's words and their colour from the filled rects beneath them, so a
status cell filled red with no text still says red.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrutineer.model import Cell, Rect, Table, Word


@dataclass
class TableSettings:
    """Every knob of table finding, in one place."""

    vertical_strategy: str = "lines"
    horizontal_strategy: str = "lines"
    snap_tolerance: float = 3.0
    join_tolerance: float = 3.0
    intersection_tolerance: float = 3.0
    min_rows: int = 1
    # a grid whose cells miss more than this share of the words inside it is no table
    max_stray_words: float = 0.2
    # a filled rectangle up to this tall (points) is a rule; a taller one is shading
    max_rule_thickness: float = 2.0
    min_cols: int = 2
    # a fill counts for a cell when it covers this share of the cell's area
    min_fill_cover: float = 0.5
    # fills this close to white are paper, not colour
    white_threshold: int = 245
    # horizontally ruled tables: a rule is at least this share of the page width,
    # and a table has at least this many rules lined up under each other
    min_rule_share: float = 0.3
    min_rules: int = 3
    # a column gap is at least this wide (points) and empty in this share of rows
    min_column_gap: float = 4.0
    gap_agreement: float = 0.8
    # unruled tables: a header line has at least this many word groups this far apart
    min_header_groups: int = 3
    header_group_gap: float = 12.0
    # … and figures or periods this far apart ('1102 1215', 'Apr-24 May-24', 'Sep-24 Target') are separate
    # cells, however tightly a spreadsheet sets its columns (a space between words is about 3 points)
    cell_token_gap: float = 5.0
    # a header line not in bold heads a table only when this many lines under it each give a label
    # and at least two figures in separate groups (a spreadsheet printed with no borders or bold)
    min_figure_rows: int = 2
    extra: dict = field(default_factory=dict)

    def plumber(self) -> dict:
        return {
            "vertical_strategy": self.vertical_strategy,
            "horizontal_strategy": self.horizontal_strategy,
            "snap_tolerance": self.snap_tolerance,
            "join_tolerance": self.join_tolerance,
            "intersection_tolerance": self.intersection_tolerance,
            **self.extra,
        }


def is_white(hex_colour: str | None, threshold: int = 245) -> bool:
    if not hex_colour:
        return True
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return min(r, g, b) >= threshold


def words_in(words: list[Word], x0: float, top: float, x1: float, bottom: float) -> list[Word]:
    """Words whose centre lies inside the box."""
    out = []
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if x0 <= cx <= x1 and top <= cy <= bottom:
            out.append(w)
    return out


def text_of(words: list[Word], line_tolerance: float = 3.0, box: tuple[float, float] | None = None) -> str:
    """Words → text, one line per visual line, in reading order.

    ``box``: the cell's (x0, x1), to put back words a narrow cell broke over two lines ('31/12/202' / '4')."""
    if not words:
        return ""
    ordered = sorted(words, key=lambda w: (round(w.top), w.x0))
    lines: list[list[Word]] = []
    for w in ordered:
        if lines and abs(lines[-1][0].top - w.top) <= line_tolerance:
            lines[-1].append(w)
        else:
            lines.append([w])
    lines = [sorted(line, key=lambda w: w.x0) for line in lines]
    out = [" ".join(x.text for x in lines[0])]
    for before, line in zip(lines, lines[1:]):
        text = " ".join(x.text for x in line)
        if box and broken_word(before, line, box, lines):
            out[-1] += text  # no line break, no space: one word
        else:
            out.append(text)
    return "\n".join(out)


# short words that start a line after a long one without being the rest of it
_FUNCTION_WORDS = frozenset("a an and as at be by for from in is it of on or the to up we with".split())


def broken_word(before: list[Word], line: list[Word], box: tuple[float, float], lines: list[list[Word]]) -> bool:
    """Does ``line`` open with the rest of a word that was too wide for the cell ('Safeguardi' / 'ng')?

    Layout engines break a word only when it alone overfills the line: the piece sits alone on its line and
    reaches the text's right edge (the cell's right side less the padding its text keeps on the left), so
    even the next piece's first character would not have fitted. The rest is a few letters that are not a
    word of their own ('nt', 'tion', or 'G' after 'RA'), or the digits that finish a date ('31/12/202' / '4')."""
    if len(before) != 1 or not line:
        return False
    left = min(ln[0].x0 for ln in lines)
    if any(abs(ln[0].x0 - left) > 1.5 for ln in lines):
        return False  # centred or indented text: its right edge is not known
    right = box[1] - (left - box[0])
    piece, rest = before[0], line[0]
    char = (rest.x1 - rest.x0) / max(len(rest.text), 1)
    if piece.x1 + char <= right - 0.5:
        return False
    head, tail = piece.text, rest.text.rstrip(".,;:)")
    if head[-1:].isdigit() and tail[:1].isdigit():
        return len(head) >= 6 and not re.search(r"\D", tail)  # a date's digits ('31/12/202' / '4'), not a second ref under 2.1
    # a word in capitals breaks into capitals ('RA' / 'G' in a narrow status column's header)
    same_case = (tail.islower() and not head.isupper()) or (tail.isupper() and head.isupper())
    return head[-1:].isalpha() and tail.isalpha() and same_case and len(tail) <= 4 and tail.lower() not in _FUNCTION_WORDS


def fill_under(rects: list[Rect], x0: float, top: float, x1: float, bottom: float, settings: TableSettings) -> str | None:
    """The colour a reader sees behind a box: the last-drawn non-white fill covering it."""
    area = max((x1 - x0) * (bottom - top), 1e-6)
    seen = None
    for r in rects:  # later rects are drawn on top
        ix = min(x1, r.x1) - max(x0, r.x0)
        iy = min(bottom, r.bottom) - max(top, r.top)
        if ix <= 0 or iy <= 0:
            continue
        if ix * iy / area < settings.min_fill_cover:
            continue
        seen = r.fill
    return None if is_white(seen, settings.white_threshold) else seen


def build_table(bboxes_by_row: list[list[tuple | None]], number: int, words: list[Word], rects: list[Rect],
                settings: TableSettings, ruling: str) -> Table:
    rows = []
    for row in bboxes_by_row:
        cells = []
        for bbox in row:
            if bbox is None:
                cells.append(None)
                continue
            x0, top, x1, bottom = bbox
            inside = words_in(words, x0, top, x1, bottom)
            cells.append(Cell(
                text=text_of(inside, box=(x0, x1)),
                x0=x0, top=top, x1=x1, bottom=bottom,
                fill=fill_under(rects, x0, top, x1, bottom, settings),
                bold=bool(inside) and all(w.bold for w in inside),
            ))
        rows.append(cells)
    xs = [c.x0 for r in rows for c in r if c] + [c.x1 for r in rows for c in r if c]
    ys = [c.top for r in rows for c in r if c] + [c.bottom for r in rows for c in r if c]
    return Table(page=number, x0=min(xs), top=min(ys), x1=max(xs), bottom=max(ys), rows=rows, ruling=ruling)


def ruled_tables(plumber_page, number: int, words: list[Word], rects: list[Rect], settings: TableSettings) -> list[Table]:
    """Tables whose cells are drawn: pdfplumber's lines strategy."""
    found = plumber_page.find_tables(settings.plumber())
    tables = []
    for t in found:
        bboxes = [list(r.cells) for r in t.rows]
        if len(bboxes) < settings.min_rows or max((len(r) for r in bboxes), default=0) < settings.min_cols:
            continue
        if stray_share(bboxes, words) > settings.max_stray_words:
            continue  # fills or stray rules that only look like a grid: the words run across it
        tables.append(build_table(bboxes, number, words, rects, settings, ruling="full"))
    return tables


def stray_share(bboxes_by_row: list[list[tuple | None]], words: list[Word]) -> float:
    """Share of the words inside a grid's outline that fall in none of its cells.

    A drawn table puts every word within it in a cell. Shaded band rows and status fills with no
    rules between them make pdfplumber see a grid whose 'cells' miss most of the text.
    """
    cells = [b for row in bboxes_by_row for b in row if b is not None]
    if not cells:
        return 1.0
    x0, top = min(b[0] for b in cells), min(b[1] for b in cells)
    x1, bottom = max(b[2] for b in cells), max(b[3] for b in cells)
    inside = words_in(words, x0, top, x1, bottom)
    if len(inside) < 4:
        return 0.0
    stray = [w for w in inside if not any(words_in([w], *b) for b in cells)]
    return len(stray) / len(inside)


def _inside_any(y: float, x0: float, x1: float, tables: list[Table], pad: float = 2.0) -> bool:
    return any(t.top - pad <= y <= t.bottom + pad and x0 < t.x1 and x1 > t.x0 for t in tables)


def rule_groups(edges: list[tuple[float, float, float]], page_width: float, taken: list[Table],
                settings: TableSettings) -> list[list[tuple[float, float, float]]]:
    """Horizontal rules (y, x0, x1) that line up under each other: one group per table.

    Rules inside a table already found are its cell borders, not a new table.
    """
    rules = sorted((round(y, 1), x0, x1) for y, x0, x1 in edges
                   if x1 - x0 >= settings.min_rule_share * page_width and not _inside_any(y, x0, x1, taken))
    deduped: list[tuple[float, float, float]] = []
    for r in rules:
        if deduped and abs(deduped[-1][0] - r[0]) <= 1.5 and abs(deduped[-1][1] - r[1]) <= 6:
            continue
        deduped.append(r)
    groups: list[list[tuple[float, float, float]]] = []
    for r in deduped:
        g = groups[-1] if groups else None
        if g and abs(g[-1][1] - r[1]) <= 6 and abs(g[-1][2] - r[2]) <= 6:
            g.append(r)
        else:
            groups.append([r])
    return [g for g in groups if len(g) >= settings.min_rules]


def column_bounds(bands: list[list[Word]], x0: float, x1: float, settings: TableSettings) -> list[tuple[float, float]]:
    """Columns of a table whose cells are not drawn: the x-ranges between gaps most rows leave empty."""
    width = int(x1 - x0) + 2
    covered = [0] * width
    rows = [b for b in bands if b]
    for band in rows:
        seen = [False] * width
        for w in band:
            for x in range(max(0, int(w.x0 - x0)), min(width, int(w.x1 - x0) + 1)):
                seen[x] = True
        for x, v in enumerate(seen):
            covered[x] += v
    limit = len(rows) * (1 - settings.gap_agreement)
    free = [c <= limit for c in covered]
    cols, start, x = [], None, 0
    while x < width:
        if not free[x]:
            if start is None:
                start = x
            x += 1
            continue
        run = x
        while run < width and free[run]:
            run += 1
        if start is not None and (run - x >= settings.min_column_gap or run >= width):
            cols.append((x0 + start, x0 + x))
            start = None
        x = run
    if start is not None:
        cols.append((x0 + start, x1))
    # cell text is left-aligned: a column ends just before the next one's text starts, so a
    # long word that pokes into the gap in one row stays in its own column
    out = []
    for i, (a, b) in enumerate(cols):
        left = x0 if i == 0 else cols[i][0] - 1
        right = x1 if i == len(cols) - 1 else cols[i + 1][0] - 1
        out.append((left, right))
    return out


def _crosses(line: list[Word], cols: list[tuple[float, float]]) -> bool:
    return any(w.x0 < b - 1 and w.x1 > b + 1 for w in line for b in [c[1] for c in cols[:-1]])


def grid_bboxes(bands: list[tuple[float, float]], cols: list[tuple[float, float]], words: list[Word]) -> list[list[tuple | None]]:
    """Cell boxes of each row band; a row whose words cross a column gap (a band heading) is one cell.

    A band holding a heading line and then column-aligned lines (a heading
    over a repeated header, with no rule between) is split where they change.
    """
    out = []
    for top, bottom in bands:
        lines = word_lines(words_in(words, cols[0][0], top, cols[-1][1], bottom))
        kinds = [_crosses(line, cols) for line in lines]
        cuts = [top]
        for k in range(1, len(lines)):
            if kinds[k] != kinds[k - 1]:
                cuts.append((max(w.bottom for w in lines[k - 1]) + min(w.top for w in lines[k])) / 2)
        cuts.append(bottom)
        starts = [0] + [k for k in range(1, len(lines)) if kinds[k] != kinds[k - 1]]
        for (a, b), k in zip(zip(cuts, cuts[1:]), starts or [0]):
            if kinds and kinds[k]:
                out.append([(cols[0][0], a, cols[-1][1], b)] + [None] * (len(cols) - 1))
            else:
                out.append([(x0, a, x1, b) for x0, x1 in cols])
    return out


def header_above_rule(words: list[Word], rule_y: float, x0: float, x1: float, settings: TableSettings) -> float | None:
    """Top of a header line sitting right on the first rule with no rule above it, or None.

    Many templates rule only under each row: the header then sits above the
    first rule. It counts when it touches the rule and splits into columns.
    """
    near = [w for w in words if x0 - 2 <= w.x0 and w.x1 <= x1 + 2 and rule_y - 30 <= w.top and w.bottom <= rule_y + 0.5]
    if not near:
        return None
    lines = word_lines(near)
    last = lines[-1]
    if rule_y - max(w.bottom for w in last) > 8:
        return None
    if len(_groups(last, settings.header_group_gap, settings.cell_token_gap)) < settings.min_header_groups:
        return None
    top = min(w.top for w in last)
    # a header may wrap to two lines ("Date to / complete")
    if len(lines) > 1 and top - max(w.bottom for w in lines[-2]) <= 3:
        top = min(w.top for w in lines[-2])
    return top - 1


def split_band(band: tuple[float, float], words: list[Word], cols: list[tuple[float, float]],
               extra_gap: float = 3.0) -> list[tuple[float, float]]:
    """Rows inside one band between rules (a table ruled only at its top, header and bottom).

    Lines further apart than the cell's line spacing start a new row when each
    such block has text in the key column (the first, or the second beside a
    first that groups rows); otherwise the band is one row (a cell's paragraphs
    are spaced too, but only the first has a ref).
    """
    lines = word_lines(words)
    if len(lines) < 2:
        return [band]
    tops = [min(w.top for w in line) for line in lines]
    leading = min(b - a for a, b in zip(tops, tops[1:]))
    starts = [0] + [k for k in range(1, len(lines)) if tops[k] - tops[k - 1] > leading + extra_gap]
    if len(starts) < 2:
        return [band]
    blocks = [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]

    def keys_each(col: tuple[float, float]) -> bool:
        # anywhere in the block: a cell set to the bottom or middle of its row prints below the row's top line
        return all(any(col[0] <= w.x0 < col[1] for line in block for w in line) for block in blocks)

    # the key is the first column, or the second beside a first that groups rows (a priority merged down)
    key = cols[0] if keys_each(cols[0]) else cols[1] if len(cols) > 2 and keys_each(cols[1]) else None
    if key is None:
        return [band]
    starts = [row for k in starts for row in _key_lines(lines, k, starts, key)]
    cuts = [band[0]] + [(max(w.bottom for w in lines[k - 1]) + tops[k]) / 2 for k in starts[1:]] + [band[1]]
    return list(zip(cuts, cuts[1:]))


def _key_lines(lines: list[list[Word]], k: int, starts: list[int], key: tuple[float, float]) -> list[int]:
    """Where the rows of the block of lines opening at ``k`` start: at ``k``, and at each further line
    whose key cell is one word of its own ('2.1' and '2.2' a few lines apart: cells set to the middle of
    their rows run two rows' lines together)."""
    end = next((s for s in starts if s > k), len(lines))
    in_key = {j: [w for w in lines[j] if key[0] <= w.x0 < key[1]] for j in range(k, end)}
    keyed = [j for j, words in in_key.items() if words]
    single = all(len(in_key[j]) == 1 for j in keyed)
    return [k] + (keyed[1:] if len(keyed) > 1 and single else [])


def is_shading_edge(edge: dict, shading: list[tuple[float, float, float, float]]) -> bool:
    """Is a horizontal edge only the top or bottom of a shaded band (a filled row, a status cell)?

    A shaded row is no rule between rows: spreadsheets shade section rows and status cells of tables
    that have no rules at all.
    """
    if edge.get("object_type") != "rect_edge":
        return False
    return any(abs(edge["top"] - y) <= 0.5 and abs(edge["x0"] - x0) <= 0.5 and abs(edge["x1"] - x1) <= 0.5
               for top, bottom, x0, x1 in shading for y in (top, bottom))


def horizontal_tables(plumber_page, number: int, words: list[Word], rects: list[Rect], settings: TableSettings,
                      taken: list[Table]) -> list[Table]:
    """Tables ruled only between rows: rows from the rules, columns from the gaps in the text."""
    shading = [(r["top"], r["bottom"], r["x0"], r["x1"]) for r in plumber_page.rects
               if r.get("fill") and not r.get("stroke") and r["bottom"] - r["top"] > settings.max_rule_thickness]
    edges = [(e["top"], e["x0"], e["x1"]) for e in plumber_page.horizontal_edges if not is_shading_edge(e, shading)]
    tables = []
    for group in rule_groups(edges, float(plumber_page.width), taken, settings):
        x0, x1 = min(r[1] for r in group), max(r[2] for r in group)
        bands = [(a[0], b[0]) for a, b in zip(group, group[1:])]
        head = header_above_rule(words, group[0][0], x0, x1, settings)
        if head is not None:
            bands.insert(0, (head, group[0][0]))
        band_words = [words_in(words, x0, top, x1, bottom) for top, bottom in bands]
        if sum(bool(b) for b in band_words) < settings.min_rows:
            continue
        cols = column_bounds(band_words, x0, x1, settings)
        if len(cols) < settings.min_cols:
            continue
        rows: list[tuple[float, float]] = []
        for band, bw in zip(bands, band_words):
            if bw:
                rows.extend(split_band(band, bw, cols))
        grid = grid_bboxes(rows, cols, words)
        tables.append(build_table(grid, number, words, rects, settings, ruling="horizontal"))
    return tables


def word_lines(words: list[Word], tolerance: float = 3.0) -> list[list[Word]]:
    """Words in visual lines, top to bottom, each line left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        if lines and abs(lines[-1][0].top - w.top) <= tolerance:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _groups(line: list[Word], gap: float, token_gap: float = TableSettings.cell_token_gap) -> list[list[Word]]:
    groups: list[list[Word]] = []
    for w in line:
        space = w.x0 - groups[-1][-1].x1 if groups else 0.0
        if groups and space < gap and not (space >= token_gap and _cell_edge(groups[-1][-1].text, w.text)):
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


# a period heading a spreadsheet's column: 'Apr-24', "Sep'24", '2023/24', '2023-24', 'Q1', 'FY24'
_PERIOD_TOKEN = re.compile(r"^(?:[A-Z][a-z]{2,3}[-'/’]\d{2,4}|(?:19|20)\d\d(?:[/-]\d{2,4})?|Q[1-4]|FY\d{2}(?:/\d{2})?)$")


def _cell_edge(left: str, right: str) -> bool:
    """Do two words set further apart than a space sit in two cells? Figures and periods side by side do
    ('1102 1215', 'Apr-24 May-24'), and so does a period beside a heading ('Sep-24 Target')."""
    figures = [is_figure_token(t) for t in (left, right)]
    periods = [bool(_PERIOD_TOKEN.match(t)) for t in (left, right)]
    return all(f or p for f, p in zip(figures, periods)) or (any(periods) and not any(figures))


_FIGURE = re.compile(r"^[(<>]?[+\-\u2212]?\d[\d,]*(?:\.\d+)?%?\*?\)?$")


def is_figure_token(text: str) -> bool:
    """A word that is a figure ('88%', '5,106', '(62.6)'), not a year."""
    return bool(_FIGURE.match(text)) and not re.fullmatch(r"(?:19|20)\d\d", text)


def _is_figure(group: list[Word]) -> bool:
    return len(group) == 1 and is_figure_token(group[0].text)


def heads_figures(lines: list[list[Word]], i: int, settings: TableSettings) -> bool:
    """Does a header line with no bold head a table of figures: no figure among its own groups (periods
    and names only), and lines under it that each open with a label and give two or more figures?"""
    if any(_is_figure(g) for g in _groups(lines[i], settings.header_group_gap, settings.cell_token_gap)):
        return False
    rows = 0
    for line in lines[i + 1:i + 1 + 2 * settings.min_figure_rows]:
        groups = _groups(line, settings.header_group_gap, settings.cell_token_gap)
        if not _is_figure(groups[0]) and sum(_is_figure(g) for g in groups[1:]) >= 2:
            rows += 1
    return rows >= settings.min_figure_rows


def is_sub_header(line: list[Word], header: list[Word], settings: TableSettings) -> bool:
    """Is the line under a header a second header row ('Outturn | Q1 | Q2 | Q3 | Q4' under '2023/24 | 2024/25'):
    right under it, two or more groups, no figures, and nothing in the label column?"""
    groups = _groups(line, settings.header_group_gap, settings.cell_token_gap)
    head = _groups(header, settings.header_group_gap, settings.cell_token_gap)
    height = max(w.bottom for w in header) - min(w.top for w in header)
    # sub-headings are a few words ('Q1', 'Outturn', 'Rate per 10,000'); the first lines of cells wrapped
    # under a header (cells set to the bottom or middle of their rows) run longer
    return len(groups) >= 2 and not any(_is_figure(g) for g in groups) and groups[0][0].x0 > head[0][-1].x1 \
        and min(w.top for w in line) - max(w.bottom for w in header) <= height and all(len(g) <= 3 for g in groups)


def sub_header_starts(groups: list[list[Word]], subs: list[list[Word]], tolerance: float = 2.0) -> list[float]:
    """Column starts of a header printed on two rows: every sub-heading starts a column ('Q1 … Q4' under
    '2024/25', or 'Outturn' under '2023/24' run into 'Polarity 2023/24' for want of space), and so does
    every heading, except one centred over several sub-headings, whose start is no column's."""
    starts = [sub[0].x0 for sub in subs]
    for g in groups:
        gx0, gx1 = g[0].x0, g[-1].x1
        under = [sub for sub in subs if sub[0].x0 < gx1 + tolerance and sub[-1].x1 > gx0 - tolerance]
        if len(under) < 2 or any(abs(sub[0].x0 - gx0) <= tolerance for sub in under):
            starts.append(gx0)
    out: list[float] = []
    for x in sorted(starts):
        if not out or x - out[-1] > tolerance:
            out.append(x)
    return out


def reach_of_centred(groups: list[list[Word]]) -> float:
    """How far left a header's first column may reach: a heading centred over left-aligned cells ('Priority'
    over '1. Leaders know …') starts right of them, but its column reaches no further left than it reaches
    right, up to the next heading."""
    first = groups[0]
    if len(groups) < 2:
        return first[0].x0
    centre = (first[0].x0 + first[-1].x1) / 2
    return min(first[0].x0, centre - (groups[1][0].x0 - centre))


def _runs_across(line: list[Word], starts: list[float], gap: float) -> bool:
    """Does a run of words cross two column starts, as a sentence does? (Cells close together may join
    over one: a ref and its action, '2.2 Ensure …'.)"""
    return any(sum(g[0].x0 < x - 2 and g[-1].x1 > x + 2 for x in starts[1:]) >= 2 for g in _groups(line, gap))


def body_under_centred_header(body: list[list[Word]], groups: list[list[Word]], gap: float) -> list[list[Word]]:
    """The body without the lines after it that start left of its header and run across its columns
    as a sentence does ('Key: Green – on track; …' printed right under the table)."""
    starts = body_starts(groups, body, gap, min((line[0].x0 for line in body), default=groups[0][0].x0) - 2)
    end = len(body)
    while end and body[end - 1][0].x0 < groups[0][0].x0 - 2 and _runs_across(body[end - 1], starts, gap):
        end -= 1
    return body[:end]


def body_starts(groups: list[list[Word]], body: list[list[Word]], gap: float, left: float) -> list[float]:
    """Column starts of a table whose headings are centred over left-aligned cells: each column starts
    where the leftmost cell text under its heading starts, between the previous heading's end and its
    own start (a heading with no such text keeps its own start)."""
    segments = [g for line in body for g in _groups(line, gap)]
    starts = []
    for k, g in enumerate(groups):
        lo = groups[k - 1][-1].x1 if k else left
        under = [s[0].x0 for s in segments if lo < s[0].x0 <= g[0].x0 + 1]
        starts.append(min(under, default=g[0].x0))
    return starts


def split_at_body_columns(groups: list[list[Word]], body: list[list[Word]], settings: TableSettings) -> list[float]:
    """Column starts from a header's groups, also splitting a group at a word that starts where cells of
    the lines under it start: cells padded tight set two headings a bare gap apart ('Stat. Neighbours
    England' over '560.1' and '544.5')."""
    cells = [g[0].x0 for line in body for g in _groups(line, settings.header_group_gap, settings.cell_token_gap)]
    starts = []
    for g in groups:
        starts.append(g[0].x0)
        for before, w in zip(g, g[1:]):
            if w.x0 - before.x1 >= settings.cell_token_gap \
                    and sum(abs(x - w.x0) <= 1.5 for x in cells) >= settings.min_figure_rows:
                starts.append(w.x0)
    return starts


def unruled_tables(words: list[Word], number: int, rects: list[Rect], settings: TableSettings,
                   taken: list[Table]) -> list[Table]:
    """Tables with no rules at all, found from a header line of separated word groups: in bold,
    or heading lines of figures (see ``heads_figures``).

    Columns start where the header's groups start. Rows are the blocks of
    lines set apart by extra spacing, each opening with text in the first
    column; failing that, each line is a row (extractors then join a cell's
    wrapped lines by the row's empty key cells). The table ends at a wide
    vertical gap or at text left of its first column.
    """
    free = [w for w in words if not _inside_any((w.top + w.bottom) / 2, w.x0, w.x1, taken)]
    lines = word_lines(free)
    tables = []
    i = 0
    while i < len(lines):
        groups = _groups(lines[i], settings.header_group_gap, settings.cell_token_gap)
        if len(groups) < settings.min_header_groups or not (all(w.bold for w in lines[i]) or heads_figures(lines, i, settings)):
            i += 1
            continue
        starts = split_at_body_columns(groups, lines[i + 1:i + 13], settings)
        two_rows = i + 1 < len(lines) and is_sub_header(lines[i + 1], lines[i], settings)
        if two_rows:
            starts = sub_header_starts(groups, _groups(lines[i + 1], settings.header_group_gap, settings.cell_token_gap))
        left = starts[0] if two_rows else reach_of_centred(groups)
        x0, x1 = left - 2, max(w.x1 for line in lines[i:] for w in line)
        head_top = min(w.top for w in lines[i])
        body, prev_bottom = [], max(w.bottom for w in lines[i])
        height = prev_bottom - head_top
        for line in lines[i + 1:]:
            top = min(w.top for w in line)
            if top - prev_bottom > 2.5 * height + 6 or line[0].x0 < x0 - 2:
                break
            body.append(line)
            prev_bottom = max(w.bottom for w in line)
        centred = body_under_centred_header(body, groups, settings.header_group_gap) if not two_rows else body
        if any(line[0].x0 < starts[0] - 4 for line in centred):
            # cells start left of their centred headings: the columns are where the cells start
            body = centred
            starts = body_starts(groups, body, settings.header_group_gap, left - 2)
            x0 = starts[0] - 2
        else:  # the table ends at text left of its first column
            body = body[:next((k for k, line in enumerate(body) if line[0].x0 < starts[0] - 4), len(body))]
        if len(body) < settings.min_rows:
            i += 1
            continue
        cols = [(starts[k] - 2, (starts[k + 1] - 2) if k + 1 < len(starts) else x1 + 1) for k in range(len(starts))]
        head_bottom = max(w.bottom for w in lines[i]) + 0.5
        body_bottom = max(w.bottom for line in body for w in line) + 1
        rows = split_band((head_bottom, body_bottom), [w for line in body for w in line], cols)
        if len(rows) > 1:  # rows set apart by spacing: each keeps its wrapped lines
            bands = [(head_top - 1, head_bottom)] + rows
        else:  # one row per line; extractors join a cell's wrapped lines by its empty key cells
            bands, row_lines = [], [lines[i]] + body
            for k, line in enumerate(row_lines):
                top = min(w.top for w in line) - 1
                bottom = (min(w.top for w in row_lines[k + 1]) - 1) if k + 1 < len(row_lines) else max(w.bottom for w in line) + 1
                bands.append((top, bottom))
        tables.append(build_table(grid_bboxes(bands, cols, free), number, words, rects, settings, ruling="none"))
        i += 1 + len(body)
    return tables


def find_tables(plumber_page, number: int, words: list[Word], rects: list[Rect], settings: TableSettings) -> list[Table]:
    """All tables on a page, top to bottom: drawn grids, then tables ruled only between rows,
    then tables with no rules whose header line sets the columns."""
    tables = ruled_tables(plumber_page, number, words, rects, settings)
    tables += horizontal_tables(plumber_page, number, words, rects, settings, tables)
    tables += unruled_tables(words, number, rects, settings, tables)
    return sorted(tables, key=lambda t: (t.top, t.x0))
