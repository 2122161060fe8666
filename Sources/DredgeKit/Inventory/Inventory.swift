import Foundation
import GRDB

/// The incident-response inventory: one row per unique credential across every scan of a repository, with where it
/// lives, how long it has been exposed and its triage status. A SQLite file (by default `<git dir>/dredge/
/// inventory.sqlite`, never in the work tree); secrets are kept as a SHA-256 and their redacted form unless the user
/// asks to store them. The file is created with mode 0600 either way: it still names paths, authors and refs.
public final class Inventory {
    let database: DatabaseQueue
    public let path: String

    /// The default place for a repository's inventory.
    public static func defaultPath(gitDirectory: String) -> String {
        URL(fileURLWithPath: gitDirectory).appendingPathComponent("dredge/inventory.sqlite").path
    }

    /// Opens (creating when `create` is true) and migrates the inventory at `path`.
    public init(path: String, create: Bool = true) throws {
        self.path = path
        let manager = FileManager.default
        do {
            if !manager.fileExists(atPath: path) {
                guard create else { throw InventoryError.missing }
                let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
                try manager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)  // errno says why, createFile does not
                guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                close(descriptor)
            }
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(5)
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch InventoryError.missing {
            throw DredgeError.unreadablePath(path: path, reason: "no inventory yet: run `dredge scan` first")
        } catch {
            // A scan records (writes); the other commands read.
            if create { throw DredgeError.cannotWrite(path: path, reason: ErrorCause.of(error)) }
            throw DredgeError.unreadablePath(path: path, reason: "cannot open the inventory: \(ErrorCause.of(error))")
        }
    }

    private enum InventoryError: Error { case missing }
}
