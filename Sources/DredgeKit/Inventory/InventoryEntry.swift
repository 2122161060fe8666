import Foundation

/// One credential as the inventory knows it: what it is, where it lives, how long it has been exposed and what the
/// responders did about it.
public struct InventoryEntry: Sendable {
    public let id: String
    public let ruleID: String
    public let ruleName: String
    public let kind: Rule.Kind
    public let severity: Severity
    public let confidence: Confidence
    public let playbook: String?
    /// The redacted secret, or the path of a committed file or data store.
    public let shown: String
    /// The full secret, only when the scan was run with `--store-secrets`.
    public let secret: String?
    public let validation: [String: String]
    public let firstSeen: Date?
    public let firstCommit: String?
    /// The newest commit that still has it: the latest tip holding it, or the commit that removed it.
    public let lastSeen: Date?
    public let lastCommit: String?
    public let removedAt: Date?
    public let removedIn: String?
    public let references: [String]
    public let tips: [String]
    public let pushed: Bool
    /// Found by the latest scan.
    public let present: Bool
    public let goneAt: Date?
    public let unreferencedAt: Date?
    public let triage: TriageRecord?
    public let occurrences: [InventoryOccurrence]

    public var status: TriageStatus { triage?.status ?? .open }

    /// When the exposure ended: when a scan first found it nowhere, or in no ref's history; nil while it lasts.
    public var exposureEnd: Date? { goneAt ?? unreferencedAt }

    /// From the first commit that held it to the end of the exposure (or `now`).
    public func exposure(now: Date = Date()) -> TimeInterval {
        guard let firstSeen else { return 0 }
        return max(0, (exposureEnd ?? now).timeIntervalSince(firstSeen))
    }

    /// The exposure in whole days, as reports print it.
    public func exposureDays(now: Date = Date()) -> Int { Int((exposure(now: now) / 86_400).rounded(.down)) }

    /// Every distinct path that holds it, in order of first appearance.
    public var paths: [String] {
        var seen = Set<String>()
        return occurrences.compactMap(\.path).filter { seen.insert($0).inserted }
    }

    /// Every distinct commit or tag message that holds it (`commit message of …`), in order of first appearance.
    public var messages: [String] {
        var seen = Set<String>()
        return occurrences.compactMap { $0.path == nil ? $0.message?.description : nil }.filter { seen.insert($0).inserted }
    }

    /// Where it lives, as reports list it: the paths, then the messages.
    public var places: [String] { paths + messages }
}

/// One place the credential was seen: the commit that brought its blob to a path, and the line.
public struct InventoryOccurrence: Sendable, Hashable {
    public let blob: String
    public let commit: String?
    public let path: String?
    public let line: Int
    public let column: Int
    public let authorName: String?
    public let authorEmail: String?
    public let date: Date?
    public let reachable: Bool
    public let key: String?
    /// In a commit's or tag's message, or a git note.
    public var message: MessageLocation? = nil

    /// How reports name the place: the path and line, the message and line, or the blob.
    public var place: String {
        switch (message, path) {
        case let (message?, path?): return "\(path) line \(line) (\(message.description))"
        case let (message?, nil): return "\(message.description) line \(line)"
        case let (nil, path?): return "\(path) line \(line)"
        case (nil, nil): return "blob \(blob.prefix(12))"
        }
    }
}

/// The latest triage decision on a finding: who, when, what and why.
public struct TriageRecord: Sendable, Hashable {
    public let status: TriageStatus
    public let note: String?
    public let userName: String?
    public let userEmail: String?
    public let at: Date
}
