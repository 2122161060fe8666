/// A finding's confidence: the rule's, raised by a passing offline check, lowered by a failing one, by a documented
/// example value, or when every place it lives is a test, fixture or example path. Path context never lowers a
/// high-confidence provider token (a prefix-anchored credential): a live token in a test file is still a live token.
/// It does lower private keys, weak passwords and committed credential files, which have no owner to tell a fixture from a leak: in real code
/// (git's t/, Swift packages' Tests/) nearly every one under a test path is the test's own, published on purpose.
enum ConfidenceScore {
    static let testPathMarkers = ["test/", "tests/", "spec/", "specs/", "fixture", "testdata/", "__tests__/", "example",
                                  "sample", "mock", "/docs/", "doc/", "/t/", "vectors/"]
    /// Documentation: a default password or a key in a README shows how to call an API.
    static let documentSuffixes = [".md", ".markdown", ".rst", ".adoc", ".txt"]

    static func score(rule: Rule, validation: Validation, paths: [String]) -> Confidence {
        if validation.verdict == .invalid || validation["documented_example"] == "true" { return .low }
        if validation.verdict == .valid && rule.kind != .weakCredential { return .high }
        let lowered = paths.map { "/" + $0.lowercased() }
        let ownsNoProvider = rule.kind == .privateKey || rule.kind == .weakCredential || rule.kind == .file
        if rule.confidence < .high || ownsNoProvider, !lowered.isEmpty,
           lowered.allSatisfy({ path in testPathMarkers.contains { path.contains($0) }
               || (ownsNoProvider && documentSuffixes.contains { path.hasSuffix($0) }) }) {
            return Confidence.allCases[max(0, Confidence.allCases.firstIndex(of: rule.confidence)! - 1)]
        }
        return rule.confidence
    }
}
