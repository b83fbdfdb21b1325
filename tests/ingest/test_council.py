import pytest

from ingest.council import by_code, councils, identify


def test_the_council_table_has_every_english_authority_with_a_dfe_code():
    table = councils()
    assert len(table) >= 150
    assert all(c.la_code.isdigit() and len(c.la_code) == 3 for c in table)
    assert len({c.la_code for c in table}) == len(table)


def test_statistical_neighbours_point_at_councils_in_the_table():
    codes = {c.la_code for c in councils()}
    for c in councils():
        assert set(c.stat_neighbours) <= codes
        assert c.la_code not in c.stat_neighbours


@pytest.mark.parametrize("title, body, code", [
    ("Inspection of Somerset local authority children's services", "", "933"),
    ("Inspection of North Somerset local authority children's services", "Somerset", "802"),
    ("Bath and North East Somerset Council", "", "800"),
    ("BCP Council Improvement Plan", "", "839"),
    ("Notice of Children's Services Overview and Scrutiny Committee", "Council Chamber, Town Hall, Poole "
     "available at democracy.bcpcouncil.gov.uk", "839"),
    ("Inspection of Bradford Children and Families Trust", "", "380"),
    ("Kingston upon Hull City Council", "", "810"),
    ("Inspection of Bristol local authority children's services", "", "801"),
    ("Southend-on-Sea Borough Council", "", "882"),
    ("North Northamptonshire", "", "940"),
    ("St Helens Borough Council", "", "342"),  # the table spells it 'St. Helens'
    # an inspectorate's letterhead names the town it writes from, with a postcode: not the council
    ("Focused visit", "Piccadilly Gate\nStore Street\nManchester\nM1 2WD\n14 March 2023\nRutland County Council", "857"),
])
def test_identify_prefers_the_longest_name_and_the_title(title, body, code):
    assert identify(title, body).la_code == code


def test_no_council_named_gives_none():
    assert identify("Annual report", "This report sets out our plans for the year.") is None
    assert identify("Regional report", "Greater Manchester Combined Authority") is None  # no council


@pytest.mark.parametrize("body, code", [
    # a partner named after its area is not the council ('Dorset Police' on a board's attendance list)
    ("Westmere Borough Council. Present: DCI Helen Moss, Dorset Police", None),
    ("NHS Kent and Medway ICB and Devon and Cornwall Police", None),
    ("University Hospitals of Leicester; Leicester College", None),
    ("Kent County Council and Kent Police", "886"),
    ("Leeds City Council, West Yorkshire Police", "383"),
    ("Dorset Council", "838"),
])
def test_partners_named_after_a_place_are_not_the_council(body, code):
    council = identify("Improvement Board", body)
    assert (council.la_code if council else None) == code


def test_by_code():
    assert by_code("330").name == "Birmingham"
    assert by_code("000") is None
