/// The shell script installed as a hook. It runs the hook that was there before (kept beside it as
/// `<hook>.dredge-chained`) with the same arguments and standard input, stops if that one fails, then runs dredge:
/// the binary that installed it, or `dredge` on the PATH when that binary is gone.
enum HookScript {
    /// The line that marks a hook as dredge's, so install and uninstall know what they may replace.
    static let marker = "# dredge-hook"

    static func text(for kind: HookKind, executable: String) -> String {
        var lines = [
            "#!/bin/sh",
            "\(marker) \(kind.rawValue): installed by `dredge hook install`; `dredge hook uninstall` puts back what was here.",
            "dredge=\(quoted(executable))",
            "[ -x \"$dredge\" ] || dredge=dredge",
            "chained=\"$(dirname \"$0\")/\(HookInstaller.chainedName(kind))\"",
        ]
        switch kind {
        case .prePush:
            // git writes the refs being pushed on standard input: with a chained hook, keep it whole (trailing
            // newlines too) for both; without, dredge takes it straight (no subshell and no cat on every push).
            lines += [
                "if [ -x \"$chained\" ]; then",
                "    input=$(cat; echo .)",
                "    input=${input%.}",
                "    printf '%s' \"$input\" | \"$chained\" \"$@\" || exit",
                "    printf '%s' \"$input\" | \"$dredge\" hook pre-push \"$@\"",
                "    exit",
                "fi",
                "exec \"$dredge\" hook pre-push \"$@\"",
            ]
        case .preCommit:
            lines += [
                "if [ -x \"$chained\" ]; then",
                "    \"$chained\" \"$@\" || exit",
                "fi",
                "exec \"$dredge\" hook pre-commit",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A single-quoted shell word.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
