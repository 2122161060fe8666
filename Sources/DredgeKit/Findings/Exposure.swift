import Foundation

/// How far a finding got: which refs still hold it in their history, whether one of them tracks a remote (then it was
/// pushed, or fetched from a remote that has it), and whether it is still in a ref's current tree.
public struct Exposure: Sendable, Hashable {
    /// Refs whose history holds the finding (branches, tags, remote-tracking refs, stash), sorted.
    public var references: [String] = []
    /// Refs whose tip commit's tree still holds it.
    public var tips: [String] = []
    /// Commits that brought it: it is in their tree and in none of their parents'. Oldest first.
    public var introducedIn: [CommitReference] = []
    /// When no tip holds it any more: the latest commit that took it out of a tree.
    public var removedIn: CommitReference?
    /// The newest commit that still has it: the latest tip holding it, else the commit that removed it last.
    public var lastSeen: CommitReference?

    /// True when a remote-tracking ref holds it: the credential left this machine.
    public var pushed: Bool { references.contains { $0.hasPrefix("refs/remotes/") } }
    /// False when only reflogs, dangling commits or loose objects still hold it.
    public var referenced: Bool { !references.isEmpty }

    public init() {}
}
