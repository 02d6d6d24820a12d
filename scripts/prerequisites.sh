#!/usr/bin/env bash
# What `make test` needs beyond .venv/, each got here if it can be:
#
#   - CPython 3.13, 3.14 and 3.15, unpacked from Debian's packages (python.sh),
#     for the examples that need a newer Python than the one in .venv/;
#   - the free-threaded CPython 3.13t, built once (free-threaded-python.sh),
#     for the GIL chapter's notebook;
#   - Chromium, for the browser tests (apt-get install chromium, as root);
#   - Xvfb, for the examples that open a window (apt-get install xvfb, as root).
#
# Prints one line to stdout for each that cannot be had on this machine: what
# it is, why not, and how to get it; `make test` lists them at its end and,
# with CI=true, fails. Exits 0 unless it is used wrongly.
set -uo pipefail
cd "$(dirname "$0")/.."

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# $1: what it is; $2: how to get it; then the command that gets it.
need() {
    local what=$1 how=$2
    shift 2
    # what it says goes to stderr as it comes; its last line is the reason
    if ! "$@" 2>&1 > /dev/null | tee "$log" >&2; then
        local why
        why=$(grep -v '^\s*$' "$log" | tail -n 1)
        echo "$what: ${why:-failed}; to get it: $how"
    fi
}

for version in 3.13 3.14 3.15; do
    need "CPython $version (the examples that need it are skipped)" \
        "scripts/python.sh $version (needs Debian's apt and mirrors)" \
        scripts/python.sh "$version"
done
need "free-threaded CPython 3.13t (the GIL notebook shows one build only)" \
    "scripts/free-threaded-python.sh (about four minutes; as root if build dependencies are missing)" \
    scripts/free-threaded-python.sh

chromium() {
    [ -x "$CHROMIUM" ] && return 0
    if [ "$(id -u)" != 0 ]; then
        echo "no $CHROMIUM, and installing it needs root" >&2
        return 1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium &&
        [ -x "$CHROMIUM" ] || { echo "no $CHROMIUM after apt-get install chromium" >&2; return 1; }
}
need "Chromium (the browser tests, tests/browser, are not run)" \
    "as root, apt-get install chromium; or CHROMIUM=/path/to/chrome" \
    chromium

# The virtual display that the GUI examples open their windows on.
xvfb() {
    [ -x /usr/bin/Xvfb ] && return 0
    if [ "$(id -u)" != 0 ]; then
        echo "no /usr/bin/Xvfb, and installing it needs root" >&2
        return 1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb
}
need "Xvfb (the examples that open a window)" "as root, apt-get install xvfb" xvfb
exit 0
