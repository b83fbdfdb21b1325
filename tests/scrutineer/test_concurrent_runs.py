"""Two runs started at once on one warehouse: the second stops with a clear message, nothing is corrupted."""
from __future__ import annotations

import subprocess
import sys
import time

from typer.testing import CliRunner

from examples import builders
from scrutineer.cli import app
from scrutineer.settings import ROOT
from tests.scrutineer.damage import good_papers
from tests.scrutineer.warehouses import contents


def test_a_second_run_on_the_same_warehouse_stops_with_a_message(tmp_path):
    raw, warehouse = tmp_path / "raw", tmp_path / "w.duckdb"
    good_papers(raw)
    builders.long_paper(raw / "pack.pdf", 200)  # long enough to still be running when the second starts
    first = subprocess.Popen([sys.executable, "-m", "scrutineer.cli", "all", "--raw-dir", str(raw), "--warehouse",
                              str(warehouse), "--work-dir", str(tmp_path / "work"), "--quiet"],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lock = tmp_path / "w.duckdb.lock"
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().startswith("pid")) and time.monotonic() < deadline:
        time.sleep(0.01)
    second = CliRunner().invoke(app, ["all", "--raw-dir", str(raw), "--warehouse", str(warehouse),
                                      "--work-dir", str(tmp_path / "work-2"), "--quiet"])
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, (out + err).decode()
    assert second.exit_code == 2
    assert "another run is already writing" in second.output
    assert f"pid {first.pid}" in second.output
    assert "Traceback" not in second.output
    assert len(contents(warehouse)["documents"]) == len(builders.EXAMPLES) + 1

    # once the first has finished, the lock is free again
    third = CliRunner().invoke(app, ["all", "--raw-dir", str(raw), "--warehouse", str(warehouse),
                                     "--work-dir", str(tmp_path / "work"), "--quiet"])
    assert third.exit_code == 0, third.output


def test_runs_on_different_warehouses_do_not_block_each_other(tmp_path):
    raw = tmp_path / "raw"
    good_papers(raw)
    procs = [subprocess.Popen([sys.executable, "-m", "scrutineer.cli", "all", "--raw-dir", str(raw), "--warehouse",
                               str(tmp_path / f"w{i}.duckdb"), "--work-dir", str(tmp_path / "shared-work"), "--quiet"],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, (out + err).decode()
    assert contents(tmp_path / "w0.duckdb") == contents(tmp_path / "w1.duckdb")
