"""Golden-file tests: ingest and extract output for every fixture paper, compared with tests/extract/golden."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden import check, golden_builders, paper_record

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("name", sorted(golden_builders()))
def test_extract_matches_golden(name, golden_run, update_golden):
    paper, extracted = golden_run(name)
    check({"paper": paper_record(paper), "extracted": extracted}, GOLDEN / f"{name}.json", update_golden)


def test_every_golden_file_has_a_fixture():
    # a golden file left behind by a renamed builder would otherwise be dead weight that looks like coverage
    assert {p.stem for p in GOLDEN.glob("*.json")} <= set(golden_builders())
