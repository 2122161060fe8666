import Foundation

/// Matches git paths against rule globs (`fnmatch` syntax: `*`, `?`, `[…]`). A glob without a slash matches the
/// file name in any directory (`.env.*`, `id_rsa`); a glob with slashes matches the path's last components
/// (`.docker/config.json` matches `home/ci/.docker/config.json`).
enum PathGlob {
    static func matches(_ glob: String, _ path: String) -> Bool {
        let globParts = glob.split(separator: "/", omittingEmptySubsequences: true)
        let pathParts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !globParts.isEmpty, globParts.count <= pathParts.count else { return false }
        let tail = pathParts.suffix(globParts.count).joined(separator: "/")
        return fnmatch(globParts.joined(separator: "/"), tail, FNM_PATHNAME | FNM_PERIOD) == 0
    }

    static func matches(any globs: [String], _ path: String) -> Bool {
        globs.contains { matches($0, path) }
    }
}
