import Foundation

/// `PLAN.md`: the runbook around `purge.sh` for the engineer on call: rotate first, what the rewrite changes, how to
/// rehearse and run it, what it cannot fix, and the forge-side and clone-side steps. Secrets appear redacted only.
public enum PurgeRunbook {
    public static let fileName = "PLAN.md"

    public static func render(_ plan: PurgePlan, now: Date = Date()) -> String {
        var out = """
            # History purge plan

            For \(MarkdownText.code(plan.source)), written \(InventoryReporter.day(now)) by dredge \(DredgeVersion.current) \
            from the inventory and a fresh scan of the whole history. Beside this file: `purge.sh` (the commands) and \
            `replacements.txt` (the secrets to replace: mode 0600, delete it when the purge is done).

            ## 1. Rotate first

            Rewriting history does not un-leak anything: forks, other clones, pull-request refs, forge caches and anyone \
            who fetched already have the old commits. Every credential below must be rotated or revoked **before** the \
            purge; the purge only keeps the history from leaking it again. Work through `dredge checklist`, and record \
            each one with `dredge triage ID --status rotated`.

            """
        if !plan.unrotated.isEmpty {
            out += "\nStill open (not yet rotated or revoked):\n\n"
            out += plan.unrotated.map { "- [ ] \(describe($0))\n" }.joined()
        }

        let scope = plan.scope
        out += "\n## 2. What the rewrite changes\n\n"
        if plan.isEmpty {
            out += "Nothing: no finding to purge is in a commit that a branch or tag reaches.\n"
        } else {
            out += "- **Refs rewritten** (as this repository names them; on the remote, its branches and tags): "
                + scope.references.map(MarkdownText.code).joined(separator: ", ") + ".\n"
            out += "- **Commits rewritten**: \(scope.rewrittenCommits) of the \(scope.totalCommits) commits that refs reach get new ids, "
                + "from the first changed commit\(scope.firstChanged.count == 1 ? "" : "s"): "
                + scope.firstChanged.prefix(5).map { "`\($0.id.hex.prefix(12))` (\(InventoryReporter.day($0.author.date)), "
                    + "\(MarkdownText.plain($0.author.name)))" }.joined(separator: ", ")
                + (scope.firstChanged.count > 5 ? " and \(scope.firstChanged.count - 5) more" : "") + ".\n"
            out += "- `--sensitive-data-removal`: " + (plan.sensitiveDataRemoval
                ? "the installed git filter-repo has it; it also lists the first changed commits and the orphaned objects the forge must drop.\n"
                : "the installed git filter-repo lacks it (it came in 2.47); the rewrite is the same, `pip install git-filter-repo` adds its reports.\n")
        }
        if !plan.removals.isEmpty {
            out += "\n### Files removed from every commit, at every path they had\n\n| Path | Findings |\n|---|---|\n"
            for removal in plan.removals {
                out += "| \(MarkdownText.code(removal.path)) | \(removal.findings.map(describe).joined(separator: "<br>")) |\n"
            }
            out += "\nA path is removed in every commit, later clean versions included: add a clean file back in a new commit if one is needed.\n"
        }
        if !plan.replacements.isEmpty {
            out += "\n### Secrets replaced by `\(TextReplacement.marker)` in every file and message\n\n| Finding | Secret | Places |\n|---|---|---|\n"
            for replacement in plan.replacements {
                let paths = (PurgePlan.paths(of: replacement.finding).map(MarkdownText.code)
                    + PurgePlan.messages(of: replacement.finding).map { MarkdownText.plain($0.description) }).joined(separator: ", ")
                var note = replacement.text.contextual ? " (short or common: replaced only where a setting is given it)" : ""
                if !replacement.encoded.isEmpty {
                    note += " (decoded from \(Plural.count(replacement.encoded.count, "encoded value")), replaced whole as the blobs hold them)"
                }
                out += "| \(name(replacement.finding)) | \(MarkdownText.code(replacement.finding.shownSecret(revealing: false)))\(note) | \(paths) |\n"
            }
        }
        out += section("Only in this clone (never pushed)", plan.localOnly.map { "\(describe($0)) in \($0.exposure.references.map(MarkdownText.code).joined(separator: ", "))" },
                       note: "The mirror of \(MarkdownText.code(plan.source)) does not have these refs, and nothing of them is to be "
                           + "force-pushed: rewrite them here with the local step, `LOCAL=yes bash purge.sh`. It runs git filter-repo "
                           + "in \(MarkdownText.code(plan.localPath)) on the commits of "
                           + plan.localReferences.map(MarkdownText.code).joined(separator: ", ")
                           + " that no remote-tracking ref has (the shared history stays as it is), then "
                           + "`git reflog expire --expire=now --all && git gc --prune=now` there drops the old objects. "
                           + "Once the remote is purged, rebase these branches onto its new history. Or, if the work is not needed, delete the branches.")
        out += section("Secrets that leave with the files above", plan.removedWithFiles.map(describe))
        out += section("In no commit a ref reaches (reflogs, dangling objects)", plan.unreachableOnly.map(describe),
                       note: "A fresh mirror does not carry them. In this clone: `git reflog expire --expire=now --all && git gc --prune=now`.")
        out += section("Already gone", plan.gone.map(describe),
                       note: "In the inventory, but the scan made for this plan no longer finds them.")
        out += section("Left out", plan.leftOut.map { "\(describe($0)): triaged \($0.status.rawValue)" },
                       note: "False positives are no secrets, and accepted findings are ones the team decided to keep; "
                           + "`dredge triage ID --status open` puts one back in the plan.")
        out += section("Found now but not in the inventory", plan.unrecorded.map(describe),
                       note: "Committed since the last `dredge scan`: run it, triage them, and write the plan again.")

        out += """

            ## 3. Rehearse

            `dredge purge rehearse` runs `purge.sh` on a throw-away mirror of this repository with the real git filter-repo, \
            rescans the result and lists whatever is left; it exits 0 only when nothing is. Nothing is pushed and this \
            repository is not changed.

            ## 4. Run it

            1. Announce a freeze: no pushes and no merges until step 6. Close or merge the open pull requests you can.
            2. Allow force-pushes to the protected branches for the duration (forge settings).
            3. `bash purge.sh`: clones a fresh mirror into `mirror.git` beside it and rewrites it. Nothing is pushed.
            4. Verify: `dredge scan mirror.git` must report none of the findings above.
            5. `PUSH=yes bash purge.sh`: force-pushes every branch and tag to \(MarkdownText.code(plan.source)).
            6. Restore branch protection, end the freeze, and have everyone rebuild their clone (section 7).

            ## 5. What rewriting cannot fix

            - **Forks** keep the old commits; so do other remotes and mirrors the history was pushed to.
            - **Pull-request refs** (`refs/pull/*` on GitHub, `refs/merge-requests/*` on GitLab) are read-only: a push does \
            not rewrite them, and their diffs stay viewable until the forge removes them.
            - **Forge caches**: commit and blob pages, search indexes, and old commit ids that still resolve by URL.
            - **Other clones**, including CI runners' caches, build artifacts, container layers and backups.
            - **Branches that are not on the remote**: a local-only branch holding a finding is rewritten only in the \
            clone that has it; delete it there, or rebase it onto the new history.
            - **Anything already pushed or copied**: assume it is known. That is why the credentials are rotated first.

            ## 6. On the forge

            - **GitHub**: contact GitHub Support (support.github.com) with the repository, the affected pull requests \
            and the first changed commits, and ask them to remove cached views and to dereference the old commits in \
            pull requests; forks must be deleted or cleaned by their owners. Check Actions caches and artifacts, \
            releases and their assets, and the wiki (a repository of its own).
            - **GitLab**: after the push, upload filter-repo's `filter-repo/commit-map` under Settings → Repository → \
            Repository cleanup, then run housekeeping (Settings → General → Advanced → Run housekeeping, prune \
            unreachable objects); remove merge-request diffs and pipelines artifacts that show the secrets.
            - **Bitbucket and others**: ask the host to run garbage collection, and remove pull-request and build caches.
            - Everywhere: reset protected-branch settings, and re-check that the secrets are gone with a fresh clone \
            and `dredge scan`.

            ## 7. Every other clone

            Re-cloning is simplest. Otherwise, in each clone (rebase unpushed work onto the new history first):

            ```
            git fetch --prune --prune-tags --force origin '+refs/heads/*:refs/remotes/origin/*' '+refs/tags/*:refs/tags/*'
            git switch BRANCH && git reset --hard origin/BRANCH      # for each local branch
            git reflog expire --expire=now --all && git gc --prune=now
            ```

            ## BFG Repo-Cleaner, for teams that use it

            The same purge with BFG: `bfg --delete-files NAME` for each file above (BFG matches file *names*, not \
            paths), and `bfg --replace-text replacements.txt` (the same `secret==>***REMOVED***` lines), then \
            `git reflog expire --expire=now --all && git gc --prune=now --aggressive` in the mirror. BFG protects the \
            current HEAD: it never changes the files of the latest commit, so first remove the files and secrets from \
            HEAD in a new commit (or pass `--no-blob-protection`).

            """
        return out
    }

    private static func section(_ title: String, _ items: [String], note: String? = nil) -> String {
        guard !items.isEmpty else { return "" }
        return "\n### \(title)\n\n" + items.map { "- \($0)\n" }.joined() + (note.map { "\n\($0)\n" } ?? "")
    }

    private static func describe(_ finding: Finding) -> String {
        "\(name(finding)): \(MarkdownText.code(finding.shownSecret(revealing: false)))"
    }

    private static func name(_ finding: Finding) -> String {
        "`\(finding.id.short)` \(MarkdownText.plain(finding.rule.name))"
    }

    private static func describe(_ entry: InventoryEntry) -> String {
        "`\(entry.id.prefix(12))` \(MarkdownText.plain(entry.ruleName)): \(MarkdownText.code(entry.shown))"
    }
}
