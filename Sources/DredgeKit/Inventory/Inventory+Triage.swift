import Foundation
import GRDB

extension Inventory {
    /// Records a triage decision on the finding `prefix` names, with who made it; returns the full finding id.
    /// Decisions are appended, never overwritten, so the inventory keeps the history of who decided what.
    @discardableResult
    public func triage(_ prefix: String, status: TriageStatus, note: String?, userName: String?, userEmail: String?,
                       at date: Date = Date()) throws -> String {
        let id = try findingID(matching: prefix)
        try database.write { db in
            try db.execute(sql: "INSERT INTO triage (finding_id, status, note, user_name, user_email, at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [id, status.rawValue, note, userName, userEmail, date])
        }
        return id
    }
}
