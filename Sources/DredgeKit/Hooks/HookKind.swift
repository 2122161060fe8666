/// The git hooks dredge installs.
public enum HookKind: String, CaseIterable, Sendable {
    /// Scans the commits being pushed (`dredge hook pre-push`).
    case prePush = "pre-push"
    /// Scans what is staged for the commit (`dredge hook pre-commit`).
    case preCommit = "pre-commit"
}
