import DredgeKit
import Foundation
import Synchronization

/// A one-line progress display on standard error (objects done/total, MB/s, ETA), shown only when standard error is
/// a terminal and the scan has run for two seconds; it never prints anything from the scanned content.
final class ProgressDisplay: Sendable {
    private let progress: ScanProgress
    private let running = Atomic<Bool>(true)
    private let finished = DispatchSemaphore(value: 0)
    private let started = Date()

    init(_ progress: ScanProgress) { self.progress = progress }

    static var wanted: Bool { isatty(STDERR_FILENO) == 1 }

    func start() {
        Thread.detachNewThread { [self] in
            var shown = false
            while running.load(ordering: .relaxed) {
                Thread.sleep(forTimeInterval: 0.25)
                let elapsed = Date().timeIntervalSince(started)
                guard elapsed >= 2, running.load(ordering: .relaxed) else { continue }
                FileHandle.standardError.write(Data(line(elapsed: elapsed).utf8))
                shown = true
            }
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            finished.signal()
        }
    }

    /// Stops the display and waits until its line is cleared, so the report and summary print on a clean line.
    func stop() {
        running.store(false, ordering: .relaxed)
        finished.wait()
    }

    private func line(elapsed: TimeInterval) -> String {
        let (done, total, bytes) = progress.snapshot
        let rate = Double(bytes) / 1_000_000 / elapsed
        var eta = "…"
        if done > 0, total > done {
            let remaining = Int(elapsed * Double(total - done) / Double(done))
            eta = String(format: "%d:%02d", remaining / 60, remaining % 60)
        }
        return "\r\u{1B}[Kdredge: \(done)/\(total) objects · \(String(format: "%.0f", rate)) MB/s · ETA \(eta)"
    }
}
