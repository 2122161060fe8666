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
        let mode: mode_t = holdsSecrets ? 0o600 : 0o644
        // open(2) rather than FileManager.createFile, which fails without saying why (errno is the cause to report).
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            // The mode given to open honours the umask; set it explicitly before the file becomes visible.
            guard fchmod(descriptor, mode) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            try withData(text) { try handle.write(contentsOf: $0) }
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }
}
