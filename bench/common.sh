# Sourced by the bench scripts: the dredge binary they time, and the `REPO [-- extra dredge args]` arguments.
# DREDGE overrides the binary (default: .build/release/dredge of this checkout).

here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
dredge=${DREDGE:-$(cd "$here/.." && pwd)/.build/release/dredge}

# Prints the calling script's header comment (lines 2..LAST) as its usage, and exits 2.
usage_from_header() { sed -n "2,${1}p" "$0" | sed 's/^# \{0,1\}//'; exit 2; }

# Reads `REPO [-- extra dredge args]` into $repo and the array $extra; anything else is a usage error.
read_repo_and_extra() {
    [[ $# -ge 1 && $1 != -h && $1 != --help ]] || usage
    repo=$1
    shift
    if [[ $# -gt 0 ]]; then
        [[ $1 == -- ]] || usage
        shift
    fi
    extra=("$@")
}
