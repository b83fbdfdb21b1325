"""Running the stages over a folder of papers.

ingest → extract → normalise → store. Each stage reads what the one before
wrote under ``work_dir`` and writes its own output there, so any stage can be
re-run alone. Papers are processed in parallel across processes, largest
first; a paper whose bytes and stage code are unchanged is not processed
again.
"""
from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import os
import resource
import signal
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
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
class KpiSummary:
    """KPI observations loaded, how many map onto the catalogue, and where the unmapped labels are listed."""

    observations: int
    mapped: int
    unmapped_labels: int
    report: Path

    def line(self) -> str:
        share = f" ({100 * self.mapped / self.observations:.1f}%)" if self.observations else ""
        return (f"kpis: {self.observations} observations, {self.mapped} mapped to the catalogue{share}; "
                f"{self.unmapped_labels} unmapped label{'s' if self.unmapped_labels != 1 else ''} listed in {self.report}")


@dataclass
class RunReport:
    papers: list[Paper]
    results: list[PaperResult]
    seconds: float
    rejected: int = 0
    warehouse: Path | None = None
    unopened: int = 0  # papers ingest could not open: neither processed nor unchanged
    kpis: KpiSummary | None = None  # what the store stage loaded of the KPIs, for the run's last lines

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
        copies = sum(len(p.copies) for p in self.papers)
        if copies:
            line += f"; {copies} duplicate file{'s' if copies != 1 else ''} stored once — see warnings"
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


# time limits: a paper gets BASE + PER_PAGE seconds (OCR'd pages are slow), up to MAX
PAPER_SECONDS_BASE = 120.0
PAPER_SECONDS_PER_PAGE = 3.0
PAPER_SECONDS_MAX = 1800.0
# a worker stuck inside a C library ignores the soft limit; it is killed this long after it
HARD_KILL_GRACE = 30.0
# a worker whose memory passes this (bytes) is stopped before it takes the machine down; 0 = automatic
WORKER_MEMORY_LIMIT = 0


def worker_memory_limit(workers: int) -> int:
    """Bytes one worker may use: its share of 80% of the machine's memory, at most 6 GB."""
    if WORKER_MEMORY_LIMIT:
        return WORKER_MEMORY_LIMIT
    import psutil

    return int(min(6 << 30, psutil.virtual_memory().total * 0.8 / max(1, workers)))


def _rss(executor: ProcessPoolExecutor) -> int:
    import psutil

    total = 0
    for pid in list(getattr(executor, "_processes", {}) or {}):
        try:
            total += psutil.Process(pid).memory_info().rss
        except psutil.Error:
            pass
    return total


def paper_time_limit(cfg: RunConfig, pages: int | None) -> float:
    """Seconds one paper may take before it is given up as failed."""
    if cfg.paper_seconds:
        return cfg.paper_seconds
    return min(PAPER_SECONDS_MAX, PAPER_SECONDS_BASE + PAPER_SECONDS_PER_PAGE * (pages or 0))


@dataclass
class WorkerLost:
    """A job that produced no result: its worker crashed, or it ran out of time."""

    reason: str


class _OutOfTime(BaseException):
    # BaseException: the extractors' own ``except Exception`` must not swallow it
    pass


def _on_alarm(signum, frame):
    raise _OutOfTime()


def _worker_init(versions: dict[str, str]) -> None:
    """Runs once in each worker: same stage versions as the parent; die with the parent."""
    cache.pin_versions(versions)
    try:  # Linux: a worker whose parent was killed (kill -9) stops instead of running on alone
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _call(fn, job: tuple, seconds: float):
    """``fn(*job)`` in a worker under a soft time limit."""
    if seconds:
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn(*job)
    except _OutOfTime:
        return WorkerLost(f"gave up after {seconds:.0f} s (the time limit for one paper); it may be huge or damaged")
    finally:
        if seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _new_worker(versions: dict[str, str]) -> ProcessPoolExecutor:
    import multiprocessing

    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_init, initargs=(versions,))


def _kill_worker(executor: ProcessPoolExecutor) -> None:
    for pid in list(getattr(executor, "_processes", {}) or {}):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _map(cfg: RunConfig, fn, jobs: list[tuple], label: str, limits: list[float] | None = None) -> list:
    """``fn(*job)`` for each job, in order, across worker processes, with a progress bar.

    Each worker process runs one job at a time, so when one dies (a crash
    inside a PDF library, the out-of-memory killer, a hard time-out) we know
    exactly which job it was: that job's result is a ``WorkerLost``, a fresh
    worker takes its place and every other job runs as usual. A job past its
    time limit stops itself (SIGALRM); one that cannot is killed.
    """
    if not jobs:
        return []
    limits = limits or [0.0] * len(jobs)
    versions = {stage: cache.stage_version(stage) for stage in cache.STAGE_SOURCES}
    results: list = [None] * len(jobs)
    queue = deque(range(len(jobs)))
    workers = [_new_worker(versions) for _ in range(min(cfg.workers, len(jobs)))]
    running: dict = {}  # future -> (worker index, job index, started)
    killed: set[int] = set()
    too_big: set[int] = set()
    memory_limit = worker_memory_limit(len(workers))
    try:
        with _progress(cfg) as bar:
            task = bar.add_task(label, total=len(jobs))
            while queue or running:
                busy = {w for w, _, _ in running.values()}
                for w in range(len(workers)):
                    if w not in busy and queue:
                        i = queue.popleft()
                        running[workers[w].submit(_call, fn, jobs[i], limits[i])] = (w, i, time.monotonic())
                done, _ = wait(running, timeout=1.0, return_when=FIRST_COMPLETED)
                for fut in done:
                    w, i, started = running.pop(fut)
                    try:
                        results[i] = fut.result()
                    except BrokenProcessPool:
                        results[i] = WorkerLost(
                            f"stopped after {limits[i] + HARD_KILL_GRACE:.0f} s (the time limit for one paper)" if i in killed
                            else f"stopped when it used more than {memory_limit / (1 << 30):.1f} GB of memory" if i in too_big
                            else "the process reading this file died (a crash in the PDF library, or out of memory)")
                        workers[w].shutdown(wait=False, cancel_futures=True)
                        workers[w] = _new_worker(versions)
                    except Exception as exc:  # a bug of ours on one paper must not cost the others
                        results[i] = WorkerLost(f"internal error: {type(exc).__name__}: {exc}")
                    bar.advance(task)
                now = time.monotonic()
                for w, i, started in running.values():
                    if i in killed or i in too_big:
                        continue
                    if limits[i] and now - started > limits[i] + HARD_KILL_GRACE:
                        killed.add(i)
                        _kill_worker(workers[w])
                    elif _rss(workers[w]) > memory_limit:
                        too_big.add(i)
                        _kill_worker(workers[w])
    finally:
        for ex in workers:
            ex.shutdown(wait=False, cancel_futures=True)
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


def _unreadable(path: Path, cfg: RunConfig, reason: str) -> dict:
    """A failed paper for a file whose opening crashed or hung its worker (cached: not retried until the code changes)."""
    from ingest.discover import fingerprint

    paper = Paper(doc_id=fingerprint(path), file_name=path.name,
                  source_path=str(path.relative_to(cfg.raw_dir)) if path.is_relative_to(cfg.raw_dir) else path.name,
                  path=str(path.resolve()), size_bytes=path.stat().st_size, status="failed",
                  error=f"cannot be opened: {reason}").to_dict()
    cache.save(cfg.work_dir, "ingest", paper["doc_id"], paper)
    return paper


def run_ingest(cfg: RunConfig) -> list[Paper]:
    """Find, fingerprint, classify and identify every paper under ``raw_dir``."""
    from ingest.discover import find_pdfs

    if not cfg.raw_dir.is_dir():
        raise PipelineError(f"no such folder: {cfg.raw_dir}")
    paths = find_pdfs(cfg.raw_dir)
    # hashing is cheap; only papers new to the cache pay for opening, so one process is enough
    # unless many are new
    new_cfg = dataclasses.replace(cfg, workers=cfg.workers if len(paths) > 8 else 1)
    raw = _map(new_cfg, _ingest_one, [(str(p), str(cfg.raw_dir), str(cfg.work_dir)) for p in paths], "ingest",
               [PAPER_SECONDS_BASE] * len(paths))
    by_path = {}
    for path, r in zip(paths, raw):
        if isinstance(r, WorkerLost):
            r = _unreadable(path, cfg, r.reason)
        by_path[r["path"]] = r
    papers: dict[str, Paper] = {}
    for p in paths:
        d = by_path[str(p.resolve())]
        if d["doc_id"] in papers:  # the same bytes twice: one document, the first path wins
            papers[d["doc_id"]].copies.append(d["source_path"])
            continue
        papers[d["doc_id"]] = Paper.from_dict(d)
    papers = list(papers.values())
    cache.write_json_atomic(_manifest_path(cfg), [p.to_dict() for p in papers])
    return papers


def load_manifest(cfg: RunConfig) -> list[Paper]:
    path = _manifest_path(cfg)
    if not path.exists():
        raise PipelineError(f"no ingest output for {cfg.raw_dir}: run the ingest stage first")
    return [Paper.from_dict(d) for d in cache.read_json(path)]


# ---------------------------------------------------------------- extract + normalise

DESCRIBED = ("title", "doc_type", "council", "la_code", "published")


def _describe_ocr(paper: Paper, extracted: dict) -> dict | None:
    """A scanned paper's type, council and date, from its OCR'd opening pages.

    Ingest saw no text, so it could not tell; the normalisers need to know.
    Updates ``paper`` and returns the fields for the documents row.
    """
    from ingest.paper import OPENING_PAGES, describe

    pages = extracted.get("pages") or []
    if paper.status != "needs_ocr" or not any(p.get("ocr") for p in pages[:OPENING_PAGES]):
        return None
    texts = [p.get("text") or "" for p in pages[:OPENING_PAGES]]
    describe(paper, texts[0], "\n".join(texts))
    return {k: getattr(paper, k) for k in DESCRIBED}


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
            extracted = _failed_extract(paper.doc_id, f"cannot parse the PDF: {type(exc).__name__}: {exc}")
        cache.save(work, "extract", paper.doc_id, extracted)
        result.did.append("extract")
    if "normalise" in stages and extracted is not None and cache.load(work, "normalise", paper.doc_id) is None:
        from normalise.paper import normalise_paper

        described = _describe_ocr(paper, extracted)
        tables = normalise_paper(paper, extracted) if extracted.get("status") != "failed" else {"errors": [], "warnings": []}
        errors = list(extracted.get("errors") or []) + tables.pop("errors", [])
        status = extracted.get("status", "ok")
        if status == "ok" and errors:
            status = "partial"
        layout_pages = sum(1 for p in extracted.get("pages", []) if p.get("layout"))
        ocr_pages = sum(1 for p in extracted.get("pages", []) if p.get("ocr"))
        cache.save(work, "normalise", paper.doc_id, {"status": status, "error": "; ".join(errors) or None,
                                                     "layout_pages": layout_pages, "ocr_pages": ocr_pages,
                                                     "described": described, "tables": tables})
        result.did.append("normalise")
    if extracted is not None:
        result.layout_pages = sum(1 for p in extracted.get("pages", []) if p.get("layout"))
    result.seconds = time.perf_counter() - start
    result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _failed_extract(doc_id: str, error: str) -> dict:
    return {"doc_id": doc_id, "status": "failed", "errors": [error], "warnings": [], "pages": []}


def _record_lost(cfg: RunConfig, paper: Paper, reason: str) -> PaperResult:
    """Cache a failed result for a paper whose worker died or ran out of time, so the
    warehouse says why and the next run gives the same answer without another crash."""
    cache.save(cfg.work_dir, "extract", paper.doc_id, _failed_extract(paper.doc_id, reason))
    cache.save(cfg.work_dir, "normalise", paper.doc_id,
               {"status": "failed", "error": reason, "layout_pages": 0, "ocr_pages": 0, "tables": {}})
    return PaperResult(paper.doc_id, paper.file_name, "failed", error=reason, pages=paper.pages or 0,
                       did=["extract", "normalise"])


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
    if todo and cfg.workers > 1:
        # import the stages' code (spaCy and all) once here, before the workers fork from this
        # process, rather than once in every worker (and again in a worker that replaces a crashed one)
        import extract.paper  # noqa: F401
        import normalise.paper  # noqa: F401
    jobs = [(p.to_dict(), str(cfg.work_dir), stages) for p in todo]
    limits = [paper_time_limit(cfg, p.pages) for p in todo]
    for paper, r in zip(todo, _map(cfg, _process, jobs, label, limits)):
        out.append(r if isinstance(r, PaperResult) else _record_lost(cfg, paper, r.reason))
    # results arrive out of order: match by doc_id, not position
    by_id = {r.doc_id: r for r in out if r.doc_id}
    return list(by_id.values())


# ---------------------------------------------------------------- store

def final_status(ingest_status: str, ingest_error: str | None, status: str, error: str | None) -> tuple[str, str | None]:
    """A paper's status and error from what ingest saw and what extract + normalise made of it.

    Ingest's needs_ocr is a guess from the opening pages: after OCR the extract
    knows better. Ingest's partial (a repaired, damaged file) stays, unless
    extraction found worse.
    """
    if ingest_status == "partial":
        errors = "; ".join(e for e in (ingest_error, error) if e)
        return (status if status in ("failed", "needs_ocr") else "partial"), errors or None
    return status, error


def collect_tables(cfg: RunConfig, papers: list[Paper]) -> tuple[dict[str, list[dict]], list[Paper]]:
    """Warehouse rows of every paper, plus the papers with their final status."""
    from ingest.council import councils
    from normalise.catalogue import catalogue_rows

    tables: dict[str, list[dict]] = {"documents": [], "warnings": []}
    final = []
    for p in papers:
        p = Paper.from_dict(p.to_dict())
        extracted_pages = ocr_pages = None
        if p.status != "failed":
            norm = cache.load(cfg.work_dir, "normalise", p.doc_id)
            if norm is None:
                p.status, p.error = "failed", "not processed: run the extract and normalise stages"
            else:
                p.status, p.error = final_status(p.status, p.error, norm["status"], norm["error"])
                for k, v in (norm.get("described") or {}).items():
                    setattr(p, k, v)
                for name, rows in norm["tables"].items():
                    tables.setdefault(name, []).extend(rows)
                extracted_pages = norm.get("layout_pages")
                ocr_pages = norm.get("ocr_pages")
        tables["warnings"].extend(
            {"doc_id": p.doc_id, "stage": "ingest", "page": None,
             "message": f"{copy} is the same file as {p.source_path}; stored once"}
            for copy in p.copies)
        row = {k: v for k, v in p.to_dict().items() if k not in ("path", "copies")}
        row["layout_pages"] = extracted_pages
        row["ocr_pages"] = ocr_pages
        tables["documents"].append(row)
        final.append(p)
    tables["councils"] = [
        {"la_code": c.la_code, "name": c.name, "gss_code": c.gss_code, "region": c.region,
         "stat_neighbours": ",".join(c.stat_neighbours), "defunct": c.defunct}
        for c in councils()
    ]
    tables["indicators"] = catalogue_rows()
    from normalise.kpis import unmapped_rows  # KPI labels left off the catalogue, listed rather than dropped

    tables["unmapped_indicators"] = unmapped_rows(tables.get("kpi_observations") or [])
    return tables, final


def run_store(cfg: RunConfig, papers: list[Paper]) -> tuple[list[Paper], int, KpiSummary]:
    """Validate every row and build the warehouse atomically."""
    from store.validate import validate
    from store.warehouse import build

    tables, final = collect_tables(cfg, papers)
    good, rejected = validate(tables)
    for r in rejected:
        good.setdefault("warnings", []).append(
            {"doc_id": r.doc_id, "stage": "store", "message": f"{r.table} row rejected: {r.reason}", "page": None})
    build(cfg.warehouse, good)
    from store.reports import write_unmapped_report

    unmapped = good.get("unmapped_indicators") or []
    report = write_unmapped_report(cfg.warehouse, unmapped)
    observations = good.get("kpi_observations") or []
    summary = KpiSummary(len(observations), sum(1 for o in observations if o.get("indicator_id")), len(unmapped), report)
    return final, len(rejected), summary


def run_all(cfg: RunConfig, stages=("ingest", "extract", "normalise", "store")) -> RunReport:
    """The whole pipeline (or the named stages) over ``cfg.raw_dir``."""
    start = time.perf_counter()
    with warehouse_lock(cfg.warehouse):
        cache.pin_versions()  # one code version for the whole run, workers included
        cache.sweep_temp_files(cfg.work_dir)
        papers = run_ingest(cfg) if "ingest" in stages else load_manifest(cfg)
        work = tuple(s for s in stages if s in ("extract", "normalise"))
        results = run_papers(cfg, papers, work) if work else []
        unopened = sum(1 for p in papers if p.status == "failed")
        rejected, kpis = 0, None
        if "store" in stages:
            papers, rejected, kpis = run_store(cfg, papers)
    return RunReport(papers, results, time.perf_counter() - start, rejected, cfg.warehouse if "store" in stages else None,
                     unopened, kpis)
