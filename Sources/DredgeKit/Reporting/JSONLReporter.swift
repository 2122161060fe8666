import Foundation

/// JSON Lines: one line per finding (the JSON report's finding object), then one summary line, each tagged with a
/// `type` so a stream reader can tell them apart. Documented in docs/json-schema.md.
public struct JSONLReporter: Reporter {
    public let showSecrets: Bool

    public init(showSecrets: Bool) { self.showSecrets = showSecrets }

    public func render(_ report: ScanReport) throws -> String {
        let encoder = JSONReporter.encoder(pretty: false)
        var lines = try report.findings.map {
            try encoder.encode(Line(type: "finding", body: JSONReporter.Document.Finding($0, showSecrets: showSecrets, followed: report.summary.input == .history)))
        }
        let summary = Summary(schemaVersion: JSONReporter.schemaVersion, tool: .init(name: "dredge", version: DredgeVersion.current),
                              scan: .init(report.summary))
        lines.append(try encoder.encode(Line(type: "summary", body: summary)))
        return lines.map { String(decoding: $0, as: UTF8.self) + "\n" }.joined()
    }

    /// A JSON object holding `type` beside the keys of `body`.
    struct Line<Body: Encodable>: Encodable {
        let type: String
        let body: Body

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try body.encode(to: encoder)
        }

        enum CodingKeys: String, CodingKey { case type }
    }

    /// The JSON report without its findings.
    struct Summary: Encodable {
        let schemaVersion: Int
        let tool: JSONReporter.Document.Tool
        let scan: JSONReporter.Document.Scan

        enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", tool, scan }
    }
}
