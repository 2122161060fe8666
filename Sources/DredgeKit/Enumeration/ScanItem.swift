import Foundation
import Git

/// One thing a narrower scan input yields: content at a path, introduced by a commit (a range scan) or by none
/// (staged in the index, a file on disk).
public struct ScanItem: Sendable {
    public enum Content: Sendable {
        case blob(ObjectID)
        case file(URL)
    }

    public let content: Content
    public let path: String
    public let commit: Commit?
    /// For a range: the blobs the commit's parents had at this path.
    public var previous: [ObjectID] = []
    /// Findings already in those blobs: inherited, not introduced by this commit, so not placed here.
    var inherited: Set<FindingID> = []

    /// Where a match in this item's content is seen.
    func occurrence(of match: Match) -> Occurrence {
        Occurrence(blob: match.blob, commit: commit?.id, path: path, line: match.line, column: match.column,
                   author: commit?.author, reachable: true, key: match.key, layers: match.layers, encoded: match.encoded, context: match.context)
    }
}
