"""Minutes accuracy on the corpus: score.py's minutes figure and its parts."""
from __future__ import annotations

import duckdb
import pytest

MINUTES_FIELDS = ("meeting.found", "meeting.committee", "meeting.start_time", "meeting.present", "meeting.apologies",
                  "item.found", "item.title", "item.resolution", "action_sheet.row")


def test_minutes_score(corpus_scores):
    assert corpus_scores["minutes"] >= 0.95, corpus_scores["_report"]


@pytest.mark.parametrize("field", MINUTES_FIELDS)
def test_minutes_fields(corpus_scores, field):
    assert corpus_scores.get(field, 1.0) >= 0.9, corpus_scores["_report"]


def test_pack_segments_tile_every_page(corpus_warehouse):
    con = duckdb.connect(str(corpus_warehouse), read_only=True)
    try:
        rows = con.execute("""
            select s.doc_id, d.pages, s.first_page, s.last_page, s.kind from segments s join documents d using (doc_id)
            where d.doc_type = 'minutes_pack' order by s.doc_id, s.seq""").fetchall()
    finally:
        con.close()
    assert rows, "no segments for the corpus packs"
    assert {"front_sheet", "agenda", "minutes", "action_sheet", "report", "appendix", "blank"} <= {r[4] for r in rows}
    by_doc: dict[str, list] = {}
    for r in rows:
        by_doc.setdefault(r[0], []).append(r)
    for segs in by_doc.values():
        # no gaps, no overlaps, first page to last
        assert segs[0][2] == 1 and segs[-1][3] == segs[0][1]
        assert all(a[3] + 1 == b[2] for a, b in zip(segs, segs[1:]))
