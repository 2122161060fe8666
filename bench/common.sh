# Sourced by the bench scripts: the dredge binary they time, and the `REPO [-- extra dredge args]` arguments.
# DREDGE overrides the binary (default: .build/release/dredge of this checkout).

here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
dredge=${DREDGE:-$(cd "$here/.." && pwd)/.build/release/dredge}
# What users run is `make build`'s binary, the Swift runtime linked in: a plain `swift build` links it dynamically,
# which costs a pre-push hook about 8 ms of symbol lookups and relocations. Timings of that build are not ours.
if [[ -x $dredge ]] && command -v ldd > /dev/null && ldd "$dredge" 2> /dev/null | grep -q libswiftCore; then
    echo "warning: $dredge links the Swift runtime dynamically; \`make build\` (--static-swift-stdlib) makes the binary users run" >&2
fi

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
