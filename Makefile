# ice-ledger: two entry points, `make demo` and `make test`. Everything else is a helper target.
VENV    ?= .venv
PY      := $(VENV)/bin/python
MIRROR  ?= $(abspath ../shared/data)
export ICE_LEDGER_HOME ?= $(CURDIR)/.ice-ledger
# pytest-xdist workers: the shared mirror builds are made once per run (tests/shared_homes.py); the tests of one
# module stay on one worker (loadfile: its module fixtures are built once, and the Spark tests, all in one module,
# share one JVM), taken in the order tests/conftest.py gives (Spark first, slow modules, then quick ones).
# (Not loadgroup: with pytest 9.2 it no longer groups anything, pytest-xdist issue 1386.)
TEST_WORKERS ?= 2
PYTEST_XDIST := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

.PHONY: install demo test test-fast lint typecheck bench clean

# uv installs the same packages from PyPI in a fraction of pip's time (docs/benchmarks.md, test suite wall time)
$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q uv
	$(VENV)/bin/uv pip install -q --python $(VENV)/bin/python -e '.[spark,dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	MIRROR="$(MIRROR)" PY="$(PY)" bash scripts/demo.sh

# everything: lint, types, and every test (slow ones included: the mirror builds, Spark, the browser)
test: install
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/mypy
	$(PY) -m pytest -q $(PYTEST_XDIST)

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
