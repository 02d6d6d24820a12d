#!/usr/bin/env bash
# Unpack CPython VERSION (3.13, 3.14 or 3.15, the default GIL build) from
# Debian's binary packages, once, into a cache directory; print the
# interpreter's path on the last line.
#
#   scripts/python.sh 3.15            unpack it if needed, print its path
#   scripts/python.sh 3.15 --cached   only print the path of one already unpacked
#                                     (nothing, and status 0, when there is none)
#
# The packages come from Debian unstable, which has all three, with the C
# library and the few libraries they link against, into a directory of their
# own: nothing is installed on the system. The lists are verified with
# Debian's archive keyring (see debian-unstable.sh). patchelf points the
# interpreter at that C library; the standard library is compiled once, as
# Debian does when it installs Python. About ten seconds for each version,
# 70 MB; any user can run it (patchelf comes from .venv/ when the system has
# none: it is in requirements.lock).
#
# The interpreter is $CACHE/python-VERSION/usr/bin/pythonVERSION, the path
# python-3.14.sh used for 3.14.
set -euo pipefail

usage() { echo "usage: $0 3.13|3.14|3.15 [--cached]" >&2; exit 2; }
VERSION= CACHED=
for arg in "$@"; do
    case $arg in
        3.13 | 3.14 | 3.15) VERSION=$arg ;;
        --cached) CACHED=1 ;;
        *) usage ;;
    esac
done
[ -n "$VERSION" ] || usage

CACHE=${PYTHON_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/threads-in-python-tested}
PREFIX=$CACHE/python-$VERSION
PYTHON=$PREFIX/usr/bin/python$VERSION
COMPILED=$PREFIX/usr/lib/python$VERSION/__pycache__/threading.cpython-${VERSION/./}.pyc
# What the examples need, on this exact version, in the GIL build. Run with
# env -i and -I, so that the caller's environment (PYTHON_GIL, PYTHONPATH...)
# cannot change the answer.
CHECK='import sys, sysconfig
import bz2, ctypes, decimal, hashlib, lzma, multiprocessing, readline, sqlite3, ssl, zlib
version = tuple(int(part) for part in sys.argv[1].split("."))
if version >= (3, 14):
    from compression import zstd
    from concurrent.futures import InterpreterPoolExecutor
ctypes.CDLL(None).getpid()
sys.exit(sys.version_info[:2] != version or bool(sysconfig.get_config_var("Py_GIL_DISABLED")))'

works() { [ -x "$PYTHON" ] && [ -f "$COMPILED" ] && env -i "$PYTHON" -I -c "$CHECK" "$VERSION" 2>/dev/null; }

if works; then
    echo "$PYTHON"
    exit 0
fi
if [ -n "$CACHED" ]; then
    exit 0  # not unpacked: print nothing
fi

log() { echo "python.sh $VERSION: $*" >&2; }

# One unpacking at a time per version, whoever else runs this script.
mkdir -p "$CACHE"
exec 9> "$CACHE/python-$VERSION.lock"
flock 9
if works; then  # another run unpacked it while this one waited
    echo "$PYTHON"
    exit 0
fi

# The dynamic loader of this machine's architecture, and its library directory.
arch=$(dpkg --print-architecture)
case $arch in
    amd64)   triplet=x86_64-linux-gnu      loader=ld-linux-x86-64.so.2 ;;
    arm64)   triplet=aarch64-linux-gnu     loader=ld-linux-aarch64.so.1 ;;
    armhf)   triplet=arm-linux-gnueabihf   loader=ld-linux-armhf.so.3 ;;
    i386)    triplet=i386-linux-gnu        loader=ld-linux.so.2 ;;
    ppc64el) triplet=powerpc64le-linux-gnu loader=ld64.so.2 ;;
    riscv64) triplet=riscv64-linux-gnu     loader=ld-linux-riscv64-lp64d.so.1 ;;
    s390x)   triplet=s390x-linux-gnu       loader=ld64.so.1 ;;
    *) log "no dynamic loader known for the architecture $arch"; exit 1 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
patchelf=$(command -v patchelf || command -v "$here/../.venv/bin/patchelf" || true)
if [ -z "$patchelf" ]; then
    if [ "$(id -u)" != 0 ]; then
        log "needs patchelf: run make install first (it puts one in .venv/bin), or as root apt-get install patchelf"
        exit 1
    fi
    log "installing patchelf"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq patchelf >&2
    patchelf=$(command -v patchelf)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debs"
log "fetching Debian unstable's python$VERSION packages ($arch)"
source "$here/debian-unstable.sh"
unstable_apt "$work" deb

# The three packages of the interpreter and its standard library, and the
# shared libraries they depend on, read from the signed lists: lib* packages
# only (not tzdata, netbase or media-types, which the examples do not need),
# followed until no new one appears.
depends() {
    apt-cache "${apt_options[@]}" show --no-all-versions "$@" 2>/dev/null |
        awk -F': ' '/^(Pre-)?Depends:/ {print $2}' | tr ',|' '\n\n' |
        awk '{print $1}' | grep -E '^lib' | grep -v -- '-dev$' | sort -u
}
packages=$(printf '%s\n' "python$VERSION-minimal" "libpython$VERSION-minimal" "libpython$VERSION-stdlib" libc6)
while :; do
    # shellcheck disable=SC2086
    more=$(printf '%s\n' $packages $(depends $packages) | sort -u)
    [ "$more" = "$(printf '%s\n' $packages | sort -u)" ] && break
    packages=$more
done
# shellcheck disable=SC2086
(cd "$work/debs" && apt-get "${apt_options[@]}" download -qq $packages) \
    > "$work/download.log" 2>&1 || { cat "$work/download.log" >&2; exit 1; }

rm -rf "$PREFIX" && mkdir -p "$PREFIX"
for deb in "$work"/debs/*.deb; do
    dpkg-deb -x "$deb" "$PREFIX"
done
libs=$PREFIX/usr/lib/$triplet
test -f "$libs/$loader" || { log "the C library has no $libs/$loader"; exit 1; }
# DT_RPATH (not RUNPATH) so that extension modules find the same libraries.
"$patchelf" --set-interpreter "$libs/$loader" --force-rpath --set-rpath "$libs" "$PYTHON"

# Without .pyc files every run of an example compiles what it imports.
env -i "$PYTHON" -I -m compileall -q -j0 "$PREFIX/usr/lib/python$VERSION" >/dev/null || true
if ! works; then
    env -i "$PYTHON" -I -c "$CHECK" "$VERSION" || true
    log "the unpacked interpreter fails its check"
    exit 1
fi
log "unpacked $("$PYTHON" -VV) ($(du -sh "$PREFIX" | cut -f1))"
echo "$PYTHON"
