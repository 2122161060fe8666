import Foundation

/// `.dredgeignore`: one finding id per line (in full, or a prefix of at least 12 hex digits as reports print it),
/// then optionally `#` and the reason; blank lines and lines that are only a comment are skipped.
/// Ids depend on rule and secret only, so an entry keeps working when the secret moves to another line or file.
public struct IgnoreList: Sendable {
    /// Shortest prefix accepted: `FindingID.short`.
    static let minimumDigits = FindingID.shortDigits

    /// Entries keyed by their first 12 digits, so a lookup is one hash and a few prefix checks.
    private var entries: [String: [String]] = [:]

    public init() {}

    /// Parses the text of `file`; a line that is not a hex id (with an optional comment) is an error naming its line.
    public init(text: String, file: String) throws {
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let content = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            guard !content.isEmpty else { continue }
            // The line is not echoed: a pasted secret would end up in a terminal or CI log.
            guard (Self.minimumDigits...64).contains(content.count), content.allSatisfy({ "0123456789abcdef".contains($0) }) else {
                throw DredgeError.invalidConfiguration(
                    file: file, line: offset + 1,
                    message: "expected a finding id (\(Self.minimumDigits) to 64 hex digits), then optionally `# reason`")
            }
            entries[String(content.prefix(Self.minimumDigits)), default: []].append(content)
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    public func contains(_ id: FindingID) -> Bool {
        entries[String(id.hex.prefix(Self.minimumDigits))]?.contains { id.hex.hasPrefix($0) } ?? false
    }
}
