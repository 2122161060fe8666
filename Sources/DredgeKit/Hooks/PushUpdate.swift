/// One line git writes on a pre-push hook's standard input: `<local ref> <local sha> <remote ref> <remote sha>`.
public struct PushUpdate: Sendable, Hashable {
    public let localReference: String
    public let localID: String
    public let remoteReference: String
    public let remoteID: String

    /// The remote ref is being deleted: nothing is sent.
    public var isDeletion: Bool { Self.isZero(localID) }
    /// The remote has no such ref yet.
    public var isNewReference: Bool { Self.isZero(remoteID) }

    private static func isZero(_ id: String) -> Bool { id.allSatisfy { $0 == "0" } }

    /// Parses git's lines; blank lines are skipped, and a malformed one is an error naming its line number.
    public static func parse(_ text: String) throws -> [PushUpdate] {
        var updates: [PushUpdate] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if fields.isEmpty { continue }
            guard fields.count == 4, [fields[1], fields[3]].allSatisfy(Self.isObjectID) else {
                throw DredgeError.invalidHookInput(line: offset + 1, text: String(line))
            }
            updates.append(PushUpdate(localReference: fields[0], localID: fields[1], remoteReference: fields[2], remoteID: fields[3]))
        }
        return updates
    }

    private static func isObjectID(_ text: String) -> Bool {
        [40, 64].contains(text.utf8.count) && text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }
}
