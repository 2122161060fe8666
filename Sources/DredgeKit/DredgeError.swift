import Foundation

/// Everything that stops dredge with exit code 2, worded for the person at the terminal.
public enum DredgeError: Error, CustomStringConvertible {
    /// A pattern pack that cannot be used: the file, the line (when known), the rule (when known) and why.
    case invalidPack(file: String, line: Int?, ruleID: String?, message: String)
    /// A `.dredge.yml`, `.dredgeignore` or baseline that cannot be used: the file, the line (when known) and why.
    case invalidConfiguration(file: String, line: Int?, message: String)
    case notARepository(path: String, reason: String)
    case builtinPatternsMissing
    case unreadablePath(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// A command-line value that names nothing usable (an unknown finding id, say).
    case invalidArgument(String)
    /// A program dredge runs (git filter-repo) is missing or failed; the message says how to install it, or what it said.
    case externalTool(String)
    case unknownRevision(revision: String, reason: String)
    /// A line of a hook's standard input that is not what git writes there.
    case invalidHookInput(line: Int, text: String)

    public var description: String {
        switch self {
        case let .invalidPack(file, line, ruleID, message):
            let location = line.map { "\(file):\($0)" } ?? file
            return ruleID.map { "\(location): rule \($0): \(message)" } ?? "\(location): \(message)"
        case let .invalidConfiguration(file, line, message):
            return "\(line.map { "\(file):\($0)" } ?? file): \(message)"
        case let .notARepository(path, reason):
            return "\(path) is not a git repository (\(reason))"
        case .builtinPatternsMissing:
            return "the built-in rules (dredge_BuiltinPatterns.resources) are not next to the dredge binary; reinstall with `make install`, or pass --patterns DIR"
        case let .unreadablePath(path, reason):
            return "cannot read \(path): \(reason)"
        case let .cannotWrite(path, reason):
            return "cannot write \(path): \(reason)"
        case let .invalidArgument(message), let .externalTool(message):
            return message
        case let .unknownRevision(revision, reason):
            return "unknown revision `\(revision)` (\(reason))"
        case let .invalidHookInput(line, text):
            return "standard input line \(line): expected `<local ref> <local sha> <remote ref> <remote sha>`, got `\(TerminalText.escape(text))`"
        }
    }
}
