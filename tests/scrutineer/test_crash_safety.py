"""kill -9 at any moment leaves the previous warehouse intact, and the next run
completes with the same result as a run that was never interrupted."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from examples import builders
from scrutineer.settings import ROOT
from tests.scrutineer.damage import good_papers
from tests.scrutineer.warehouses import contents, differences

pytestmark = pytest.mark.usefixtures("tesseract")


def _start(raw: Path, warehouse: Path, work: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "scrutineer.cli", "all", "--raw-dir", str(raw), "--warehouse", str(warehouse),
         "--work-dir", str(work), "--workers", "2", "--quiet"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _run(raw: Path, warehouse: Path, work: Path) -> None:
    proc = _start(raw, warehouse, work)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, (out + err).decode()


def _kill_when(proc: subprocess.Popen, ready, timeout: float = 120) -> bool:
    """kill -9 the run as soon as ``ready()``; False if it finished first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.001)
    proc.communicate()
    return False


def _orphans(proc: subprocess.Popen) -> list[int]:
    time.sleep(0.5)
    left = [p.pid for p in psutil.process_iter(["pid"]) if _session(p) == proc.pid]
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return left


def _session(p) -> int | None:
    try:
        return os.getsid(p.pid)
    except (ProcessLookupError, PermissionError):
        return None


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crash")
    raw = tmp / "raw"
    good_papers(raw)
    # slow papers, so a kill lands mid-extract
    builders.scanned_letter(raw / "scanned-pack.pdf", pages=2)
    builders.long_paper(raw / "appendices.pdf", 150)
    reference = tmp / "reference.duckdb"
    _run(raw, reference, tmp / "reference-work")
    return tmp, raw, contents(reference)


def test_kill_mid_extract_keeps_the_old_warehouse_and_the_rerun_matches(folders):
    tmp, raw, reference = folders
    old_raw = tmp / "old-raw"
    good_papers(old_raw)
    warehouse, work = tmp / "mid-extract.duckdb", tmp / "mid-extract-work"
    _run(old_raw, warehouse, work)  # last week's warehouse, from fewer papers
    before = contents(warehouse)

    proc = _start(raw, warehouse, work)
    extract_dir = work / "extract"
    killed = _kill_when(proc, lambda: extract_dir.is_dir() and len(list(extract_dir.glob("*.json.gz"))) >= 1
                        and any(work.glob("ingest/*.json.gz")))
    assert killed, "the run finished before it could be killed"
    assert _orphans(proc) == [], "workers kept running after their parent was killed"
    assert differences(contents(warehouse), before) == []

    _run(raw, warehouse, work)
    assert differences(contents(warehouse), reference) == []
    assert not list(work.rglob("*.tmp")), "half-written stage outputs of the killed run were left behind"


def test_kill_mid_store_keeps_the_old_warehouse_and_the_rerun_matches(folders):
    tmp, raw, reference = folders
    warehouse, work = tmp / "mid-store.duckdb", tmp / "mid-store-work"
    old_raw = tmp / "old-raw-2"
    good_papers(old_raw)
    _run(old_raw, warehouse, work)
    before = contents(warehouse)
    _run(raw, tmp / "warm.duckdb", work)  # warm the cache: the next run goes straight to the store

    building = lambda: any(tmp.glob(f".{warehouse.name}.*.building*"))  # noqa: E731
    for _ in range(10):  # the store takes a fraction of a second: try until the kill lands in it
        proc = _start(raw, warehouse, work)
        if _kill_when(proc, building):
            break
        assert differences(contents(warehouse), before) != []  # it finished: start again from the old one
        _run(old_raw, warehouse, work)
    else:
        pytest.fail("could not kill the run while it was building the warehouse")
    _orphans(proc)
    assert differences(contents(warehouse), before) == []

    _run(raw, warehouse, work)
    assert differences(contents(warehouse), reference) == []
    assert not list(tmp.glob(f".{warehouse.name}.*.building*")), "the killed run's half-built file was left behind"
