# Sourced by the scripts that fetch from Debian unstable (sid): a private apt
# configuration in a directory of its own, so that the system's package lists
# stay as they are. The mirror is the one the machine already uses. Works as
# any user: nothing outside DIR is written.
#
#   unstable_apt DIR "deb"|"deb-src"   sets the array apt_options, then updates
#                                       the private lists; use as
#                                       apt-get "${apt_options[@]}" download ...
#
# The lists are verified against Debian's archive keyring, as apt verifies the
# system's own: apt refuses a list whose signature it cannot check, and
# `apt-get download` and `apt-get source` refuse a file whose checksum differs
# from the signed list. When the keyring lacks the key that signs unstable
# (an old keyring on an old release), root updates debian-archive-keyring from
# the system's own, already trusted, sources and tries again.

debian_keyring() {
    local keyring
    for keyring in /usr/share/keyrings/debian-archive-keyring.pgp \
                   /usr/share/keyrings/debian-archive-keyring.gpg; do
        if [ -f "$keyring" ]; then
            echo "$keyring"
            return 0
        fi
    done
    return 1
}

update_keyring() {
    if [ "$(id -u)" != 0 ]; then
        echo "Debian's archive keyring has no key for Debian unstable; as root, run" \
             "apt-get update && apt-get install debian-archive-keyring" >&2
        return 1
    fi
    echo "updating debian-archive-keyring (unstable is signed by a key it lacks)" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debian-archive-keyring >&2
}

unstable_apt() {
    local dir=$1 kind=$2 mirror keyring arch
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    if [ -z "$mirror" ]; then
        mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    fi
    mirror=${mirror:-http://deb.debian.org/debian}
    arch=$(dpkg --print-architecture)
    keyring=$(debian_keyring) || { update_keyring && keyring=$(debian_keyring); } || {
        echo "no Debian archive keyring in /usr/share/keyrings" >&2
        return 1
    }
    mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
    echo "$kind [signed-by=$keyring] $mirror sid main" > "$dir/sources.list"
    apt_options=(-o "Dir::Etc::sourcelist=$dir/sources.list" -o "Dir::Etc::sourceparts=-"
                 -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache"
                 -o "APT::Architecture=$arch" -o "APT::Architectures=$arch"
                 -o "APT::Sandbox::User=$(id -un)")
    if ! apt-get "${apt_options[@]}" update -qq 2> "$dir/update.log"; then
        if grep -q NO_PUBKEY "$dir/update.log" && update_keyring; then
            apt-get "${apt_options[@]}" update -qq >&2 && return 0
        fi
        cat "$dir/update.log" >&2
        return 1
    fi
}
