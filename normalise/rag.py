"""RAG status as a reader sees it: from a cell's fill colour or from its words.

Colours are classified by hue (HSV), so any shade a council's template uses
(Excel's "good" green, a pale amber, a dark red) lands in the right class;
pale tints, greys, white and near-black carry no status.
"""
from __future__ import annotations

import colorsys
import re

RAGS = ("red", "amber", "green", "blue")

# below this saturation a fill is a grey or a tint used for banding, not a status
MIN_SATURATION = 0.15
# darker than this and it is a header band (navy, maroon text boxes read as headers)
MIN_VALUE = 0.35


def _rgb(hex_colour: str) -> tuple[float, float, float] | None:
    s = hex_colour.strip().lstrip("#")
    if len(s) == 3:
        s = "".join(c * 2 for c in s)
    if len(s) != 6:
        return None
    try:
        return tuple(int(s[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
    except ValueError:
        return None


def rag_from_colour(hex_colour: str | None) -> str | None:
    """``#rrggbb`` → red, amber, green, blue, or None for white/grey/unclear."""
    if not hex_colour:
        return None
    rgb = _rgb(hex_colour)
    if rgb is None:
        return None
    h, s, v = colorsys.rgb_to_hsv(*rgb)
    if s < MIN_SATURATION or v < MIN_VALUE:
        return None
    hue = h * 360
    if hue < 15 or hue >= 330:
        return "red"
    if hue < 66:  # orange through yellow: amber in every template
        return "amber"
    if hue < 170:
        return "green"
    if hue < 260:
        return "blue"
    return None  # purples: no RAG meaning


# phrases first, so "not on track" is not read as "on track"
_TEXT_RULES: tuple[tuple[str, str | None], ...] = (
    (r"\bnot\s+(?:yet\s+)?started\b|\b(?:not\s+(?:yet\s+)?|in)complete(?:d)?\b|\b(?:nearly|almost)\s+complete(?:d)?\b", None),
    (r"\b(?:not|off)\s+on\s+(?:track|target)\b|\boff[\s-](?:track|target)\b|\bnot\s+achieved\b|\boverdue\b|\bnot\s+met\b"
     r"|\bno\s+progress\b|\bbelow\s+target\b|\bsignificant\s+risk\b"
     # the worse of two slippage keys ('Minor slippage' amber, 'Significant slippage' red)
     r"|\b(?:significant|serious|major)(?:ly)?\s+(?:slippage|slipped|delay(?:s|ed)?|behind)\b", "red"),
    (r"\bat\s+risk\b|\bslippage\b|\bslipped\b|\bdelay(?:s|ed)?\b|\bbehind\b|\b(?:partially|part)\s+(?:met|achieved|complete(?:d)?)\b"
     r"|\b(?:some|limited)\s+progress\b", "amber"),
    (r"\bon\s+track\b|\bon\s+target\b|\bachieved\b|^(?:target\s+)?(?:met|exceeded)$|\bgood\s+progress\b"
     r"|\bahead\s+of\s+(?:schedule|plan|target|trajectory)\b", "green"),
    # 'Embedded': done and now how the service works; 'not yet embedded' is on its way
    (r"\bcomplete(?:d)?\b|\bclosed\b|\bdone\b|^(?:fully\s+)?embedded$", "blue"),
)
_WORD = re.compile(r"\b(red|amber|green|blue|r|a|g|b)\b", re.IGNORECASE)
_LETTER = {"r": "red", "a": "amber", "g": "green", "b": "blue"}


def rag_from_text(text: str | None) -> str | None:
    """Status words → red, amber, green, blue (first one named), or None.

    ``GREEN``, ``Amber/Green`` (first wins), ``G``, ``On track``, ``Complete``.
    """
    if not text:
        return None
    t = " ".join(text.split()).lower()
    if not t:
        return None
    m = re.search(r"\b(red|amber|green|blue)\b", t)
    if m:
        return m.group(1)
    if len(t) <= 3:  # a lone letter: R, A, G, B (possibly "G*" or "A/G")
        m = _WORD.search(t)
        if m:
            return _LETTER[m.group(1)[0]]
        if re.fullmatch(r"[rag]{2}", t) and t[0] != t[1]:
            return _LETTER[t[0]]  # 'AG', 'RA': a two-colour status, first wins as in 'Amber/Green'
    for pattern, rag in _TEXT_RULES:
        if re.search(pattern, t):
            return rag
    return None


def rag_of(fill: str | None, text: str | None) -> str | None:
    """What a reader sees: printed status words win, else the cell's colour."""
    return rag_from_text(text) or rag_from_colour(fill)
