"""Colours as a reader sees them: PDF colour values and icon pixels to ``#rrggbb``."""
from __future__ import annotations

import pytest

from extract.colours import dominant_colour, is_saturated, to_hex

GREEN, WHITE, BLACK, AMBER = (0, 176, 80), (255, 255, 255), (0, 0, 0), (255, 192, 0)


@pytest.mark.parametrize("colour, expected", [
    ((0.0, 0.5, 1.0), "#0080ff"),  # RGB
    (0.5, "#808080"),  # grey
    ((0.0, 0.25, 1.0, 0.0), "#ffbf00"),  # CMYK
    (None, None), ("pattern", None),
])
def test_to_hex(colour, expected):
    assert to_hex(colour) == expected


@pytest.mark.parametrize("colour, expected", [("#00b050", True), ("#808080", False), ("#000000", False), (None, False)])
def test_is_saturated(colour, expected):
    assert is_saturated(colour) is expected


@pytest.mark.parametrize("pixels, expected", [
    ([GREEN] * 70 + [WHITE] * 30, "#00b050"),  # a dot on its background
    ([AMBER] * 40 + [GREEN] * 10 + [WHITE] * 50, "#ffc000"),  # anti-aliased edges in another colour lose
    ([BLACK] * 50 + [WHITE] * 50, None),  # a black tick is no status colour
    ([GREEN] * 5 + [WHITE] * 95, None),  # a speck of colour on a white icon
    ([], None),
])
def test_dominant_colour_of_an_icon(pixels, expected):
    assert dominant_colour(pixels) == expected
