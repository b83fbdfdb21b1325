"""OCR of scanned pages: only pages without text are read, and a page OCR cannot read says why."""
from __future__ import annotations


import pytest

from examples import builders
from extract import ocr, pages
from extract.pages import parse_pdf


@pytest.mark.parametrize("chars, images, expected", [
    (0, 1, True),     # a scan
    (0, 3, True),
    (0, 0, False),    # a blank page: nothing to read
    (120, 1, False),  # a born-digital page with a logo
    (5, 0, False),
])
def test_only_pages_without_text_but_with_an_image_are_ocrd(chars, images, expected):
    assert ocr.needs_ocr(chars, images) is expected


@pytest.mark.parametrize("raw, text", [
    ("Line one\nLine two\n\x0c", "Line one\nLine two"),
    ("a  \r\nb\n\n\n", "a\nb"),
    ("\x0c", ""),
    ("Title\n\nParagraph\n", "Title\n\nParagraph"),
])
def test_tesseract_output_is_tidied_like_pdfium_text(raw, text):
    assert ocr.tidy(raw) == text


needs_tesseract = pytest.mark.usefixtures("tesseract")


@needs_tesseract
def test_a_scanned_paper_is_read_and_its_pages_marked(tmp_path):
    problems: list[str] = []
    got = parse_pdf(str(builders.scanned_letter(tmp_path / "scan.pdf", pages=2)), problems=problems)
    assert [p.ocr for p in got] == [True, True]
    assert all("Children's Services" in p.text or "Childrens Services" in p.text for p in got)
    assert problems == []


def test_born_digital_pages_are_never_ocrd(tmp_path):
    got = parse_pdf(str(builders.scrutiny_minutes(tmp_path / "minutes.pdf")))
    assert not any(p.ocr for p in got)


def test_without_tesseract_a_scan_keeps_no_text_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on this PATH
    ocr.tesseract_path.cache_clear()
    try:
        problems: list[str] = []
        got = parse_pdf(str(builders.scanned_letter(tmp_path / "scan.pdf")), problems=problems)
    finally:
        ocr.tesseract_path.cache_clear()
    assert got[0].text == "" and not got[0].ocr
    assert problems == ["scanned page 1 could not be OCR'd: Tesseract is not installed (run `make setup`)"]


def test_a_paper_with_more_table_pages_than_the_limit_is_read_as_text_past_it(tmp_path, monkeypatch):
    monkeypatch.setattr(pages, "MAX_LAYOUT_PAGES", 1)
    problems: list[str] = []
    got = parse_pdf(str(builders.improvement_plan(tmp_path / "plan.pdf")), "improvement_plan", problems=problems)
    assert [p.layout for p in got] == [True, False]
    assert got[1].text.strip()  # its text is still there
    assert problems == ["tables read on the first 1 of 2 table pages only"]
