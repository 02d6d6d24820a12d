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
# skipped; one that needs a newer Python runs with the oldest new-enough one
# that scripts/python.sh unpacked.
CHECK = export DOCCHECK_NEWER_PYTHON=$(NEWER_PYTHONS) && \
	$(PYTEST) -q -rs -n 4 --dist loadgroup -m "not timing" $(1) && \
	$(PYTEST) -q -rs -m timing docs
# Free-threaded CPython, built once into ~/.cache (see the script).
FREE_THREADED := scripts/free-threaded-python.sh
# CPython 3.13, 3.14 and 3.15 (GIL builds), unpacked once into ~/.cache from
# Debian's packages: `scripts/python.sh 3.15` prints the path of 3.15.
PYTHON_VERSION := scripts/python.sh
NEWER_VERSIONS := 3.13 3.14 3.15
# The paths of those already unpacked, separated by ':' (in a recipe).
NEWER_PYTHONS = $$(for v in $(NEWER_VERSIONS); do $(PYTHON_VERSION) $$v --cached; done | paste -sd:)
export NO_MKDOCS_2_WARNING := 1
# Notebook execution settings for the build (IPC transport, no TCP port).
export JUPYTER_CONFIG_DIR := $(CURDIR)/.jupyter
# The browser tests and the audit drive Debian's Chromium (see tests/sitecheck).
export CHROMIUM ?= /usr/bin/chromium
# Lighthouse from npm, into .audit/ (the stamp names the version, so that a new
# pin installs again). 13.x asks for Node 22; Debian 12's Node 20 runs it.
LIGHTHOUSE_VERSION := 13.5.0
LIGHTHOUSE := .audit/lighthouse-$(LIGHTHOUSE_VERSION)

.PHONY: install serve build fresh-notebook test checks lint-and-comments checks-without-site checks-on-site checks-timed checks-alone lint test-harness test-examples test-site \
        free-threaded-python pythons $(NEWER_VERSIONS:%=python-%) test-freethreaded test-versions bench update-outputs lock clean \
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
build: install fresh-notebook
	FREE_THREADED_PYTHON=$$($(FREE_THREADED) --cached) \
	    $(BUILD_PRIORITY) $(BIN)/mkdocs build --strict --site-dir site

# A build executes the notebook afresh; a fast build converts it again.
fresh-notebook:
	rm -rf .cache/mkdocs-jupyter

lint: install
	$(BIN)/ruff check examples tests conftest.py docs/notebooks .jupyter hooks scripts
	$(BIN)/ruff format --check examples hooks/checked_on.py scripts
	$(BIN)/check-jsonschema -q --builtin-schema vendor.github-workflows .github/workflows/*.yml

# The harness's own tests and the page checks that need no built site.
test-harness: install
	$(PYTEST) -q tests/test_doccheck.py tests/test_checked_on.py tests/test_virtual_display.py \
	    tests/test_site.py tests/test_inline_snippets.py

# Every example on every page, in parallel (they mostly sleep).
test-examples: install
	$(call CHECK,docs)

test-site: build chromium
	$(PYTEST) -q tests/test_site.py tests/test_built_site.py tests/browser

# What this machine cannot give (no root, no apt: see scripts/prerequisites.sh)
# is skipped, listed at the end with how to get it; with CI=true that fails.
# The checks run in two lanes at once, then the finest GIL measurements alone
# (see below); each step's output is printed whole when it ends.
test:
	@start=$$(date +%s); status=0; skipped=$$(mktemp); \
	$(MAKE) --no-print-directory install && scripts/prerequisites.sh > $$skipped && \
	{ MEASUREMENT_ATTEMPTS=1 \
	  $(MAKE) --no-print-directory --keep-going --jobs --output-sync=target checks \
	  || status=$$?; \
	  $(MAKE) --no-print-directory checks-alone || status=$$?; } \
	|| status=$$?; \
	result="every check passed"; \
	if [ -s $$skipped ]; then \
	    echo; echo "make test SKIPPED what this machine could not give it:"; \
	    sed 's/^/  - /' $$skipped; \
	    result="every check it could run passed; SKIPPED the above"; \
	    if [ "$$CI" = true ]; then echo "CI=true: a skipped prerequisite is a failure"; \
	        status=1; fi; \
	fi; rm -f $$skipped; \
	[ $$status = 0 ] || result=FAILED; \
	echo "make test: $$result in $$(( $$(date +%s) - start )) s (wall time, install included)"; \
	exit $$status

# How `make test` runs its checks, in about a minute on two cores. First, in
# two lanes at once (`checks`):
# - the measuring lane, first in line for the processor (nice -10, where make
#   runs as root; at the same priority as the rest otherwise): the build (which
#   runs the notebook's benchmarks and records the timelines, once each:
#   MEASUREMENT_ATTEMPTS=1, as its figures are not published) and beside it the
#   timing examples, one at a time, then the checks on wrong variants that no
#   load can make pass; and the harness's own tests with every other example,
#   which must not wait behind the rest (one whose threads wait a fraction of a
#   second for each other missed its timeout when its priority was lower);
# - the rest, at normal priority: lint and the comments widget's tests, then,
#   once the build is done, the checks of the built site in Chromium.
# Not an idle-priority rest (chrt --idle): beside two CPU-bound programs it got
# no processor at all, and make test stalled.
# Then, with nothing else of ours running (`checks-alone`, first in line too),
# the GIL chapter's examples that time when each thread runs to half a
# millisecond, and its checks on the wrong variants that load can make pass:
# beside the browser, even at idle priority, such variants passed their checks
# or could not conclude.
FIRST := $(if $(filter 0,$(shell id -u)),nice -n -10)
# Chromium, run as root, raises its own browser and GPU processes to nice -8:
# not without the capability to (CAP_SYS_NICE), which setpriv drops.
BROWSER_PRIORITY := $(if $(FIRST),$(if $(shell command -v setpriv),setpriv --bounding-set -sys_nice --inh-caps -sys_nice))
HAVE_CHROMIUM = [ -x "$(CHROMIUM)" ]
# The browser tests that read the built site; the comments widget's tests build
# a small site of their own.
BROWSER_SITE_TESTS := tests/browser/test_site_in_browser.py \
                      tests/browser/test_every_page_in_browser.py
COMMENTS_TESTS := tests/browser/test_comments.py
# The GIL chapter's examples that time when each thread runs to half a
# millisecond (timeline.py), and the convoy's waits of a switch interval.
ALONE := 02_cpu_bound_threads or 04_hashing_releases_gil or \
         05_processes_versus_threads or 06_convoy_effect or exercise_2_zlib_threads
VARIANTS := tests/test_gil_claims.py
# The checks on wrong variants that load cannot make pass: waits made to follow
# one another, the switch interval left unchanged (the convoy, also with the GIL
# back on). The others compare with a reference measured beside them (how long
# a call took, whether processes ran at once), which a busy machine distorts.
LOAD_PROOF_VARIANTS := waits_do_not_overlap or switch_interval or 06_convoy_effect
checks: lint-and-comments checks-without-site checks-on-site checks-timed

# lint, then the comments widget's browser tests (on a small site of their own)
lint-and-comments: install
	@$(MAKE) --no-print-directory lint
	@if $(HAVE_CHROMIUM); then echo "the comments widget, in Chromium:"; \
	    $(BROWSER_PRIORITY) $(PYTEST) -q -rs $(COMMENTS_TESTS); fi

checks-without-site: install
	@echo "the harness, the page checks and every example but the timing ones:"
	@export DOCCHECK_NEWER_PYTHON=$(NEWER_PYTHONS) && \
	$(FIRST) $(PYTEST) -q -rs -n 3 --dist loadgroup -m "not timing" tests docs \
	    --ignore=tests/test_built_site.py --ignore=tests/browser --ignore=$(VARIANTS)

# The build, first in line (see above): the variable reaches it as a prerequisite.
checks-on-site: BUILD_PRIORITY = $(FIRST)
checks-on-site: build
	@echo "the built site, in Chromium:"
	@$(BROWSER_PRIORITY) $(PYTEST) -q -rs -n 2 --dist loadgroup tests/test_built_site.py \
	    $$($(HAVE_CHROMIUM) && echo $(BROWSER_SITE_TESTS))

checks-timed: install
	@echo "the timing examples, one at a time, then checks on wrong variants:"
	@export DOCCHECK_NEWER_PYTHON=$(NEWER_PYTHONS); status=0; \
	$(FIRST) $(PYTEST) -q -rs -m timing docs -k "not ($(ALONE))" || status=$$?; \
	$(FIRST) $(PYTEST) -q -rs $(VARIANTS) -k "$(LOAD_PROOF_VARIANTS)" || status=$$?; exit $$status

checks-alone: install
	@echo "alone: the GIL chapter's finest timing examples, and checks on wrong variants:"
	@export DOCCHECK_NEWER_PYTHON=$(NEWER_PYTHONS) && $(FIRST) $(PYTEST) -q -rs \
	    docs/gil-and-performance.md $(VARIANTS) \
	    -k "not test_gil_claims and ($(ALONE)) or test_gil_claims and not ($(LOAD_PROOF_VARIANTS))"

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

# python-3.13, python-3.14, python-3.15: one of them; pythons: all three.
pythons: $(NEWER_VERSIONS:%=python-%)

$(NEWER_VERSIONS:%=python-%):
	@$(PYTHON_VERSION) $(@:python-%=%) >/dev/null

# Every example on each of Python 3.11, 3.13, 3.14, 3.15 and 3.13t, one after
# the other; after a complete run with no failure, writes examples/checked-on.json
# (the line under each example on the site). With CI=true a stale record fails.
test-versions: install
	$(BIN)/python scripts/test_versions.py

# Every example run by the free-threaded build, checked against its
# output[free-threaded] block where a page has one.
test-freethreaded: install free-threaded-python
	export DOCCHECK_PYTHON=$$($(FREE_THREADED) --cached) && $(call CHECK,docs)

# One table of every measured figure, with both builds (the timing examples'
# test run, with --doccheck-bench).
bench: install free-threaded-python pythons
	export DOCCHECK_NEWER_PYTHON=$(NEWER_PYTHONS) && \
	$(PYTEST) -q -rs -m timing --doccheck-bench docs; status=$$?; \
	DOCCHECK_PYTHON=$$($(FREE_THREADED) --cached) \
	    $(PYTEST) -q -rs -m timing --doccheck-bench docs || status=$$?; \
	exit $$status

# Rewrite the output blocks that differ from a fresh run, and the inline
# snippets' #> lines, on PAGES (default: every page); directives and bounds
# stay, and a run that misses its bound or exit status is refused. An example
# that needs a newer Python runs with the one `make test` uses (3.13 to 3.15).
# DOCCHECK_PYTHON=<free-threaded python> rewrites the free-threaded blocks.
# One example: see docs/contributing.md.
PAGES ?= docs
update-outputs: install pythons
	@export DOCCHECK_NEWER_PYTHON=$(NEWER_PYTHONS); status=0; \
	$(PYTEST) -q -rs -n 4 -m "not timing" --update-examples $(PAGES) || [ $$? = 5 ] || status=1; \
	$(PYTEST) -q -rs -m timing --update-examples $(PAGES) || [ $$? = 5 ] || status=1; \
	$(PYTEST) -q tests/test_inline_snippets.py --update-examples \
	    -k "$(subst $(SPACE), or ,$(strip $(PAGES)))" || [ $$? = 5 ] || status=1; \
	exit $$status
SPACE := $(subst ,, )

# Re-resolve the pins after editing pyproject.toml.
lock: install
	$(BIN)/uv lock -q
	$(BIN)/uv export -q --all-groups --no-emit-project -o requirements.lock

clean:
	rm -rf site $(VENV)
