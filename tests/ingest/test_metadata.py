import pytest

from ingest.metadata import published


@pytest.mark.parametrize("text, title, expected", [
    ("Publication date: 23 May 2014\nInspection dates 18 March 2014 – 9 April 2014", None, "2014-05-23"),
    ("Version date 14 November 2019", None, "2019-11-14"),
    ("Published: March 2024", None, "2024-03"),
    ("GRAHAM SMITH\nCHIEF EXECUTIVE\n18 November 2019", None, "2019-11-18"),
    ("No dates here at all", "Self-Assessment 2023", "2023"),
    ("nothing", None, None),
    ("Date of publication: 31 February 2020", None, None),
])
def test_published_is_as_precise_as_the_paper(text, title, expected):
    assert published(text, title) == expected
