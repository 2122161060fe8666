import Foundation

/// How far a finding got: which refs still hold it in their history, whether one of them tracks a remote (then it was
/// pushed, or fetched from a remote that has it), and whether it is still in a ref's current tree.
public struct Exposure: Sendable, Hashable {
    /// Refs whose history holds the finding (branches, tags, remote-tracking refs, stash), sorted.
    public var references: [String] = []
    /// Refs whose tip commit's tree still holds it, sorted.
    public var tips: [String] = []
    /// Commits that brought it: it is in their tree and in none of their parents'. Oldest first.
    public var introducedIn: [CommitReference] = []
    /// When no tip holds it any more: the latest commit that took it out of a tree.
    public var removedIn: CommitReference?
    /// The newest commit that still has it: the latest tip holding it, else the commit that removed it last.
    public var lastSeen: CommitReference?

    /// True when the scanned repository is bare: a server's own copy or a mirror (`git clone --mirror`, with a forge's
    /// `refs/pull/*`). Everything such a repository holds, reachable or not, has been published (docs/inventory.md).
    public var inBareRepository = false

    /// True when the credential left this machine: the repository is bare, or a remote-tracking ref or a forge's
    /// pull-request ref holds it.
    public var pushed: Bool { inBareRepository || references.contains(where: Self.isPublished) }

    /// Refs that only exist because a server has the commits: remote-tracking refs and forges' pull/merge requests.
    public static func isPublished(_ reference: String) -> Bool {
        name(reference, startsWith: "refs/remotes/") || isReview(reference)
    }
    /// A forge's pull or merge request refs (`refs/pull/…` on GitHub, `refs/merge-requests/…` on GitLab): a mirror of
    /// a busy repository has tens of thousands, and every one holds most of the history.
    public static func isReview(_ reference: String) -> Bool {
        name(reference, startsWith: "refs/pull/") || name(reference, startsWith: "refs/merge-requests/")
    }

    /// `names` (sorted, as `references` and `tips` are) without the forge's review refs, and where those lie in it: a
    /// run for each of their prefixes, since names that share a prefix sort together. The runs are found by bisection:
    /// on a forge's mirror a finding is held by tens of thousands of review refs (curl: 270 findings, most held by
    /// 17,887 refs), and testing every name took a tenth of a second of the JSON report and as much of the inventory.
    public static func splitReview(_ names: [String]) -> (other: [String], review: [Range<Int>]) {
        let review = reviewPrefixes.map { prefix, past in firstIndex(notBelow: prefix, in: names)..<firstIndex(notBelow: past, in: names) }
        var other: [String] = []
        var start = 0
        for run in review {
            other += names[start..<run.lowerBound]
            start = max(start, run.upperBound)
        }
        other += names[start...]
        return (other, review)
    }

    /// Each review prefix, and the least string past every name that begins with it (its last `/` made `0`, the next
    /// character), in name order.
    private static let reviewPrefixes = [("refs/merge-requests/", "refs/merge-requests0"), ("refs/pull/", "refs/pull0")]

    private static func firstIndex(notBelow bound: String, in names: [String]) -> Int {
        var (low, high) = (0, names.count)
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// `hasPrefix` on the bytes: reports and the inventory sort millions of ref names this way on a forge's mirror
    /// (curl: 270 findings, most held by 17,887 refs), and `String.hasPrefix` took ~50 ns a name against ~8 here.
    private static func name(_ reference: String, startsWith prefix: StaticString) -> Bool {
        reference.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= prefix.utf8CodeUnitCount && memcmp(bytes.baseAddress!, prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
        } ?? reference.hasPrefix(prefix.description)
    }
    /// False when only reflogs, dangling commits or loose objects still hold it.
    public var referenced: Bool { !references.isEmpty }

    public init() {}
}
