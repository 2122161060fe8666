internal import CGit2

/// A failed libgit2 call: the function, its return code and libgit2's own message.
public struct GitError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let function: String
    public let message: String

    public var description: String { "\(function): \(message) (\(code))" }

    /// True when the object asked for is not in the object database (a partial clone, a pruned pack).
    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
}

/// Turns a negative libgit2 return code into a `GitError`, reading the thread-local last error at once.
@discardableResult
func check(_ rc: Int32, _ function: StaticString) throws(GitError) -> Int32 {
    guard rc < 0 else { return rc }
    let message = git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } }
    throw GitError(code: rc, function: "\(function)", message: message ?? "unknown libgit2 error")
}
