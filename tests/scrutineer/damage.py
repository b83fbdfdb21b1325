"""Bad inputs as councils' websites really serve them, made from our own example papers.

Pure byte surgery on fixture PDFs built by ``examples/builders.py``; shared by
the bad-input, mutation and crash tests.
"""
from __future__ import annotations

import random
from pathlib import Path

from examples import builders
from reportlab.pdfgen import canvas

HTML_ERROR_PAGE = (b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                   b"<body><h1>Page not found</h1><p>The document you requested has moved.</p></body></html>\n")


def truncate(data: bytes, fraction: float) -> bytes:
    """The first ``fraction`` of the file, as an interrupted download leaves it."""
    return data[: int(len(data) * fraction)]


def corrupt_xref(data: bytes) -> bytes:
    """The cross-reference table's keyword and first entries overwritten with junk."""
    at = data.rindex(b"\nxref") + 1
    return data[:at] + b"#" * 40 + data[at + 40:]


def flip_bytes(data: bytes, count: int, rng: random.Random) -> bytes:
    """``count`` random bytes replaced with random values (a bad disk, a bad transfer)."""
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def blank_pages(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages carry neither text nor images."""
    c = canvas.Canvas(str(path), invariant=1)
    for _ in range(pages):
        c.showPage()
    c.save()
    return path


def good_papers(folder: Path) -> dict[str, Path]:
    """The bundled example papers (plans, minutes, an agenda pack, a KPI report)."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: fn(folder / name) for name, fn in builders.EXAMPLES.items()}


def bad_papers(folder: Path) -> dict[str, str]:
    """Every kind of bad input, written to ``folder``: file name → the status it must get."""
    folder.mkdir(parents=True, exist_ok=True)
    plan = builders.improvement_plan(folder / ".plan-source.tmp").read_bytes()
    (folder / ".plan-source.tmp").unlink()
    (folder / "zero-bytes.pdf").write_bytes(b"")
    (folder / "truncated-download.pdf").write_bytes(truncate(plan, 0.6))
    (folder / "corrupt-xref.pdf").write_bytes(corrupt_xref(plan))
    builders.password_protected(folder / "password-protected.pdf")
    (folder / "ofsted-error-page.pdf").write_bytes(HTML_ERROR_PAGE)
    (folder / "not-a-pdf.PDF").write_bytes(b"PK\x03\x04 this is really a zip archive")
    builders.scanned_letter(folder / "scanned-report.pdf")
    blank_pages(folder / "blank-pages.pdf")
    builders.long_paper(folder / "huge-appendix-pack.pdf", 400)
    return {
        "zero-bytes.pdf": "failed",
        "truncated-download.pdf": "failed",
        "corrupt-xref.pdf": "partial",
        "password-protected.pdf": "failed",
        "ofsted-error-page.pdf": "failed",
        "not-a-pdf.PDF": "failed",
        "scanned-report.pdf": "ok",
        "blank-pages.pdf": "needs_ocr",
        "huge-appendix-pack.pdf": "ok",
    }
