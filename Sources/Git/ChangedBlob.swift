/// A blob at a path that a diff reports as added or changed (its new side).
public struct ChangedBlob: Hashable, Sendable {
    public let path: String
    public let id: ObjectID
}
