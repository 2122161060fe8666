import Foundation
import TestSupport
import Testing

/// `dredge scan` as a user runs it, on the shapes issue 17 names: defaults in settings code, a Kubernetes Secret's
/// base64 data, a committed backup zip, and bad archives that must never turn a scan into an error.
@Suite struct UnwrapCommandTests {
    private func occurrences(_ json: String) throws -> [(rule: String, kind: String, path: String, line: Int, layers: [[String: Any]],
                                                         encoded: String?)] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        return findings.flatMap { finding in
            (finding["occurrences"] as? [[String: Any]] ?? []).map { occurrence in
                (finding["rule"] as? String ?? "", finding["kind"] as? String ?? "", occurrence["path"] as? String ?? "",
                 occurrence["line"] as? Int ?? 0, occurrence["layers"] as? [[String: Any]] ?? [], occurrence["encoded"] as? String)
            }
        }
    }

    @Test func defaultsInSettingsCodeAreReportedAsWeakCredentials() throws {
        let fixture = try GitFixture()
        try fixture.write("app/settings.py", """
            import os
            SECRET_KEY = os.getenv("SECRET_KEY", "dev-secret-change-me")
            API_KEY = os.getenv("API_KEY", "demo-api-key-12345")
            LOG_LEVEL = os.getenv("LOG_LEVEL", "debug")

            """)
        try fixture.commit("settings")
        let result = try DredgeBinary.run(["scan", fixture.path, "--format", "json"])
        #expect(result.status == 1)
        let found = try occurrences(result.stdout).filter { $0.path == "app/settings.py" }
        #expect(found.map(\.line).sorted() == [2, 3])
        #expect(found.allSatisfy { $0.kind == "weak-credential" && $0.rule == "env-default.weak-value" })
        #expect(!result.stdout.contains("dev-secret-change-me"))  // redacted by default
    }

    @Test func backupZipAndKubernetesSecretAreReportedWithTheirLayers() throws {
        let fixture = try GitFixture()
        try fixture.write("config/aws.ini", "[default]\naws_access_key_id = \(SyntheticSecrets.awsKeyID)\naws_secret_access_key = \(SyntheticSecrets.awsSecretKey)\n")
        let zip = try ProcessRunner.run("/usr/bin/env", ["zip", "-q", "backup.zip", "config/aws.ini"], currentDirectory: fixture.root)
        #expect(zip.status == 0)
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("config"))
        let password = Data("Xk9mQ2vLp7!wRt4z".utf8).base64EncodedString()
        try fixture.write("k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  DB_PASSWORD: \(password)\n")
        try fixture.commit("backup and manifest")
        try fixture.git("rm", "-q", "backup.zip")
        try fixture.commit("drop the backup")

        let result = try DredgeBinary.run(["scan", fixture.path, "--format", "json"])
        #expect(result.status == 1)
        let found = try occurrences(result.stdout)
        let zipped = found.filter { $0.rule.hasPrefix("aws.") }
        #expect(zipped.count == 2 && zipped.allSatisfy { $0.path == "backup.zip!config/aws.ini" })
        #expect(zipped.first?.layers.first?["kind"] as? String == "zip")
        #expect(zipped.first?.layers.first?["member"] as? String == "config/aws.ini")
        let decoded = try #require(found.first { $0.path == "k8s/secret.yaml" })
        #expect(decoded.line == 6)
        #expect(decoded.layers.first?["kind"] as? String == "base64")
        #expect(decoded.layers.first?["line"] as? Int == 6 && decoded.layers.first?["column"] as? Int == 16)
        #expect(result.stderr.contains("opened 1 archive(s), 1 member(s)"))
        #expect(!result.stdout.contains("Xk9mQ2vLp7") && !result.stderr.contains("Xk9mQ2vLp7"))
        // The value as the manifest holds it is the secret in another spelling: redacted unless asked, then whole.
        #expect(zipped.allSatisfy { $0.encoded == nil })
        let encoded = try #require(decoded.encoded)
        #expect(encoded.contains("…") && !result.stdout.contains(password))
        let shown = try occurrences(try DredgeBinary.run(["scan", fixture.path, "--format", "json", "--show-secrets"]).stdout)
        #expect(shown.first { $0.path == "k8s/secret.yaml" }?.encoded == password)

        let text = try DredgeBinary.run(["scan", fixture.path])
        #expect(text.stdout.contains("backup.zip!config/aws.ini:2:21"))
        #expect(text.stdout.contains("k8s/secret.yaml:6:16 DB_PASSWORD (decoded: base64 at 6:16)"))
    }

    @Test func truncatedZipAndZipBombAreCountedNeverFatal() throws {
        let fixture = try GitFixture()
        try fixture.write("zeros.bin", Data(count: 80 << 20))  // 80 MiB of zeros: more than a blob may inflate
        let bomb = try ProcessRunner.run("/usr/bin/env", ["zip", "-q", "-9", "bomb.zip", "zeros.bin"], currentDirectory: fixture.root)
        #expect(bomb.status == 0)
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("zeros.bin"))
        try fixture.write("a.txt", (0..<200).map { _ in "a line that does not compress away \(UUID().uuidString)\n" }.joined())
        let cut = try ProcessRunner.run("/usr/bin/env", ["zip", "-q", "cut.zip", "a.txt"], currentDirectory: fixture.root)
        #expect(cut.status == 0)
        let url = fixture.root.appendingPathComponent("cut.zip")
        try Data(try Data(contentsOf: url).prefix(300)).write(to: url)
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("a.txt"))
        try fixture.commit("bad archives")

        let result = try DredgeBinary.run(["scan", fixture.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 stopped at the inflation limit (zip bombs?)"))
        #expect(result.stderr.contains("1 truncated or corrupt"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let unwrapped = try #require((document["scan"] as? [String: Any])?["unwrapped"] as? [String: Any])
        #expect(unwrapped["over_limit"] as? Int == 1 && unwrapped["damaged"] as? Int == 1)
    }
}

extension UnwrapCommandTests {
    /// A zip cannot be edited by text replacement: the purge removes it whole, and the rehearsal finds nothing left.
    @Test func purgeRemovesAnArchiveHoldingASecretWhole() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "app\n")
        try fixture.write("config/aws.ini", "[default]\naws_access_key_id = \(SyntheticSecrets.awsKeyID)\naws_secret_access_key = \(SyntheticSecrets.awsSecretKey)\n")
        let zip = try ProcessRunner.run("/usr/bin/env", ["zip", "-q", "backup.zip", "config/aws.ini"], currentDirectory: fixture.root)
        #expect(zip.status == 0)
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("config"))
        try fixture.commit("backup")
        let scan = try DredgeBinary.run(["scan", "--quiet", fixture.path])
        try #require(scan.status == 1, "scan: \(scan.stderr)")

        let result = try DredgeBinary.run(["purge", "rehearse", fixture.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Nothing is left"))
        #expect(result.stdout.contains("1 path to remove"))
        #expect(!result.stdout.contains(SyntheticSecrets.awsSecretKey) && !result.stderr.contains(SyntheticSecrets.awsSecretKey))
    }

    /// A secret decoded from a value (a Kubernetes Secret's base64, a token inside a base64 blob of settings) is not
    /// in the blob as such: the purge replaces the encoded value whole, and the rehearsal finds nothing left.
    @Test func purgeReplacesTheEncodedValueADecodedSecretCameFrom() throws {
        let fixture = try GitFixture()
        let password = "Xk9mQ2vLp7!wRt4z"
        let encodedPassword = Data(password.utf8).base64EncodedString()
        let encodedSettings = Data("GITHUB_TOKEN=\(SyntheticSecrets.githubToken)\nTIMEOUT=30\n".utf8).base64EncodedString()
        try fixture.write("k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  DB_PASSWORD: \(encodedPassword)\n")
        try fixture.write("deploy/values.yaml", "replicas: 2\nsettingsBlob: \"\(encodedSettings)\"\n")
        try fixture.commit("manifests")
        try fixture.write("deploy/values.yaml", "replicas: 3\nsettingsBlob: \"\(encodedSettings)\"\n")
        try fixture.commit("scale up")
        let scan = try DredgeBinary.run(["scan", "--quiet", fixture.path, "--format", "json"])
        try #require(scan.status == 1, "scan: \(scan.stderr)")
        let decoded = try occurrences(scan.stdout).filter { $0.layers.first?["kind"] as? String == "base64" }
        #expect(Set(decoded.map(\.path)) == ["k8s/secret.yaml", "deploy/values.yaml"])
        #expect(!scan.stdout.contains(encodedPassword) && !scan.stdout.contains(encodedSettings))  // never reported

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-plan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = try DredgeBinary.run(["purge", "plan", fixture.path, "--output", directory.path])
        #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
        let replacements = try String(contentsOf: directory.appendingPathComponent("replacements.txt"), encoding: .utf8)
        #expect(replacements.contains(encodedPassword + "==>***REMOVED***"))
        #expect(replacements.contains(encodedSettings + "==>***REMOVED***"))

        let result = try DredgeBinary.run(["purge", "rehearse", fixture.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Nothing is left"))
        #expect(!result.stdout.contains(password) && !result.stderr.contains(password))
    }
}
