#!/usr/bin/env bash
# Generate a realistic git history for benchmarking: bench/make-history.sh OUT_DIR [COMMITS] [TARGET_BYTES]
#
# A bare repository at OUT_DIR (must not exist or be empty), built by `git fast-import` from bench/gen_history.py
# (Python 3 standard library, deterministic seed), then repacked with deltas. Defaults: 100000 commits and about
# 4 GB of blob content (the sum of the sizes of all blob versions). OUT_DIR/planted-secrets.tsv lists the
# synthetic secrets that were planted (commit that introduced each, and the one that removed it, if any).
# Environment: SEED (default 20261121), REPACK_WINDOW (10), REPACK_DEPTH (50).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 3 || $1 == -h || $1 == --help ]]; then
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
out=$1
commits=${2:-100000}
target=${3:-4000000000}
seed=${SEED:-20261121}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [[ -e $out && -n $(ls -A "$out" 2>/dev/null) ]]; then
    echo "make-history: $out exists and is not empty" >&2
    exit 2
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

t0=$(now)
export GIT_CONFIG_NOSYSTEM=1
git init -q --bare -b main "$out"
git -C "$out" config core.logAllRefUpdates false
git -C "$out" config gc.auto 0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$here/gen_history.py" --commits "$commits" --target-bytes "$target" --seed "$seed" \
        --secrets "$out/planted-secrets.tsv" --deleted-refs "$tmp/deleted-refs" |
    git -C "$out" -c pack.compression=1 fast-import --quiet --depth=0 --active-branches=16 --export-marks="$tmp/marks"
t_import=$(elapsed "$t0")

python3 "$here/gen_history.py" --secrets "$out/planted-secrets.tsv" --resolve-marks "$tmp/marks"
# merged feature branches and the oldest abandoned ones go, as in a real repository
git -C "$out" update-ref --stdin < "$tmp/deleted-refs"
git -C "$out" symbolic-ref HEAD refs/heads/main

t1=$(now)
git -C "$out" repack -adF -q --depth="${REPACK_DEPTH:-50}" --window="${REPACK_WINDOW:-10}"
git -C "$out" pack-refs --all
git -C "$out" prune-packed
t_repack=$(elapsed "$t1")

read -r blobs blob_bytes < <(git -C "$out" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' |
    awk '$1 == "blob" { n++; s += $2 } END { printf "%d %.0f\n", n, s }')
ncommits=$(git -C "$out" rev-list --all --count)
pack_bytes=$(du -cb "$out"/objects/pack/*.pack | tail -1 | cut -f1)
nbranches=$(git -C "$out" for-each-ref refs/heads | wc -l)
ntags=$(git -C "$out" for-each-ref refs/tags | wc -l)
nsecrets=$(($(wc -l < "$out/planted-secrets.tsv") - 1))
nremoved=$(awk -F'\t' 'NR > 1 && $5 != "-"' "$out/planted-secrets.tsv" | wc -l)

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
echo "repository   $out"
echo "commits      $ncommits"
echo "blobs        $blobs"
echo "blob bytes   $blob_bytes ($(mb "$blob_bytes"))"
echo "pack size    $pack_bytes ($(mb "$pack_bytes"))"
echo "refs         $nbranches branches, $ntags tags"
echo "secrets      $nsecrets planted, $nremoved removed later (planted-secrets.tsv)"
echo "time         $(elapsed "$t0") s (generate + fast-import $t_import s, repack $t_repack s)"
