"""Shared test helpers: run the real pipeline on a folder and open the warehouse."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from scrutineer.pipeline import run_all
from scrutineer.settings import ROOT, RunConfig

CORPUS = ROOT.parent / "shared" / "corpus"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the golden files under tests/*/golden from this run instead of comparing")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def golden_run(tmp_path_factory):
    """``golden_run(name)`` → (Paper, extracted) for fixture builder ``name``, built and extracted once a session."""
    from extract.paper import extract_paper
    from tests.golden import build_paper

    out_dir = tmp_path_factory.mktemp("golden")
    done: dict = {}

    def run(name: str):
        if name not in done:
            paper = build_paper(name, out_dir)
            done[name] = (paper, extract_paper(paper))
        return done[name]

    return run


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
def tesseract() -> str:
    """Tesseract's path. `make test` installs it, so its absence is a failure, not a reason to skip."""
    path = shutil.which("tesseract")
    if path is None:
        pytest.fail("Tesseract is not installed: run `make setup` (it installs the Debian packages)")
    return path


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_warehouse(corpus, tmp_path_factory) -> Path:
    """The whole corpus run through the real pipeline once per test session (2 workers)."""
    tmp = tmp_path_factory.mktemp("corpus")
    cfg = RunConfig(raw_dir=corpus, warehouse=tmp / "w.duckdb", work_dir=tmp / "interim", workers=2, progress=False)
    run_all(cfg)
    return cfg.warehouse


@pytest.fixture(scope="session")
def corpus_scores(corpus, corpus_warehouse) -> dict[str, float]:
    """../shared/tools/score.py's summary and per-field rates for the corpus warehouse.

    Keys: the summary's names (``actions_f1``, ``kpis_recall``, ``minutes``, ``ofsted`` …) and
    every per-field line (``action.rag``, ``ofsted.lead_inspector`` …)."""
    import re
    import subprocess
    import sys

    score = corpus.parent / "tools" / "score.py"
    out = subprocess.run(
        [sys.executable, str(score), "--warehouse", str(corpus_warehouse), "--truth", str(corpus / "truth"),
         "--ofsted", str(corpus / "ofsted_truth.csv"), "--recommendations", str(corpus / "ofsted_recommendations.json")],
        capture_output=True, text=True, check=True).stdout
    scores = {}
    for line in out.splitlines():
        m = re.match(r"^(\S+)\s+\d+/\d+\s+([\d.]+)$", line.strip())
        if m:
            scores[m.group(1)] = float(m.group(2))
        if line.startswith("score:"):
            scores.update({k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)})
    scores["_report"] = out
    return scores
