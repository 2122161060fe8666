import Git

/// Groups matches into findings (one per rule + secret) and expands each match into occurrences, one per place
/// its blob appears.
struct FindingAssembler {
    let rules: [Rule]
    let index: AppearanceIndex
    /// For a narrower input than the history: each blob's items, which place its matches instead of the index.
    var items: [ObjectID: [ScanItem]] = [:]

    /// The findings of `matches`, most severe first; `addExposure` then tells where each lives in the history.
    func findings(from matches: [Match]) -> [Finding] {
        var byID: [FindingID: Finding] = [:]
        for match in matches {
            let rule = rules[match.ruleIndex]
            let id = FindingID(ruleID: rule.id, secret: match.secret)
            let occurrences = occurrences(of: match, id: id)
            if byID[id] == nil {
                byID[id] = Finding(id: id, rule: rule, secret: match.secret, entropy: match.secret.entropy,
                                   validation: match.validation, occurrences: [], confidence: rule.confidence,
                                   severity: match.severity ?? rule.severity)
            }
            byID[id]!.occurrences += occurrences
        }
        // A narrower input drops what its items inherited; a finding left with no occurrence is not new there.
        return byID.values.filter { !$0.occurrences.isEmpty }.map { finding in
            var finding = finding
            finding.occurrences.sort(by: Self.chronological)
            finding.confidence = ConfidenceScore.score(
                rule: finding.rule, validation: finding.validation, paths: finding.occurrences.compactMap(\.path))
            return finding
        }.sorted(by: Finding.reportOrder)
    }

    /// One occurrence per place the match's blob appears (only at the match's path, for path rules).
    private func occurrences(of match: Match, id: FindingID) -> [Occurrence] {
        if let message = match.message {
            // A range scan reads only commits and tags it reaches; a full scan knows which ones a ref reaches.
            let reachable = !items.isEmpty || (message.kind == .commit ? index.isReachable(commit: message.object)
                                                                       : index.references.contains { $0.target == message.object })
            return [Occurrence(blob: match.blob, commit: message.kind == .commit ? message.object : nil, path: nil, line: match.line,
                               column: match.column, author: match.messageAuthor, reachable: reachable, key: match.key, message: message)]
        }
        if let items = items[match.blob] {
            return items.filter { (match.path == nil || $0.path == match.path) && !$0.inherited.contains(id) }.map { $0.occurrence(of: match) }
        }
        guard let appearances = index.appearances[match.blob], !appearances.isEmpty else {
            return [Occurrence(blob: match.blob, commit: nil, path: nil, line: match.line, column: match.column, author: nil,
                               reachable: false, key: match.key)]
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
                message: note)
        }
    }

    private static func chronological(_ a: Occurrence, _ b: Occurrence) -> Bool {
        let (da, db) = (a.author?.date ?? .distantFuture, b.author?.date ?? .distantFuture)
        if da != db { return da < db }
        return (a.path ?? "", a.line, a.column, a.blob) < (b.path ?? "", b.line, b.column, b.blob)
    }
}
