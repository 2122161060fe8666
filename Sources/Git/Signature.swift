import Foundation

/// Who made a commit, and when, copied out of libgit2.
public struct Signature: Hashable, Sendable, Codable {
    public let name: String
    public let email: String
    public let date: Date

    public init(name: String, email: String, date: Date) {
        self.name = name
        self.email = email
        self.date = date
    }
}
