"""``make bench``: the pipeline timed end to end from a cold cache.

Figures: pages, seconds, pages per second per core, worker count, peak RSS
per worker, and the speed-up of N workers over one. Written to a JSON file
so they can be compared between versions.
"""
from __future__ import annotations

import json
import os
import platform
import tempfile
from pathlib import Path

from scrutineer.pipeline import run_all
from scrutineer.settings import RunConfig


def _one(raw_dir: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="scrutineer-bench-") as tmp:
        cfg = RunConfig(raw_dir=raw_dir, warehouse=Path(tmp) / "bench.duckdb", work_dir=Path(tmp) / "work",
                        workers=workers, progress=False)
        report = run_all(cfg)
    pages = sum(p.pages or 0 for p in report.papers)
    rss = [r.peak_rss_mb for r in report.results if r.peak_rss_mb]
    secs = report.seconds
    return {
        "workers": workers,
        "papers": len(report.papers),
        "pages": pages,
        "seconds": round(secs, 2),
        "pages_per_second": round(pages / secs, 2) if secs else None,
        "pages_per_second_per_core": round(pages / secs / workers, 2) if secs else None,
        "peak_rss_mb_per_worker": round(max(rss), 1) if rss else None,
        "summary": report.summary(),
    }


def run_bench(raw_dir: Path, workers: int, out: Path, runs: str = "1,max") -> str:
    """Run the benchmark for each worker count in ``runs``; write and describe the figures."""
    counts = []
    for part in runs.split(","):
        n = workers if part.strip() == "max" else int(part)
        if n not in counts:
            counts.append(n)
    figures = {"machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
               "raw_dir": str(Path(raw_dir).resolve()), "runs": [_one(Path(raw_dir), n) for n in counts]}
    base = figures["runs"][0]["seconds"]
    for r in figures["runs"]:
        r["speedup_vs_first"] = round(base / r["seconds"], 2) if r["seconds"] else None
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2))
    lines = [f"machine: {figures['machine']['cores']} cores, Python {figures['machine']['python']}"]
    for r in figures["runs"]:
        lines.append(
            f"workers={r['workers']}: {r['pages']} pages in {r['seconds']} s = {r['pages_per_second']} pages/s "
            f"({r['pages_per_second_per_core']} per core), peak RSS per worker {r['peak_rss_mb_per_worker']} MB, "
            f"speed-up {r['speedup_vs_first']}× — {r['summary']}")
    lines.append(f"figures written to {out}")
    return "\n".join(lines)
