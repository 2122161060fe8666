import Foundation
import Testing

/// The PostgreSQL server the tests share: `scripts/with-test-postgres.sh` (run by `make test` and `.ci/run`) starts one
/// and exports its URL as DREDGE_TEST_POSTGRES_URL. Without it, the PostgreSQL tests are skipped and say so, except
/// under CI=true, where they run and fail with a message saying the server is missing: CI must not pass them silently.
public enum PostgresTestServer {
    public static let url = ProcessInfo.processInfo.environment["DREDGE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether the PostgreSQL tests run: a server is there, or CI requires one.
    public static let enabled = url != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    public static let skipReason: Comment = "no PostgreSQL server: DREDGE_TEST_POSTGRES_URL is not set (run the tests with `make test`, which starts one)"

    /// A new, empty database on the server, so each test has an inventory of its own; its URL.
    public static func freshDatabase() throws -> String {
        guard let url else {
            throw FixtureError("DREDGE_TEST_POSTGRES_URL is not set under CI=true: `make test` (scripts/with-test-postgres.sh) must start PostgreSQL for these tests")
        }
        let name = "dredge_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
        try psql(url, "CREATE DATABASE \(name)")
        return url.replacingOccurrences(of: #"/[^/?]*(\?|$)"#, with: "/\(name)$1", options: .regularExpression)
    }

    /// Runs SQL with the `psql` client; returns its unaligned output.
    @discardableResult
    public static func psql(_ url: String, _ sql: String) throws -> String {
        let result = try ProcessRunner.run("/usr/bin/env", ["psql", url, "-v", "ON_ERROR_STOP=1", "-tAc", sql])
        guard result.status == 0 else { throw FixtureError("psql failed (\(result.status)): \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
