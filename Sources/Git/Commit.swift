import Foundation

/// A commit's metadata, copied out of libgit2 so it can outlive the repository handle.
public struct Commit: Hashable, Sendable {
    public let id: ObjectID
    public let tree: ObjectID
    public let parents: [ObjectID]
    public let author: Signature
    public let committer: Signature
    public let summary: String
}
