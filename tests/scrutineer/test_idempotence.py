"""Two runs over the same papers give identical warehouses: same ids, same rows, every table."""
from __future__ import annotations

import shutil

import pytest

from examples import builders
from scrutineer.pipeline import run_all
from scrutineer.settings import RunConfig
from tests.scrutineer.damage import corrupt_xref, good_papers
from tests.scrutineer.warehouses import contents, differences


@pytest.fixture(scope="module")
def raw(tmp_path_factory, tesseract):
    folder = tmp_path_factory.mktemp("idem") / "raw"
    papers = good_papers(folder)
    plan = next(p for p in papers.values() if "plan" in p.name)
    (folder / "repaired.pdf").write_bytes(corrupt_xref(plan.read_bytes()))
    (folder / "empty.pdf").write_bytes(b"")
    builders.scanned_letter(folder / "scanned.pdf")
    return folder


def _build(raw, tmp_path, name: str, workers: int, work: str | None = None):
    cfg = RunConfig(raw_dir=raw, warehouse=tmp_path / f"{name}.duckdb", work_dir=tmp_path / (work or f"{name}-work"),
                    workers=workers, progress=False)
    run_all(cfg)
    return contents(cfg.warehouse)


def test_two_cold_runs_give_identical_warehouses(raw, tmp_path):
    first = _build(raw, tmp_path, "first", workers=2)
    second = _build(raw, tmp_path, "second", workers=1)  # other worker count, other finishing order
    assert sum(len(rows) for rows in first.values()) > len(first["documents"])  # not trivially empty
    assert differences(first, second) == []


def test_a_rerun_from_the_cache_gives_the_same_warehouse(raw, tmp_path):
    cold = _build(raw, tmp_path, "cold", workers=2, work="shared-work")
    warm = _build(raw, tmp_path, "warm", workers=2, work="shared-work")
    assert differences(cold, warm) == []


def test_the_same_papers_under_other_names_give_the_same_ids(raw, tmp_path):
    moved = tmp_path / "moved"
    shutil.copytree(raw, moved / "2025")
    a = _build(raw, tmp_path, "a", workers=2)
    b = _build(moved, tmp_path, "b", workers=2)
    for table in a:
        if table != "documents":  # source_path says where the file is, and that did change
            assert a[table] == b[table], table
    assert [r[0] for r in a["documents"]] == [r[0] for r in b["documents"]]
