/// `purge.sh`: the plan as a bash script around the real `git filter-repo`. It rewrites a fresh mirror clone and
/// pushes nothing unless `PUSH=yes` says so, because a force-push rewrites the remote for everyone.
/// The script holds paths, never secrets: those are in `replacements.txt`, beside it.
public enum PurgeScript {
    public static let fileName = "purge.sh"

    public static func render(_ plan: PurgePlan) -> String {
        var lines = [
            "#!/usr/bin/env bash",
            "# Written by `dredge purge plan` (dredge \(DredgeVersion.current)). Read PLAN.md first: rotate every credential",
            "# before rewriting anything; the rewrite only stops the history from leaking them again.",
            "#",
            "#   bash purge.sh              clone a fresh mirror into MIRROR and rewrite it; nothing is pushed",
            "#   PUSH=yes bash purge.sh     force-push the rewritten mirror to SOURCE (rewrites the remote for everyone)",
        ]
        if !plan.localReferences.isEmpty {
            lines.append("#   LOCAL=yes bash purge.sh    rewrite the branches only this clone has (nothing to push): see the local step")
        }
        lines += [
            "set -euo pipefail",
            "",
            "# The repository to rewrite: the mirror is cloned from it and pushed back to it.",
            "SOURCE=\(quoted(plan.source))",
            "HERE=$(cd \"$(dirname \"$0\")\" && pwd)",
            "# Where the mirror clone goes (default: beside this script).",
            "MIRROR=${MIRROR:-$HERE/mirror.git}",
            "",
            "if ! git filter-repo --version >/dev/null 2>&1; then",
            "  echo \"purge.sh: git filter-repo is not installed: apt-get install git-filter-repo, or pip install git-filter-repo\" >&2",
            "  exit 2",
            "fi",
            "",
        ]
        lines += localStep(plan)
        lines += [
            "if [ -e \"$MIRROR/filter-repo/already_ran\" ]; then",
            "  echo \"purge.sh: $MIRROR is rewritten already; not rewriting it again\" >&2",
            "elif [ -e \"$MIRROR\" ]; then",
            "  echo \"purge.sh: $MIRROR exists and is not a rewritten mirror; remove it or set MIRROR\" >&2",
            "  exit 1",
            "else",
            "  # 1. A fresh mirror clone: every branch and tag, no reflogs, no unreachable objects, no local changes.",
            "  #    --no-local makes a local path behave like a server: objects are copied, never hard-linked.",
            "  git clone --mirror --no-local -- \"$SOURCE\" \"$MIRROR\"",
            "  cd \"$MIRROR\"",
        ]
        lines += rewrite(plan).map { $0.isEmpty ? "" : "  " + $0 }
        lines += [
            "fi",
            "cd \"$MIRROR\"",
            "",
            "# 3. Verify before pushing: `dredge scan \"$MIRROR\"` must find none of the purged findings",
            "#    (`dredge purge rehearse` runs this whole script on a throw-away mirror and rescans it).",
            "",
            "# 4. Push: rewrites every branch and tag on SOURCE. Only after every credential is rotated, and with the",
            "#    team warned: open pull requests and every clone must be rebuilt on the new history (see PLAN.md).",
            "if [ \"${PUSH:-}\" != yes ]; then",
            "  echo \"purge.sh: rewritten in $MIRROR; nothing pushed. Check it, then run PUSH=yes bash purge.sh\" >&2",
            "  exit 0",
            "fi",
            "git push --force --mirror -- \"$SOURCE\"",
            "",
            "# 5. Every other clone still holds the old history; a push from one brings it back. In each clone, re-clone,",
            "#    or fetch the new history, move each branch onto it, and drop the old objects:",
            "cat >&2 <<'CLONES'",
            "purge.sh: pushed. In every other clone (or simply re-clone):",
            "  git fetch --prune --prune-tags --force origin '+refs/heads/*:refs/remotes/origin/*' '+refs/tags/*:refs/tags/*'",
            "  git switch BRANCH && git reset --hard origin/BRANCH      # for each local branch; rebase unpushed work first",
            "  git reflog expire --expire=now --all && git gc --prune=now",
            "CLONES",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The local step: findings that only this clone's own branches hold never reached SOURCE, so the mirror does not
    /// have them and a force-push cannot remove them. They are rewritten here, in this clone, on those branches' own
    /// commits only (what no remote-tracking ref has): shared history is left as it is, and nothing is pushed.
    private static func localStep(_ plan: PurgePlan) -> [String] {
        let references = plan.localReferences
        guard !references.isEmpty else { return [] }
        return [
            "# Local step: findings that only \(references.map(TerminalText.escape).joined(separator: ", ")) hold\(references.count == 1 ? "s" : ""), never pushed.",
            "# SOURCE never had them, so there is nothing to force-push: `LOCAL=yes bash purge.sh` rewrites the commits of",
            "# these branches that no remote-tracking ref has, in this clone, and stops. Rebase them onto the rewritten",
            "# history once SOURCE is purged (PLAN.md).",
            "LOCAL_CLONE=\(quoted(plan.localPath))",
            "if [ \"${LOCAL:-}\" = yes ]; then",
            "  cd \"$LOCAL_CLONE\"",
            "  refs=(\(references.map(quoted).joined(separator: " ")))",
            "  while read -r tracking; do refs+=(\"^$tracking\"); done < <(git for-each-ref --format='%(refname)' refs/remotes)",
        ] + filterRepo(plan, leading: "  ", extra: ["--force", "--refs \"${refs[@]}\""], sensitive: false) + [
            "  echo \"purge.sh: rewrote ${refs[*]} in $LOCAL_CLONE; nothing to push. Then: git reflog expire --expire=now --all && git gc --prune=now\" >&2",
            "  exit 0",
            "fi",
            "",
        ]
    }

    /// The filter-repo command: files removed at every path they had, secrets replaced in every blob and message.
    /// `sensitive`: add `--sensitive-data-removal` where the installed filter-repo has it (not for a partial rewrite).
    private static func filterRepo(_ plan: PurgePlan, leading: String = "", extra: [String] = [], sensitive: Bool = true) -> [String] {
        var arguments = ["git filter-repo" + (sensitive ? " \"${sensitive[@]}\"" : "") + " --replace-refs delete-no-add"] + extra
        if !plan.removals.isEmpty {
            arguments.append("--invert-paths")
            arguments += plan.removals.map { "--path \(quoted($0.path))" }
        }
        if !plan.replacements.isEmpty { arguments.append("--replace-text \"$HERE/replacements.txt\"") }
        if plan.rewritesMessages { arguments.append("--replace-message \"$HERE/replacements.txt\"") }
        let detect = [
            leading + "sensitive=()",
            leading + "if git filter-repo -h 2>&1 | grep -- --sensitive-data-removal >/dev/null; then sensitive=(--sensitive-data-removal); fi",
        ]
        return (sensitive ? detect : []) + [leading + arguments.joined(separator: " \\\n\(leading)    ")]
    }

    /// Step 2, the filter-repo call: files removed at every path they had, secrets replaced everywhere.
    private static func rewrite(_ plan: PurgePlan) -> [String] {
        guard !plan.isEmpty else {
            return ["", "# 2. Nothing to rewrite: no open finding is in a reachable commit.", "echo \"purge.sh: nothing to rewrite\" >&2"]
        }
        var lines = [
            "",
            "# 2. Rewrite. --sensitive-data-removal (git filter-repo 2.47 and later) also reports the first changed",
            "#    commits and what the forge must clean up; older versions do the same rewrite without it.",
            "#    --replace-refs delete-no-add: no refs/replace/* naming the old commits goes to the remote.",
        ]
        if !plan.removals.isEmpty {
            lines.append("#    Files that should never have been committed, removed from every commit at every path they had:")
            for removal in plan.removals {
                let rules = Set(removal.findings.map(\.rule.id)).sorted().joined(separator: ", ")
                lines.append("#      \(TerminalText.escape(removal.path))  (\(rules))")
            }
        }
        if !plan.replacements.isEmpty {
            lines.append("#    \(Plural.count(plan.replacements.count, "secret")) inside files that stay, replaced by \(TextReplacement.marker) (replacements.txt, mode 0600).")
        }
        if plan.rewritesMessages {
            lines.append("#    Secrets in commit and tag messages, replaced there too (--replace-message, the same file).")
        }
        return lines + filterRepo(plan)
    }

    /// `text` as one bash word, literally: single quotes, each `'` inside written as `'\''`.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
