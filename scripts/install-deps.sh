#!/usr/bin/env bash
# Installs what building and testing dredge needs on Debian/Ubuntu. Idempotent: does nothing when all is present.
set -euo pipefail
# python3-jsonschema and cmark-gfm: the tests check SARIF against its schema and render Markdown reports;
# git-filter-repo: `dredge purge rehearse` and its tests run the real one; pre-commit: the tests run the framework's
# hooks from .pre-commit-hooks.yaml with the real one; postgresql: the shared-inventory tests run a real server
# (scripts/with-test-postgres.sh starts one per run).
packages=(libgit2-dev libpcre2-dev zlib1g-dev libdeflate-dev pkg-config libsqlite3-dev git git-filter-repo python3-jsonschema cmark-gfm pre-commit postgresql)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "install-deps: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v swift >/dev/null || { echo "install-deps: swift is not on PATH (dredge needs Swift 6)" >&2; exit 1; }
