"""KPI rows: the unit a row label announces, and the comparator a column header names."""
from __future__ import annotations

import pytest

from normalise.kpis import _label_unit, comparator_of


@pytest.mark.parametrize("label, unit", [
    ("Number of children subject to a child protection plan", "count"),
    ("No. of referrals received", "count"),
    ("Total number of complaints", "count"),
    ("Number of children in care (and rate)", None),  # two figures: the label cannot give one unit
    ("Number of children awaiting adoption (and percentage)", None),
    ("Percentage of re-referrals within 12 months", "percent"),
    ("Children in care per 10,000 children", "rate_per_10000"),
    ("Average time from entering care to adoption (days)", "days"),
    ("Average duration of care proceedings (weeks)", "weeks"),
    ("Social workers in post (FTE)", "fte"),
    ("Children in care", None),
])
def test_label_unit(label, unit):
    assert _label_unit(label) == unit


@pytest.mark.parametrize("header, comparator", [
    ("England", "national"), ("National average", "national"), ("Stat Neighbours", "statistical_neighbours"),
    ("South West Average", "regional"), ("Target 2025/26", "target"), ("Dec 24", None),
])
def test_comparator_of(header, comparator):
    assert comparator_of(header) == comparator
