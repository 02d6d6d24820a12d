# Two commands for readers and contributors: `make serve` and `make test`.
# Every target installs what it needs first, pinned in requirements.lock.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
STAMP := $(VENV)/.installed
PYTEST := $(BIN)/python -m pytest
# $(call CHECK,PATHS): PATHS in parallel but for the timing examples, which then
# run one at a time (they measure the machine). -rs prints why an example was
# skipped; one that needs Python 3.14 runs with the one python-3.14.sh unpacked.
CHECK = export DOCCHECK_NEWER_PYTHON=$$($(PYTHON_3_14) --cached) && \
	$(PYTEST) -q -rs -n 4 --dist loadgroup -m "not timing" $(1) && \
	$(PYTEST) -q -rs -m timing docs
DOCCHECK := PYTHONPATH=tests $(BIN)/python -m doccheck
# Free-threaded CPython, built once into ~/.cache (see the script).
FREE_THREADED := scripts/free-threaded-python.sh
# Python 3.14 for the examples that need it, unpacked once into ~/.cache.
PYTHON_3_14 := scripts/python-3.14.sh
export NO_MKDOCS_2_WARNING := 1
# Notebook execution settings for the build (IPC transport, no TCP port).
export JUPYTER_CONFIG_DIR := $(CURDIR)/.jupyter
# The browser tests and the audit drive Debian's Chromium (see tests/sitecheck).
export CHROMIUM ?= /usr/bin/chromium
# Lighthouse from npm, into .audit/ (the stamp names the version, so that a new
# pin installs again). 13.x asks for Node 22; Debian 12's Node 20 runs it.
LIGHTHOUSE_VERSION := 13.5.0
LIGHTHOUSE := .audit/lighthouse-$(LIGHTHOUSE_VERSION)

.PHONY: install serve build test lint test-harness test-examples test-site \
        free-threaded-python python-3.14 test-freethreaded bench update-outputs lock clean \
        chromium audit

install: $(STAMP)

# uv installs the locked set into .venv in seconds; it is bootstrapped with pip.
$(STAMP): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/python -m pip install -q uv==$(UV_VERSION)
	$(BIN)/uv pip sync -q --compile-bytecode --python $(BIN)/python requirements.lock
	touch $@

serve: install
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty

# The GIL notebook compares with the free-threaded build when it has been built.
# EXECUTE_NOTEBOOKS=false skips running the notebook, for a fast build.
build: install
	rm -rf .cache/mkdocs-jupyter
	FREE_THREADED_PYTHON=$$($(FREE_THREADED) --cached) \
	    $(BIN)/mkdocs build --strict --site-dir site

lint: install
	$(BIN)/ruff check examples tests conftest.py docs/notebooks .jupyter hooks
	$(BIN)/ruff format --check examples
	$(BIN)/check-jsonschema -q --builtin-schema vendor.github-workflows .github/workflows/*.yml

test-harness: install
	$(PYTEST) -q tests

# Every example on every page, in parallel (they mostly sleep).
test-examples: install
	$(call CHECK,docs)

test-site: build chromium
	$(PYTEST) -q tests/test_site.py tests/test_built_site.py tests/browser

test:
	@start=$$(date +%s); status=0; \
	$(MAKE) --no-print-directory install free-threaded-python python-3.14 chromium lint build && \
	$(call CHECK,tests docs) || status=$$?; \
	result=$$([ $$status = 0 ] && echo "every check passed" || echo "FAILED"); \
	echo "make test: $$result in $$(( $$(date +%s) - start )) s (wall time, install included)"; \
	exit $$status

# Debian's Chromium for the browser tests (tests/browser), installed when it is
# missing; as root, as CI runs. Playwright's own browser download cannot work here.
chromium: $(CHROMIUM)

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

# Lighthouse on every page, phone and desktop, gated on the median of three runs
# (LIGHTHOUSE_RUNS=5, AUDIT_PAGES="locks/ queues/"); axe on every page (light
# and dark), every internal link and anchor, and screenshots in
# audit/screenshots/; fails below a target. About 20 s a run on a quiet machine.
audit: build chromium $(LIGHTHOUSE)
	PYTHONPATH=tests $(BIN)/python -m sitecheck.audit

$(LIGHTHOUSE):
	command -v npm >/dev/null || apt-get install -y -qq nodejs npm
	npm install --prefix .audit --no-audit --no-fund --save-exact \
	    lighthouse@$(LIGHTHOUSE_VERSION) 2>&1 | grep -v EBADENGINE || true
	.audit/node_modules/.bin/lighthouse --version | grep -qx $(LIGHTHOUSE_VERSION)
	touch $@

free-threaded-python:
	@$(FREE_THREADED) >/dev/null

python-3.14:
	@$(PYTHON_3_14) >/dev/null

# Every example run by the free-threaded build, checked against its
# output[free-threaded] block where a page has one.
test-freethreaded: install free-threaded-python
	export DOCCHECK_PYTHON=$$($(FREE_THREADED) --cached) && $(call CHECK,docs)

# One table of every measured figure, with both builds.
bench: install free-threaded-python
	$(DOCCHECK).bench --python $(BIN)/python --python $$($(FREE_THREADED) --cached)

# Rewrite expected outputs from fresh runs; directives and bounds stay.
# DOCCHECK_PYTHON=<free-threaded python> rewrites the free-threaded blocks.
update-outputs: install python-3.14
	DOCCHECK_NEWER_PYTHON=$$($(PYTHON_3_14) --cached) $(DOCCHECK).update $(PAGES)
	$(PYTEST) -q tests/test_inline_snippets.py --update-examples

# Re-resolve the pins after editing pyproject.toml.
lock: install
	$(BIN)/uv lock -q
	$(BIN)/uv export -q --all-groups --no-emit-project -o requirements.lock

clean:
	rm -rf site $(VENV)
