"""Opening a paper: what is wrong with a bad file, in one line a person understands."""
from __future__ import annotations

import pytest

from examples import builders
from ingest.paper import damage, ingest_paper
from tests.scrutineer.damage import HTML_ERROR_PAGE, corrupt_xref, truncate


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return builders.improvement_plan(tmp_path_factory.mktemp("plan") / "plan.pdf").read_bytes()


@pytest.mark.parametrize("make, status, words", [
    (lambda plan: b"", "failed", "empty file (0 bytes)"),
    (lambda plan: HTML_ERROR_PAGE, "failed", "not a PDF: an HTML page saved with a .pdf name"),
    (lambda plan: b"\n\n  <html><body>Error 503</body></html>", "failed", "HTML page"),
    (lambda plan: b"GIF89a....", "failed", "does not start with a PDF header"),
    (lambda plan: truncate(plan, 0.3), "failed", "damaged PDF that cannot be opened"),
    (lambda plan: corrupt_xref(plan), "partial", "the cross-reference table is damaged"),
    (lambda plan: plan, "ok", None),
])
def test_bad_files_get_a_status_and_a_reason(tmp_path, plan, make, status, words):
    path = tmp_path / "paper.pdf"
    path.write_bytes(make(plan))
    paper = ingest_paper(path, tmp_path)
    assert paper.status == status
    if words is None:
        assert paper.error is None
    else:
        assert words in paper.error and "\n" not in paper.error


def test_a_password_protected_paper_is_failed_with_the_reason(tmp_path):
    paper = ingest_paper(builders.password_protected(tmp_path / "locked.pdf"), tmp_path)
    assert (paper.status, paper.error) == ("failed", "password-protected PDF: cannot be read without its password")


@pytest.mark.parametrize("tail, problem", [
    (b"trailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n", None),
    (b"trailer\n<< /Root 1 0 R >>\nstartxref\n9\n", "truncated"),
    (b"trailer\n<< /Root 1 0 R >>\n%%EOF\n", "missing"),
    (b"trailer\n<< /Root 1 0 R >>\nstartxref\n999999\n%%EOF\n", "past the end"),
    (b"trailer\n<< /Root 1 0 R >>\nstartxref\n2\n%%EOF\n", "damaged"),
])
def test_damage_reads_the_file_tail(tmp_path, tail, problem):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4\nxref\n0 1\n" + tail)
    found = damage(str(path))
    assert (found is None) if problem is None else (problem in found)


def test_a_cover_that_is_only_a_picture_is_not_the_title_page(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "covered.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFillColorRGB(0.1, 0.3, 0.6)
    c.rect(0, 0, A4[0], A4[1], fill=1, stroke=0)  # a photograph or a coloured cover, no text
    c.showPage()
    c.setFont("Helvetica-Bold", 24)
    c.drawString(60, 760, "Rutland County Council")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, 730, "Children's Services Improvement Plan")
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "Published: 4 March 2025")
    c.drawString(60, 680, "This plan sets out how we will respond to the inspection.")
    c.showPage()
    c.save()
    paper = ingest_paper(path, tmp_path)
    # the title page is the first page with text
    assert (paper.title, paper.published, paper.doc_type, paper.council) == (
        "Rutland County Council – Children's Services Improvement Plan", "2025-03-04", "improvement_plan", "Rutland")
