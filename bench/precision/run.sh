#!/usr/bin/env bash
# Precision on real code: scan real repositories (full history) with dredge and the three peers in one run, count
# findings per repository and confidence for all four, and score dredge's high- and medium-confidence findings
# against the reviewed labels in labels.tsv.
#
#   bench/precision/run.sh /work/corpus/git.git /work/corpus/curl.git @swift-packages /opt/swift-packages/*/*.git
#
# Arguments are git repositories (bare or not). `@NAME` starts a group: the repositories after it are counted together
# under NAME in the table (each repository still has its own directory of reports). Options:
#   --out DIR          where reports go (default /tmp/dredge-precision); never inside this repository
#   --dredge BIN       the dredge binary (default .build/release/dredge, built if missing)
#   --patterns DIR     extra rule packs for dredge (a rule with the same id replaces the built-in one)
#   --tools LIST       comma-separated subset of dredge,kingfisher,betterleaks,credsweeper (default: all four)
#   --reuse-peers      keep peer reports already in --out (the peers' rules do not change between dredge's runs)
#   --peers DIR        where kingfisher, betterleaks and credsweeper are (default /work/peers/bin)
#   --report-only      scan nothing: count and score the reports already in --out for these repositories (to join
#                      runs made side by side into one table)
#
# Peers: kingfisher and betterleaks scan the full history like dredge; credsweeper has no history mode that scales,
# so it scans a HEAD checkout of each repository (`git archive HEAD`): its counts are for the tip only.
# Reports hold secrets in full (dredge runs with --show-secrets so the labels can be reviewed): --out is mode 0700.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
out=/tmp/dredge-precision
dredge=""
patterns=()
tools="dredge,kingfisher,betterleaks,credsweeper"
reuse=""
peers=/work/peers/bin
repos=()
group=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --dredge) dredge="$2"; shift 2 ;;
    --patterns) patterns+=(--patterns "$2"); shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    --reuse-peers) reuse=1; shift ;;
    --report-only) tools=""; dredge=none; shift ;;
    --peers) peers="$2"; shift 2 ;;
    @*) group="${1#@}"; shift ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) repos+=("${group:+$group=}$1"); shift ;;
  esac
done
[[ ${#repos[@]} -gt 0 ]] || { sed -n 2,20p "$0" >&2; exit 2; }
case "$out" in "$ROOT"|"$ROOT"/*) echo "run.sh: --out must be outside the repository" >&2; exit 2 ;; esac

# Only a run that scans with dredge builds it (the peers' runs need none).
if [[ -z "$dredge" && ",$tools," == *",dredge,"* ]]; then
  dredge="$ROOT/.build/release/dredge"
  (cd "$ROOT" && swift build -c release --product dredge --static-swift-stdlib >"$out.build.log" 2>&1) ||
    { [[ -x "$dredge" ]] || { echo "run.sh: build failed, see $out.build.log" >&2; exit 2; }; }
fi

mkdir -p "$out" && chmod 700 "$out" && out="$(cd "$out" && pwd)"
wants() { [[ ",$tools," == *",$1,"* ]]; }
fresh() { [[ -z "$reuse" || ! -s "$1" ]]; }
label_of() { local p="${1%/}"; p="${p%.git}"; echo "$(basename "$(dirname "$p")")/$(basename "$p")"; }

manifest="$out/repositories.tsv"
: >"$manifest"
checkouts="$out/checkouts.$$"  # per run: runs side by side must not share it
for entry in "${repos[@]}"; do
  name="${entry%%=*}"; repo="${entry#*=}"
  [[ "$entry" == *=* ]] || name=""
  label="$(label_of "$repo")"
  dir="$out/reports/$label"
  mkdir -p "$dir"
  printf '%s\t%s\t%s\n' "${name:-$label}" "$label" "$repo" >>"$manifest"
  echo "== $label" >&2
  if wants dredge; then
    rm -f "$dir/inventory.sqlite"
    "$dredge" scan "$repo" "${patterns[@]}" --format json --show-secrets -q --datastore "$dir/inventory.sqlite" \
      -o "$dir/dredge.json" || [[ $? -eq 1 ]]
  fi
  if wants kingfisher && fresh "$dir/kingfisher.json"; then
    "$peers/kingfisher" scan "$repo" --git-history full -f json -o "$dir/kingfisher.json" --no-validate \
      >"$dir/kingfisher.log" 2>&1 || [[ $? -ne 2 || -s "$dir/kingfisher.json" ]]
  fi
  if wants betterleaks && fresh "$dir/betterleaks.json"; then
    "$peers/betterleaks" git "$repo" -o "$dir/betterleaks.json" --no-banner >"$dir/betterleaks.log" 2>&1 ||
      [[ -s "$dir/betterleaks.json" ]]
  fi
  if wants credsweeper && fresh "$dir/credsweeper.json"; then
    # one credsweeper run over all checkouts after the loop: it spends ~25 s loading its model each time
    mkdir -p "$checkouts/$label"
    git --git-dir="$(git -C "$repo" rev-parse --absolute-git-dir 2>/dev/null || echo "$repo")" archive HEAD 2>/dev/null |
      tar -x -C "$checkouts/$label" || true
  fi
done

if [[ -d "$checkouts" ]]; then
  # In batches of 40 checkouts, each report bounded to 2 GiB (over 41 checkouts one run once wrote 63 GB, and over the
  # 162 of the precision corpus one passed 2 GiB), lines cut to 128 characters (`--subtext`: values are kept). A batch
  # cut off at the bound leaves its repositories unmeasured rather than counted as clean.
  mapfile -t labels < <(cd "$checkouts" && find . -mindepth 2 -maxdepth 2 -type d | sed 's#^\./##' | sort)
  reports=()
  for ((start = 0; start < ${#labels[@]}; start += 40)); do
    batch=("${labels[@]:start:40}")
    report="$out/credsweeper-$start.$$.json"
    echo "== credsweeper on HEAD checkouts $((start + 1))-$((start + ${#batch[@]})) of ${#labels[@]}" >&2
    (ulimit -f $((2 * 1024 * 1024)) && "$peers/credsweeper" --path "${batch[@]/#/$checkouts/}" \
      --save-json "$report" --subtext --no-stdout --jobs 2 >"$out/credsweeper-$start.$$.log" 2>&1) || [[ -s "$report" ]]
    if [[ $(stat -c %s "$report" 2>/dev/null || echo 0) -ge $((2 * 1024 * 1024 * 1024)) ]]; then
      echo "run.sh: credsweeper's report on ${batch[*]} reached 2 GiB and was cut off: they are left out" >&2
      rm -f "$report"; (cd "$checkouts" && rm -rf "${batch[@]}")
    else
      reports+=("$report")
    fi
  done
  [[ ${#reports[@]} -eq 0 ]] ||
    python3 "$HERE/precision.py" "$out" --split-credsweeper "${reports[@]}" --checkouts "$checkouts"
  rm -rf "$checkouts" "${reports[@]}"
fi

python3 "$HERE/precision.py" "$out" --labels "$HERE/labels.tsv"
