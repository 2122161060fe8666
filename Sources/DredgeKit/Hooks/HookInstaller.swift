import Foundation
import Git

/// Installs and removes dredge's git hooks in one repository's hooks directory (`core.hooksPath` when set).
/// A hook already there is kept, renamed to `<hook>.dredge-chained`, and dredge's hook runs it first; installing
/// again changes nothing, and uninstalling puts it back.
public struct HookInstaller {
    public let hooksDirectory: URL
    /// The dredge binary the hooks call.
    public let executable: String

    /// What an install or uninstall did, worded for the terminal.
    public enum Outcome: Equatable, CustomStringConvertible {
        case installed(path: String, chained: Bool)
        case unchanged(path: String)
        case removed(path: String, restored: Bool)
        case notInstalled(path: String)

        public var description: String {
            switch self {
            case let .installed(path, chained):
                return "installed \(path)" + (chained ? " (the hook that was there runs first)" : "")
            case let .unchanged(path):
                return "\(path) is already dredge's hook"
            case let .removed(path, restored):
                return "removed \(path)" + (restored ? " and put back the hook that was there" : "")
            case let .notInstalled(path):
                return "no dredge hook at \(path): left as it is"
            }
        }
    }

    public init(repository: Repository, executable: String) {
        self.executable = executable
        // git runs hooks from the top of the work tree (the git dir when bare): a relative hooksPath starts there.
        if let configured = repository.configPath("core.hooksPath") {
            let base = URL(fileURLWithPath: repository.workDirectory ?? repository.gitDirectory, isDirectory: true)
            hooksDirectory = URL(fileURLWithPath: configured, relativeTo: base).standardizedFileURL
        } else {
            hooksDirectory = URL(fileURLWithPath: repository.commonDirectory, isDirectory: true).appendingPathComponent("hooks")
        }
    }

    static func chainedName(_ kind: HookKind) -> String { kind.rawValue + ".dredge-chained" }

    public func install(_ kind: HookKind) throws -> Outcome {
        let hook = hooksDirectory.appendingPathComponent(kind.rawValue)
        let chained = hooksDirectory.appendingPathComponent(Self.chainedName(kind))
        let script = HookScript.text(for: kind, executable: executable)
        let existing = try? String(contentsOf: hook, encoding: .utf8)
        if existing == script { return .unchanged(path: hook.path) }
        let manager = FileManager.default
        let keepsOld = manager.fileExists(atPath: hook.path) && !Self.isDredges(existing)
        do {
            if keepsOld {
                guard !manager.fileExists(atPath: chained.path) else {
                    throw DredgeError.cannotWrite(path: hook.path, reason: "\(chained.path) already holds a chained hook; move one of them away first")
                }
                try manager.moveItem(at: hook, to: chained)
            }
            try manager.createDirectory(at: hooksDirectory, withIntermediateDirectories: true)
            try Data(script.utf8).write(to: hook, options: .atomic)
            try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        } catch let error as DredgeError {
            throw error
        } catch {
            throw DredgeError.cannotWrite(path: hook.path, reason: ErrorCause.of(error))
        }
        return .installed(path: hook.path, chained: manager.fileExists(atPath: chained.path))
    }

    public func uninstall(_ kind: HookKind) throws -> Outcome {
        let hook = hooksDirectory.appendingPathComponent(kind.rawValue)
        let chained = hooksDirectory.appendingPathComponent(Self.chainedName(kind))
        guard Self.isDredges(try? String(contentsOf: hook, encoding: .utf8)) else { return .notInstalled(path: hook.path) }
        let manager = FileManager.default
        do {
            try manager.removeItem(at: hook)
            guard manager.fileExists(atPath: chained.path) else { return .removed(path: hook.path, restored: false) }
            try manager.moveItem(at: chained, to: hook)
        } catch {
            throw DredgeError.cannotWrite(path: hook.path, reason: ErrorCause.of(error))
        }
        return .removed(path: hook.path, restored: true)
    }

    private static func isDredges(_ script: String?) -> Bool {
        script?.split(separator: "\n").dropFirst().first?.hasPrefix(HookScript.marker) == true
    }
}
