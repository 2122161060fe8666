import Foundation

/// Runs every rule's examples and counter-examples through the real matcher (prefilter, PCRE2, placeholder filter,
/// entropy, validators), as the built-in pattern tests do, and says why one fails. `dredge patterns check` reports
/// every problem of every pack in one pass, each at the line of the field or example at fault.
public enum PackChecker {
    public struct Problem: Sendable, CustomStringConvertible {
        public let file: String
        public let line: Int?
        public let ruleID: String?
        public let message: String
        /// A pack that cannot be used as written (structure, YAML, a pattern that does not compile), as opposed to
        /// an example or counter-example that fails.
        public let isStructural: Bool

        init(_ error: DredgeError) {
            if case let .invalidPack(file, line, ruleID, message) = error {
                (self.file, self.line, self.ruleID, self.message) = (file, line, ruleID, message)
            } else {
                (file, line, ruleID, message) = ("", nil, nil, error.description)
            }
            isStructural = true
        }

        init(_ rule: Rule, at field: String, _ message: String, structural: Bool = false) {
            (file, line, ruleID, self.message, isStructural) = (rule.source.file, rule.source.line(of: field), rule.id, message, structural)
        }

        public var description: String {
            file.isEmpty ? message : DredgeError.invalidPack(file: file, line: line, ruleID: ruleID, message: message).description
        }
    }

    /// What `check` found: the rules and packs read, and every problem.
    public struct Outcome: Sendable {
        public var rules = 0
        public var packs = 0
        public var problems: [Problem] = []

        public init(rules: Int = 0, packs: Int = 0, problems: [Problem] = []) {
            (self.rules, self.packs, self.problems) = (rules, packs, problems)
        }
    }

    /// Every problem in the packs at `url` (a directory of packs or one file), in one pass.
    public static func check(_ url: URL) -> Outcome {
        var outcome = Outcome()
        let files: [URL]
        do {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw DredgeError.unreadablePath(path: url.path, reason: ErrorCause.of(errno: ENOENT))
            }
            files = isDirectory.boolValue ? try PatternPackLoader.packFiles(in: url) : [url]
        } catch {
            outcome.problems.append(Problem(error as? DredgeError ?? .unreadablePath(path: url.path, reason: ErrorCause.of(error))))
            return outcome
        }
        var rules: [Rule] = []
        for file in files {
            let (pack, problems) = PatternPackLoader.read(file: file)
            outcome.problems += problems.map(Problem.init)
            rules += pack.rules
        }
        outcome.packs = files.count
        outcome.rules = rules.count
        var firstSeen: [String: Rule] = [:]
        for rule in rules {
            if let first = firstSeen[rule.id] {
                outcome.problems.append(Problem(rule, at: "id", "duplicate rule id (first at \(first.source.file):\(first.source.line))", structural: true))
            } else {
                firstSeen[rule.id] = rule
            }
        }
        outcome.problems += problems(in: rules) + claimedExamples(in: rules)
        // In the order of the files, so they can be fixed from the top (the sort is stable: a line's problems keep theirs).
        let order = Dictionary(files.enumerated().map { ($1.path, $0) }) { first, _ in first }
        outcome.problems = outcome.problems.enumerated().sorted { a, b in
            let (left, right) = ((order[a.element.file] ?? -1, a.element.line ?? 0, a.offset), (order[b.element.file] ?? -1, b.element.line ?? 0, b.offset))
            return left < right
        }.map(\.element)
        return outcome
    }

    /// The problems of each rule on its own: its pattern must compile, its examples yield their secrets, its
    /// counter-examples nothing.
    /// A `provider_named` rule waits for the provider names of all of `rules`, as it does in a scan.
    public static func problems(in rules: [Rule]) -> [Problem] {
        let callees = ProviderCallees(rules)
        return rules.flatMap { rule -> [Problem] in
            let matcher: Matcher
            do {
                matcher = Matcher(try CompiledRules([rule], callees: callees))
            } catch {
                return [error is DredgeError ? Problem(rule, at: "pattern", Self.compileMessage(error), structural: true)
                                             : Problem(rule, at: "pattern", "\(error)", structural: true)]
            }
            return rule.examples.indices.compactMap { problem(example: $0, of: rule, matcher: matcher) }
                + rule.counterExamples.indices.compactMap { problem(counterExample: $0, of: rule, matcher: matcher) }
                + (rule.documentedExamples + rule.documentedDefaults).compactMap { problem(documented: $0, of: rule, matcher: matcher) }
        }
    }

    /// Examples whose secret another rule's prefix claims as a near miss of its own format (Browserbase's `bb_live_…`
    /// one letter from Scrapebit's `sb_live_`): every rule that judges by name leaves such a value alone, so the key
    /// is lost wherever its provider's rule does not take it (under a bare `API_KEY`, without the provider's name). A
    /// new prefix can do this to another provider's format one letter away; the cure is the other rule owning its
    /// prefix (a keyword every example begins with, or a pattern that begins its values with it). A rule whose page
    /// states no format (`format_checked: false`) writes its examples in an assumed shape, which proves nothing here.
    public static func claimedExamples(in rules: [Rule]) -> [Problem] {
        guard let compiled = try? CompiledRules(rules, lazily: true) else { return [] }
        return rules.filter { $0.kind == .credential && $0.formatChecked }.flatMap { rule in
            rule.examples.enumerated().compactMap { index, example -> Problem? in
                guard let secret = example.secret, let owner = compiled.nearMissOwner(of: Array(secret.utf8)),
                      owner != rule.id else { return nil }
                return Problem(rule, at: "examples[\(index)]", "example \(index + 1)'s secret reads as a mistyped or cut token of `\(owner)`, so the rules that judge by name drop it: make this rule own its prefix (a keyword every example begins with): \(example)")
            }
        }
    }

    /// A documented example the rule's own pattern does not capture whole would mark nothing: a typo in the data. A
    /// rule that needs the provider's name beside the value (`Token token=…`) captures it in an example's text, in
    /// the place of that example's secret.
    static func problem(documented value: String, of rule: Rule, matcher: Matcher) -> Problem? {
        let bytes = Array(value.utf8)
        let placements = [(text: bytes, range: 0..<bytes.count)] + rule.examples.compactMap { $0.placing(bytes) }
        for (text, wanted) in placements {
            let captured = (try? text.withUnsafeBytes { try matcher.captures(0, in: $0) }) ?? []
            if captured.contains(wanted) { return nil }
        }
        return Problem(rule, at: "documented_examples", "documented example `\(TerminalText.escape(value))` is not a match of the rule's pattern, on its own or in an example's place")
    }

    /// What is wrong with example `index` of `rule`, or nil when it yields its secret.
    public static func problem(example index: Int, of rule: Rule) throws -> Problem? {
        problem(example: index, of: rule, matcher: try Matcher(rules: [rule]))
    }

    /// What is wrong with counter-example `index` of `rule`, or nil when it yields nothing.
    public static func problem(counterExample index: Int, of rule: Rule) throws -> Problem? {
        problem(counterExample: index, of: rule, matcher: try Matcher(rules: [rule]))
    }

    static func problem(example index: Int, of rule: Rule, matcher: Matcher) -> Problem? {
        let example = rule.examples[index]
        let field = "examples[\(index)]"
        var reasons: [String] = []
        if !rule.isPathRule, !KeywordPrefilter.finds(anyOf: rule.keywords, in: example.text) {
            reasons.append("none of its keywords (\(rule.keywords.joined(separator: ", "))) is in it, so the prefilter never runs the pattern")
        }
        let found = matcher.secrets(in: example.text, at: example.path)
        let yields = example.secret.map(found.contains) ?? !found.isEmpty
        if yields, reasons.isEmpty { return nil }
        if !yields { reasons += whyNot(example, of: rule, matcher: matcher, found: found) }
        if reasons.isEmpty { reasons = ["it matched, but the match was dropped (an inline `dredge:allow`, or an overlap)"] }
        return Problem(rule, at: field, "example \(index + 1) does not yield its secret: \(reasons.joined(separator: "; ")): \(example)")
    }

    static func problem(counterExample index: Int, of rule: Rule, matcher: Matcher) -> Problem? {
        let counter = rule.counterExamples[index]
        let found = matcher.secrets(in: counter.text, at: counter.path)
        guard !found.isEmpty else { return nil }
        let shown = found.map { "`\(TerminalText.escape($0))`" }.joined(separator: ", ")
        return Problem(rule, at: "counter_examples[\(index)]", "counter-example \(index + 1) yields \(shown), and should yield nothing: \(counter)")
    }

    /// Why an example yields nothing, or not its secret, in the order the matcher decides: the pattern, then what it
    /// captured against the expected secret, then the filters that dropped the capture; empty when none of these.
    private static func whyNot(_ example: RuleExample, of rule: Rule, matcher: Matcher, found: [String]) -> [String] {
        if rule.isPathRule, found.isEmpty { return ["nothing is found at path `\(example.path ?? "")`"] }
        let bytes = Array(example.text.utf8)
        let captures: [Range<Int>]
        do {
            captures = try bytes.withUnsafeBytes { try matcher.captures(0, in: $0) }
        } catch {
            return ["the pattern gave up: \(error)"]
        }
        guard !captures.isEmpty else { return ["the pattern does not match it"] }
        let text = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
        var reasons: [String] = []
        var judged = captures
        if let expected = example.secret {
            if let exact = captures.first(where: { text($0) == expected }) {
                judged = [exact]
            } else {
                let shown = captures.map { "`\(TerminalText.escape(text($0)))`" }.joined(separator: ", ")
                reasons.append("the pattern captures \(shown), not the expected `\(TerminalText.escape(expected))`")
            }
        }
        for range in judged {
            if case .failure(let rejection) = bytes.withUnsafeBytes({ matcher.verdict(range, in: $0, rule: 0) }) {
                reasons.append(judged.count == 1 ? "\(rejection)" : "`\(TerminalText.escape(text(range)))`: \(rejection)")
            }
        }
        return reasons
    }

    private static func compileMessage(_ error: any Error) -> String {
        if case let .invalidPack(_, _, _, message)? = error as? DredgeError { return message }
        return "\(error)"
    }
}
