"""The shared plain-data helpers of scrutineer/model.py."""
from __future__ import annotations

import pytest

from scrutineer.model import segment_at

SEGMENTS = [{"segment_id": "s1", "first_page": 1, "last_page": 3}, {"segment_id": "s2", "first_page": 4, "last_page": 4}]


@pytest.mark.parametrize("segments, page, expected", [
    (SEGMENTS, 1, "s1"), (SEGMENTS, 3, "s1"), (SEGMENTS, 4, "s2"), (SEGMENTS, 5, None), ([], 1, None), (None, 1, None)])
def test_segment_at(segments, page, expected):
    assert (segment_at(segments, page) or {}).get("segment_id") == expected
