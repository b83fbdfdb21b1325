"""The entity tagger (normalise/nlp.py), entities rows (normalise/entities.py) and the evaluation set."""
import pytest

from normalise.entities import joined_fields, tag_rows
from normalise.entity_eval import evaluate, load, parse_markup
from normalise.nlp import LABELS, find_people, find_recommendations, iso_date, tag
from scrutineer.model import Paper


def ents(text):
    return [(e.label, e.text, e.value) for e in tag(text)]


@pytest.mark.parametrize("text, want", [
    ("Richard Nash (Service Director Children's Social Care) and SMT",
     [("PERSON", "Richard Nash", "Richard Nash"), ("ROLE", "Service Director Children's Social Care", None),
      ("ROLE", "SMT", None)]),
    ("Cllr R Bellamy asked the Deputy DCS", [("PERSON", "Cllr R Bellamy", "R Bellamy"), ("ROLE", "Deputy DCS", None)]),
    ("The Head of Service for Children in Care will meet West Mercia Police",
     [("ROLE", "Head of Service for Children in Care", None), ("ORG", "West Mercia Police", None)]),
    ("Ensure visits happen (Recommendations 2 and 5)",
     [("OFSTED_REC", "Recommendations 2", "2"), ("OFSTED_REC", "5", "5")]),
    ("Agreed on 30th April 2024, reviewed 12/05/23", [("DATE", "30th April 2024", "2024-04-30"),
                                                      ("DATE", "12/05/23", "2023-05-12")]),
    ("due March 2024", [("DATE", "March 2024", "2024-03-31")]),  # a month alone: its last day, as for deadlines
    ("the IRO service and the MASH", [("TEAM", "IRO service", None), ("TEAM", "MASH", None)]),
    ("Fostering Service Manager to report", [("ROLE", "Fostering Service Manager", None)]),
    ("Kent Police and Kent and Medway ICB", [("ORG", "Kent Police", None), ("ORG", "Kent and Medway ICB", None)]),
    ("Tendai Moyo, Principal Social Worker, spoke", [("PERSON", "Tendai Moyo", "Tendai Moyo"),
                                                     ("ROLE", "Principal Social Worker", None)]),
    ("Ensure IROs escalate drift", [("ROLE", "IROs", None)]),  # an imperative is not part of a title
    ("The Deputy DCS will chair a clinic", [("ROLE", "Deputy DCS", None)]),  # 'chair' the verb is no role
    ("Family Help Programme Director", [("ROLE", "Family Help Programme Director", None)]),
    ("No entities in this sentence at all.", []),
    ("", []),
])
def test_tag(text, want):
    got = ents(text)
    assert [(lab, t) for lab, t, _ in got] == [(lab, t) for lab, t, _ in want]
    for (lab, t, v), (_, _, wv) in zip(got, want):
        assert v == (wv if wv is not None else t)


@pytest.mark.parametrize("text, want", [
    ("Juliette Blake Sarah Rempel", ["Juliette Blake", "Sarah Rempel"]),
    ("Lee Yardley Hunt", ["Lee Yardley Hunt"]),
    ("David James and Councillors Brown, Patel and Smith", ["David James", "Councillors Brown", "Patel", "Smith"]),
    ("Amber rating for March", []),
    ("Mark Complete", []),
    ("Dr Priya Sharma", ["Dr Priya Sharma"]),
    # lower-case parts of a surname are part of it
    ("Apologies from Karen de Souza and Tom da Costa Smith", ["Karen de Souza", "Tom da Costa Smith"]),
    ("Sarah de la Cruz", ["Sarah de la Cruz"]),
    ("Report of Jane Smith de", ["Jane Smith"]),  # a particle with no surname after it is not one
])
def test_find_people(text, want):
    assert [text[s:e] for s, e in find_people(text)] == want


@pytest.mark.parametrize("raw, want", [
    ("30th April 2024", "2024-04-30"), ("April 30, 2024", "2024-04-30"), ("April 2024", "2024-04"),
    ("30/04/24", "2024-04-30"), ("2024-04-30", "2024-04-30"), ("31/02/2024", None), ("Sept '23", "2023-09"),
])
def test_iso_date(raw, want):
    assert iso_date(raw) == want


@pytest.mark.parametrize("text, want", [
    ("Recommendation 3", ["3"]), ("rec. 4", ["4"]), ("Recommendations 1, 2 and 6", ["1", "2", "6"]),
    ("(R7)", ["7"]), ("Recommendation 1.2 of the plan", []), ("recommended that", []),
])
def test_find_recommendations(text, want):
    assert [v for _, _, v in find_recommendations(text)] == want


def test_parse_markup():
    assert parse_markup("[Jane Smith](PERSON) met [Ofsted](ORG) on [1 May 2024](DATE=2024-05-01).") == (
        "Jane Smith met Ofsted on 1 May 2024.",
        [(0, 10, "PERSON", None), (15, 21, "ORG", None), (25, 35, "DATE", "2024-05-01")])


def test_joined_fields_offsets():
    text, where = joined_fields({"action": "Do X", "success_measures": None, "progress": "Done"},
                                ("action", "success_measures", "progress"))
    assert text == "Do X\n\nDone"
    assert where == [(0, 4, "action"), (6, 10, "progress")]


def test_tag_rows_fills_entities_and_resolves_initials():
    paper = Paper(doc_id="d1", file_name="p.pdf", source_path="p.pdf", path="/x/p.pdf", size_bytes=1)
    tables = {
        "actions": [{"action_id": "a1", "action": "Head of Service to audit plans", "progress": "Done by 30/04/2024",
                     "lead_raw": "Assistant Director – Graham Thornton"}],
        "action_leads": [{"action_id": "a1", "seq": 1, "name": None, "role": None, "initials": "GT"}],
        "minute_items": [{"item_id": "m1", "text": "Cllr Jane Moore asked about Recommendation 3."}],
        "resolutions": [{"item_id": "m1", "seq": 1, "text": "RESOLVED that the DCS reports to Ofsted."}],
    }
    rows = tag_rows(paper, tables)["entities"]
    got = {(r["source_table"], r["source_id"], r["label"], r["text"], r["value"], r["field"]) for r in rows}
    assert got == {
        ("actions", "a1", "ROLE", "Head of Service", "Head of Service", "action"),
        ("actions", "a1", "DATE", "30/04/2024", "2024-04-30", "progress"),
        ("minute_items", "m1", "PERSON", "Cllr Jane Moore", "Jane Moore", "text"),
        ("minute_items", "m1", "OFSTED_REC", "Recommendation 3", "3", "text"),
        ("resolutions", "m1:1", "ROLE", "DCS", "DCS", "text"),
        ("resolutions", "m1:1", "ORG", "Ofsted", "Ofsted", "text"),
    }
    for r in rows:  # offsets point into the row's joined text
        src = {"actions": "Head of Service to audit plans\n\nDone by 30/04/2024"}.get(r["source_table"])
        if src:
            assert src[r["start_char"]:r["end_char"]] == r["text"]
    keys = [(r["doc_id"], r["source_table"], r["source_id"], r["label"], r["start_char"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert tables["action_leads"][0]["resolved_name"] == "Graham Thornton"
    assert tables["action_leads"][0]["name"] is None


def test_an_action_sheets_rows_are_tagged_by_their_key():
    paper = Paper(doc_id="d1", file_name="p.pdf", source_path="p.pdf", path="/x/p.pdf", size_bytes=1)
    tables = {"action_sheet": [{"doc_id": "d1", "seq": 2, "action": "Circulate the audit by 30 June 2024",
                                "owner_raw": "Head of Early Help", "status_raw": "Open"}]}
    got = {(r["source_table"], r["source_id"], r["label"], r["text"], r["field"]) for r in tag_rows(paper, tables)["entities"]}
    assert got == {("action_sheet", "2", "DATE", "30 June 2024", "action"),
                   ("action_sheet", "2", "ROLE", "Head of Early Help", "owner_raw")}


def test_eval_set_is_large_and_covers_every_label():
    examples = load()
    assert len(examples) >= 120
    assert {ex.split for ex in examples} == {"dev", "test"}
    test = [ex for ex in examples if ex.split == "test"]
    counts = {lab: sum(lab == g[2] for ex in test for g in ex.gold) for lab in LABELS}
    assert all(n >= 5 for n in counts.values()), counts


@pytest.mark.parametrize("label", LABELS)
def test_held_out_precision_and_recall(label):
    res = evaluate([ex for ex in load() if ex.split == "test"])
    s = res["labels"][label]
    assert s["precision"] >= 0.9 and s["recall"] >= 0.9, (label, s)


def test_values_of_matched_dates_and_recommendations_are_right():
    v = evaluate(load())["values"]
    assert v["checked"] > 50 and v["right"] == v["checked"]
