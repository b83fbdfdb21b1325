"""The stage cache: atomic writes, stale or damaged outputs never trusted, killed runs' leftovers swept."""
from __future__ import annotations

import gzip
import os
import subprocess

import pytest

from scrutineer import cache


def test_a_saved_output_loads_back(tmp_path):
    cache.save(tmp_path, "extract", "abc", {"pages": [1, 2]})
    assert cache.load(tmp_path, "extract", "abc") == {"pages": [1, 2]}


@pytest.mark.parametrize("content", [
    b"",                                  # killed before the first byte
    gzip.compress(b'{"version": "x", ')[:-4],  # killed mid-write (only possible without the atomic rename)
    gzip.compress(b"[1, 2, 3]"),           # valid JSON, not a stage output
    b"not gzip at all",
])
def test_a_damaged_output_is_not_trusted(tmp_path, content):
    path = cache.output_path(tmp_path, "extract", "abc")
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert cache.load(tmp_path, "extract", "abc") is None


def test_an_output_of_other_code_is_not_trusted(tmp_path):
    cache.write_json_atomic(cache.output_path(tmp_path, "extract", "abc"), {"version": "old", "data": {"x": 1}})
    assert cache.load(tmp_path, "extract", "abc") is None


def test_leftovers_of_dead_writers_are_swept_and_live_ones_kept(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    (tmp_path / "extract").mkdir()
    stale = tmp_path / "extract" / f".abc.json.gz.{dead.pid}.tmp"
    live = tmp_path / "extract" / f".def.json.gz.{os.getpid()}.tmp"
    stale.write_bytes(b"half")
    live.write_bytes(b"half")
    assert cache.sweep_temp_files(tmp_path) == 1
    assert not stale.exists() and live.exists()


def test_pinned_versions_hold_for_the_whole_run():
    pinned = cache.pin_versions({"extract": "v-run", "normalise": "n-run", "ingest": "i-run"})
    try:
        assert cache.stage_version("extract") == "v-run" == pinned["extract"]
    finally:
        cache._PINNED.clear()
    assert cache.stage_version("extract") != "v-run"
