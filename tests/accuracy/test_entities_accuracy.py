"""Entity tagging on the corpus: rows point back into their source text, leads resolve, the analyst query works."""
from __future__ import annotations

import duckdb
import pytest

SOURCES = {
    "actions": "select action_id, concat_ws(chr(10) || chr(10), action, success_measures, progress, impact) from actions",
    "minute_items": "select item_id, text from minute_items",
}


@pytest.fixture(scope="module")
def con(corpus_warehouse):
    c = duckdb.connect(str(corpus_warehouse), read_only=True)
    yield c
    c.close()


def test_every_kind_of_row_is_tagged(con):
    tagged = {t for (t,) in con.execute("select distinct source_table from entities").fetchall()}
    assert {"actions", "minute_items"} <= tagged
    labels = {lab for (lab,) in con.execute("select distinct label from entities").fetchall()}
    assert {"PERSON", "ROLE", "ORG", "TEAM", "DATE"} <= labels


@pytest.mark.parametrize("table", sorted(SOURCES))
def test_offsets_point_at_the_entity_text(con, table):
    texts = dict(con.execute(SOURCES[table]).fetchall())
    rows = con.execute("select source_id, text, start_char, end_char from entities where source_table = ?",
                       [table]).fetchall()
    assert rows
    wrong = [r for r in rows if texts[r[0]][r[2]:r[3]] != r[1]]
    assert not wrong, wrong[:5]


def test_date_values_are_iso(con):
    bad = con.execute("select value from entities where label = 'DATE' and try_cast(value as date) is null").fetchall()
    assert not bad


def test_initials_resolve_only_to_matching_names(con):
    rows = con.execute("select initials, resolved_name from action_leads where resolved_name is not null").fetchall()
    assert rows
    for initials, name in rows:
        firsts = "".join(w[0] for w in name.split()).upper()
        assert firsts == "".join(c for c in initials if c.isupper()), (initials, name)


def test_lead_names_are_clean_person_names(con):
    """Names come out as printed: one space between words, a capital first, no role words glued on."""
    names = con.execute("select distinct name from action_leads where name is not null").fetchall()
    assert names
    assert all(n[0] == " ".join(n[0].split()) and n[0][0].isupper() for n in names)
    assert not [n for (n,) in names if any(w in n.lower().split() for w in ("director", "head", "manager", "service"))]
