import Foundation

/// SARIF 2.1.0 for code-scanning services (GitHub among them): one run, one rule per rule that found something, one
/// result per occurrence. Secrets are redacted in messages unless asked for; repository text goes only into JSON
/// strings and percent-encoded URIs.
public struct SARIFReporter: Reporter {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The `uriBaseId` of blobs no commit holds: they have no path, so the blob id stands in for one.
    public static let unreachableBlobBase = "UNREACHABLE_BLOB"
    /// The `uriBaseId` of commit and tag messages: they have no path, so `commit/ID` or `tag/ID` stands in for one.
    public static let messageBase = "GIT_MESSAGE"
    public let showSecrets: Bool

    public init(showSecrets: Bool) { self.showSecrets = showSecrets }

    public func render(_ report: ScanReport) throws -> String {
        var rules: [Rule] = []
        var ruleIndex: [String: Int] = [:]
        for finding in report.findings where ruleIndex[finding.rule.id] == nil {
            ruleIndex[finding.rule.id] = rules.count
            rules.append(finding.rule)
        }
        let results = report.findings.flatMap { finding in
            finding.occurrences.map { result(finding, $0, ruleIndex: ruleIndex[finding.rule.id]!) }
        }
        let hasUnreachableBlobs = report.findings.contains { $0.occurrences.contains { $0.path == nil && $0.message == nil } }
        let hasMessages = report.findings.contains { $0.occurrences.contains { $0.path == nil && $0.message != nil } }
        var bases: [String: Log.ArtifactLocation] = [:]
        if hasUnreachableBlobs {
            bases[Self.unreachableBlobBase] = .init(uri: nil, uriBaseId: nil, description: .init(text: "Blobs no commit holds, named by their git object id"))
        }
        if hasMessages {
            bases[Self.messageBase] = .init(uri: nil, uriBaseId: nil, description: .init(text: "Messages of commits and annotated tags, named commit/ID or tag/ID"))
        }
        let run = Log.Run(
            tool: .init(driver: .init(name: "dredge", version: DredgeVersion.current, semanticVersion: DredgeVersion.current,
                                      rules: rules.map(Log.ReportingDescriptor.init))),
            originalUriBaseIds: bases.isEmpty ? nil : bases,
            results: results)
        let log = Log(schema: Self.schemaURI, version: "2.1.0", runs: [run])
        return String(decoding: try JSONReporter.encoder(pretty: true).encode(log), as: UTF8.self) + "\n"
    }

    private func result(_ finding: Finding, _ occurrence: Occurrence, ruleIndex: Int) -> Log.Result {
        let artifact: Log.ArtifactLocation
        if let path = occurrence.path {
            let members = occurrence.layers.compactMap(\.member)
            artifact = .init(uri: Self.uriReference(forPath: path, members: members), uriBaseId: nil,
                             description: members.isEmpty ? nil : .init(text: Self.memberDescription(path, occurrence.layers)))
        } else if let message = occurrence.message {
            artifact = .init(uri: "\(message.kind.rawValue)/\(message.object.hex)", uriBaseId: Self.messageBase,
                             description: .init(text: message.description))
        } else {
            artifact = .init(uri: occurrence.blob.hex, uriBaseId: Self.unreachableBlobBase, description: nil)
        }
        return Log.Result(
            ruleId: finding.rule.id, ruleIndex: ruleIndex, level: Log.level(finding.severity),
            message: .init(text: "\(finding.rule.name): \(finding.shownSecret(revealing: showSecrets))"),
            locations: [.init(physicalLocation: .init(artifactLocation: artifact,
                                                      region: .init(startLine: occurrence.line, startColumn: occurrence.column)))],
            // One fingerprint per credential, so a service can group its occurrences, and one per place, so it can
            // tell them apart; both stay the same when unrelated lines move.
            partialFingerprints: ["dredgeFindingId/v1": finding.id.hex,
                                  "dredgeOccurrence/v1": "\(occurrence.blob.hex)\(Self.memberSuffix(occurrence)):\(occurrence.line):\(occurrence.column)"],
            properties: .init(severity: finding.severity.rawValue, confidence: finding.confidence.rawValue,
                              commit: occurrence.commit?.hex, author: occurrence.author?.name, email: occurrence.author?.email,
                              date: occurrence.author?.date, blob: occurrence.blob.hex, unreachable: occurrence.unreachable,
                              key: occurrence.key, message: occurrence.message?.description))
    }

    /// A path inside an archive (`backup.zip!config/aws.ini`, as every other format shows it): each part a URI
    /// reference, joined by `!` (a `!` within a part is percent-encoded, so the separator is never ambiguous).
    static func uriReference(forPath path: String, members: [String]) -> String {
        ([path] + members).map { uriReference(forPath: $0) }.joined(separator: "!")
    }

    /// "config/aws.ini, a member of the zip backup.zip": the container a code-scanning service can show the result on.
    private static func memberDescription(_ path: String, _ layers: [ContentLayer]) -> String {
        var container = path
        var text: [String] = []
        for layer in layers where layer.kind.isArchive {
            let member = layer.member ?? "the stream"
            text.append("\(member), a member of the \(layer.kind.rawValue) \(container)")
            container = member
        }
        return text.reversed().joined(separator: "; ")
    }

    /// `!config/aws.ini` for an occurrence in an archive member: two members of one archive are two places.
    private static func memberSuffix(_ occurrence: Occurrence) -> String {
        occurrence.layers.compactMap(\.member).map { "!" + $0 }.joined()
    }

    /// A git path as a relative URI reference: every byte outside RFC 3986's unreserved characters and `/` is
    /// percent-encoded (spaces, `%`, `#`, `?`, `:`, non-ASCII, control characters).
    static func uriReference(forPath path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            if unreserved.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
}
