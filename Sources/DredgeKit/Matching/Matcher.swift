import Foundation
import Git
import PCRE2

/// Matches blobs against the compiled rules. One per worker: it owns PCRE2 match data and a JIT stack.
public final class Matcher {
    public let compiled: CompiledRules
    private let matchData: MatchData
    /// Per rule, what PCRE2 spent on it in this worker (`RuleCost`).
    private(set) var costs: [RuleCost]

    /// What one blob yielded: the matches kept, and the rules that gave up at PCRE2's match limit.
    public struct Outcome {
        public var matches: [Match] = []
        public var limitedRules: [Int] = []
        /// How many rules the keyword prefilter let through to PCRE2 for this blob.
        public var rulesRun = 0
        /// How many bytes of the blob lie in some rule's window, so PCRE2 looked at them.
        public var regexBytes = 0
        /// The parts of the blob that were prefiltered (new and hot lines, with line deduplication); nil: all of it.
        public var regions: [Range<Int>]? = nil
    }

    /// Rules that look for weak passwords keep stand-ins that are listed defaults (`test`): for them that is the finding.
    private let weakRules: [Bool]

    public init(_ compiled: CompiledRules, limits: MatchLimits = MatchLimits()) {
        self.compiled = compiled
        weakRules = compiled.rules.map { $0.validators.contains(.weakPassword) }
        matchData = MatchData(limits: limits)
        costs = compiled.rules.map { RuleCost(rule: $0.id) }
    }

    public convenience init(rules: [Rule]) throws {
        self.init(try CompiledRules(rules))
    }

    struct Hit {
        let rule: Int
        let secret: Range<Int>
        let validation: Validation
        var key: String? = nil
        /// The whole match, which may run from a key name on one line to its value on the next.
        var match: Range<Int> = 0..<0

        /// The bytes the hit covers: the whole match and the secret (a parser's hits have only the secret).
        var span: Range<Int> { match.isEmpty ? secret : min(match.lowerBound, secret.lowerBound)..<max(match.upperBound, secret.upperBound) }
    }

    /// Runs the rules whose keywords occur in `bytes`, drops placeholders and low-entropy values, and where two
    /// rules captured overlapping secrets keeps one (`withoutOverlaps`).
    /// With `lines`, only the lines that worker has not matched before (and those that held matches) are
    /// prefiltered; PCRE2 still runs on windows of the whole blob.
    func matches(in bytes: UnsafeRawBufferPointer, blob: ObjectID, lines: LineDeduplicator?) -> Outcome {
        var outcome = Outcome()
        var hits: [Hit] = []
        let regions = lines?.regions(in: bytes)
        outcome.regions = regions
        if let regions, regions.isEmpty {
            lines?.commit()
            return outcome
        }
        let candidates: [(rule: Int, windows: [Range<Int>])]
        if let lines, compiled.prefilter.keywordsWithinLines {
            if lines.keywordEnds == nil { lines.keywordEnds = [] }
            if lines.farKeywordEnds == nil { lines.farKeywordEnds = [] }
            lines.keywordEnds?.removeAll(keepingCapacity: true)
            lines.farKeywordEnds?.removeAll(keepingCapacity: true)
            candidates = compiled.prefilter.candidates(in: bytes, regions: regions, farOnly: lines.farContext,
                                                       keywordEnds: &lines.keywordEnds, farKeywordEnds: &lines.farKeywordEnds)
        } else {
            lines?.keywordEnds = nil  // not known: every new line counts as holding a keyword
            lines?.farKeywordEnds = nil
            candidates = compiled.prefilter.candidates(in: bytes, regions: regions)
        }
        outcome.rulesRun = candidates.count
        var searched: [Range<Int>] = []
        for (ruleIndex, windows) in candidates {
            let stretched = Self.toLineEnds(windows, in: bytes).filter { compiled.passesSecondStage(ruleIndex, $0, in: bytes) }
            guard !stretched.isEmpty else { continue }
            searched += stretched
            let started = DispatchTime.now().uptimeNanoseconds
            defer {
                costs[ruleIndex].runs += 1
                costs[ruleIndex].bytes += stretched.reduce(0) { $0 + $1.count }
                costs[ruleIndex].seconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            }
            do {
                for window in stretched {
                    hits += try patternHits(ruleIndex, in: bytes, window: window)
                }
            } catch {
                // A limit is a skip of this rule on this blob, reported; any other failure (a pattern compiled lazily
                // that does not compile) is treated alike.
                outcome.limitedRules.append(ruleIndex)
            }
        }
        outcome.regexBytes = Self.unionLength(searched)
        let kept = Self.withoutOverlaps(hits, rules: compiled.rules)
        lines?.markHot(kept.map(\.span), in: bytes)
        lines?.commit()
        outcome.matches = located(kept, in: bytes, blob: blob)
        return outcome
    }

    public func matches(in bytes: UnsafeRawBufferPointer, blob: ObjectID) -> Outcome {
        matches(in: bytes, blob: blob, lines: nil)
    }

    /// The accepted captures of one rule's pattern in `window` (the whole blob when nil).
    func patternHits(_ ruleIndex: Int, in bytes: UnsafeRawBufferPointer, window: Range<Int>?) throws -> [Hit] {
        guard let compiled = try compiled.pattern(ruleIndex) else { return [] }
        var hits: [Hit] = []
        // A rule anchored on a run of characters reads only the lines that hold one (`CharacterRun`).
        let windows: [Range<Int>?] = window == nil ? self.compiled.rules[ruleIndex].run.map { $0.lines(in: bytes) } ?? [nil] : [window]
        for window in windows {
            try matchData.forEachMatch(of: compiled.pattern, in: bytes, window: window, group: compiled.secretGroup) { whole, captured in
                if let captured, let validation = accept(captured, in: bytes, rule: ruleIndex) {
                    hits.append(Hit(rule: ruleIndex, secret: captured, validation: validation, match: whole))
                }
                return true
            }
        }
        return hits
    }

    /// The validation of a captured secret, or nil when it is empty, a placeholder, below the rule's entropy, or
    /// rejected by a validator.
    func accept(_ range: Range<Int>, in bytes: UnsafeRawBufferPointer, rule ruleIndex: Int) -> Validation? {
        try? verdict(range, in: bytes, rule: ruleIndex).get()
    }

    /// Why a capture is dropped; `patterns check` says it of an example that yields nothing.
    enum Rejection: Error, CustomStringConvertible {
        case empty
        case placeholder
        case encrypted
        case entropy(Double, minimum: Double)
        case validators([Validator])
        case providerPrefix(String)
        case providerName(String)
        case identifierHalf
        case commonShape
        case publicName
        case publicValue
        case describingName
        case ownName
        case trustStore
        case noProviderCallee
        case codeName
        case encodedPayload
        case documentedExample

        var description: String {
            switch self {
            case .empty: "the captured secret is empty"
            case .placeholder: "the placeholder filter drops it (a stand-in such as `xxxx`, `example`, `${VAR}`)"
            case .encrypted: "it is a ciphertext a tool wrote to be committed (sops' `ENC[…]`, dotenvx's `encrypted:`, `EncryptedEnvelope`)"
            case let .entropy(entropy, minimum): "its entropy \(String(format: "%.2f", entropy)) is below min_entropy \(minimum)"
            case let .validators(validators): "the validator rejects it (\(validators.map(\.rawValue).joined(separator: ", ")))"
            case let .providerPrefix(owner): "it starts with the prefix of \(owner), whose format judges it (a near miss of that format is no credential)"
            case let .providerName(owner): "its name is the provider of \(owner) and it nearly fits that rule's format (a near miss of it is no credential)"
            case .identifierHalf: "it is an access key whose secret is named beside it: the pair's id half (`AccessKeyPair`)"
            case .commonShape: "it is a hex key with one stray letter or a UUID cut short (a typo of a common shape is no credential)"
            case .publicName: "its name says it is public (`PUBLISHABLE`, `PUBLIC`, a client token or key, a site or search key: `PublicName`): made to ship to browsers and apps"
            case .publicValue: "its value calls itself public (`pt_public_…`, `public_live_…`) or is a public key by its encoding (an uncompressed EC point: a VAPID key): `PublicValue`"
            case .describingName: "its name says it describes a secret (`passwordField`, `secretName`, `token_type`): a field name, label or kind"
            case .ownName: "it is its name's last words (`ALGOLIA_API_KEY: api_key`): a template naming what goes there"
            case .trustStore: "it is a truststore's password (`trustStorePassword`): the store holds public certificates (`TrustStoreName`)"
            case .noProviderCallee: "neither the call it is handed to nor the section it sits in is named after a provider the rules know (`ProviderCallees`)"
            case .codeName: "it reads as a name in code (`previousX509PrivateKey` unquoted, `sk_live_keyRotationReminderEnabled`): a variable, a type or a flag (`CodeName`)"
            case .encodedPayload: "it lies inside a long run of base64 text, an encoded picture or file (`EncodedPayload`)"
            case .documentedExample: "it is a sample a provider's documentation publishes (a rule's `documented_examples`): it grants nothing of the repository's"
            }
        }
    }

    /// `accept`'s checks, in order, saying which one drops the capture.
    func verdict(_ range: Range<Int>, in bytes: UnsafeRawBufferPointer, rule ruleIndex: Int) -> Result<Validation, Rejection> {
        guard !range.isEmpty else { return .failure(.empty) }
        let rule = compiled.rules[ruleIndex]
        let secret = UnsafeRawBufferPointer(rebasing: bytes[range])
        // Weak-password rules keep the stand-ins that are themselves default passwords (`test`, `password`); a
        // committed credential store (`kind: file` asking for no entropy) is the finding whatever its values look
        // like, so only references (`${TOKEN}`) keep it out. A file rule with `min_entropy` asks for real-looking values.
        // A `.env` is configuration, not a store: one whose only key-like values are stand-ins
        // (`MAILER_TOKEN=your-mailer-token-here`) is a template, reported only where a rule finds a secret in it.
        // A template's ask (`change-me-before-deploying`) under the name of a secret the application issues itself is
        // such a default where the file runs (`TemplateAsk`).
        let templateAsk = weakRules[ruleIndex] && TemplateAsk.asks(secret)
            && compiled.settingName(before: range.lowerBound, in: bytes, rule: ruleIndex).map(TemplateAsk.namesOwnSecret) == true
        let keepsStandIn = (rule.kind == .file && rule.minEntropy == 0 && rule.parser != .dotenv)
            || (weakRules[ruleIndex] && WeakPassword.isListed(secret)) || templateAsk
        let placeholder = PlaceholderFilter.isReference(secret) || (PlaceholderFilter.isStandIn(secret) && !keepsStandIn)
        guard !placeholder else { return .failure(.placeholder) }
        guard !EncryptedEnvelope.holds(secret) else { return .failure(.encrypted) }
        guard !EncodedPayload.surrounds(range, in: bytes) else { return .failure(.encodedPayload) }
        if rule.providerNamed, !compiled.providerCallees.namesProvider(callingWith: range.lowerBound, in: bytes),
           !compiled.providerCallees.namesProvider(inSectionOf: range.lowerBound, in: bytes) {
            return .failure(.noProviderCallee)
        }
        // A parser's value (a `.env` entry) is left to `PathRulePass.merge`, which first gives its key name to the
        // provider's match of the same value.
        if rule.parser == nil, let owner = compiled.prefixOwner(of: secret, rule: ruleIndex) { return .failure(.providerPrefix(owner)) }
        if rule.parser == nil, let owner = compiled.nameOwner(of: Array(secret), before: range.lowerBound, in: bytes, rule: ruleIndex) {
            return .failure(.providerName(owner))
        }
        if rule.parser == nil, compiled.judgedByName[ruleIndex], AccessKeyPair.isIdentifierHalf(valueAt: range.lowerBound, in: bytes)
            || AccessKeyPair.isKeyIDUnderItsName(range, in: bytes) {
            return .failure(.identifierHalf)
        }
        if rule.parser == nil, compiled.isCommonShapeNearMiss(secret, rule: ruleIndex) { return .failure(.commonShape) }
        if rule.parser == nil, compiled.isPublicNamed(before: range.lowerBound, in: bytes, rule: ruleIndex) { return .failure(.publicName) }
        // A password may be words a person chose; a token's value is random, so words in camelCase are code.
        if rule.parser == nil, compiled.judgedByName[ruleIndex], rule.kind != .password, CodeName.isUnquoted(range, in: bytes),
           CodeName.isName(secret) {
            return .failure(.codeName)
        }
        // A provider's prefix before words in camelCase names the key in code; a provider's body is random.
        if rule.parser == nil, !compiled.judgedByName[ruleIndex], rule.kind == .credential, CodeName.isPrefixedName(secret) {
            return .failure(.codeName)
        }
        if compiled.judgedByName[ruleIndex], PublicValue.callsItselfPublic(secret) || PublicValue.isUncompressedPoint(secret) {
            return .failure(.publicValue)
        }
        if rule.parser == nil, let name = compiled.settingName(before: range.lowerBound, in: bytes, rule: ruleIndex) {
            if DescribingName.describes(name) { return .failure(.describingName) }
            if DescribingName.repeatsItsName(Array(secret), name) { return .failure(.ownName) }
            if TrustStoreName.names(name) { return .failure(.trustStore) }
        }
        let entropy = Entropy.shannon(secret)
        let floor = rule.entropyFloorIsStrict ? rule.minEntropy : Entropy.floor(rule.minEntropy, for: secret)
        let minimum = entropy < floor && CommonShapes.isUUID(secret) ? min(floor, CommonShapes.uuidEntropyFloor) : floor
        guard entropy >= minimum else { return .failure(.entropy(entropy, minimum: minimum)) }
        let value = Array(secret)
        var validation = templateAsk ? TemplateAsk.validation : Self.validate(Secret(bytes: value), with: rule.validators)
        guard validation.verdict != .rejected else { return .failure(.validators(rule.validators)) }
        guard !compiled.documentedExamples.contains(value) else { return .failure(.documentedExample) }
        if compiled.documentedDefaults.contains(value), validation["documented_example"] == nil {
            validation.details.append(Validation.Detail(key: "documented_example", value: "true"))
        }
        // A connection string's password sent to a documentation domain (`@db.example.com`): `DocumentationHost`.
        if rule.kind == .connectionString, DocumentationHost.follows(range.upperBound, in: bytes) {
            validation.details.append(Validation.Detail(key: DocumentationHost.detail, value: "true"))
        }
        // A value its own declaration names a test's (`TEST_FAKE_RSA_KEY_0`, inside `fn test_…`): `TestDeclaration`.
        if ![.file, .pii].contains(rule.kind), TestDeclaration.declares(range.lowerBound, in: bytes) {
            validation.details.append(Validation.Detail(key: TestDeclaration.detail, value: "true"))
        }
        return .success(validation)
    }

    /// Every capture of a rule's pattern in `bytes`, before any filter: what `patterns check` explains.
    func captures(_ ruleIndex: Int, in bytes: UnsafeRawBufferPointer) throws -> [Range<Int>] {
        guard let compiled = try compiled.pattern(ruleIndex) else { return [] }
        var captures: [Range<Int>] = []
        try matchData.forEachMatch(of: compiled.pattern, in: bytes, window: nil, group: compiled.secretGroup) { _, captured in
            if let captured { captures.append(captured) }
            return true
        }
        return captures
    }

    /// Turns hits into matches with line and column, in the order they appear in the blob, marking those on a
    /// `dredge:allow` line.
    func located(_ hits: [Hit], in bytes: UnsafeRawBufferPointer, blob: ObjectID) -> [Match] {
        guard !hits.isEmpty else { return [] }
        var locator = LineLocator(bytes)
        let allow = InlineAllow(bytes)
        let secrets = hits.filter { !compiled.rules[$0.rule].identifier }.map(\.secret)  // an identifier is shown in full
        return hits.sorted { $0.secret.lowerBound < $1.secret.lowerBound }.map { hit in
            let (line, column) = locator.position(of: hit.secret.lowerBound)
            return Match(blob: blob, ruleIndex: hit.rule, secret: Secret(bytes: Array(bytes[hit.secret])), line: line,
                         column: column, validation: hit.validation, range: hit.secret, key: hit.key,
                         severity: hit.validation["public"] == "true" ? .info : nil, allowed: allow.allows(compiled.rules[hit.rule].id, hit.span),
                         context: ContextLine.text(around: hit.secret, in: bytes, secrets: secrets))
        }
    }

    /// Convenience for tests and `patterns check`: matches a byte array.
    public func matches(in bytes: [UInt8]) -> Outcome {
        bytes.withUnsafeBytes { matches(in: $0, blob: ObjectID.zero) }
    }

    /// Stretches each window's end to the end of its line (a window cut mid-line would let `$` match at the cut and
    /// truncate a secret), then merges windows that now touch.
    static func toLineEnds(_ windows: [Range<Int>], in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for window in windows {
            var end = window.upperBound
            let limit = min(bytes.count, end + 4096)
            while end < limit, bytes[end - 1] != UInt8(ascii: "\n") { end += 1 }
            if let last = result.last, window.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                result.append(window.lowerBound..<end)
            }
        }
        return result
    }

    /// The number of positions covered by at least one of `ranges`.
    static func unionLength(_ ranges: [Range<Int>]) -> Int {
        var total = 0
        var covered = 0  // everything before this offset is counted
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.upperBound > covered {
            total += range.upperBound - max(range.lowerBound, covered)
            covered = range.upperBound
        }
        return total
    }

    /// Runs a rule's validators in order: any rejection drops the match, an invalid checksum outweighs a valid one,
    /// and the facts they decode are kept together.
    static func validate(_ secret: Secret, with validators: [Validator]) -> Validation {
        var combined = Validation.unchecked
        for validator in validators {
            let result = validator.validate(secret)
            if result.verdict == .rejected { return result }
            if result.verdict == .invalid || (result.verdict == .valid && combined.verdict == .unchecked) {
                combined.verdict = result.verdict
            }
            combined.details += result.details.filter { detail in !combined.details.contains { $0.key == detail.key } }
        }
        return combined
    }

    /// Where hits of different rules capture overlapping bytes, keeps the more specific rule's (a weak-password
    /// verdict, then a provider's rule over a format-wide one), then the more confident, then the longer secret;
    /// a parser's key name carries over to the hit that is kept.
    static func withoutOverlaps(_ hits: [Hit], rules: [Rule]) -> [Hit] {
        guard hits.count > 1 else { return hits }
        func outranks(_ a: Hit, _ b: Hit) -> Bool {
            if let precedes = rules[a.rule].precedes(rules[b.rule]) { return precedes }
            if a.secret.count != b.secret.count { return a.secret.count > b.secret.count }
            return a.rule < b.rule
        }
        // Sweep in blob order and rank only within each cluster of overlapping secrets: n log n, not n².
        var kept: [Hit] = []
        var cluster: [Hit] = []
        var clusterEnd = Int.min
        func settle() {
            var chosen: [Hit] = []
            for hit in cluster.sorted(by: outranks) {
                if let index = chosen.firstIndex(where: { $0.secret.overlaps(hit.secret) }) {
                    if chosen[index].key == nil { chosen[index].key = hit.key }
                } else {
                    chosen.append(hit)
                }
            }
            kept += chosen
            cluster.removeAll(keepingCapacity: true)
        }
        for hit in hits.sorted(by: { $0.secret.lowerBound < $1.secret.lowerBound }) {
            if hit.secret.lowerBound >= clusterEnd { settle() }
            cluster.append(hit)
            clusterEnd = max(clusterEnd, hit.secret.upperBound)
        }
        settle()
        return kept
    }
}

@available(*, unavailable)
extension Matcher: Sendable {}
