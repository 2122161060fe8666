import Git

/// Where a message is: a commit's or annotated tag's own message (`object` is that commit or tag), or a git note
/// (`object` is the object the note is attached to).
public struct MessageLocation: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case commit, tag, note
    }

    public let kind: Kind
    public let object: ObjectID

    public init(kind: Kind, object: ObjectID) {
        self.kind = kind
        self.object = object
    }

    /// How reports name the place: "commit message of 1a2b3c4d5e6f", "tag message of …", "note on …".
    public var description: String {
        let short = object.hex.prefix(12)
        switch kind {
        case .commit: return "commit message of \(short)"
        case .tag: return "tag message of \(short)"
        case .note: return "note on \(short)"
        }
    }
}
