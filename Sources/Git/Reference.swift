/// A reference and the object it points at, after peeling tags.
public struct Reference: Hashable, Sendable {
    public let name: String
    /// The commit the reference resolves to, or nil when it points at something else (a tag of a blob, say).
    public let commit: ObjectID?
    public let target: ObjectID

    public var isRemoteTracking: Bool { name.hasPrefix("refs/remotes/") }
    public var isTag: Bool { name.hasPrefix("refs/tags/") }
}
