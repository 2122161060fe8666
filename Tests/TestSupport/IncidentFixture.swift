import Foundation

/// The repository a responder meets after a leak, pushed to a local bare remote:
///
///     main  c1 README ─ c2 .env (AWS key id + secret key) ─ c3 GitHub token in src/settings.py and scripts/deploy.sh
///           ─ c4 .env removed ─ c5 ─ c6            (all pushed to origin)
///     local-only (from c6) ─ c7 billing.py with a Stripe live key    (never pushed)
public final class IncidentFixture {
    public let repository: GitFixture
    public let remote: GitFixture
    /// Commit ids by name: `env`, `token`, `removal`, `head`, `stripe`.
    public private(set) var commits: [String: String] = [:]

    public init() throws {
        remote = try GitFixture(bare: true)
        repository = try GitFixture()
        try repository.write("README.md", "# billing service\n")
        try repository.commit("initial")
        try repository.write(".env", "APP_ENV=production\nAWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)\nAWS_SECRET_ACCESS_KEY=\(SyntheticSecrets.awsSecretKey)\n")
        commits["env"] = try repository.commit("add env", author: "Bob Builder", email: "bob@dredge.test")
        try repository.write("src/settings.py", "DEBUG = False\nGITHUB_TOKEN = \"\(SyntheticSecrets.githubToken)\"\n")
        try repository.write("scripts/deploy.sh", "#!/bin/sh\nexport GH_TOKEN=\(SyntheticSecrets.githubToken)\n")
        commits["token"] = try repository.commit("settings and deploy script")
        try repository.git("rm", "-q", ".env")
        commits["removal"] = try repository.commit("remove env")
        try repository.write("README.md", "# billing service\n\nRun `make`.\n")
        try repository.commit("docs")
        try repository.write("CHANGELOG.md", "0.1\n")
        commits["head"] = try repository.commit("changelog")
        try repository.git("remote", "add", "origin", remote.path)
        try repository.git("push", "-q", "-u", "origin", "main")
        try repository.git("checkout", "-q", "-b", "local-only")
        try repository.write("billing.py", "STRIPE_KEY = '\(SyntheticSecrets.stripeLiveKey)'\n")
        commits["stripe"] = try repository.commit("try stripe")
        try repository.git("checkout", "-q", "main")
    }
}
