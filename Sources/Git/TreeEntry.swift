/// One entry of a tree, borrowed while the tree is visited: its name is raw bytes, as git stores it.
public struct TreeEntry {
    public let name: UnsafeBufferPointer<UInt8>
    public let id: ObjectID
    public let kind: ObjectKind
}
