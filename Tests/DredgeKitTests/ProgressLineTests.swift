import DredgeKit
import Foundation
import Testing

/// The progress line as a pure function of the scan's state, and the ETA's smoothing on synthetic samples. The old
/// display showed nothing for two seconds, then a count of objects without a bar, and an ETA that climbed.
@Suite struct ProgressLineTests {
    @Test func aPhaseWithoutMeasuredWorkShowsItsNameAndTheTimeSpent() {
        let line = ProgressLine.render(ScanProgress.State(phase: "loading rules"), elapsed: 0.4, eta: nil)
        #expect(line == "dredge: loading rules…  0:00")
    }

    @Test func readingShowsABarByBytesThePercentageAndTheETA() {
        let state = ScanProgress.State(phase: "reading objects", doneObjects: 900, totalObjects: 1000, doneBytes: 250, totalBytes: 1000)
        let line = ProgressLine.render(state, elapsed: 10, eta: 75, width: 100)
        // A quarter of the bytes, though nine tenths of the objects: the bar follows the bytes.
        #expect(line == "dredge: reading objects  [========                          ]   25%   900/1000 objects  ETA 1:15")
        #expect(ProgressLine.render(state, elapsed: 10, eta: nil, width: 100).hasSuffix("ETA …"))
        #expect(ProgressLine.render(state, elapsed: 10, eta: 3725, width: 100).hasSuffix("ETA 1:02:05"))
    }

    @Test func theLineNeverWrapsOnANarrowTerminal() {
        let state = ScanProgress.State(phase: "reading objects", doneObjects: 5, totalObjects: 10, doneBytes: 500, totalBytes: 1000)
        for width in [20, 40, 60, 80] {
            let line = ProgressLine.render(state, elapsed: 1, eta: 5, width: width)
            #expect(line.count < width, "\(width): \(line)")
        }
        #expect(!ProgressLine.render(state, elapsed: 1, eta: 5, width: 50).contains("["))  // no room for a bar: none
        // The bar keeps its length as the numbers grow and the ETA appears.
        let early = ProgressLine.render(ScanProgress.State(phase: "reading objects", doneObjects: 5, totalObjects: 12000, doneBytes: 10, totalBytes: 1000),
                                        elapsed: 1, eta: nil)
        let late = ProgressLine.render(ScanProgress.State(phase: "reading objects", doneObjects: 11000, totalObjects: 12000, doneBytes: 990, totalBytes: 1000),
                                       elapsed: 1, eta: 3725)
        #expect(early.firstIndex(of: "]").map { early.distance(from: early.startIndex, to: $0) }
                == late.firstIndex(of: "]").map { late.distance(from: late.startIndex, to: $0) })
    }

    /// Ten seconds at 5 MB/s sampled every 0.2 s, every other sample late or early (jitter): after the warm-up the
    /// ETA one second later is always lower, and the estimate lands near the truth.
    @Test func theETACountsDownAtASteadyRateWithJitter() throws {
        var estimator = RateEstimator()
        let total = 100_000_000
        var done = 0
        var etas: [Double] = []
        for tick in 1...50 {
            done += tick % 2 == 0 ? 1_500_000 : 500_000  // 1.0 MB per 0.2 s on average
            estimator.add(time: Double(tick) * 0.2, bytes: done)
            if let eta = estimator.eta(remaining: total - done) { etas.append(eta) }
        }
        #expect(etas.count >= 40)  // an estimate after two seconds of reading
        for (earlier, later) in zip(etas, etas.dropFirst(5)) {
            #expect(later < earlier, "ETA climbed from \(earlier) to \(later) within a second")
        }
        let truth = Double(total - done) / 5_000_000
        #expect(abs(try #require(etas.last) - truth) < truth * 0.1)
    }

    /// A one-second stall (a huge blob) after five seconds of steady reading moves the ETA by a quarter at most, not
    /// to "never" as an instant rate would.
    @Test func aStallMovesTheETALittle() throws {
        var estimator = RateEstimator()
        var done = 0
        for tick in 1...25 {
            done += 2_000_000
            estimator.add(time: Double(tick) * 0.2, bytes: done)
        }
        let before = try #require(estimator.eta(remaining: 100_000_000))
        for tick in 26...30 { estimator.add(time: Double(tick) * 0.2, bytes: done) }
        let after = try #require(estimator.eta(remaining: 100_000_000))
        #expect(before > 9 && before < 11)  // 10 MB/s
        #expect(after < before * 1.3, "\(before) → \(after)")
    }

    @Test func noEstimateBeforeTheWarmUp() {
        var estimator = RateEstimator()
        estimator.add(time: 0, bytes: 0)
        estimator.add(time: 1.8, bytes: 1000)
        #expect(estimator.eta(remaining: 1000) == nil)
        estimator.add(time: 2.0, bytes: 2000)
        #expect(estimator.eta(remaining: 1000) != nil)
    }
}
