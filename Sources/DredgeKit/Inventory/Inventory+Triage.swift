import Foundation

extension Inventory {
    /// Records a triage decision on the credential `prefix` names, with who made it; returns the full finding id.
    /// `repository` limits it to that repository's exposure; by default it applies to the credential everywhere
    /// (rotated once, rotated for all). Decisions are appended, never overwritten: the inventory keeps the history of
    /// who decided what, and no scan recording at the same time can undo one.
    @discardableResult
    public func triage(_ prefix: String, status: TriageStatus, note: String?, userName: String?, userEmail: String?,
                       repository: String? = nil, at date: Date = Date()) throws -> String {
        let id = try findingID(matching: prefix)
        try backend.write { db in
            var repositoryID = SQLValue.null
            if let repository {
                guard let found = try db.query("""
                    SELECT r.id FROM repositories r JOIN exposures e ON e.repository_id = r.id
                    WHERE r.name = ? AND e.credential_id = ?
                    """, [.text(repository), .text(id)]).first?.int("id") else {
                    throw DredgeError.invalidArgument("finding \(id.prefix(12)) is not in repository `\(repository)` of the inventory \(location)")
                }
                repositoryID = .int(found)
            }
            try db.execute("""
                INSERT INTO triage (credential_id, repository_id, status, note, user_name, user_email, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), repositoryID, .text(status.rawValue), SQLValue(note), SQLValue(userName), SQLValue(userEmail), .date(date)])
        }
        return id
    }
}
