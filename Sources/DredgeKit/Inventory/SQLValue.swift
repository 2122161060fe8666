import Foundation
import GRDB

/// A value bound to, or read from, an inventory statement: the few types the schema uses, the same for both backends.
public enum SQLValue: Sendable, Hashable {
    case null
    case int(Int)
    case double(Double)
    case text(String)
    case bool(Bool)
    case date(Date)

    init(_ value: (any SQLValueConvertible)?) {
        self = value?.sqlValue ?? .null
    }

    var int: Int? {
        switch self {
        case .int(let value): value
        case .bool(let value): value ? 1 : 0
        case .double(let value): Int(value)
        default: nil
        }
    }

    var bool: Bool? {
        switch self {
        case .bool(let value): value
        case .int(let value): value != 0
        default: nil
        }
    }

    var double: Double? {
        switch self {
        case .double(let value): value
        case .int(let value): Double(value)
        default: nil
        }
    }

    var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// SQLite keeps dates as text (GRDB's `yyyy-MM-dd HH:mm:ss.SSS`, UTC); PostgreSQL as `timestamptz`.
    var date: Date? {
        switch self {
        case .date(let value): value
        case .text(let value): Date.fromDatabaseValue(value.databaseValue)
        default: nil
        }
    }
}

/// A Swift value that binds as an `SQLValue`.
public protocol SQLValueConvertible { var sqlValue: SQLValue { get } }
extension Int: SQLValueConvertible { public var sqlValue: SQLValue { .int(self) } }
extension Int64: SQLValueConvertible { public var sqlValue: SQLValue { .int(Int(self)) } }
extension Double: SQLValueConvertible { public var sqlValue: SQLValue { .double(self) } }
extension String: SQLValueConvertible { public var sqlValue: SQLValue { .text(self) } }
extension Bool: SQLValueConvertible { public var sqlValue: SQLValue { .bool(self) } }
extension Date: SQLValueConvertible { public var sqlValue: SQLValue { .date(self) } }

/// One result row, by column name.
public struct SQLRow: Sendable {
    let values: [String: SQLValue]

    subscript(_ column: String) -> SQLValue { values[column] ?? .null }

    func text(_ column: String) -> String? { self[column].text }
    func int(_ column: String) -> Int? { self[column].int }
    func bool(_ column: String) -> Bool { self[column].bool ?? false }
    func date(_ column: String) -> Date? { self[column].date }

    /// A column the schema declares NOT NULL; a NULL there means a damaged inventory.
    func required(_ column: String) throws -> String {
        guard let value = text(column) else { throw InventoryError.damaged("\(column) is NULL") }
        return value
    }
}
