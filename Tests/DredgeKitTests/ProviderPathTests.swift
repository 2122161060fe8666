import TestSupport
import Testing
@testable import DredgeKit

/// A value a by-name rule reports whose only sign of a provider is its file's path: a near miss of that provider's
/// shape there is the provider's key gone wrong (`ProviderPath`), as beside the provider's name in the text.
@Suite struct ProviderPathTests {
    /// Rundeck's API tokens are 32 letters and digits (`rundeck.api-token`); one cut to 31 sits in a Rundeck client's
    /// directory, another in a directory that names no provider.
    @Test func aCutTokenInAProvidersDirectoryIsLeftToItsRule() throws {
        let fixture = try GitFixture()
        try fixture.write("ops/rundeck/client.py", "API_TOKEN = \"Qm7ZtR2vXk9LpW4sNc8YhB3dFj6GaE1\"\n")
        try fixture.write("ops/jobs/client.py", "API_TOKEN = \"Hx4NqP8wLz2KmT6vRb9SdC3fYj7GeA5\"\n")
        try fixture.commit("Add the job clients")
        let findings = try fixture.scanWithBuiltinRules().findings
        #expect(findings.map { $0.secret.reveal() } == ["Hx4NqP8wLz2KmT6vRb9SdC3fYj7GeA5"])
    }

    /// A full-length token in the provider's directory is no near miss; the same cut value also committed in a file
    /// that names no provider keeps its finding, with both places.
    @Test func aTokenOfTheRightShapeOrAlsoElsewhereIsStillReported() throws {
        let fixture = try GitFixture()
        try fixture.write("ops/rundeck/client.py", "API_TOKEN = \"Qm7ZtR2vXk9LpW4sNc8YhB3dFj6GaE1\"\n")
        try fixture.write("ops/jobs/client.py", "API_TOKEN = \"Qm7ZtR2vXk9LpW4sNc8YhB3dFj6GaE1\"\n")
        try fixture.write("ops/rundeck/admin.py", "ADMIN_TOKEN = \"Wc5HnJ2qTv8ZkR4mLx7PbD9sFg3YaE6u\"\n")
        try fixture.commit("Add the job clients")
        let findings = try fixture.scanWithBuiltinRules().findings
        let cut = findings.first { $0.secret.reveal() == "Qm7ZtR2vXk9LpW4sNc8YhB3dFj6GaE1" }
        #expect(Set(cut?.occurrences.compactMap(\.path) ?? []) == ["ops/rundeck/client.py", "ops/jobs/client.py"])
        #expect(findings.contains { $0.secret.reveal() == "Wc5HnJ2qTv8ZkR4mLx7PbD9sFg3YaE6u" })
    }

    /// A plural of a word every credential shares names no provider: Dart's `pub-tokens.json` holds a registry's token,
    /// not a near miss of Consul's ACL token (whose rule waits for a `tokens` block). whole-files-5 lost it to that.
    @Test func aSharedWordsPluralInAFileNameNamesNoProvider() throws {
        let fixture = try GitFixture()
        let json = "{\n  \"hosted\": [\n    {\n      \"url\": \"https://dart.registry.test/acme\",\n      \"token\": \"3a1547b4fbb2943fe86167e6e76f770d5f969dd8\"\n    }\n  ]\n}\n"
        try fixture.write(".config/dart/pub-tokens.json", json)
        try fixture.commit("Add the pub tokens")
        #expect(try fixture.scanWithBuiltinRules().findings.map { $0.secret.reveal() } == ["3a1547b4fbb2943fe86167e6e76f770d5f969dd8"])
        #expect(ProviderNames.isSharedWord("tokens") && ProviderNames.isSharedWord("secrets") && !ProviderNames.isSharedWord("consul"))
    }
}
