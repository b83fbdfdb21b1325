"""Ingest one file: fingerprint, open, classify, identify the council."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pypdfium2 as pdfium

from extract.pages import clean_text
from ingest.classify import classify
from ingest.council import identify
from ingest.discover import fingerprint
from ingest.metadata import published, title_lines
from scrutineer.model import Paper

OPENING_PAGES = 3


class UnreadablePaper(Exception):
    """The file is not a PDF we can open; the message says why, for a person."""


_STARTXREF = re.compile(rb"startxref\s+(\d+)")
_XREF_AT = re.compile(rb"\s*(xref|\d+\s+\d+\s+obj)")
TAIL_BYTES = 2048


def damage(path: str) -> str | None:
    """Why a PDF's structure is broken (truncated, bad cross-reference table), or None.

    PDFium repairs such files silently by scanning for objects, so a damaged
    paper may open and read; what it lost cannot be known, and the analyst
    should know the figures came from a repaired file.
    """
    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        fh.seek(max(0, size - TAIL_BYTES))
        tail = fh.read()
        if b"%%EOF" not in tail:
            return "the file is truncated (no end-of-file marker)"
        found = list(_STARTXREF.finditer(tail))
        if not found:
            return "the cross-reference table is missing"
        offset = int(found[-1].group(1))
        if offset >= size:
            return "the cross-reference table points past the end of the file"
        fh.seek(offset)
        if not _XREF_AT.match(fh.read(64)):
            return "the cross-reference table is damaged"
    return None


def opening_text(path: str, pages: int = OPENING_PAGES) -> tuple[int, int, str, str]:
    """(page count, index of the first page with text, its text, text of the opening pages).

    A cover that is only a picture (a photograph, the council's logo) has no text: the title page is
    the first page that has some."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head:
        raise UnreadablePaper("empty file (0 bytes)")
    if b"%PDF" not in head:
        sniff = head.lstrip().lower()
        if sniff.startswith((b"<!doctype html", b"<html")) or b"<html" in sniff[:200]:
            raise UnreadablePaper("not a PDF: an HTML page saved with a .pdf name")
        raise UnreadablePaper("not a PDF: the file does not start with a PDF header")
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise UnreadablePaper("password-protected PDF: cannot be read without its password") from exc
        # 'Failed to load document (PDFium: Data format error).' → 'PDFium: data format error'
        why = msg.split("(", 1)[-1].rstrip(").").strip() if "(" in msg else msg.strip()
        if why.startswith("PDFium: "):
            why = "PDFium: " + why[8:9].lower() + why[9:]
        raise UnreadablePaper(f"damaged PDF that cannot be opened ({why})") from exc
    try:
        n = len(pdf)
        texts = []
        for i in range(min(n, pages)):
            tp = pdf[i].get_textpage()
            texts.append(clean_text(tp.get_text_range()))
            tp.close()
    finally:
        pdf.close()
    first = next((i for i, t in enumerate(texts) if t.strip()), 0)
    return n, first, (texts[first] if texts else ""), "\n".join(texts)


def ingest_paper(path: Path, raw_dir: Path) -> Paper:
    """A ``Paper`` for one file; problems become ``status``/``error``, never exceptions."""
    paper = Paper(
        doc_id=fingerprint(path),
        file_name=path.name,
        source_path=str(path.relative_to(raw_dir)) if path.is_relative_to(raw_dir) else path.name,
        path=str(path.resolve()),
        size_bytes=path.stat().st_size,
    )
    try:
        paper.pages, first_index, first, opening = opening_text(paper.path)
    except UnreadablePaper as exc:
        paper.status, paper.error = "failed", str(exc)
        return paper
    paper.title = title_lines(paper.path, first_index)
    describe(paper, first, opening)
    if not opening.strip():
        paper.status, paper.error = "needs_ocr", "no text layer on the opening pages (a scanned paper)"
    broken = damage(paper.path)
    if broken:
        paper.status, paper.error = "partial", f"damaged PDF, read as far as it could be repaired: {broken}"
    return paper


def describe(paper: Paper, first: str, opening: str) -> Paper:
    """Fill in doc_type, council and publication date from the opening pages' text."""
    if not paper.title:  # e.g. an OCR'd paper: no font sizes, so its first line stands in
        paper.title = next((ln.strip() for ln in first.split("\n") if ln.strip()), None)
    paper.doc_type = classify(paper.title, opening)
    council = identify(paper.title, opening)
    if council:
        paper.council, paper.la_code = council.name, council.la_code
    paper.published = published(first, paper.title)
    return paper
