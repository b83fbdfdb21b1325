"""A worker that crashes or hangs costs only its own paper; the others are processed as usual."""
from __future__ import annotations

import os
import signal
import time

import pytest

from examples import builders
from scrutineer import pipeline
from scrutineer.pipeline import WorkerLost, _map
from scrutineer.settings import RunConfig


def square_or_die(n: int) -> int:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # what a segfault in a PDF library looks like from outside
    return n * n


def sleep_deaf_to_alarms(seconds: float) -> str:
    # a C library stuck in a loop never returns to Python, so the soft time limit cannot stop it
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
    time.sleep(seconds)
    return "finished"


def hog_memory(megabytes: int, seconds: float) -> str:
    block = bytearray(megabytes << 20)
    block[::4096] = b"x" * len(block[::4096])  # touch every page so it is really resident
    time.sleep(seconds)
    return "finished"


def slow(seconds: float) -> str:
    time.sleep(seconds)
    return "finished"


def _cfg(tmp_path, workers: int) -> RunConfig:
    return RunConfig(raw_dir=tmp_path, warehouse=tmp_path / "w.duckdb", work_dir=tmp_path / "work",
                     workers=workers, progress=False)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_crashed_worker_loses_only_its_own_job(tmp_path, workers):
    results = _map(_cfg(tmp_path, workers), square_or_die, [(n,) for n in range(8)], "test")
    assert [r for i, r in enumerate(results) if i != 3] == [n * n for n in range(8) if n != 3]
    assert isinstance(results[3], WorkerLost)
    assert "died" in results[3].reason


def test_a_job_past_its_time_limit_stops_itself(tmp_path):
    results = _map(_cfg(tmp_path, 2), slow, [(30,), (0,)], "test", limits=[0.5, 0.5])
    assert isinstance(results[0], WorkerLost) and "time limit" in results[0].reason
    assert results[1] == "finished"


def test_a_job_deaf_to_its_time_limit_is_killed(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "HARD_KILL_GRACE", 1.0)
    start = time.monotonic()
    results = _map(_cfg(tmp_path, 2), sleep_deaf_to_alarms, [(60,), (0,)], "test", limits=[0.5, 0.5])
    assert time.monotonic() - start < 20
    assert isinstance(results[0], WorkerLost) and "time limit" in results[0].reason
    assert results[1] == "finished"


@pytest.mark.usefixtures("tesseract")
def test_a_paper_over_its_time_limit_is_failed_and_the_rerun_says_the_same(tmp_path, run_pipeline):
    raw = tmp_path / "raw"
    raw.mkdir()
    builders.scanned_letter(raw / "long-scan.pdf", pages=8)  # ~1 s of OCR a page
    cfg = dict(raw_dir=raw, warehouse=tmp_path / "w.duckdb", work_dir=tmp_path / "work", workers=1,
               progress=False, paper_seconds=2)
    report = pipeline.run_all(RunConfig(**cfg))
    assert [(p.status, "time limit" in (p.error or "")) for p in report.papers] == [("failed", True)]
    start = time.monotonic()
    again = pipeline.run_all(RunConfig(**cfg))
    assert [(p.status, p.error) for p in again.papers] == [(p.status, p.error) for p in report.papers]
    assert time.monotonic() - start < 5  # remembered, not tried again


def test_a_job_using_too_much_memory_is_stopped(tmp_path, monkeypatch):
    import psutil

    # a forked worker starts with its parent's resident pages
    monkeypatch.setattr(pipeline, "WORKER_MEMORY_LIMIT", psutil.Process().memory_info().rss + (400 << 20))
    start = time.monotonic()
    results = _map(_cfg(tmp_path, 2), hog_memory, [(1000, 10), (1, 0)], "test")
    assert isinstance(results[0], WorkerLost) and "memory" in results[0].reason
    assert results[1] == "finished"
    assert time.monotonic() - start < 30
