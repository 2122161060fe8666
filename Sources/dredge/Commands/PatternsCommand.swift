import ArgumentParser
import DredgeKit
import Foundation

struct PatternsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patterns",
        abstract: "List the rules, or check a directory of pattern packs.",
        subcommands: [List.self, Check.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every rule: id, severity, kind, name.")

        @Option(name: .long, help: "Extra pattern packs, as for `scan`.")
        var patterns: [String] = []

        func run() throws {
            let rules = try Scanner.loadRules(extra: patterns.map { URL(fileURLWithPath: $0) })
            for rule in rules {
                print([rule.id, rule.severity.rawValue, rule.kind.rawValue, rule.name].joined(separator: "\t"))
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate packs: structure, compilation, and every example and counter-example.",
            discussion: "Exit codes: 0 all good, 1 an example or counter-example fails, 2 a pack is malformed."
        )

        @Argument(help: "A directory of packs or one .yml file. Default: the built-in packs.")
        var path: String?

        func run() throws {
            let packs = try path.map { try PatternPackLoader.load(directory: URL(fileURLWithPath: $0)) } ?? PatternPackLoader.builtin()
            let rules = try PatternPackLoader.merge(base: packs)
            _ = try CompiledRules(rules)
            let problems = try PackChecker.problems(in: rules)
            for problem in problems { print(problem) }
            print("\(rules.count) rules in \(packs.count) packs: \(problems.isEmpty ? "ok" : "\(problems.count) problem(s)")")
            throw ExitCode(problems.isEmpty ? 0 : 1)
        }
    }
}
