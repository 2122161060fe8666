import Foundation
import GRDB

/// The inventory in one SQLite file (GRDB). Writers take the file's write lock at the start of their transaction
/// (`BEGIN IMMEDIATE`) and wait for it up to `busyTimeout`; the write-ahead log lets readers go on meanwhile.
final class SQLiteBackend: InventoryBackend {
    let dialect = SQLDialect.sqlite
    let location: String
    private let database: DatabaseQueue

    /// How long a writer waits for another process's transaction: scans record in well under a second each, so a
    /// minute covers dozens of scanners recording into one file at once.
    static let busyTimeout: TimeInterval = 60

    init(path: String, create: Bool) throws {
        location = path
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            guard create else { throw InventoryError.missing(location: path) }
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try manager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            // Without O_EXCL or O_TRUNC on purpose: two scanners creating the same file at once both succeed, neither
            // truncates (Foundation's createFile writes a new file and renames it over, under a scanner that has it open).
            let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)  // errno says why, createFile does not
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            close(descriptor)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.prepareDatabase { db in
            // WAL: readers never wait for a recording scan. Switching needs the write lock, hence the busy timeout first.
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
        }
        database = try Self.retryingWhileLocked { try DatabaseQueue(path: path, configuration: configuration) }
    }

    func write<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try Self.retryingWhileLocked {
            try database.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(Session(db: db))
                    return .commit
                }
                return result!
            }
        }
    }

    /// SQLite answers "database is locked" without waiting where its busy handler cannot help: a new file switched
    /// to WAL by one process while another opens it, a transaction meeting another's WAL recovery. Three scanners
    /// started at once into one new file hit it now and then. The transaction was rolled back, so it is run again.
    static func retryingWhileLocked<T>(_ attempt: () throws -> T) throws -> T {
        for pause in [50_000, 200_000, 500_000, 1_000_000] as [UInt32] {
            do {
                return try attempt()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                usleep(pause + UInt32.random(in: 0...pause))
            }
        }
        return try attempt()
    }

    func read<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try database.read { db in try body(Session(db: db)) }
    }

    private struct Session: SQLSession {
        let db: Database

        func execute(_ sql: String, _ arguments: [SQLValue]) throws {
            try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
        }

        func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: Self.arguments(arguments)).map { row in
                SQLRow(values: Dictionary(zip(row.columnNames, row.databaseValues.map(SQLValue.init)), uniquingKeysWith: { a, _ in a }))
            }
        }

        static func arguments(_ values: [SQLValue]) -> StatementArguments {
            StatementArguments(values.map { $0.databaseValue as (any DatabaseValueConvertible)? })
        }
    }
}

extension SQLValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .int(let value): value.databaseValue
        case .double(let value): value.databaseValue
        case .text(let value): value.databaseValue
        case .bool(let value): value.databaseValue
        case .date(let value): value.databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let value): self = .int(Int(value))
        case .double(let value): self = .double(value)
        case .string(let value): self = .text(value)
        case .blob(let value): self = .text(String(decoding: value, as: UTF8.self))
        }
    }
}
