import ArgumentParser
import DredgeKit
import Foundation
import Git

struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Install git hooks that scan what is pushed or committed, or run one as git does.",
        subcommands: [Install.self, Uninstall.self, PrePush.self, PreCommit.self]
    )

    /// `--pre-push` and `--pre-commit`; neither means the default given.
    struct Kinds: ParsableArguments {
        @Flag(name: .long, help: "The pre-push hook: scans the commits being pushed.")
        var prePush = false

        @Flag(name: .long, help: "The pre-commit hook: scans what is staged.")
        var preCommit = false

        func chosen(default fallback: [HookKind]) -> [HookKind] {
            let picked = (prePush ? [HookKind.prePush] : []) + (preCommit ? [.preCommit] : [])
            return picked.isEmpty ? fallback : picked
        }
    }

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install dredge's hooks in this repository (default: pre-push); a hook already there is kept and runs first.")

        @OptionGroup var kinds: Kinds

        func run() throws {
            let installer = try HookCommand.installer()
            for kind in kinds.chosen(default: [.prePush]) { print(try installer.install(kind)) }
            // The first push or commit then finds the built-in rules parsed already: parsing them takes ~100 ms, the
            // cache a few. A cache that cannot be written only costs that first run the time.
            _ = try? PatternPackLoader.builtin()
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove dredge's hooks (default: both) and put back the hooks they chained.")

        @OptionGroup var kinds: Kinds

        func run() throws {
            let installer = try HookCommand.installer()
            for kind in kinds.chosen(default: HookKind.allCases) { print(try installer.uninstall(kind)) }
        }
    }

    struct PrePush: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pre-push",
            abstract: "Run as git's pre-push hook: scan the commits being pushed (refs on standard input); exit 1 blocks the push.")

        @Argument(help: "The remote's name (or URL when it has none).")
        var remote: String

        @Argument(help: "The remote's URL.")
        var url: String?

        func run() throws {
            try Self.run(remote: remote)
        }

        /// What git's `pre-push` runs; `main` calls it straight for the exact form git uses (`hook pre-push REMOTE
        /// URL`), without the argument parser: its reflection over every command costs milliseconds on every push.
        static func run(remote: String) throws {
            PatternPackLoader.prefetchBuiltin()
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            let updates = try PushUpdate.parse(input)
            guard let range = PrePushHook.range(of: updates, remote: remote) else { return }
            try HookCommand.scan(try HookCommand.repositoryPath(), .range(range), blocking: .prePush)
        }

        /// The remote's name when `arguments` (without the program's name) are exactly what git passes the hook.
        static func remote(inHookArguments arguments: [String]) -> String? {
            guard (3...4).contains(arguments.count), arguments[0] == "hook", arguments[1] == "pre-push",
                  !arguments.dropFirst(2).contains(where: { $0.hasPrefix("-") }) else { return nil }
            return arguments[2]
        }
    }

    struct PreCommit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pre-commit",
            abstract: "Run as git's pre-commit hook: scan what is staged; exit 1 blocks the commit.")

        func run() throws {
            PatternPackLoader.prefetchBuiltin()
            try HookCommand.scan(try HookCommand.repositoryPath(), .staged, blocking: .preCommit)
        }
    }

    /// Scans `input` with the repository's `.dredge.yml` and `.dredgeignore`; on findings at or above its `fail_on`,
    /// prints them and how to fix them on standard error and exits 1, which stops git.
    static func scan(_ path: String, _ input: ScanInput, blocking kind: HookKind) throws {
        var request = ScanRequest(repositoryPath: path)
        request.input = input
        request.configuration = try ScanConfiguration.load(repositoryPath: path)
        let report = try Scanner(request).run()
        guard request.configuration.fails(report) else { return }
        FileHandle.standardError.write(Data(HookAdvice(kind).text(for: report.findings).utf8))
        throw ExitCode(1)
    }

    /// The repository git runs the hook for (`GIT_DIR` when git set it), else the one containing this directory.
    static func repositoryPath() throws -> String {
        try ProcessInfo.processInfo.environment["GIT_DIR"] ?? RepositoryLocation.resolve(nil)
    }

    static func repository() throws -> (path: String, repository: Repository) {
        let path = try repositoryPath()
        return (path, try Scanner.openRepository(path))
    }

    static func installer() throws -> HookInstaller {
        let repository = try repository().repository
        let executable = Bundle.main.executableURL?.path ?? CommandLine.arguments[0]
        return HookInstaller(repository: repository, executable: executable)
    }
}
