import Glibc

/// CPU time of the calling thread since the clock was made: what the unwrap stage costs a worker, whatever else
/// the machine runs.
struct ThreadClock {
    private let start = Self.now()

    var elapsed: Double { Self.now() - start }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
