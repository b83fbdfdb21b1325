"""One parse per page.

Every page's text comes from PDFium (pypdfium2), which is about sixty times
faster than pdfplumber. Only pages that triage says carry layout worth
reading (tables, coloured status cells) are opened again with pdfplumber for
words, filled rectangles and tables. Prose pages never pay for layout.
"""
from __future__ import annotations

import ctypes
import math
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extract import ocr
from extract.colours import dominant_colour, is_saturated, to_hex
from extract.tables import TableSettings, find_tables, is_figure_token
from extract.tiles import find_tiles, tables_besides
from scrutineer.model import Page, Rect, Word

# PDFium marks a hyphen it saw at a line end as U+FFFE; the reader saw "-".
_LINE_END_HYPHEN = "\ufffe"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# pdfplumber costs ~0.25 s a page: past this many table pages a paper is read as text only
MAX_LAYOUT_PAGES = 400


@dataclass
class PageStats:
    """What the cheap pass saw on a page, enough to decide on layout."""

    number: int
    chars: int
    paths: int  # vector paths: table rules and cell fills
    images: int
    # a line reads like a table header or a row of figures (a table, or tiles, may have no rules at all)
    header_line: bool = False
    turn: int | None = None  # the /Rotate that shows sideways-drawn text upright, when the page lacks it


def clean_text(raw: str) -> str:
    """PDFium text → plain text with ``\\n`` line ends and real hyphens."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace(_LINE_END_HYPHEN, "-")
    text = text.replace("\u00a0", " ")
    return _CONTROL.sub("", text)


def line_baselines(textpage) -> list[tuple[float, float]]:
    """(baseline, font size) of each line of a PDFium text page, by its first printed character (PDF units,
    up the page); NaN for a line with none, and for every line when the text and the characters do not line up."""
    raw = textpage.get_text_range()
    n = textpage.count_chars()
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", raw)]
    if len(raw) != n:
        return [(math.nan, math.nan)] * len(starts)
    x, y = ctypes.c_double(), ctypes.c_double()
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else n
        i = next((i for i in range(start, end) if not raw[i].isspace()), None)
        if i is None or not pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, x, y):
            out.append((math.nan, math.nan))
        else:
            out.append((y.value, pdfium_c.FPDFText_GetFontSize(textpage.raw, i)))
    return out


def with_paragraph_gaps(raw: str, baselines: list[tuple[float, float]]) -> str:
    """The text with a blank line where the step down to a line is well over the page's line spacing and its
    type size: a paragraph's space after it, which PDFium's text does not keep (a long last line would
    otherwise run one paragraph into the next, and its period or measure with it)."""
    lines = re.split(r"\r\n|\r|\n", raw)
    if len(lines) != len(baselines) or len(lines) < 3:
        return raw
    steps = [a[0] - b[0] for a, b in zip(baselines, baselines[1:])]
    # the line spacing: the smallest step down that recurs (one paragraph's lines), not a one-off
    down = sorted(st for st in steps if st > 0)
    pitch = next((st for st, nxt in zip(down, down[1:]) if nxt - st <= 0.1 * st), None)
    if pitch is None:
        return raw
    out = [lines[0]]
    for k, (line, step) in enumerate(zip(lines[1:], steps)):
        size = max(baselines[k][1], baselines[k + 1][1])
        if step > PARAGRAPH_GAP * pitch and step > PARAGRAPH_STEP * size and out[-1].strip() and line.strip():
            out.append("")
        out.append(line)
    return "\r\n".join(out)


PARAGRAPH_GAP = 1.3  # a step down this much over the line spacing …
PARAGRAPH_STEP = 1.55  # … and over this many times the type size parts two paragraphs


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
    return stats.paths >= 4 or stats.header_line


# words that head the columns of plans and trackers; three on one short line make a header
# (and of committee action logs: 'Minute  Action  Officer  Progress')
_HEADER_WORDS = re.compile(r"\b(ref|action|actions|lead|owner|deadline|timescales?|due|status|rag|progress|update|"
                           r"measures?|outcomes?|impact|target|minute|officer|responsible|comments?)\b", re.IGNORECASE)


def has_header_line(text: str) -> bool:
    """Does a short line of the page name three or more table-column words (an unruled table's header)?"""
    for line in text.split("\n"):
        words = line.split()
        # headers capitalise their words; prose ('the lead officer will report progress') does not
        named = {m.lower().rstrip("s") for m in _HEADER_WORDS.findall(line) if m[0].isupper()}
        if 3 <= len(words) <= 14 and len(named) >= 3:
            return True
    return False


def has_figure_rows(text: str, min_rows: int = 2) -> bool:
    """Do lines of the page end in three or more figures after a label (a scorecard printed with no
    rules, whose header need not name plan columns)?"""
    rows = 0
    for line in text.split("\n"):
        tokens = line.split()
        # a direction-of-travel arrow or a short status word may close the row ('… 13,540 ↑', '… 57 Green')
        while tokens and len(tokens) > 3 and not is_figure_token(tokens[-1]) and _is_row_mark(tokens[-1]) \
                and is_figure_token(tokens[-2]):
            tokens = tokens[:-1]
        figures = 0
        for t in reversed(tokens):
            if not is_figure_token(t):
                break
            figures += 1
        if figures >= 3 and len(tokens) > figures and tokens[0][:1].isalpha():
            rows += 1
    return rows >= min_rows


def _is_row_mark(token: str) -> bool:
    """A symbol or one short word with no digit: an arrow, a RAG letter, 'Green', 'Improving'."""
    return not any(c.isdigit() for c in token) and (not any(c.isalnum() for c in token) or len(token) <= 9)


def has_figure_line(text: str) -> bool:
    """Does a line of the page start with a figure and give mostly figures ('3,412 18% 86%', '468 12.5 days
    9.8%'), or do two lines give a figure alone ('2,684')? A page of dashboard tiles reads so, row by row
    or tile by tile, and tiles need not be drawn on any shape. (One lone figure is a page number.)"""
    lone = 0
    for line in text.split("\n"):
        tokens = line.split()
        figures = sum(is_figure_token(t) for t in tokens)
        if figures >= 2 and len(tokens) <= 2 * figures and is_figure_token(tokens[0]):
            return True
        lone += len(tokens) == figures == 1
    return lone >= 2


# share of a page's characters that must run one way before the page counts as sideways
SIDEWAYS_SHARE = 0.8
_ANGLE_SAMPLE = 120  # characters looked at per page: enough to see the way most text runs


def upright_rotation(char_angles: list[float], rotation: int) -> int | None:
    """The page rotation (0, 90, 180, 270) under which most characters read upright, when it is not
    the page's own: a landscape table printed sideways on a portrait page. ``char_angles`` are
    PDFium's, in radians anticlockwise in the unrotated page; None when the page already reads upright
    or its text runs no one way."""
    if not char_angles:
        return None
    quarters = [round(math.degrees(a) / 90) % 4 for a in char_angles]
    top = max(set(quarters), key=quarters.count)
    if quarters.count(top) < SIDEWAYS_SHARE * len(quarters):
        return None
    needed = (360 - top * 90) % 360
    return needed if needed != rotation % 360 else None


def _char_angles(textpage, count: int) -> list[float]:
    step = max(1, count // _ANGLE_SAMPLE)
    angles = []
    for i in range(0, count, step):
        if chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)).isspace():
            continue  # spaces and line ends PDFium generates have no angle
        a = pdfium_c.FPDFText_GetCharAngle(textpage.raw, i)
        if a >= 0:  # -1: PDFium could not say
            angles.append(a)
    return angles


def read_text_pages(path: str, problems: list[str] | None = None) -> tuple[list[Page], list[PageStats]]:
    """Every page's text and what is drawn on it, from PDFium alone.

    A page with no text layer but an image (a scan) is read by Tesseract
    (``extract/ocr.py``); why OCR could not read it goes to ``problems``.
    """
    pdf = pdfium.PdfDocument(path)
    pages, stats = [], []
    ocr_skip: str | None = None  # once OCR cannot run, the paper's other scans are not tried
    ocr_done = 0
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = clean_text(with_paragraph_gaps(textpage.get_text_range(), line_baselines(textpage)))
            paths = images = 0
            for obj in page.get_objects(max_depth=2):
                if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                    paths += 1
                elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                    images += 1
            width, height = page.get_size()
            n_chars = textpage.count_chars()
            turn = upright_rotation(_char_angles(textpage, n_chars), page.get_rotation()) if n_chars else None
            if turn is not None and (turn - page.get_rotation()) % 180:
                width, height = height, width  # what the reader sees once the page is turned
            pages.append(Page(number=i + 1, width=width, height=height, text=text))
            tabular = has_header_line(text) or has_figure_rows(text) or has_figure_line(text)
            stats.append(PageStats(i + 1, n_chars, paths, images, tabular, turn))
            if ocr.needs_ocr(stats[-1].chars, images) and ocr_skip is None:
                if ocr_done >= ocr.MAX_OCR_PAGES:
                    ocr_skip = f"only the first {ocr.MAX_OCR_PAGES} scanned pages were OCR'd"
                else:
                    try:
                        pages[-1].text, pages[-1].ocr = ocr.read_image(ocr.render_png(page)), True
                        ocr_done += 1
                    except ocr.OcrUnavailable as exc:
                        ocr_skip = f"scanned page {i + 1} could not be OCR'd: {exc}"
            textpage.close()
            page.close()
    finally:
        pdf.close()
    if ocr_skip and problems is not None:
        problems.append(ocr_skip)
    return pages, stats


_CID = re.compile(r"\(cid:\d+\)")


def word_text(raw: str) -> str:
    """pdfminer's text of a word. A glyph with no Unicode mapping comes out as '(cid:127)': at a word's
    start it is, in council papers, a bullet from a symbol font; elsewhere it is unreadable, so it
    becomes U+FFFD rather than markup no reader would recognise."""
    m = _CID.match(raw)
    if m:
        rest = raw[m.end():]
        return "\u2022" + (" " + _CID.sub("\ufffd", rest) if rest else "")
    return _CID.sub("\ufffd", raw)


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+")[-1].lower()
    return "bold" in name or "black" in name or name.endswith(",b") or "heavy" in name


def _text_colour(colour) -> str | None:
    hex_colour = to_hex(colour)
    return hex_colour if is_saturated(hex_colour) else None


def split_at_rulings(chars: list[dict], rulings: list[tuple[float, float, float]]) -> list[list[dict]]:
    """A word's characters in pieces, cut wherever a vertical rule (x, top, bottom) runs between two of them.

    Spreadsheets print a right-aligned figure flush against the next cell's text ('544.5' | 'G'); the
    gap is too narrow for word-finding, but the cell border between them is a rule.
    """
    if len(chars) < 2:
        return [chars]
    middle = (chars[0]["top"] + chars[0]["bottom"]) / 2
    cuts = [x for x, top, bottom in rulings if top <= middle <= bottom]
    pieces, current = [], [chars[0]]
    for before, after in zip(chars, chars[1:]):
        if any((before["x0"] + before["x1"]) / 2 < x < (after["x0"] + after["x1"]) / 2 for x in cuts):
            pieces.append(current)
            current = []
        current.append(after)
    return pieces + [current]


def _vertical_rulings(plumber_page) -> list[tuple[float, float, float]]:
    return [(e["x0"], e["top"], e["bottom"]) for e in plumber_page.edges
            if e.get("orientation") == "v" and e["bottom"] - e["top"] >= 4]


def layout_of(plumber_page, number: int, settings: TableSettings) -> tuple[list[Word], list[Rect], list]:
    """Words, filled rects and tables of one pdfplumber page."""
    rulings = _vertical_rulings(plumber_page)
    sideways = [c for c in plumber_page.chars if not c.get("upright", True)]
    upright_page = plumber_page.filter(lambda o: o.get("object_type") != "char" or o.get("upright", True)) \
        if sideways else plumber_page
    words = sideways_words(sideways)
    for w in upright_page.extract_words(extra_attrs=["size", "fontname", "non_stroking_color"],
                                        keep_blank_chars=False, use_text_flow=False, return_chars=True):
        for piece in split_at_rulings(w["chars"], rulings) if rulings else [w["chars"]]:
            whole = len(piece) == len(w["chars"])
            words.append(Word(
                text=word_text(w["text"] if whole else "".join(c["text"] for c in piece)),
                x0=w["x0"] if whole else piece[0]["x0"],
                top=w["top"],
                x1=w["x1"] if whole else piece[-1]["x1"],
                bottom=w["bottom"],
                size=round(w.get("size", 0.0), 2),
                bold=_is_bold(w.get("fontname", "")),
                colour=_text_colour(w.get("non_stroking_color")),
            ))
    rects = []
    for r in plumber_page.rects:
        if not r.get("fill"):
            continue
        rects.append(Rect(x0=r["x0"], top=r["top"], x1=r["x1"], bottom=r["bottom"], fill=to_hex(r.get("non_stroking_color"))))
    tables = find_tables(plumber_page, number, words, rects, settings)
    # status dots drawn as shapes join the rects after the tables are found: marks in a cell, never its fill
    marks = [Rect(x0=c["x0"], top=c["top"], x1=c["x1"], bottom=c["bottom"], fill=to_hex(c.get("non_stroking_color")))
             for c in plumber_page.curves if c.get("fill") and _is_mark(c)]
    return words, rects + marks, tables


def sideways_words(chars: list[dict]) -> list[Word]:
    """Text set at 90° (column headers turned to fit a narrow month column), one word per block of lines.

    pdfplumber reads turned text top to bottom by default, so a header turned anticlockwise, the way
    spreadsheets turn it, comes out backwards ('42 ya M'). The glyph matrix says which way each
    character runs. A header wrapped onto a second turned line ('Stat Neighbours' / '2023') is one
    word, so the cell reads it in order rather than by the lines' heights."""
    blocks: list[Word] = []
    for upwards in (True, False):
        run = [c for c in chars if (c["matrix"][1] > 0) == upwards]
        if not run:
            continue
        lines = pdfplumber.utils.extract_words(
            run, keep_blank_chars=True, return_chars=True,
            char_dir_rotated="btt" if upwards else "ttb", line_dir_rotated="ltr" if upwards else "rtl")
        lines = sorted(lines, key=lambda w: w["x0"] if upwards else -w["x1"])
        block: list[dict] = []
        for line in lines + [None]:
            if block and line is not None and _next_turned_line(block[-1], line):
                block.append(line)
                continue
            if block:
                first = block[0]["chars"][0]
                blocks.append(Word(
                    text=" ".join(word_text(b["text"].strip()) for b in block),
                    x0=min(b["x0"] for b in block), top=min(b["top"] for b in block),
                    x1=max(b["x1"] for b in block), bottom=max(b["bottom"] for b in block),
                    size=round(first["x1"] - first["x0"], 2), bold=_is_bold(first.get("fontname", "")),
                    colour=_text_colour(first.get("non_stroking_color"))))
            block = [line] if line is not None else []
    return blocks


def _next_turned_line(before: dict, line: dict) -> bool:
    """Does ``line`` go on the same turned text block: further along the same line past a wide space, or
    the next line beside it with the two lines' spans overlapping?"""
    height = before["x1"] - before["x0"]  # a turned line's width is its text's height
    gap = max(line["x0"] - before["x1"], before["x0"] - line["x1"])
    along = max(line["top"] - before["bottom"], before["top"] - line["bottom"])
    if abs(line["x0"] - before["x0"]) < 1.0:
        return along <= 2 * height
    return 0 <= gap <= height and along < 0


MARK_MAX = 30.0  # points: a status dot or icon is this small; a chart or a logo is not


def _is_mark(obj: dict) -> bool:
    return 2.0 <= obj["x1"] - obj["x0"] <= MARK_MAX and 2.0 <= obj["bottom"] - obj["top"] <= MARK_MAX


def icon_marks(pdf_page, plumber_page) -> list[Rect]:
    """Small pictures (a traffic-light icon in a status cell) as marks in the colour most of their pixels
    show, read by rendering each one's box: the picture's own colour space and mask need no decoding."""
    out = []
    width, height = plumber_page.width, plumber_page.height
    for img in plumber_page.images:
        if not _is_mark(img):
            continue
        scale = 32 / max(img["x1"] - img["x0"], img["bottom"] - img["top"])
        crop = (img["x0"], height - img["bottom"], width - img["x1"], img["top"])
        try:
            rgb = pdf_page.render(scale=scale, crop=crop).to_pil().convert("RGB").tobytes()
            pixels = list(zip(rgb[0::3], rgb[1::3], rgb[2::3]))
        except Exception:  # a picture PDFium cannot draw is no mark
            continue
        colour = dominant_colour(pixels)
        if colour:
            out.append(Rect(x0=img["x0"], top=img["top"], x1=img["x1"], bottom=img["bottom"], fill=colour))
    return out


def parse_pdf(path: str, doc_type: str = "other", settings: TableSettings | None = None,
              problems: list[str] | None = None) -> list[Page]:
    """Parse a PDF into pages: text for all, layout for the pages that need it.

    What could not be read in full (a scan OCR could not read, layout pages
    beyond ``MAX_LAYOUT_PAGES``) is appended to ``problems`` as a sentence.
    """
    settings = settings or TableSettings()
    pages, stats = read_text_pages(path, problems)
    wanted = [s.number for s in stats if needs_layout(s, doc_type)]
    if len(wanted) > MAX_LAYOUT_PAGES:
        # a pathological paper (thousands of table pages) must not hold up the run
        if problems is not None:
            problems.append(f"tables read on the first {MAX_LAYOUT_PAGES} of {len(wanted)} table pages only")
        wanted = wanted[:MAX_LAYOUT_PAGES]
    if not wanted:
        return pages
    turns = {s.number: s.turn for s in stats if s.turn is not None and s.number in wanted}
    with _turned(path, turns) as layout_path:
        return _read_layout(layout_path, pages, wanted, settings, problems)


@contextmanager
def _turned(path: str, turns: dict[int, int]):
    """The paper, or a temporary copy whose sideways pages carry the rotation that shows them upright:
    pdfminer applies a page's /Rotate, so words and table rules come out in the reader's frame."""
    if not turns:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="scrutineer-turned-") as tmp:
        copy = str(Path(tmp) / "turned.pdf")
        try:
            pdf = pdfium.PdfDocument(path)
            try:
                for number, rotation in turns.items():
                    pdf[number - 1].set_rotation(rotation)
                pdf.save(copy)
            finally:
                pdf.close()
        except Exception:  # a copy PDFium cannot write: read the pages as they are
            copy = path
        yield copy


def _read_layout(path: str, pages: list[Page], wanted: list[int], settings: TableSettings,
                 problems: list[str] | None) -> list[Page]:
    import pdfplumber  # heavy: only imported when a page needs layout

    # PDFium repairs damaged files that pdfminer cannot parse: such a paper (or page) keeps
    # its text and loses only its tables, and the reason is reported
    failed_pages: list[int] = []
    pictures = None  # PDFium's copy of the paper, opened only when a page has icons to colour
    try:
        with pdfplumber.open(path, pages=wanted) as pdf:
            for plumber_page in pdf.pages:
                page = pages[plumber_page.page_number - 1]
                try:
                    page.words, page.rects, page.tables = layout_of(plumber_page, page.number, settings)
                    page.tiles = find_tiles(page)
                    page.tables = tables_besides(page.tables, page.tiles)
                    if page.tables and any(_is_mark(img) for img in plumber_page.images):
                        pictures = pictures or pdfium.PdfDocument(path)
                        page.rects += icon_marks(pictures[page.number - 1], plumber_page)
                    page.layout = True
                except Exception:
                    page.words, page.rects, page.tables, page.tiles = [], [], [], []
                    failed_pages.append(page.number)
                plumber_page.close()
    except Exception as exc:
        if problems is not None:
            problems.append(f"tables could not be read, text only (pdfplumber: {type(exc).__name__}: {exc})")
        return pages
    finally:
        if pictures is not None:
            pictures.close()
    if failed_pages and problems is not None:
        problems.append(f"tables could not be read on page{'s' if len(failed_pages) > 1 else ''} "
                        f"{', '.join(map(str, failed_pages[:10]))}{' …' if len(failed_pages) > 10 else ''}")
    return pages
