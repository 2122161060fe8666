import Foundation

/// The progress display's one line, as a pure function of what the scan is doing: the phase by name, and while
/// objects are read a bar by bytes, the percentage, the objects done and an ETA (`…` until the rate is known).
public enum ProgressLine {
    public static func render(_ state: ScanProgress.State, elapsed: TimeInterval, eta: TimeInterval?, width: Int = 80) -> String {
        var line = "dredge: \(state.phase)"
        if state.isMeasured {
            let fraction = min(1, Double(state.doneBytes) / Double(state.totalBytes))
            // Fixed widths (percentage, counts padded to the total's digits, room for an h:mm:ss ETA), so the bar
            // keeps its length while the numbers grow.
            let total = String(state.totalObjects)
            let done = String(state.doneObjects)
            let counts = String(format: "%3d%%", Int((fraction * 100).rounded(.down))) + "  "
                + String(repeating: " ", count: max(0, total.count - done.count)) + "\(done)/\(total) objects"
            let eta = "ETA \(eta.map(clock) ?? "…")"
            let barWidth = min(40, width - line.count - counts.count - 20)  // one column spare: a full line may wrap
            if barWidth >= 10 {
                let filled = Int((fraction * Double(barWidth)).rounded(.down))
                line += "  [" + String(repeating: "=", count: filled) + String(repeating: " ", count: barWidth - filled) + "]"
            }
            line += "  " + counts + "  " + eta
        } else {
            line += "…  " + clock(elapsed)
        }
        return line.count < width ? line : String(line.prefix(max(0, width - 1)))
    }

    /// `m:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded()))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
