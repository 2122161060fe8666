import Foundation
import TestSupport
import Testing

@Suite struct InterruptTests {
    /// A history big enough that a scan takes a while: distinct lines (line deduplication would make short work of
    /// repeated ones) in blobs written with `git fast-import`.
    private func largeRepository() throws -> GitFixture {
        let fixture = try GitFixture()
        var stream = ""
        for index in 0..<1_500 {
            let text = (0..<600).map { "let token\(index)x\($0) = secretStore.compute(apiKey: key\($0), auth: auth\(index))\n" }.joined()
            stream += "blob\nmark :\(index + 1)\ndata \(text.utf8.count)\n\(text)\n"
        }
        stream += "commit refs/heads/main\ncommitter A <a@dredge.test> 1704067200 +0000\ndata 4\nbulk\n"
        for index in 0..<1_500 { stream += "M 100644 :\(index + 1) src/file\(index).swift\n" }
        try fixture.git(["fast-import", "--quiet"], stdin: stream + "\n")
        return fixture
    }

    @Test func interruptedScanStopsPromptlyAndLeavesNoReport() throws {
        let fixture = try largeRepository()
        let report = fixture.root.appendingPathComponent("report.json")
        let process = Process()
        process.executableURL = DredgeBinary.url
        process.arguments = ["scan", fixture.path, "--format", "json", "--output", report.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.3)
        let interrupted = Date()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(interrupted) < 2)
        #expect(process.terminationStatus == 130)
        #expect(!FileManager.default.fileExists(atPath: report.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
