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

    /// blind32d: a Java resource bundle of one locale and vue-i18n's generated catalogue hold labels; a request to
    /// change the value, run together, is no value.
    @Test func messageBundlesAreCataloguesAndARunTogetherRequestIsAPlaceholder() throws {
        let rules = Dictionary(uniqueKeysWithValues: try PatternPackLoader.builtin().flatMap(\.rules).map { ($0.id, $0) })
        let setting = try #require(rules["weak.password-setting"])
        for path in ["sm-shop/src/main/resources/bundles/messages_ru.properties", "dspace/config/Messages_de.properties",
                     "resources/assets/js/vue-i18n-locales.generated.js"] {
            #expect(ConfidenceScore.score(rule: setting, validation: .unchecked, paths: [path]) == .low, "\(path)")
        }
        #expect(ConfidenceScore.score(rule: setting, validation: .unchecked, paths: ["config/application.properties"]) == setting.confidence)
        #expect(PlaceholderFilter.isChangeRequest(Array("changemetoenablevat".utf8)))
        #expect(!PlaceholderFilter.isChangeRequest(Array("changemex".utf8)) && !PlaceholderFilter.isChangeRequest(Array("changeme7q2vat9x".utf8)))
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
