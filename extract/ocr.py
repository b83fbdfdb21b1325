"""Text for scanned pages: render the page with PDFium, read it with Tesseract.

Only pages with no text layer but an image on them are read this way, so a
born-digital paper never pays for OCR. Each page is one ``tesseract`` call
with a time limit, so one bad scan cannot hang the run; a page that cannot
be read keeps empty text and the reason is reported with the paper.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache

OCR_DPI = 300  # Tesseract's accuracy drops sharply below ~250 dpi
OCR_SECONDS_PER_PAGE = 90
MAX_OCR_PAGES = 200  # beyond this a paper is better sent to a person than OCR'd for an hour
LANGUAGE = "eng"


class OcrUnavailable(Exception):
    """Tesseract cannot be run here; the message says why, for a person."""


@lru_cache(maxsize=1)
def tesseract_path() -> str:
    """Path to the ``tesseract`` binary, or OcrUnavailable."""
    path = shutil.which("tesseract")
    if path is None:
        raise OcrUnavailable("Tesseract is not installed (run `make setup`)")
    return path


def render_png(page, dpi: int = OCR_DPI) -> bytes:
    """A pypdfium2 page as a greyscale PNG at ``dpi``."""
    import io

    bitmap = page.render(scale=dpi / 72, grayscale=True)
    image = bitmap.to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PNG", dpi=(dpi, dpi))
    bitmap.close()
    return buf.getvalue()


def read_image(png: bytes, timeout: float = OCR_SECONDS_PER_PAGE) -> str:
    """Tesseract's text for one page image; OcrUnavailable if it cannot run or gives up."""
    # one thread per call: the pipeline already runs one worker per core
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run([tesseract_path(), "stdin", "stdout", "-l", LANGUAGE, "--psm", "3", "--dpi", str(OCR_DPI)],
                              input=png, capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        raise OcrUnavailable(f"Tesseract gave up after {timeout:.0f} s on a page")
    except OSError as exc:
        raise OcrUnavailable(f"Tesseract could not be started ({exc.strerror or exc})")
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrUnavailable(f"Tesseract failed: {why[-1] if why else f'exit code {done.returncode}'}")
    return tidy(done.stdout.decode("utf-8", "replace"))


def tidy(text: str) -> str:
    """Tesseract output → page text like PDFium's: ``\\n`` line ends, no form feed, no trailing blanks."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\x0c", "").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def needs_ocr(chars: int, images: int) -> bool:
    """A page with no text layer but a picture on it is (very likely) a scan."""
    return chars == 0 and images > 0
