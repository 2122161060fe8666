@testable import DredgeKit
import Testing

/// A rule's `secret` group in its plain form (a literal, one class, a count) says which values are the provider's
/// shape at every length it allows, not only the examples' lengths; any other form says nothing.
@Suite struct SecretGroupShapeTests {
    @Test func readsALiteralAClassAndACount() throws {
        let shape = try #require(SecretGroupShape(pattern: #"(?i)xata[\w.-]{0,24}?key["']?\s*=\s*(?-i:(?<secret>xau_[A-Za-z0-9]{32,40}))(?![A-Za-z0-9])"#))
        #expect(shape.prefix == Array("xau_".utf8) && shape.count == 32...40)
        #expect(shape.accepts(Array(("xau_" + String(repeating: "aB3", count: 12)).utf8)))      // 36 after the prefix
        #expect(!shape.accepts(Array(("xau_" + String(repeating: "aB3", count: 14)).utf8)))     // 42: too long
        #expect(!shape.accepts(Array(("xau_" + String(repeating: "a-3", count: 12)).utf8)))     // `-` is outside the class
        #expect(!shape.accepts(Array(("xav_" + String(repeating: "aB3", count: 12)).utf8)))     // another prefix
    }

    @Test func readsEscapesRangesAndAnExactCount() throws {
        let dotted = try #require(SecretGroupShape(pattern: #"(?<secret>api\.[0-9a-f_-]{8})"#))
        #expect(dotted.prefix == Array("api.".utf8) && dotted.count == 8...8)
        #expect(dotted.accepts(Array("api.0a_-9f12".utf8)) && !dotted.accepts(Array("api.0a_-9f1g".utf8)))
    }

    @Test(arguments: [#"(?<secret>(?:sk|rk)_[A-Za-z0-9]{24})"#, #"(?<secret>[\w]{32})"#, #"(?<secret>[^"\s]{8,64})"#,
                      #"(?<secret>ab[a-z]{4}[0-9]{4})"#, #"(?<secret>[a-z]+)"#, #"token=([a-z]{8})"#])
    func otherFormsSayNothing(_ pattern: String) {
        #expect(SecretGroupShape(pattern: pattern) == nil)
    }
}
