import Foundation

/// One credential as the inventory knows it: what it is, which repositories hold it (each with its own refs, pushed
/// flag, exposure window and triage), and what the responders did about it. The per-repository facts are in
/// `exposures`; the properties of the same names here sum them up (pushed anywhere, exposed since the earliest first
/// commit, and so on), and are exactly that repository's when there is one.
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
    /// Each repository that holds (or held) it, by name.
    public let exposures: [RepositoryExposure]

    public var repositories: [String] { exposures.map(\.repository) }

    /// Open while any repository's exposure is; else the latest decision.
    public var status: TriageStatus {
        exposures.contains { $0.status == .open } ? .open : (triage?.status ?? .open)
    }

    /// The latest decision that applies to it anywhere.
    public var triage: TriageRecord? {
        exposures.compactMap(\.triage).max { $0.id < $1.id }
    }

    public var firstSeen: Date? { earliest?.firstSeen }
    public var firstCommit: String? { earliest?.firstCommit }
    public var lastSeen: Date? { latest?.lastSeen }
    public var lastCommit: String? { latest?.lastCommit }
    public var removedAt: Date? { exposures.count == 1 ? exposures[0].removedAt : (exposures.allSatisfy { $0.removedAt != nil } ? latest?.removedAt : nil) }
    public var removedIn: String? { exposures.count == 1 ? exposures[0].removedIn : (removedAt == nil ? nil : latest?.removedIn) }
    /// The refs that hold it; with several repositories, each prefixed with the repository's name.
    public var references: [String] { qualified(\.references) }
    public var tips: [String] { qualified(\.tips) }
    /// How many of a forge's review refs hold it, in every repository.
    public var reviewReferences: Int { exposures.reduce(0) { $0 + $1.reviewReferences } }
    public var reviewTips: Int { exposures.reduce(0) { $0 + $1.reviewTips } }
    /// Some ref holds it, listed or a counted review ref: not only reflogs or unreachable objects.
    public var isReferenced: Bool { !references.isEmpty || reviewReferences > 0 }
    public var pushed: Bool { exposures.contains(where: \.pushed) }
    /// Found by some repository's latest scan.
    public var present: Bool { exposures.contains(where: \.present) }
    /// When no repository's latest scan found it any more.
    public var goneAt: Date? { present ? nil : exposures.compactMap(\.goneAt).max() }
    /// When it stopped being in any ref's history, in every repository.
    public var unreferencedAt: Date? {
        exposures.allSatisfy { $0.unreferencedAt != nil || !$0.present } ? exposures.compactMap(\.unreferencedAt).max() : nil
    }
    public var occurrences: [InventoryOccurrence] { exposures.flatMap(\.occurrences) }

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

    /// The same credential, with only the exposures `keep` accepts.
    func narrowed(_ keep: (RepositoryExposure) -> Bool) -> InventoryEntry {
        InventoryEntry(id: id, ruleID: ruleID, ruleName: ruleName, kind: kind, severity: severity, confidence: confidence,
                       playbook: playbook, shown: shown, secret: secret, validation: validation, exposures: exposures.filter(keep))
    }

    private var earliest: RepositoryExposure? {
        exposures.filter { $0.firstSeen != nil }.min { $0.firstSeen! < $1.firstSeen! } ?? exposures.first
    }

    private var latest: RepositoryExposure? {
        exposures.filter { $0.lastSeen != nil }.max { $0.lastSeen! < $1.lastSeen! } ?? exposures.first
    }

    private func qualified(_ list: KeyPath<RepositoryExposure, [String]>) -> [String] {
        if exposures.count == 1 { return exposures[0][keyPath: list] }
        return exposures.flatMap { exposure in exposure[keyPath: list].map { "\(exposure.repository): \($0)" } }
    }
}

/// What one repository holds of a credential: where, since when, whether it was pushed, and its triage there.
public struct RepositoryExposure: Sendable {
    public let repository: String
    public let firstSeen: Date?
    public let firstCommit: String?
    /// The newest commit that still has it: the latest tip holding it, or the commit that removed it.
    public let lastSeen: Date?
    public let lastCommit: String?
    public let removedAt: Date?
    public let removedIn: String?
    /// Refs whose history holds it, and whose tip tree does, but a forge's review refs (`refs/pull/…`), which are
    /// only counted (`reviewReferences`, `reviewTips`): a mirror has tens of thousands.
    public let references: [String]
    public let tips: [String]
    public let reviewReferences: Int
    public let reviewTips: Int
    public let pushed: Bool
    /// Found by this repository's latest scan.
    public let present: Bool
    public let goneAt: Date?
    public let unreferencedAt: Date?
    /// The latest decision on the credential, made for every repository or for this one.
    public let triage: TriageRecord?
    public let occurrences: [InventoryOccurrence]

    public var status: TriageStatus { triage?.status ?? .open }
    public var exposureEnd: Date? { goneAt ?? unreferencedAt }
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

/// A triage decision on a credential: who, when, what and why, and for which repository (nil: all of them).
public struct TriageRecord: Sendable, Hashable {
    let id: Int
    public let status: TriageStatus
    public let note: String?
    public let userName: String?
    public let userEmail: String?
    public let at: Date
    public let repository: String?
}
