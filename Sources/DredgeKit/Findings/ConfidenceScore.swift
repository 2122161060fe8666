/// A finding's confidence: the rule's, raised by a passing offline check, lowered by a failing one, by a documented
/// example value, or when every place it lives is a test, fixture or example path. Path context never lowers a
/// high-confidence (prefix-anchored) rule: a live token in a test file is still a live token.
enum ConfidenceScore {
    static let testPathMarkers = ["test/", "tests/", "spec/", "specs/", "fixture", "testdata/", "__tests__/", "example",
                                  "sample", "mock", "/docs/", "doc/"]

    static func score(rule: Rule, validation: Validation, paths: [String]) -> Confidence {
        if validation.verdict == .invalid || validation["documented_example"] == "true" { return .low }
        if validation.verdict == .valid { return .high }
        let lowered = paths.map { "/" + $0.lowercased() }
        if rule.confidence < .high, !lowered.isEmpty,
           lowered.allSatisfy({ path in testPathMarkers.contains { path.contains($0) } }) {
            return Confidence.allCases[max(0, Confidence.allCases.firstIndex(of: rule.confidence)! - 1)]
        }
        return rule.confidence
    }
}
