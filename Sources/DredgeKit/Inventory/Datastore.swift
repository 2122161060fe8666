import Foundation

/// Where an inventory lives: a SQLite file (the default, one per repository) or a PostgreSQL database that many
/// repositories and many scanners share.
public enum Datastore: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// `--datastore` as given: a `postgresql://` (or `postgres://`) URL, else a file path.
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgresql:") || lowered.hasPrefix("postgres:") {
            self = .postgres(try PostgresLocation(url: text, environment: environment))
        } else if let scheme = lowered.range(of: "^[a-z][a-z0-9+.-]*://", options: .regularExpression) {
            throw DredgeError.invalidArgument("unknown datastore `\(lowered[scheme])`: give a SQLite file path or a postgresql:// URL")
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The inventory of one repository, by default: `<git dir>/dredge/inventory.sqlite`.
    public static func defaultPath(gitDirectory: String) -> String {
        URL(fileURLWithPath: gitDirectory).appendingPathComponent("dredge/inventory.sqlite").path
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let location): location.description
        }
    }
}
