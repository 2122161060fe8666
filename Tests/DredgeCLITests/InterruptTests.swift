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

extension InterruptTests {
    /// Interrupts scans at many points, recording included (five thousand findings take seconds to record): the
    /// inventory holds each scan whole or not at all, never part of one.
    @Test func interruptedRecordingLeavesTheInventoryWholeOrUntouched() throws {
        let fixture = try GitFixture()
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for file in 0..<20 {
            let lines = (0..<250).map { line in
                "key\(line) = acme_live_" + String((0..<32).map { _ in alphabet.randomElement(using: &generator)! }) + "\n"
            }
            try fixture.write("keys/f\(file).txt", lines.joined())
        }
        try fixture.commit("many keys")
        let packs = FixturePaths.fixtures.appendingPathComponent("packs").path
        let arguments = ["scan", fixture.path, "--patterns", packs, "--no-builtin-rules", "--quiet", "--format", "json", "-o", "/dev/null"]
        var observed: [(delay: Double, rows: Int)] = []
        for delay in stride(from: 0.5, through: 5.0, by: 0.5) {
            let process = Process()
            process.executableURL = DredgeBinary.url
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            let inventory = try DredgeBinary.run(["inventory", fixture.path, "--format", "csv"])
            guard inventory.status == 0 else {
                #expect(inventory.stderr.contains("run `dredge scan` first"), "\(inventory.stderr)")  // nothing recorded yet
                continue
            }
            observed.append((delay, inventory.stdout.split(separator: "\r\n").count - 1))
        }
        #expect(try DredgeBinary.run(arguments).status == 1)  // a whole scan records every finding
        let whole = try DredgeBinary.run(["inventory", fixture.path, "--format", "csv"]).stdout.split(separator: "\r\n").count - 1
        #expect(whole > 4_900)
        for (delay, rows) in observed {
            #expect(rows == 0 || rows == whole, "a scan interrupted after \(delay) s left \(rows) of \(whole) findings")
        }
    }
}
