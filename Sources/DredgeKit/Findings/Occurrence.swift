import Foundation
import Git

/// One place a finding's secret is seen: a blob at a line, in the commit that introduced it at a path.
/// A blob no commit reaches has no commit, path or author; a staged file or one on disk has a path but no commit.
/// In a message, `message` says whose: a commit's (`commit` and `blob` are that commit, no path), an annotated tag's
/// (`blob` is the tag, the author its tagger, no commit or path), or a note's (a blob at a path, as any other).
public struct Occurrence: Sendable, Hashable {
    public let blob: ObjectID
    public let commit: ObjectID?
    /// Escaped (`\xHH`) when the path is not valid UTF-8; then `pathBytes` holds it exactly.
    public let path: String?
    public let line: Int
    public let column: Int
    public let author: Signature?
    /// False when no ref or reflog reaches the commit (or no commit holds the blob at all); true for a file that is
    /// staged or on disk, which has no commit yet.
    public let reachable: Bool
    /// The setting that holds the secret, when known (`STRIPE_SECRET_KEY` in a `.env`).
    public var key: String? = nil
    /// The path's bytes, only when they are not valid UTF-8.
    public var pathBytes: [UInt8]? = nil
    /// In a commit's or tag's message, or a git note: which, and of what object.
    public var message: MessageLocation? = nil
    /// For committed files: the commit that removed the path from the history (nil while it is still there).
    public var removedIn: CommitReference? = nil
    /// The archive members and decoded values the secret lies in, outermost first; empty for the blob's own text.
    /// `path` stays the path in the commit (the archive's); `shownPath` names the member too.
    public var layers: [ContentLayer] = []
    /// When the secret was decoded from a value in the blob's text: that value as it stands in the blob (a purge
    /// replaces it). It is the secret in another spelling: reports redact it as they do the secret.
    public var encoded: Secret? = nil
    /// The line around the secret, every secret on it redacted; nil for committed files and data stores.
    public var context: String? = nil

    public var unreachable: Bool { !reachable }

    /// The path as reports show it: `backup.zip!config/aws.ini` for a member of an archive, else `path`.
    public var shownPath: String? { ContentLayer.shownPath(path, layers: layers) }

    /// How reports name the place: the path (with the note it is, for a note), the message, or the blob.
    public var place: String {
        switch (message, path) {
        case let (message?, path?): return "\(path) (\(message.description))"
        case let (message?, nil): return message.description
        case let (nil, path?): return shownPath ?? path
        case (nil, nil): return "blob \(blob.hex.prefix(12))"
        }
    }
}

/// A commit named in a report: id, author and date.
public struct CommitReference: Sendable, Hashable {
    public let id: ObjectID
    public let author: Signature
}
