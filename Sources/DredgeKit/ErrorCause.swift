import Foundation
import GRDB

/// The real cause of a failed file or database operation, in a few words ("no such file or directory", "permission
/// denied", "read-only file system"), from errno or from what Foundation and SQLite threw. The one place that
/// reads them, so no call site guesses a cause or prints an `NSCocoaErrorDomain` dump.
public enum ErrorCause {
    /// The cause of `error`: its POSIX error when it carries one, else what its Cocoa or SQLite code means.
    public static func of(_ error: any Error) -> String {
        switch error {
        case let error as DredgeError:
            return error.description
        case let error as POSIXError:
            return of(errno: error.code.rawValue)
        case let error as DatabaseError:
            if error.resultCode == .SQLITE_READONLY { return "read-only database or file system" }
            if error.resultCode == .SQLITE_NOTADB { return "not an SQLite database" }
            if error.resultCode == .SQLITE_CORRUPT { return "the database is damaged" }
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        default:
            break
        }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return of(errno: Int32(error.code)) }
        // Foundation on Linux keeps the POSIX error it met underneath its Cocoa one (code 256 "unknown" for EISDIR).
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error {
            if let posix = underlying as? POSIXError { return of(errno: posix.code.rawValue) }
            let bridged = underlying as NSError
            if bridged.domain == NSPOSIXErrorDomain { return of(errno: Int32(bridged.code)) }
        }
        if error.domain == NSCocoaErrorDomain, let cause = cocoaCauses[error.code] { return cause }
        return error.localizedDescription
    }

    /// strerror's text, lowercased to fit after a colon: `No such file or directory` → `no such file or directory`.
    public static func of(errno code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Foundation's file error codes (CocoaError.Code) that come without a POSIX error underneath.
    private static let cocoaCauses: [Int: String] = [
        CocoaError.fileNoSuchFile.rawValue: "no such file or directory",
        CocoaError.fileReadNoSuchFile.rawValue: "no such file or directory",
        CocoaError.fileReadNoPermission.rawValue: "permission denied",
        CocoaError.fileWriteNoPermission.rawValue: "permission denied",
        CocoaError.fileReadCorruptFile.rawValue: "not UTF-8 text",  // what String(contentsOf:encoding: .utf8) says of bad bytes
        CocoaError.fileReadInapplicableStringEncoding.rawValue: "not UTF-8 text",
        CocoaError.fileWriteInapplicableStringEncoding.rawValue: "not UTF-8 text",
        CocoaError.fileWriteVolumeReadOnly.rawValue: "read-only file system",
        CocoaError.fileWriteOutOfSpace.rawValue: "no space left on device",
        CocoaError.fileWriteFileExists.rawValue: "the file already exists",
        CocoaError.fileReadTooLarge.rawValue: "the file is too large",
    ]
}
