import Foundation

/// A PostgreSQL inventory's address, from a `postgresql://user:password@host:port/database?sslmode=…` URL. The
/// password comes from the URL, else `PGPASSWORD`, else the password file (`PGPASSFILE` or `~/.pgpass`, as libpq
/// reads it); it is kept out of `description`, which is the only way a location is ever printed.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    public let host: String
    public let port: Int
    public let user: String
    public let database: String
    public let tls: TLSMode
    let password: String?

    /// Parses `url` (`postgresql://` or `postgres://`). `environment` and `home` are parameters so tests can pin them.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                home: String = NSHomeDirectory()) throws {
        let redacted = Self.redacting(url)
        guard let components = URLComponents(string: url), ["postgresql", "postgres"].contains(components.scheme?.lowercased() ?? "") else {
            throw DredgeError.invalidArgument("not a PostgreSQL URL: \(redacted) (expected postgresql://USER@HOST:PORT/DATABASE)")
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, b in b })
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? query["host"] ?? environment["PGHOST"] ?? "localhost"
        port = components.port ?? query["port"].flatMap(Int.init) ?? environment["PGPORT"].flatMap(Int.init) ?? 5432
        user = components.user.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding }
            ?? environment["PGUSER"] ?? ProcessInfo.processInfo.userName
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? (environment["PGDATABASE"] ?? user) : (path.removingPercentEncoding ?? path)
        let mode = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
        switch mode {
        case "disable": tls = .disable
        case "allow", "prefer": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        default: throw DredgeError.invalidArgument("unknown sslmode `\(mode)` in \(redacted) (disable, prefer or require)")
        }
        password = components.password.flatMap { $0.removingPercentEncoding }
            ?? environment["PGPASSWORD"]
            ?? Self.passwordFile(environment["PGPASSFILE"] ?? (home as NSString).appendingPathComponent(".pgpass"),
                                 host: host, port: port, database: database, user: user)
    }

    /// `postgresql://user@host:port/database`: what dredge prints, in reports and errors alike.
    public var description: String { "postgresql://\(user)@\(host):\(port)/\(database)" }

    /// The URL with any password replaced, for the one error that must quote a URL it could not parse.
    public static func redacting(_ url: String) -> String {
        url.replacingOccurrences(of: #"(://[^:/@]*):[^@/]*@"#, with: "$1:***@", options: .regularExpression)
    }

    /// The password of the first line of a libpq password file (`host:port:database:user:password`, `*` matching
    /// anything, `\:` and `\\` escaped) that fits. Like libpq, a file that others may read is ignored.
    static func passwordFile(_ path: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(of: Substring(line))
            guard fields.count == 5 else { continue }
            if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 || ($1 == "localhost" && $0 == "127.0.0.1") }) {
                return fields[4]
            }
        }
        return nil
    }

    private static func fields(of line: Substring) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped { fields[fields.count - 1].append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" && fields.count < 5 { fields.append("") }
            else { fields[fields.count - 1].append(character) }
        }
        return fields
    }
}
