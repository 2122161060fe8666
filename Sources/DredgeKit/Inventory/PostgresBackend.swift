import Foundation
import PostgresNIO

/// The inventory in a PostgreSQL database (PostgresNIO), shared by every scanner of an organisation. One connection
/// per dredge process; each call waits for its result (dredge's commands are synchronous, and waiting on a NIO
/// future from a thread outside the event loop is what futures allow).
final class PostgresBackend: InventoryBackend {
    let dialect = SQLDialect.postgres
    let location: String
    private let connection: PostgresConnection
    private let logger: Logger

    /// Transactions the server aborts to break a deadlock or a serialization conflict are run again this many times.
    static let attempts = 8

    init(_ address: PostgresLocation) throws {
        location = address.description
        var logger = Logger(label: "dredge.inventory")
        logger.logLevel = .critical  // PostgresNIO's own logs would only repeat the errors dredge reports
        self.logger = logger
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch address.tls {
            case .disable: tls = .disable
            case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw InventoryError.unreachable(location: location, reason: "TLS could not be set up")
        }
        let configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                             password: address.password, database: address.database, tls: tls)
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
                                                        id: 1, logger: logger).wait()
        } catch {
            throw InventoryError.unreachable(location: location, reason: Self.reason(error))
        }
    }

    deinit {
        try? connection.close().wait()
    }

    func write<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try transaction("BEGIN", body)
    }

    func read<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    private func transaction<T>(_ begin: String, _ body: (SQLSession) throws -> T) throws -> T {
        let session = Session(backend: self)
        for attempt in 1... {
            do {
                try session.execute(begin)
                let result = try body(session)
                try session.execute("COMMIT")
                return result
            } catch let error as PSQLError {
                _ = try? session.execute("ROLLBACK")
                // 40P01 deadlock detected, 40001 serialization failure: the server asks us to try again.
                let state = error.serverInfo?[.sqlState]
                if attempt < Self.attempts, state == "40P01" || state == "40001" {
                    usleep(UInt32.random(in: 10_000...(50_000 * UInt32(attempt))))
                    continue
                }
                throw InventoryError.failed(location: location, reason: Self.reason(error))
            } catch {
                _ = try? session.execute("ROLLBACK")
                throw error
            }
        }
        fatalError("unreachable: the loop returns or throws")
    }

    /// What went wrong, from the server's message and SQLSTATE or the socket's error: never the statement or its
    /// values (PSQLError's own description hides them too, but says nothing useful).
    static func reason(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return String(describing: error) }
        if error.code == .sslUnsupported { return "the server does not offer TLS, which sslmode=require asks for" }
        if let info = error.serverInfo, let message = info[.message] {
            return message + (info[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        }
        if let underlying = error.underlying { return String(describing: underlying) }
        return "\(error.code)"
    }

    private struct Session: SQLSession {
        let backend: PostgresBackend

        func execute(_ sql: String, _ arguments: [SQLValue]) throws {
            _ = try run(sql, arguments)
        }

        func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
            try run(sql, arguments).map { row in
                var values: [String: SQLValue] = [:]
                for cell in row { values[cell.columnName] = try Self.value(cell) }
                return SQLRow(values: values)
            }
        }

        private func run(_ sql: String, _ arguments: [SQLValue]) throws -> PostgresQueryResult {
            var bindings = PostgresBindings(capacity: arguments.count)
            for argument in arguments {
                switch argument {
                case .null: bindings.appendNull()
                case .int(let value): bindings.append(value)
                case .double(let value): bindings.append(value)
                case .text(let value): bindings.append(value)
                case .bool(let value): bindings.append(value)
                case .date(let value): bindings.append(value)
                }
            }
            return try backend.connection.query(PostgresQuery(unsafeSQL: Self.numbered(sql), binds: bindings),
                                                logger: backend.logger).wait()
        }

        /// `?` → `$1`, `$2`, …: the statements are shared with SQLite and hold no `?` of their own.
        static func numbered(_ sql: String) -> String {
            var result = ""
            var number = 0
            for character in sql {
                if character == "?" { number += 1; result += "$\(number)" } else { result.append(character) }
            }
            return result
        }

        static func value(_ cell: PostgresCell) throws -> SQLValue {
            guard cell.bytes != nil else { return .null }
            switch cell.dataType {
            case .int8, .int4, .int2: return .int(try cell.decode(Int.self))
            case .bool: return .bool(try cell.decode(Bool.self))
            case .float8, .float4: return .double(try cell.decode(Double.self))
            case .timestamptz, .timestamp: return .date(try cell.decode(Date.self))
            default: return .text(try cell.decode(String.self))
            }
        }
    }
}
