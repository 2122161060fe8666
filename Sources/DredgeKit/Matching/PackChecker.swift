/// Runs every rule's examples and counter-examples through the real matcher (prefilter, PCRE2, entropy,
/// placeholder filter), as the tests do; `dredge patterns check` reports what it finds.
public enum PackChecker {
    public struct Problem: Sendable, CustomStringConvertible {
        public let rule: Rule
        public let message: String
        public var description: String { "\(rule.source.file):\(rule.source.line): rule \(rule.id): \(message)" }
    }

    public static func problems(in rules: [Rule]) throws -> [Problem] {
        var problems: [Problem] = []
        for rule in rules {
            let matcher = try Matcher(rules: [rule])
            for example in rule.examples {
                let lowered = example.text.lowercased()
                if !rule.isPathRule, !rule.keywords.contains(where: { lowered.contains($0.lowercased()) }) {
                    problems.append(Problem(rule: rule, message: "example contains none of the keywords: \(example)"))
                }
                let found = matcher.secrets(in: example.text, at: example.path)
                if found.isEmpty || (example.secret.map { !found.contains($0) } ?? false) {
                    problems.append(Problem(rule: rule, message: "example does not yield its secret (got \(found.count) match(es)): \(example)"))
                }
            }
            for counter in rule.counterExamples where !matcher.secrets(in: counter.text, at: counter.path).isEmpty {
                problems.append(Problem(rule: rule, message: "counter-example matches: \(counter)"))
            }
        }
        return problems
    }
}
