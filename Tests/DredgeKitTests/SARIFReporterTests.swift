import DredgeKit
import Foundation
import TestSupport
import Testing

@Suite struct SARIFReporterTests {
    static let schema = FixturePaths.fixtures.appendingPathComponent("sarif/sarif-schema-2.1.0.json")

    /// Validates a log against the official OASIS schema with python3-jsonschema; returns the errors it names.
    private func schemaErrors(_ sarif: String) throws -> String {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding='utf-8'))
            validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
            for error in validator.iter_errors(json.load(sys.stdin)):
                print('/'.join(map(str, error.absolute_path)) + ': ' + error.message)
            """
        let result = try ReportFixture.python(script, [Self.schema.path], input: sarif)
        try #require(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func reportIsValidSARIFWithOneResultPerOccurrence() throws {
        let report = try ReportFixture.report()
        let sarif = try SARIFReporter(showSecrets: false).render(report)
        #expect(try schemaErrors(sarif) == "")
        let log = try object(sarif)
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == SARIFReporter.schemaURI)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "dredge")
        #expect(driver["version"] as? String == DredgeVersion.current)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        var ruleIDs: [String] = []
        for finding in report.findings where !ruleIDs.contains(finding.rule.id) { ruleIDs.append(finding.rule.id) }
        #expect(rules.compactMap { $0["id"] as? String } == ruleIDs)
        for rule in rules {
            let properties = try #require(rule["properties"] as? [String: Any])
            #expect(Double(properties["security-severity"] as? String ?? "") != nil)
            #expect((properties["tags"] as? [String])?.first == "security")
            let help = try #require(rule["help"] as? [String: Any])
            #expect((help["text"] as? String)?.contains("filter-repo") == true)
            #expect(help["markdown"] is String)
        }
        let critical = try #require(rules.first { $0["id"] as? String == "acme.live-key" })
        #expect((critical["properties"] as? [String: Any])?["security-severity"] as? String == "9.5")
        #expect((critical["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.findings.reduce(0) { $0 + $1.occurrences.count })
        let findingIDs = Set(report.findings.map(\.id.hex))
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(findingIDs.contains(fingerprints["dredgeFindingId/v1"] ?? ""))
            // The same word as the JSON report and the CSV: `unreachable`, never `reachable`.
            let properties = try #require(result["properties"] as? [String: Any])
            #expect(properties["unreachable"] is Bool && properties["reachable"] == nil)
        }
        #expect(results.contains { ($0["properties"] as? [String: Any])?["unreachable"] as? Bool == true })
        for secret in ReportFixture.secrets { #expect(!sarif.contains(secret)) }
        #expect(results.contains { ($0["message"] as? [String: Any])?["text"] as? String == "Acme live secret key: acme…H5gA" })
    }

    @Test func pathsAreURIReferencesThatDecodeToThePath() throws {
        let sarif = try SARIFReporter(showSecrets: false).render(try ReportFixture.report())
        let run = try #require((try object(sarif)["runs"] as? [[String: Any]])?.first)
        let locations = try #require(run["results"] as? [[String: Any]]).compactMap { result in
            ((((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])?["artifactLocation"]) as? [String: Any]
        }
        let uris = locations.filter { $0["uriBaseId"] == nil }.compactMap { $0["uri"] as? String }
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/%")
        for uri in uris {
            #expect(uri.unicodeScalars.allSatisfy(allowed.contains), "\(uri)")
            #expect(URL(string: uri) != nil)
        }
        let decoded = Set(uris.compactMap { $0.removingPercentEncoding })
        #expect(decoded.contains(ReportFixture.hostilePath))
        #expect(decoded.contains(ReportFixture.plainPath))
        #expect(decoded.contains(ReportFixture.envPath))
        #expect(uris.contains { $0.hasPrefix("%3Dcmd%7C") && $0.contains("%2541%0A%1B") })

        // The blob no commit holds is named by its id under a base the run describes.
        let lost = try #require(locations.first { $0["uriBaseId"] != nil })
        #expect(lost["uriBaseId"] as? String == SARIFReporter.unreachableBlobBase)
        #expect((lost["uri"] as? String)?.count == 40)
        #expect((run["originalUriBaseIds"] as? [String: Any])?[SARIFReporter.unreachableBlobBase] != nil)
    }

    /// The validator is real: a log that breaks the schema is caught.
    @Test func schemaValidationCatchesAnInvalidLog() throws {
        let sarif = try SARIFReporter(showSecrets: false).render(try ReportFixture.report())
        let broken = sarif.replacingOccurrences(of: "\"startLine\" : ", with: "\"startLine\" : -")
        #expect(try schemaErrors(broken).contains("startLine"))
        #expect(try schemaErrors(sarif.replacingOccurrences(of: "\"2.1.0\"", with: "\"2.2\"")).contains("version"))
    }
}
