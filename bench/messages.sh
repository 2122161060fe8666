#!/usr/bin/env bash
# What commit and tag messages cost a full-history scan: bench/messages.sh REPO [-- extra dredge args]
#
# Runs `dredge scan REPO --format json` once and reads, from its `scan` object, the share of the work the messages
# took: their bytes beside the blobs' (message_bytes / bytes_scanned) and the CPU time the workers spent reading and
# matching them beside the whole process's (message_cpu_seconds / cpu_seconds). CPU time, not wall time: on a shared
# machine wall time says more about the neighbours than about dredge. With COMPARE=1 it also runs the same scan with
# --no-messages and prints both processes' CPU time (user + system, /usr/bin/time), a check on the first measure.
# Environment: DREDGE (default: .build/release/dredge of this checkout), COMPARE (default 0).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
usage() { usage_from_header 9; }
read_repo_and_extra "$@"
report=$(mktemp)
trap 'rm -f "$report"' EXIT

# One scan, its report in $report and its times in $report.time; a scan that finds something exits 1, only 2 fails.
scan() {
    local status=0
    /usr/bin/time -f '%U %S %e %M' -o "$report.time" "$dredge" scan "$repo" --format json -q --datastore "$report.sqlite" "$@" \
        "${extra[@]}" > "$report" || status=$?
    rm -f "$report.sqlite"
    [[ $status -le 1 ]]
}

scan
python3 - "$report" "$report.time" <<'PY'
import json, sys
scan = json.load(open(sys.argv[1]))["scan"]
user, system, wall, rss = open(sys.argv[2]).read().split()[-4:]
cpu = float(user) + float(system)
print(f"commits {scan['commits']}, messages {scan['messages_scanned']}, blobs scanned {scan['blobs_scanned']}")
print(f"bytes:  messages {scan['message_bytes']:,} of {scan['message_bytes'] + scan['bytes_scanned']:,} "
      f"({100 * scan['message_bytes'] / (scan['message_bytes'] + scan['bytes_scanned']):.2f} %)")
print(f"CPU:    messages {scan['message_cpu_seconds']:.2f} s of {scan['cpu_seconds']:.2f} s in the scan "
      f"({100 * scan['message_cpu_seconds'] / scan['cpu_seconds']:.2f} %); process {cpu:.2f} s CPU, {float(wall):.1f} s wall, {int(rss) // 1024} MB peak")
PY
rm -f "$report.time"
if [[ ${COMPARE:-0} == 1 ]]; then
    for flag in "" --no-messages; do
        scan $flag
        read -r user system _ < <(tail -n 1 "$report.time")
        echo "CPU ${flag:-with messages}: $(python3 -c "print(f'{$user + $system:.2f} s')")"
    done
    rm -f "$report.time"
fi
