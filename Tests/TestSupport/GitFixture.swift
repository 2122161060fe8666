import Foundation

/// A real git repository built with the `git` CLI in a temporary directory, removed when the fixture goes away.
/// Names, emails and dates are pinned (each commit one day after the previous one), so commit ids are stable.
public final class GitFixture {
    public let root: URL
    private var commits = 0
    public static let firstDate = 1_704_067_200  // 2024-01-01T00:00:00Z

    public init(bare: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git(bare ? ["init", "-q", "--bare", "-b", "main"] : ["init", "-q", "-b", "main"])
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    public var path: String { root.path }

    /// Writes a file in the work tree, creating directories as needed.
    public func write(_ relativePath: String, _ contents: String) throws {
        try write(relativePath, Data(contents.utf8))
    }

    public func write(_ relativePath: String, _ data: Data) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Stages everything and commits; returns the new commit id.
    @discardableResult
    public func commit(_ message: String, author: String = "Alice Example", email: String = "alice@dredge.test") throws -> String {
        try git(["add", "-A"])
        commits += 1
        try git(["commit", "-q", "--allow-empty", "-m", message], author: author, email: email)
        return try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The date the next commit will carry, as git reads it.
    private var nextDate: String { "@\(Self.firstDate + commits * 86_400) +0000" }

    /// Runs git in the repository with pinned identity and no user or system configuration; returns standard output.
    @discardableResult
    public func git(_ arguments: [String], author: String = "Alice Example", email: String = "alice@dredge.test", stdin: String? = nil) throws -> String {
        let result = try gitResult(arguments, author: author, email: email, stdin: stdin)
        guard result.status == 0 else {
            throw FixtureError("git \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    /// Runs git as `git(_:)` does, and returns its exit status and output even when it fails (a push a hook blocks).
    public func gitResult(_ arguments: [String], author: String = "Alice Example", email: String = "alice@dredge.test",
                          stdin: String? = nil) throws -> ProcessRunner.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_AUTHOR_NAME"] = author
        environment["GIT_AUTHOR_EMAIL"] = email
        environment["GIT_COMMITTER_NAME"] = author
        environment["GIT_COMMITTER_EMAIL"] = email
        environment["GIT_AUTHOR_DATE"] = nextDate
        environment["GIT_COMMITTER_DATE"] = nextDate
        return try ProcessRunner.run("/usr/bin/env", ["git", "-C", root.path] + arguments, environment: environment, stdin: stdin)
    }

    @discardableResult
    public func git(_ arguments: String...) throws -> String { try git(arguments) }

    /// A clone of this repository made with `git clone <options> file://…` (shallow, partial, mirror…).
    public func clone(_ options: [String]) throws -> GitFixture {
        let clone = try GitFixture()
        try FileManager.default.removeItem(at: clone.root)
        let result = try ProcessRunner.run("/usr/bin/env", ["git", "clone", "-q"] + options + ["file://\(path)", clone.path])
        guard result.status == 0 else { throw FixtureError("git clone \(options.joined(separator: " ")) failed: \(result.stderr)") }
        return clone
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
