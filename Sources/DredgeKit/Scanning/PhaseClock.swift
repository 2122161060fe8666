import Foundation

/// Wall time, CPU time and memory per phase of a scan, reported in `scan.phases` so a slow or large scan says where
/// its time and memory went. CPU time is the whole process's, every thread: on a shared machine wall time says little.
struct PhaseClock {
    private(set) var laps: [ScanSummary.Phase] = []
    private var last = Date()
    private var lastCPU = ThreadCPUClock.processSeconds()

    mutating func lap(_ name: String) {
        let now = Date()
        let cpu = ThreadCPUClock.processSeconds()
        let memory = Self.memory()
        laps.append(.init(name: name, seconds: now.timeIntervalSince(last), cpuSeconds: cpu - lastCPU, rssMB: memory.rss,
                          peakRSSMB: memory.peak))
        (last, lastCPU) = (now, cpu)
    }

    /// Resident and peak resident memory in MB, from /proc/self/status (0 where it cannot be read).
    static func memory() -> (rss: Int, peak: Int) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            return (Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty } ?? "") ?? 0) / 1024
        }
        return (field("VmRSS"), field("VmHWM"))
    }
}
