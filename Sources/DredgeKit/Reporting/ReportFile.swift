import Foundation

/// Writes a report file all at once (temporary file, then rename), so an interrupted scan leaves no half-written
/// report, and with mode 0600 when it holds secrets.
public enum ReportFile {
    /// Lends `text`'s UTF-8 bytes as `Data` without copying them: a full-history JSON report can run to a hundred
    /// megabytes, and every copy of it counted in the scan's peak memory.
    public static func withData<R>(_ text: String, _ body: (Data) throws -> R) rethrows -> R {
        var text = text
        return try text.withUTF8 { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return try body(Data()) }
            return try body(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
        }
    }

    public static func write(_ text: String, to url: URL, holdsSecrets: Bool) throws {
        // A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`) is written to as it is: renaming a file over it
        // would replace the device itself.
        var status = stat()
        if stat(url.path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try withData(text) { try handle.write(contentsOf: $0) }
            return
        }
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let mode: Int = holdsSecrets ? 0o600 : 0o644
        guard withData(text, { FileManager.default.createFile(atPath: temporary.path, contents: $0, attributes: [.posixPermissions: mode]) }) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        // createFile honours the umask only on creation; set the mode explicitly before the file becomes visible.
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path)
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }
}
