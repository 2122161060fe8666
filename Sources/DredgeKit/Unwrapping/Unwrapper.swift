import Foundation
import Git

/// The unwrap stage (DESIGN.md §2), between read and match: a blob's bytes may hold more scan items, the members of
/// an archive and values in base64, hex or percent-encoding. Each is matched with the same rules as any blob (an
/// archive member with the path rules too, at its path inside the archive), and may hold items in turn, to
/// `UnwrapLimits.depth`. Their matches come back to the blob with the trail of layers, so the rest of the pipeline
/// (findings, occurrences, reports) takes them as it takes any match. One per blob: it holds that blob's budget.
struct Unwrapper {
    let matcher: Matcher
    let blob: ObjectID
    let limits: UnwrapLimits
    private(set) var counts = UnwrapCounts()
    /// Rules that reached PCRE2's match limit in an unwrapped item.
    private(set) var limitedRules: [Int] = []
    /// Made when an archive is met: most blobs are text, and one allocation a blob shows in a full-history scan.
    private lazy var inflateBudget = ArchiveReader.InflateBudget(limits.inflatedBytes)
    private var finder: EncodedValueFinder
    /// The worker's line deduplicator, for the text members of archives: a source tarball committed to a history is
    /// mostly lines its files already hold (curl keeps a dozen), and only the new and hot ones need reading.
    private let lines: LineDeduplicator?

    init(matcher: Matcher, blob: ObjectID, limits: UnwrapLimits, lines: LineDeduplicator? = nil) {
        self.matcher = matcher
        self.blob = blob
        self.limits = limits
        self.lines = lines
        finder = EncodedValueFinder(limits: limits)
    }

    /// The matches inside the encoded values of `text` (a blob's text, already matched: `matches` are its matches),
    /// merged with them: a container match whose secret lies in an encoded value that decoded to a finding gives way
    /// to it (the decoded value is the credential). `regions` are the lines to search (with line deduplication, those
    /// the worker has not read before and hot ones); a value that held a finding makes its line hot, so later versions
    /// of the file decode it again.
    mutating func withDecodedValues(_ matches: [Match], in text: UnsafeRawBufferPointer, regions: [Range<Int>]?,
                                    lines: LineDeduplicator?, depth: Int) -> [Match] {
        guard depth < limits.depth else { return matches }
        let values = finder.values(in: text, regions: regions)
        guard !values.isEmpty else { return matches }
        var kept = matches
        var found: [Match] = []
        var locator = LineLocator(text)
        var allow: InlineAllow?
        for value in values {
            counts.decodedValues += 1
            counts.decodedBytes += value.decoded.count
            let inner = value.text.withUnsafeBytes { item in
                textMatches(item, regions: [value.decoded], depth: depth + 1).filter { $0.range.overlaps(value.decoded) || $0.range.isEmpty }
            }
            guard !inner.isEmpty else { continue }
            let (line, column) = locator.position(of: value.encoded.lowerBound)
            let layer = ContentLayer.decoded(value.kind, line: line, column: column)
            if allow == nil { allow = InlineAllow(text) }
            kept.removeAll { value.encoded.contains($0.range.lowerBound) && $0.layers.isEmpty }
            let encoded = Secret(bytes: Array(text[value.encoded]))
            found += inner.map { match in
                var lifted = Match(blob: blob, ruleIndex: match.ruleIndex, secret: match.secret, line: line, column: column,
                                   validation: match.validation, range: value.encoded, path: nil, key: match.key ?? value.key,
                                   severity: match.severity)
                lifted.layers = [layer] + match.layers
                lifted.encoded = encoded  // the outermost value: what the blob holds
                lifted.context = match.context  // the value's line as decoded, its secrets redacted
                lifted.allowed = match.allowed || allow!.allows(matcher.compiled.rules[match.ruleIndex].id, value.encoded)
                return lifted
            }
            lines?.markHot([value.encoded], in: text)
        }
        return kept + found
    }

    /// The matches in the members of an archive (`format`), each member matched as content and at its path. An Office
    /// document's main parts are matched for what they show (`OfficeDocument`): a workbook's sheets as tables of
    /// records, a Word document's body as its paragraphs.
    mutating func archiveMatches(_ bytes: UnsafeRawBufferPointer, format: ContentLayer.Kind, depth: Int) -> [Match] {
        guard depth < limits.depth else {
            counts.tooDeep += 1
            return []
        }
        counts.archives += 1
        var found: [Match] = []
        let budget = inflateBudget
        let office = format == .zip ? OfficeDocument.kind(of: bytes) : nil
        var parts: [String: [UInt8]] = [:]
        let ending = ArchiveReader.forEachMember(in: bytes, format: format, budget: budget, limits: limits) { path, member in
            if let office, let path, OfficeDocument.isPart(path, of: office) {
                parts[path] = Array(member)
                return
            }
            counts.members += 1
            let layer = ContentLayer.member(path, of: format)
            found += memberMatches(member, path: path, depth: depth + 1).map { Self.lifted($0, from: layer) }
        }
        switch ending {
        case .complete: break
        case .overLimit: counts.overLimit += 1
        case .damaged: counts.damaged += 1
        }
        guard let office, !parts.isEmpty else { return found }
        if office == .docx, let body = parts[WordDocumentText.body] {
            counts.members += 1
            let text = WordDocumentText.text(of: body)
            return found + text.withUnsafeBytes { textMatches($0, regions: nil, depth: depth + 1) }.map { Self.lifted($0, from: .member(nil, of: .docx)) }
        }
        let sheets = recordMatches(of: .xlsx, depth: depth + 1) {
            SpreadsheetRecords.forEachRow(parts: parts, maxRowsPerTable: DatabaseText.maxRowsPerTable, $0)
        }
        if let sheets { return found + sheets }
        // Parts of no workbook that opens: read as the members they are.
        for (path, member) in parts.sorted(by: { $0.key < $1.key }) {
            counts.members += 1
            found += member.withUnsafeBytes { memberMatches($0, path: path, depth: depth + 1) }.map { Self.lifted($0, from: .member(path, of: format)) }
        }
        return found
    }

    /// The rows of a SQLite database, table by table (`DatabaseText`), each table matched as a member's text is; the
    /// line of a match is the row's place in its table. Nil when the bytes are no database that opens.
    mutating func databaseMatches(_ bytes: UnsafeRawBufferPointer) -> [Match]? {
        let found = recordMatches(of: .sqlite, depth: 1) { SQLiteRecords.forEachRow(bytes, maxRowsPerTable: DatabaseText.maxRowsPerTable, $0) }
        if found != nil { counts.archives += 1 }
        return found
    }

    /// A store of records (a database's tables, a workbook's sheets) written as text (`DatabaseText`), each table
    /// matched as a member's text is; nil when `reading` says the store does not open.
    private mutating func recordMatches(of kind: ContentLayer.Kind, depth: Int, reading: (DatabaseText.Row) -> Bool) -> [Match]? {
        guard let store = DatabaseText.tables(budget: limits.inflatedBytes, reading: reading) else { return nil }
        if store.cutShort { counts.overLimit += 1 }
        var found: [Match] = []
        for (table, text) in store.tables {
            counts.members += 1
            let layer = ContentLayer.member(table, of: kind)
            found += text.withUnsafeBytes { textMatches($0, regions: nil, depth: depth) }.map { Self.lifted($0, from: layer) }
        }
        return found
    }

    /// A match inside a container's member, as the blob reports it: the member's layer first, no range of the blob's
    /// bytes, and no path of its own (a path rule matched the member's path, which every place of the blob holds).
    private static func lifted(_ match: Match, from layer: ContentLayer) -> Match {
        var lifted = match
        lifted.layers = [layer] + match.layers
        lifted.range = 0..<0
        lifted.path = nil
        return lifted
    }

    /// One member: an archive again, text (content rules, then path rules at its path), or binary (path rules only).
    private mutating func memberMatches(_ bytes: UnsafeRawBufferPointer, path: String?, depth: Int) -> [Match] {
        if let format = ArchiveReader.format(of: bytes) { return archiveMatches(bytes, format: format, depth: depth) }
        var content: [Match] = []
        switch TextDecoding.classify(bytes) {
        case .text:
            content = memberTextMatches(bytes, depth: depth)
        case .utf16(let littleEndian):
            content = TextDecoding.utf8(fromUTF16: bytes, littleEndian: littleEndian).withUnsafeBytes {
                memberTextMatches($0, depth: depth)
            }
        case .binary:
            break
        }
        guard let path, matcher.compiled.pathRules.contains(where: { matcher.compiled.applies($0, to: path) }) else { return content }
        return PathRulePass.merge(content: content, path: matcher.pathMatches(path: path, in: bytes, blob: blob),
                                  compiled: matcher.compiled)
    }

    /// A text member of an archive, read as a blob is: its new and hot lines only, with `lines`.
    private mutating func memberTextMatches(_ text: UnsafeRawBufferPointer, depth: Int) -> [Match] {
        guard let lines else { return textMatches(text, regions: nil, depth: depth) }
        let outcome = matcher.matches(in: text, blob: blob, lines: lines)
        counts.bytesMatched += outcome.regions?.reduce(0) { $0 + $1.count } ?? text.count
        limitedRules += outcome.limitedRules
        return withDecodedValues(outcome.matches, in: text, regions: lines.freshLines, lines: lines, depth: depth)
    }

    /// A text item inside the blob (a decoded value; a member when there is no line deduplicator): its matches and
    /// those of the values encoded in it.
    private mutating func textMatches(_ text: UnsafeRawBufferPointer, regions: [Range<Int>]?, depth: Int) -> [Match] {
        counts.bytesMatched += text.count
        let outcome = matcher.matches(in: text, blob: blob, lines: nil)
        limitedRules += outcome.limitedRules
        return withDecodedValues(outcome.matches, in: text, regions: regions, lines: nil, depth: depth)
    }
}
