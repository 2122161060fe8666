import Foundation

/// The part of the SARIF 2.1.0 object model dredge writes. Optional properties left nil are omitted.
extension SARIFReporter {
    struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]

        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }

        struct Run: Encodable {
            let tool: Tool
            let originalUriBaseIds: [String: ArtifactLocation]?
            let results: [Result]
            /// dredge counts columns in characters, not UTF-16 code units.
            let columnKind = "unicodeCodePoints"
        }

        struct Tool: Encodable {
            let driver: Driver
        }

        struct Driver: Encodable {
            let name: String
            let version: String
            let semanticVersion: String
            let rules: [ReportingDescriptor]
        }

        struct ReportingDescriptor: Encodable {
            let id: String
            let name: String
            let shortDescription: Message
            let fullDescription: Message
            let help: Message
            let defaultConfiguration: Configuration
            let properties: Properties

            struct Configuration: Encodable {
                let level: String
            }

            /// What GitHub code scanning reads: `security-severity` ranks alerts, `precision` and `tags` filter them.
            struct Properties: Encodable {
                let tags: [String]
                let precision: String
                let securitySeverity: String

                enum CodingKeys: String, CodingKey { case tags, precision, securitySeverity = "security-severity" }
            }
        }

        struct Message: Encodable {
            let text: String
            var markdown: String? = nil
        }

        struct Result: Encodable {
            let ruleId: String
            let ruleIndex: Int
            let level: String
            let message: Message
            let locations: [Location]
            let partialFingerprints: [String: String]
            let properties: Properties

            struct Properties: Encodable {
                let severity: String
                let confidence: String
                let commit: String?
                let author: String?
                let email: String?
                let date: Date?
                let blob: String
                let unreachable: Bool
                let key: String?
                /// "commit message of …", "tag message of …", "note on …"
                let message: String?
            }
        }

        struct Location: Encodable {
            let physicalLocation: PhysicalLocation
        }

        struct PhysicalLocation: Encodable {
            let artifactLocation: ArtifactLocation
            let region: Region
        }

        struct ArtifactLocation: Encodable {
            let uri: String?
            let uriBaseId: String?
            let description: Message?
        }

        struct Region: Encodable {
            let startLine: Int
            let startColumn: Int
        }

        static func level(_ severity: Severity) -> String {
            switch severity {
            case .critical, .high: "error"
            case .medium: "warning"
            case .low, .info: "note"
            }
        }
    }
}

extension SARIFReporter.Log.ReportingDescriptor {
    init(_ rule: Rule) {
        id = rule.id
        name = rule.name
        shortDescription = .init(text: rule.name)
        fullDescription = .init(text: "\(rule.name) (\(rule.kind.rawValue)), found by dredge rule \(rule.id).")
        let steps = Self.steps(rule.kind)
        let references = rule.references.isEmpty ? [] : ["The format is documented at:"]
        help = .init(
            text: ([rule.name + ".", steps.what, steps.rotate, steps.purge] + references + rule.references).joined(separator: " "),
            markdown: ([rule.name, steps.what, steps.rotate, steps.purge] + references).map(MarkdownText.plain).joined(separator: "\n\n")
                + rule.references.map { "\n- " + MarkdownText.plain($0) }.joined())
        defaultConfiguration = .init(level: SARIFReporter.Log.level(rule.severity))
        properties = .init(tags: ["security", rule.kind.rawValue], precision: rule.confidence.rawValue,
                           securitySeverity: Self.securitySeverity[rule.severity]!)
    }

    /// What the finding is, how to rotate it and how to take it out of the history, per kind of rule.
    private static func steps(_ kind: Rule.Kind) -> (what: String, rotate: String, purge: String) {
        let purge = "Then remove it from the history (git filter-repo), force-push, and have every clone re-cloned: "
            + "deleting it in a new commit leaves it in every earlier one."
        switch kind {
        case .file:
            return ("A file that should never be committed is in the git history, readable by everyone with a clone.",
                    "Rotate every credential the file holds first.",
                    "Then remove the file from the whole history (git filter-repo --invert-paths --path), force-push, "
                        + "and have every clone re-cloned.")
        case .pii:
            return ("Personal data is in the git history, readable by everyone with a clone.",
                    "Tell whoever is responsible for data protection: the exposure may have to be reported.", purge)
        default:
            return ("A secret is in the git history, readable by everyone with a clone, and every clone keeps it.",
                    "Rotate it now: create a replacement, deploy it, revoke the exposed one, and review the provider's "
                        + "logs for use since it was committed.", purge)
        }
    }

    private static let securitySeverity: [Severity: String] = [.critical: "9.5", .high: "8.0", .medium: "5.5", .low: "3.0", .info: "1.0"]
}
