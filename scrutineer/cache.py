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


# versions fixed for the whole run (see pin_versions): code edited while a run is under way
# must not split one run's outputs between two versions
_PINNED: dict[str, str] = {}


def pin_versions(versions: dict[str, str] | None = None) -> dict[str, str]:
    """Fix every stage's version for this process (computed now, or the given ones from the parent)."""
    _PINNED.update(versions if versions is not None else {s: _hash_sources(s) for s in STAGE_SOURCES})
    return dict(_PINNED)


def stage_version(stage: str) -> str:
    """Hash of the source and data files a stage's output depends on."""
    if stage in _PINNED:
        return _PINNED[stage]
    return _hash_sources(stage)


@lru_cache(maxsize=None)
def _hash_sources(stage: str) -> str:
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
    """Write ``obj`` as gzipped JSON so that ``path`` is either the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as fh:
            json.dump(obj, fh, ensure_ascii=False, default=str)
        os.replace(tmp, path)
    except BaseException:  # a time limit or Ctrl-C mid-write: leave no temp file behind
        tmp.unlink(missing_ok=True)
        raise


def sweep_temp_files(work_dir: Path) -> int:
    """Delete half-written outputs left by killed runs (their writer's pid is gone); how many."""
    swept = 0
    for tmp in work_dir.glob("*/.*.tmp"):
        try:
            pid = int(tmp.name.rsplit(".", 2)[-2])
            os.kill(pid, 0)  # still running: another run sharing this work dir is writing it
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
            swept += 1
        except (ValueError, PermissionError):
            continue
    return swept


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
    if not isinstance(obj, dict) or obj.get("version") != stage_version(stage):
        return None
    return obj.get("data")


def save(work_dir: Path, stage: str, doc_id: str, data) -> None:
    write_json_atomic(output_path(work_dir, stage, doc_id), {"version": stage_version(stage), "doc_id": doc_id, "data": data})
