import Foundation

/// A steady rate and ETA from samples of (time, bytes done): an exponential moving average of the rate, weighted by
/// the time each sample covers, so one slow or fast moment moves the estimate a little, not the whole way. The
/// average starts from nothing and is divided by the weight it has gathered, so its first values are the plain
/// mean of what was seen rather than the first sample. Samples start when the measured work starts, so the time
/// spent loading rules does not drag the rate down (which made the old ETA climb).
public struct RateEstimator: Sendable {
    /// How long the average remembers: the weight of a sample halves every `halfLife` seconds.
    public let halfLife: TimeInterval
    /// No estimate until this much time has been measured.
    public let warmUp: TimeInterval
    private var last: (time: TimeInterval, bytes: Int)?
    private var measured: TimeInterval = 0
    private var average: Double = 0
    private var gathered: Double = 0

    public init(halfLife: TimeInterval = 10, warmUp: TimeInterval = 2) {
        self.halfLife = halfLife
        self.warmUp = warmUp
    }

    /// Adds a sample: `bytes` done in all at `time` (seconds, any origin, increasing).
    public mutating func add(time: TimeInterval, bytes: Int) {
        defer { last = (time, bytes) }
        guard let last, time > last.time, bytes >= last.bytes else { return }
        let span = time - last.time
        let instant = Double(bytes - last.bytes) / span
        measured += span
        let weight = 1 - pow(0.5, span / halfLife)
        average += weight * (instant - average)
        gathered += weight * (1 - gathered)
    }

    /// Bytes per second, once any time has been measured.
    public var rate: Double? { gathered > 0 ? average / gathered : nil }

    /// Seconds until `remaining` bytes are done at the average rate; nil while warming up or stalled.
    public func eta(remaining: Int) -> TimeInterval? {
        guard measured >= warmUp, let rate, rate > 0 else { return nil }
        return Double(max(0, remaining)) / rate
    }
}
