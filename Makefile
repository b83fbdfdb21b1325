# Scrutineer: `make all` sets everything up and builds the warehouse; `make test` runs the tests.
RAW_DIR   ?= data/raw
WAREHOUSE ?= data/warehouse/scrutineer.duckdb
WORKERS   ?= $(shell nproc 2>/dev/null || echo 1)
BENCH_DIR ?= $(if $(wildcard ../shared/corpus),../shared/corpus,data/examples)
PYTHON    ?= python3
VENV      := .venv
PY        := $(VENV)/bin/python
CLI       := $(VENV)/bin/scrutineer
STAMP     := $(VENV)/.installed

# Debian packages the pipeline needs: Ghostscript for camelot, Tesseract + OCRmyPDF for scanned papers.
SYSTEM_PACKAGES := ghostscript tesseract-ocr tesseract-ocr-eng ocrmypdf

.PHONY: all setup system ingest extract normalise store export test golden bench eval clean examples

all: setup
	@if [ "$(RAW_DIR)" = "data/raw" ] && [ -z "$$(find data/raw -type f -iname '*.pdf' 2>/dev/null | head -1)" ]; then \
		echo "data/raw holds no PDFs: running on the bundled example papers (data/examples)"; \
		$(CLI) examples --out-dir data/examples >/dev/null && \
		$(CLI) all --raw-dir data/examples --warehouse "$(WAREHOUSE)" --workers $(WORKERS); \
	else \
		$(CLI) all --raw-dir "$(RAW_DIR)" --warehouse "$(WAREHOUSE)" --workers $(WORKERS); \
	fi

# The Debian check runs every time (dpkg -s is quick): a stamp file could outlive the packages it vouches for.
setup: system $(STAMP)

system:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	@touch $(STAMP)

ingest extract normalise store: setup
	$(CLI) $@ --raw-dir "$(RAW_DIR)" --warehouse "$(WAREHOUSE)" --workers $(WORKERS)

export: setup
	$(CLI) export --warehouse "$(WAREHOUSE)" --out-dir data/exports

examples: setup
	$(CLI) examples --out-dir data/examples

test: setup
	$(PY) -m pytest -q

# Rewrite the golden files (tests/extract/golden, tests/normalise/golden) after a meant change; review the git diff.
golden: setup
	$(PY) -m pytest -q tests/extract/test_golden.py tests/normalise/test_golden.py --update-golden

eval: setup
	$(PY) -m normalise.entity_eval --split test

bench: setup
	$(CLI) bench --raw-dir "$(BENCH_DIR)" --workers $(WORKERS) --out data/bench/latest.json

clean:
	rm -rf data/interim data/exports data/reports data/examples data/bench data/warehouse/*.duckdb data/warehouse/*.lock .pytest_cache
