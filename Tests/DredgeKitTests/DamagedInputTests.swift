import DredgeKit
import Foundation
import TestSupport
import Testing

/// Real repositories are damaged in every way; a scan must read what it can, say what it could not, and go on.
@Suite struct DamagedInputTests {
    let key = SyntheticSecrets.acme
    let otherKey = SyntheticSecrets.acmeOther

    private func objectFile(_ fixture: GitFixture, _ id: String) -> URL {
        fixture.root.appendingPathComponent(".git/objects/\(id.prefix(2))/\(id.dropFirst(2))")
    }

    private func blobID(_ fixture: GitFixture, _ spec: String) throws -> String {
        try fixture.git("rev-parse", spec).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func missingBlobIsCountedAndTheRestIsScanned() throws {
        let fixture = try GitFixture()
        try fixture.write("lost.txt", "ACME=\(otherKey)\n")
        try fixture.write("kept.txt", "ACME=\(key)\n")
        try fixture.commit("two secrets")
        let lost = try blobID(fixture, "HEAD:lost.txt")
        try FileManager.default.removeItem(at: objectFile(fixture, lost))

        let report = try fixture.scan()
        #expect(report.findings.map { $0.secret.reveal() } == [key])
        #expect(!report.summary.historyComplete)
        #expect(report.summary.errors.contains { $0.contains("1 blob named by the history are not in the object database") && $0.contains(lost) })
    }

    @Test func corruptObjectIsReportedUnreadableAndTheScanGoesOn() throws {
        let fixture = try GitFixture()
        try fixture.write("broken.txt", "ACME=\(otherKey)\n")
        try fixture.write("fine.txt", "ACME=\(key)\n")
        try fixture.commit("two secrets")
        let broken = objectFile(fixture, try blobID(fixture, "HEAD:broken.txt"))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: broken.path)
        try Data("this is not zlib data at all".utf8).write(to: broken)

        let report = try fixture.scan()
        #expect(report.findings.map { $0.secret.reveal() } == [key])
        #expect(report.summary.unreadableBlobs == 1)
        #expect(report.summary.errors.contains { $0.contains("broken") || $0.contains("blob") })
    }

    @Test func refToAMissingCommitIsReportedAndTheRestIsScanned() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "ACME=\(key)\n")
        try fixture.commit("secret")
        try fixture.write(".git/refs/heads/ghost", String(repeating: "ab", count: 20) + "\n")

        let report = try fixture.scan()
        #expect(report.findings.count == 1)
        #expect(!report.summary.historyComplete)
        #expect(report.summary.errors.contains { $0.contains(String(repeating: "ab", count: 20)) || $0.contains("ghost") })
    }

    @Test func shallowCloneIsScannedAndSaysHistoryIsIncomplete() throws {
        let origin = try GitFixture()
        try origin.write("old.txt", "ACME=\(otherKey)\n")
        try origin.commit("old")
        try origin.write("new.txt", "ACME=\(key)\n")
        try origin.commit("new")
        let clone = try origin.clone(["--depth", "1"])

        let report = try clone.scan()
        #expect(!report.summary.historyComplete)
        #expect(Set(report.findings.map { $0.secret.reveal() }) == [key, otherKey])  // both files are in the tip commit
        #expect(report.summary.commits == 1)
    }

    @Test func partialCloneIsScannedWithoutFetchingAndSaysWhatIsMissing() throws {
        let origin = try GitFixture()
        try origin.write("a.txt", "ACME=\(key)\n")
        try origin.commit("one")
        try origin.write("b.txt", "other\n")
        try origin.commit("two")
        try origin.git("config", "uploadpack.allowFilter", "true")
        let clone = try origin.clone(["--filter=blob:none", "--no-checkout"])
        // The blobs stayed on the server: the commits and trees are scanned, the missing blobs named, nothing fetched.
        let report = try clone.scan()
        #expect(report.summary.commits == 2)
        #expect(report.summary.blobs == 0)
        #expect(!report.summary.historyComplete)
        #expect(report.summary.errors.contains { $0.hasPrefix("2 blobs named by the history are not in the object database") })
        #expect(report.findings.isEmpty)
    }

    @Test func truncatedPackIsReportedAndLooseObjectsAreStillScanned() throws {
        let fixture = try GitFixture()
        for index in 0..<20 {
            try fixture.write("f\(index).txt", (0..<200).map { "line \($0) of file \(index) with some text" }.joined(separator: "\n"))
        }
        try fixture.write("old.txt", "ACME=\(otherKey)\n")
        try fixture.commit("packed")
        try fixture.git("gc", "-q")
        try fixture.write("new.txt", "ACME=\(key)\n")  // loose objects, made after the pack
        try fixture.commit("loose")
        let packs = fixture.root.appendingPathComponent(".git/objects/pack")
        let pack = try #require(try FileManager.default.contentsOfDirectory(atPath: packs.path).first { $0.hasSuffix(".pack") })
        let url = packs.appendingPathComponent(pack)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        let data = try Data(contentsOf: url)
        try data.prefix(data.count * 6 / 10).write(to: url)

        let report = try fixture.scan()
        #expect(report.findings.map { $0.secret.reveal() } == [key])
        #expect(!report.summary.historyComplete)
        #expect(report.summary.unreadableBlobs + report.summary.errors.count > 0)
    }

    /// A 2 GiB blob (a sparse file: git takes ~20 s to add it) is skipped by its header, never read into memory.
    @Test func twoGigabyteBlobIsSkippedAndMemoryStaysBounded() throws {
        let fixture = try GitFixture()
        let huge = fixture.root.appendingPathComponent("huge.bin")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        try fixture.write("a.txt", "ACME=\(key)\n")
        try fixture.commit("big")

        let report = try fixture.scan()
        #expect(report.findings.map { $0.secret.reveal() } == [key])
        #expect(report.summary.oversizedBlobs == 1)
        let peak = report.summary.phases.map(\.peakRSSMB).max() ?? 0
        #expect(peak > 0 && (peak < 1_000 || Sanitizer.address), "peak RSS \(peak) MB")
    }

    @Test func nothingInTheScannedRepositoryIsExecuted() throws {
        let fixture = try GitFixture()
        let marker = fixture.root.deletingLastPathComponent().appendingPathComponent("pwned-\(UUID().uuidString)")
        try fixture.git("config", "filter.evil.smudge", "touch \(marker.path)")
        try fixture.git("config", "filter.evil.clean", "touch \(marker.path); cat")
        try fixture.git("config", "core.fsmonitor", "touch \(marker.path)")
        try fixture.write(".gitattributes", "*.txt filter=evil diff=evil\n")
        try fixture.git("config", "diff.evil.textconv", "touch \(marker.path)")
        try fixture.write("secret.txt", "ACME=\(key)\n")
        try fixture.git(["-c", "filter.evil.clean=cat", "-c", "core.fsmonitor=", "add", "-A"])
        try fixture.git(["-c", "filter.evil.clean=cat", "-c", "core.fsmonitor=", "commit", "-q", "-m", "evil"])
        #expect(!FileManager.default.fileExists(atPath: marker.path))

        let report = try fixture.scan()
        #expect(report.findings.count == 1)
        #expect(!FileManager.default.fileExists(atPath: marker.path))
        try? FileManager.default.removeItem(at: marker)
    }

    @Test func utf16TextIsDecodedAndScanned() throws {
        let fixture = try GitFixture()
        var data = Data([0xFF, 0xFE])
        data.append("[settings]\r\nacme=\(key)\r\n".data(using: .utf16LittleEndian)!)
        try fixture.write("export.reg", data)
        try fixture.commit("windows export")

        let report = try fixture.scan()
        let occurrence = try #require(report.findings.first?.occurrences.first)
        #expect(occurrence.line == 2)
        #expect(occurrence.column == 6)
        #expect(report.summary.binaryBlobs == 0)
    }

    /// MySQL's client (as Oracle builds it) keeps its history with libedit, which writes a space as `\040`: the rules
    /// read each entry as it was typed, on the file's own line.
    @Test func libeditHistoryIsDecodedAndScannedOnItsLines() throws {
        let fixture = try GitFixture()
        let history = "_HiStOrY_V2_\nshow\\040databases;\n"
            + "CREATE\\040USER\\040'shop'@'%'\\040IDENTIFIED\\040BY\\040'Wq5Zx8Lm2Np4';\nselect\\0401;\n"
        try fixture.write(".mysql_history", Data(history.utf8))
        try fixture.commit("home directory")

        let findings = try fixture.scanWithBuiltinRules().findings.filter { $0.secret.reveal() == "Wq5Zx8Lm2Np4" }
        let occurrence = try #require(findings.first?.occurrences.first)
        #expect(occurrence.line == 3)
        // the same bytes without libedit's header are no history of its: `\040` stays as it is, and nothing matches
        let plain = try GitFixture()
        try plain.write("notes.txt", String(history.dropFirst("_HiStOrY_V2_\n".count)))
        try plain.commit("notes")
        #expect(try plain.scanWithBuiltinRules().findings.allSatisfy { $0.secret.reveal() != "Wq5Zx8Lm2Np4" })
    }

    @Test func crlfInvalidUTF8AndNULsLaterInTheFileDoNotStopMatching() throws {
        let fixture = try GitFixture()
        var data = Data("line one\r\n".utf8)
        data.append(contentsOf: [0xC3, 0x28, 0xFF, 0x0D, 0x0A])  // invalid UTF-8, then CRLF
        data.append(Data("ACME=\(key)\r\n".utf8))
        data.append(Data(repeating: 0x61, count: 9_000))
        data.append(contentsOf: [0x00, 0x00])  // a NUL past the probe does not make it binary
        try fixture.write("mixed.txt", data)
        try fixture.commit("mixed")

        let occurrence = try #require(try fixture.scan().findings.first?.occurrences.first)
        #expect(occurrence.line == 3)
        #expect(occurrence.column == 6)
    }

    @Test func pathsWithNewlinesAndSpacesAreReportedExactlyAndPrintedEscaped() throws {
        let fixture = try GitFixture()
        try fixture.write("dir with space/new\nline.txt", "ACME=\(key)\n")
        try fixture.commit("odd path")
        let report = try fixture.scan()
        #expect(report.findings.first?.occurrences.first?.path == "dir with space/new\nline.txt")
        let text = try TextReporter(showSecrets: false, colored: false).render(report)
        #expect(text.contains("dir with space/new\\u{a}line.txt:1:6"))
        let json = try JSONReporter(showSecrets: false).render(report)
        #expect(json.contains(#""path" : "dir with space/new\nline.txt""#))
    }

    @Test func pathsThatAreNotUTF8AreEscapedInTextAndExactInJSON() throws {
        let fixture = try GitFixture()
        // Foundation names files with Strings, so the shell writes the name: `a\b`, then byte 0xFF, in `dir`.
        let made = try ProcessRunner.run("/bin/sh", ["-c", #"mkdir dir && printf 'ACME=%s\n' "$1" > "dir/$(printf 'a\\b\377.env')""#, "sh", key],
                                         currentDirectory: fixture.root)
        #expect(made.status == 0, "\(made.stderr)")
        try fixture.commit("non-UTF-8 name")
        let report = try fixture.scan()
        let occurrence = try #require(report.findings.first { $0.rule.id == "acme.live-key" }?.occurrences.first)
        #expect(occurrence.path == #"dir/a\\b\xFF.env"#)
        #expect(occurrence.pathBytes == Array("dir/a\\b".utf8) + [0xFF] + Array(".env".utf8))

        let text = try TextReporter(showSecrets: false, colored: false).render(report)
        #expect(text.contains(#"dir/a\\b\xFF.env:1:6"#))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try JSONReporter(showSecrets: false).render(report).utf8)) as? [String: Any])
        let occurrences = (json["findings"] as? [[String: Any]] ?? []).flatMap { $0["occurrences"] as? [[String: Any]] ?? [] }
        let encoded = try #require(occurrences.compactMap { $0["path_bytes"] as? String }.first)
        #expect(Data(base64Encoded: encoded) == Data(occurrence.pathBytes ?? []))
        #expect(occurrences.allSatisfy { $0.keys.contains("path_bytes") })
    }

    @Test func terminalEscapesInCommittedTextDoNotReachTheTerminal() throws {
        let fixture = try GitFixture()
        try fixture.write("\u{1B}[31mred.txt", "ACME=\(key)\n")
        try fixture.commit("escape \u{1B}]0;title\u{07}", author: "Eve \u{1B}[2J", email: "eve@dredge.test")
        let text = try TextReporter(showSecrets: false, colored: false).render(try fixture.scan())
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\\u{1b}[31mred.txt"))
    }
}
