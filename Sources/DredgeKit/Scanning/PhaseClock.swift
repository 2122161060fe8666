import Foundation

/// Wall time per phase of a scan, reported in `scan.phases` so a slow scan says where its time went.
struct PhaseClock {
    private(set) var laps: [ScanSummary.Phase] = []
    private var last = Date()

    mutating func lap(_ name: String) {
        let now = Date()
        laps.append(.init(name: name, seconds: now.timeIntervalSince(last)))
        last = now
    }
}
