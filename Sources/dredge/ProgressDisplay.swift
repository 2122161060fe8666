import DredgeKit
import Foundation
import Synchronization

/// A one-line progress display on standard error, only when standard error is a terminal: the phase by name from
/// the start, then a bar by bytes with a steady ETA while objects are read (`ProgressLine`, `RateEstimator`). It
/// never prints anything from the scanned content.
final class ProgressDisplay: Sendable {
    private let progress: ScanProgress
    private let running = Atomic<Bool>(true)
    private let finished = DispatchSemaphore(value: 0)
    private let started = Date()

    init(_ progress: ScanProgress) { self.progress = progress }

    static var wanted: Bool { isatty(STDERR_FILENO) == 1 }

    func start() {
        draw(estimator: nil)  // the first phase shows at once
        Thread.detachNewThread { [self] in
            var estimator = RateEstimator()
            var measuring = false
            while running.load(ordering: .relaxed) {
                Thread.sleep(forTimeInterval: 0.2)
                guard running.load(ordering: .relaxed) else { break }
                let state = progress.state
                if state.isMeasured != measuring {  // a new measured phase starts a new average
                    (estimator, measuring) = (RateEstimator(), state.isMeasured)
                }
                if measuring { estimator.add(time: Date().timeIntervalSince(started), bytes: state.doneBytes) }
                draw(estimator: estimator)
            }
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            finished.signal()
        }
    }

    /// Stops the display and waits until its line is cleared, so the report and summary print on a clean line.
    func stop() {
        running.store(false, ordering: .relaxed)
        finished.wait()
    }

    private func draw(estimator: RateEstimator?) {
        let state = progress.state
        let eta = estimator?.eta(remaining: state.totalBytes - state.doneBytes)
        let line = ProgressLine.render(state, elapsed: Date().timeIntervalSince(started), eta: eta, width: Self.columns)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// The terminal's width, so the line never wraps (a wrapped line is not erased by `\r`).
    private static var columns: Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
