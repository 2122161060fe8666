import PCRE2
import Synchronization

/// The rules compiled once per scan and shared by every worker: JIT-compiled patterns and the keyword prefilter.
/// Patterns are compiled up front, or `lazily`: each when a blob first needs it (`LazyPattern`).
public final class CompiledRules: Sendable {
    public let rules: [Rule]
    /// Per rule; nil for a path rule without a content check. Compiled up front, the workers read them without a
    /// lock: the full-history scan asks for a pattern millions of times, and a lock there made two workers take turns.
    private let patterns: Patterns

    private enum Patterns {
        case compiled([LazyPattern.Compiled?])
        case lazy([LazyPattern?])
    }
    let prefilter: KeywordPrefilter
    /// Token prefixes and the provider rules that own them, for the rules that judge a value by its name, and the
    /// documented shapes of unprefixed provider values with the names they go by. Built when a match first needs them:
    /// reading them off every rule was a sixth of a pre-push hook's time, and most pushes have no such match.
    private let providerTables: Mutex<(prefixes: ProviderPrefixes, names: ProviderNames)?>
    /// The providers' names the rules wait for, and the callees named after them (`provider_named` rules).
    let providerCallees: ProviderCallees
    var providerPrefixes: ProviderPrefixes { tables.prefixes }
    var providerNames: ProviderNames { tables.names }
    private var tables: (prefixes: ProviderPrefixes, names: ProviderNames) {
        providerTables.withLock { tables in
            if let tables { return tables }
            let built = (ProviderPrefixes(rules), ProviderNames(rules))
            tables = built
            return built
        }
    }
    /// Per rule: it judges a value by the name beside it, so it leaves a value with a provider's prefix to that provider.
    let judgedByName: [Bool]
    /// Per rule, whether a near miss of the shape of the provider the text names (`nameOwner`) is left by it: the rules
    /// that judge by name, and those that report a provider block's credential (`provider "okta" { api_token = … }`).
    private let judgedByProviderShape: [Bool]
    /// Per rule: it judges by name or by a credential's place, so it leaves a near miss of a provider's prefixed format.
    let leavesPrefixedValues: [Bool]
    /// Every rule's `documented_examples`: a value one provider's page publishes is a sample whichever rule matches it
    /// (PAY.JP's documented `sk_test_` key is also of Stripe's shape, and Stripe's rule wins the overlap).
    let documentedExamples: Set<[UInt8]>
    /// Every rule's `documented_defaults`, likewise whichever rule matches one.
    let documentedDefaults: Set<[UInt8]>
    /// Each rule's index by its id (ids are unique in a pack set; the last rule with an id wins, as `--patterns` overrides).
    let indexByID: [String: Int]
    /// Per rule with `requires`, the automaton over those words (the second literal stage); nil for the others.
    private let required: [KeywordPrefilter?]
    /// Indices of the path rules, run on (path, blob) pairs after the history walk.
    let pathRules: [Int]
    /// Per rule, the globs of the paths it applies to and of those it leaves out (empty for content rules).
    private let pathScopes: [(included: PathGlobs, excluded: PathGlobs)]

    /// Patterns are matched in byte mode with `^`/`$` at line boundaries (documented in patterns/README.md).
    static let compileOptions: CompiledPattern.Options = [.multiline]

    /// How far from a keyword a rule's match may start and end (its `window`): key names and prefixes sit on the
    /// line of the secret or next to it, a private key block runs to its END line, a data store is the whole file.
    static func reach(of rule: Rule) -> KeywordPrefilter.Reach {
        switch rule.effectiveWindow {
        case .line: return .init(before: 1 << 10, after: 2 << 10, lines: 1)
        // From the first byte of the longest keyword: the window starts no later than the keyword that opened it
        // (a keyword's blank may be a run of blanks in the text: `KeywordPrefilter`).
        case .token:
            let longest = rule.keywords.map { $0.utf8.count + ($0.contains(" ") ? 256 : 0) }.max() ?? 0
            return .init(before: longest, after: 2 << 10, lines: 0)
        case .nearby: return .init(before: 1 << 10, after: 2 << 10)
        case .block: return .init(before: 1 << 10, after: 64 << 10)
        case .blob: return .init(before: .max / 4, after: .max / 4)
        }
    }

    /// The keywords of a `nearby` or `block` rule that one of its examples has, nearest above the secret, more lines
    /// up than a new line's context (`LineDeduplicator.contextLines`): such a keyword's line must be read again when
    /// it repeats unchanged above a new secret (a `<server>` above its `<password>`, a JWK's `"kty"` above its `"d"`).
    /// Taken from the examples, keyword by keyword, not from the window: most `nearby` rules keep their keyword on the
    /// secret's line or the next, and reading every such line again above new ones doubled the bytes given to PCRE2.
    static func keywordsFarAbove(in rule: Rule) -> [String] {
        guard rule.effectiveWindow == .nearby || rule.effectiveWindow == .block else { return [] }
        return rule.keywords.filter { keyword in
            rule.examples.contains { example in
                guard let secret = example.secret, let place = example.text.range(of: secret) else { return false }
                let above = example.text[..<place.lowerBound].lowercased()
                guard let found = above.range(of: keyword.lowercased(), options: .backwards) else { return false }
                return above[found.upperBound...].filter { $0 == "\n" }.count > LineDeduplicator.contextLines
            }
        }
    }

    /// A pattern that does not compile is an error naming its pack, line and rule: here, or with `lazily` when a
    /// blob first needs it (then the rule is skipped for that blob and reported, as at a match limit).
    /// `callees` stands in for the rules' own (`ProviderCallees`): `patterns check` compiles one rule at a time, and
    /// its `provider_named` rule must wait for every pack's provider names, as in a scan.
    public convenience init(_ rules: [Rule], lazily: Bool = false) throws {
        try self.init(rules, lazily: lazily, callees: ProviderCallees(rules))
    }

    init(_ rules: [Rule], lazily: Bool = false, callees: ProviderCallees) throws {
        self.rules = rules
        let lazyPatterns = rules.map { $0.pattern.map(LazyPattern.init) }
        patterns = lazily ? .lazy(lazyPatterns) : .compiled(try rules.indices.map { try Self.compile(lazyPatterns[$0], rules[$0]) })
        pathRules = rules.indices.filter { rules[$0].isPathRule }
        pathScopes = rules.map { $0.isPathRule ? (PathGlobs($0.paths), PathGlobs($0.excludedPaths)) : (PathGlobs([]), PathGlobs([])) }
        // Path rules have no keywords, so the prefilter never picks them for content matching.
        // A rule that keeps a literal by the provider its callee is named after waits for every provider's name.
        providerCallees = callees
        prefilter = KeywordPrefilter(keywords: rules.map { $0.providerNamed ? $0.keywords + callees.names : $0.keywords }, reaches: rules.map(Self.reach),
                                     farKeywords: rules.map(Self.keywordsFarAbove))
        providerTables = Mutex(lazily ? nil : (ProviderPrefixes(rules), ProviderNames(rules)))
        documentedExamples = Set(rules.flatMap { $0.documentedExamples.map { Array($0.utf8) } })
        documentedDefaults = Set(rules.flatMap { $0.documentedDefaults.map { Array($0.utf8) } })
        indexByID = Dictionary(rules.indices.map { (rules[$0].id, $0) }, uniquingKeysWith: { _, last in last })
        required = rules.map { $0.requires.isEmpty ? nil : KeywordPrefilter(keywords: [$0.requires]) }
        let judged = { (families: Set<Substring>) in rules.map { [.credential, .password].contains($0.kind) && families.contains($0.family) } }
        judgedByName = judged(ProviderPrefixes.judgedByName)
        judgedByProviderShape = judged(ProviderPrefixes.judgedByName.union(ProviderNames.judgedInAProvidersBlock))
        leavesPrefixedValues = judged(ProviderPrefixes.judgedByName.union(ProviderPrefixes.judgedByPlace))
    }

    /// The provider rule whose prefix `secret` carries while missing its format, when rule `index` judges by name or by
    /// a credential's place and so must leave it alone (`nearMissOwner`).
    func prefixOwner<Bytes: Collection>(of secret: Bytes, rule index: Int) -> String? where Bytes.Element == UInt8 {
        leavesPrefixedValues[index] ? nearMissOwner(of: secret) : nil
    }

    /// The provider rule whose shape `secret` nearly fits, when rule `index` judges by name and that name (the text
    /// before the secret on its line, or the given key) is the provider's.
    func nameOwner(of secret: [UInt8], before start: Int, in bytes: UnsafeRawBufferPointer, rule index: Int) -> String? {
        judgedByProviderShape[index] ? providerNames.owner(of: secret, before: start, in: bytes, inFormat: { self.hasFormat(secret, of: $0) }) : nil
    }

    func nameOwner(of secret: [UInt8], named key: String, rule index: Int, closely: Bool = false) -> String? {
        judgedByProviderShape[index] ? nameOwner(of: secret, named: Array(key.utf8), closely: closely) : nil
    }

    /// The provider rule whose shape `secret` nearly fits (`closely`: within a few characters of its length), its name
    /// being `key`, unless a rule of that provider takes the value in full (`hasFormat`).
    func nameOwner(of secret: [UInt8], named key: [UInt8], closely: Bool = false) -> String? {
        providerNames.owner(of: secret, named: key, closely: closely, inFormat: { self.hasFormat(secret, of: $0) })
    }

    /// Whether the name a value is assigned to says it is public (`IEX_PUBLISHABLE_TOKEN = …`, `clientToken: …`:
    /// `PublicName`), when rule `index` judges by name: such values ship to browsers and apps by design.
    func isPublicNamed(before start: Int, in bytes: UnsafeRawBufferPointer, rule index: Int) -> Bool {
        guard judgedByName[index], let name = Self.name(before: start, in: bytes) else { return false }
        return PublicName.says(name) || PublicName.isSearchWidgetKey(name, at: start, in: bytes)
    }

    /// The name a value is assigned to, when rule `index` judges by name or reports weak passwords by their setting's
    /// name: what says the value describes a secret (`passwordField`, `secretName`: `DescribingName`) or is a
    /// truststore's password (`TrustStoreName`).
    func settingName(before start: Int, in bytes: UnsafeRawBufferPointer, rule index: Int) -> String? {
        judgedByName[index] || rules[index].kind == .weakCredential ? Self.name(before: start, in: bytes) : nil
    }

    /// The name a value at `start` is assigned to: the name characters before it, past at most a few quotes, spaces
    /// and assignment marks (`KEY=`, `"key": "`, `key => '`, `key := `); nil when there is none.
    private static func name(before start: Int, in bytes: UnsafeRawBufferPointer) -> String? {
        guard start <= bytes.count else { return nil }
        let between: Set<UInt8> = Set(" \t\"'`:=>,(".utf8)
        var end = start
        while end > 0, start - end < 12, between.contains(bytes[end - 1]) { end -= 1 }
        guard end < start else { return nil }
        var from = end
        while from > 0, end - from < 80, Self.isNameByte(bytes[from - 1]) { from -= 1 }
        return from < end ? String(decoding: UnsafeRawBufferPointer(rebasing: bytes[from..<end]), as: UTF8.self) : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95 || byte == 46 || byte == 45
    }

    /// Whether `secret` is a typo or a cut copy of a shape every provider shares (`CommonShapes`), when rule `index`
    /// judges by name and so must leave it alone.
    func isCommonShapeNearMiss<Bytes: Collection>(_ secret: Bytes, rule index: Int) -> Bool where Bytes.Element == UInt8 {
        judgedByName[index] && CommonShapes.isNearMiss(secret)
    }

    /// Whether rule `index` may match in `window` of `bytes`: one of its `requires` words is there, or it has none.
    func passesSecondStage(_ index: Int, _ window: Range<Int>, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let words = required[index] else { return true }
        return !words.candidates(in: UnsafeRawBufferPointer(rebasing: bytes[window])).isEmpty
    }

    /// Whether path rule `index` applies to `path`.
    func applies(_ index: Int, to path: String) -> Bool {
        pathScopes[index].included.matchAny(path) && !pathScopes[index].excluded.matchAny(path)
    }

    /// A rule's compiled pattern, compiling it on first use; nil for a path rule without a content check.
    func pattern(_ index: Int) throws -> LazyPattern.Compiled? {
        switch patterns {
        case .compiled(let compiled): return compiled[index]
        case .lazy(let lazyPatterns): return try Self.compile(lazyPatterns[index], rules[index])
        }
    }

    private static func compile(_ lazy: LazyPattern?, _ rule: Rule) throws -> LazyPattern.Compiled? {
        guard let lazy else { return nil }
        func failure(_ message: String) -> DredgeError {
            DredgeError.invalidPack(file: rule.source.file, line: rule.source.line(of: "pattern"), ruleID: rule.id, message: message)
        }
        let compiled: LazyPattern.Compiled
        do {
            compiled = try lazy.compiled().get()
        } catch {
            throw failure("pattern does not compile: \(error)")
        }
        // PCRE2 numbers no name it holds twice (`(?J)a(?<secret>x)|b(?<secret>y)`): the secret would be the whole match.
        if compiled.secretGroup == 0, lazy.source.contains("(?<secret>") {
            throw failure("pattern names `secret` more than once: give the alternatives one group with a branch reset, `(?|a(?<secret>x)|b(?<secret>y))`")
        }
        return compiled
    }
}
