"""Finding papers and fingerprinting their bytes."""
from __future__ import annotations

import hashlib
from pathlib import Path


def find_pdfs(raw_dir: Path) -> list[Path]:
    """Every ``.pdf`` (any case) under ``raw_dir``, sub-folders included, in a stable order."""
    return sorted(p for p in raw_dir.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")


def fingerprint(path: Path, chunk: int = 1 << 20) -> str:
    """sha256 hex of the file's bytes: the paper's ``doc_id``."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()
