"""Where things live, and the defaults ``make all`` uses."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
DEFAULT_RAW = DATA / "raw"
DEFAULT_WAREHOUSE = DATA / "warehouse" / "scrutineer.duckdb"
DEFAULT_WORK = DATA / "interim"
DEFAULT_EXPORTS = DATA / "exports"
EXAMPLES = DATA / "examples"


@dataclass
class RunConfig:
    raw_dir: Path = DEFAULT_RAW
    warehouse: Path = DEFAULT_WAREHOUSE
    work_dir: Path = DEFAULT_WORK
    workers: int = os.cpu_count() or 1
    progress: bool = True
    # time limit for one paper in seconds; 0 = automatic (grows with the paper's pages)
    paper_seconds: float = 0.0

    def __post_init__(self):
        self.raw_dir = Path(self.raw_dir).resolve()
        self.warehouse = Path(self.warehouse).resolve()
        self.work_dir = Path(self.work_dir).resolve()
        self.workers = max(1, int(self.workers))
