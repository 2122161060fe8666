import Foundation

/// A repository shaped like the ones the audits found, pushed to a local bare remote, with one branch never pushed:
///
///     main     c1 README ─ c2 .env and .env.prod (AWS key id and secret, Stripe and GitHub tokens)
///              ─ c3 docker-compose.yml (POSTGRES_PASSWORD: changeme, redis-server --requirepass redispass)
///                   and app/settings.py (SECRET_KEY = "dev-secret-change-me")
///              ─ c4 deploy/keys/deploy_key (an OpenSSH private key made by ssh-keygen, no extension)
///              ─ c5 deploy/release.yml, "deploy: temporary token ghp_… for the release job" (a token in the message)
///                                                                                      (all pushed to origin)
///     feature  (from c5) ─ c6 scripts/release.sh with another GitHub token            (never pushed)
public final class AuditFixture {
    public let repository: GitFixture
    public let remote: GitFixture
    public let privateKey: String
    public static let compose = """
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_PASSWORD: changeme
          cache:
            image: redis:7
            command: redis-server --requirepass redispass
        """ + "\n"
    public static let settings = "import os\n\nDEBUG = False\nSECRET_KEY = \"dev-secret-change-me\"\n"
    public static let message = "deploy: temporary token \(SyntheticSecrets.githubMessageToken) for the release job"
    /// Every value that must be gone from every ref after the purge.
    public static let secrets = [SyntheticSecrets.awsKeyID, SyntheticSecrets.awsSecretKey, SyntheticSecrets.stripeLiveKey,
                                 SyntheticSecrets.githubToken, SyntheticSecrets.githubMessageToken, SyntheticSecrets.githubTagToken,
                                 "redispass", "dev-secret-change-me", "POSTGRES_PASSWORD: changeme"]

    public init() throws {
        remote = try GitFixture(bare: true)
        repository = try GitFixture()
        try repository.write("README.md", "# shop\n")
        try repository.commit("initial")
        try repository.write(".env", "AWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)\nAWS_SECRET_ACCESS_KEY=\(SyntheticSecrets.awsSecretKey)\n")
        try repository.write(".env.prod", "STRIPE_SECRET_KEY=\(SyntheticSecrets.stripeLiveKey)\nGITHUB_TOKEN=\(SyntheticSecrets.githubToken)\n")
        try repository.commit("environment")
        try repository.write("docker-compose.yml", Self.compose)
        try repository.write("app/settings.py", Self.settings)
        try repository.commit("compose and settings")
        let keyPath = repository.root.appendingPathComponent("deploy/keys/deploy_key")
        try FileManager.default.createDirectory(at: keyPath.deletingLastPathComponent(), withIntermediateDirectories: true)
        let keygen = try ProcessRunner.run("/usr/bin/env", ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "deploy", "-f", keyPath.path])
        guard keygen.status == 0 else { throw FixtureError("ssh-keygen failed: \(keygen.stderr)") }
        try FileManager.default.removeItem(atPath: keyPath.path + ".pub")
        privateKey = try String(contentsOf: keyPath, encoding: .utf8)
        try repository.commit("deploy key")
        try repository.write("deploy/release.yml", "job: release\n")
        try repository.commit(Self.message)
        try repository.git("remote", "add", "origin", remote.path)
        try repository.git("push", "-q", "-u", "origin", "main")
        try repository.git("checkout", "-q", "-b", "feature")
        try repository.write("scripts/release.sh", "#!/bin/sh\nexport GH_TOKEN=\(SyntheticSecrets.githubTagToken)\n")
        try repository.commit("release script")
        try repository.git("checkout", "-q", "main")
    }
}
