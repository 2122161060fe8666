import Foundation

/// Matches git paths against globs (`fnmatch` syntax: `*`, `?`, `[…]`). A glob without a slash matches the file name
/// in any directory (`.env.*`, `id_rsa`); a glob with slashes matches the path's last components
/// (`.docker/config.json` matches `home/ci/.docker/config.json`). A leading `/` anchors the glob at the root of the
/// repository, and a trailing `/` names a directory: the glob then matches every path below a directory it matches.
enum PathGlob {
    static func matches(_ glob: String, _ path: String) -> Bool {
        if glob.hasSuffix("/") {
            let directories = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
            let directoryGlob = String(glob.dropLast())
            return directories.indices.contains { matches(directoryGlob, directories[...$0].joined(separator: "/")) }
        }
        let globParts = glob.split(separator: "/", omittingEmptySubsequences: true)
        let pathParts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !globParts.isEmpty, globParts.count <= pathParts.count else { return false }
        if glob.hasPrefix("/"), globParts.count != pathParts.count { return false }
        let tail = pathParts.suffix(globParts.count).joined(separator: "/")
        return fnmatch(globParts.joined(separator: "/"), tail, FNM_PATHNAME | FNM_PERIOD) == 0
    }

    static func matches(any globs: [String], _ path: String) -> Bool {
        globs.contains { matches($0, path) }
    }

    /// Why `glob` cannot work as meant, or nil: fnmatch would quietly take an unclosed `[` literally, and `**` as `*`.
    static func problem(with glob: String) -> String? {
        if glob.split(separator: "/").isEmpty { return "it names no file or directory" }
        if glob.contains("**") { return "`**` is not supported; a glob without `/` matches at any depth, and `dir/` everything below dir" }
        let characters = Array(glob)
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 2
            case "[":
                var close = index + 1
                if close < characters.count, "!^".contains(characters[close]) { close += 1 }
                if close < characters.count, characters[close] == "]" { close += 1 }  // a `]` first is a member
                while close < characters.count, characters[close] != "]", characters[close] != "/" { close += 1 }
                guard close < characters.count, characters[close] == "]" else { return "`[` has no closing `]`" }
                index = close + 1
            default: index += 1
            }
        }
        return nil
    }
}
