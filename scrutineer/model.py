"""Plain data passed between stages: a paper, its pages, and the tables on them.

Every stage reads and writes these as JSON (``to_dict``/``from_dict``), so a
later stage can be re-run alone from what the earlier one wrote to disk.
Coordinates are PDF points with the origin at the page's top-left corner
(pdfplumber's convention): ``top`` grows downwards.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

DOC_TYPES = (
    "improvement_plan",
    "action_plan",
    "development_plan",
    "self_assessment",
    "minutes_pack",
    "inspection_report",
    "other",
)
STATUSES = ("ok", "partial", "failed", "needs_ocr")


@dataclass
class Paper:
    """One PDF file as ingest found it."""

    doc_id: str  # sha256 of the file's bytes
    file_name: str
    source_path: str  # relative to RAW_DIR
    path: str  # absolute path on this machine
    size_bytes: int
    pages: int | None = None
    doc_type: str = "other"
    council: str | None = None
    la_code: str | None = None
    title: str | None = None
    published: str | None = None
    status: str = "ok"
    error: str | None = None
    copies: list[str] = field(default_factory=list)  # other paths under RAW_DIR holding the same bytes

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Paper":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    colour: str | None = None  # '#rrggbb' of text printed in a colour; None for black and greys


@dataclass
class Rect:
    """A filled rectangle; ``fill`` is ``#rrggbb`` (None when unfilled)."""

    x0: float
    top: float
    x1: float
    bottom: float
    fill: str | None = None


@dataclass
class Cell:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fill: str | None = None  # colour a reader sees behind the cell's text
    bold: bool = False


@dataclass
class Table:
    page: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    rows: list[list[Cell | None]] = field(default_factory=list)
    ruling: str = "full"  # full, horizontal or none: how the table was found

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def cell_over(self, r: int, col: int, tolerance: float = 2.0) -> Cell | None:
        """The cell merged down over row ``r`` in column ``col`` from a row above (a lead or a
        recommendation printed once for the rows it spans), or None when nothing spans into it."""
        here = [c for c in self.rows[r] if c is not None]
        if not here or col >= len(self.rows[r]) or self.rows[r][col] is not None:
            return None
        row_top = min(c.top for c in here)
        for above in reversed(self.rows[:r]):
            cell = above[col] if col < len(above) else None
            if cell is not None:
                return cell if cell.bottom > row_top + tolerance else None
        return None

    def spans_down(self, r: int, col: int, tolerance: float = 2.0) -> bool:
        """Does the cell at (r, col) reach below its row (merged over the rows under it)?"""
        cell = self.rows[r][col] if col < len(self.rows[r]) else None
        others = [c.bottom for c in self.rows[r] if c is not None and c is not cell]
        return cell is not None and bool(others) and cell.bottom > min(others) + tolerance

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Table":
        rows = [[Cell(**c) if c else None for c in row] for row in d.get("rows", [])]
        return cls(**{**d, "rows": rows})


@dataclass
class Tile:
    """A dashboard's KPI tile: a figure printed large, ``heading`` naming it, ``text`` the figure's line
    and the lines under it ('3,412' / 'Last quarter: 3,150')."""

    page: int  # 1-based
    heading: str
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    words: list[str] = field(default_factory=list)  # every word the tile prints, to tell its lines in the page text


@dataclass
class Page:
    """One page: its text always; words, rects, tables and tiles only for layout pages."""

    number: int  # 1-based
    width: float
    height: float
    text: str
    layout: bool = False  # True when the page was parsed for layout (pdfplumber)
    ocr: bool = False  # True when the text came from OCR
    words: list[Word] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    tiles: list[Tile] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [ln for ln in self.text.split("\n")]

    def to_dict(self, with_words: bool = False) -> dict[str, Any]:
        d = {
            "number": self.number,
            "width": self.width,
            "height": self.height,
            "text": self.text,
            "layout": self.layout,
            "ocr": self.ocr,
            "tables": [t.to_dict() for t in self.tables],
            "tiles": [asdict(t) for t in self.tiles],
        }
        if with_words:
            d["words"] = [asdict(w) for w in self.words]
            d["rects"] = [asdict(r) for r in self.rects]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Page":
        return cls(
            number=d["number"],
            width=d["width"],
            height=d["height"],
            text=d["text"],
            layout=d.get("layout", False),
            ocr=d.get("ocr", False),
            words=[Word(**w) for w in d.get("words", [])],
            rects=[Rect(**r) for r in d.get("rects", [])],
            tables=[Table.from_dict(t) for t in d.get("tables", [])],
            tiles=[Tile(**t) for t in d.get("tiles", [])],
        )


def segment_at(segments: list[dict] | None, page: int) -> dict | None:
    """The segment (a constituent document of a pack, as extract/segments.py writes it) holding a 1-based page;
    None when the paper has no segments or the page lies outside them."""
    for s in segments or []:
        if s["first_page"] <= page <= s["last_page"]:
            return s
    return None
