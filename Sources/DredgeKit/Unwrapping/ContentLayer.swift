/// One step from a blob's bytes inward, as the unwrap stage took it: a member of an archive, or a value decoded from
/// base64, hex or percent-encoding. An occurrence's layers, outermost first, say how to get from the blob to the
/// bytes that hold the secret (`backup.zip!config/aws.ini`, or the base64 at line 7, column 17 of a Secret manifest).
public struct ContentLayer: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case zip, tar, gzip
        /// A SQLite database, whose members are its tables (`DatabaseText`).
        case sqlite
        /// An Excel workbook, whose members are its sheets (`SpreadsheetRecords`); its other parts are a zip's members.
        case xlsx
        /// A Word document, read as its paragraphs (`WordDocumentText`): no member of its own.
        case docx
        case base64, hex, percent
        /// JSON written into a JSON string, its quotes escaped (`EncodedValueFinder.escapedString`).
        case escaped

        /// A container of members: the blob is purged whole, and reports show the member's path after `!`.
        public var isArchive: Bool { self == .zip || self == .tar || self == .gzip || self == .sqlite || self == .xlsx || self == .docx }
    }

    public let kind: Kind
    /// An archive member's path inside its archive (nil for gzip, which holds one unnamed stream).
    public var member: String? = nil
    /// A decoded value: where its encoded text starts in its container (1-based line; column in characters).
    public var line: Int? = nil
    public var column: Int? = nil

    public static func member(_ path: String?, of kind: Kind) -> ContentLayer {
        ContentLayer(kind: kind, member: path)
    }

    public static func decoded(_ kind: Kind, line: Int, column: Int) -> ContentLayer {
        ContentLayer(kind: kind, line: line, column: column)
    }

    /// The path a report shows: the container's path, then `!` and each archive member's path.
    public static func shownPath(_ path: String?, layers: [ContentLayer]) -> String? {
        let members = layers.compactMap(\.member)
        guard let path, !members.isEmpty else { return path }
        return ([path] + members).joined(separator: "!")
    }

    /// A short account for text reports: `base64 at 7:17`, `zip member config/aws.ini`.
    public var summary: String {
        if let member { return "\(kind.rawValue) member \(member)" }
        if let line, let column { return "\(kind.rawValue) at \(line):\(column)" }
        return kind.rawValue
    }
}
