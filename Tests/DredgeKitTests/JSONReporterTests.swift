@testable import DredgeKit
import Foundation
import TestSupport
import Testing

@Suite struct JSONReporterTests {
    /// A mirror of a busy forge repository has tens of thousands of `refs/pull/*`, each holding most of the history:
    /// listing them all made curl's report 115 MB. Branches and tags stay listed; review refs are a count and a sample.
    @Test func reviewRefsAreCountedWithABoundedSample() throws {
        var report = try ReportFixture.report()
        let pulls = (1...25).map { "refs/pull/\($0)/head" }.sorted()
        let merges = ["refs/merge-requests/7/head"]
        report.findings[0].exposure.references = (["refs/heads/main", "refs/tags/v1"] + pulls + merges).sorted()
        report.findings[0].exposure.tips = ["refs/heads/main", "refs/pull/3/head"]
        let document = try #require(try JSONSerialization.jsonObject(with: Data(try JSONReporter(showSecrets: false).render(report).utf8)) as? [String: Any])
        #expect(document["schema_version"] as? Int == 2)
        let finding = try #require((document["findings"] as? [[String: Any]])?.first)
        let exposure = try #require(finding["exposure"] as? [String: Any])
        #expect(exposure["references"] as? [String] == ["refs/heads/main", "refs/tags/v1"])
        #expect(exposure["tips"] as? [String] == ["refs/heads/main"])
        #expect(exposure["pushed"] as? Bool == true)
        let review = try #require(exposure["review_references"] as? [String: Any])
        #expect(review["count"] as? Int == 26)
        #expect(review["sample"] as? [String] == Array((merges + pulls).sorted().prefix(10)))
        let reviewTips = try #require(exposure["review_tips"] as? [String: Any])
        #expect(reviewTips["count"] as? Int == 1)
        #expect(reviewTips["sample"] as? [String] == ["refs/pull/3/head"])
    }

    /// Finding ids have not changed since schema version 1, so a version-1 report still serves as a baseline.
    @Test func aVersionOneReportIsStillABaseline() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dredge-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("old.json")
        let id = FindingID(ruleID: "aws.access-key-id", secret: Secret(SyntheticSecrets.awsKeyID))
        try Data(#"{"schema_version": 1, "findings": [{"id": "\#(id.hex)"}]}"#.utf8).write(to: file)
        let baseline = try Baseline(contentsOf: file)
        #expect(baseline.contains(id))
        #expect(!baseline.contains(FindingID(ruleID: "aws.access-key-id", secret: Secret(SyntheticSecrets.awsSecretKey))))
    }
}
