"""The corpus as analysts' papers: every file gets a row, none is lost, a re-run gives the same warehouse."""
from __future__ import annotations

import hashlib

import duckdb

from ingest.discover import find_pdfs
from scrutineer.pipeline import run_all
from scrutineer.settings import RunConfig
from tests.scrutineer.warehouses import contents, differences


def test_every_corpus_paper_gets_a_row_and_none_fails(corpus, corpus_warehouse):
    distinct = {hashlib.sha256(p.read_bytes()).hexdigest() for p in find_pdfs(corpus)}
    con = duckdb.connect(str(corpus_warehouse), read_only=True)
    try:
        rows = dict(con.execute("select doc_id, status from documents").fetchall())
    finally:
        con.close()
    assert set(rows) == distinct
    assert [d for d, s in rows.items() if s in ("failed", "needs_ocr")] == []


def test_a_rerun_over_the_corpus_gives_the_same_warehouse(corpus, corpus_warehouse, tmp_path):
    cfg = RunConfig(raw_dir=corpus, warehouse=tmp_path / "again.duckdb", work_dir=corpus_warehouse.parent / "interim",
                    workers=2, progress=False)
    run_all(cfg)
    assert differences(contents(corpus_warehouse), contents(cfg.warehouse)) == []
