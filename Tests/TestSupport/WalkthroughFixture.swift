import Foundation

/// What a new user meets when walking through the README after a leak: a clone whose `main` is pushed to a bare
/// remote, an unpushed feature branch, and a plain directory of the same files.
///
///     main     c1 README ─ c2 .env (AWS key id + secret access key, SESSION_SECRET) and deploy/id_ed25519
///              ─ c3 .env edited (APP_ENV changed; the secrets stay, on the same lines) ─ c4 docs     (pushed)
///     feature  (from c4) c5 billing.py with a Stripe live key                                      (never pushed)
///     remote   a bare repository holding main; `mirror` is a `git clone --mirror` of it with a forge's refs/pull/1/head
public final class WalkthroughFixture {
    public let clone: GitFixture
    public let remote: GitFixture
    /// Plain files (no git): the same `.env` and key file as the clone.
    public let directory: URL
    public private(set) var commits: [String: String] = [:]

    public static let sessionSecret = "Vq7rT2mZkw9pXb4Hs8LcQe3N"
    /// A synthetic OpenSSH key body: the shape of the format, no real key.
    public static let deployKey = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        QyNTUxOQAAACBm5Xk0w6QpJ3xY2n8hV1dR7tL9cZ0aB4eF6gH2iJ3kLmAAAAJhbD3xzXQ9
        -----END OPENSSH PRIVATE KEY-----

        """
    public static func env(appEnv: String) -> String {
        "APP_ENV=\(appEnv)\nAWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)\n"
            + "AWS_SECRET_ACCESS_KEY=\(SyntheticSecrets.awsSecretKey)\nSESSION_SECRET=\(sessionSecret)\n"
    }

    public init() throws {
        remote = try GitFixture(bare: true)
        clone = try GitFixture()
        try clone.write("README.md", "# billing\n")
        try clone.commit("initial")
        try clone.write(".env", Self.env(appEnv: "production"))
        try clone.write("deploy/id_ed25519", Self.deployKey)
        commits["env"] = try clone.commit("env and deploy key", author: "Bob Builder", email: "bob@dredge.test")
        try clone.write(".env", Self.env(appEnv: "staging"))
        commits["edit"] = try clone.commit("staging")
        try clone.write("README.md", "# billing\n\nRun `make`.\n")
        commits["docs"] = try clone.commit("docs")
        try clone.git("remote", "add", "origin", remote.path)
        try clone.git("push", "-q", "-u", "origin", "main")
        try clone.git("checkout", "-q", "-b", "feature")
        try clone.write("billing.py", "STRIPE = \"\(SyntheticSecrets.stripeLiveKey)\"\n")
        commits["stripe"] = try clone.commit("try stripe")
        try clone.git("checkout", "-q", "main")

        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("deploy"), withIntermediateDirectories: true)
        try Data(Self.env(appEnv: "production").utf8).write(to: directory.appendingPathComponent(".env"))
        try Data(Self.deployKey.utf8).write(to: directory.appendingPathComponent("deploy/id_ed25519"))
    }

    /// A mirror of the remote, as `git clone --mirror` of a forge makes it, with a pull request's ref.
    public func mirror() throws -> GitFixture {
        let mirror = try remote.clone(["--mirror"])
        try mirror.git("fetch", "-q", clone.path, "refs/heads/feature:refs/pull/1/head")  // the feature branch, proposed
        return mirror
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}
