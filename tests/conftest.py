"""Shared test helpers: run the real pipeline on a folder and open the warehouse."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from scrutineer.pipeline import run_all
from scrutineer.settings import ROOT, RunConfig

CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def run_pipeline(tmp_path):
    """``run_pipeline(raw_dir, workers=1)`` → (RunReport, read-only DuckDB connection)."""
    opened = []

    def run(raw_dir: Path, workers: int = 1, warehouse: Path | None = None, work_dir: Path | None = None):
        cfg = RunConfig(raw_dir=raw_dir, warehouse=warehouse or tmp_path / "w.duckdb",
                        work_dir=work_dir or tmp_path / "interim", workers=workers, progress=False)
        report = run_all(cfg)
        con = duckdb.connect(str(cfg.warehouse), read_only=True)
        opened.append(con)
        return report, con

    yield run
    for con in opened:
        con.close()


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    return CORPUS
