import Foundation

/// The incident-response inventory: one row per unique credential across every scan of every repository recorded
/// into it, with where each repository holds it, how long it has been exposed and its triage status.
///
/// Two backends behind one protocol (`InventoryBackend`) and one schema: a SQLite file, by default
/// `<git dir>/dredge/inventory.sqlite` (never in the work tree), for one repository; and PostgreSQL, named by a
/// `postgresql://` datastore, for an organisation's scanners. Secrets are kept as a SHA-256 and their redacted form
/// unless the user asks to store them; a SQLite file is created with mode 0600 either way (it names paths, authors
/// and refs).
public final class Inventory {
    let backend: any InventoryBackend

    /// Where it lives, as it may be printed (a PostgreSQL URL without its password).
    public var location: String { backend.location }

    /// The SQLite file's path, or the PostgreSQL location: what reports name the inventory by.
    public var path: String { location }

    /// Opens (creating when `create` is true) and migrates the inventory.
    public init(_ datastore: Datastore, create: Bool = true) throws {
        switch datastore {
        case .sqlite(let path):
            do {
                backend = try SQLiteBackend(path: path, create: create)
            } catch let error as InventoryError {
                throw error
            } catch {
                // A scan records (writes); the other commands read.
                if create { throw DredgeError.cannotWrite(path: path, reason: ErrorCause.of(error)) }
                throw DredgeError.unreadablePath(path: path, reason: "cannot open the inventory: \(ErrorCause.of(error))")
            }
        case .postgres(let address):
            backend = try PostgresBackend(address)
        }
        do {
            try Self.migrate(backend)
        } catch let error as InventoryError {
            throw error
        } catch {
            throw InventoryError.failed(location: backend.location, reason: "cannot migrate the inventory: \(error)")
        }
    }

    /// The SQLite inventory at `path`.
    public convenience init(path: String, create: Bool = true) throws {
        try self.init(.sqlite(path: path), create: create)
    }

    /// The default place for a repository's inventory.
    public static func defaultPath(gitDirectory: String) -> String {
        Datastore.defaultPath(gitDirectory: gitDirectory)
    }
}
