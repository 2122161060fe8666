import Foundation

/// The commits a range scan reads: those reachable from `tips` and from none of `hidden` (revisions),
/// `hiddenIfKnown` (commit ids hidden when the repository has them, as a remote's old tip is only once fetched) or
/// `hiddenReferences` (ref globs such as `refs/remotes/origin/*`), as `git rev-list TIPS --not HIDDEN` lists them.
public struct CommitRange: Sendable, Hashable {
    public var tips: [String]
    public var hidden: [String]
    public var hiddenIfKnown: [String]
    public var hiddenReferences: [String]

    public init(tips: [String], hidden: [String] = [], hiddenIfKnown: [String] = [], hiddenReferences: [String] = []) {
        self.tips = tips
        self.hidden = hidden
        self.hiddenIfKnown = hiddenIfKnown
        self.hiddenReferences = hiddenReferences
    }

    /// `A..B`: the commits reachable from B and not from A.
    public init?(parsing text: String) {
        let sides = text.components(separatedBy: "..")
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty, !sides[1].hasPrefix(".") else { return nil }
        self.init(tips: [sides[1]], hidden: [sides[0]])
    }
}
