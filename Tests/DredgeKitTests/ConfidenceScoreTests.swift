@testable import DredgeKit
import Testing

/// Where a finding lives lowers its confidence only as far as the value leaves room: a token that carries its
/// provider's prefix is live wherever it is, while a provider's value known by its name alone is a fixture in a test.
@Suite struct ConfidenceScoreTests {
    static let rules = Dictionary(try! PatternPackLoader.builtin().flatMap(\.rules).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    @Test func aPrefixedTokenStaysHighInATestAndAnUnprefixedKeyDoesNot() throws {
        let github = try #require(Self.rules["github.personal-access-token"])
        let mediawiki = try #require(Self.rules["mediawiki.secret-key"])
        #expect(ConfidenceScore.carriesItsPrefix(github) && !ConfidenceScore.carriesItsPrefix(mediawiki))
        let test = ["contrib/mw-to-git/t/install-wiki/LocalSettings.php"]
        #expect(ConfidenceScore.score(rule: github, validation: .unchecked, paths: test) == .high)
        #expect(ConfidenceScore.score(rule: mediawiki, validation: .unchecked, paths: test) == .medium)
        #expect(ConfidenceScore.score(rule: mediawiki, validation: .unchecked, paths: ["wiki/LocalSettings.php"]) == .high)
        // One place outside the tests is a deployment's key.
        #expect(ConfidenceScore.score(rule: mediawiki, validation: .unchecked, paths: test + ["wiki/LocalSettings.php"]) == .high)
    }
}
