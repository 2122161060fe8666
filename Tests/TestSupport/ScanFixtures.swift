import DredgeKit
import Foundation

/// Synthetic secrets in documented shapes; never real credentials.
public enum SyntheticSecrets {
    /// Matches fixtures/packs/acme.yml.
    public static let acme = "acme_live_4fJ9kQ2mZp7TxW1vB8nR3cY6dL0sH5gA"
    public static let acmeOther = "acme_live_Zq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5Nj9Hg0Fd"
    /// An AWS access key id in the documented shape (AKIA + 16 of A-Z2-7).
    public static let awsKeyID = "AKIAQ3EGRTWJKZ5XWXQM"
    public static let awsSecretKey = "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"
    /// A classic GitHub token whose last six characters are the right CRC-32 checksum.
    public static let githubToken = "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"
    /// Two more classic GitHub tokens with the right checksum (CRC-32 of the 30 random characters, base 62), for
    /// commit and tag messages.
    public static let githubMessageToken = "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"
    public static let githubTagToken = "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"
    /// A Stripe live secret key in the documented shape (sk_live_ + 24 or more alphanumerics).
    public static let stripeLiveKey = "sk_live_51Hq8Wn3Rt6Yp1Ks4Lm7Xc2Vb5Nj9Hg0FdT2rQ"
}

extension GitFixture {
    /// Scans the fixture in-process with only the test pack `fixtures/packs`, so that the scanner's behaviour is
    /// tested apart from the built-in rules (which have their own tests).
    public func scan(jobs: Int = 2, lineDeduplication: Bool = true, configuration: ScanConfiguration = ScanConfiguration()) throws -> ScanReport {
        var request = ScanRequest(repositoryPath: path)
        request.patternDirectories = [FixturePaths.fixtures.appendingPathComponent("packs")]
        request.builtinRules = false
        request.jobs = jobs
        request.lineDeduplication = lineDeduplication
        request.configuration = configuration
        return try Scanner(request).run()
    }

    /// Scans with the fixture's own `.dredge.yml` and `.dredgeignore`, as `dredge scan` does.
    public func scanConfigured(jobs: Int = 2, lineDeduplication: Bool = true) throws -> ScanReport {
        try scan(jobs: jobs, lineDeduplication: lineDeduplication, configuration: try ScanConfiguration.load(repositoryPath: path))
    }

    /// Scans the fixture in-process with the built-in rules, as `dredge scan` does.
    public func scanWithBuiltinRules(jobs: Int = 2) throws -> ScanReport {
        var request = ScanRequest(repositoryPath: path)
        request.jobs = jobs
        return try Scanner(request).run()
    }
}
