#!/usr/bin/env bash
# Pre-push hook latency: bench/hook.sh [REPO]
#
# Clones REPO (default /tmp/dredge-bench/history-100k, made by bench/make-history.sh) into a bare remote and a work
# clone, makes 10 commits on a new branch, and times `git push` of that branch to the remote, alternately with
# dredge's pre-push hook (`dredge hook install`) and with a no-op hook, RUNS times each (default 9; the remote
# branch is deleted between runs). Prints the median of each, the difference (dredge's share of a push) and the
# ratio, and the median of `dredge hook pre-push` run on its own with the same refs on standard input.
# Then `dredge hook pre-push` on its own (CPU ms as well as wall, which load does not inflate), beside `git rev-list`
# of the same range in the same run, for three pushes: an update of a branch the remote has (`refs/heads/bench NEW
# refs/heads/bench OLD`, the 10 commits), the new branch, and the new branch again once the work clone tracks every
# ref of REPO as `refs/remotes/origin/all/*` (git/git's pull request refs make thousands), so that the walk hides
# thousands of remote-tracking refs.
# Works on generated histories and on real ones (git/git, curl): the commits append to tracked text files.
# Environment: DREDGE (default: .build/release/dredge of this checkout), RUNS.
set -euo pipefail

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[[ ${1:-} != -h && ${1:-} != --help ]] || usage
repo=${1:-/tmp/dredge-bench/history-100k}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs=${RUNS:-9}
[[ -x $dredge ]] || { echo "hook: no dredge binary at $dredge (make build, or DREDGE=...)" >&2; exit 2; }
git -C "$repo" rev-parse --git-dir > /dev/null 2>&1 || { echo "hook: $repo is not a git repository (bench/make-history.sh makes one)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export XDG_CACHE_HOME="$tmp/cache"  # an empty rule cache, so the first dredge push is a cold one
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@dredge.test GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@dredge.test

git clone -q --bare "$repo" "$tmp/remote.git"
git clone -q "$tmp/remote.git" "$tmp/work"
cd "$tmp/work"
echo "repository: $repo ($(git rev-list --count --all) commits, $(git for-each-ref refs/remotes/origin | wc -l) remote-tracking refs)"

# 10 commits on a new branch, each changing one tracked text file a little. They are dated after the newest commit of
# the history, as a real push's are: make-history.sh's dates run into the future, and a commit older than the remote's
# tips makes every date-ordered walk (git's and libgit2's) go through the history down to that date.
git checkout -q -b bench
mapfile -t files < <(git ls-files | grep -E '\.(py|js|go|md|yaml|c|h|sh|txt)$' | head -10)
newest=$(git for-each-ref --sort=-committerdate --count=1 --format='%(committerdate:unix)' refs/remotes)
for i in $(seq 1 10); do
    file=${files[$(( (i - 1) % ${#files[@]} ))]}
    printf '\n# bench change %d: a line that holds no secret\n' "$i" >> "$file"
    GIT_AUTHOR_DATE="@$((newest + i * 60)) +0000" GIT_COMMITTER_DATE="@$((newest + i * 60)) +0000" git commit -q -am "bench change $i"
done

mkdir "$tmp/noop-hooks"
printf '#!/bin/sh\ncat > /dev/null\nexit 0\n' > "$tmp/noop-hooks/pre-push"
chmod +x "$tmp/noop-hooks/pre-push"
"$dredge" hook install > /dev/null

now() { date +%s%N; }
# Pushes the branch with the hooks directory given (empty: dredge's, installed above) and prints the wall ms.
push() {
    local start end
    start=$(now)
    if [[ -n $1 ]]; then git -c core.hooksPath="$1" push -q origin bench 2> /dev/null; else git push -q origin bench; fi
    end=$(now)
    git push -q --no-verify origin --delete bench
    echo $(( (end - start) / 1000000 ))
}
# Runs `dredge hook pre-push` on its own RUNS times with $1 on standard input; prints the median wall and CPU ms.
alone() { timed "$dredge" hook pre-push origin "$tmp/remote.git" <<< "$1"; }
# Runs a command RUNS times (standard input, if any, read once and given to each run); prints the median wall and
# CPU ms.
timed() {
    local wall=() cpu=() start end input
    input=$(cat)
    for _ in $(seq 1 "$runs"); do
        start=$(now)
        /usr/bin/time -f '%U %S' -o "$tmp/cpu" "$@" <<< "$input" > /dev/null || true
        end=$(now)
        wall+=("$(( (end - start) / 1000000 ))")
        cpu+=("$(awk 'END { printf "%.0f", ($1 + $2) * 1000 }' "$tmp/cpu")")
    done
    echo "$(printf '%s\n' "${wall[@]}" | median) $(printf '%s\n' "${cpu[@]}" | median)"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

push "$tmp/noop-hooks" > /dev/null  # warm up git and the page cache
first=$(push "")                     # the first dredge run may build its rule cache
noop=() dredge_push=()
for _ in $(seq 1 "$runs"); do
    noop+=("$(push "$tmp/noop-hooks")")
    dredge_push+=("$(push "")")
done
refs="refs/heads/bench $(git rev-parse bench) refs/heads/bench 0000000000000000000000000000000000000000"
alone=()
for _ in $(seq 1 "$runs"); do
    start=$(now)
    echo "$refs" | "$dredge" hook pre-push origin "$tmp/remote.git"
    end=$(now)
    alone+=("$(( (end - start) / 1000000 ))")
done

noop_ms=$(printf '%s\n' "${noop[@]}" | median)
dredge_ms=$(printf '%s\n' "${dredge_push[@]}" | median)
alone_ms=$(printf '%s\n' "${alone[@]}" | median)
echo "git push of 10 new commits on a new branch, median of $runs runs:"
printf '  %-34s %6s ms\n' "no-op hook" "$noop_ms" "dredge hook" "$dredge_ms" "first dredge push (cold rule cache)" "$first"
awk -v n="$noop_ms" -v d="$dredge_ms" 'BEGIN { printf "  %-34s %6.0f ms (ratio %.2f)\n", "difference: dredge in a push", d - n, d / n }'
printf '  %-34s %6s ms\n' "dredge hook pre-push on its own" "$alone_ms"

# An update: the remote has the branch at the commit before the 10.
git push -q --no-verify origin "bench~10:refs/heads/bench"
update_refs="refs/heads/bench $(git rev-parse bench) refs/heads/bench $(git rev-parse bench~10)"
read -r update_wall update_cpu <<< "$(alone "$update_refs")"
read -r update_git_wall update_git_cpu <<< "$(timed git rev-list bench --not bench~10 --remotes=origin < /dev/null)"
git push -q --no-verify origin --delete bench
read -r new_git_wall new_git_cpu <<< "$(timed git rev-list bench --not --remotes=origin < /dev/null)"
read -r new_wall new_cpu <<< "$(alone "$refs")"
# The new branch with every ref of REPO tracked. The work clone is a local clone, which shares every object of REPO,
# so the refs are written as they are, without a fetch (a fetch of git/git's pull-request refs from a partial mirror
# stops at an object the mirror lacks); loose, as a fetch leaves them.
git -C "$repo" for-each-ref --format='%(objectname) %(refname)' | git cat-file --batch-check='%(objectname) %(rest)' |
    awk 'NF == 2 && $2 != "missing" { sub("^refs/", "", $2); print "create refs/remotes/origin/all/" $2 " " $1 }' | git update-ref --stdin
tracked=$(git for-each-ref refs/remotes/origin | wc -l)
read -r many_wall many_cpu <<< "$(alone "$refs")"
read -r many_git_wall many_git_cpu <<< "$(timed git rev-list bench --not --remotes=origin < /dev/null)"
echo "dredge hook pre-push on its own, median of $runs runs, beside \`git rev-list\` of the same range:"
row() { printf '  %-52s %6s ms wall %6s ms CPU   git rev-list %4s ms wall %4s ms CPU\n' "$@"; }
row "update of a branch the remote has (10 commits)" "$update_wall" "$update_cpu" "$update_git_wall" "$update_git_cpu"
row "new branch (10 commits)" "$new_wall" "$new_cpu" "$new_git_wall" "$new_git_cpu"
row "new branch, $tracked remote-tracking refs" "$many_wall" "$many_cpu" "$many_git_wall" "$many_git_cpu"
