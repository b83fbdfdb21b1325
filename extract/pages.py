"""One parse per page.

Every page's text comes from PDFium (pypdfium2), which is about sixty times
faster than pdfplumber. Only pages that triage says carry layout worth
reading (tables, coloured status cells) are opened again with pdfplumber for
words, filled rectangles and tables. Prose pages never pay for layout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extract.colours import to_hex
from extract.tables import TableSettings, find_tables
from scrutineer.model import Page, Rect, Word

# PDFium marks a hyphen it saw at a line end as U+FFFE; the reader saw "-".
_LINE_END_HYPHEN = "\ufffe"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class PageStats:
    """What the cheap pass saw on a page, enough to decide on layout."""

    number: int
    chars: int
    paths: int  # vector paths: table rules and cell fills
    images: int


def clean_text(raw: str) -> str:
    """PDFium text → plain text with ``\\n`` line ends and real hyphens."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace(_LINE_END_HYPHEN, "-")
    text = text.replace("\u00a0", " ")
    return _CONTROL.sub("", text)


def needs_layout(stats: PageStats, doc_type: str) -> bool:
    """Should this page be parsed for words, fills and tables?

    Tables and filled status cells are drawn as vector paths; a prose page
    has none, or a rule or two for its header and footer.
    """
    if stats.chars == 0:
        return False
    if doc_type == "inspection_report":
        # Ofsted reports are read from their text; their only tables (the
        # judgement grid) read correctly in text order.
        return False
    return stats.paths >= 4


def read_text_pages(path: str) -> tuple[list[Page], list[PageStats]]:
    """Every page's text and what is drawn on it, from PDFium alone."""
    pdf = pdfium.PdfDocument(path)
    pages, stats = [], []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = clean_text(textpage.get_text_range())
            paths = images = 0
            for obj in page.get_objects(max_depth=2):
                if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                    paths += 1
                elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                    images += 1
            width, height = page.get_size()
            pages.append(Page(number=i + 1, width=width, height=height, text=text))
            stats.append(PageStats(i + 1, textpage.count_chars(), paths, images))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return pages, stats


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+")[-1].lower()
    return "bold" in name or "black" in name or name.endswith(",b") or "heavy" in name


def layout_of(plumber_page, number: int, settings: TableSettings) -> tuple[list[Word], list[Rect], list]:
    """Words, filled rects and tables of one pdfplumber page."""
    words = [
        Word(
            text=w["text"],
            x0=w["x0"],
            top=w["top"],
            x1=w["x1"],
            bottom=w["bottom"],
            size=round(w.get("size", 0.0), 2),
            bold=_is_bold(w.get("fontname", "")),
        )
        for w in plumber_page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, use_text_flow=False)
    ]
    rects = []
    for r in plumber_page.rects:
        if not r.get("fill"):
            continue
        rects.append(Rect(x0=r["x0"], top=r["top"], x1=r["x1"], bottom=r["bottom"], fill=to_hex(r.get("non_stroking_color"))))
    tables = find_tables(plumber_page, number, words, rects, settings)
    return words, rects, tables


def parse_pdf(path: str, doc_type: str = "other", settings: TableSettings | None = None) -> list[Page]:
    """Parse a PDF into pages: text for all, layout for the pages that need it."""
    settings = settings or TableSettings()
    pages, stats = read_text_pages(path)
    wanted = [s.number for s in stats if needs_layout(s, doc_type)]
    if not wanted:
        return pages
    import pdfplumber  # heavy: only imported when a page needs layout

    with pdfplumber.open(path, pages=wanted) as pdf:
        for plumber_page in pdf.pages:
            page = pages[plumber_page.page_number - 1]
            page.words, page.rects, page.tables = layout_of(plumber_page, page.number, settings)
            page.layout = True
            plumber_page.close()
    return pages
