"""Golden files: what each fixture paper's ingest, extract and normalise stages give, kept in git.

A golden test fails on any change in a stage's output, not only on the
values other tests assert, and prints the first lines that differ. When a
change is meant, rewrite the files with ``make golden`` (``pytest
--update-golden``) and read the diff before committing it: the diff is the
review of what the change did to every fixture.
"""
from __future__ import annotations

import dataclasses
import difflib
import inspect
import json
from pathlib import Path
from typing import Any, Callable

from examples import builders
from ingest.paper import ingest_paper
from scrutineer.model import Paper

# A fixed id, so that a builder's bytes changing (a new reportlab, a tweak to a fixture) does not show as a
# difference in every segment and observation id.
DOC_ID = "0" * 64
# Builders left out: OCR output depends on Tesseract's version, and the other two are error paths with tests.
NOT_GOLDEN = {"scanned_letter", "long_paper", "password_protected"}


def golden_builders() -> dict[str, Callable[[Path], Path]]:
    """Every fixture builder that needs only a path, by name."""
    return {name: fn for name, fn in vars(builders).items()
            if inspect.isfunction(fn) and fn.__module__ == builders.__name__ and not name.startswith("_")
            and name not in NOT_GOLDEN
            and sum(p.default is inspect.Parameter.empty for p in inspect.signature(fn).parameters.values()) == 1}


def canonical(value: Any) -> Any:
    """Plain data with floats rounded to 0.1 pt, so a golden file shows what changed, not float noise."""
    if isinstance(value, float):
        return round(value, 1)
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return value


def build_paper(name: str, out_dir: Path) -> Paper:
    """Build fixture ``name`` into ``out_dir`` and ingest it as the pipeline would, under the fixed id."""
    path = golden_builders()[name](out_dir / f"{name}.pdf")
    return dataclasses.replace(ingest_paper(path, out_dir), doc_id=DOC_ID)


def paper_record(paper: Paper) -> dict:
    """What ingest found, without the fields that depend on where the file was written."""
    return {k: v for k, v in paper.to_dict().items() if k not in ("doc_id", "path", "source_path", "size_bytes")}


def check(got: Any, path: Path, update: bool) -> None:
    """Compare ``got`` with the golden file at ``path``; rewrite it instead when ``update``."""
    # default=str writes dates as the stage cache does (ISO text)
    text = json.dumps(canonical(got), indent=1, sort_keys=True, ensure_ascii=False, default=str) + "\n"
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        raise AssertionError(f"no golden file {path.name}: run `make golden` and review it")
    want = path.read_text(encoding="utf-8")
    if text != want:
        diff = list(difflib.unified_diff(want.splitlines(), text.splitlines(), "golden", "now", lineterm="", n=2))
        shown = "\n".join(diff[:60]) + ("\n…" if len(diff) > 60 else "")
        raise AssertionError(f"{path.name} differs from this run (if meant: `make golden`, then review git diff):\n"
                             f"{shown}")
