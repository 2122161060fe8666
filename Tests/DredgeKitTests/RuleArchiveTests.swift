@testable import DredgeKit
import BuiltinPatterns
import Foundation
import Testing

/// The rule cache every hook run reads instead of parsing the YAML (`BuiltinRuleCache`).
@Suite struct RuleArchiveTests {
    /// A field written out of the order it is read back made every archive unreadable, so every push parsed the
    /// YAML again and rewrote the cache.
    @Test func theBuiltInPacksReadBackAsWritten() throws {
        let directory = try #require(BuiltinPatterns.rulesDirectory)
        let packs = try PatternPackLoader.load(directory: directory)
        let decoded = try #require(RuleArchive.decode(RuleArchive.encode(packs)))
        #expect(decoded.map(\.file) == packs.map(\.file))
        #expect(decoded.map(\.rules) == packs.map(\.rules))
        #expect(packs.flatMap(\.rules).contains { $0.identifier })  // every field is exercised, the flag too
        #expect(packs.flatMap(\.rules).contains { $0.run != nil })  // and a run of characters
    }
}
