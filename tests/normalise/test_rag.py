"""RAG from a cell's fill (any shade, by hue) and from status words."""
from __future__ import annotations

import pytest

from normalise.rag import rag_from_colour, rag_from_text, rag_of


@pytest.mark.parametrize("fill, expected", [
    ("#ff0000", "red"), ("#c00000", "red"), ("#ffc7ce", "red"), ("#e6b8b7", "red"), ("#f4cccc", "red"),
    ("#ffc000", "amber"), ("#ffff00", "amber"), ("#ffeb9c", "amber"), ("#f79646", "amber"), ("#fabf8f", "amber"),
    ("#00b050", "green"), ("#92d050", "green"), ("#c6efce", "green"), ("#00ff00", "green"), ("#548235", "green"),
    ("#00b0f0", "blue"), ("#0070c0", "blue"), ("#9bc2e6", "blue"), ("#bdd7ee", "blue"),
    ("#ffffff", None), ("#f2f2f2", None), ("#d9d9d9", None), ("#000000", None), ("#1f1f1f", None),
    ("#f2dcdb", None),  # a pale pink band: too little colour to be a status
    ("#7030a0", None),  # purple has no RAG meaning
    (None, None), ("", None), ("not a colour", None), ("#fff", None),
])
def test_rag_from_colour(fill, expected):
    assert rag_from_colour(fill) == expected


@pytest.mark.parametrize("text, expected", [
    ("GREEN", "green"), ("Amber", "amber"), ("red", "red"), ("Blue", "blue"),
    ("Amber/Green", "amber"), ("G", "green"), ("R", "red"), ("A", "amber"), ("B", "blue"),
    ("On track", "green"), ("Ahead of schedule", "green"), ("On target", "green"), ("Complete", "blue"), ("Completed", "blue"),
    ("Not on track", "red"), ("Off track", "red"), ("Off target", "red"), ("Not on target", "red"), ("Overdue", "red"),
    ("Behind schedule", "amber"), ("At risk", "amber"), ("Delayed", "amber"),
    ("AG", "amber"), ("RA", "red"), ("Not met", "red"), ("Target not met", "red"), ("Partially met", "amber"),
    ("Met", "green"), ("Exceeded", "green"), ("Met with partners in May", None),
    ("Not started", None), ("Not yet started", None), ("", None), (None, None), ("Ongoing", None),
    # part done is no blue (regression: 'Partially complete' read as complete)
    ("Partially complete", "amber"), ("Part completed", "amber"), ("Not complete", None), ("Incomplete", None),
    ("Not yet completed", None), ("Nearly complete", None),
    # progress words that RAG keys spell out
    ("No progress", "red"), ("Below target", "red"), ("Significant risk", "red"), ("Slipped", "amber"),
    ("Limited progress", "amber"), ("Some progress", "amber"), ("Good progress", "green"), ("In progress", None),
    ("Minor delay", "amber"), ("Minor slippage", "amber"), ("Significant slippage", "red"),
    ("Significantly delayed", "red"), ("Major delays", "red"), ("Embedded", "blue"), ("Fully embedded", "blue"),
    ("Not yet embedded", None),
])
def test_rag_from_text(text, expected):
    assert rag_from_text(text) == expected


@pytest.mark.parametrize("fill, text, expected", [
    ("#00b050", None, "green"),
    ("#00b050", "AMBER", "amber"),  # printed words win over the colour
    ("#ffffff", "Complete", "blue"),
    (None, None, None),
])
def test_rag_of(fill, text, expected):
    assert rag_of(fill, text) == expected
