"""Running the stages over a folder of papers.

ingest → extract → normalise → store. Each stage reads what the one before
wrote under ``work_dir`` and writes its own output there, so any stage can be
re-run alone. Papers are processed in parallel across processes, largest
first; a paper whose bytes and stage code are unchanged is not processed
again.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import resource
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scrutineer import cache
from scrutineer.model import Paper
from scrutineer.settings import RunConfig


class PipelineError(Exception):
    """A problem with the run as a whole (not with one paper); shown to the user as is."""


@dataclass
class PaperResult:
    doc_id: str
    file_name: str
    status: str
    error: str | None = None
    pages: int = 0
    layout_pages: int = 0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    worker_pid: int = 0
    did: list[str] = field(default_factory=list)  # stages actually run (not cached)


@dataclass
class RunReport:
    papers: list[Paper]
    results: list[PaperResult]
    seconds: float
    rejected: int = 0
    warehouse: Path | None = None

    def counts(self) -> dict[str, int]:
        out = {"ok": 0, "partial": 0, "failed": 0, "needs_ocr": 0}
        for p in self.papers:
            out[p.status] = out.get(p.status, 0) + 1
        return out

    def summary(self) -> str:
        c = self.counts()
        n = len(self.papers)
        parts = [f"{c['ok']} ok"] + [f"{c[k]} {k.replace('_', ' ')}" for k in ("partial", "failed", "needs_ocr") if c.get(k)]
        line = f"{n} paper{'s' if n != 1 else ''}: {', '.join(parts)}"
        if n - c["ok"]:
            line += " — see documents.error"
        return line


# ---------------------------------------------------------------- helpers

def _manifest_path(cfg: RunConfig) -> Path:
    key = hashlib.sha1(str(cfg.raw_dir).encode()).hexdigest()[:12]
    return cfg.work_dir / "manifests" / f"{key}.json.gz"


def _progress(cfg: RunConfig):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    disable=not cfg.progress, transient=False)


@contextmanager
def warehouse_lock(warehouse: Path):
    """One run at a time per warehouse: a second run stops with a clear message."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_path = warehouse.with_name(warehouse.name + ".lock")
    fh = open(lock_path, "a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        raise PipelineError(f"another run is already writing {warehouse} ({holder}); wait for it to finish and try again")
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()}")
    fh.flush()
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def _map(cfg: RunConfig, fn, jobs: list[tuple], label: str) -> list:
    """Run ``fn(*job)`` for each job across worker processes, with a progress bar."""
    if not jobs:
        return []
    results = []
    if cfg.workers == 1 or len(jobs) == 1:
        with _progress(cfg) as bar:
            task = bar.add_task(label, total=len(jobs))
            for job in jobs:
                results.append(fn(*job))
                bar.advance(task)
        return results
    with _progress(cfg) as bar, ProcessPoolExecutor(max_workers=min(cfg.workers, len(jobs))) as pool:
        task = bar.add_task(label, total=len(jobs))
        futures = {pool.submit(fn, *job): job for job in jobs}
        for fut in as_completed(futures):
            try:
                results.append(fut.result())
            except BrokenProcessPool as exc:  # a worker died (e.g. a crash inside a PDF library)
                results.append(exc)
            bar.advance(task)
    return results


# ---------------------------------------------------------------- ingest

def _ingest_one(path: str, raw_dir: str, work_dir: str) -> dict:
    from ingest.discover import fingerprint
    from ingest.paper import ingest_paper

    p = Path(path)
    doc_id = fingerprint(p)
    cached = cache.load(Path(work_dir), "ingest", doc_id)
    rel = str(p.relative_to(raw_dir)) if p.is_relative_to(raw_dir) else p.name
    if cached is not None:
        # same bytes may sit under another name or folder this time
        cached.update(file_name=p.name, source_path=rel, path=str(p.resolve()))
        return cached
    paper = ingest_paper(p, Path(raw_dir)).to_dict()
    cache.save(Path(work_dir), "ingest", doc_id, paper)
    return paper


def run_ingest(cfg: RunConfig) -> list[Paper]:
    """Find, fingerprint, classify and identify every paper under ``raw_dir``."""
    from ingest.discover import find_pdfs

    if not cfg.raw_dir.is_dir():
        raise PipelineError(f"no such folder: {cfg.raw_dir}")
    paths = find_pdfs(cfg.raw_dir)
    # hashing is cheap; only papers new to the cache pay for opening, so one process is enough
    # unless many are new
    new_cfg = RunConfig(cfg.raw_dir, cfg.warehouse, cfg.work_dir, cfg.workers if len(paths) > 8 else 1, cfg.progress)
    raw = _map(new_cfg, _ingest_one, [(str(p), str(cfg.raw_dir), str(cfg.work_dir)) for p in paths], "ingest")
    by_path = {}
    for r in raw:
        if isinstance(r, Exception):
            raise PipelineError(f"ingest worker died: {r}")
        by_path[r["path"]] = r
    papers, seen = [], set()
    for p in paths:
        d = by_path[str(p.resolve())]
        if d["doc_id"] in seen:  # the same bytes twice: one document, the first path wins
            continue
        seen.add(d["doc_id"])
        papers.append(Paper.from_dict(d))
    cache.write_json_atomic(_manifest_path(cfg), [p.to_dict() for p in papers])
    return papers


def load_manifest(cfg: RunConfig) -> list[Paper]:
    path = _manifest_path(cfg)
    if not path.exists():
        raise PipelineError(f"no ingest output for {cfg.raw_dir}: run the ingest stage first")
    return [Paper.from_dict(d) for d in cache.read_json(path)]


# ---------------------------------------------------------------- extract + normalise

def _process(paper_dict: dict, work_dir: str, stages: tuple[str, ...]) -> PaperResult:
    """Run the wanted stages for one paper in a worker; outputs go to the cache."""
    paper = Paper.from_dict(paper_dict)
    work = Path(work_dir)
    start = time.perf_counter()
    result = PaperResult(paper.doc_id, paper.file_name, "ok", pages=paper.pages or 0, worker_pid=os.getpid())
    extracted = cache.load(work, "extract", paper.doc_id)
    if "extract" in stages and extracted is None:
        from extract.paper import extract_paper

        try:
            extracted = extract_paper(paper)
        except Exception as exc:  # the PDF library gave up on this file
            extracted = {"doc_id": paper.doc_id, "status": "failed", "errors": [f"cannot parse the PDF: {type(exc).__name__}: {exc}"],
                         "warnings": [], "pages": []}
        cache.save(work, "extract", paper.doc_id, extracted)
        result.did.append("extract")
    if "normalise" in stages and extracted is not None and cache.load(work, "normalise", paper.doc_id) is None:
        from normalise.paper import normalise_paper

        tables = normalise_paper(paper, extracted) if extracted.get("status") != "failed" else {"errors": [], "warnings": []}
        errors = list(extracted.get("errors") or []) + tables.pop("errors", [])
        status = extracted.get("status", "ok")
        if status == "ok" and errors:
            status = "partial"
        layout_pages = sum(1 for p in extracted.get("pages", []) if p.get("layout"))
        cache.save(work, "normalise", paper.doc_id, {"status": status, "error": "; ".join(errors) or None,
                                                     "layout_pages": layout_pages, "tables": tables})
        result.did.append("normalise")
    if extracted is not None:
        result.layout_pages = sum(1 for p in extracted.get("pages", []) if p.get("layout"))
    result.seconds = time.perf_counter() - start
    result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def run_papers(cfg: RunConfig, papers: list[Paper], stages: tuple[str, ...]) -> list[PaperResult]:
    """Extract and/or normalise the papers that need it, largest first."""
    todo = []
    for p in papers:
        if p.status == "failed":
            continue
        need = ("extract" in stages and cache.load(cfg.work_dir, "extract", p.doc_id) is None) or (
            "normalise" in stages and cache.load(cfg.work_dir, "normalise", p.doc_id) is None)
        if need:
            todo.append(p)
    todo.sort(key=lambda p: (-(p.pages or 0), -p.size_bytes))
    label = " + ".join(stages)
    out = []
    for paper, r in zip(todo, _map(cfg, _process, [(p.to_dict(), str(cfg.work_dir), stages) for p in todo], label)):
        out.append(r if isinstance(r, PaperResult) else PaperResult(paper.doc_id, paper.file_name, "failed", error=str(r)))
    # results arrive out of order: match by doc_id, not position
    by_id = {r.doc_id: r for r in out if r.doc_id}
    return list(by_id.values())


# ---------------------------------------------------------------- store

def collect_tables(cfg: RunConfig, papers: list[Paper]) -> tuple[dict[str, list[dict]], list[Paper]]:
    """Warehouse rows of every paper, plus the papers with their final status."""
    from ingest.council import councils
    from normalise.catalogue import catalogue_rows

    tables: dict[str, list[dict]] = {"documents": [], "warnings": []}
    final = []
    for p in papers:
        p = Paper.from_dict(p.to_dict())
        extracted_pages = None
        if p.status != "failed":
            norm = cache.load(cfg.work_dir, "normalise", p.doc_id)
            if norm is None:
                p.status, p.error = "failed", "not processed: run the extract and normalise stages"
            else:
                if p.status == "ok":
                    p.status, p.error = norm["status"], norm["error"]
                for name, rows in norm["tables"].items():
                    tables.setdefault(name, []).extend(rows)
                extracted_pages = norm.get("layout_pages")
        row = {k: v for k, v in p.to_dict().items() if k not in ("path",)}
        row["layout_pages"] = extracted_pages
        tables["documents"].append(row)
        final.append(p)
    tables["councils"] = [
        {"la_code": c.la_code, "name": c.name, "gss_code": c.gss_code, "region": c.region,
         "stat_neighbours": ",".join(c.stat_neighbours), "defunct": c.defunct}
        for c in councils()
    ]
    tables["indicators"] = catalogue_rows()
    return tables, final


def run_store(cfg: RunConfig, papers: list[Paper]) -> tuple[list[Paper], int]:
    """Validate every row and build the warehouse atomically."""
    from store.validate import validate
    from store.warehouse import build

    tables, final = collect_tables(cfg, papers)
    good, rejected = validate(tables)
    for r in rejected:
        good.setdefault("warnings", []).append(
            {"doc_id": r.doc_id, "stage": "store", "message": f"{r.table} row rejected: {r.reason}", "page": None})
    build(cfg.warehouse, good)
    return final, len(rejected)


def run_all(cfg: RunConfig, stages=("ingest", "extract", "normalise", "store")) -> RunReport:
    """The whole pipeline (or the named stages) over ``cfg.raw_dir``."""
    start = time.perf_counter()
    with warehouse_lock(cfg.warehouse):
        papers = run_ingest(cfg) if "ingest" in stages else load_manifest(cfg)
        work = tuple(s for s in stages if s in ("extract", "normalise"))
        results = run_papers(cfg, papers, work) if work else []
        rejected = 0
        if "store" in stages:
            papers, rejected = run_store(cfg, papers)
    return RunReport(papers, results, time.perf_counter() - start, rejected, cfg.warehouse if "store" in stages else None)
