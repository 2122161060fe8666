import Foundation

/// The repositories of an organisation scan, from a file with one per line: a URL to clone (`https://…`, `ssh://…`,
/// `git@host:path`, `file://…`) or a path on this machine. Blank lines and `#` comments are skipped. The same file
/// drives `dredge scan --repositories`, a Kubernetes Indexed Job and a CI matrix (docs/scale.md).
public struct RepositoryList: Sendable {
    public enum Source: Sendable, Equatable {
        case remote(url: String)
        case local(path: String)
    }

    public struct Entry: Sendable, Equatable {
        public let source: Source
        /// The line in the file, for errors.
        public let line: Int
    }

    public let entries: [Entry]

    public init(contentsOf path: String) throws {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw DredgeError.unreadablePath(path: path, reason: "cannot read the list of repositories: \(error.localizedDescription)")
        }
        entries = try text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            guard !line.contains(where: \.isWhitespace) else {
                throw DredgeError.invalidConfiguration(file: path, line: index + 1, message: "one repository per line, without spaces: `\(line)`")
            }
            return Entry(source: Self.isURL(line) ? .remote(url: line) : .local(path: line), line: index + 1)
        }
        guard !entries.isEmpty else {
            throw DredgeError.invalidConfiguration(file: path, line: nil, message: "lists no repository (one URL or path per line)")
        }
    }

    static func isURL(_ text: String) -> Bool {
        if text.range(of: "^[A-Za-z][A-Za-z0-9+.-]*://", options: .regularExpression) != nil { return true }
        // scp-like `[user@]host:path`: a colon before any slash.
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains("/"), colon != text.startIndex { return true }
        return false
    }
}
