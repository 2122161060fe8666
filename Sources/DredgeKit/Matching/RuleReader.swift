import Foundation
import Yams

/// Turns one YAML rule mapping into a `Rule`, with errors that point at the offending line.
struct RuleReader {
    let file: String
    let node: Node
    private var ruleID: String?

    init(file: String, node: Node) {
        self.file = file
        self.node = node
        ruleID = node.mapping?["id"]?.string
    }

    func rule() throws -> Rule {
        guard let mapping = node.mapping else { throw failure("a rule must be a mapping", at: node) }
        for (key, _) in mapping where !PatternPackLoader.fields.contains(key.string ?? "") {
            throw failure("unknown field `\(key.string ?? "?")`", at: key)
        }
        let id = try string("id")
        guard PatternPackLoader.isValidID(id) else {
            throw failure("id must be lowercase and dotted, like `acme.live-key`", at: mapping["id"]!)
        }
        let paths = mapping["paths"] == nil ? [] : try strings("paths")
        let isPathRule = !paths.isEmpty
        let parser = mapping["parse"] == nil ? nil : try choice("parse", FileParser.self)
        if parser != nil, !isPathRule { throw failure("`parse` needs `paths`", at: mapping["parse"]!) }
        // A content rule needs a pattern and keywords; a path rule is chosen by path, its pattern checks content.
        let pattern = isPathRule && mapping["pattern"] == nil ? nil : try string("pattern")
        let keywords = isPathRule && mapping["keywords"] == nil ? [] : try strings("keywords")
        guard isPathRule || (!keywords.isEmpty && keywords.allSatisfy({ !$0.isEmpty })) else {
            throw failure("`keywords` must list at least one non-empty literal", at: mapping["keywords"]!)
        }
        let references = try strings("references")
        for (offset, reference) in references.enumerated() where !(reference.hasPrefix("https://") || reference.hasPrefix("http://")) {
            throw failure("reference is not a URL: \(reference)", at: mapping["references"]!.sequence![offset])
        }
        guard !references.isEmpty else { throw failure("`references` must name the provider's documentation", at: mapping["references"]!) }
        let examples = try exampleList("examples", needsSecret: !isPathRule, needsPath: isPathRule)
        let counterExamples = try exampleList("counter_examples", needsSecret: false, needsPath: isPathRule)
        guard !examples.isEmpty else { throw failure("a rule needs at least one example", at: node) }
        guard !counterExamples.isEmpty else { throw failure("a rule needs at least one counter-example", at: node) }
        return Rule(
            id: id,
            name: try string("name"),
            kind: try choice("kind", Rule.Kind.self),
            severity: try choice("severity", Severity.self),
            confidence: mapping["confidence"] == nil ? .medium : try choice("confidence", Confidence.self),
            pattern: pattern,
            keywords: keywords,
            window: mapping["window"] == nil ? nil : try choice("window", Rule.Window.self),
            paths: paths,
            excludedPaths: mapping["exclude_paths"] == nil ? [] : try strings("exclude_paths"),
            parser: parser,
            minEntropy: try number("min_entropy") ?? 0,
            validators: try validators(),
            playbook: mapping["playbook"] == nil ? nil : try string("playbook"),
            references: references,
            examples: examples,
            counterExamples: counterExamples,
            source: Rule.Source(file: file, line: node.mark?.line ?? 0)
        )
    }

    private func failure(_ message: String, at node: Node) -> DredgeError {
        .invalidPack(file: file, line: node.mark?.line, ruleID: ruleID, message: message)
    }

    private func required(_ key: String) throws -> Node {
        guard let value = node.mapping?[key] else { throw failure("missing required field `\(key)`", at: node) }
        return value
    }

    private func string(_ key: String) throws -> String {
        let value = try required(key)
        guard case .scalar = value, let text = value.string, !text.isEmpty else {
            throw failure("`\(key)` must be a non-empty string", at: value)
        }
        return text
    }

    private func strings(_ key: String) throws -> [String] {
        let value = try required(key)
        guard let items = value.sequence else { throw failure("`\(key)` must be a list", at: value) }
        return try items.map { item in
            guard case .scalar = item, let text = item.string else { throw failure("`\(key)` entries must be strings", at: item) }
            return text
        }
    }

    private func number(_ key: String) throws -> Double? {
        guard let value = node.mapping?[key] else { return nil }
        guard let text = value.string, let number = Double(text), number >= 0 else {
            throw failure("`\(key)` must be a non-negative number", at: value)
        }
        return number
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws -> T where T.RawValue == String {
        let text = try string(key)
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: " | ")
            throw failure("`\(key)` must be one of \(allowed), not `\(text)`", at: node.mapping![key]!)
        }
        return value
    }

    /// `validate:` takes one validator id or a list of them.
    private func validators() throws -> [Validator] {
        guard let value = node.mapping?["validate"] else { return [] }
        let items = value.sequence.map(Array.init) ?? [value]
        return try items.map { item in
            guard let name = item.string, let validator = Validator(rawValue: name) else {
                let allowed = Validator.allCases.map(\.rawValue).joined(separator: " | ")
                throw failure("`validate` must name validators among \(allowed)", at: item)
            }
            return validator
        }
    }

    /// Examples are `{text, secret}` (plus `path` for path rules); counter-examples are plain text, or
    /// `{path, text}` for path rules.
    private func exampleList(_ key: String, needsSecret: Bool, needsPath: Bool) throws -> [RuleExample] {
        let value = try required(key)
        guard let items = value.sequence else { throw failure("`\(key)` must be a list", at: value) }
        return try items.map { item in
            if case .scalar = item, let text = item.string, !needsSecret, !needsPath {
                return RuleExample(text: text, secret: nil, path: nil)
            }
            guard let entry = item.mapping else {
                throw failure("`\(key)` entries must be mappings with \(needsPath ? "`path`, " : "")`text`\(needsSecret ? " and `secret`" : "")", at: item)
            }
            for (field, _) in entry where !["text", "secret", "path"].contains(field.string ?? "") {
                throw failure("unknown example field `\(field.string ?? "?")`", at: field)
            }
            guard let text = entry["text"]?.string else { throw failure("an example needs `text`", at: item) }
            let secret = entry["secret"]?.string
            let path = entry["path"]?.string
            if needsSecret, secret == nil { throw failure("an example needs both `text` and `secret`", at: item) }
            if needsPath, path == nil { throw failure("a path rule's examples need `path`", at: item) }
            return RuleExample(text: text, secret: secret, path: path)
        }
    }
}
