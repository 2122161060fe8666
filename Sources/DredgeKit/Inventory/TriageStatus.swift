/// Where a responder stands with a finding. Every finding starts `open`; the other states close it.
public enum TriageStatus: String, CaseIterable, Sendable, Codable {
    case open
    case rotated
    case revoked
    case falsePositive = "false-positive"
    case accepted

    /// Open findings still need rotating and belong in the checklist and the purge plan.
    public var needsAction: Bool { self == .open }
}
