import Foundation

/// Runs the built `dredge` binary, as a user would.
public enum DredgeBinary {
    /// `.build/<config>/dredge`, next to the test bundle that SwiftPM built in the same run.
    public static var url: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            FixturePaths.packageRoot.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("dredge") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    /// Runs the binary as a user without root's rights: as root, as `nobody` through setpriv (root reads and writes
    /// everything, so a permission error can only be seen that way); otherwise as the current user.
    public static func runUnprivileged(_ arguments: [String]) throws -> ProcessRunner.Result {
        guard getuid() == 0 else { return try run(arguments) }
        return try ProcessRunner.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", url.path] + arguments,
                                     environment: ["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"])
    }

    public static func run(_ arguments: [String], in directory: URL? = nil, stdin: String? = nil,
                           environment extra: [String: String] = [:]) throws -> ProcessRunner.Result {
        var environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        environment["NO_COLOR"] = "1"
        return try ProcessRunner.run(url.path, arguments, environment: environment, stdin: stdin, currentDirectory: directory)
    }
}

/// Paths inside this repository.
public enum FixturePaths {
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let fixtures = packageRoot.appendingPathComponent("fixtures")
    public static let invalid = fixtures.appendingPathComponent("invalid")
}
