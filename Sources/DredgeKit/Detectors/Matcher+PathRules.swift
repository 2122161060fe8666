import Git

extension Matcher {
    /// Runs the path rules whose globs match `path` on a blob seen at that path, together with the content rules'
    /// `contentMatches` for the same blob, so that overlaps between the two are resolved once.
    /// A `file` rule reports the file itself (its identity is the path): always when it has no content check, or when
    /// its pattern or parser finds something. Other path rules report each accepted capture, limited to that path.
    public func pathMatches(path: String, in bytes: UnsafeRawBufferPointer, blob: ObjectID) -> [Match] {
        var files: [Match] = []
        var hits: [Hit] = []
        // The table rules read the same cells: the blob is parsed once for them all (once more for the weak rules,
        // which also keep a digest of a default).
        var tableEntries: [Bool: [TableParser.Entry]] = [:]
        for ruleIndex in compiled.pathRules where compiled.applies(ruleIndex, to: path) {
            let rule = compiled.rules[ruleIndex]
            var found: [Hit] = []
            if rule.parser == .personalData {
                // One finding per file version: the identity is the path and the blob, the report its facts.
                guard let report = PersonalDataScanner.analyze(path: path, bytes: bytes) else { continue }
                files.append(Match(blob: blob, ruleIndex: ruleIndex, secret: Secret(path + "\0" + blob.hex), line: 1, column: 1,
                                   validation: report.validation, path: path, severity: report.severity))
                continue
            }
            if rule.parser == .dotenv {
                found = DotEnvParser.entries(in: bytes).compactMap { entry in
                    accept(entry.value, in: bytes, rule: ruleIndex).map { Hit(rule: ruleIndex, secret: entry.value, validation: $0, key: entry.key) }
                }
            } else if rule.parser == .table {
                // A weak-password or password rule reads password columns only: a test report's `Pass/Fail` column
                // holds `Pass`, and a token column's `test` or `demo` is an environment's name, not a password.
                let keepingWeakDigests = rule.kind == .weakCredential
                let entries = tableEntries[keepingWeakDigests]
                    ?? TableParser.entries(in: bytes, path: path, keepingWeakDigests: keepingWeakDigests)
                tableEntries[keepingWeakDigests] = entries
                let passwordsOnly = rule.kind == .weakCredential || rule.kind == .password
                found = entries.filter { !passwordsOnly || TableParser.isPasswordColumn($0.key) }.compactMap { entry in
                    accept(entry.value, in: bytes, rule: ruleIndex).map { Hit(rule: ruleIndex, secret: entry.value, validation: $0, key: entry.key) }
                }
            } else {
                found = (try? patternHits(ruleIndex, in: bytes, window: nil)) ?? []
            }
            guard rule.kind == .file else {
                hits += found
                continue
            }
            // A parsed file with no secret-like entry of its own may still hold a provider's key under a plain name
            // (`STRIPE=sk_live_…`): it stands then beside that finding (`PathRulePass.merge`).
            // A binary key store holding trusted certificates only is a trust store, whatever its name (`KeyStoreContents`).
            // (A pattern may read its content too: `keystore.committed` skips a store git-crypt encrypted, blind30j.)
            if rule.parser == nil && KeyStoreContents.holdsOnlyCertificates(bytes) { continue }
            if (rule.pattern == nil && rule.parser == nil) || !found.isEmpty || rule.parser == .dotenv {
                // A file read by a parser is the finding as a whole, from its first line; a pattern's file, where it matched.
                let first = rule.parser == .dotenv ? 0 : found.map(\.secret.lowerBound).min() ?? 0
                var locator = LineLocator(bytes)
                let (line, column) = locator.position(of: first)
                var file = Match(blob: blob, ruleIndex: ruleIndex, secret: Secret(path), line: line, column: column,
                                 validation: .unchecked, path: path)
                file.entriesAreNearMisses = rule.parser == .dotenv && found.allSatisfy { isNearMissOrOwned($0, in: bytes) }
                files.append(file)
            }
        }
        return files + located(Self.withoutOverlaps(hits, rules: compiled.rules), in: bytes, blob: blob).map { match in
            var match = match
            match.path = path
            return match
        }
    }

    /// Whether a parsed entry is no secret of its own kind: its value carries a provider's prefix but misses that
    /// provider's format (`CompiledRules.nearMissOwner`), nearly fits the shape of the provider its key names, or is a
    /// typo of a common shape.
    private func isNearMissOrOwned(_ hit: Hit, in bytes: UnsafeRawBufferPointer) -> Bool {
        let value = Array(UnsafeRawBufferPointer(rebasing: bytes[hit.secret]))
        return compiled.nearMissOwner(of: value) != nil || CommonShapes.isNearMiss(value)
            || hit.key.map { compiled.nameOwner(of: value, named: Array($0.utf8)) != nil } == true
    }

    /// Convenience for tests and `patterns check`: what the rules yield on `text` kept at `path`, as a scan merges
    /// them (the content rules' matches, and the path rules' where `path` is given).
    public func secrets(in text: String, at path: String?) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { raw in
            let content = matches(in: raw, blob: .zero).matches
            let matches = path.map { PathRulePass.merge(content: content, path: pathMatches(path: $0, in: raw, blob: .zero), compiled: compiled) }
                ?? content
            // one secret once, as a scan reports it once whichever rules saw it
            var seen: Set<String> = []
            return matches.map { $0.secret.reveal() }.filter { seen.insert($0).inserted }
        }
    }
}
