#!/usr/bin/env bash
# Unpack CPython 3.14 (the default, GIL build) from Debian's binary packages,
# once, into a cache directory; print the interpreter's path on the last line.
#
# The examples that need Python 3.14 (`python >= 3.14` on their page) run with
# it; see DOCCHECK_NEWER_PYTHON in the Makefile. Debian's stable release has no
# 3.14, so the packages come from Debian unstable, with the C library and the
# few libraries they link against, into a directory of their own: nothing is
# installed on the system. patchelf points the interpreter at that C library.
# It takes about ten seconds. With --cached, it only prints the path of an
# interpreter already unpacked.
set -euo pipefail

CACHE=${PYTHON_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/threads-in-python-tested}
PREFIX=$CACHE/python-3.14
PYTHON=$PREFIX/usr/bin/python3.14
COMPILED=$PREFIX/usr/lib/python3.14/__pycache__/threading.cpython-314.pyc
CHECK='import sys, ssl, sqlite3, zlib, bz2, lzma, ctypes, decimal
from concurrent.futures import InterpreterPoolExecutor
sys.exit(sys.version_info[:2] != (3, 14))'

if [ -x "$PYTHON" ] && [ -f "$COMPILED" ] && "$PYTHON" -c "$CHECK" 2>/dev/null; then
    echo "$PYTHON"
    exit 0
fi
if [ "${1:-}" = "--cached" ]; then
    exit 0  # not unpacked: print nothing
fi

log() { echo "python-3.14: $*" >&2; }
export DEBIAN_FRONTEND=noninteractive
if ! command -v patchelf >/dev/null; then
    log "installing patchelf"
    apt-get update -qq >&2
    apt-get install -y -qq patchelf >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debs"
log "fetching Debian unstable's python3.14 packages"
source "$(dirname "$0")/debian-unstable.sh"
unstable_apt "$work" deb
packages=(python3.14-minimal libpython3.14-minimal libpython3.14-stdlib
          libc6 libexpat1 zlib1g libffi8 libmpdec4 libssl3t64 libzstd1 liblzma5
          libbz2-1.0 libsqlite3-0 libuuid1 libtinfo6 libreadline8t64 libncursesw6)
(cd "$work/debs" && apt-get "${apt_options[@]}" download -qq "${packages[@]}") \
    > "$work/download.log" 2>&1 || { cat "$work/download.log" >&2; exit 1; }

rm -rf "$PREFIX" && mkdir -p "$PREFIX"
for deb in "$work"/debs/*.deb; do
    dpkg-deb -x "$deb" "$PREFIX"
done
libs=$PREFIX/usr/lib/x86_64-linux-gnu
# DT_RPATH (not RUNPATH) so that extension modules find the same libraries.
patchelf --set-interpreter "$libs/ld-linux-x86-64.so.2" --force-rpath --set-rpath "$libs" "$PYTHON"

# Compile the standard library once, as Debian does when it installs Python:
# without .pyc files every run of an example compiles what it imports.
"$PYTHON" -m compileall -q -j0 "$PREFIX/usr/lib/python3.14" >/dev/null || true
"$PYTHON" -c "$CHECK"
test -f "$COMPILED"
log "unpacked $("$PYTHON" -VV)"
echo "$PYTHON"
