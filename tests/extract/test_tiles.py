import pytest

from extract.pages import parse_pdf
from extract.tiles import TileSettings, big_figures, read_tile, tables_besides
from scrutineer.model import Table, Tile, Word


def _word(text, x0, top, size=10.0, bold=False):
    return Word(text=text, x0=x0, top=top, x1=x0 + 0.5 * size * len(text), bottom=top + size, size=size, bold=bold)


def _line(text, x0, top, size=10.0, bold=False):
    words, x = [], x0
    for t in text.split():
        words.append(_word(t, x, top, size, bold))
        x = words[-1].x1 + 0.3 * size
    return words


BODY = _line("Commentary on the quarter follows the tiles here", 40, 500)


@pytest.mark.parametrize("big, expected", [
    (_line("2,684", 40, 100, size=30), ["2,684"]),
    (_line("21.5%", 40, 100, size=30), ["21.5%"]),
    (_line("2024", 40, 100, size=30), []),  # a year in a large title
    (_line("Quarter 2", 40, 100, size=30), []),  # a number inside a large heading
    (_line("2,684", 40, 100, size=12), []),  # barely larger than the text: a heading's size, not a tile's
    (_line("389", 40, 100, size=30) + _line("days", 100, 115, size=12), ["389"]),  # its unit set small beside it
])
def test_big_figures_are_large_lone_figures(big, expected):
    assert [w.text for w in big_figures(big + BODY)] == expected


@pytest.mark.parametrize("lines, heading, text", [
    # the name under the figure, a comparison under the name
    ([("2,684", 100, 30), ("Contacts received", 140, 11), ("Previous quarter: 2,901", 160, 9)],
     "Contacts received", "2,684\nPrevious quarter: 2,901"),
    # a name may give a number of its own
    ([("21.5%", 100, 30), ("Re-referrals within 12 months", 140, 11), ("England 22.4%", 160, 9)],
     "Re-referrals within 12 months", "21.5%\nEngland 22.4%"),
    # a name wrapped over two lines in its own type
    ([("347", 100, 30), ("Children on a child", 140, 11), ("protection plan", 154, 11), ("Rate 41.2 per 10,000", 172, 9)],
     "Children on a child protection plan", "347\nRate 41.2 per 10,000"),
    # the name over the figure
    ([("Referrals", 70, 11), ("702", 90, 30), ("Target 650", 130, 9)], "Referrals", "702\nTarget 650"),
    # a comparison over the figure names nothing: the name is under it
    ([("Target 85%", 70, 9), ("88%", 90, 30), ("Assessments on time", 130, 11)], "Assessments on time",
     "88%\nTarget 85%"),
])
def test_a_tile_is_its_name_and_the_lines_under_its_figure(lines, heading, text):
    words = [w for t, top, size in lines for w in _line(t, 40, top, size)]
    figure = next(w for w in words if w.size == 30)
    tile = read_tile(figure, words, 10.0, TileSettings())
    assert (tile["heading"], tile["text"]) == (heading, text)


@pytest.mark.parametrize("beside", [
    "approved fostering households",  # an infographic's sentence run on from its figure
    "Children in care",  # a numbered heading ('2 Children in care')
])
def test_a_figure_with_words_run_on_from_it_is_no_tile(beside):
    words = _line("142", 40, 100, size=30) + _line(beside, 100, 112, size=12) + _line("Fostering", 40, 140, size=11)
    assert read_tile(words[0], words, 10.0, TileSettings()) is None


def test_a_figure_nothing_names_is_no_tile():
    words = _line("2,684", 40, 100, size=30) + _line("Rate 41.2", 40, 140, size=9)
    assert read_tile(words[0], words, 10.0, TileSettings()) is None


def test_only_a_table_found_from_alignment_alone_gives_way_to_the_tiles_in_it():
    tile = Tile(page=1, heading="Contacts", text="2,684", x0=50, top=100, x1=120, bottom=160)
    aligned = Table(page=1, x0=40, top=90, x1=600, bottom=300, ruling="none")
    ruled = Table(page=1, x0=40, top=90, x1=600, bottom=300, ruling="full")
    elsewhere = Table(page=1, x0=40, top=400, x1=600, bottom=500, ruling="none")
    assert tables_besides([aligned, ruled, elsewhere], [tile]) == [ruled, elsewhere]


def test_tiles_are_read_from_a_dashboard_whether_shaded_or_drawn_on_nothing(tmp_path):
    # regression: a Power BI dashboard gave no KPI: the page text runs across a row of tiles, and the
    # tile grid was read as a table of figures with no labels
    from examples.builders import PLAIN_TILES, SHADED_TILES, tile_dashboard

    cover, shaded, plain = parse_pdf(str(tile_dashboard(tmp_path / "dash.pdf")), doc_type="other")
    assert cover.layout and cover.tiles == []  # its section numbers are large, but nothing under them names a figure
    assert [(t.heading, t.text) for t in shaded.tiles] == [
        (name, f"{figure}\n{under}") for figure, _, name, under in SHADED_TILES]
    assert shaded.tables == []
    assert [(t.heading, t.text) for t in plain.tiles] == [
        (name, "\n".join(filter(None, [f"{figure} {unit}".strip(), under]))) for name, figure, unit, under in PLAIN_TILES]
