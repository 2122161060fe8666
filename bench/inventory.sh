#!/usr/bin/env bash
# bench/inventory.sh [REPOSITORIES] [PROCESSES]
# An organisation's scan: REPOSITORIES (default 500) small generated repositories, each with a few credentials (two of
# its own, one from a pool of ten keys that several repositories share), scanned by `dredge scan --repositories` with
# PROCESSES (default 4) processes
#   1. into one PostgreSQL inventory (a throw-away server from scripts/with-test-postgres.sh, or $DREDGE_TEST_POSTGRES_URL),
#   2. into one SQLite inventory per repository (the default),
#   3. into one SQLite file shared by all (the concurrency the busy timeout and WAL serve);
# then how long `dredge inventory` takes to answer across all of them. DREDGE=path picks the binary
# (default .build/release/dredge). Prints wall times, rows written per second (exposures + occurrences) and counts.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DREDGE_TEST_POSTGRES_URL:-}" ]; then exec scripts/with-test-postgres.sh "$0" "$@"; fi
count=${1:-500}
processes=${2:-4}
dredge=$(realpath "${DREDGE:-.build/release/dredge}")
pack=$(realpath fixtures/packs/acme.yml)
rules=(--patterns "$pack" --no-builtin-rules)
work=$(mktemp -d /tmp/dredge-bench-inventory.XXXXXX)
trap 'rm -rf "$work"' EXIT

key() { printf 'acme_live_%s' "$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"; }
shared=(); for i in $(seq 0 9); do shared+=("$(key)"); done

echo "generating $count repositories in $work" >&2
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@dredge.test GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@dredge.test
for i in $(seq 1 "$count"); do
  repo="$work/repos/r$i"
  git init -q -b main "$repo"
  printf 'ACME_KEY=%s\n' "$(key)" > "$repo/app.env"
  printf 'SHARED_KEY=%s\n' "${shared[$((i % 10))]}" > "$repo/shared.env"
  git -C "$repo" add -A && git -C "$repo" commit -q -m one
  printf 'ACME_BACKUP=%s\n' "$(key)" > "$repo/backup.env"
  git -C "$repo" add -A && git -C "$repo" commit -q -m two
  echo "$repo" >> "$work/repositories.txt"
done

# Wall seconds of a command; exit 1 (findings) is success, anything else stops the benchmark with the command's errors.
seconds() {
  local start status=0
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/last.err" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then echo "failed (exit $status): $*" >&2; tail -n 20 "$work/last.err" >&2; exit 1; fi
  echo "$(date +%s.%N) - $start" | bc
}

url="${DREDGE_TEST_POSTGRES_URL%%\?*}"
database="bench_$(date +%s)"
psql "$url" -qc "CREATE DATABASE $database" >/dev/null
pg="${DREDGE_TEST_POSTGRES_URL/\/postgres\?//$database?}"
pg_scan=$(seconds "$dredge" scan --repositories "$work/repositories.txt" --processes "$processes" --jobs 1 --datastore "$pg" "${rules[@]}")
pg_rows=$(psql "${url%/*}/$database" -tAc "SELECT (SELECT count(*) FROM exposures) + (SELECT count(*) FROM occurrences)")
pg_credentials=$(psql "${url%/*}/$database" -tAc "SELECT count(*) FROM credentials")
pg_repositories=$(psql "${url%/*}/$database" -tAc "SELECT count(*) FROM repositories")
pg_inventory=$(seconds "$dredge" inventory --datastore "$pg" --format json)
pg_inventory_one=$(seconds "$dredge" inventory --datastore "$pg" --format json --repository "$work/repos/r1")

sqlite_scan=$(seconds "$dredge" scan --repositories "$work/repositories.txt" --processes "$processes" --jobs 1 "${rules[@]}")
sqlite_inventory=$(seconds bash -c 'while read -r repo; do "$0" inventory "$repo" --format json >/dev/null; done < "$1"' "$dredge" "$work/repositories.txt")

shared_file="$work/shared.sqlite"
shared_scan=$(seconds "$dredge" scan --repositories "$work/repositories.txt" --processes "$processes" --jobs 1 --datastore "$shared_file" "${rules[@]}")
shared_inventory=$(seconds "$dredge" inventory --datastore "$shared_file" --format json)
shared_rows=$("$dredge" inventory --datastore "$shared_file" --format json | python3 -c '
import json, sys
findings = json.load(sys.stdin)["findings"]
print(sum(len(f["repositories"]) for f in findings) + sum(len(f["occurrences"]) for f in findings))')

rate() { echo "scale=0; $1 / $2" | bc; }
printf '%s repositories, %s processes, binary %s, load average %s\n' "$count" "$processes" "$dredge" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'PostgreSQL:        scan %6.1f s, %s rows (%s/s), %s credentials in %s repositories; inventory of all %.2f s, of one %.2f s\n' \
  "$pg_scan" "$pg_rows" "$(rate "$pg_rows" "$pg_scan")" "$pg_credentials" "$pg_repositories" "$pg_inventory" "$pg_inventory_one"
printf 'SQLite per repo:   scan %6.1f s, %s rows (%s/s); inventory of all (%s processes, one per file) %.2f s\n' \
  "$sqlite_scan" "$pg_rows" "$(rate "$pg_rows" "$sqlite_scan")" "$count" "$sqlite_inventory"
printf 'SQLite one file:   scan %6.1f s, %s rows (%s/s); inventory of all %.2f s\n' \
  "$shared_scan" "$shared_rows" "$(rate "$shared_rows" "$shared_scan")" "$shared_inventory"
