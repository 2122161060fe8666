import Foundation

/// A history that needs every kind of purge, as `dredge purge` meets it:
///
///     main  c1 README ─ c2 .env (AWS key id and secret, a session secret) ─ c3 git mv .env config/production.env
///           ─ c4 src/settings.py (a GitHub token among ordinary code) and data/customers.json (personal data)
///     tag v1.0 (annotated) on c5 billing.py with a Stripe live key; main was reset back to c4, so only the tag holds it
public final class PurgeFixture {
    public let repository: GitFixture
    public static let sessionSecret = "Vq7rT2mZkw9pX4"
    public static let secrets = [SyntheticSecrets.awsKeyID, SyntheticSecrets.awsSecretKey, sessionSecret,
                                 SyntheticSecrets.githubToken, SyntheticSecrets.stripeLiveKey]
    public static let settings = "import os\n\nDEBUG = False\nGITHUB_TOKEN = \"\(SyntheticSecrets.githubToken)\"\nTIMEOUT = 30\n"
    public static let customers = """
        [{"Name": "Ana Silva", "Email": "ana.silva@gmail.com", "Phone": "+351 912 345 678"},
         {"Name": "Bo Lind", "Email": "bo.lind@outlook.com", "Phone": "+46 70 123 45 67"},
         {"Name": "Cy Moreau", "Email": "cy.moreau@yahoo.fr", "Phone": "+33 6 12 34 56 78"}]
        """

    public init() throws {
        repository = try GitFixture()
        try repository.write("README.md", "# billing\n")
        try repository.commit("initial")
        try repository.write(".env", "APP_ENV=production\nAWS_ACCESS_KEY_ID=\(SyntheticSecrets.awsKeyID)\n"
                             + "AWS_SECRET_ACCESS_KEY=\(SyntheticSecrets.awsSecretKey)\nSESSION_SECRET=\(Self.sessionSecret)\n")
        try repository.commit("add env")
        try FileManager.default.createDirectory(at: repository.root.appendingPathComponent("config"), withIntermediateDirectories: true)
        try repository.git("mv", ".env", "config/production.env")
        try repository.commit("move env")
        try repository.write("src/settings.py", Self.settings)
        try repository.write("data/customers.json", Self.customers)
        try repository.commit("settings and customer export")
        try repository.write("billing.py", "STRIPE_KEY = '\(SyntheticSecrets.stripeLiveKey)'\n")
        try repository.commit("try stripe")
        try repository.git("tag", "-a", "v1.0", "-m", "release 1.0")
        try repository.git("reset", "-q", "--hard", "HEAD~1")
    }

    /// Every ref and what it points at, as `git for-each-ref` prints them.
    public func references() throws -> String {
        try repository.git("for-each-ref")
    }
}
