#!/usr/bin/env bash
# What the unwrap stage (archives, decoded values) costs a full-history scan: bench/unwrap.sh REPO
#
# Scans REPO twice with the same binary, with the stage and without it (--no-unwrap), and prints for each the
# process's CPU time (user + system: the machine may be busy, CPU time is what the scan itself spent), then the
# stage's own figures from the JSON report (scan.unwrapped): its CPU time over all workers, the bytes it decoded
# and matched, and their shares of the scan's CPU time and bytes; then the messages' CPU time and the two together.
# Environment: DREDGE (default: .build/release/dredge of this checkout).
set -euo pipefail
[[ $# -eq 1 && $1 != -h && $1 != --help ]] || { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
repo=$1
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[[ -x $dredge ]] || { echo "unwrap: no dredge binary at $dredge (make build, or DREDGE=...)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "unwrap: /usr/bin/time is missing: apt-get install -y time" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() {  # run NAME [args]: the report in $tmp/NAME.json, CPU seconds in $tmp/NAME.cpu
    local name=$1
    shift
    /usr/bin/time -f '%U %S' -o "$tmp/$name.time" "$dredge" scan "$repo" --format json --quiet \
        --datastore "$tmp/$name.sqlite" "$@" > "$tmp/$name.json" || [[ $? -eq 1 ]]
    awk '{ printf "%.2f\n", $1 + $2 }' "$tmp/$name.time" > "$tmp/$name.cpu"
}
run with
run without --no-unwrap
python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
cpu = {name: float(open(f"{tmp}/{name}.cpu").read()) for name in ("with", "without")}
scan = json.load(open(f"{tmp}/with.json"))["scan"]
u = scan["unwrapped"]
print(f"CPU time: {cpu['with']:.1f} s with the stage, {cpu['without']:.1f} s without ({100 * (cpu['with'] / cpu['without'] - 1):+.1f} %)")
print(f"stage CPU (scan.unwrapped.cpu_seconds): {u['cpu_seconds']:.2f} s = {100 * u['cpu_seconds'] / cpu['with']:.2f} % of the scan's CPU time")
m = scan.get("message_cpu_seconds", 0.0)
print(f"messages CPU (scan.message_cpu_seconds): {m:.2f} s = {100 * m / cpu['with']:.2f} %; "
      f"messages and the stage together: {100 * (m + u['cpu_seconds']) / cpu['with']:.2f} % (issue 17's target: 5 %)")
print(f"decoded {u['decoded_values']} values ({u['decoded_bytes']} bytes); opened {u['archives']} archives, {u['members']} members "
      f"({u['over_limit']} over the limit, {u['damaged']} damaged)")
print(f"bytes the stage gave the rules: {u['bytes_matched']} = {100 * u['bytes_matched'] / max(1, scan['bytes_scanned']):.3f} % of the {scan['bytes_scanned']} bytes scanned")
PY
