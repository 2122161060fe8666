import Foundation
import TestSupport
import Testing

/// Secrets are dangerous output: no report, summary or error shows one unless `--show-secrets` asks for it.
@Suite struct SecretLeakTests {
    static let planted = [SyntheticSecrets.awsSecretKey, SyntheticSecrets.githubToken, SyntheticSecrets.acme, "Vq7rT2mZkw9pX4"]

    private func leakyRepository() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.write(".env", "AWS_SECRET_ACCESS_KEY=\(SyntheticSecrets.awsSecretKey)\nSESSION_SECRET=Vq7rT2mZkw9pX4\n")
        try fixture.write("src/app.py", "GITHUB = '\(SyntheticSecrets.githubToken)'\nACME = '\(SyntheticSecrets.acme)'\n")
        try fixture.commit("leak")
        return fixture
    }

    @Test(arguments: ["text", "json", "jsonl", "sarif", "csv", "markdown"], [[], ["--quiet"]])
    func redactedUnlessAsked(format: String, verbosity: [String]) throws {
        let fixture = try leakyRepository()
        let packs = FixturePaths.fixtures.appendingPathComponent("packs").path
        let hidden = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--format", format] + verbosity)
        #expect(hidden.status == 1)
        for secret in Self.planted {
            #expect(!hidden.stdout.contains(secret), "\(format) stdout shows a secret")
            #expect(!hidden.stderr.contains(secret), "\(format) stderr shows a secret")
        }
        let shown = try DredgeBinary.run(["scan", fixture.path, "--patterns", packs, "--format", format, "--show-secrets"] + verbosity)
        for secret in Self.planted {
            #expect(shown.stdout.contains(secret), "\(format) --show-secrets hides \(secret.prefix(4))…")
            #expect(!shown.stderr.contains(secret), "\(format) stderr shows a secret even with --show-secrets")
        }
    }

    @Test func errorsNeverQuoteSecrets() throws {
        let fixture = try leakyRepository()
        let result = try DredgeBinary.run(["scan", fixture.path, "--output", fixture.path + "/no/such/dir/report.json"])
        #expect(result.status == 2)
        for secret in Self.planted { #expect(!result.stderr.contains(secret) && !result.stdout.contains(secret)) }
    }
}
