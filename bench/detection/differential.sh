#!/usr/bin/env bash
# Differential benchmark: what the peers (Kingfisher, Betterleaks, CredSweeper) report that dredge does not, and the
# reverse, on the precision corpus and on a planted corpus built by planted.py from providers' documented formats.
#
#   bench/detection/differential.sh [--out DIR] [--dredge BIN] [--reuse] [REPO...]
#
# With no REPO, only the planted corpus is scanned. Reports of repositories already scanned by
# bench/precision/run.sh --out DIR are reused (same layout: DIR/reports/<owner>/<name>/<tool>.json), so
#   bench/precision/run.sh --out /tmp/dredge-precision /work/corpus/git.git ...
#   bench/detection/differential.sh --out /tmp/dredge-precision --reuse /work/corpus/git.git ...
# compares the same scans. Peers are black boxes: only their reports are read.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
out=/tmp/dredge-differential
dredge=""
reuse=()
repos=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --dredge) dredge="$2"; shift 2 ;;
    --reuse) reuse=(--reuse-peers); shift ;;
    -*) echo "differential.sh: unknown option $1" >&2; exit 2 ;;
    *) repos+=("$1"); shift ;;
  esac
done
case "$out" in "$ROOT"|"$ROOT"/*) echo "differential.sh: --out must be outside the repository" >&2; exit 2 ;; esac
mkdir -p "$out" && chmod 700 "$out"

planted="$out/planted/corpus"
if [[ ! -d "$planted/.git" ]]; then
  rm -rf "$out/planted" && mkdir -p "$out/planted"
  python3 "$HERE/planted.py" "$planted" --manifest "$out/planted/manifest.json"
fi

args=(--out "$out")
[[ -n "$dredge" ]] && args+=(--dredge "$dredge")
# run.sh rescans with dredge each time; the peers' reports are kept with --reuse
if [[ ${#repos[@]} -gt 0 ]]; then
  "$ROOT/bench/precision/run.sh" "${args[@]}" "${reuse[@]}" "$planted" "${repos[@]}" >/dev/null
else
  "$ROOT/bench/precision/run.sh" "${args[@]}" "${reuse[@]}" "$planted" >/dev/null
fi
python3 "$HERE/differential.py" "$out" --manifest "$out/planted/manifest.json"
