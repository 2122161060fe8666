import Foundation

/// Pattern packs in a compact binary form, for `BuiltinRuleCache`: length-prefixed strings and counts, read back
/// with one pass over the bytes. Foundation's JSON decoder took longer than parsing the YAML; this takes a few ms.
/// Every field of `Rule` is written, and reading builds each with its memberwise initializer, so a field added to
/// `Rule` does not compile until it is archived too.
enum RuleArchive {
    /// Bumped whenever the layout changes, so an older cache is not misread.
    static let format: UInt32 = 9

    static func encode(_ packs: [PatternPack]) -> Data {
        var writer = Writer()
        writer.int(Int(format))
        writer.list(packs) { writer, pack in
            writer.string(pack.file)
            writer.list(pack.rules) { writer, rule in writer.rule(rule) }
        }
        return Data(writer.bytes)
    }

    /// The packs, or nil when the bytes are not a complete archive of this format.
    static func decode(_ data: Data) -> [PatternPack]? {
        data.withUnsafeBytes { bytes in
            var reader = Reader(bytes: bytes)
            guard (try? reader.int()) == Int(format) else { return nil }
            return try? reader.list { reader in
                let file = try reader.string()
                return PatternPack(file: file, rules: try reader.list { try $0.rule() })
            }
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 } }
        mutating func string(_ text: String) {
            int(text.utf8.count)
            bytes += text.utf8
        }
        mutating func optional(_ text: String?) {
            bytes.append(text == nil ? 0 : 1)
            if let text { string(text) }
        }
        mutating func list<T>(_ items: [T], _ item: (inout Writer, T) -> Void) {
            int(items.count)
            for element in items { item(&self, element) }
        }
        mutating func strings(_ items: [String]) { list(items) { $0.string($1) } }
        mutating func examples(_ items: [RuleExample]) {
            list(items) { writer, example in
                writer.string(example.text)
                writer.optional(example.secret)
                writer.optional(example.path)
            }
        }

        mutating func rule(_ rule: Rule) {
            for text in [rule.id, rule.name, rule.kind.rawValue, rule.severity.rawValue, rule.confidence.rawValue] { string(text) }
            optional(rule.pattern)
            strings(rule.keywords)
            optional(rule.window?.rawValue)
            optional(rule.run?.characters)
            int(rule.run?.minimum ?? 0)
            strings(rule.paths)
            strings(rule.excludedPaths)
            optional(rule.parser?.rawValue)
            int(Int(bitPattern: UInt(rule.minEntropy.bitPattern)))
            strings(rule.validators.map(\.rawValue))
            optional(rule.playbook)
            strings(rule.references)
            examples(rule.examples)
            examples(rule.counterExamples)
            // In the order `Reader.rule()` passes them to `Rule`'s initializer, which reads them in that order.
            string(rule.source.file)
            int(rule.source.line)
            list(rule.source.fields.sorted { $0.key < $1.key }) { writer, field in
                writer.string(field.key)
                writer.int(field.value)
            }
            int(rule.identifier ? 1 : 0)
            strings(rule.requires)
            strings(rule.documentedExamples)
            strings(rule.documentedDefaults)
            int(rule.formatChecked ? 1 : 0)
            int(rule.providerNamed ? 1 : 0)
        }
    }

    private struct Truncated: Error {}

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        mutating func int() throws -> Int {
            guard offset + 8 <= bytes.count else { throw Truncated() }
            defer { offset += 8 }
            return Int(Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
        }
        mutating func string() throws -> String {
            let count = try int()
            guard count >= 0, offset + count <= bytes.count else { throw Truncated() }
            defer { offset += count }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        }
        mutating func optional() throws -> String? {
            guard offset < bytes.count else { throw Truncated() }
            offset += 1
            return bytes[offset - 1] == 0 ? nil : try string()
        }
        mutating func list<T>(_ item: (inout Reader) throws -> T) throws -> [T] {
            let count = try int()
            guard count >= 0, count <= bytes.count else { throw Truncated() }
            return try (0..<count).map { _ in try item(&self) }
        }
        mutating func strings() throws -> [String] { try list { try $0.string() } }
        mutating func examples() throws -> [RuleExample] {
            try list { reader in RuleExample(text: try reader.string(), secret: try reader.optional(), path: try reader.optional()) }
        }
        mutating func choice<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
            guard let value = T(rawValue: try string()) else { throw Truncated() }
            return value
        }

        /// A rule's run of characters: its set (none when the rule has no run), then its minimum.
        mutating func run() throws -> CharacterRun? {
            let characters = try optional()
            let minimum = try int()
            guard let characters else { return nil }
            guard let run = CharacterRun(characters: characters, minimum: minimum) else { throw Truncated() }
            return run
        }

        mutating func rule() throws -> Rule {
            Rule(
                id: try string(),
                name: try string(),
                kind: try choice(Rule.Kind.self),
                severity: try choice(Severity.self),
                confidence: try choice(Confidence.self),
                pattern: try optional(),
                keywords: try strings(),
                window: try optional().map { raw in
                    guard let window = Rule.Window(rawValue: raw) else { throw Truncated() }
                    return window
                },
                run: try run(),
                paths: try strings(),
                excludedPaths: try strings(),
                parser: try optional().map { raw in
                    guard let parser = FileParser(rawValue: raw) else { throw Truncated() }
                    return parser
                },
                minEntropy: Double(bitPattern: UInt64(UInt(bitPattern: try int()))),
                validators: try list { try $0.choice(Validator.self) },
                playbook: try optional(),
                references: try strings(),
                examples: try examples(),
                counterExamples: try examples(),
                source: Rule.Source(file: try string(), line: try int(),
                                    fields: Dictionary(try list { (try $0.string(), try $0.int()) }) { first, _ in first }),
                identifier: try int() == 1,
                requires: try strings(),
                documentedExamples: try strings(),
                documentedDefaults: try strings(),
                formatChecked: try int() == 1,
                providerNamed: try int() == 1
            )
        }
    }
}
