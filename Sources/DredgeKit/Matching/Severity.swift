/// How bad an exposure is; ordered so that `critical` is the greatest.
public enum Severity: String, CaseIterable, Comparable, Codable, Sendable {
    case low, medium, high, critical

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
