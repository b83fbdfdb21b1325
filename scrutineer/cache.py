"""Stage outputs on disk, one JSON file per paper per stage, keyed by the
paper's content hash and the code version of the stage that wrote it.

A paper is processed again only when its bytes or the stage's code change.
Writes are atomic (temp file + rename), so a killed run never leaves a
half-written output for the next run to trust.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from scrutineer.settings import ROOT

# which packages each stage's output depends on (earlier stages included)
STAGE_SOURCES = {
    "ingest": ("ingest", "scrutineer/model.py", "extract/pages.py"),
    "extract": ("ingest", "extract", "scrutineer/model.py"),
    "normalise": ("ingest", "extract", "normalise", "scrutineer/model.py"),
}


@lru_cache(maxsize=None)
def stage_version(stage: str) -> str:
    """Hash of the source and data files a stage's output depends on."""
    h = hashlib.sha256()
    for entry in STAGE_SOURCES[stage]:
        path = ROOT / entry
        files = [path] if path.is_file() else sorted(
            p for p in path.rglob("*") if p.is_file() and p.suffix in {".py", ".csv", ".json", ".jsonl", ".txt"}
            and "__pycache__" not in p.parts
        )
        for f in files:
            h.update(str(f.relative_to(ROOT)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def output_path(work_dir: Path, stage: str, doc_id: str) -> Path:
    return work_dir / stage / f"{doc_id}.json.gz"


def write_json_atomic(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as fh:
        json.dump(obj, fh, ensure_ascii=False, default=str)
    os.replace(tmp, path)


def read_json(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def load(work_dir: Path, stage: str, doc_id: str):
    """A stage's cached output for a paper, or None if missing or stale."""
    path = output_path(work_dir, stage, doc_id)
    try:
        obj = read_json(path)
    except (OSError, ValueError, EOFError):
        return None
    if obj.get("version") != stage_version(stage):
        return None
    return obj.get("data")


def save(work_dir: Path, stage: str, doc_id: str, data) -> None:
    write_json_atomic(output_path(work_dir, stage, doc_id), {"version": stage_version(stage), "doc_id": doc_id, "data": data})
