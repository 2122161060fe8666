@testable import DredgeKit
import Foundation
import GRDB
import TestSupport
import Testing

/// The unwrap stage on real repositories built with `git`, archives made with the real `zip`, `tar` and `gzip`:
/// archive members and decoded values are scan items like any blob, and bad archives or encodings are counted,
/// never fatal.
@Suite struct UnwrapTests {
    let key = SyntheticSecrets.acme

    /// Runs a real archiver in the fixture's work tree.
    private func run(_ fixture: GitFixture, _ tool: String, _ arguments: [String]) throws {
        let result = try ProcessRunner.run("/usr/bin/env", [tool] + arguments, currentDirectory: fixture.root)
        guard result.status == 0 else { throw FixtureError("\(tool) \(arguments.joined(separator: " ")) failed: \(result.stderr)") }
    }

    private func scan(_ fixture: GitFixture, limits: UnwrapLimits? = UnwrapLimits(), builtin: Bool = false) throws -> ScanReport {
        var request = ScanRequest(repositoryPath: fixture.path)
        if !builtin {
            request.patternDirectories = [FixturePaths.fixtures.appendingPathComponent("packs")]
            request.builtinRules = false
        }
        request.jobs = 2
        request.unwrap = limits
        return try Scanner(request).run()
    }

    // MARK: archives

    @Test func zipMemberIsFoundAtItsPathInsideTheArchiveAfterTheZipWasDeleted() throws {
        let fixture = try GitFixture()
        try fixture.write("config/aws.ini", "[default]\naws_access_key_id = \(SyntheticSecrets.awsKeyID)\naws_secret_access_key = \(SyntheticSecrets.awsSecretKey)\n")
        try run(fixture, "zip", ["-q", "backup.zip", "config/aws.ini"])
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("config"))
        let added = try fixture.commit("backup")
        try fixture.git("rm", "-q", "backup.zip")
        try fixture.commit("remove the backup")

        let report = try scan(fixture, builtin: true)
        let aws = report.findings.filter { $0.rule.id.hasPrefix("aws.") }
        #expect(Set(aws.map(\.rule.id)) == ["aws.access-key-id", "aws.secret-access-key"])
        for finding in aws {
            let occurrence = try #require(finding.occurrences.first)
            #expect(occurrence.shownPath == "backup.zip!config/aws.ini")
            #expect(occurrence.path == "backup.zip")  // the path in the commit, which exposure and purge follow
            #expect(occurrence.commit?.hex == added)
            #expect(occurrence.layers == [.member("config/aws.ini", of: .zip)])
            #expect(finding.exposure.tips.isEmpty && finding.exposure.references == ["refs/heads/main"])
        }
        #expect(aws.first { $0.rule.id == "aws.access-key-id" }?.occurrences.first?.line == 2)
        #expect(report.summary.unwrapped.archives == 1 && report.summary.unwrapped.members == 1)

        // Without the stage the zip is only a binary blob: the test fails on the old behaviour.
        let closed = try scan(fixture, limits: nil, builtin: true)
        #expect(!closed.findings.contains { $0.rule.id.hasPrefix("aws.") })
    }

    @Test func aSQLiteDatabasesRowsAreReadTableByTable() throws {
        let fixture = try GitFixture()
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("data"), withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: fixture.root.appendingPathComponent("data/app.db").path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT, theme TEXT)")
            try db.execute(sql: "CREATE TABLE settings (name TEXT, value TEXT)")
            try db.execute(sql: "INSERT INTO users (login, theme) VALUES ('ops', 'dark'), ('billing', 'light')")
            try db.execute(sql: "INSERT INTO settings VALUES ('region', 'eu-west-1'), ('aws_access_key_id', ?), ('aws_secret_access_key', ?)",
                           arguments: [SyntheticSecrets.awsKeyID, SyntheticSecrets.awsSecretKey])
        }
        try queue.close()
        let added = try fixture.commit("seed database")

        let report = try scan(fixture, builtin: true)
        let keyID = try #require(report.findings.first { $0.rule.id == "aws.access-key-id" })
        let occurrence = try #require(keyID.occurrences.first)
        #expect(occurrence.shownPath == "data/app.db!settings")
        #expect(occurrence.layers == [.member("settings", of: .sqlite)])
        #expect(occurrence.line == 2)  // the table's second row
        #expect(occurrence.commit?.hex == added)
        #expect(report.summary.unwrapped.archives == 1 && report.summary.unwrapped.members == 2)
        #expect(report.summary.blobsScanned == 1)  // the database is read, not only counted as binary
        #expect(report.summary.unwrapped.overLimit == 0)

        // Rows past the stage's byte budget are left out, and the database is counted as cut short.
        var small = UnwrapLimits()
        small.inflatedBytes = 64
        let cut = try scan(fixture, limits: small, builtin: true)
        #expect(cut.summary.unwrapped.overLimit == 1)
        #expect(!cut.findings.contains { $0.rule.id == "aws.access-key-id" })

        // Without the stage the database is only a binary blob.
        let closed = try scan(fixture, limits: nil, builtin: true)
        #expect(!closed.findings.contains { $0.rule.id.hasPrefix("aws.") })
    }

    @Test func anExcelWorkbooksSheetsAreReadAsTablesOfRecords() throws {
        let fixture = try GitFixture()
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("ops"), withIntermediateDirectories: true)
        for name in ["vendors-openpyxl.xlsx", "settings-xlsxwriter.xlsx"] {
            try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent("spreadsheets/\(name)"),
                                             to: fixture.root.appendingPathComponent("ops/\(name)"))
        }
        try fixture.commit("vendor and settings sheets")

        let report = try scan(fixture, builtin: true)
        func occurrence(of secret: String) -> Occurrence? {
            report.findings.first { $0.secret.reveal() == secret }?.occurrences.first
        }
        let stripe = try #require(occurrence(of: "sk_live_LUts0t2ZpZgCYI7uCVU6MGvZ"))
        #expect(stripe.shownPath == "ops/vendors-openpyxl.xlsx!Vendors")
        #expect(stripe.layers == [.member("Vendors", of: .xlsx)])
        #expect(stripe.line == 1)  // the sheet's first record
        // Found by their column's name: a cell of the `Password` column, and a settings table's `api_token` row. The
        // workbook's XML holds neither beside its name.
        #expect(occurrence(of: "9emhlV647wWjTG")?.shownPath == "ops/vendors-openpyxl.xlsx!Vendors")
        #expect(occurrence(of: "qPHJwVDAKGeV71vGYKyj9kLIx91T2jC5UQtwgZUj")?.shownPath == "ops/settings-xlsxwriter.xlsx!Settings & keys")
        #expect(report.findings.contains { $0.rule.id == "pii.data-store" && $0.occurrences.first?.path == "ops/vendors-openpyxl.xlsx" })
        #expect(report.summary.unwrapped.archives == 2)
    }

    @Test func aWordDocumentIsReadAsItsParagraphsAndTables() throws {
        let fixture = try GitFixture()
        try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent("documents/runbook-python-docx.docx"),
                                         to: fixture.root.appendingPathComponent("runbook.docx"))
        try fixture.commit("runbook")

        let report = try scan(fixture, builtin: true)
        func line(of secret: String) -> Int? {
            report.findings.first { $0.secret.reveal() == secret }?.occurrences.first { $0.layers == [.member(nil, of: .docx)] }?.line
        }
        // A paragraph whose password is a run of its own; a two-column table read `Password: …`; a table's record.
        #expect(line(of: "gq7AkSz4Pvva") == 2)
        #expect(line(of: "tEauzzCIleY3HGxt") != nil)
        #expect(line(of: "Harbour-Lantern-43") != nil)
        #expect(report.findings.first?.occurrences.first?.shownPath == "runbook.docx")
    }

    @Test func tarGzipMembersAndNestedArchivesAreOpened() throws {
        let fixture = try GitFixture()
        try fixture.write("etc/app.conf", "ACME_KEY=\(key)\n")
        try run(fixture, "tar", ["-czf", "etc.tar.gz", "etc/app.conf"])
        try fixture.write("inner/deep.txt", "token: \(SyntheticSecrets.acmeOther)\n")
        try run(fixture, "zip", ["-q", "inner.zip", "inner/deep.txt"])
        try run(fixture, "zip", ["-q", "outer.jar", "inner.zip"])
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("etc"))
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("inner"))
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("inner.zip"))
        try fixture.commit("archives")

        let report = try scan(fixture)
        let places = Set(report.findings.flatMap { $0.occurrences.compactMap(\.shownPath) })
        #expect(places == ["etc.tar.gz!etc/app.conf", "outer.jar!inner.zip!inner/deep.txt"])
        let nested = try #require(report.findings.first { $0.secret.reveal() == SyntheticSecrets.acmeOther }?.occurrences.first)
        #expect(nested.layers.map(\.kind) == [.zip, .zip])

        var shallow = UnwrapLimits()
        shallow.depth = 1
        let limited = try scan(fixture, limits: shallow)
        #expect(limited.findings.isEmpty)  // gzip then tar is two layers, as a zip in a zip is
        #expect(limited.summary.unwrapped.tooDeep == 2)
    }

    /// A source tarball is mostly lines already read (its files are in the history too, or twice in it): only its
    /// new and hot lines are matched, and a secret in it is still found in every member that holds it.
    @Test func archiveMembersSkipLinesAlreadyReadAndKeepTheirFindings() throws {
        let fixture = try GitFixture()
        let source = (0..<400).map { "static int step_\($0)(struct state *s) { return s->count + \($0); }\n" }.joined()
        try fixture.write("src/main.c", source + "ACME_KEY=\(key)\n")
        try fixture.write("backup/main.c", source + "ACME_KEY=\(key)\n")
        try run(fixture, "tar", ["-czf", "release.tar.gz", "src/main.c", "backup/main.c"])
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("src"))
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("backup"))
        try fixture.commit("release tarball")

        let report = try scan(fixture)
        let places = Set(report.findings.flatMap { $0.occurrences.compactMap(\.shownPath) })
        #expect(places == ["release.tar.gz!src/main.c", "release.tar.gz!backup/main.c"])
        // Before, each member was read whole (twice the source); now the second one's lines are not read again.
        #expect(report.summary.unwrapped.bytesMatched < source.utf8.count * 12 / 10)
    }

    /// Inside an archive, where a secret lives is the member's path: a key in a release tarball's tests/ is a test's
    /// key, one step lower, like the same file committed loose.
    @Test func confidenceReadsTheMembersPath() throws {
        let fixture = try GitFixture()
        try fixture.write("release/tests/fixtures/app.conf", "ACME_KEY=\(key)\n")
        try fixture.write("release/etc/app.conf", "ACME_KEY=\(SyntheticSecrets.acmeOther)\n")
        try run(fixture, "tar", ["-czf", "release.tar.gz", "release"])
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("release"))
        try fixture.commit("release tarball")

        let report = try scan(fixture)
        let byPlace = Dictionary(uniqueKeysWithValues: report.findings.compactMap { finding in
            finding.occurrences.first?.shownPath.map { ($0, finding.confidence) }
        })
        #expect(byPlace["release.tar.gz!release/tests/fixtures/app.conf"] == .low)
        #expect(byPlace["release.tar.gz!release/etc/app.conf"] == .medium)
    }

    /// Every format names the member, not only the archive: SARIF's artifact URI is `backup.zip!config/aws.ini` (each
    /// part a URI reference) with the archive named in its description, and two members of one archive are two places.
    @Test func everyFormatNamesTheArchiveMember() throws {
        let fixture = try GitFixture()
        try fixture.write("config/aws.ini", "ACME_KEY=\(key)\n")
        try fixture.write("config/old.ini", "ACME_KEY=\(key)\n")
        try run(fixture, "zip", ["-q", "backup.zip", "config/aws.ini", "config/old.ini"])
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("config"))
        try fixture.commit("backup")
        let report = try scan(fixture)
        let member = "backup.zip!config/aws.ini"

        for reporter in [JSONReporter(showSecrets: false), JSONLReporter(showSecrets: false), CSVReporter(showSecrets: false),
                         MarkdownReporter(showSecrets: false), TextReporter(showSecrets: false, colored: false)] as [any Reporter] {
            #expect(try reporter.render(report).contains(member), "\(type(of: reporter))")
        }
        let sarif = try SARIFReporter(showSecrets: false).render(report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
        let locations = results.compactMap { result in
            ((((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])?["artifactLocation"]) as? [String: Any]
        }
        #expect(Set(locations.compactMap { $0["uri"] as? String }) == [member, "backup.zip!config/old.ini"])
        #expect(locations.contains { ($0["description"] as? [String: Any])?["text"] as? String == "config/aws.ini, a member of the zip backup.zip" })
        let places = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["dredgeOccurrence/v1"] }
        #expect(Set(places).count == 2)
    }

    @Test func pathRulesRunOnArchiveMembers() throws {
        let fixture = try GitFixture()
        try fixture.write("deploy/.env", "STRIPE_SECRET_KEY=\(SyntheticSecrets.stripeLiveKey)\nDB_PASSWORD=Vq7rT2mZkw9pX4\n")
        try run(fixture, "zip", ["-q", "-r", "site.zip", "deploy"])
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("deploy"))
        try fixture.commit("site backup")

        let report = try scan(fixture, builtin: true)
        let envFile = try #require(report.findings.first { $0.rule.id == "env-file.committed" })
        #expect(envFile.occurrences.first?.shownPath == "site.zip!deploy/.env")
        // The .env parser ran on the member: its entry is a finding with the key name (whichever rule stands for it).
        #expect(report.findings.contains { $0.secret.reveal() == "Vq7rT2mZkw9pX4" && $0.occurrences.first?.key == "DB_PASSWORD" })
    }

    @Test func truncatedZipIsCountedDamagedAndItsFirstMembersAreScanned() throws {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "ACME_KEY=\(key)\n")
        try fixture.write("b.txt", String(repeating: "filler line that compresses a little \(UUID().uuidString)\n", count: 400))
        try run(fixture, "zip", ["-q", "both.zip", "a.txt", "b.txt"])
        let url = fixture.root.appendingPathComponent("both.zip")
        let whole = try Data(contentsOf: url)
        try whole.prefix(whole.count * 2 / 3).write(to: url)  // cut inside the second member
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("a.txt"))
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("b.txt"))
        try fixture.commit("a truncated zip")

        let report = try scan(fixture)
        #expect(report.findings.map { $0.secret.reveal() } == [key])
        #expect(report.findings.first?.occurrences.first?.shownPath == "both.zip!a.txt")
        #expect(report.summary.unwrapped.damaged == 1)
        #expect(report.summary.errors.isEmpty)
    }

    @Test func zipBombStopsAtTheInflationLimitAndIsCounted() throws {
        let fixture = try GitFixture()
        try fixture.write("first.txt", "ACME_KEY=\(key)\n")
        try fixture.write("zeros.bin", Data(count: 8 << 20))  // 8 MiB of zeros deflate to a few KiB
        try fixture.write("last.txt", "ACME_KEY=\(SyntheticSecrets.acmeOther)\n")
        try run(fixture, "zip", ["-q", "-9", "bomb.zip", "first.txt", "zeros.bin", "last.txt"])
        for name in ["first.txt", "zeros.bin", "last.txt"] { try FileManager.default.removeItem(at: fixture.root.appendingPathComponent(name)) }
        try fixture.commit("a small zip that inflates far")
        #expect(try Data(contentsOf: fixture.root.appendingPathComponent("bomb.zip")).count < 100_000)

        var limits = UnwrapLimits()
        limits.inflatedBytes = 1 << 20
        let report = try scan(fixture, limits: limits)
        #expect(report.findings.map { $0.secret.reveal() } == [key])  // members after the bomb are skipped
        #expect(report.summary.unwrapped.overLimit == 1)
        #expect(report.summary.errors.isEmpty)
    }

    @Test func corruptGzipIsCountedAndNeverFatal() throws {
        let fixture = try GitFixture()
        var bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3]
        bytes += Array(repeating: 0xFF, count: 64)
        try fixture.write("dump.sql.gz", Data(bytes))
        try fixture.write("notes.txt", "ACME_KEY=\(key)\n")
        try fixture.commit("a corrupt gzip")
        let report = try scan(fixture)
        #expect(report.findings.map { $0.secret.reveal() } == [key])
        #expect(report.summary.unwrapped.damaged == 1)
    }

    // MARK: decoded values

    @Test func kubernetesSecretDataIsDecodedAndReportedWhereTheEncodedTextIs() throws {
        let fixture = try GitFixture()
        let password = "Xk9mQ2vLp7!wRt4z"
        let encoded = Data(password.utf8).base64EncodedString()
        try fixture.write("k8s/db-secret.yaml", """
            apiVersion: v1
            kind: Secret
            metadata:
              name: db
            type: Opaque
            data:
              DB_USER: \(Data("app".utf8).base64EncodedString())
              DB_PASSWORD: \(encoded)

            """)
        try fixture.commit("db secret")

        let report = try scan(fixture, builtin: true)
        let finding = try #require(report.findings.first { $0.secret.reveal() == password })
        let occurrence = try #require(finding.occurrences.first)
        #expect((occurrence.line, occurrence.column) == (8, 16))
        #expect(occurrence.layers == [.decoded(.base64, line: 8, column: 16)])
        #expect(occurrence.key == "DB_PASSWORD")
        #expect(occurrence.shownPath == "k8s/db-secret.yaml")
        #expect(!report.findings.contains { $0.secret.reveal() == encoded })  // the decoded value speaks for it

        let closed = try scan(fixture, limits: nil, builtin: true)
        #expect(!closed.findings.contains { $0.secret.reveal() == password })
    }

    @Test func encodedValuesInCodeAndInvalidBase64AreHarmless() throws {
        let fixture = try GitFixture()
        let encodedKey = Data("ACME_KEY=\(key)".utf8).base64EncodedString()
        let hexKey = Data("token \(SyntheticSecrets.acmeOther)".utf8).map { String(format: "%02x", $0) }.joined()
        try fixture.write("config.yml", """
            blob: "\(encodedKey)"
            hexed: \(hexKey)
            broken: "QUNNRV9LRVk9YWNtZV9saXZl!!!="
            short: "QUJD"
            padding: "=========="
            binary: "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMDBAQEBAgFBQQEBAgGBgUG"

            """)
        try fixture.commit("encoded values")

        let report = try scan(fixture)
        #expect(Set(report.findings.map { $0.secret.reveal() }) == [key, SyntheticSecrets.acmeOther])
        let hexed = try #require(report.findings.first { $0.secret.reveal() == SyntheticSecrets.acmeOther }?.occurrences.first)
        #expect(hexed.layers == [.decoded(.hex, line: 2, column: 8)])
        #expect(report.summary.errors.isEmpty)
    }

    @Test func aDecodedValueStaysFoundInLaterVersionsOfTheFile() throws {
        let fixture = try GitFixture()
        let encoded = Data("ACME_KEY=\(key)".utf8).base64EncodedString()
        try fixture.write("values.yaml", "secretBlob: \(encoded)\nreplicas: 1\n")
        try fixture.commit("first")
        try fixture.write("values.yaml", "secretBlob: \(encoded)\nreplicas: 2\n")
        try fixture.commit("second")

        let report = try scan(fixture)  // line deduplication on: the second version's line is not new
        #expect(report.findings.count == 1)
        #expect(Set(report.findings.first?.occurrences.map(\.blob) ?? []).count == 2)
    }

    /// The search for encoded values reads only the lines a worker has not read before (and hot ones), not the
    /// context lines the matcher reads around them: in a long history the same lines come back in every version.
    @Test func onlyNewAndHotLinesAreSearchedForEncodedValues() throws {
        let lines = LineDeduplicator()
        Array("a: 1\nb: 2\nc: 3\nd: 4\n".utf8).withUnsafeBytes { bytes in
            _ = lines.regions(in: bytes)
            lines.commit()
        }
        Array("a: 1\nb: 2\nc: 3\nd: 5\n".utf8).withUnsafeBytes { bytes in
            #expect(lines.regions(in: bytes) == [5..<20])  // the new line and two lines of context
            #expect(lines.freshLines == [15..<20])
        }

        let fixture = try GitFixture()
        let encoded = Data("just some settings text".utf8).base64EncodedString()
        try fixture.write("values.yaml", "blob: \(encoded)\nreplicas: 1\n")
        try fixture.commit("first")
        try fixture.write("values.yaml", "blob: \(encoded)\nreplicas: 2\n")
        try fixture.commit("second")
        var request = ScanRequest(repositoryPath: fixture.path)
        request.patternDirectories = [FixturePaths.fixtures.appendingPathComponent("packs")]
        request.builtinRules = false
        request.jobs = 1  // one worker: the second version's first line is old to it
        #expect(try Scanner(request).run().summary.unwrapped.decodedValues == 1)
    }

    @Test func percentEncodedURLIsDecoded() {
        let text = Array("callback=https%3A%2F%2Fuser%3Asecret%40host%2Fpath&x=1\n".utf8)
        let values = text.withUnsafeBytes { bytes in
            var finder = EncodedValueFinder(limits: UnwrapLimits())
            return finder.values(in: bytes, regions: nil)
        }
        #expect(values.count == 1)
        #expect(values.first?.kind == .percent)
        #expect(values.first.map { String(decoding: $0.text[$0.decoded], as: UTF8.self) } == "callback=https://user:secret@host/path&x=1")
    }

    /// JSON written into a JSON string (a Postman request's raw body) is read with its quotes unescaped; a short string
    /// with escaped quotes in code (a format string) is no such value, and a line of many is read once.
    @Test func jsonInAJSONStringIsDecoded() throws {
        func values(_ line: String) -> [EncodedValue] {
            Array(line.utf8).withUnsafeBytes { bytes in
                var finder = EncodedValueFinder(limits: UnwrapLimits())
                return finder.values(in: bytes, regions: nil)
            }
        }
        let body = #"{"mode": "raw", "raw": "{\n    \"username\": \"ops\",\n    \"password\": \"Tq8Wn3Rt6Yp1Ks4L\"\n}"}"#
        let found = try #require(values(body).first)
        #expect(found.kind == .escaped)
        #expect(String(decoding: found.text[found.decoded], as: UTF8.self) == "{\n    \"username\": \"ops\",\n    \"password\": \"Tq8Wn3Rt6Yp1Ks4L\"\n}")
        #expect(values(#"printf("\"%s\" = \"%s\"\n", name, value);"#).isEmpty)
        #expect(values(String(repeating: #"x \" y "#, count: 2_000)).isEmpty)

        let fixture = try GitFixture()
        try fixture.write("api/shop.postman_collection.json", "{\"item\": [{\"name\": \"Login\", \"request\": {\"method\": \"POST\", \"body\": \(body)}}]}\n")
        try fixture.commit("collection")
        let report = try scan(fixture, builtin: true)
        let password = try #require(report.findings.first { $0.secret.reveal() == "Tq8Wn3Rt6Yp1Ks4L" })
        #expect(password.occurrences.first?.layers.first?.kind == .escaped)
        #expect(try scan(fixture, limits: nil, builtin: true).findings.allSatisfy { $0.secret.reveal() != "Tq8Wn3Rt6Yp1Ks4L" })
    }

    /// A base64 value in a URL's query inside a JavaScript template (star-history.com's `?secret=` takes a token so
    /// encoded) ends at the next parameter or the closing backtick.
    @Test func aBase64QueryValueEndsAtTheNextParameterOrTheTemplatesBacktick() {
        let token = Data("acme_live_Kq8vR2mZt7LpXw3NbYc6Hd1F".utf8).base64EncodedString()
        for line in ["const u = `https://api.charts.test/svg?secret=\(token)`;\n", "https://api.charts.test/svg?secret=\(token)&repos=a/b\n"] {
            let values = Array(line.utf8).withUnsafeBytes { bytes in
                var finder = EncodedValueFinder(limits: UnwrapLimits())
                return finder.values(in: bytes, regions: nil)
            }
            #expect(values.map { String(decoding: $0.text[$0.decoded], as: UTF8.self) } == ["acme_live_Kq8vR2mZt7LpXw3NbYc6Hd1F"], "\(line)")
        }
    }

    /// A test-vector JSON on one line of megabytes, thousands of encoded values on it: each value keeps at most
    /// `lineContext` bytes of its line on each side, so the values together stay near the size of the line.
    @Test func valuesOnAMegabyteLineKeepABoundedPartOfIt() {
        let value = Data("message number one".utf8).base64EncodedString()
        let text = Array(("{\"tests\": [" + (0..<20_000).map { #"{"id": \#($0), "msg": "\#(value)"}"# }.joined(separator: ", ") + "]}\n").utf8)
        let values = text.withUnsafeBytes { bytes in
            var finder = EncodedValueFinder(limits: UnwrapLimits())
            return finder.values(in: bytes, regions: nil)
        }
        #expect(!values.isEmpty)
        #expect(values.allSatisfy { $0.text.count <= 2 * EncodedValueFinder.lineContext + value.utf8.count })
        #expect(values.first.map { String(decoding: $0.text[$0.decoded], as: UTF8.self) } == "message number one")
    }

    @Test func codeIdentifiersAndHashesAreNotDecoded() {
        let text = Array("""
            static const char *hash = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
            int ThisIsAnIdentifierName = call(SomeOtherIdentifier, AnotherOneHere);
            printf("%02x%02x", a, b);

            """.utf8)
        let values = text.withUnsafeBytes { bytes in
            var finder = EncodedValueFinder(limits: UnwrapLimits())
            return finder.values(in: bytes, regions: nil)
        }
        #expect(values.isEmpty)
    }
}
