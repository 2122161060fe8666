/// Runs every rule's examples and counter-examples through the real matcher (prefilter, PCRE2, entropy,
/// placeholder filter), as the tests do; `dredge patterns check` reports what it finds.
public enum PackChecker {
    public struct Problem: Sendable, CustomStringConvertible {
        public let rule: Rule
        public let message: String
        public var description: String { "\(rule.source.file):\(rule.source.line): rule \(rule.id): \(message)" }
    }

    /// The secrets a rule yields on `text`, exactly as a scan would.
    public static func secrets(of matcher: Matcher, in text: String) -> [String] {
        matcher.matches(in: Array(text.utf8)).matches.map { $0.secret.reveal() }
    }

    public static func problems(in rules: [Rule]) throws -> [Problem] {
        var problems: [Problem] = []
        for rule in rules {
            let matcher = try Matcher(rules: [rule])
            for example in rule.examples {
                let lowered = example.text.lowercased()
                if !rule.keywords.contains(where: { lowered.contains($0.lowercased()) }) {
                    problems.append(Problem(rule: rule, message: "example contains none of the keywords: \(example.text)"))
                }
                let found = secrets(of: matcher, in: example.text)
                if !found.contains(example.secret) {
                    problems.append(Problem(rule: rule, message: "example does not yield its secret (got \(found.count) match(es)): \(example.text)"))
                }
            }
            for counter in rule.counterExamples where !secrets(of: matcher, in: counter).isEmpty {
                problems.append(Problem(rule: rule, message: "counter-example matches: \(counter)"))
            }
        }
        return problems
    }
}
