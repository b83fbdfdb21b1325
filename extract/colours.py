"""Colours as a reader sees them: any PDF colour space to ``#rrggbb``."""
from __future__ import annotations


def _clamp(v: float) -> int:
    return max(0, min(255, round(float(v) * 255)))


def is_saturated(hex_colour: str | None) -> bool:
    """A colour, not a grey: black text, grey rules and white are no status."""
    if not hex_colour or len(hex_colour) != 7:
        return False
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return max(r, g, b) - min(r, g, b) >= 40


def to_hex(colour) -> str | None:
    """pdfplumber's ``non_stroking_color`` (gray, RGB or CMYK tuple) → ``#rrggbb``.

    Pattern fills and anything unreadable give None.
    """
    if colour is None:
        return None
    if isinstance(colour, (int, float)):
        colour = (colour,)
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        g = _clamp(values[0])
        r = gr = b = g
        return f"#{r:02x}{gr:02x}{b:02x}"
    if len(values) == 3:
        r, g, b = (_clamp(v) for v in values)
        return f"#{r:02x}{g:02x}{b:02x}"
    if len(values) == 4:
        c, m, y, k = values
        r, g, b = (_clamp((1 - x) * (1 - k)) for x in (c, m, y))
        return f"#{r:02x}{g:02x}{b:02x}"
    return None


def dominant_colour(pixels: list[tuple[int, int, int]], min_share: float = 0.15) -> str | None:
    """The colour most of an icon's coloured pixels share (a status dot drawn as a picture), as
    ``#rrggbb``; None when too few pixels are coloured (a grey or black icon, or mostly background)."""
    if not pixels:
        return None
    buckets: dict[tuple[int, int, int], list[tuple[int, int, int]]] = {}
    for rgb in pixels:
        if max(rgb) - min(rgb) >= 40:
            buckets.setdefault(tuple(v // 32 for v in rgb), []).append(rgb)
    if not buckets:
        return None
    top = max(buckets.values(), key=len)
    if len(top) < min_share * len(pixels):
        return None
    r, g, b = (round(sum(p[i] for p in top) / len(top)) for i in range(3))
    return f"#{r:02x}{g:02x}{b:02x}"
