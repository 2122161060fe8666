/// A finding's confidence: the rule's, raised by a passing offline check, lowered by a failing one, by a documented
/// example value, or when every place it lives is a test, fixture or example path (inside an archive, the member's
/// path: `release.tar.gz!curl/tests/certs/server.key` is a test's key). Path context never lowers a
/// high-confidence provider token (a prefix-anchored credential): a live token in a test file is still a live token.
/// It does lower everything that has no provider to tell a fixture from a leak (private keys, passwords and their
/// hashes, connection strings, weak passwords, committed credential files, data stores, format-wide tokens like JWTs): in real code (git's t/ and
/// its `test.netrc`, Swift packages' Tests/) nearly every one under a test path is the test's own, published on purpose.
enum ConfidenceScore {
    static let testPathMarkers = ["test/", "tests/", "spec/", "specs/", "fixture", "testdata/", "__tests__/", "example",
                                  "sample", "mock", "/docs/", "doc/", "/t/", "vectors/"]
    /// A file named as a test's own: `test.netrc`, `test_auth.py`, `auth_test.go`, `login.spec.ts`, `lib-test.sh`.
    static let testFileMarkers = ["/test.", "/test_", "/test-", "_test.", ".test.", "-test.", "_spec.", ".spec."]
    /// Documentation: a default password or a key in a README shows how to call an API.
    static let documentSuffixes = [".md", ".markdown", ".rst", ".adoc", ".txt"]

    static func score(rule: Rule, validation: Validation, paths: [String]) -> Confidence {
        if validation.verdict == .invalid || validation["documented_example"] == "true" { return .low }
        // A passing check raises a credential to high; where it names no provider (a JWT's structure), the path
        // still says whose it is.
        let checked = validation.verdict == .valid && rule.kind != .weakCredential ? Confidence.high : rule.confidence
        let lowered = paths.map { "/" + $0.lowercased() }
        // A format-wide credential rule (a JWT, a URL's password) names no provider either.
        let ownsNoProvider = rule.kind != .credential || rule.specificity == 0
        if checked < .high || ownsNoProvider, !lowered.isEmpty,
           lowered.allSatisfy({ path in isTestPath(path) || (ownsNoProvider && documentSuffixes.contains { path.hasSuffix($0) }) }) {
            return Confidence.allCases[max(0, Confidence.allCases.firstIndex(of: checked)! - 1)]
        }
        return checked
    }

    /// `path` lowercased with a leading slash.
    static func isTestPath(_ path: String) -> Bool {
        testPathMarkers.contains { path.contains($0) }
            || testFileMarkers.contains { marker in path[(path.lastIndex(of: "/") ?? path.startIndex)...].contains(marker) }
    }
}
