#!/usr/bin/env bash
# Recall on real applications that hold credentials on purpose (deliberately vulnerable / training applications):
# export each labelled repository's commit (risk-lines*.tsv) into a fresh one-commit repository, scan those with dredge
# and the three peers (bench/precision/run.sh), and count the labelled risk lines each tool finds (recall.py).
#
#   bench/recall/run.sh --out /tmp/recall --dredge /tmp/s31/bin/dredge
#
# Options:
#   --out DIR        where the exported repositories and reports go (default /tmp/dredge-recall); never inside this repository
#   --corpus DIR     where the bare clones are, as NAME.git; repeatable (default /work/corpus-vuln and /work/corpus-vuln-b)
#   --dredge BIN     the dredge binary (passed to bench/precision/run.sh)
#   --tools LIST     subset of dredge,kingfisher,betterleaks,credsweeper (default: all four)
#   --reuse-peers    keep peer reports already in --out
#   --report-only    scan nothing, count the reports already in --out
#   --labels FILE    a labels file to export, scan and count; repeatable (default every risk-lines*.tsv here)
# Each repository's tree at its labelled commit is written (export.py: the snapshots' missing blobs are named and left out)
# into OUT/repos/OWNER/NAME and committed once with pinned names and dates, so that all four tools read the same bytes
# and the labels' line numbers hold.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
out=/tmp/dredge-recall
corpora=()
labels=()
pass=()
report_only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --corpus) corpora+=("$2"); shift 2 ;;
    --labels) labels+=("$2"); shift 2 ;;
    --dredge|--tools|--patterns|--peers) pass+=("$1" "$2"); shift 2 ;;
    --reuse-peers) pass+=("$1"); shift ;;
    --report-only) pass+=("$1"); report_only=1; shift ;;
    *) echo "run.sh: unknown argument $1" >&2; sed -n 2,17p "$0" >&2; exit 2 ;;
  esac
done
case "$out" in "$ROOT"|"$ROOT"/*) echo "run.sh: --out must be outside the repository" >&2; exit 2 ;; esac
mkdir -p "$out" && chmod 700 "$out" && out="$(cd "$out" && pwd)"
[[ ${#corpora[@]} -gt 0 ]] || corpora=(/work/corpus-vuln /work/corpus-vuln-b)
[[ ${#labels[@]} -gt 0 ]] || labels=("$HERE"/risk-lines*.tsv)

# repository and commit, once each, from every labels file
mapfile -t targets < <(cat "${labels[@]}" | awk -F'\t' 'NR > 0 && $1 != "repository" && $1 != "" { print $1 "\t" $2 }' | sort -u)
repos=()
for target in "${targets[@]}"; do
  repo="${target%%$'\t'*}"; commit="${target#*$'\t'}"
  dest="$out/repos/$repo"
  repos+=("$dest")
  [[ -n "$report_only" ]] && continue
  src=""
  for corpus in "${corpora[@]}"; do [[ -d "$corpus/${repo#*/}.git" ]] && src="$corpus/${repo#*/}.git" && break; done
  [[ -n "$src" ]] || { echo "run.sh: no bare clone ${repo#*/}.git for $repo in ${corpora[*]}" >&2; exit 2; }
  if [[ "$(git -C "$dest" rev-parse -q --verify 'HEAD^{tree}' 2>/dev/null)" != "$(git --git-dir="$src" rev-parse "$commit^{tree}" 2>/dev/null)" ]]; then
    rm -rf "$dest" && mkdir -p "$dest"
    python3 "$HERE/export.py" "$src" "$commit" "$dest"
    git -C "$dest" init -q -b main
    git -C "$dest" add -A -f
    GIT_AUTHOR_NAME=recall GIT_AUTHOR_EMAIL=recall@bench.test GIT_COMMITTER_NAME=recall GIT_COMMITTER_EMAIL=recall@bench.test \
      GIT_AUTHOR_DATE=2026-01-01T00:00:00Z GIT_COMMITTER_DATE=2026-01-01T00:00:00Z \
      git -C "$dest" commit -q --no-verify -m "$repo at $commit"
  fi
done

"$ROOT/bench/precision/run.sh" --out "$out/scan" "${pass[@]}" "${repos[@]}" >"$out/precision.txt" || true
python3 "$HERE/recall.py" "$out/scan" "${labels[@]}"
