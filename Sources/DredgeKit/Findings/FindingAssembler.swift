import Git

/// Groups matches into findings (one per rule + secret) and expands each match into occurrences, one per place
/// its blob appears.
struct FindingAssembler {
    /// The rules, and what they know of providers' shapes (a near miss of the provider a path names: `ProviderPath`).
    let compiled: CompiledRules
    var rules: [Rule] { compiled.rules }
    let index: AppearanceIndex
    /// For a narrower input than the history: each blob's items, which place its matches instead of the index.
    var items: [ObjectID: [ScanItem]] = [:]

    /// The findings of `matches`, most severe first; `addExposure` then tells where each lives in the history.
    func findings(from matches: [Match]) -> [Finding] {
        let owners = Self.owners(of: matches, rules: rules)
        var byID: [FindingID: Finding] = [:]
        // A finding is declared a test's where any match of it is (`TestDeclaration`): bitwarden's pool was first
        // committed as `const RSA_KEY_26`, then renamed `TEST_FAKE_RSA_KEY_26`; the key is the same fixture in both.
        // It is lowered, never dropped, so a real key once pasted into a test still shows.
        var declaredTest: [FindingID: Bool] = [:]
        for match in matches {
            let owner = owners[match.secret] ?? match.ruleIndex
            let rule = rules[owner]
            let id = FindingID(ruleID: rule.id, secret: match.secret)
            let occurrences = occurrences(of: match, id: id)
            if byID[id] == nil {
                byID[id] = Finding(id: id, rule: rule, secret: match.secret, entropy: match.secret.entropy,
                                   validation: match.validation, occurrences: [], confidence: rule.confidence,
                                   severity: match.severity ?? rule.severity)
            } else if match.ruleIndex == owner {
                byID[id]!.validation = match.validation  // what the owning rule's validators learnt
            }
            byID[id]!.occurrences += occurrences
            // a weak default (`admin`, `password`) is one value in many unrelated places: every one must say test
            let declared = match.validation[TestDeclaration.detail] == "true"
            declaredTest[id] = rule.kind == .weakCredential ? (declaredTest[id] ?? true) && declared : (declaredTest[id] ?? false) || declared
        }
        // A narrower input drops what its items inherited; a finding left with no occurrence is not new there.
        return byID.values.filter { !$0.occurrences.isEmpty }.compactMap { finding -> Finding? in
            var finding = finding
            finding.validation.details.removeAll { $0.key == TestDeclaration.detail }
            if declaredTest[finding.id] == true {
                finding.validation.details.append(Validation.Detail(key: TestDeclaration.detail, value: "true"))
            }
            finding.occurrences = Self.withoutRepeats(finding.occurrences).sorted(by: Self.chronological)
            finding.confidence = ConfidenceScore.score(
                rule: finding.rule, validation: finding.validation, paths: finding.occurrences.compactMap(\.shownPath))
            // A template's ask is the template's own text where only templates hold it (`TemplateAsk`); a package's
            // checksum under a name that reads as a secret's is a lock file's (`LockFile`); a near miss of the
            // provider its file is named for is that provider's key gone wrong (`ProviderPath`).
            if TemplateAsk.onlyInTemplates(finding) || LockFile.onlyInLockFiles(finding) { return nil }
            return ProviderPath.onlyNearMisses(finding, compiled: compiled) ? nil : finding
        }.sorted(by: Finding.reportOrder)
    }

    /// One secret is one credential, whichever rules saw it: where rules capture the same secret (a `.env` value that
    /// the `.env` parser and a generic assignment rule both report), every match of it goes to the rule that outranks
    /// the others (`Rule.outranks`), so it is one finding with one id, one checklist item and one purge entry.
    /// Committed files and data stores are named by their path, not a secret: they keep their own rule.
    static func owners(of matches: [Match], rules: [Rule]) -> [Secret: Int] {
        var owners: [Secret: Int] = [:]
        for match in matches where ![.file, .pii].contains(rules[match.ruleIndex].kind) {
            guard let current = owners[match.secret] else {
                owners[match.secret] = match.ruleIndex
                continue
            }
            if rules[match.ruleIndex].outranks(rules[current]) { owners[match.secret] = match.ruleIndex }
        }
        return owners
    }

    /// Two rules that saw the same secret at the same place give the same occurrence twice: keep one, with the key
    /// name if either knew it. Two members of one archive are two places (the shown path names the member).
    private static func withoutRepeats(_ occurrences: [Occurrence]) -> [Occurrence] {
        var kept: [Occurrence] = []
        var seen: [OccurrencePlace: Int] = [:]
        for occurrence in occurrences {
            let place = OccurrencePlace(blob: occurrence.blob, commit: occurrence.commit, path: occurrence.shownPath, line: occurrence.line,
                                 column: occurrence.column)
            if let earlier = seen[place] {
                if kept[earlier].key == nil { kept[earlier].key = occurrence.key }
                continue
            }
            seen[place] = kept.count
            kept.append(occurrence)
        }
        return kept
    }

    private struct OccurrencePlace: Hashable {
        let blob: ObjectID
        let commit: ObjectID?
        let path: String?
        let line: Int
        let column: Int
    }

    /// One occurrence per place the match's blob appears (only at the match's path, for path rules).
    private func occurrences(of match: Match, id: FindingID) -> [Occurrence] {
        if let message = match.message {
            // A range scan reads only commits and tags it reaches; a full scan knows which ones a ref reaches.
            let reachable = !items.isEmpty || (message.kind == .commit ? index.isReachable(commit: message.object)
                                                                       : index.references.contains { $0.target == message.object })
            return [Occurrence(blob: match.blob, commit: message.kind == .commit ? message.object : nil, path: nil, line: match.line,
                               column: match.column, author: match.messageAuthor, reachable: reachable, key: match.key, message: message,
                               context: match.context)]
        }
        if let items = items[match.blob] {
            return items.filter { (match.path == nil || $0.path == match.path) && !$0.inherited.contains(id) }.map { $0.occurrence(of: match) }
        }
        guard let appearances = index.appearances[match.blob], !appearances.isEmpty else {
            return [Occurrence(blob: match.blob, commit: nil, path: nil, line: match.line, column: match.column, author: nil,
                               reachable: false, key: match.key, layers: match.layers, encoded: match.encoded, context: match.context)]
        }
        let annotated = index.notes[match.blob]
        return appearances.filter { match.path == nil || $0.path == match.path }.map { appearance in
            let commit = index.commits[appearance.commitIndex]
            // A note's blob stands in its notes tree at the path of the object it annotates (`ab/cdef…` when fanned out).
            let note = annotated.flatMap { object in
                appearance.path.replacingOccurrences(of: "/", with: "") == object.hex ? MessageLocation(kind: .note, object: object) : nil
            }
            return Occurrence(
                blob: match.blob, commit: commit.id, path: appearance.path, line: match.line, column: match.column,
                author: commit.author, reachable: appearance.reachable, key: match.key, pathBytes: index.pathBytes[appearance.path],
                message: note, layers: match.layers, encoded: match.encoded, context: match.context)
        }
    }

    private static func chronological(_ a: Occurrence, _ b: Occurrence) -> Bool {
        let (da, db) = (a.author?.date ?? .distantFuture, b.author?.date ?? .distantFuture)
        if da != db { return da < db }
        return (a.path ?? "", a.line, a.column, a.blob) < (b.path ?? "", b.line, b.column, b.blob)
    }
}
