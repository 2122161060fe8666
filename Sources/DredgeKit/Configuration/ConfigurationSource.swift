import Foundation
import Git

/// Where `.dredge.yml` and `.dredgeignore` are found: a directory (the work tree's root, or that of `--config`), or
/// the tree of HEAD in a bare repository, which has no work tree.
enum ConfigurationSource {
    case directory(URL)
    case head(Repository)

    /// The work tree's root of the repository at `repositoryPath`, or its HEAD when it is bare. Files on disk
    /// (`--no-git PATH`) are configured by the work tree that contains them, else by the directory itself.
    init(repositoryPath: String) throws {
        guard let repository = (try? Repository(at: repositoryPath)) ?? Repository.discover(from: repositoryPath).flatMap({ try? Repository(at: $0) }) else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: repositoryPath, isDirectory: &isDirectory) else {
                throw DredgeError.unreadablePath(path: repositoryPath, reason: ErrorCause.of(errno: ENOENT))
            }
            let url = URL(fileURLWithPath: repositoryPath, isDirectory: isDirectory.boolValue)
            self = .directory(isDirectory.boolValue ? url : url.deletingLastPathComponent())
            return
        }
        self = repository.workDirectory.map { .directory(URL(fileURLWithPath: $0, isDirectory: true)) } ?? .head(repository)
    }

    /// Where relative paths in the configuration are resolved; nil for HEAD's tree.
    var directory: URL? {
        if case .directory(let url) = self { return url }
        return nil
    }

    /// The file called `name` here, as (path for messages, text), or nil when there is none.
    func read(_ name: String) throws -> (path: String, text: String)? {
        switch self {
        case .directory(let directory):
            let url = directory.appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: url.path) ? try Self.read(url) : nil
        case .head(let repository):
            let path = "HEAD:\(name)"
            guard let head = repository.headCommit(), let blob = repository.entryID(atPath: name, inTree: try repository.commit(head).tree),
                  try repository.header(of: blob).kind == .blob
            else { return nil }
            let bytes = try repository.withBlobBytes(blob) { Array($0) }
            guard let text = String(bytes: bytes, encoding: .utf8) else { throw DredgeError.unreadablePath(path: path, reason: "not UTF-8 text") }
            return (path, text)
        }
    }

    /// A named file, which must exist.
    static func read(_ url: URL) throws -> (path: String, text: String) {
        do {
            return (url.path, try String(contentsOf: url, encoding: .utf8))
        } catch {
            throw DredgeError.unreadablePath(path: url.path, reason: ErrorCause.of(error))
        }
    }
}
