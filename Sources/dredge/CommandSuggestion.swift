import DredgeKit
import Foundation

/// `scan` is the default command, so a mistyped command (`dredge inventroy`) arrives as a repository path. When no
/// such path exists and the word is close to a command's name, say so, as git's "did you mean" does.
enum CommandSuggestion {
    static func check(_ argument: String?) throws {
        guard let argument, !argument.contains("/"), !FileManager.default.fileExists(atPath: argument) else { return }
        let names = Dredge.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        let close = names.map { ($0, distance(argument.lowercased(), $0)) }.filter { $0.1 <= max(1, min(2, $0.0.count / 3)) }
        guard let best = close.min(by: { $0.1 < $1.1 })?.0 else { return }
        throw DredgeError.invalidArgument("`\(argument)` is not a dredge command, nor a path here; did you mean `dredge \(best)`?")
    }

    /// Levenshtein distance, with a swap of two neighbours counted as one edit (`inventroy` is one from `inventory`).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1) }
            }
        }
        return rows[a.count][b.count]
    }
}
