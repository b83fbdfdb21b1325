"""Our ruled-table finder read against camelot's lattice reader, an independent implementation.

camelot re-renders every page as an image to find the grid (about 0.4 s a page), too slow for the
pipeline's page budget, so it serves here as the second opinion on fully ruled tables: both readers must
agree on every cell of every fixture table that has a drawn grid.
"""
from __future__ import annotations

import camelot
import pytest

from examples import builders
from extract.pages import parse_pdf


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _ours(path) -> dict[int, list[list[list[str]]]]:
    """Fully ruled tables per page, top to bottom, as cell texts ('' for the cells a span covers)."""
    found: dict[int, list] = {}
    for page in parse_pdf(str(path)):
        for table in page.tables:
            if table.ruling == "full":
                found.setdefault(page.number, []).append(
                    [[_clean(c.text if c is not None else "") for c in row] for row in table.rows])
    return found


def _camelot(path) -> dict[int, list[list[list[str]]]]:
    found: dict[int, list] = {}
    tables = sorted(camelot.read_pdf(str(path), pages="all", flavor="lattice"),
                    key=lambda t: (t.page, -t._bbox[3]))
    for table in tables:
        found.setdefault(int(table.page), []).append([[_clean(v) for v in row] for row in table.df.values.tolist()])
    return found


@pytest.mark.parametrize("builder", [builders.improvement_plan, builders.split_action_plan,
                                     builders.findings_action_plan, builders.kpi_report,
                                     builders.scorecard_and_key, builders.recommendation_plan,
                                     builders.agenda_pack])
def test_ruled_tables_agree_with_camelot(tmp_path, builder):
    path = builder(tmp_path / f"{builder.__name__}.pdf")
    ours = _ours(path)
    assert ours, "the fixture has a ruled table"
    assert ours == _camelot(path)
