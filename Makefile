# ice-ledger: two entry points, `make demo` and `make test`. Everything else is a helper target.
VENV    ?= .venv
PY      := $(VENV)/bin/python
MIRROR  ?= $(abspath ../shared/data)
export ICE_LEDGER_HOME ?= $(CURDIR)/.ice-ledger

.PHONY: install demo test lint typecheck bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[spark,dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	MIRROR="$(MIRROR)" PY="$(PY)" bash scripts/demo.sh

test: install
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/mypy
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

bench: install
	$(PY) -m pytest bench -q --benchmark-only

clean:
	rm -rf $(VENV) .ice-ledger .pytest_cache .mypy_cache .ruff_cache
