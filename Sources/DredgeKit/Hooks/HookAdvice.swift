/// What a hook prints on standard error when it blocks: each finding (rule, redacted secret, where) and how to fix,
/// allow or knowingly bypass it.
public struct HookAdvice {
    public let kind: HookKind

    public init(_ kind: HookKind) { self.kind = kind }

    public func text(for findings: [Finding]) -> String {
        let action = kind == .prePush ? "push" : "commit"
        var lines = ["dredge: \(action) blocked: \(Plural.count(findings.count, "secret")) found in what is being \(action == "push" ? "pushed" : "committed")", ""]
        for finding in findings {
            lines.append("  \(finding.rule.id): \(finding.rule.name)")
            lines.append("    secret \(TerminalText.escape(finding.shownSecret(revealing: false)))")
            for occurrence in finding.occurrences {
                if let message = occurrence.message, occurrence.path == nil {
                    lines.append("    \(message.description), line \(occurrence.line)")
                    continue
                }
                let place = "\(TerminalText.escape(occurrence.path ?? "?")):\(occurrence.line)"
                lines.append("    " + (occurrence.commit.map { "commit \($0.hex.prefix(12))  \(place)" } ?? place))
            }
            lines.append("    finding id \(finding.id.hex)")
        }
        lines.append("")
        lines += kind == .prePush ? Self.pushFix : Self.commitFix
        lines += [
            "Not a secret (a test fixture, a documented example)? Allow it:",
            "  - put `dredge:allow` in a comment on that line, or",
            "  - add the finding id to .dredgeignore, with the reason.",
            "To \(action) anyway, knowingly: git \(action) --no-verify",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static let pushFix = [
        "To fix: take the secret out of the commit that added it, then push again:",
        "  - the last commit: edit the file, `git add` it, `git commit --amend` (a commit message: `git commit --amend` alone);",
        "  - a tag's message: `git tag -f -a NAME COMMIT` with a new message;",
        "  - an earlier one: `git rebase -i <commit>^`, mark that commit `edit`, fix it, `git commit --amend`, `git rebase --continue`.",
        "  If the secret was ever pushed or shared anywhere, rotate it: rewriting history does not make it secret again.",
    ]

    private static let commitFix = [
        "To fix: take the secret out of the file (read it from the environment or a secret store), `git add` it again,",
        "  or unstage the file with `git restore --staged <path>`. If the secret was ever shared, rotate it.",
    ]
}
