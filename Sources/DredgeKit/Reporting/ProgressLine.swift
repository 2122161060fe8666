import Foundation

/// The progress display's one line, as a pure function of what the scan is doing: the phase by name, and while
/// objects are read a bar by bytes, the percentage, the objects done and an ETA (`…` until the rate is known).
public enum ProgressLine {
    public static func render(_ state: ScanProgress.State, elapsed: TimeInterval, eta: TimeInterval?, width: Int = 80) -> String {
        var line = "dredge: \(state.phase)"
        if state.isMeasured {
            let fraction = min(1, Double(state.doneBytes) / Double(state.totalBytes))
            let counts = "\(Int((fraction * 100).rounded(.down)))%  \(state.doneObjects)/\(state.totalObjects) objects  ETA \(eta.map(clock) ?? "…")"
            let barWidth = min(40, width - line.count - counts.count - 6)
            if barWidth >= 10 {
                let filled = Int((fraction * Double(barWidth)).rounded(.down))
                line += "  [" + String(repeating: "=", count: filled) + String(repeating: " ", count: barWidth - filled) + "]"
            }
            line += "  " + counts
        } else {
            line += "…  " + clock(elapsed)
        }
        return line.count <= width ? line : String(line.prefix(max(0, width - 1)))
    }

    /// `m:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded()))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
