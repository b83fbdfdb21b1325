"""Finding tables on a layout page: a chain of small steps driven by one settings object.

Step 1 finds ruled tables from the page's drawn lines and rect edges
(pdfplumber's "lines" strategy). Each table's cells then get their text from
the page's words and their colour from the filled rects beneath them, so a
status cell filled red with no text still says red.
"""
from __future__ import annotations

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
    min_rows: int = 2
    min_cols: int = 2
    # a fill counts for a cell when it covers this share of the cell's area
    min_fill_cover: float = 0.5
    # fills this close to white are paper, not colour
    white_threshold: int = 245
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


def text_of(words: list[Word], line_tolerance: float = 3.0) -> str:
    """Words → text, one line per visual line, in reading order."""
    if not words:
        return ""
    ordered = sorted(words, key=lambda w: (round(w.top), w.x0))
    lines: list[list[Word]] = []
    for w in ordered:
        if lines and abs(lines[-1][0].top - w.top) <= line_tolerance:
            lines[-1].append(w)
        else:
            lines.append([w])
    return "\n".join(" ".join(x.text for x in sorted(line, key=lambda w: w.x0)) for line in lines)


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
                text=text_of(inside),
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
        tables.append(build_table(bboxes, number, words, rects, settings, ruling="full"))
    return tables


def find_tables(plumber_page, number: int, words: list[Word], rects: list[Rect], settings: TableSettings) -> list[Table]:
    """All tables on a page, top to bottom."""
    tables = ruled_tables(plumber_page, number, words, rects, settings)
    return sorted(tables, key=lambda t: (t.top, t.x0))
