/// What can go wrong with an inventory, worded for the person running dredge. No case ever carries a database
/// password: locations are printed through `Datastore.description`, which leaves it out.
public enum InventoryError: Error, CustomStringConvertible, Sendable {
    /// The inventory's schema is newer than this dredge knows.
    case newerSchema(location: String, version: Int, known: Int)
    /// The database could not be reached or refused us (reason already free of secrets).
    case unreachable(location: String, reason: String)
    /// A statement failed (reason: the server's or SQLite's message, never the statement's values).
    case failed(location: String, reason: String)
    /// No inventory at a location a reading command was pointed at.
    case missing(location: String)
    /// A row breaks the schema's promises.
    case damaged(String)

    public var description: String {
        switch self {
        case let .newerSchema(location, version, known):
            "the inventory \(location) has schema version \(version), newer than this dredge knows (\(known)): upgrade dredge to read or write it"
        case let .unreachable(location, reason): "cannot reach the inventory \(location): \(reason)"
        case let .failed(location, reason): "the inventory \(location): \(reason)"
        case let .missing(location): "cannot read \(location): no inventory yet: run `dredge scan` first"
        case let .damaged(reason): "the inventory is damaged: \(reason)"
        }
    }
}
