import ArgumentParser
import DredgeKit
import Foundation
import Git

/// Which repository, and which inventory: `<git dir>/dredge/inventory.sqlite` unless `--datastore` (or
/// `DREDGE_DATASTORE`) names a SQLite file or a `postgresql://` database.
struct InventoryOptions: ParsableArguments {
    @Argument(help: "The repository (work tree or bare). Default: the repository containing the current directory.")
    var repository: String?

    @Option(name: .long, help: "The inventory: a SQLite file, or postgresql://USER@HOST:PORT/DATABASE (default: $DREDGE_DATASTORE, else <git dir>/dredge/inventory.sqlite).")
    var datastore: String?

    @Option(name: .customLong("repository"), help: "Only this repository of a shared inventory (its name as `dredge inventory` lists it).")
    var repositoryName: String?

    /// Opens the inventory a scan has written.
    func open() throws -> Inventory {
        try Inventory(try RepositoryLocation.datastore(datastore, repository: repository), create: false)
    }

    /// The repository a command about one repository (a purge) reads from a shared inventory: `--repository`, else
    /// the identity of the repository at `path` when the inventory holds several; nil for the whole inventory.
    func scope(in inventory: Inventory, repositoryAt path: String) throws -> String? {
        if let repositoryName { return repositoryName }
        guard try inventory.repositories().count > 1 else { return nil }
        return RepositoryIdentity(repositoryAt: path).name
    }
}

/// Finds the repository a command works on.
enum RepositoryLocation {
    /// The path given, or the repository containing the current directory.
    static func resolve(_ given: String?) throws -> String {
        if let given { return given }
        let here = FileManager.default.currentDirectoryPath
        guard let found = Repository.discover(from: here) else {
            throw DredgeError.notARepository(path: here, reason: "no .git found here or in a parent directory")
        }
        return found
    }

    /// The datastore named by `--datastore`, else by `DREDGE_DATASTORE`; nil when neither names one.
    static func chosenDatastore(_ given: String?) throws -> Datastore? {
        let environment = ProcessInfo.processInfo.environment["DREDGE_DATASTORE"].flatMap { $0.isEmpty ? nil : $0 }
        return try (given ?? environment).map { try Datastore(parsing: $0) }
    }

    /// The chosen datastore, else the default inventory of the repository at `repository`.
    static func datastore(_ given: String?, repository: String?) throws -> Datastore {
        try chosenDatastore(given) ?? .sqlite(path: Inventory.defaultPath(gitDirectory: gitDirectory(of: repository)))
    }

    /// The git directory of the repository at `given` (or around the current directory).
    static func gitDirectory(of given: String?) throws -> String {
        try Scanner.openRepository(try resolve(given)).gitDirectory
    }
}
