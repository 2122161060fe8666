#!/usr/bin/env bash
# Whole files committed by mistake, counted line by line: commits bench/detection/whole-files/ (dotfiles, client and
# tool configs, histories, CMS configs, dumps, key files) into a fresh git repository, scans it with dredge (and with
# --peers, Kingfisher, Betterleaks and CredSweeper), and scores each tool's findings against whole-files/risk-lines.tsv:
# a risk line is found when the tool reports a finding on that path at that line (or inside that block).
#
#   bench/detection/whole_files.sh [--set DIR] [--out DIR] [--dredge BIN] [--peers] [--reuse-peers] [--show N]
#
#   --set DIR       the files to commit, with their risk-lines.tsv (default whole-files; whole-files-2 to -9 are
#                   later samples, blind16d's, blind17d's, blind18d's, blind19d's, blind20d's, blind21d's,
#                   blind22d's and blind23d's, each of kinds the earlier ones lack)
#   --out DIR       where the repository and the reports go (default /tmp/dredge-whole-files); mode 0700
#   --dredge BIN    the dredge binary (default .build/debug/dredge)
#   --peers         also run the three peers from /work/peers/bin (or $PEERS)
#   --reuse-peers   keep peer reports already in --out (the repository's content is fixed, so are their reports)
#   --show N        print up to N missed lines and N extra findings per tool (default 60)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
out=/tmp/dredge-whole-files
dredge="$ROOT/.build/debug/dredge"
peers_dir="${PEERS:-/work/peers/bin}"
peers=0
reuse=0
show=60
files_dir="$HERE/whole-files"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --set) files_dir="$(cd "$2" && pwd)"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --dredge) dredge="$2"; shift 2 ;;
    --peers) peers=1; shift ;;
    --reuse-peers) peers=1; reuse=1; shift ;;
    --show) show="$2"; shift 2 ;;
    *) echo "whole_files.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$out" && chmod 700 "$out"
repo="$out/whole-files"

# The repository: one commit of every file (not the TSV), pinned author and date so reruns give the same ids.
rm -rf "$repo"
mkdir -p "$repo"
(cd "$files_dir" && tar cf - --exclude=risk-lines.tsv .) | (cd "$repo" && tar xf -)
export GIT_AUTHOR_NAME="Jane Doe" GIT_AUTHOR_EMAIL="jane.doe@acme-corp.net" GIT_AUTHOR_DATE="2026-12-01T10:00:00Z"
export GIT_COMMITTER_NAME="Jane Doe" GIT_COMMITTER_EMAIL="jane.doe@acme-corp.net" GIT_COMMITTER_DATE="2026-12-01T10:00:00Z"
git -C "$repo" init -q -b main
git -C "$repo" add -A -f
git -C "$repo" commit -q -m "backup of my home directory and the site"

# The inventory outside the repository: one in its .git would be part of what the peers scan after.
"$dredge" scan "$repo" --format json --show-secrets -q -o "$out/dredge.json" --datastore "$out/dredge.sqlite" || [[ $? -eq 1 ]]
if [[ $peers -eq 1 ]]; then
  if [[ $reuse -eq 0 || ! -s "$out/kingfisher.json" ]]; then
    "$peers_dir/kingfisher" scan "$repo" --git-history full -f json -o "$out/kingfisher.json" --no-validate \
      >"$out/kingfisher.log" 2>&1 || [[ -s "$out/kingfisher.json" ]]
  fi
  if [[ $reuse -eq 0 || ! -s "$out/betterleaks.json" ]]; then
    "$peers_dir/betterleaks" git "$repo" -o "$out/betterleaks.json" --no-banner >"$out/betterleaks.log" 2>&1 ||
      [[ -s "$out/betterleaks.json" ]]
  fi
  if [[ $reuse -eq 0 || ! -s "$out/credsweeper.json" ]]; then
    "$peers_dir/credsweeper" --path "$repo" --save-json "$out/credsweeper.json" --no-stdout --jobs 2 \
      >"$out/credsweeper.log" 2>&1 || [[ -s "$out/credsweeper.json" ]]
  fi
fi
python3 "$HERE/whole_files.py" "$out" "$files_dir/risk-lines.tsv" --show "$show"
