"""``scrutineer``: one command per stage, one for the whole run.

Each command is a few lines over one library call; errors become messages
here, at the edge, and nowhere else.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from scrutineer import settings
from scrutineer.pipeline import PipelineError, RunReport, run_all

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn council papers about children's services (PDFs) into a DuckDB warehouse.")

RAW = typer.Option(settings.DEFAULT_RAW, "--raw-dir", help="Folder of PDFs (sub-folders searched).")
WAREHOUSE = typer.Option(settings.DEFAULT_WAREHOUSE, "--warehouse", help="DuckDB file to write.")
WORK = typer.Option(settings.DEFAULT_WORK, "--work-dir", help="Where each stage keeps its per-paper output.")
WORKERS = typer.Option(os.cpu_count() or 1, "--workers", help="Worker processes (default: the machine's cores).")
QUIET = typer.Option(False, "--quiet", help="No progress bars.")


def _config(raw_dir: Path, warehouse: Path, work_dir: Path, workers: int, quiet: bool) -> settings.RunConfig:
    return settings.RunConfig(raw_dir=raw_dir, warehouse=warehouse, work_dir=work_dir, workers=workers,
                              progress=not quiet and sys.stderr.isatty())


def _run(stages: tuple[str, ...], raw_dir, warehouse, work_dir, workers, quiet) -> RunReport:
    try:
        report = run_all(_config(raw_dir, warehouse, work_dir, workers, quiet), stages)
    except PipelineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    done = sum(1 for r in report.results if r.did)
    unopened = f", {report.unopened} unreadable" if report.unopened else ""
    typer.echo(f"{' → '.join(stages)}: {report.summary()} ({done} processed, "
               f"{len(report.papers) - done - report.unopened} unchanged{unopened}; {report.seconds:.2f} s)")
    if report.rejected:
        typer.echo(f"{report.rejected} rows failed validation and were not loaded — see the warnings table")
    for p in report.papers:
        if p.status != "ok":
            typer.echo(f"  {p.status:9} {p.source_path}: {p.error}")
    if report.kpis:
        typer.echo(report.kpis.line())
    if report.warehouse:
        typer.echo(f"warehouse: {report.warehouse}")
    return report


@app.command("all")
def all_(raw_dir: Path = RAW, warehouse: Path = WAREHOUSE, work_dir: Path = WORK, workers: int = WORKERS,
         quiet: bool = QUIET):
    """Run every stage: ingest, extract, normalise, store."""
    _run(("ingest", "extract", "normalise", "store"), raw_dir, warehouse, work_dir, workers, quiet)


@app.command()
def ingest(raw_dir: Path = RAW, warehouse: Path = WAREHOUSE, work_dir: Path = WORK, workers: int = WORKERS,
           quiet: bool = QUIET):
    """Find papers, fingerprint them, classify them and identify their council."""
    _run(("ingest",), raw_dir, warehouse, work_dir, workers, quiet)


@app.command()
def extract(raw_dir: Path = RAW, warehouse: Path = WAREHOUSE, work_dir: Path = WORK, workers: int = WORKERS,
            quiet: bool = QUIET):
    """Read tables, cell colours, text and minutes structure from ingested papers."""
    _run(("extract",), raw_dir, warehouse, work_dir, workers, quiet)


@app.command()
def normalise(raw_dir: Path = RAW, warehouse: Path = WAREHOUSE, work_dir: Path = WORK, workers: int = WORKERS,
              quiet: bool = QUIET):
    """Parse dates, RAG, leads, KPIs, periods and entities from extracted papers."""
    _run(("normalise",), raw_dir, warehouse, work_dir, workers, quiet)


@app.command()
def store(raw_dir: Path = RAW, warehouse: Path = WAREHOUSE, work_dir: Path = WORK, workers: int = WORKERS,
          quiet: bool = QUIET):
    """Validate every row and build the DuckDB warehouse in one transaction."""
    _run(("store",), raw_dir, warehouse, work_dir, workers, quiet)


@app.command()
def export(warehouse: Path = WAREHOUSE,
           out_dir: Path = typer.Option(settings.DEFAULT_EXPORTS, "--out-dir", help="Folder for the CSV files.")):
    """Write one CSV per warehouse table (UTF-8, ISO dates)."""
    from store.export import export_csv

    if not warehouse.exists():
        typer.echo(f"error: no warehouse at {warehouse}: run `make all` first", err=True)
        raise typer.Exit(2)
    written = export_csv(warehouse, out_dir)
    typer.echo(f"wrote {len(written)} CSV files to {out_dir}")


@app.command()
def examples(out_dir: Path = typer.Option(settings.EXAMPLES, "--out-dir", help="Folder for the example PDFs.")):
    """Make the bundled example papers (used when data/raw is empty)."""
    from examples.papers import build_examples

    paths = build_examples(out_dir)
    typer.echo(f"wrote {len(paths)} example papers to {out_dir}")


@app.command()
def bench(raw_dir: Path = typer.Option(..., "--raw-dir", help="Folder of PDFs to benchmark on."),
          workers: int = WORKERS,
          out: Path = typer.Option(Path("data/bench/latest.json"), "--out", help="Where to write the figures."),
          runs: str = typer.Option("1,max", "--runs", help="Worker counts to compare, e.g. '1,2'.")):
    """Time the whole pipeline from a cold cache: pages per second per core, peak memory per worker."""
    from scrutineer.bench import run_bench

    try:
        text = run_bench(raw_dir, workers, out, runs)
    except PipelineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(text)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
