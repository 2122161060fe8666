import Foundation

/// Repositories of one organisation for the shared-inventory tests: each commits one credential the others also hold
/// (the same Acme key, leaked into every repository) and `own` credentials of its own, all in the Acme test pack's
/// format (`fixtures/packs/acme.yml`), so scans run with `--patterns` and `--no-builtin-rules` only.
public final class FleetFixture {
    public static let sharedKey = SyntheticSecrets.acme
    public let repositories: [GitFixture]
    /// Each repository's own keys, by index.
    public let ownKeys: [[String]]

    public init(count: Int, own: Int = 1) throws {
        var repositories: [GitFixture] = []
        var keys: [[String]] = []
        for index in 0..<count {
            let repository = try GitFixture()
            let mine = (0..<own).map { _ in Self.randomKey() }
            try repository.write("config/shared.env", "ACME_KEY=\(Self.sharedKey)\n")
            try repository.write("config/own.env", mine.enumerated().map { "ACME_KEY_\($0.offset)=\($0.element)" }.joined(separator: "\n") + "\n")
            try repository.write("README.md", "service \(index)\n")
            try repository.commit("service \(index)")
            repositories.append(repository)
            keys.append(mine)
        }
        self.repositories = repositories
        ownKeys = keys
    }

    /// A new key in the Acme format: random, so far above the rule's entropy floor. No vowels, x or y, so that no key
    /// of thousands spells a stand-in word (`dummy`, `xxxx`) and a count of findings stays exact.
    public static func randomKey() -> String {
        let alphabet = Array("BCDFGHJKLMNPQRSTVWZbcdfghjklmnpqrstvwz0123456789")
        return "acme_live_" + String((0..<32).map { _ in alphabet.randomElement()! })
    }

    /// The arguments that make a scan use the Acme pack alone.
    public static var rules: [String] {
        ["--patterns", FixturePaths.fixtures.appendingPathComponent("packs/acme.yml").path, "--no-builtin-rules"]
    }
}
