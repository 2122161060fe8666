#!/usr/bin/env bash
# Detection-quality evaluation: plant credentials and decoys in a fresh git history, scan it with dredge, score it.
#
#   bench/detection/run.sh                 # seed 20261121, 200 commits, builds dredge (release) first
#   SEED=7 bench/detection/run.sh          # another history of the same make-up
#   DREDGE=/path/to/dredge bench/detection/run.sh   # use that binary, build nothing
#   KEEP=1 bench/detection/run.sh          # keep the repository, manifest and result JSON (path printed)
#
# Always exits 0 once the scan ran: the numbers are a measurement, not a gate.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SEED="${SEED:-20261121}"
COMMITS="${COMMITS:-200}"

if [[ -n "${DREDGE:-}" ]]; then
  dredge="$DREDGE"
else
  dredge="$ROOT/.build/release/dredge"
  # incremental: quick when nothing changed, and it copies the current rule packs into the build
  if ! (cd "$ROOT" && swift build -c release --product dredge --static-swift-stdlib >/tmp/dredge-detection-build.log 2>&1); then
    if [[ -x "$dredge" ]]; then
      echo "run.sh: release build failed (see /tmp/dredge-detection-build.log); using the existing $dredge" >&2
    else
      echo "run.sh: release build failed and there is no binary; see /tmp/dredge-detection-build.log" >&2
      exit 2
    fi
  fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/dredge-detection.XXXXXX")"
if [[ -z "${KEEP:-}" ]]; then
  trap 'rm -rf "$work"' EXIT
fi

python3 "$HERE/generate.py" "$work/repo" --seed "$SEED" --commits "$COMMITS" --manifest "$work/manifest.json"
python3 "$HERE/evaluate.py" "$work/repo" "$work/manifest.json" --dredge "$dredge" --json "$work/result.json"
if [[ -n "${KEEP:-}" ]]; then
  echo "kept: $work (repo/, manifest.json, result.json)" >&2
fi
