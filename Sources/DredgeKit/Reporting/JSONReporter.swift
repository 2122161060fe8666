import Foundation

/// The versioned JSON report documented in docs/json-schema.md.
public struct JSONReporter: Reporter {
    /// 2: forge review refs (`refs/pull/…`, `refs/merge-requests/…`) left `references` and `tips` for a count and a
    /// sample (`review_references`, `review_tips`): a mirror of a busy forge repository listed millions of them.
    public static let schemaVersion = 2
    /// Older reports whose finding ids a baseline may still use: ids have not changed since version 1.
    public static let readableVersions = 1...schemaVersion
    public let showSecrets: Bool

    public init(showSecrets: Bool) { self.showSecrets = showSecrets }

    public func render(_ report: ScanReport) throws -> String {
        let encoder = Self.encoder(pretty: true)
        let document = Document(
            schemaVersion: Self.schemaVersion,
            tool: .init(name: "dredge", version: DredgeVersion.current),
            scan: .init(report.summary),
            findings: report.findings.map { Document.Finding($0, showSecrets: showSecrets, followed: report.summary.input == .history) })
        // One copy of the report at a time: the encoded bytes with their newline, then the text.
        var data = try encoder.encode(document)
        data.append(0x0A)
        return String(decoding: data, as: UTF8.self)
    }

    /// The encoding every JSON-based report shares: sorted keys, ISO 8601 dates, slashes as they are.
    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    struct Document: Encodable {
        let schemaVersion: Int
        let tool: Tool
        let scan: Scan
        let findings: [Finding]

        struct Tool: Encodable {
            let name: String
            let version: String
        }

        struct Scan: Encodable {
            let repository: String
            let input: Input
            let startedAt: Date
            let durationSeconds: Double
            let rules, commits, references, blobs, blobsScanned, bytesScanned, bytesPrefiltered, bytesCopied, bytesToRegex: Int
            let binaryBlobs, oversizedBlobs, unreadableBlobs, unreachableBlobs, findings, occurrences: Int
            let pathRuleBlobs, pathRuleBlobsReadAgain: Int
            let messagesScanned, messageBytes: Int
            let messageCPUSeconds, cpuSeconds: Double
            let historyComplete: Bool
            let skippedMatches: [String]
            let errors: [String]
            let phases: [ScanSummary.Phase]
            let suppressed: SuppressionCounts
            let unwrapped: Unwrapped
            let busiestRules: [BusiestRule]

            /// A rule PCRE2 spent much time on (`RuleCost`).
            struct BusiestRule: Encodable {
                let rule: String
                let runs, bytesToRegex: Int
                let regexSeconds: Double

                enum CodingKeys: String, CodingKey {
                    case rule, runs, bytesToRegex = "bytes_to_regex", regexSeconds = "regex_seconds"
                }
            }

            /// What the unwrap stage opened and decoded (`UnwrapCounts`).
            struct Unwrapped: Encodable {
                let archives, members, overLimit, damaged, tooDeep, decodedValues, decodedBytes, bytesMatched: Int
                let cpuSeconds: Double

                init(_ counts: UnwrapCounts) {
                    (archives, members, overLimit, damaged, tooDeep) = (counts.archives, counts.members, counts.overLimit, counts.damaged, counts.tooDeep)
                    (decodedValues, decodedBytes, bytesMatched) = (counts.decodedValues, counts.decodedBytes, counts.bytesMatched)
                    cpuSeconds = (counts.cpuSeconds * 1000).rounded() / 1000
                }

                enum CodingKeys: String, CodingKey {
                    case archives, members, overLimit = "over_limit", damaged, tooDeep = "too_deep", decodedValues = "decoded_values"
                    case decodedBytes = "decoded_bytes", bytesMatched = "bytes_matched", cpuSeconds = "cpu_seconds"
                }
            }

            init(_ summary: ScanSummary) {
                repository = summary.repository
                input = Input(kind: summary.input.kind, value: Nullable(summary.input.detail))
                startedAt = summary.startedAt
                durationSeconds = (summary.duration * 1000).rounded() / 1000
                (rules, commits, references, blobs) = (summary.rules, summary.commits, summary.references, summary.blobs)
                (blobsScanned, bytesScanned, binaryBlobs) = (summary.blobsScanned, summary.bytesScanned, summary.binaryBlobs)
                (bytesPrefiltered, bytesCopied, bytesToRegex) = (summary.bytesPrefiltered, summary.bytesCopied, summary.bytesToRegex)
                (oversizedBlobs, unreadableBlobs, unreachableBlobs) = (summary.oversizedBlobs, summary.unreadableBlobs, summary.unreachableBlobs)
                (findings, occurrences) = (summary.findings, summary.occurrences)
                (pathRuleBlobs, pathRuleBlobsReadAgain) = (summary.pathRuleBlobs, summary.pathRuleBlobsReadAgain)
                (messagesScanned, messageBytes) = (summary.messagesScanned, summary.messageBytes)
                messageCPUSeconds = (summary.messageCPUSeconds * 1000).rounded() / 1000
                cpuSeconds = (summary.cpuSeconds * 1000).rounded() / 1000
                historyComplete = summary.historyComplete
                suppressed = summary.suppressed
                unwrapped = Unwrapped(summary.unwrapped)
                busiestRules = summary.busiestRules.map {
                    .init(rule: $0.rule, runs: $0.runs, bytesToRegex: $0.bytes, regexSeconds: ($0.seconds * 1000).rounded() / 1000)
                }
                skippedMatches = summary.skippedMatches
                errors = summary.errors
                phases = summary.phases.map {
                    .init(name: $0.name, seconds: ($0.seconds * 1000).rounded() / 1000,
                          cpuSeconds: ($0.cpuSeconds * 1000).rounded() / 1000, rssMB: $0.rssMB, peakRSSMB: $0.peakRSSMB)
                }
            }
        }

        /// What was read: `history`, `range` (value `A..B`), `staged`, or `files` (value: the path).
        struct Input: Encodable {
            let kind: String
            let value: Nullable<String>
        }

        struct Finding: Encodable {
            let id: String
            let rule: String
            let name: String
            let kind: String
            let severity: String
            let confidence: String
            let entropy: Double
            let secret: String
            let redacted: Bool
            let validation: [String: String]
            /// Null when the input was narrower than the history (a range, the index, files): it was not followed
            /// through the refs, so nothing is known about them.
            let exposure: Nullable<Exposure>
            let occurrences: [Occurrence]

            init(_ finding: DredgeKit.Finding, showSecrets: Bool, followed: Bool) {
                id = finding.id.hex
                rule = finding.rule.id
                name = finding.rule.name
                kind = finding.rule.kind.rawValue
                severity = finding.severity.rawValue
                confidence = finding.confidence.rawValue
                entropy = (finding.entropy * 1000).rounded() / 1000
                secret = finding.shownSecret(revealing: showSecrets)
                redacted = finding.isRedacted(revealing: showSecrets)
                validation = Dictionary(finding.validation.details.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                    .merging(["verdict": finding.validation.verdict.rawValue]) { _, verdict in verdict }
                exposure = Nullable(followed ? Exposure(finding.exposure) : nil)
                occurrences = finding.occurrences.map { Occurrence($0, showSecrets: showSecrets) }
            }
        }

        /// An optional value written as `null` when absent, where the synthesized encoding would leave the key out.
        struct Nullable<Wrapped: Encodable>: Encodable {
            let value: Wrapped?
            init(_ value: Wrapped?) { self.value = value }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                if let value { try container.encode(value) } else { try container.encodeNil() }
            }
        }

        struct Exposure: Encodable {
            let pushed: Bool
            /// Every ref but the forge's review refs, which are `reviewReferences`.
            let references: [String]
            let tips: [String]
            let reviewReferences: ReviewReferences
            let reviewTips: ReviewReferences
            let introducedIn: [Commit]
            let removedIn: Commit?
            let lastSeen: Commit?

            /// A forge's pull or merge request refs that hold the finding: how many, and the first few by name. A
            /// responder needs to know that review refs hold it (they must be purged on the forge's side, which
            /// `pushed` already says) more than thousands of their names; the inventory keeps every name.
            struct ReviewReferences: Encodable {
                let count: Int
                let sample: [String]

                static let sampleSize = 10
            }

            init(_ exposure: DredgeKit.Exposure) {
                pushed = exposure.pushed
                (references, reviewReferences) = Self.split(exposure.references)
                (tips, reviewTips) = Self.split(exposure.tips)
                introducedIn = exposure.introducedIn.map(Commit.init)
                removedIn = exposure.removedIn.map(Commit.init)
                lastSeen = exposure.lastSeen.map(Commit.init)
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(pushed, forKey: .pushed)
                try container.encode(references, forKey: .references)
                try container.encode(tips, forKey: .tips)
                try container.encode(reviewReferences, forKey: .reviewReferences)
                try container.encode(reviewTips, forKey: .reviewTips)
                try container.encode(introducedIn, forKey: .introducedIn)
                try container.encode(removedIn, forKey: .removedIn)  // null rather than absent
                try container.encode(lastSeen, forKey: .lastSeen)
            }

            enum CodingKeys: String, CodingKey {
                case pushed, references, tips, introducedIn = "introduced_in", removedIn = "removed_in", lastSeen = "last_seen"
                case reviewReferences = "review_references", reviewTips = "review_tips"
            }

            /// The names of `references` (sorted) that are not forge review refs, and those that are; order kept.
            static func split(_ references: [String]) -> (other: [String], review: ReviewReferences) {
                let (other, runs) = DredgeKit.Exposure.splitReview(references)
                let sample = runs.lazy.flatMap { references[$0] }.prefix(ReviewReferences.sampleSize)
                return (other, ReviewReferences(count: runs.reduce(0) { $0 + $1.count }, sample: Array(sample)))
            }
        }

        struct Commit: Encodable {
            let commit: String
            let date: Date

            init(_ reference: CommitReference) { (commit, date) = (reference.id.hex, reference.author.date) }
        }

        struct Occurrence: Encodable {
            let blob: String
            let commit: String?
            let path: String?
            /// Base64 of the path's bytes when they are not valid UTF-8 (`path` then escapes them).
            let pathBytes: String?
            let line: Int
            let column: Int
            let author: String?
            let email: String?
            let date: Date?
            let unreachable: Bool
            let key: String?
            let removedIn: String?
            let removedAt: Date?
            let layers: [Layer]
            /// The encoded value the secret was decoded from, as the blob holds it (what to search the history for),
            /// redacted as the secret is; nil for a secret in the blob's own text.
            let encoded: String?

            /// One step of `layers`: an archive member, or a decoded value and where its encoded text starts.
            struct Layer: Encodable {
                let kind: String
                let member: String?
                let line: Int?
                let column: Int?

                init(_ layer: ContentLayer) {
                    (kind, member, line, column) = (layer.kind.rawValue, layer.member, layer.line, layer.column)
                }

                func encode(to encoder: any Encoder) throws {
                    var container = encoder.container(keyedBy: CodingKeys.self)
                    try container.encode(kind, forKey: .kind)
                    try container.encode(member, forKey: .member)
                    try container.encode(line, forKey: .line)
                    try container.encode(column, forKey: .column)
                }

                enum CodingKeys: String, CodingKey { case kind, member, line, column }
            }

            let message: Message?

            /// Whose message holds it: `{"kind": "commit" | "tag" | "note", "object": id}`.
            struct Message: Encodable {
                let kind: String
                let object: String
            }

            init(_ occurrence: DredgeKit.Occurrence, showSecrets: Bool) {
                blob = occurrence.blob.hex
                commit = occurrence.commit?.hex
                path = occurrence.shownPath
                pathBytes = occurrence.pathBytes.map { Data($0).base64EncodedString() }
                line = occurrence.line
                column = occurrence.column
                author = occurrence.author?.name
                email = occurrence.author?.email
                date = occurrence.author?.date
                unreachable = occurrence.unreachable
                key = occurrence.key
                removedIn = occurrence.removedIn?.id.hex
                removedAt = occurrence.removedIn?.author.date
                layers = occurrence.layers.map(Layer.init)
                encoded = occurrence.encoded.map { showSecrets ? $0.reveal() : $0.redacted }
                message = occurrence.message.map { Message(kind: $0.kind.rawValue, object: $0.object.hex) }
            }

            // Keys with no value are written as null, so every occurrence has the same shape.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(blob, forKey: .blob)
                try container.encode(commit, forKey: .commit)
                try container.encode(path, forKey: .path)
                try container.encode(pathBytes, forKey: .pathBytes)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(author, forKey: .author)
                try container.encode(email, forKey: .email)
                try container.encode(date, forKey: .date)
                try container.encode(unreachable, forKey: .unreachable)
                try container.encode(key, forKey: .key)
                try container.encode(removedIn, forKey: .removedIn)
                try container.encode(removedAt, forKey: .removedAt)
                try container.encode(layers, forKey: .layers)
                try container.encode(encoded, forKey: .encoded)
                try container.encode(message, forKey: .message)
            }

            enum CodingKeys: String, CodingKey {
                case blob, commit, path, line, column, author, email, date, unreachable, key, layers, encoded, message
                case pathBytes = "path_bytes", removedIn = "removed_in", removedAt = "removed_at"
            }
        }

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version", tool, scan, findings
        }
    }
}

extension JSONReporter.Document.Scan {
    enum CodingKeys: String, CodingKey {
        case repository, input, rules, commits, references, blobs, findings, occurrences, errors, phases, suppressed, unwrapped
        case startedAt = "started_at", durationSeconds = "duration_seconds", blobsScanned = "blobs_scanned"
        case bytesScanned = "bytes_scanned", bytesPrefiltered = "bytes_prefiltered", bytesCopied = "bytes_copied", bytesToRegex = "bytes_to_regex", binaryBlobs = "binary_blobs", oversizedBlobs = "oversized_blobs"
        case unreadableBlobs = "unreadable_blobs", unreachableBlobs = "unreachable_blobs"
        case pathRuleBlobs = "path_rule_blobs", pathRuleBlobsReadAgain = "path_rule_blobs_read_again"
        case historyComplete = "history_complete", skippedMatches = "skipped_matches"
        case messagesScanned = "messages_scanned", messageBytes = "message_bytes", messageCPUSeconds = "message_cpu_seconds"
        case cpuSeconds = "cpu_seconds", busiestRules = "busiest_rules"
    }
}
