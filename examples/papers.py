"""Example papers made by our own code, so a fresh clone has something to run on.

The same builders make the tests' fixture PDFs: each writes a small,
realistic paper with reportlab.
"""
from __future__ import annotations

from pathlib import Path

from examples import builders


def build_examples(out_dir: Path) -> list[Path]:
    """Write the bundled example papers to ``out_dir``; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return [fn(out_dir / name) for name, fn in builders.EXAMPLES.items()]
