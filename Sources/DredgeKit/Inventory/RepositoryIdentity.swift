import Foundation
import Git

/// Which repository a scan records under, so that every clone of it (a laptop, CI, a scheduled job) adds to the same
/// rows: its `origin` remote's URL, normalised (`git@github.com:Acme/api.git` and `https://user@github.com/Acme/api`
/// are both `github.com/Acme/api`), or a name the user gives; a repository without a remote is known by its path.
public struct RepositoryIdentity: Sendable, Equatable {
    /// The identity: what `--repository` matches and reports print.
    public let name: String
    /// Where this scan read it (a path), kept as the repository's latest location.
    public let location: String

    public init(name: String, location: String) {
        self.name = name
        self.location = location
    }

    /// The identity of the repository at `path`: `name` when given, else its remote, else its absolute path.
    public init(repositoryAt path: String, name given: String? = nil) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        location = absolute
        if let given, !given.isEmpty { name = given; return }
        let remote = (try? Repository(at: path))?.configString("remote.origin.url")
        name = remote.flatMap(Self.normalised(remoteURL:)) ?? absolute
    }

    /// `host[:port]/path` without scheme, user, password, trailing `/` or `.git`; a remote on this machine (an
    /// absolute path or `file://`) is its path; nil for what names no place (a relative path).
    public static func normalised(remoteURL: String) -> String? {
        let url = remoteURL.trimmingCharacters(in: .whitespacesAndNewlines)
        var host: String
        var path: String
        if url.lowercased().hasPrefix("file://") || url.hasPrefix("/") {
            var path = url.hasPrefix("/") ? url : (URLComponents(string: url)?.path ?? "")
            while path.count > 1, path.hasSuffix("/") { path.removeLast() }
            if path.hasSuffix(".git") { path.removeLast(4) }
            return path.isEmpty ? nil : path
        } else if url.contains("://") {
            guard let components = URLComponents(string: url), let found = components.host, !found.isEmpty else { return nil }
            host = found.lowercased()
            if let port = components.port, ![22, 80, 443, 9418].contains(port) { host += ":\(port)" }
            path = components.path
        } else if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") {
            // scp-like syntax: [user@]host:path
            let authority = url[..<colon]
            host = String(authority.split(separator: "@").last ?? authority).lowercased()
            path = String(url[url.index(after: colon)...])
        } else {
            return nil
        }
        while path.hasSuffix("/") { path.removeLast() }
        if path.hasSuffix(".git") { path.removeLast(4) }
        while path.hasPrefix("/") { path.removeFirst() }
        return path.isEmpty ? host : "\(host)/\(path)"
    }
}
