"""The shared plain-data helpers of scrutineer/model.py."""
from __future__ import annotations

import pytest

from scrutineer.model import Cell, Table, segment_at

SEGMENTS = [{"segment_id": "s1", "first_page": 1, "last_page": 3}, {"segment_id": "s2", "first_page": 4, "last_page": 4}]


@pytest.mark.parametrize("segments, page, expected", [
    (SEGMENTS, 1, "s1"), (SEGMENTS, 3, "s1"), (SEGMENTS, 4, "s2"), (SEGMENTS, 5, None), ([], 1, None), (None, 1, None)])
def test_segment_at(segments, page, expected):
    assert (segment_at(segments, page) or {}).get("segment_id") == expected


def test_a_cell_merged_down_covers_the_rows_under_it():
    merged = Cell("Head of Service", 0, 0, 10, 30)
    rows = [[Cell("1.1", 0, 0, 5, 10), merged], [Cell("1.2", 0, 10, 5, 20), None], [Cell("1.3", 0, 20, 5, 30), None],
            [Cell("2.1", 0, 30, 5, 40), None]]
    table = Table(page=1, x0=0, top=0, x1=10, bottom=40, rows=rows)
    assert [table.cell_over(r, 1) for r in range(4)] == [None, merged, merged, None]
    assert table.spans_down(0, 1) and not table.spans_down(0, 0)
