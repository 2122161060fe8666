#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server for the tests: a cluster in a temporary directory, listening on
# a free loopback port, with password authentication; its URL is exported as DREDGE_TEST_POSTGRES_URL and the
# server is stopped and removed when the command ends. initdb refuses to run as root, so as root the cluster belongs
# to the `postgres` system user (Debian's postgresql package creates it).
# An existing DREDGE_TEST_POSTGRES_URL is used as it is.
set -euo pipefail
if [ -n "${DREDGE_TEST_POSTGRES_URL:-}" ]; then exec "$@"; fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-test-postgres: no PostgreSQL server (apt-get install postgresql); the PostgreSQL tests will say so" >&2
  exec "$@"
fi

dir=$(mktemp -d /tmp/dredge-postgres.XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
printf '%s\n' "$password" > "$dir/password"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir/password"
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U dredge --auth=scram-sha-256 --pwfile="$dir/password" >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
export DREDGE_TEST_POSTGRES_URL="postgresql://dredge:$password@127.0.0.1:$port/postgres?sslmode=disable"
echo "with-test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
status=0
"$@" || status=$?
exit $status
