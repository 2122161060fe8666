import Foundation

/// A commit's metadata, copied out of libgit2 so it can outlive the repository handle.
public struct Commit: Hashable, Sendable {
    public let id: ObjectID
    public let tree: ObjectID
    public let parents: [ObjectID]
    public let author: Signature
    public let committer: Signature
    public let summary: String

    public init(id: ObjectID, tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature, summary: String) {
        (self.id, self.tree, self.parents, self.author, self.committer, self.summary) = (id, tree, parents, author, committer, summary)
    }
}
