#!/usr/bin/env bash
# Build a free-threaded CPython (--disable-gil) from Debian's source package,
# once, into a cache directory; print the interpreter's path on the last line.
#
# Idempotent: when the cached interpreter exists and has the GIL disabled, it is
# reused at once. A clean build takes about four minutes on two cores.
# With --cached, it only prints the path of an interpreter already built.
# Needs Debian's package mirrors, and root when a build dependency is missing
# (it installs them with apt-get); then any user can build it.
set -euo pipefail

VERSION=3.13.15            # newest python3.13 whose files the mirror served (see below)
DEBIAN_VERSION=3.13.15-1
CACHE=${FREE_THREADED_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/threads-in-python-tested}
PREFIX=$CACHE/cpython-$VERSION-freethreaded
PYTHON=$PREFIX/bin/python3.13t

# Built, and free-threaded: asked with env -i and -I, so that the caller's
# environment (PYTHON_GIL=1 turns the GIL on at run time) cannot change the answer.
CHECK='import sys, sysconfig
sys.exit(not sysconfig.get_config_var("Py_GIL_DISABLED") or sys._is_gil_enabled())'
if [ -x "$PYTHON" ] && env -i "$PYTHON" -I -c "$CHECK" 2>/dev/null; then
    echo "$PYTHON"
    exit 0
fi
if [ "${1:-}" = "--cached" ]; then
    exit 0  # not built: print nothing
fi

log() { echo "free-threaded-python: $*" >&2; }

# One build at a time, whoever else runs this script.
mkdir -p "$CACHE"
exec 9> "$CACHE/free-threaded-python.lock"
flock 9
if [ -x "$PYTHON" ] && env -i "$PYTHON" -I -c "$CHECK" 2>/dev/null; then
    echo "$PYTHON"  # built by another run while this one waited
    exit 0
fi

# The build dependencies: installed by root when one is missing; a user who is
# not root can build too, once they are there.
build_deps=(build-essential pkg-config libssl-dev zlib1g-dev libffi-dev libsqlite3-dev
            libbz2-dev liblzma-dev libreadline-dev uuid-dev xz-utils)
missing=()
for package in "${build_deps[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
        missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        log "needs its build dependencies; as root: apt-get install ${missing[*]}"
        exit 1
    fi
    log "installing build dependencies: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${missing[@]}" >&2
fi

# The source package comes from Debian unstable (see debian-unstable.sh).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log "fetching the source of python3.13=$DEBIAN_VERSION"
source "$(dirname "$0")/debian-unstable.sh"
unstable_apt "$work" deb-src
(cd "$work" && apt-get "${apt_options[@]}" source --download-only -qq "python3.13=$DEBIAN_VERSION" >&2)

log "building into $PREFIX (about four minutes)"
tar -xf "$work/python3.13_$VERSION.orig.tar.xz" -C "$work"
cd "$work/Python-$VERSION"
build_log=$work/build.log
{
    ./configure --disable-gil --prefix="$PREFIX" --with-ensurepip=install &&
    make -j"$(nproc)" &&
    rm -rf "$PREFIX" &&
    make install
} > "$build_log" 2>&1 || { tail -n 40 "$build_log" >&2; exit 1; }

env -i "$PYTHON" -I -c "import ssl, sqlite3, zlib, bz2, lzma, ctypes; $CHECK"
log "built $("$PYTHON" -VV)"
echo "$PYTHON"
