# Sourced by the scripts that fetch from Debian unstable (sid): a private apt
# configuration in a directory of its own, so that the system's package lists
# stay as they are. The mirror is the one the machine already uses.
#
#   unstable_apt DIR "deb"|"deb-src"   sets the array apt_options, then updates
#                                       the private lists; use as
#                                       apt-get "${apt_options[@]}" download ...

unstable_apt() {
    local dir=$1 kind=$2 mirror
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    if [ -z "$mirror" ]; then
        mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list)
    fi
    mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
    echo "$kind [trusted=yes] $mirror sid main" > "$dir/sources.list"
    apt_options=(-o "Dir::Etc::sourcelist=$dir/sources.list" -o "Dir::Etc::sourceparts=-"
                 -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache"
                 -o "APT::Sandbox::User=root")
    apt-get "${apt_options[@]}" update -qq >&2
}
