# ice-ledger: two entry points, `make demo` and `make test`. Everything else is a helper target.
VENV    ?= .venv
PY      := $(VENV)/bin/python
MIRROR  ?= $(abspath ../shared/data)
export ICE_LEDGER_HOME ?= $(CURDIR)/.ice-ledger
# Python keeps its bytecode caches (__pycache__) for the venv and the tree. This machine's environment sets
# PYTHONDONTWRITEBYTECODE=1 and uv installs without compiling, so without this line every Python process of a test
# run (the xdist workers, each `ice-ledger` CLI subprocess, the server's workers, Spark's Python workers) compiles
# pandas, Ibis, DuckDB's Python layer and the package again from source: about 1.6 CPU-s more per process.
unexport PYTHONDONTWRITEBYTECODE
# pytest-xdist workers: the shared mirror builds are made once per run (tests/shared_homes.py); the tests of one
# module stay on one worker (loadfile: its module fixtures are built once, and the Spark tests, all in one module,
# share one JVM), taken in the order tests/conftest.py gives (Spark first, slow modules, then quick ones).
# (Not loadgroup: with pytest 9.2 it no longer groups anything, pytest-xdist issue 1386.)
TEST_WORKERS ?= 2
PYTEST_XDIST := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

.PHONY: install demo test test-fast lint typecheck bench clean

# uv installs the same packages from PyPI in a fraction of pip's time (docs/benchmarks.md, test suite wall time).
# It tries its cache alone first (--offline): on this machine every revalidation of a cached index page or file
# comes back "modified", so an online install downloads pyspark's source again and rebuilds its 415 MB wheel (about
# a minute, and 1.3 GB more in uv's cache each time) even when the cache holds it; when the cache lacks anything,
# the offline attempt fails and the online install runs.
UV_INSTALL := $(VENV)/bin/uv pip install -q --python $(VENV)/bin/python -e '.[spark,dev]'
$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q uv
	$(UV_INSTALL) --offline 2>/dev/null || $(UV_INSTALL)
	touch $@

install: $(VENV)/.installed

demo: install
	MIRROR="$(MIRROR)" PY="$(PY)" bash scripts/demo.sh

# everything: lint, types, and every test (slow ones included: the mirror builds, Spark, the browser).
# mypy (one process, 20-40 s with the cold cache of a fresh clone) runs beside pytest at a lower priority, so it
# takes the CPU the test workers leave (while they start, wait for a shared build or finish unevenly) instead of
# adding its time in front of them; its report is printed after the tests, and either failing fails the target.
test: install
	$(VENV)/bin/ruff check src tests bench scripts
	@mypy_log=$$(mktemp); nice -n 10 $(VENV)/bin/mypy >"$$mypy_log" 2>&1 & mypy_pid=$$!; \
	echo "$(PY) -m pytest -q $(PYTEST_XDIST)   (mypy running beside it)"; \
	$(PY) -m pytest -q $(PYTEST_XDIST); tests=$$?; \
	wait $$mypy_pid; types=$$?; echo "$(VENV)/bin/mypy:"; cat "$$mypy_log"; rm -f "$$mypy_log"; \
	[ $$tests -eq 0 ] && [ $$types -eq 0 ]

# the tests not marked slow (no full mirror build, no Spark, no browser): a quick answer while working
test-fast: install
	$(VENV)/bin/ruff check src tests bench scripts
	$(PY) -m pytest -q $(PYTEST_XDIST) -m "not slow"

lint: install
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

bench: install
	$(PY) -m pytest bench -q --benchmark-only

clean:
	rm -rf $(VENV) .ice-ledger .pytest_cache .mypy_cache .ruff_cache
