import Foundation
import Testing
@testable import DredgeKit

/// The hand-written JSON of an exposure's refs and tips reads back, through Foundation's decoder, as what was written.
@Suite struct JSONStringListTests {
    @Test func refsWithQuotesBackslashesControlsAndUnicodeReadBackUnchanged() throws {
        let refs = ["refs/heads/main", "refs/tags/v\"1\"", "refs/heads/a\\b", "tab\there", "line\nbreak\r",
                    "bell\u{07}and\u{1F}", "refs/heads/ünïcødé-😀", ""]
        let text = JSONStringList.encode(refs)
        #expect(try JSONDecoder().decode([String].self, from: Data(text.utf8)) == refs)
        #expect(JSONStringList.encode([]) == "[]")
        #expect(JSONStringList.encode(["a", "b"]) == #"["a","b"]"#)
    }
}
