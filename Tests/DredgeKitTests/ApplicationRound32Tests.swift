import Testing
@testable import DredgeKit

/// What round 32 read in application repositories (blind32e): test helpers' packages and test databases' setup
/// scripts that only a path tells, and doctests whose prompt says the line is a document's example.
@Suite struct ApplicationRound32Tests {
    @Test func testHelpersAndTestSetupScriptsAreTests() throws {
        let rules = Dictionary(uniqueKeysWithValues: try PatternPackLoader.builtin().flatMap(\.rules).map { ($0.id, $0) })
        let password = try #require(rules["password.quoted-assignment"])
        for path in ["go/pkg/testutil/http.go", "owncloudTestUtil/src/main/java/com/owncloud/OCAccount.kt",
                     "internal/testutils/db.go", "turndb/testmongosetup.sh", "turndb/testsqldbsetup.sql"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        for path in ["go/pkg/util/http.go", "turndb/schema.sql", "turndb/setup.sh", "turndb/testimony.sh", "contestutil.go"] {
            #expect(ConfidenceScore.score(rule: password, validation: .unchecked, paths: [path]) == password.confidence, "\(path)")
        }
    }

    /// IEx's and Python's prompts in a docstring mark the line as a doctest: a document's example, judged as a test's
    /// value; the same call outside a prompt is code.
    @Test func aDoctestPromptMarksADocumentsExample() {
        for head in ["      iex> config = %{hostname: \"localhost\", password: ", "      ...> password: ",
                     "    >>> connect(password=", "  # iex(3)> merge(%{\"password\" => ", "irb(main):001:0> User.new(password: "] {
            #expect(TestDeclaration.isDocComment(head), "\(head)")
        }
        for head in ["      config = %{hostname: \"localhost\", password: ", "if a >>> 2 == b { password = ",
                     "    iexpress> password: ", "    # password: "] {
            #expect(!TestDeclaration.isDocComment(head), "\(head)")
        }
    }
}
