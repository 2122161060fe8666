/// How bad an exposure is; ordered so that `critical` is the greatest. `info` is a value its provider made to be
/// public (a publishable or client-side key, shipped in every browser or app that uses it): worth an inventory entry,
/// never a rotation, so it is left out unless `min_severity: info` asks for it.
public enum Severity: String, CaseIterable, Comparable, Codable, Sendable {
    case info, low, medium, high, critical

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How likely a match of a rule is to be a real credential; ordered so that `high` is the greatest.
public enum Confidence: String, CaseIterable, Comparable, Codable, Sendable {
    case low, medium, high

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
