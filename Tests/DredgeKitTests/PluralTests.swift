@testable import DredgeKit
import Testing

@Suite struct PluralTests {
    @Test(arguments: [(1, "blob", "1 blob"), (0, "finding", "0 findings"), (2, "entry", "2 entries"), (3, "match", "3 matches"),
                      (1, "match", "1 match"), (2, "day", "2 days"), (5, "path", "5 paths")])
    func countsAgreeWithTheirNoun(count: Int, noun: String, expected: String) {
        #expect(Plural.count(count, noun) == expected)
    }

    @Test func summaryAndSuppressionCountsSayNoParentheticalPlurals() {
        var counts = SuppressionCounts()
        (counts.baseline, counts.inline, counts.disabledRules) = (1, 2, 1)
        #expect(counts.description == "1 finding in the baseline, 2 matches on dredge:allow lines, 1 rule disabled")
    }
}
