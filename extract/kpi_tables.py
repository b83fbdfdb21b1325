"""KPI tables: indicator rows against columns of periods, comparators or categories.

Reads the tables extract/tables.py found on layout pages and keeps their
shape for the normaliser: sections (a header row and the rows under it, since
a scorecard may restart its header part-way down), each row's label and
value cells, the caption printed just above the table and the footnotes
that give starred cells their meaning ('*As at 30 October 2019'). Deciding
what a header means (a month, 'England Average', 'STAGE 1') is semantics and
happens in normalise/kpis.py.
"""
from __future__ import annotations

import re

from scrutineer.model import Page, Paper, Table

# a cell that prints a figure: a number first, not a year or a year pair
# a level: '88%', '5,106', '471 (62.6)', '63 per 10,000', a duration alone ('412 days', '26 weeks'), a caseload '1:19'
_FIGURE = re.compile(r"^\s*(?:[+\-−]?\d[\d,]*(?:\.\d+)?\s*(?:%|\*|\(|$|increase|decrease|per\b|"
                     r"(?:working\s+)?(?:days?|weeks?)\s*$)|1\s*:\s*\d+(?:\.\d+)?\s*$)", re.I)
_YEARISH = re.compile(r"^\s*(?:19|20)\d\d\s*(?:[/\-–]\s*\d{1,4})?(?!\s*%)(?:\s|$)")
_FOOTNOTE = re.compile(r"(?:^|\s)(\*{1,3})\s*([A-Za-z][^*\n]{2,80})")
_CAPTION_GAP = 40.0  # points above a table still read as its caption
# cells that say "no figure here" ('n/a', 'TBC', '-'): a row of them is a data row, not a header
_NO_FIGURE = re.compile(r"^(n/?a|tbc|tbd|awaited|-+|–|—|nil|x)$", re.I)


def looks_like_figure(text: str | None) -> bool:
    """Does a cell print a figure (not a year, a date or words)?"""
    t = " ".join((text or "").split())
    return bool(t) and bool(_FIGURE.match(t)) and not _YEARISH.match(t)


def _cell_texts(row) -> list[str]:
    """Row cells as folded text; a cell merged into its left neighbour (None) reads as empty."""
    return [" ".join(c.text.split()) if c else "" for c in row]


def _spread_header(cells: list[str], row, over=lambda col: None) -> list[str]:
    """Header text for every column: a header cell spanning columns (None to its right) covers them.
    ``over(col)`` is the cell merged down into a column from the row above: that column is its, not the
    left neighbour's ('Target' over both header rows beside 'Q1 | Q2' under '2024/25')."""
    out, last = [], ""
    for col, (cell, text) in enumerate(zip(row, cells)):
        if cell is None and over(col) is not None:
            last = ""
            out.append("")
        elif cell is None:
            out.append(last)
        else:
            last = text
            out.append(text)
    return out


# a first cell naming a year or quarter ('2023/24', 'Q1 2023/24'): the label of a row in a table of periods
_PERIOD_CELL = re.compile(r"^(?:Q[1-4]\s*)?(?:19|20)\d\d(?:\s*[/\-–]\s*\d{2,4})?(?:\s*Q[1-4])?$", re.I)


# an indicator's code in the column before its name ('CS01', 'NI 62', 'PI-4')
_CODE = re.compile(r"^[A-Z]{1,5}[\s\-_.]?\d{1,4}[a-z]?$")


def _label_index(cells: list[str]) -> int | None:
    for i, t in enumerate(cells):
        if (re.search(r"[A-Za-z]{2}", t) or i == 0 and _PERIOD_CELL.match(t)) and not looks_like_figure(t):
            nxt = cells[i + 1] if i + 1 < len(cells) else ""
            if _CODE.match(t) and len(re.findall(r"[A-Za-z]{2,}", nxt)) >= 2:
                return i + 1  # the code names the row; the words after it say what it measures
            return i
    return None


def _repeats(table: Table, col: int) -> bool:
    """Does a column say the same few things again and again ('Number', 'Rate per 10,000' under each
    measure), as a column of qualifiers does and a column of measures does not?"""
    texts = [" ".join(row[col].text.split()) for row in table.rows[1:]
             if col < len(row) and row[col] is not None and row[col].text.strip()]
    if not texts or any(looks_like_figure(t) for t in texts):
        return False
    return all(_COUNTED_AS.match(t) for t in texts) or len(texts) >= 4 and len(set(texts)) * 2 <= len(texts)


# how a figure is counted, said on its own: 'Number', '%', 'Rate per 10,000', 'Days'
_COUNTED_AS = re.compile(r"^(?:number|no\.?|count|total|%|percent(?:age)?|rate(?:\s+per\s+[\d,]+k?)?|per\s+[\d,]+k?|"
                         r"days?|weeks?|fte|average|mean|median|ratio|score)$", re.I)


def _names_a_measure(cells: list[str], i: int) -> bool:
    """Does cell i name a measure (words, not a figure or a bare unit such as 'Rate' or 'Number')?"""
    text = cells[i] if i < len(cells) else ""
    return len(re.findall(r"[A-Za-z]{2,}", text)) >= 2 and not looks_like_figure(text)


def footnotes_in(text: str) -> dict[str, str]:
    """Star markers a text defines: {'*': 'As at 30 October 2019', '**': 'Q1, Q2 awaited'}."""
    return {m.group(1): m.group(2).strip(" .;") for m in _FOOTNOTE.finditer(text or "")}


def _page_footnotes(page: Page) -> dict[str, str]:
    notes = {}
    for line in page.text.split("\n"):
        m = re.match(r"^\s*(\*{1,3})\s*([A-Za-z].{2,80})$", line)
        if m:
            notes[m.group(1)] = m.group(2).strip(" .;")
    return notes


def _caption(page: Page, table: Table, above: float) -> str | None:
    """The line printed just above a table (its title, often with the date of the figures)."""
    words = [w for w in page.words if above <= w.top and w.bottom <= table.top + 1 and table.top - w.bottom <= _CAPTION_GAP]
    if not words:
        return None
    last_top = max(w.top for w in words)
    line = sorted((w for w in words if abs(w.top - last_top) <= 3), key=lambda w: w.x0)
    return " ".join(w.text for w in line) or None


def _caption_from_text(page: Page, table: Table) -> str | None:
    """The text line printed just before a table's first row (pages read without words)."""
    first = next((" ".join(c.text.split()) for row in table.rows for c in row if c and c.text.strip()), "")
    if not first:
        return None
    lines = [ln.strip() for ln in page.text.split("\n") if ln.strip()]  # a paragraph's gap is no line
    key = first[:20]
    for i, ln in enumerate(lines):
        if ln.startswith(key) and i > 0:
            prev = lines[i - 1]
            if prev and len(prev) <= 120 and not prev.endswith((".", ":")) or prev.endswith(":") and len(prev) <= 120:
                return prev
            return None
    return None


_YEAR_HEADER = re.compile(r"^(?:FY\s*)?(?:19|20)\d\d(?:\s*[/\-–]\s*\d{2,4})?$", re.I)


def merge_header(top: list[str], sub: list[str]) -> list[str]:
    """A header printed on two rows: the lower row's cells ('Q1', 'Jan', 'Rate') qualify the cell above
    them, which may span several columns ('2023/24'). A year above a quarter or month reads after it
    ('Q1 2023/24'), as councils write periods."""
    out = []
    for j, above in enumerate(top):
        below = sub[j] if j < len(sub) else ""
        if not below:
            out.append(above)
        elif _YEAR_HEADER.match(above):
            out.append(f"{below} {above}")
        else:
            out.append(f"{above} {below}".strip())
    return out


def _filled(cells: list[str]) -> int:
    return sum(1 for c in cells if c)


def read_table(table: Table) -> list[dict]:
    """A table's sections: each a header and the rows (label + value cells) under it."""
    sections: list[dict] = []
    group_col = None
    for r, row in enumerate(table.rows):
        cells = _cell_texts(row)
        li = _label_index(cells)
        first = next((j for j, t in enumerate(cells) if t), 0)
        over = next((table.cell_over(r, j) for j in range(first) if table.cell_over(r, j)), None)
        if li is None and over is not None and cells[first] and not looks_like_figure(cells[first]):
            li = first  # a qualifier with no letters ('%') under a label merged down
        if li is not None and (over is not None or table.spans_down(r, li)) and _repeats(table, li + (over is None)):
            # a label merged down over rows that each say how it is counted ('Children in care' over
            # 'Number' and 'Rate per 10,000'): the row is the label in that count
            measure = " ".join((over.text if over is not None else cells[li]).split())
            li += over is None
            cells[li] = f"{measure} ({cells[li]})"
        elif li is not None and (table.spans_down(r, li) or li == group_col) and _names_a_measure(cells, li + 1):
            group_col, li = li, li + 1  # 'Front door' merged down beside the measures it groups: a group, not a label
        values = cells[li + 1:] if li is not None else []
        has_figure = any(looks_like_figure(v) for v in values)
        if sections and not sections[-1]["rows"] and not cells[sections[-1]["label_col"]] and any(cells) \
                and not any(looks_like_figure(c) or _NO_FIGURE.match(c) for c in cells):
            # a second header row under the first (quarters under their year): no label, no figures
            sections[-1]["header"] = merge_header(sections[-1]["header"],
                                                  _spread_header(cells, row, lambda col: table.cell_over(r, col)))
            continue
        no_figure = any(_NO_FIGURE.match(v) for v in values)
        if li is not None and not has_figure and not no_figure and any(values) and sections \
                and sections[-1]["header"] and _filled(cells) <= 2 < _filled(sections[-1]["header"]):
            continue  # a band naming the rows below it ('Early Help | and Front Door' spilt over two columns)
        if li is not None and not has_figure and not no_figure and any(values) and (
                not sections or not sections[-1]["rows"] or li == 0):
            header = _spread_header(cells, row)
            sections.append({"title": cells[li] if li == 0 else "", "header": header, "label_col": li, "rows": []})
            continue
        if r == 0 and not has_figure and sum(1 for c in cells if c) > 1:
            # a first row with no figures is a header even when its label cell is blank
            sections.append({"title": cells[0], "header": _spread_header(cells, row), "label_col": 0, "rows": []})
            continue
        if not sections:
            # rows above any header: a table going on from the page before, whose header may not repeat
            # (Word repeats it only when asked). The first of them may be the end of a row cut by the page.
            sections.append({"title": "", "header": None, "label_col": 0, "rows": []})
            sections[-1]["rows"].append({"row": r, "label": cells[0], "label_col": 0, "cells": cells})
            continue
        if li is None:
            continue
        if not sections[-1]["rows"] and li > sections[-1]["label_col"]:
            sections[-1]["label_col"] = li  # 'Ref | Indicator | …': the rows' names sit after their codes
        elif not sections[-1]["rows"] and li < sections[-1]["label_col"] and not (sections[-1]["header"] or [""] * (li + 1))[li]:
            # a blank corner over the rows' names: the header's first words head a column of figures
            sections[-1]["label_col"] = li
        sections[-1]["rows"].append({"row": r, "label": cells[li], "label_col": li, "cells": cells})
    return [s for s in sections if s["rows"]]


def _columns(table: Table) -> list[tuple[float, float]]:
    """Column edges, from the row that splits the table into the most cells."""
    widest = max(table.rows, key=lambda row: sum(1 for c in row if c), default=[])
    return [(round(c.x0, 1), round(c.x1, 1)) for c in widest if c]


def same_columns(a: list, b: list, tolerance: float = 3.0) -> bool:
    """Do two tables share their columns (a table going on over a page keeps its column edges)?"""
    return len(a) == len(b) > 1 and all(abs(p[0] - q[0]) <= tolerance and abs(p[1] - q[1]) <= tolerance
                                        for p, q in zip(a, b))


def _adopt_header(section: dict, above: dict) -> None:
    """A headerless run of rows takes the header and label column of the section it continues."""
    section["header"], section["title"], section["label_col"] = above["header"], above["title"], above["label_col"]
    for row in section["rows"]:
        row["label_col"] = above["label_col"]
        row["label"] = row["cells"][above["label_col"]] if above["label_col"] < len(row["cells"]) else ""


def extract_kpi_tables(pages: list[Page], paper: Paper, found: dict) -> list | None:
    """Every table that may carry KPI figures, by page, as plain data.

    A table the plan extractor read action rows from is a plan, not a scorecard: its refs ('1.2') and
    dates are not figures, even when a column is headed 'Target date'.
    """
    plan_tables = {(r["page"], r.get("table")) for r in (found or {}).get("plan_rows") or []}
    out: list[dict] = []
    previous: dict | None = None
    for page in pages:
        if not page.tables:
            continue
        page_notes = _page_footnotes(page)
        above = 0.0
        for t_index, table in enumerate(page.tables):
            if (page.number, t_index) in plan_tables:
                above = table.bottom
                continue
            sections = read_table(table)
            caption = (_caption(page, table, above) if page.words else None) or _caption_from_text(page, table)
            above = table.bottom
            if not sections:
                continue
            first = sections[0]
            columns = _columns(table)
            follows = bool(previous and t_index == 0 and previous["page"] == page.number - 1)
            said_continued = bool(re.search(r"\bcont(?:inued|\.|\b)", f"{caption or ''} {first['title']}", re.I))
            if first["header"] is None:
                if follows and same_columns(previous["columns"], columns):
                    _adopt_header(first, previous["sections"][-1])
                else:  # figures under no header have no period or comparator to give them meaning
                    sections.pop(0)
                    if not sections:
                        continue
                    first = sections[0]
            continues = follows and previous["sections"][-1]["header"] == first["header"]
            # notes of a table's top-left cell hold for the whole table, and for its continuation on the next page
            notes = {**(previous["footnotes"] if follows and (continues or said_continued) else {}),
                     **page_notes, **footnotes_in(first["title"])}
            if continues:
                # the same table going on over the page: same caption; a row carried over keeps its label going
                caption = caption or previous["caption"]
                if first["rows"] and not any(first["rows"][0]["cells"][first["label_col"] + 1:]):
                    carried = first["rows"].pop(0)
                    previous["sections"][-1]["rows"][-1]["label"] += " " + carried["label"]
            for section in sections:  # notes in a later section's title hold for that section only
                section["footnotes"] = footnotes_in(section["title"])
            entry = {"page": page.number, "table": len(out), "on_page": t_index, "caption": caption,
                     "footnotes": notes, "columns": columns, "sections": [s for s in sections if s["rows"]]}
            if entry["sections"]:
                out.append(entry)
                previous = entry
    return out
