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
            // On standard error, so the list stays one rule per line: how many rules, and which bundle they came from.
            let source = PatternPackLoader.builtinDirectory ?? "no built-in bundle"
            FileHandle.standardError.write(Data("dredge: \(rules.count) rules; built-in packs from \(source)\n".utf8))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate packs: structure, compilation, and every example and counter-example.",
            discussion: """
                Reports every problem in one pass, each at the line of the field or example at fault, and says why an \
                example yields nothing. Exit codes: 0 all good, 1 an example or counter-example fails, 2 a pack is malformed.
                """
        )

        @Argument(help: "A directory of packs or one .yml file. Default: the built-in packs.")
        var path: String?

        func run() throws {
            let outcome: PackChecker.Outcome
            if let path {
                outcome = PackChecker.check(URL(fileURLWithPath: path))
            } else {
                let packs = try PatternPackLoader.builtin()
                let rules = try PatternPackLoader.merge(base: packs)
                outcome = PackChecker.Outcome(rules: rules.count, packs: packs.count, problems: PackChecker.problems(in: rules))
            }
            for problem in outcome.problems { print(problem) }
            let verdict = outcome.problems.isEmpty ? "ok" : Plural.count(outcome.problems.count, "problem")
            print("\(Plural.count(outcome.rules, "rule")) in \(Plural.count(outcome.packs, "pack")): \(verdict)")
            throw ExitCode(outcome.problems.contains(where: \.isStructural) ? 2 : outcome.problems.isEmpty ? 0 : 1)
        }
    }
}
