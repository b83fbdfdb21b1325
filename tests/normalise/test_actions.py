"""normalise_actions: deadlines, due date, RAG (words over colour), recommendations, deterministic ids."""
from __future__ import annotations

import pytest

from normalise.actions import action_id, normalise_actions, rag_and_raw, recommendation_numbers
from scrutineer.model import Paper

PAPER = Paper(doc_id="a" * 64, file_name="plan.pdf", source_path="plan.pdf", path="/x/plan.pdf", size_bytes=1)


def row(**kw):
    base = {"ref": "1.1", "section": "Priority 1", "action": "Do the thing", "lead_raw": None, "lead": None,
            "deadline_raw": None, "rag_colour": None, "rag_text": None, "success_measures": None, "progress": None,
            "impact": None, "recommendations_raw": None, "completed_section": False, "page": 3, "segment_id": None}
    return {**base, **kw}


@pytest.mark.parametrize("text, expected", [
    ("2 and 3", ["2", "3"]), ("1, 2 and 3", ["1", "2", "3"]), ("3", ["3"]), ("Rec 4 & 4", ["4"]),
    ("03", ["3"]), ("", []), (None, []),
])
def test_recommendation_numbers(text, expected):
    assert recommendation_numbers(text) == expected


@pytest.mark.parametrize("colour, text, expected", [
    ("#00b050", None, ("green", "#00b050")),
    ("#00b050", "AMBER", ("amber", "AMBER")),
    (None, "On track", ("green", "On track")),
    (None, "Not started", (None, "Not started")),
    ("#ffffff", None, (None, None)),
])
def test_rag_and_raw(colour, text, expected):
    assert rag_and_raw(colour, text) == expected


def test_rows_and_child_tables():
    out = normalise_actions(PAPER, {"plan_rows": [
        row(deadline_raw="30/6/2022 23/11/2022 23/01/2023", rag_colour="#ffc7ce", recommendations_raw="2 and 3"),
        row(ref="1.2", deadline_raw="Quarterly: Reviewed", rag_text="Complete", completed_section=True, page=4),
    ]})
    a, b = out["actions"]
    assert (a["due_date"], a["rag"], a["rag_raw"], a["page"]) == ("2023-01-23", "red", "#ffc7ce", 3)
    assert (b["due_date"], b["rag"], b["completed_section"], b["deadline_raw"]) == (None, "blue", True, "Quarterly: Reviewed")
    assert [(d["seq"], d["deadline"]) for d in out["action_deadlines"]] == [(1, "2022-06-30"), (2, "2022-11-23"), (3, "2023-01-23")]
    assert all(d["action_id"] == a["action_id"] for d in out["action_deadlines"])
    assert [r["recommendation"] for r in out["action_recommendations"]] == ["2", "3"]


def test_leads_follow_the_numbered_part():
    out = normalise_actions(PAPER, {"plan_rows": [row(lead_raw="1. DM 2. DM/AxB", lead="DM/AxB")]})
    assert out["actions"][0]["lead_raw"] == "1. DM 2. DM/AxB"
    assert [(l["seq"], l["initials"]) for l in out["action_leads"]] == [(1, "DM"), (2, "AxB")]


def test_ids_are_deterministic_and_distinct():
    rows = [row(), row(ref="1.2")]
    first = [a["action_id"] for a in normalise_actions(PAPER, {"plan_rows": rows})["actions"]]
    again = [a["action_id"] for a in normalise_actions(PAPER, {"plan_rows": rows})["actions"]]
    assert first == again and len(set(first)) == 2 and first[0] == action_id(PAPER.doc_id, 0)


def test_no_rows_no_tables():
    assert normalise_actions(PAPER, {"plan_rows": None}) == {}
