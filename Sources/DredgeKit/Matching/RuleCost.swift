/// What one rule cost PCRE2 over a scan: the blobs it ran on, the bytes of its windows and the time its matching
/// took. The busiest rules are named in the scan summary, so a weak keyword that sends real code to PCRE2 shows.
public struct RuleCost: Sendable, Equatable {
    public let rule: String
    public var runs = 0
    /// Bytes in this rule's windows, summed over blobs (a byte in the windows of two rules counts for both).
    public var bytes = 0
    /// Wall time spent in PCRE2 for this rule (monotonic clock: cheap enough to read around every run).
    public var seconds = 0.0

    public init(rule: String, runs: Int = 0, bytes: Int = 0, seconds: Double = 0) {
        (self.rule, self.runs, self.bytes, self.seconds) = (rule, runs, bytes, seconds)
    }

    /// Adds `other`'s counts, rule by rule (both indexed by rule).
    static func merge(_ costs: inout [RuleCost], _ other: [RuleCost]) {
        if costs.isEmpty { costs = other; return }
        for index in other.indices {
            costs[index].runs += other[index].runs
            costs[index].bytes += other[index].bytes
            costs[index].seconds += other[index].seconds
        }
    }

    /// The `count` rules that took the most time, then bytes.
    static func busiest(_ costs: [RuleCost], count: Int = 12) -> [RuleCost] {
        Array(costs.filter { $0.runs > 0 }.sorted { ($0.seconds, $0.bytes) > ($1.seconds, $1.bytes) }.prefix(count))
    }
}
