# Two commands for readers and contributors: `make serve` and `make test`.
# Every target installs what it needs first, pinned in requirements.lock.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
STAMP := $(VENV)/.installed
PYTEST := $(BIN)/python -m pytest
export NO_MKDOCS_2_WARNING := 1

.PHONY: install serve build test lint test-harness test-examples test-site \
        update-outputs lock clean

install: $(STAMP)

# uv installs the locked set into .venv in seconds; it is bootstrapped with pip.
$(STAMP): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/python -m pip install -q uv==$(UV_VERSION)
	$(BIN)/uv pip sync -q --python $(BIN)/python requirements.lock
	touch $@

serve: install
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: install
	$(BIN)/mkdocs build --strict --site-dir site

lint: install
	$(BIN)/ruff check examples tests conftest.py
	$(BIN)/ruff format --check examples

test-harness: install
	$(PYTEST) -q tests

# Every example on every page, in parallel (they mostly sleep).
test-examples: install
	$(PYTEST) -q -n 4 docs

test-site: build
	$(PYTEST) -q tests/test_site.py

test:
	@start=$$(date +%s); status=0; \
	$(MAKE) --no-print-directory install lint build && \
	$(PYTEST) -q -n 4 tests docs || status=$$?; \
	result=$$([ $$status = 0 ] && echo "every check passed" || echo "FAILED"); \
	echo "make test: $$result in $$(( $$(date +%s) - start )) s (wall time, install included)"; \
	exit $$status

# Rewrite expected outputs from fresh runs; directives and bounds stay.
update-outputs: install
	PYTHONPATH=tests $(BIN)/python -m doccheck.update $(PAGES)

# Re-resolve the pins after editing pyproject.toml.
lock: install
	$(BIN)/uv lock -q
	$(BIN)/uv export -q --all-groups --no-emit-project -o requirements.lock

clean:
	rm -rf site $(VENV)
