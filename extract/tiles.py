"""KPI tiles: a dashboard's big figures, each with the words printed around it.

A Power BI-style page prints each measure as a tile: one figure set much
larger than the page's text, the measure's name in small type over or under
it, and a line or two comparing it ('England 22.4%', 'Target 85%'). The page
text runs row by row across the tiles ('3,412 18% 86%' / 'Contacts received
Re-referrals …'), so no line of it holds a tile together; a tile is found from
where its words sit. Tiles whose ruled boxes make up a table are read as
that table's cells instead (extract/tables.py; normalise reads such cells as
tiles).

A tile comes out as the normaliser reads a boxed tile: ``heading`` (the name)
and ``text`` (the figure's line first, then the lines under it).
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from extract.tables import is_figure_token, text_of, word_lines, words_in
from scrutineer.model import Page, Rect, Table, Tile, Word


@dataclass(frozen=True)
class TileSettings:
    """Every knob of tile finding, in one place."""

    # a tile's figure is set at least this many times larger than the page's body text
    figure_scale: float = 1.6
    # a page with fewer big figures is a cover or a numbered heading, not a dashboard
    min_tiles: int = 2
    # lines over and under a figure that can belong to its tile
    max_lines_under: int = 4
    max_lines_over: int = 2
    # a gap between lines wider than this many body-text heights ends the tile
    line_gap: float = 1.5
    # a box around a figure bounds its tile only when it is smaller than this share of the page
    max_box_share: float = 0.5


def body_size(words: list[Word]) -> float:
    """The font size most of a page's words are set in (its median)."""
    sizes = [w.size for w in words if w.size > 0]
    return statistics.median(sizes) if sizes else 0.0


def big_figures(words: list[Word], settings: TileSettings = TileSettings()) -> list[Word]:
    """Figures set far larger than the page's text and standing alone: a word of a large heading
    ('Quarter 2') is not one, nor a year ('2024')."""
    body = body_size(words)
    if not body:
        return []
    big = [w for w in words if w.size >= settings.figure_scale * body]
    out = []
    for w in big:
        if not is_figure_token(w.text):
            continue
        beside = [o for o in big if o is not w and _same_line(o, w) and _gap(o, w) < w.size]
        if any(not is_figure_token(o.text) for o in beside):
            continue  # a number inside a large heading
        out.append(w)
    return out


def _same_line(a: Word, b: Word) -> bool:
    mid = (a.top + a.bottom) / 2
    return b.top <= mid <= b.bottom


def _gap(a: Word, b: Word) -> float:
    return max(a.x0 - b.x1, b.x0 - a.x1)


def _box_of(figure: Word, figures: list[Word], rects: list[Rect], page: Page,
            settings: TileSettings) -> Rect | None:
    """The smallest filled box around a figure that holds no other big figure: the tile's background."""
    page_area = page.width * page.height
    boxes = [r for r in rects
             if r.x0 <= figure.x0 and figure.x1 <= r.x1 and r.top <= figure.top and figure.bottom <= r.bottom
             and (r.x1 - r.x0) * (r.bottom - r.top) < settings.max_box_share * page_area
             and not any(f is not figure and words_in([f], r.x0, r.top, r.x1, r.bottom) for f in figures)]
    return min(boxes, key=lambda r: (r.x1 - r.x0) * (r.bottom - r.top), default=None)


def _column(figure: Word, figures: list[Word], page: Page) -> tuple[float, float]:
    """Left and right bounds of an unboxed tile: halfway to the big figures beside it in its row."""
    row = sorted((f for f in figures if _same_line(f, figure) or _same_line(figure, f)), key=lambda f: f.x0)
    i = row.index(figure)
    left = (row[i - 1].x1 + figure.x0) / 2 if i > 0 else 0.0
    right = (figure.x1 + row[i + 1].x0) / 2 if i + 1 < len(row) else page.width
    return left, right


def _lines_near(figure: Word, words: list[Word], body: float, settings: TileSettings) -> tuple[list, list]:
    """The runs of lines directly over and under a figure, each ending at a wide gap."""
    def lines(ws: list[Word]) -> list[list[Word]]:
        return word_lines(ws, tolerance=body * 0.4)

    # a big figure is set with room around it in proportion to its size
    gap = first_gap = max(settings.line_gap * body, figure.size)
    under, edge = [], figure.bottom
    for line in lines([w for w in words if w.top >= figure.bottom - 1]):
        top = min(w.top for w in line)
        if top - edge > gap or len(under) == settings.max_lines_under:
            break
        under.append(line)
        edge, gap = max(w.bottom for w in line), settings.line_gap * body
    over, edge, gap = [], figure.top, first_gap
    for line in reversed(lines([w for w in words if w.bottom <= figure.top + 1])):
        bottom = max(w.bottom for w in line)
        if edge - bottom > gap or len(over) == settings.max_lines_over:
            break
        over.insert(0, line)
        edge, gap = min(w.top for w in line), settings.line_gap * body
    return over, under


def _has_digit(line: list[Word]) -> bool:
    return any(ch.isdigit() for w in line for ch in w.text)


def _states_figure(line: list[Word]) -> bool:
    """Does a line give a level (a percentage, a decimal)? A name may hold a number ('within 12 months')
    but gives no level: 'Rate 41.2' under a figure compares it, it does not name it."""
    return any(re.search(r"\d%|\d\.\d", w.text) for w in line)


def _style(line: list[Word]) -> tuple:
    return line[0].size, line[0].bold, line[0].colour


# what a tile prints beside its figure, in smaller type: the figure's unit
_UNIT = re.compile(r"^(?:%|per|cent|days?|weeks?|months?|hours?|pts?|points?|10,?000|10k|100|1,?000)$", re.I)


def _beside(figure: Word, region: list[Word]) -> list[Word]:
    """The words running on from a figure along its line, each close to the one before."""
    line = sorted((w for w in region if w is not figure and _same_line(w, figure)), key=lambda w: w.x0)
    out, edge = [], figure.x1
    for w in (w for w in line if w.x0 >= figure.x1 - 1):
        if w.x0 - edge >= figure.size:
            break
        out.append(w)
        edge = w.x1
    return out


def read_tile(figure: Word, region: list[Word], body: float, settings: TileSettings) -> dict | None:
    """A tile from the words of its region, or None when nothing names its figure.

    The name is the run of lines over the figure, else the first line under it that gives no level,
    with the lines that go on in its type; the text is the figure's line, then every other line."""
    beside = _beside(figure, region)
    if any(not _UNIT.match(w.text) for w in beside):
        return None  # words run on from the figure ('142 approved fostering households'): a sentence, or a
        # numbered heading ('2 Children in care'), not a tile
    rest = [w for w in region if w is not figure and w not in beside]
    over, under = _lines_near(figure, rest, body, settings)
    # a name may give a number ('Re-referrals within 12 months'); its first line is the one that names
    if any(_states_figure(line) for line in over):
        over, under = [], over + under  # a comparison set over the figure ('Target 85%'): the name is under it
    at = 0
    if over:
        name = over
    else:
        # the first line under that gives no level; a comparison ('Rate 41.2') names nothing
        at = next((i for i, line in enumerate(under) if not _states_figure(line)), len(under))
        name = under[at:at + 1]
        under = under[:at] + under[at + 1:]
    while name and at < len(under) and _style(under[at]) == _style(name[0]) and not _has_digit(under[at]):
        name.append(under.pop(at))  # a name wrapped over two lines
    if not name or not any(ch.isalpha() for line in name for w in line for ch in w.text):
        return None  # a figure no words name: nothing says what it counts
    figure_line = " ".join(w.text for w in sorted([figure, *beside], key=lambda w: w.x0))
    heading = " ".join(text_of(line) for line in name)
    words = [figure, *beside, *(w for line in name + under for w in line)]
    return {
        "heading": " ".join(heading.split()),
        "text": "\n".join([figure_line, *(text_of(line) for line in under)]),
        "x0": min(w.x0 for w in words), "top": min(w.top for w in words),
        "x1": max(w.x1 for w in words), "bottom": max(w.bottom for w in words),
        "words": [w.text for w in words],
    }


def _inside(w: Word, box: Table) -> bool:
    return box.x0 <= w.x0 and w.x1 <= box.x1 and box.top <= w.top and w.bottom <= box.bottom


def find_tiles(page: Page, settings: TileSettings = TileSettings()) -> list[Tile]:
    """The KPI tiles of one layout page (none unless it has at least ``min_tiles`` of them).

    A figure inside a ruled table is the table's; one inside a table found from word
    alignment alone is a tile, and that table a misreading of the tile grid (see ``tables_besides``).
    """
    figures = [f for f in big_figures(page.words, settings)
               if not any(t.ruling != "none" and _inside(f, t) for t in page.tables)]
    if len(figures) < settings.min_tiles:
        return []
    body = body_size(page.words)
    tiles = []
    for figure in figures:
        box = _box_of(figure, figures, page.rects, page, settings)
        if box is not None:
            region = words_in(page.words, box.x0, box.top, box.x1, box.bottom)
        else:
            left, right = _column(figure, figures, page)
            region = [w for w in page.words if left <= w.x0 < right]
        region = [w for w in region if w is figure or w not in figures]
        tile = read_tile(figure, region, body, settings)
        if tile is not None:
            tiles.append(Tile(page=page.number, **tile))
    return tiles if len(tiles) >= settings.min_tiles else []


def tables_besides(tables: list[Table], tiles: list[Tile]) -> list[Table]:
    """The tables that are not a tile grid read as a table: word alignment finds a table in a
    row of tiles ('3,412 | 18% | 86%' over 'Contacts received | Re-referrals …')."""
    def holds_tile(t: Table) -> bool:
        return t.ruling == "none" and any(
            t.x0 <= (tile.x0 + tile.x1) / 2 <= t.x1 and t.top <= (tile.top + tile.bottom) / 2 <= t.bottom
            for tile in tiles)
    return [t for t in tables if not holds_tile(t)]
