import Foundation

/// Matches git paths against globs (`fnmatch` syntax: `*`, `?`, `[…]`). A glob without a slash matches the file name
/// in any directory (`.env.*`, `id_rsa`); a glob with slashes matches the path's last components
/// (`.docker/config.json` matches `home/ci/.docker/config.json`). A leading `/` anchors the glob at the root of the
/// repository, and a trailing `/` names a directory: the glob then matches every path below a directory it matches.
/// Compiled once: a path rule's globs meet every path of a scan, and a hook has milliseconds for all of them.
struct PathGlob: Sendable {
    /// The glob's components joined by `/`, as fnmatch takes it.
    private let pattern: [CChar]
    private let components: Int
    private let anchored: Bool
    private let directory: Bool

    init(_ glob: String) {
        let parts = glob.split(separator: "/", omittingEmptySubsequences: true)
        pattern = parts.joined(separator: "/").utf8CString.map { $0 }
        components = parts.count
        anchored = glob.hasPrefix("/")
        directory = glob.hasSuffix("/")
    }

    func matches(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { matches(PathBytes($0)) }
    }

    /// Tests the glob against the last `components` components of the path, or with a directory glob, of each
    /// directory above the file.
    fileprivate func matches(_ path: PathBytes) -> Bool {
        guard components > 0 else { return false }
        guard directory else { return matches(path.bytes, ends: path.slashes.count + 1) }
        // Directory `i` of the path ends at slash `i`; it has i + 1 components.
        return path.slashes.indices.contains { index in
            matches(UnsafeBufferPointer(rebasing: path.bytes[..<path.slashes[index]]), ends: index + 1)
        }
    }

    /// `text` (without a terminating NUL) has `count` components.
    private func matches(_ text: UnsafeBufferPointer<UInt8>, ends count: Int) -> Bool {
        guard components <= count, !anchored || components == count else { return false }
        // The tail of `text` that holds its last `components` components.
        var start = 0
        if components < count {
            var slashesToSkip = count - components
            while slashesToSkip > 0 {
                if text[start] == UInt8(ascii: "/") { slashesToSkip -= 1 }
                start += 1
            }
        }
        let tail = [CChar](unsafeUninitializedCapacity: text.count - start + 1) { buffer, initialized in
            for offset in start..<text.count { buffer[offset - start] = CChar(bitPattern: text[offset]) }
            buffer[text.count - start] = 0
            initialized = text.count - start + 1
        }
        return fnmatch(pattern, tail, FNM_PATHNAME | FNM_PERIOD) == 0
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

/// Several globs, any of which may match.
struct PathGlobs: Sendable {
    /// Globs that are a file name with no wildcard (`id_rsa`, `.npmrc`), and those that are `*` then one
    /// (`*.tfstate`): most of the path rules' globs, told by a set lookup and a suffix test. Each glob tested through
    /// fnmatch cost a copy of the path: asking every path of git/git's history took a second of CPU, twice a scan.
    private let names: Set<[UInt8]>
    private let suffixes: [[UInt8]]
    private let others: [PathGlob]

    init(_ globs: [String]) {
        var names = Set<[UInt8]>()
        var suffixes: [[UInt8]] = []
        var others: [PathGlob] = []
        for glob in globs {
            let wildcards = glob.utf8.filter { "*?[\\/".utf8.contains($0) }
            if wildcards.isEmpty, !glob.isEmpty {
                names.insert(Array(glob.utf8))
            } else if glob.hasPrefix("*"), wildcards.count == 1, glob.count > 1 {
                suffixes.append(Array(glob.utf8.dropFirst()))
            } else {
                others.append(PathGlob(glob))
            }
        }
        (self.names, self.suffixes, self.others) = (names, suffixes, others)
    }

    var isEmpty: Bool { names.isEmpty && suffixes.isEmpty && others.isEmpty }

    func matchAny(_ path: String) -> Bool {
        guard !isEmpty else { return false }
        var path = path
        return path.withUTF8 { bytes in
            let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            let name = UnsafeBufferPointer(rebasing: bytes[start...])
            if !names.isEmpty, names.contains(Array(name)) { return true }
            // `*` does not match a leading period (fnmatch's FNM_PERIOD): `*.txt` leaves `.txt` alone.
            if name.first != UInt8(ascii: "."), suffixes.contains(where: { name.count >= $0.count && name.suffix($0.count).elementsEqual($0) }) {
                return true
            }
            guard !others.isEmpty else { return false }
            let path = PathBytes(bytes)
            return others.contains { $0.matches(path) }
        }
    }
}

/// A path's bytes with its slashes found once, for every glob that tests it. Empty components (`a//b`, a leading or
/// trailing `/`) do not occur in git paths.
private struct PathBytes {
    let bytes: UnsafeBufferPointer<UInt8>
    let slashes: [Int]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        slashes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "/") }
    }
}
