"""Golden-file tests: the warehouse rows each fixture paper normalises to, compared with tests/normalise/golden."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalise.paper import normalise_paper
from tests.golden import check, golden_builders

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("name", sorted(golden_builders()))
def test_normalise_matches_golden(name, golden_run, update_golden):
    paper, extracted = golden_run(name)
    check(normalise_paper(paper, extracted), GOLDEN / f"{name}.json", update_golden)


def test_every_golden_file_has_a_fixture():
    assert {p.stem for p in GOLDEN.glob("*.json")} <= set(golden_builders())
