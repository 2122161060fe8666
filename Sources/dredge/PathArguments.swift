/// ArgumentParser's parsing time grows with the square of the number of arguments (in a debug build 2,000 paths took
/// 1.1 s and 4,000 took 4.3 s), and the pre-commit framework passes every file to `dredge scan --no-git` as an
/// argument of its own, tens of thousands with `--all-files`. So the paths after `--no-git` are taken out before
/// parsing, all but the first (the option still gets its value), and handed to `InputOptions` whole.
enum PathArguments {
    /// The paths taken out; set once, before parsing, on the main thread.
    nonisolated(unsafe) static var extra: [String] = []

    /// `arguments` with the second and later paths of `--no-git` removed (kept in `extra`).
    static func extract(_ arguments: [String]) -> [String] {
        guard let option = arguments.firstIndex(of: "--no-git") else { return arguments }
        let first = option + 1
        var end = first
        while end < arguments.count, !arguments[end].hasPrefix("-") { end += 1 }
        guard end - first > 1 else { return arguments }
        extra = Array(arguments[(first + 1)..<end])
        return Array(arguments[..<(first + 1)] + arguments[end...])
    }
}
