import ArgumentParser
import DredgeKit
import Foundation
import Git

/// Which repository, and which inventory file: `<git dir>/dredge/inventory.sqlite` unless `--datastore` says otherwise.
struct InventoryOptions: ParsableArguments {
    @Argument(help: "The repository (work tree or bare). Default: the repository containing the current directory.")
    var repository: String?

    @Option(name: .long, help: "The inventory file (default: <git dir>/dredge/inventory.sqlite).")
    var datastore: String?

    /// Opens the inventory a scan has written.
    func open() throws -> Inventory {
        try Inventory(path: try datastorePath(), create: false)
    }

    func datastorePath() throws -> String {
        try RepositoryLocation.inventoryPath(datastore: datastore, repository: repository)
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

    /// `--datastore` when given, else the default inventory of the repository at `repository`.
    static func inventoryPath(datastore: String?, repository: String?) throws -> String {
        try datastore ?? Inventory.defaultPath(gitDirectory: gitDirectory(of: repository))
    }

    /// The git directory of the repository at `given` (or around the current directory).
    static func gitDirectory(of given: String?) throws -> String {
        try Scanner.openRepository(try resolve(given)).gitDirectory
    }
}
