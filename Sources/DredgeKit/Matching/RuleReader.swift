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

    /// Every problem of one rule, each at the line of the field at fault; `rule()` throws them together.
    struct Problems: Error {
        let all: [DredgeError]
    }

    /// The rule, or `Problems` listing everything wrong with it (not only the first thing).
    func rule() throws -> Rule {
        guard let mapping = node.mapping else { throw Problems(all: [failure("a rule must be a mapping", at: node)]) }
        var problems: [DredgeError] = []
        func attempt<T>(_ read: () throws -> T) -> T? {
            do { return try read() } catch let error as DredgeError { problems.append(error) } catch let many as Problems { problems += many.all } catch {
                problems.append(failure("\(error)", at: node))
            }
            return nil
        }
        for (key, _) in mapping where !PatternPackLoader.fields.contains(key.string ?? "") {
            problems.append(failure("unknown field `\(key.string ?? "?")`", at: key))
        }
        let id = attempt { try string("id") }
        if let id, !PatternPackLoader.isValidID(id) {
            problems.append(failure("id must be lowercase and dotted, like `acme.live-key`", at: mapping["id"]!))
        }
        let paths: [String] = mapping["paths"] == nil ? [] : attempt { try strings("paths") } ?? []
        let isPathRule = !paths.isEmpty
        let parser: FileParser? = mapping["parse"] == nil ? nil : attempt { try choice("parse", FileParser.self) }
        if parser != nil, !isPathRule { problems.append(failure("`parse` needs `paths`", at: mapping["parse"]!)) }
        // A content rule needs a pattern and keywords; a path rule is chosen by path, its pattern checks content.
        let pattern: String? = isPathRule && mapping["pattern"] == nil ? nil : attempt { try string("pattern") }
        let keywords: [String]? = isPathRule && mapping["keywords"] == nil ? [] : attempt { try strings("keywords") }
        if let keywords, !isPathRule, keywords.isEmpty || keywords.contains(where: \.isEmpty) {
            problems.append(failure("`keywords` must list at least one non-empty literal", at: mapping["keywords"]!))
        }
        let references = attempt { try strings("references") }
        for (offset, reference) in (references ?? []).enumerated() where !(reference.hasPrefix("https://") || reference.hasPrefix("http://")) {
            problems.append(failure("reference is not a URL: \(reference)", at: mapping["references"]!.sequence![offset]))
        }
        if references?.isEmpty == true { problems.append(failure("`references` must name the provider's documentation", at: mapping["references"]!)) }
        let examples = attempt { try exampleList("examples", needsSecret: !isPathRule, needsPath: isPathRule) }
        let counterExamples = attempt { try exampleList("counter_examples", needsSecret: false, needsPath: isPathRule) }
        if examples?.isEmpty == true { problems.append(failure("a rule needs at least one example", at: mapping["examples"]!)) }
        if counterExamples?.isEmpty == true { problems.append(failure("a rule needs at least one counter-example", at: mapping["counter_examples"]!)) }
        let name = attempt { try string("name") }
        let kind = attempt { try choice("kind", Rule.Kind.self) }
        let severity = attempt { try choice("severity", Severity.self) }
        let confidence: Confidence? = mapping["confidence"] == nil ? .medium : attempt { try choice("confidence", Confidence.self) }
        let excludedPaths: [String]? = mapping["exclude_paths"] == nil ? [] : attempt { try strings("exclude_paths") }
        // A content rule matches each blob once, whatever paths it is seen at: it has no path to leave out.
        if mapping["exclude_paths"] != nil, !isPathRule {
            problems.append(failure("`exclude_paths` needs `paths`: a content rule matches each blob once, at whatever path it is seen (leave paths out with the configuration's `exclude_paths`)", at: mapping["exclude_paths"]!))
        }
        let minEntropy: Double? = attempt { try number("min_entropy") ?? 0 }
        let checks: [Validator]? = attempt { try validators() }
        let playbook: String? = mapping["playbook"] == nil ? nil : attempt { try string("playbook") }
        let identifier: Bool? = attempt { try flag("identifier") }
        let requires: [String]? = mapping["requires"] == nil ? [] : attempt { try strings("requires") }
        if let requires, requires.contains(where: \.isEmpty) || (mapping["requires"] != nil && requires.isEmpty) {
            problems.append(failure("`requires` must list at least one non-empty word", at: mapping["requires"]!))
        }
        func documentedValues(_ field: String) -> [String]? {
            let values: [String]? = mapping[field] == nil ? [] : attempt { try strings(field) }
            if let values, values.contains(where: \.isEmpty) || (mapping[field] != nil && values.isEmpty) {
                problems.append(failure("`\(field)` must list at least one value the documentation publishes", at: mapping[field]!))
            }
            return values
        }
        let documented = documentedValues("documented_examples"), defaults = documentedValues("documented_defaults")
        let formatChecked: Bool? = mapping["format_checked"] == nil ? true : attempt { try flag("format_checked") }
        let providerNamed: Bool? = mapping["provider_named"] == nil ? false : attempt { try flag("provider_named") }
        let window: Rule.Window? = mapping["window"] == nil ? nil : attempt { try choice("window", Rule.Window.self) }
        let run: CharacterRun?? = mapping["run"] == nil ? .some(nil) : attempt { try characterRun(isPathRule: isPathRule) }
        guard problems.isEmpty, let run, let identifier, let requires, let documented, let defaults, let formatChecked, let providerNamed, let id, let name, let kind, let severity, let confidence, let keywords, let excludedPaths,
              let minEntropy, let checks, let references, let examples, let counterExamples, isPathRule || pattern != nil,
              mapping["playbook"] == nil || playbook != nil, mapping["parse"] == nil || parser != nil
        else { throw Problems(all: problems) }
        return Rule(
            id: id, name: name, kind: kind, severity: severity, confidence: confidence, pattern: pattern,
            keywords: keywords, window: window, run: run, paths: paths, excludedPaths: excludedPaths, parser: parser, minEntropy: minEntropy,
            validators: checks, playbook: playbook, references: references, examples: examples,
            counterExamples: counterExamples, source: source(mapping), identifier: identifier, requires: requires,
            documentedExamples: documented, documentedDefaults: defaults, formatChecked: formatChecked, providerNamed: providerNamed
        )
    }

    /// The rule's first line, and the line of each field and example, for messages about them.
    private func source(_ mapping: Node.Mapping) -> Rule.Source {
        var fields: [String: Int] = [:]
        for (key, value) in mapping {
            guard let name = key.string, let line = key.mark?.line else { continue }
            fields[name] = line
            if name == "examples" || name == "counter_examples", let items = value.sequence {
                for (offset, item) in items.enumerated() { fields["\(name)[\(offset)]"] = item.mark?.line ?? line }
            }
        }
        return Rule.Source(file: file, line: node.mark?.line ?? 0, fields: fields)
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

    /// An optional `true` or `false`; absent is false.
    private func flag(_ key: String) throws -> Bool {
        guard let value = node.mapping?[key] else { return false }
        guard let flag = value.bool else { throw failure("`\(key)` must be true or false", at: value) }
        return flag
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

    /// `run: { chars: 'A-Za-z0-9+/_-', min: 32 }`, for a path rule with a pattern: what its secret is made of.
    private func characterRun(isPathRule: Bool) throws -> CharacterRun {
        let value = try required("run")
        guard isPathRule, node.mapping?["pattern"] != nil else {
            throw failure("`run` anchors a path rule's pattern, which has no keywords: it needs `paths` and `pattern`", at: value)
        }
        guard let fields = value.mapping, let characters = fields["chars"]?.string, let minimum = fields["min"]?.int,
              let run = CharacterRun(characters: characters, minimum: minimum) else {
            throw failure("`run` must be { chars: '<characters and ranges such as A-Za-z0-9+/>', min: <2 or more> }", at: value)
        }
        return run
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
        // Every entry is read, so each faulty one is reported, not only the first.
        var examples: [RuleExample] = []
        var problems: [DredgeError] = []
        for item in items {
            do { examples.append(try example(item, key, needsSecret: needsSecret, needsPath: needsPath)) } catch let error as DredgeError { problems.append(error) }
        }
        guard problems.isEmpty else { throw Problems(all: problems) }
        return examples
    }

    private func example(_ item: Node, _ key: String, needsSecret: Bool, needsPath: Bool) throws -> RuleExample {
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
