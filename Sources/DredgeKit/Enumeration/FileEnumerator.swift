import Foundation
import Git

/// The files on disk under a path (a file or a directory), for `scan --no-git`. Symbolic links are never followed,
/// so nothing outside the tree is read; `.git` is skipped. Inside a git work tree, what `.gitignore` (and
/// `info/exclude`, `core.excludesFile`) ignores is left out unless it is tracked, and ignored directories are not
/// entered, unless `allFiles`.
struct FileEnumerator {
    let root: String
    let allFiles: Bool

    func items() throws -> [ScanItem] {
        var status = stat()
        guard lstat(root, &status) == 0 else {
            throw DredgeError.unreadablePath(path: root, reason: ErrorCause.of(errno: errno))
        }
        let ignores = allFiles ? nil : IgnoreRules(containing: root)
        var items: [ScanItem] = []
        if status.st_mode & S_IFMT == S_IFDIR {
            try walk(directory: root, relative: "", ignores: ignores, into: &items)
        } else if status.st_mode & S_IFMT == S_IFREG, ignores?.ignores("", isDirectory: false) != true {
            items.append(ScanItem(content: .file(URL(fileURLWithPath: root)), path: root, commit: nil))
        }
        return items
    }

    /// What reports show before each path: nothing for `.`, else the directory as given, with one slash.
    private var displayPrefix: String {
        let trimmed = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        return trimmed == "." ? "" : trimmed + "/"
    }

    /// Walks `directory`, which is `relative` (empty or ending with `/`) below the root.
    private func walk(directory: String, relative: String, ignores: IgnoreRules?, into items: inout [ScanItem]) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw DredgeError.unreadablePath(path: directory, reason: ErrorCause.of(error))
        }
        for name in names where name != ".git" {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }  // gone since the listing
            switch status.st_mode & S_IFMT {
            case S_IFDIR where ignores?.ignores(relative + name, isDirectory: true) != true:
                try walk(directory: path, relative: relative + name + "/", ignores: ignores, into: &items)
            case S_IFREG where ignores?.ignores(relative + name, isDirectory: false) != true:
                items.append(ScanItem(content: .file(URL(fileURLWithPath: path)), path: displayPrefix + relative + name, commit: nil))
            default:
                break  // symbolic links, sockets, devices, ignored entries
            }
        }
    }
}

/// The ignore rules of the git work tree that contains the scanned root, asked through libgit2.
private struct IgnoreRules {
    let repository: Repository
    /// Where the root lies in the work tree: empty, or a path ending with `/` (a file root: its whole path).
    let rootInWorkTree: String

    init?(containing root: String) {
        let absolute = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        guard let found = Repository.discover(from: absolute), let repository = try? Repository(at: found),
              let workDirectory = repository.workDirectory else { return nil }
        let workTree = URL(fileURLWithPath: workDirectory).resolvingSymlinksInPath().path
        let prefix = workTree == "/" ? "/" : workTree + "/"
        guard absolute == workTree || absolute.hasPrefix(prefix) else { return nil }
        var inside = String(absolute.dropFirst(min(absolute.count, prefix.count)))
        var isDirectory: ObjCBool = false
        if !inside.isEmpty, FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue {
            inside += "/"
        }
        self.repository = repository
        rootInWorkTree = inside
    }

    /// Whether `relative` (below the root) is ignored and, for a file, not tracked.
    func ignores(_ relative: String, isDirectory: Bool) -> Bool {
        let path = rootInWorkTree + relative
        guard repository.isIgnored(isDirectory ? path + "/" : path) else { return false }
        return isDirectory || !repository.isTracked(path)
    }
}
