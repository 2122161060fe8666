/// A blob at a path that a diff reports as added or changed (its new side), and the blob it replaced, if any.
public struct ChangedBlob: Hashable, Sendable {
    public let path: String
    public let id: ObjectID
    public let previous: ObjectID?
}
