#!/usr/bin/env bash
# Full-history scan benchmark: bench/history.sh REPO [-- extra dredge args]
#
# Measures, side by side, wall time, CPU time and peak RSS of
#   the decompression floor   git -C REPO cat-file --batch-all-objects --batch > /dev/null
#   dredge                    dredge scan REPO --format json -q [--jobs 1 | --jobs 2 | default] > /dev/null
# and prints dredge's wall time over the floor's, the --jobs 1 / --jobs 2 speed-up and the throughput in MB/s of
# blob content (total blob bytes / wall time).
# Environment: DREDGE (default: .build/release/dredge of this checkout), RUNS (default 1: each command runs RUNS
# times and the fastest run is shown), REPORT (a file for the JSON report of the last dredge run; default none).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
usage() { usage_from_header 10; }
read_repo_and_extra "$@"
runs=${RUNS:-1}
timer=/usr/bin/time
if [[ ! -x $timer ]]; then
    echo "history: $timer is missing: apt-get install -y time" >&2
    exit 2
fi
[[ -x $dredge ]] || { echo "history: no dredge binary at $dredge (make build, or DREDGE=...)" >&2; exit 2; }
git -C "$repo" rev-parse --git-dir > /dev/null || { echo "history: $repo is not a git repository" >&2; exit 2; }
repo=$(cd "$repo" && pwd)
gitdir=$(git -C "$repo" rev-parse --absolute-git-dir)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Repository size; this also brings the packs into the page cache, so that every run below starts warm.
cat "$gitdir"/objects/pack/*.pack > /dev/null 2>&1 || true
read -r blobs blob_bytes < <(git -C "$repo" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' |
    awk '$1 == "blob" { n++; s += $2 } END { printf "%d %.0f\n", n, s }')
commits=$(git -C "$repo" rev-list --all --count)
pack_bytes=$( (du -cb "$gitdir"/objects/pack/*.pack 2>/dev/null || echo 0) | tail -1 | cut -f1)

# measure NAME OK_CODES CMD...: runs CMD (stdout to /dev/null) RUNS times; keeps the fastest "wall user sys rss".
declare -A result
measure() {
    local name=$1 ok=$2
    shift 2
    local best="" i status
    for ((i = 0; i < runs; i++)); do
        set +e
        "$timer" -f '%e %U %S %M' -o "$tmp/time" "$@" > /dev/null 2> "$tmp/stderr"
        status=$?
        set -e
        if [[ " $ok " != *" $status "* ]]; then
            echo "history: '$*' failed with status $status" >&2
            grep -v '^Command exited' "$tmp/stderr" | tail -5 >&2
            exit 1
        fi
        local line
        line=$(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$tmp/time" | tail -1)
        if [[ -z $best ]] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
            best=$line
        fi
    done
    result[$name]=$best
}

load=$(cut -d' ' -f1 /proc/loadavg)
measure floor "0" git -C "$repo" cat-file --batch-all-objects --batch
measure floor-unordered "0" git -C "$repo" cat-file --batch-all-objects --batch --unordered
scan=("$dredge" scan "$repo" --format json -q "${extra[@]}")
measure jobs1 "0 1" "${scan[@]}" --jobs 1
measure jobs2 "0 1" "${scan[@]}" --jobs 2
if [[ -n ${REPORT:-} ]]; then
    measure default "0 1" sh -c '"$@" > "$REPORT"' sh "${scan[@]}"
else
    measure default "0 1" "${scan[@]}"
fi

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
version=$("$dredge" --version 2>/dev/null || "$dredge" scan --version 2>/dev/null || echo "?")
printf 'repository  %s\n' "$repo"
printf '            %s commits, %s blobs, %s of blob content, pack %s\n' "$commits" "$blobs" "$(mb "$blob_bytes")" "$(mb "$pack_bytes")"
printf 'dredge      %s (%s)%s\n' "$dredge" "$version" "${extra[*]:+, extra args: ${extra[*]}}"
printf 'machine     %s cores, %s GiB, load average %s before the runs; best of %s run(s) each\n\n' \
    "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)" "$load" "$runs"

floor_wall=${result[floor]%% *}
{
    printf '%s|%s|%s|%s|%s|%s|%s|%s\n' run "wall s" "user s" "sys s" "CPU s" "peak RSS MB" "MB/s" "x floor"
    for key in floor floor-unordered jobs1 jobs2 default; do
        case $key in
            floor) label="floor: git cat-file --batch" ;;
            floor-unordered) label="  same, --unordered" ;;
            jobs1) label="dredge --jobs 1" ;;
            jobs2) label="dredge --jobs 2" ;;
            default) label="dredge (default jobs)" ;;
        esac
        read -r wall user sys rss <<< "${result[$key]}"
        awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$blob_bytes" -v f="$floor_wall" 'BEGIN {
            printf "%s|%.2f|%.2f|%.2f|%.2f|%.0f|%.1f|%.2f\n", l, w, u, s, u + s, r / 1024, (w > 0 ? b / 1e6 / w : 0), (f > 0 ? w / f : 0) }'
    done
} | awk -F'|' '{ for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > width[i]) width[i] = length($i) } } NF > cols { cols = NF }
    END { for (r = 1; r <= NR; r++) { line = sprintf("%-" width[1] "s", cell[r, 1])
              for (i = 2; i <= cols; i++) line = line sprintf("  %" width[i] "s", cell[r, i])
              print line } }'
read -r w1 _ <<< "${result[jobs1]}"
read -r w2 _ <<< "${result[jobs2]}"
awk -v a="$w1" -v b="$w2" 'BEGIN { printf "\ndredge --jobs 1 / --jobs 2 wall: %.2fx speed-up\n", (b > 0 ? a / b : 0) }'
