import Foundation

/// The installed `git filter-repo`, found as the purge script finds it: `git filter-repo` with the current PATH.
public struct FilterRepo: Sendable {
    public let version: String
    /// `--sensitive-data-removal` came in 2.47; Debian 12's package (2.38) lacks it.
    public let sensitiveDataRemoval: Bool

    public static let installHint = "git filter-repo is not installed: `apt-get install git-filter-repo` (Debian, Ubuntu) "
        + "or `pip install git-filter-repo`, so that `git filter-repo --version` works"

    /// The installed version, or nil when `git filter-repo` does not run.
    public static func installed() -> FilterRepo? {
        guard let version = try? ExternalProgram.run(["git", "filter-repo", "--version"]), version.status == 0,
              let help = try? ExternalProgram.run(["git", "filter-repo", "-h"]) else { return nil }
        return FilterRepo(version: version.output.trimmingCharacters(in: .whitespacesAndNewlines),
                          sensitiveDataRemoval: help.output.contains("--sensitive-data-removal"))
    }

    /// The installed version; an error that says how to install it when there is none.
    public static func required() throws -> FilterRepo {
        guard let installed = installed() else { throw DredgeError.externalTool(installHint) }
        return installed
    }
}
