/// Bounds on one match attempt, so a pattern that backtracks catastrophically gives up instead of hanging.
public struct MatchLimits: Sendable {
    /// PCRE2's match limit: calls of its internal match function (the JIT counts the same way).
    public var matchLimit: UInt32
    /// Backtracking depth for the interpreter (the JIT ignores it and uses its stack instead).
    public var depthLimit: UInt32
    /// The largest JIT stack a worker may grow to, in bytes.
    public var jitStackBytes: Int

    public init(matchLimit: UInt32 = 5_000_000, depthLimit: UInt32 = 100_000, jitStackBytes: Int = 4 << 20) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.jitStackBytes = jitStackBytes
    }
}
