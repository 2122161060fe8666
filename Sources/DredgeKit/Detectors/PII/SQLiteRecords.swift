import Foundation
import GRDB

/// Rows of a SQLite database held in memory (a blob): the bytes go to a private temporary file (mode 0600), which is
/// opened read-only with GRDB; every table listed in `sqlite_master` is read up to a row limit; the file is deleted.
enum SQLiteRecords {
    /// The 16-byte header every SQLite 3 database file begins with.
    static let header: [UInt8] = Array("SQLite format 3".utf8) + [0]

    static func hasHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 100 && bytes.prefix(16).elementsEqual(header)
    }

    /// Reads the tables' rows into `tally`; false when the database cannot be opened or its schema read.
    static func read(_ bytes: UnsafeRawBufferPointer, maxRowsPerTable: Int, into tally: inout PersonalDataTally) -> Bool {
        forEachRow(bytes, maxRowsPerTable: maxRowsPerTable) { table, keys, values in
            guard let keys, let values else {
                tally.truncated = true
                return
            }
            tally.rowsScanned += 1
            tally.addRecord(keys: keys, values: values, table: table)
        }
    }

    /// Calls `body` with each row of each table (its table, column names and values as text), up to
    /// `maxRowsPerTable` a table, and once with nil columns for a table cut short there; false when the database cannot
    /// be opened or its schema read.
    static func forEachRow(_ bytes: UnsafeRawBufferPointer, maxRowsPerTable: Int,
                           _ body: (_ table: String, _ keys: [String]?, _ values: [String?]?) -> Void) -> Bool {
        guard let path = writeTemporaryCopy(bytes) else { return false }
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.foreignKeysEnabled = false
        configuration.label = "dredge.sqlite"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.read { db in
                let tables = try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                    ORDER BY rowid
                    """)
                for table in tables {
                    // A table that cannot be read (a virtual table whose module is missing) is skipped.
                    try? readTable(table, db, limit: max(0, maxRowsPerTable), body)
                }
            }
            return true
        } catch {
            return false
        }
    }

    private static func readTable(_ table: String, _ db: Database, limit: Int,
                                  _ body: (_ table: String, _ keys: [String]?, _ values: [String?]?) -> Void) throws {
        let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(quoted) LIMIT \(limit + 1)")
        var keys: [String]?
        var values: [String?] = []
        var count = 0
        while let row = try rows.next() {
            guard count < limit else {
                body(table, nil, nil)
                return
            }
            count += 1
            if keys == nil { keys = Array(row.columnNames) }
            values.removeAll(keepingCapacity: true)
            for value in row.databaseValues { values.append(text(value)) }
            body(table, keys ?? [], values)
        }
    }

    /// Text and integers as text (a phone or card number stored as an integer); small UTF-8 blobs as text.
    private static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .string(let text): return text
        case .int64(let number): return String(number)
        case .blob(let data) where data.count <= 256: return String(data: data, encoding: .utf8)
        default: return nil
        }
    }

    /// Writes `bytes` to a new file only this user can read, marked as a rollback-journal database so that a
    /// database written in WAL mode opens read-only without its `-shm` file. Nil when the file cannot be written.
    private static func writeTemporaryCopy(_ bytes: UnsafeRawBufferPointer) -> String? {
        let directory = FileManager.default.temporaryDirectory.path
        let path = (directory as NSString).appendingPathComponent("dredge-sqlite-\(UUID().uuidString).sqlite")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        var header = Array(bytes.prefix(100))
        if header[18] == 2 { header[18] = 1 }
        if header[19] == 2 { header[19] = 1 }
        let written = header.withUnsafeBytes { writeAll(descriptor, $0) }
            && writeAll(descriptor, UnsafeRawBufferPointer(rebasing: bytes.dropFirst(100)))
        close(descriptor)
        guard written else {
            unlink(path)
            return nil
        }
        return path
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}
