import DredgeKit
import Foundation
import TestSupport
import Testing

/// The one place that turns what Foundation and POSIX throw into the real cause, tested on the errors Foundation
/// really throws (on Linux they are Cocoa codes with the POSIX error underneath, or without it).
@Suite struct ErrorCauseTests {
    private func cause(_ body: () throws -> Void) -> String? {
        do { try body() } catch { return ErrorCause.of(error) }
        return nil
    }

    @Test func foundationsFileErrorsNameTheirCause() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cause-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing/x.json")
        #expect(cause { _ = try Data(contentsOf: missing) } == "no such file or directory")
        #expect(cause { try Data("x".utf8).write(to: missing) } == "no such file or directory")
        #expect(cause { _ = try String(contentsOf: directory, encoding: .utf8) } == "is a directory")
        #expect(cause { _ = try String(contentsOf: FixturePaths.invalid.appendingPathComponent("config-not-utf8.dredge.yml"), encoding: .utf8) } == "not UTF-8 text")
        let file = directory.appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        #expect(cause { try FileManager.default.createDirectory(at: file.appendingPathComponent("sub"), withIntermediateDirectories: true) } == "not a directory")
    }

    @Test func posixAndCocoaCodesWithoutAnUnderlyingError() {
        #expect(ErrorCause.of(POSIXError(.EROFS)) == "read-only file system")
        #expect(ErrorCause.of(CocoaError(.fileWriteNoPermission)) == "permission denied")
        #expect(ErrorCause.of(errno: EACCES) == "permission denied")
        #expect(ErrorCause.of(DredgeError.invalidArgument("as it was")) == "as it was")
    }
}
