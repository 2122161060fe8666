/// What the unwrap stage did in a scan, for the summary: archives opened and their members, archives it stopped
/// reading (a limit reached, or damage), and the values it decoded.
public struct UnwrapCounts: Sendable, Equatable {
    public var archives = 0
    public var members = 0
    /// Archives whose inflation reached `UnwrapLimits.inflatedBytes` (zip bombs) or the member count, and databases
    /// with a table past `DatabaseText.maxRowsPerTable` rows or rows past that many bytes of text: the rest skipped.
    public var overLimit = 0
    /// Truncated or corrupt archives: the members before the damage were scanned.
    public var damaged = 0
    /// Archives or encoded values nested deeper than `UnwrapLimits.depth`, left closed.
    public var tooDeep = 0
    /// Encoded values that decoded to text and were matched, and their decoded bytes.
    public var decodedValues = 0
    public var decodedBytes = 0
    /// Bytes of members and decoded values given to the matcher.
    public var bytesMatched = 0
    /// CPU time of the stage (finding candidates, decoding, inflating, matching what it found), in seconds.
    public var cpuSeconds = 0.0

    public init() {}

    mutating func merge(_ other: UnwrapCounts) {
        archives += other.archives
        members += other.members
        overLimit += other.overLimit
        damaged += other.damaged
        tooDeep += other.tooDeep
        decodedValues += other.decodedValues
        decodedBytes += other.decodedBytes
        bytesMatched += other.bytesMatched
        cpuSeconds += other.cpuSeconds
    }
}
