import Crypto
import Foundation

/// Clones of remote repositories kept between organisation scans: the first scan clones (without a work tree: dredge
/// reads the object database), later ones fetch. A clone, not a mirror: the remote's branches land in
/// `refs/remotes/origin/*`, so the inventory knows them as pushed.
public struct RepositoryCache: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// `$XDG_CACHE_HOME/dredge/repositories`, or `~/.cache/dredge/repositories`.
    public static var defaultDirectory: URL {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: NSHomeDirectory()).appendingPathComponent(".cache")
        return base.appendingPathComponent("dredge/repositories")
    }

    /// Where `url` is cloned: its normalised name made safe for a file name, and a hash of the URL so that two URLs
    /// that normalise alike never share a clone.
    public func clonePath(for url: String) -> URL {
        let name = (RepositoryIdentity.normalised(remoteURL: url) ?? "repository")
            .map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        let hash = SHA256.hash(data: Data(url.utf8)).prefix(6).lowercaseHex
        return directory.appendingPathComponent("\(String(name.suffix(80)))-\(hash).git")
    }

    /// Clones `url`, or fetches it when a clone is already there; returns the clone's path. Never prompts (a job has no
    /// terminal): credentials come from git's own configuration (credential helpers, SSH keys).
    public func update(_ url: String) throws -> URL {
        let clone = clonePath(for: url)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        let exists = FileManager.default.fileExists(atPath: clone.appendingPathComponent("HEAD").path)
        let arguments = exists
            ? ["git", "-C", clone.path, "fetch", "--quiet", "--prune", "--tags", "--force", "origin"]
            : ["git", "clone", "--quiet", "--bare", "--config", "remote.origin.fetch=+refs/heads/*:refs/remotes/origin/*", url, clone.path]
        let result = try ExternalProgram.run(arguments, environment: environment)
        guard result.status == 0 else {
            // git's message names the URL as given; a password in it would be printed, so it is redacted first.
            let message = PostgresLocation.redacting(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
            throw DredgeError.externalTool("\(exists ? "git fetch" : "git clone") \(PostgresLocation.redacting(url)) failed: \(message)")
        }
        if !exists {
            // A bare clone maps the remote's branches to refs/heads; fetch again so they are remote-tracking refs too.
            let fetch = try ExternalProgram.run(["git", "-C", clone.path, "fetch", "--quiet", "--prune", "--tags", "origin"],
                                                environment: environment)
            guard fetch.status == 0 else {
                throw DredgeError.externalTool("git fetch \(PostgresLocation.redacting(url)) failed: \(PostgresLocation.redacting(fetch.output))")
            }
        }
        return clone
    }
}
