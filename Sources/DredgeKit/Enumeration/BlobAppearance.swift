import Git

/// Where a blob is seen: the commit that introduced it at a path. A blob that no commit reaches has no
/// appearance at all; one seen only in commits no ref reaches has appearances marked `reachable == false`.
public struct BlobAppearance: Sendable, Hashable {
    /// Index into `AppearanceIndex.commits`.
    public let commitIndex: Int
    public let path: String
    public let reachable: Bool
}
